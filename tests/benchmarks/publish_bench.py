"""Publishing the sample to a local WordPress (tests/publish/wordpress_server.py): a first publish,
a republish with nothing changed, one with one image changed, beside the peer a tool without
content-hash reuse would be (every image uploaded again on each publish).

    .venv/bin/python tests/benchmarks/publish_bench.py [--repeat 3]

The site runs on this machine, so these are Slidewright's and WordPress's costs without network
time; on a real site each upload saved is also an image's worth of upload bandwidth saved.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "publish"))

from wordpress_server import WordPressServer, missing_packages  # noqa: E402

from slidewright.fileformat import file_digest, load_article  # noqa: E402
from slidewright.packagedata import copy_sample  # noqa: E402
from slidewright.publish.options import PublishOptions  # noqa: E402
from slidewright.publish.publisher import PublishResult, publish_article  # noqa: E402
from slidewright.publish.state import KEY, PublishState, record_state  # noqa: E402


def publish(
    server: WordPressServer, bundle: Path, forget_media: bool = False
) -> tuple[float, PublishResult]:
    article = load_article(bundle)
    if forget_media and KEY in article.extra:
        article.extra[KEY]["media"] = {}  # the peer: nothing known, everything uploaded again
    digest = file_digest(bundle)

    def record(state: PublishState) -> None:
        nonlocal digest
        digest = record_state(bundle, state, digest)

    start = time.perf_counter()
    result = publish_article(
        article, bundle, PublishOptions(server.url, server.user), server.app_password, record=record
    )
    return (time.perf_counter() - start) * 1000, result


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    if missing := missing_packages():
        print(f"needs the Debian packages {', '.join(missing)}")
        return 1
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        start = time.perf_counter()
        server = WordPressServer(folder / "wp").start()
        print(f"WordPress started and installed in {(time.perf_counter() - start) * 1000:.0f} ms")
        figures: dict[str, list[float]] = {}
        try:
            for n in range(args.repeat):
                bundle = copy_sample(folder / f"article{n}")
                for name, change, forget in (
                    ("first publish (10 images uploaded)", None, False),
                    ("republish, nothing changed (0 uploaded)", None, False),
                    ("republish, one image changed (1 uploaded)", "market.jpg", False),
                    ("peer: republish uploading every image", None, True),
                ):
                    if change:
                        image = bundle / "images" / change
                        image.write_bytes(image.read_bytes() + b"\0" * (n + 1))
                    ms, _ = publish(server, bundle, forget)
                    figures.setdefault(name, []).append(ms)
        finally:
            server.stop()
    width = max(map(len, figures))
    print(f"{'':{width}}  median ms  (of {args.repeat})")
    for name, values in figures.items():
        print(f"{name:{width}}  {statistics.median(values):9.0f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
