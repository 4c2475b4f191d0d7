"""``slidewright check``: findings as text or JSON, and an exit code a script can act on."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TextIO

from slidewright.credits.checker import check_article
from slidewright.credits.context import CheckOptions
from slidewright.fileformat import load_article
from slidewright.fileformat.bundle import bundle_dir

EXIT_CLEAN, EXIT_FINDINGS = 0, 1


def run_check(
    path: Path, output_format: str, strict: bool, out: TextIO, min_side: int = 720
) -> int:
    """0: no errors (with ``strict``, no warnings either); 1: there are; FormatError propagates (2)."""
    article = load_article(path)
    findings = check_article(article, bundle_dir(path), options=CheckOptions(min_side=min_side))
    if output_format == "json":
        json.dump(
            {"article": str(path), "findings": [f.as_json() for f in findings]},
            out,
            indent=2,
            ensure_ascii=False,
        )
        out.write("\n")
    else:
        for finding in findings:
            out.write(finding.as_text() + "\n")
        counts = {s: sum(f.severity == s for f in findings) for s in ("error", "warning", "info")}
        summary = ", ".join(f"{n} {s}{'s' if n != 1 else ''}" for s, n in counts.items())
        out.write(f"{path}: {len(article.slides)} slides checked: {summary}\n")
    failing = {"error", "warning"} if strict else {"error"}
    return EXIT_FINDINGS if any(f.severity in failing for f in findings) else EXIT_CLEAN
