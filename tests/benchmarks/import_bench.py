"""Import figures: reading a pasted page of 12 and of 200 slides with the sequence reader, beside
its peer in the same run - the shape rules alone on the same blocks (what reading a page costs
before any decoding) - and the largest page the importer accepts (50,000 lines).

Run: .venv/bin/python tests/benchmarks/import_bench.py  (prints figures; asserts nothing).
Goals from issue 32: <= 50 ms for a 12-slide page, <= 1 s for 200 slides.
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from pathlib import Path

from slidewright.importers.breadcrumb import find_breadcrumb
from slidewright.importers.byline import is_byline
from slidewright.importers.creditline import read_credit_line
from slidewright.importers.roles import shape_of
from slidewright.importers.text import MAX_LINES, parse_text
from slidewright.importers.textshape import blocks, normalise

SEED = Path(__file__).resolve().parents[3] / "shared" / "seed" / "slideshow-article.txt"
_SHAPES = (
    "Credit: Ana Ruiz/Shutterstock",
    "Photo: Getty Images",
    "Reuters/Getty Images",
    "Image credit: NASA/JPL-Caltech",
)


def page(slides: int) -> str:
    """A pasted page: breadcrumb, title, byline, intro, slides in varied shapes, read-more."""
    out = [
        "Home / Travel / Slideshow",
        "",
        f"{slides} Harbour Towns Worth a Detour on the Long Way Round the Coast",
        "By Marta Quill",
        "Nov 3, 2026 · 4 min read",
        "",
        "Boats, chips and a sea wall to sit on, from one end of the coast to the other.",
        "",
    ]
    for n in range(1, slides + 1):
        heading = f"Is Harbour {n} the Best?" if n % 5 == 0 else f"{n}. Harbour Town {n}"
        out += [heading, "", _SHAPES[n % len(_SHAPES)], ""]
        if n % 7 == 0:
            out += ["Image: a row of white cottages above a small harbour at low tide", ""]
        out += [
            "Fishing boats sit on the sand when the tide is out, and the café opens at seven.",
            "",
        ]
        if n % 3 == 0:
            out += ["Bring a coat; the wind off the sea is cold even in August.", ""]
        if n % 11 == 0:
            out += ["Advertisement", ""]
    out += ["Read More", "Ten Campgrounds With Hot Showers", "Comments (14)"]
    return "\n".join(out)


def timed(action: Callable[[], object], repeat: int) -> float:
    """Median milliseconds of ``repeat`` runs."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def shapes_only(text: str) -> None:
    """The peer: the shape rules on every block, no sequence decoding."""
    lines = normalise(text).split("\n")
    for block in blocks(lines[find_breadcrumb(lines).used :]):
        shape_of(block)


def fresh(action: Callable[[str], object], text: str) -> Callable[[], object]:
    def run() -> object:
        read_credit_line.cache_clear()  # every run reads the page from scratch
        is_byline.cache_clear()
        shape_of.cache_clear()
        return action(text)

    return run


def main() -> None:
    print("import (text pasted from a page), median ms:")
    for slides, repeat in ((12, 30), (200, 5)):
        text = page(slides)
        ours = timed(fresh(parse_text, text), repeat)
        peer = timed(fresh(shapes_only, text), repeat)
        got = len(parse_text(text).article.slides)
        print(
            f"  {slides:>3} slides ({got} read): {ours:7.1f} ms   shape rules alone {peer:7.1f} ms"
            f"   ratio {ours / peer:4.2f}x"
        )
    if SEED.is_file():
        seed = SEED.read_text(encoding="utf-8")
        print(f"  seed article: {timed(fresh(parse_text, seed), 20):7.1f} ms")
    largest = page(2400)
    lines = largest.count("\n")
    largest += "\n" + "\n".join(["Fishing boats sit on the sand."] * (MAX_LINES - lines - 1))
    print(f"  largest accepted page ({largest.count(chr(10)):,} lines): ", end="", flush=True)
    print(f"{timed(fresh(parse_text, largest), 1):7.1f} ms")


if __name__ == "__main__":
    main()
