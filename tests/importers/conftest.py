"""The held-out import score in the terminal summary, so every run of the importer tests shows it
(tests/importers/test_heldout.py fills it in)."""

from __future__ import annotations

from typing import Any


def pytest_terminal_summary(terminalreporter: Any) -> None:
    from test_heldout import SCORES  # noqa: PLC0415 - only once the tests have run

    if "__total__" in SCORES:
        passed, total = SCORES["__total__"]
        terminalreporter.write_line(
            f"held-out import score: {passed}/{total} field checks ({passed / total:.1%}), "
            f"{len(SCORES) - 1} pages never tuned on"
        )
