"""What a published page says about itself in its <head>: canonical address, Open Graph, Twitter
card, ``article:*`` tags and JSON-LD.

The exporters fill a :class:`PageMeta` (they know where the page and its images will live); the
template ``head_meta.html.j2`` prints it. The live preview passes none: it is not published."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from markupsafe import Markup


@dataclass(frozen=True)
class PageImage:
    """The page's lead image as sharing cards show it: an absolute address, its text and size."""

    url: str
    alt: str = ""
    width: int = 0
    height: int = 0


@dataclass(frozen=True)
class PageMeta:
    """Everything ``head_meta.html.j2`` writes; empty fields are left out of the page."""

    canonical: str = ""
    image: PageImage | None = None
    published: str = ""  # ISO 8601 with a time zone
    modified: str = ""
    author: str = ""
    section: str = ""
    tags: tuple[str, ...] = ()
    site_name: str = ""
    locale: str = ""
    json_ld: dict[str, Any] = field(default_factory=dict)

    @property
    def twitter_card(self) -> str:
        return "summary_large_image" if self.image else "summary"

    @property
    def json_ld_text(self) -> Markup:
        """The JSON-LD for a ``<script>`` element: ``<``, ``>`` and ``&`` escaped so that no
        text in the article can close the element or start a comment."""
        if not self.json_ld:
            return Markup("")
        text = json.dumps(self.json_ld, ensure_ascii=False, indent=1)
        return Markup(text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026"))
