"""One slide credited as a writer typed it, checked against its picture's own metadata: what the
credit tests that compare a typed credit with a file share (the picture is the test's own,
written to ``images/p.jpg`` of its folder)."""

from __future__ import annotations

from pathlib import Path

from slidewright.credits import CreditChecker
from slidewright.credits.findings import Finding
from slidewright.model import Article, Slide


def credit_findings(folder: Path, typed: str, alt: str) -> list[Finding]:
    """The credit rules' findings on a slide credited ``typed`` (``alt``: its picture's alt
    text, so no alt-text finding joins them)."""
    slide = Slide(heading="h", image="images/p.jpg", alt=alt, credit=typed)
    found = CreditChecker().check(Article(title="T", slides=[slide]), folder)
    return [f for f in found if f.rule.startswith("credit-")]


def offered(findings: list[Finding]) -> list[str]:
    """The credits the findings' fixes would write."""
    return [dict(f.fix.changes)["credit"] for f in findings if f.fix and f.fix.changes]
