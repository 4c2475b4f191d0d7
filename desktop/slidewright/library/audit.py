"""``slidewright audit FOLDER``: index the library, run the library rules, print the findings.

Text for a person, JSON and CSV for scripts, HTML for an editor's browser (report_html.py). The
JSON shape is ``{"articles": N, "pictures": M, "findings": [{rule, severity, article, slide,
image, message}]}`` with paths relative to FOLDER. A progress bar is drawn on stderr only when
stderr is a terminal, so a pipe or a log file receives the report alone.
"""

from __future__ import annotations

import csv
import json
import time
from collections.abc import Iterable
from pathlib import Path
from typing import TextIO

from slidewright.credits.findings import Severity, severity_word
from slidewright.library.findings_cache import library_findings
from slidewright.library.indexer import IndexResult, update_index
from slidewright.library.rules import (
    LIBRARY_RULES,
    LibraryFinding,
    LibraryRules,
)
from slidewright.library.scan import check_root
from slidewright.library.store import LibraryStore
from slidewright.terminal import terminal_line

FIELDS = ("rule", "severity", "article", "slide", "image", "message")


class ProgressBar:
    """``indexing  1234/10000 articles [#####.....]`` redrawn at most ten times a second."""

    def __init__(self, stream: TextIO, width: int = 30) -> None:
        self.stream = stream
        self.width = width
        self._last = 0.0
        self.drawn = False

    def __call__(self, done: int, total: int) -> None:
        now = time.monotonic()
        if done < total and now - self._last < 0.1:
            return
        self._last = now
        filled = self.width * done // max(total, 1)
        bar = "#" * filled + "." * (self.width - filled)
        self.stream.write(f"\rindexing {done:>6}/{total} articles [{bar}]")
        self.stream.flush()
        self.drawn = True

    def finish(self) -> None:
        if self.drawn:
            self.stream.write("\r\x1b[K")
            self.stream.flush()


def _is_terminal(stream: TextIO) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False


def run_audit(
    folder: Path,
    fmt: str,
    expiring: int,
    disable: Iterable[str],
    out: TextIO,
    err: TextIO,
    index_file: Path | None = None,
) -> int:
    check_root(folder)
    rules = LibraryRules()
    rules.disable(disable)
    bar = ProgressBar(err) if _is_terminal(err) else None
    with LibraryStore(folder, index_file) as store:
        try:
            result = update_index(store, bar)
        finally:
            if bar is not None:
                bar.finish()
        findings = library_findings(store.db, rules, expiring_days=expiring)
        if fmt == "json":
            _json(out, result, findings)
        elif fmt == "csv":
            _csv(out, findings)
        elif fmt == "html":
            from slidewright.library.report_html import write_report

            write_report(out, store.root, result, findings)
        else:
            _text(out, result, findings)
    for where, why in result.problems:
        err.write(terminal_line(f"slidewright: warning: {where}: skipped: {why}") + "\n")
    return 1 if any(f.severity == Severity.ERROR for f in findings) else 0


def _json(out: TextIO, result: IndexResult, findings: list[LibraryFinding]) -> None:
    # one finding a line: readable, and json's C encoder (an indent makes it the Python one)
    rows = ",\n".join(
        "    " + json.dumps(finding.as_dict(), ensure_ascii=False) for finding in findings
    )
    out.write(
        f'{{"articles": {result.articles}, "pictures": {result.pictures}, "findings": ['
        + (f"\n{rows}\n" if rows else "")
        + "]}\n"
    )


def _csv(out: TextIO, findings: list[LibraryFinding]) -> None:
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(FIELDS)
    for finding in findings:
        row = finding.as_dict()
        writer.writerow(["" if row[name] is None else row[name] for name in FIELDS])


def _text(out: TextIO, result: IndexResult, findings: list[LibraryFinding]) -> None:
    for f in findings:
        where = f"{f.article}, slide {f.slide}" if f.slide else f.article
        line = f"{where}: {severity_word(f.severity)}: {f.message} [{f.rule}]"
        out.write(terminal_line(line) + "\n")
    counts = {s: sum(1 for f in findings if f.severity == s) for s in Severity}
    said = ", ".join(f"{n} {severity_word(s, n)}" for s, n in counts.items() if n) or "no findings"
    out.write(
        f"{result.articles} article{'s' if result.articles != 1 else ''}, "
        f"{result.pictures} picture{'s' if result.pictures != 1 else ''}: {said}\n"
    )


def list_rules(out: TextIO, fmt: str) -> int:
    if fmt == "json":
        data = [
            {"id": str(r.id), "severity": str(r.severity), "description": r.description}
            for r in LIBRARY_RULES
        ]
        out.write(json.dumps(data, indent=2) + "\n")
    else:
        for rule in LIBRARY_RULES:
            out.write(f"{rule.id:30} {rule.severity:8} {rule.description}\n")
    return 0
