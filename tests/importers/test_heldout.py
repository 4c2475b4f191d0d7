"""The held-out pages (tests/importers/heldout/): pasted pages written before the importer's
sequence reader was tuned, and never used to tune it. Their score is the honest measure of how the
importer reads a page it was not taught; it is printed (run with ``-s``, and in the terminal
summary through tests/importers/conftest.py) and must stay above a floor well under the goal, so
a collapse shows without tuning to these pages.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from slidewright.importers.common import ImportFailed
from slidewright.importers.text import parse_text

sys.path.insert(0, str(Path(__file__).parent))
from fieldchecks import field_checks  # noqa: E402

HELD_OUT = Path(__file__).parent / "heldout"
PAGES = sorted(HELD_OUT.glob("*.txt"))
FLOOR = 0.80  # the goal is 0.95; this floor only catches a collapse
SCORES: dict[str, tuple[int, int]] = {}


def score_page(page: Path) -> tuple[int, int, list[str]]:
    """Passed and total field checks for one held-out page, and the names of the failures."""
    expected = json.loads(page.with_suffix(".expected.json").read_text(encoding="utf-8"))
    try:
        article = parse_text(page.read_text(encoding="utf-8"), page.name).article
    except ImportFailed as error:  # a page that does not import fails all its checks
        total = 7 + 2 * len(expected["headings"])
        return 0, total, [str(error)]
    checks = field_checks(article, expected)
    return sum(ok for _, ok in checks), len(checks), [n for n, ok in checks if not ok]


def test_held_out_pages_are_a_third_of_the_corpus() -> None:
    corpus = list((Path(__file__).parent / "corpus").glob("*.txt"))
    assert len(PAGES) >= 20
    assert 3 * len(PAGES) >= len(PAGES) + len(corpus) - 3  # about a third of all pasted pages


def test_held_out_score() -> None:
    passed = total = 0
    lines = []
    for page in PAGES:
        ok, n, failures = score_page(page)
        passed, total = passed + ok, total + n
        SCORES[page.stem] = (ok, n)
        lines.append(
            f"  {page.stem}: {ok}/{n}" + (f"  missed: {'; '.join(failures)}" if failures else "")
        )
    report = f"held-out import score: {passed}/{total} field checks ({passed / total:.1%})"
    print("\n" + report + "\n" + "\n".join(lines))
    SCORES["__total__"] = (passed, total)
    assert passed / total >= FLOOR, report
