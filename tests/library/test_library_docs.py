"""docs/library.md is generated from the rule registry: the page and the code agree."""

from __future__ import annotations

from pathlib import Path

from slidewright.library.ruledoc import library_markdown
from slidewright.library.rules import LIBRARY_RULES

ROOT = Path(__file__).resolve().parents[2]


def test_the_page_is_what_the_registry_writes() -> None:
    page = (ROOT / "docs" / "library.md").read_text(encoding="utf-8")
    assert page == library_markdown(), (
        "regenerate: python -m slidewright.library.ruledoc docs/library.md"
    )
    for rule in LIBRARY_RULES:
        assert f"| `{rule.id}` | {rule.severity} |" in page
