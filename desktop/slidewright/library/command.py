"""``slidewright audit``: its arguments (argparse wiring only; the work is in audit.py)."""

from __future__ import annotations

import argparse
from collections.abc import Iterator
from pathlib import Path


class _LibraryRuleIds:
    """``audit --disable``'s choices, read from the rule ids only when argparse looks at them."""

    def _ids(self) -> list[str]:
        from slidewright.library.rules import LibraryRuleId

        return [str(rule) for rule in LibraryRuleId]

    def __contains__(self, value: object) -> bool:
        return value in self._ids()

    def __iter__(self) -> Iterator[str]:
        return iter(self._ids())


def _audit(args: argparse.Namespace) -> int:
    import sys

    from slidewright.library.audit import list_rules, run_audit

    if args.list_rules:
        return list_rules(sys.stdout, args.format)
    if args.folder is None:
        args.parser.error("the following arguments are required: FOLDER (or --list-rules)")
    return run_audit(
        args.folder, args.format, args.expiring, args.disable or (), sys.stdout, sys.stderr
    )


def _days(text: str) -> int:
    try:
        days = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number of days") from None
    if not 0 <= days <= 36_500:
        raise argparse.ArgumentTypeError(f"{days} is not between 0 and 36500 days")
    return days


def add_audit_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    audit = sub.add_parser(
        "audit",
        help="check picture rights across every article in a folder (the library)",
        description="Index every article under FOLDER (the index is kept in your cache folder, "
        "never beside the articles) and report what only the whole library shows: one photo "
        "credited differently in two articles, licences ending, stock photos without a licence, "
        "photos reused within a week. Exit 1 when there are errors, 2 when FOLDER cannot be read.",
    )
    audit.add_argument("folder", type=Path, nargs="?", metavar="FOLDER")
    audit.add_argument("--format", choices=("text", "json", "csv", "html"), default="text")
    audit.add_argument(
        "--expiring",
        type=_days,
        default=30,
        metavar="DAYS",
        help="warn about licences ending within DAYS of today (default 30)",
    )
    audit.add_argument(
        "--disable",
        action="append",
        metavar="RULE",
        choices=_LibraryRuleIds(),
        help="do not run this rule (repeatable; see --list-rules)",
    )
    audit.add_argument(
        "--list-rules", action="store_true", help="list the library rules (JSON with --format json)"
    )
    audit.set_defaults(handler=_audit, parser=audit)
