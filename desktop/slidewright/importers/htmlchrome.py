"""The parts of a saved page that are the site, not the article, found by tag and by the class
names themes give them (WordPress's ``sharedaddy``, ``jp-relatedposts``, ``post-navigation``…),
and named by kind so the import summary can say what it left out."""

from __future__ import annotations

import re

from slidewright.i18n import QT_TRANSLATE_NOOP
from slidewright.importers.htmltree import Element
from slidewright.importers.note_text import chrome_kind as note_kind
from slidewright.importers.note_text import joined, quoted_examples

CHROME_TAGS = {"nav": "navigation", "aside": "sidebar", "form": "form"}
PAGE_CHROME = {"header", "footer"}  # site chrome, unless inside the article's own sections
CONTENT = {"article", "section", "main"}
# class or id tokens, matched whole or as the start of a token ("share-facebook", "ad-slot")
_TOKENS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("navigation", re.compile(r"^(?:breadcrumbs?|post-navigation|nav-links|pagination|"
                              r"slideshow-nav|gallery-nav|skip-link)")),
    ("share buttons", re.compile(r"^(?:share|sharing|sharedaddy|social|sd-sharing|addtoany|"
                                 r"a2a_kit)")),
    ("ads", re.compile(r"^(?:ad|ads|advert|advertisement|adsbygoogle|ad-slot|ad-container|"
                       r"sponsored|dfp|google-ad)(?:$|[-_])")),
    # paid "you may also like" widgets: not the article's own read-more links
    ("sponsored links", re.compile(r"^(?:outbrain|ob-widget|taboola|trc_)")),
    # the consent banner a page saved before "Accept" keeps above the article
    ("cookie notice", re.compile(r"^(?:cookie|consent|gdpr|onetrust|didomi|cc-window|"
                                 r"cc-banner|qc-cmp|truste|sp_message|cmp-)")),
    ("related links", re.compile(r"^(?:related|jp-relatedposts|yarpp|more-stories|"
                                 r"recommended)")),
    ("comments", re.compile(r"^(?:comments?|comment-respond|disqus)(?:$|[-_])")),
    ("newsletter sign-up", re.compile(r"^(?:newsletter|subscribe|signup|sign-up)")),
)  # fmt: skip


def chrome_kind(element: Element) -> str | None:
    """What kind of site chrome ``element`` itself is (not its ancestors), or None."""
    if element.tag in CHROME_TAGS:
        return CHROME_TAGS[element.tag]
    if element.tag == "ins" and "adsbygoogle" in element.classes():
        return "ads"
    # a block theme's "wp-block-comments", "wp-block-social-links": the same parts, prefixed
    tokens = [t.removeprefix("wp-block-").removeprefix("post-") for t in element.classes().split()]
    tokens += element.classes().split()
    for kind, pattern in _TOKENS:
        if any(pattern.match(token) for token in tokens):
            return kind
    return None


def _placement(element: Element) -> tuple[bool, bool]:
    """(in chrome, inside article content) for ``element``, from its parent's, remembered on
    each element so asking for every paragraph of a deep page stays linear."""
    path: list[Element] = []
    node: Element | None = element
    while node is not None and node.placement is None:
        path.append(node)
        node = node.parent
    chrome, content = node.placement if node is not None and node.placement else (False, False)
    for node in reversed(path):
        chrome = chrome or chrome_kind(node) is not None
        chrome = chrome or (node.tag in PAGE_CHROME and not content)
        content = content or node.tag in CONTENT
        node.placement = (chrome, content)
    return chrome, content


def in_chrome(element: Element) -> bool:
    """Inside navigation, asides, forms, share buttons, ads, related links or comments, or in the
    site's header or footer (a <header> inside an <article> or <section> belongs to it)."""
    return _placement(element)[0]


def dropped_chrome(body: Element) -> list[str]:
    """'share buttons (“Share this: Facebook X”)': each outermost piece of chrome, by kind."""
    seen: dict[str, list[str]] = {}
    stack: list[Element] = [body]
    while stack:  # outermost chrome only: its insides are not walked (linear in the page)
        element = stack.pop()
        kind = chrome_kind(element)
        if kind is None:
            stack.extend(c for c in reversed(element.children) if isinstance(c, Element))
            continue
        text = element.text()
        seen.setdefault(kind, []).append(text if len(text) <= 40 else text[:39] + "…")
    lines: list[str] = []
    for kind, texts in seen.items():
        said = [t for t in texts if t]
        examples = quoted_examples(said, 2) if said else QT_TRANSLATE_NOOP("ImportNotes", "empty")
        lines.append(joined("{kind} ({examples})", kind=note_kind(kind), examples=examples))
    return lines
