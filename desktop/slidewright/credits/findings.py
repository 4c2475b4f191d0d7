"""What the credit checker reports: a finding names its rule, severity, slide and field."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

SEVERITIES = ("error", "warning", "info")
SEVERITY_RANK = {name: rank for rank, name in enumerate(SEVERITIES)}


@dataclass(frozen=True)
class Fix:
    """A certain correction: set these fields of the finding's slide (or of the article)."""

    label: str
    changes: tuple[tuple[str, str], ...]

    @classmethod
    def of(cls, label: str, **changes: str) -> Fix:
        return cls(label, tuple(changes.items()))


@dataclass(frozen=True)
class Finding:
    rule: str
    severity: str
    slide: int | None  # 0-based; None for the article or the read-more block
    field: str
    message: str
    fix: Fix | None = field(default=None, compare=False)

    def as_json(self) -> dict[str, Any]:
        return {
            "rule": self.rule,
            "severity": self.severity,
            "slide": None if self.slide is None else self.slide + 1,
            "field": self.field,
            "message": self.message,
        }

    def as_text(self) -> str:
        where = "article" if self.slide is None else f"slide {self.slide + 1}"
        return f"{where}: {self.severity} {self.rule}: {self.message}"


def worst(findings: list[Finding]) -> str | None:
    return min((f.severity for f in findings), key=SEVERITY_RANK.__getitem__, default=None)
