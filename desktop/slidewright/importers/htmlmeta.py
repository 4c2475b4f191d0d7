"""What a saved page says about the article beside its text: its title, its language (``<html
lang>``) and its section, from the breadcrumb in whichever markup the theme gave it."""

from __future__ import annotations

import re

from slidewright.importers.breadcrumb import INLINE_SEPARATOR
from slidewright.importers.common import category_from_breadcrumb
from slidewright.importers.htmlchrome import in_chrome
from slidewright.importers.htmltree import Element

_LANG = re.compile(r"[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8}){0,3}")


def page_language(root: Element) -> str:
    """The page's own ``<html lang="en-GB">``, when it names a plausible language tag."""
    html = root if root.tag == "html" else root.find("html")
    lang = html.attrs.get("lang", "").strip() if html is not None else ""
    return lang if _LANG.fullmatch(lang) else ""


def _meta(root: Element, name: str) -> str:
    found = next(
        (
            e
            for e in root.iter()
            if e.tag == "meta" and (e.attrs.get("property") or e.attrs.get("name", "")) == name
        ),
        None,
    )
    return " ".join(found.attrs.get("content", "").split()) if found is not None else ""


def page_title(root: Element, body: Element, fallback: str) -> str:
    """The article's title: its ``<h1>`` outside the site's chrome; else an ``<h1>`` in a
    ``<header>`` outside the article that begins with the page's own title (themes put the
    headline in one: it was read as site chrome, and "Five Tiny Museums | The Daily Bugle" from
    ``<title>`` took its place); else ``og:title``, or ``<title>`` without the site's name after
    a " | "."""
    h1s = [e for e in body.iter() if e.tag == "h1" and e.text()]
    outside = next((e for e in h1s if not in_chrome(e)), None)
    if outside is not None:
        return outside.text()
    title_element = root.find("title")
    named = _meta(root, "og:title")
    if not named and title_element is not None and (named := title_element.text()):
        site = _meta(root, "og:site_name")
        if site and named.endswith(site) and len(named) > len(site):
            named = named[: -len(site)].rstrip(" |–—-:·•")
        elif " | " in named:
            named = named.rsplit(" | ", 1)[0].strip()
    stem = named.casefold()
    for h1 in h1s:
        if stem and h1.text().casefold().startswith(stem):
            return h1.text()
    return named or fallback


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
