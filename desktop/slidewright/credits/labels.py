"""Recognising credit labels ("Credit:", "Photos:", "Image credit -") and caption text in credits."""

from __future__ import annotations

import re

# One label at the start: "Credit:", "Credits:", "Photo:", "Photo credit:", "Image:", "Source:"…
LABEL = re.compile(
    r"^\s*(?:(?:photo(?:graph)?s?|images?|pictures?|pics?)(?:\s+credits?)?|credits?|source|courtesy(?:\s+of)?)"
    r"\s*[:：]\s*",
    re.IGNORECASE,
)
BARE_LABEL = re.compile(
    r"^\s*(?:(?:photo|image|picture)s?\s*)?(?:credits?|source)?\s*[:：]?\s*$", re.IGNORECASE
)
# A spaced dash that separates a credit from caption text: "Depositphotos – PARIS, FRANCE – …"
CAPTION_SPLIT = re.compile(r"\s+[–—-]\s+")


def strip_labels(text: str) -> str:
    """'Credit: Photo: Jana' -> 'Jana'."""
    previous = None
    while previous != text:
        previous, text = text, LABEL.sub("", text, count=1)
    return text.strip()


def has_label(text: str) -> bool:
    return bool(LABEL.match(text))


def is_bare_label(text: str) -> bool:
    """Empty, or nothing but a label ('Credit:', 'Photo')."""
    return bool(BARE_LABEL.match(text))


def split_caption(credit: str) -> tuple[str, str] | None:
    """('Depositphotos', 'PARIS, FRANCE – May 2, 2019: The mayor…') when caption text follows the
    credit after a spaced dash; None when the credit is just a credit."""
    parts = CAPTION_SPLIT.split(credit.strip(), maxsplit=1)
    if len(parts) != 2:
        return None
    head, rest = parts[0].strip(), parts[1].strip()
    if not head or len(head.split()) > 6 or len(rest.split()) < 4:
        return None
    return head, rest
