"""What the credit checker reports: a finding names its rule, severity, slide and field.

Rule ids and severities are string enums: they compare equal to, and print as, the same strings the
CLI, the JSON output and the Problems panel always used ("credit-missing", "error"), while a typo in
the code is a type error instead of a rule that silently never matches.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from slidewright.i18n import QT_TRANSLATE_NOOP, Message, counted


class Severity(StrEnum):
    """How bad a finding is, worst first (``check`` fails on errors; ``--strict`` on warnings too)."""

    ERROR = "error"
    WARNING = "warning"
    INFO = "info"


SEVERITIES = tuple(Severity)
# The word a writer reads, in the CLI's text output and the Problems panel alike: an "info" finding
# is a *note* (the JSON output and --disable keep the ids above, which scripts already match).
SEVERITY_WORDS: dict[Severity, tuple[Message, Message]] = {
    Severity.ERROR: (
        QT_TRANSLATE_NOOP("Findings", "error"),
        QT_TRANSLATE_NOOP("Findings", "errors"),
    ),
    Severity.WARNING: (
        QT_TRANSLATE_NOOP("Findings", "warning"),
        QT_TRANSLATE_NOOP("Findings", "warnings"),
    ),
    Severity.INFO: (
        QT_TRANSLATE_NOOP("Findings", "note"),
        QT_TRANSLATE_NOOP("Findings", "notes"),
    ),
}


def severity_word(severity: Severity, count: int = 1) -> str:
    """``severity`` as the word a writer reads: "note", "2 notes" are the same in CLI and GUI
    (which says "0 erreur" in French: the word keeps its count for the window's rule)."""
    singular, plural = SEVERITY_WORDS[Severity(severity)]
    return counted(count, singular, plural)


SEVERITY_RANK: dict[str, int] = {name: rank for rank, name in enumerate(SEVERITIES)}


class RuleId(StrEnum):
    """Every credit rule's id, as findings, ``--disable`` and docs/credit-rules.md spell it."""

    IMAGE_MISSING = "image-missing"
    IMAGE_OUTSIDE_BUNDLE = "image-outside-bundle"
    IMAGE_REMOTE = "image-remote"
    IMAGE_UNREADABLE = "image-unreadable"
    IMAGE_DAMAGED = "image-damaged"
    IMAGE_TOO_SMALL = "image-too-small"
    ALT_MISSING = "alt-missing"
    ALT_POOR = "alt-poor"
    LICENSE_INCOMPLETE = "license-incomplete"
    LICENSE_DATE_INVALID = "license-date-invalid"
    LICENSE_ENDED_BEFORE_ARTICLE = "license-ended-before-article"
    LICENSE_START_AFTER_ARTICLE = "license-start-after-article"
    LICENSE_START_AFTER_END = "license-start-after-end"
    LICENSE_ENDING_SOON = "license-ending-soon"
    EDITORIAL_ONLY = "editorial-only"
    AI_UNDISCLOSED = "ai-undisclosed"
    SYNTHETIC_UNDISCLOSED = "synthetic-undisclosed"
    CREDENTIALS_INVALID = "credentials-invalid"
    CREDENTIALS_CREDIT_MISMATCH = "credentials-credit-mismatch"
    AI_TRAINING_NOT_ALLOWED = "ai-training-not-allowed"
    CREDIT_MISSING = "credit-missing"
    CREDIT_LABEL_IN_TEXT = "credit-label-in-text"
    CREDIT_AGENCY_SPELLING = "credit-agency-spelling"
    CREDIT_AGENCY_PATTERN = "credit-agency-pattern"
    CREDIT_CAPTION_MIXED = "credit-caption-mixed"
    CREDIT_METADATA_MISMATCH = "credit-metadata-mismatch"
    CREDIT_HYGIENE = "credit-hygiene"
    IMAGE_DUPLICATE = "image-duplicate"
    STOCK_LICENSE_MISSING = "stock-license-missing"
    HEADLINE_TOO_LONG = "headline-too-long"
    TEXT_TOO_LONG = "text-too-long"
    LANG_INVALID = "lang-invalid"
    URL_CREDENTIALS = "url-credentials"


@dataclass(frozen=True)
class Fix:
    """A certain correction: set these fields of the finding's slide (or of the article)."""

    label: str
    changes: tuple[tuple[str, str], ...]

    @classmethod
    def of(cls, label: str, **changes: str) -> Fix:
        return cls(label, tuple(changes.items()))


class Action(StrEnum):
    """Something the writer does about a finding that is more than setting a field: the window
    offers it as a button (the CLI names it in the message)."""

    CHOOSE_IMAGES = "choose-images"  # "Choose images for all slides…"


ACTION_LABELS: dict[Action, str] = {
    Action.CHOOSE_IMAGES: QT_TRANSLATE_NOOP("Findings", "Choose Images for All Slides…")
}


@dataclass(frozen=True)
class Hit:
    """What a rule function found. The registry turns it into a :class:`Finding` with the rule's id
    and default severity, so neither is restated in the rule's code.

    ``slide`` is for rules over the whole article (a per-slide rule's hit is on the slide it was
    given); ``severity`` only for a rule whose severity depends on the article (editorial-only).
    """

    field: str
    message: str
    fix: Fix | None = None
    slide: int | None = None
    severity: Severity | None = None
    action: Action | None = None


@dataclass(frozen=True)
class Finding:
    rule: RuleId
    severity: Severity
    slide: int | None  # 0-based; None for the article or the read-more block
    field: str
    message: str
    fix: Fix | None = dataclasses.field(default=None, compare=False)
    action: Action | None = None

    def as_json(self) -> dict[str, Any]:
        found: dict[str, Any] = {
            "rule": str(self.rule),
            "severity": str(self.severity),
            "slide": None if self.slide is None else self.slide + 1,
            "field": self.field,
            "message": self.message,
            # What Apply Fix would set, so a script or CI job can apply it too (null: none certain)
            "fix": None
            if self.fix is None
            else {"label": self.fix.label, "changes": dict(self.fix.changes)},
        }
        if self.action is not None:
            found["action"] = str(self.action)
        return found

    def as_text(self) -> str:
        where = "article" if self.slide is None else f"slide {self.slide + 1}"
        return f"{where}: {severity_word(self.severity)} {self.rule}: {self.message}"


def severity_counts(findings: list[Finding]) -> dict[Severity, int]:
    """How many findings of each severity, worst first (every severity, zero included)."""
    return {s: sum(f.severity == s for f in findings) for s in Severity}


def worst(findings: list[Finding]) -> Severity | None:
    return min((f.severity for f in findings), key=SEVERITY_RANK.__getitem__, default=None)
