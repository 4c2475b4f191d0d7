"""What a saved page says about the article beside its text: its language (``<html lang>``) and
its section, from the breadcrumb in whichever markup the theme gave it."""

from __future__ import annotations

import re

from slidewright.importers.breadcrumb import INLINE_SEPARATOR
from slidewright.importers.common import category_from_breadcrumb
from slidewright.importers.htmltree import Element

_LANG = re.compile(r"[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8}){0,3}")


def page_language(root: Element) -> str:
    """The page's own ``<html lang="en-GB">``, when it names a plausible language tag."""
    html = root if root.tag == "html" else root.find("html")
    lang = html.attrs.get("lang", "").strip() if html is not None else ""
    return lang if _LANG.fullmatch(lang) else ""


def is_breadcrumb(element: Element) -> bool:
    """``class="breadcrumb(s)"``/``"crumbs"``, ``aria-label="Breadcrumb"`` (accessible themes,
    often with no class) or schema.org's ``BreadcrumbList``."""
    label = element.attrs.get("aria-label", "").lower()
    kind = element.attrs.get("itemtype", "").lower()
    tokens = element.classes().split()
    return (
        "breadcrumb" in element.classes()
        or any(t.startswith("crumb") for t in tokens)
        or "breadcrumb" in label
        or kind.endswith("breadcrumblist")
    )


def breadcrumb_category(body: Element, title: str) -> str:
    """The section the breadcrumb names (not the site, not the page itself), or ""."""
    crumbs = next((e for e in body.iter() if is_breadcrumb(e)), None)
    if crumbs is None:
        return ""
    items = [e.text() for e in crumbs.iter() if e.tag in ("li", "a")]
    if len(items) < 2:  # "Home / Travel / Three Lighthouses…" as plain text
        items = [p.strip() for p in INLINE_SEPARATOR.split(f" {crumbs.text()} ") if p.strip()]
    items = list(dict.fromkeys(i for i in items if i))
    return category_from_breadcrumb(items, title)
