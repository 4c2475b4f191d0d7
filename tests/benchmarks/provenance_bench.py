"""What reading Content Credentials costs a cold ``check``: ``slidewright check`` on a 200-slide
article, the whole command in a fresh process (interpreter start, imports, the check, the report),
with credentials read and with them switched off, alternated in the same run.

"Cold" is what a writer gets the first time they check an article: nothing about its pictures is
known (the command keeps no cache between runs). The figure is the wall time of the command as the
writer waits for it, timed from outside the process, so the C2PA library's import and the
read-ahead's child count; the processes' CPU time is printed beside it, which the other programs on a
shared machine disturb less (the forked child's included: it is reaped before the command exits).
The in-process check alone (``run_check``, after the checker's imports) is printed too; since the
read-ahead starts before those imports, the check mostly finds its answers ready there.

Two articles: every picture plain (what most articles are: the cost is the byte scan for a
manifest), and every picture signed (the worst case: each manifest is validated, and the C2PA
library is imported once). A warm check must read nothing again (printed as files read).

    python tests/benchmarks/provenance_bench.py [--slides 200] [--rounds 5] [--keep DIR]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from c2pafactory import CAPTURE, make_signer, manifest, picture_bytes, sign, write  # noqa: E402

# The command itself (cli.main): "off" reads no credentials (no picture is scanned, read ahead
# or validated); "inline" validates each signed picture in turn, in the checking process (no child
# is forked: credits/ahead.py). It prints the check's own time on stderr, wrapping run_check as the
# command imports it: importing the checker here would move its imports before the fork.
COMMAND = """
import sys, time
from importlib.machinery import PathFinder
from slidewright.credits import ahead
if sys.argv[2] in ("off", "inline"):
    ahead.start = lambda *args: None
if sys.argv[2] == "off":
    from slidewright.credits import metadata
    metadata.read_credentials = lambda raw, fmt, trust="": None
def timed(run_check):
    def run(*args, **kwargs):
        start = time.perf_counter()
        try:
            return run_check(*args, **kwargs)
        finally:
            print(f"{(time.perf_counter() - start) * 1000:.1f}", file=sys.stderr)
    return run
class TimeTheCheck:
    def find_spec(self, name, path=None, target=None):
        if name != "slidewright.credits.report":
            return None
        spec = PathFinder.find_spec(name, path)
        execute = spec.loader.exec_module
        def exec_module(module):
            execute(module)
            module.run_check = timed(module.run_check)
        spec.loader.exec_module = exec_module
        return spec
sys.meta_path.insert(0, TimeTheCheck())
from slidewright.cli import main
sys.exit(main(["check", sys.argv[1]]))
"""

WARM = """
import sys
from pathlib import Path
from slidewright import load_article
from slidewright.credits import MetadataCache, check_article
bundle = Path(sys.argv[1])
cache = MetadataCache()
article = load_article(bundle)
check_article(article, bundle, cache)
reads = cache.reads
check_article(article, bundle, cache)
print(cache.reads - reads)
"""


MODES = ("on", "inline", "off")


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


def cold(bundle: Path, mode: str) -> tuple[float, float, float]:
    """Wall ms of the whole command, its CPU ms (user + system), and the in-process check's ms."""
    start = time.perf_counter()
    process = subprocess.Popen(
        [sys.executable, "-c", COMMAND, str(bundle), mode],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    _, status, usage = os.wait4(process.pid, 0)
    wall = (time.perf_counter() - start) * 1000
    process.returncode = os.waitstatus_to_exitcode(status)
    assert process.stderr is not None
    lines = process.stderr.read().split()
    if process.returncode not in (0, 1) or not lines:  # 1: the check has findings
        raise RuntimeError(f"check failed ({process.returncode}): {' '.join(lines)}")
    return wall, (usage.ru_utime + usage.ru_stime) * 1000, float(lines[-1])


def warm_reads(bundle: Path) -> int:
    run = subprocess.run([sys.executable, "-c", WARM, str(bundle)], capture_output=True, text=True)
    return int(run.stdout.split()[0])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--slides", type=int, default=200)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--keep", type=Path, help="make the articles here, or use them again")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        for signed in (False, True):
            bundle = (args.keep or Path(tmp)) / f"{args.slides}-signed-{signed}"
            if not (bundle / "index.md").exists():
                make_article(bundle, args.slides, signed)
            cold(bundle, "on")  # the first run after writing the files: compiled bytecode, caches
            runs: dict[str, list[tuple[float, float, float]]] = {m: [] for m in MODES}
            for _ in range(args.rounds):  # alternate, so load on the machine hits all alike
                for mode in MODES:
                    runs[mode].append(cold(bundle, mode))
            on, inline, off = (
                [statistics.median(r[i] for r in runs[m]) for i in range(3)] for m in MODES
            )
            kind = "every picture signed" if signed else "plain pictures"
            print(
                f"{args.slides} slides, {kind}: cold `slidewright check` {on[0]:.0f} ms with "
                f"credentials, {off[0]:.0f} ms without ({on[0] / off[0] - 1:+.0%}; validated in "
                f"line {inline[0]:.0f} ms, {inline[0] / off[0] - 1:+.0%}); CPU {on[1]:.0f} vs "
                f"{off[1]:.0f} ms ({on[1] / off[1] - 1:+.0%}); the check alone {on[2]:.0f} vs "
                f"{off[2]:.0f} ms ({on[2] / off[2] - 1:+.0%}); warm check read "
                f"{warm_reads(bundle)} files"
            )


if __name__ == "__main__":
    main()
