"""A rule registry as a Markdown page: the one writer of docs/credit-rules.md and docs/library.md.

Each registry (``credits/registry.py``, ``library/rules.py``) lists its rules with an id, a
default severity and a one-sentence description; its ``ruledoc`` module holds only the page's
prose and, for the credit rules, the extra "Looks at" column. The table and the command line
that writes the page are here, once.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Protocol, TypeVar


class DocumentedRule(Protocol):
    @property
    def id(self) -> str: ...

    @property
    def severity(self) -> str: ...

    @property
    def description(self) -> str: ...


R = TypeVar("R", bound=DocumentedRule)


def _cell(text: str) -> str:
    return text.replace("|", "\\|")


def rules_page(head: str, rules: Iterable[R], *middle: Callable[[R], str]) -> str:
    """``head`` (ending in the table's header row), then a row per rule: its id, its default
    severity, the ``middle`` columns (each a function of the rule) and its description."""
    rows = [
        "| "
        + " | ".join(
            [f"`{rule.id}`", str(rule.severity), *(column(rule) for column in middle)]
            + [_cell(rule.description)]
        )
        + " |"
        for rule in rules
    ]
    return head + "\n".join(rows) + "\n"


def write_page(page: Callable[[], str], argv: list[str] | None = None) -> int:
    """``python -m …ruledoc [PATH]``: write the page to PATH, or print it."""
    args = sys.argv[1:] if argv is None else argv
    text = page()
    if args:
        Path(args[0]).write_text(text, encoding="utf-8")
    else:
        sys.stdout.write(text)
    return 0
