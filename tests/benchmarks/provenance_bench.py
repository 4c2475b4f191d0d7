"""What reading Content Credentials costs a cold ``check``: a 200-slide article checked in fresh
processes with credentials read and with them switched off, beside each other in the same run.

Two articles: every picture plain (what most articles are: the cost is the byte scan for a
manifest), and every picture signed (the worst case: each manifest is validated, and the C2PA
library is imported once). A warm check must read nothing again (printed as files read).

    python tests/benchmarks/provenance_bench.py [--slides 200] [--rounds 3]
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from c2pafactory import CAPTURE, make_signer, manifest, picture_bytes, sign, write  # noqa: E402

PROBE = """
import sys, time
from pathlib import Path
if sys.argv[2] == "off":
    import slidewright.credits.metadata as metadata
    metadata.read_credentials = lambda raw, fmt, trust="": None
from slidewright import load_article
from slidewright.credits import MetadataCache, check_article
bundle = Path(sys.argv[1])
start = time.perf_counter()
cache = MetadataCache()
article = load_article(bundle)
check_article(article, bundle, cache)
cold = time.perf_counter() - start
reads = cache.reads
check_article(article, bundle, cache)
print(f"{cold * 1000:.1f} {cache.reads - reads}")
"""


def make_article(root: Path, slides: int, signed: bool) -> Path:
    signer = make_signer()
    lines = ["---", "title: Bench", "credit_label: Photo", "slides:"]
    for number in range(slides):
        raw = picture_bytes((1200, 800), (number % 250, 80, 160))
        data = sign(signer, manifest(CAPTURE, authors=("Ana Silva",)), raw) if signed else raw
        write(root / "images" / f"p{number}.jpg", data)
        lines += [f"- heading: Slide {number}", f"  image: images/p{number}.jpg",
                  "  alt: A test picture", "  credit: Ana Silva/Reuters", "  body: Text."]  # fmt: skip
    (root / "index.md").write_text("\n".join([*lines, "---", ""]), encoding="utf-8")
    return root


def cold(bundle: Path, mode: str) -> tuple[float, int]:
    out = subprocess.run(
        [sys.executable, "-c", PROBE, str(bundle), mode], capture_output=True, text=True, check=True
    ).stdout.split()
    return float(out[0]), int(out[1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--slides", type=int, default=200)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        for signed in (False, True):
            bundle = make_article(Path(tmp) / f"signed-{signed}", args.slides, signed)
            on, off, warm = [], [], 0
            for _ in range(args.rounds):  # alternate, so load on the machine hits both alike
                ms, warm = cold(bundle, "on")
                on.append(ms)
                off.append(cold(bundle, "off")[0])
            a, b = statistics.median(on), statistics.median(off)
            kind = "every picture signed" if signed else "plain pictures"
            print(
                f"{args.slides} slides, {kind}: cold check {a:.0f} ms with credentials, "
                f"{b:.0f} ms without ({a / b - 1:+.0%}); warm check read {warm} files"
            )


if __name__ == "__main__":
    main()
