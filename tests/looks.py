"""What a reader sees of each slide on a page, read from the page's DOM: heading, credit,
caption and body text, and the read-more items. Every output is compared with it."""

from __future__ import annotations

from html import escape
from typing import Any

import lxml.html  # comes with extruct (the test extra)

# The same reading as a script in the preview (tests/ui), where the DOM is the browser's.
SLIDES_JS = """JSON.stringify(Array.from(document.querySelectorAll('#sw-slides .sw-slide')).map(
  s => [['.sw-heading', '.sw-credit', '.sw-caption', '.sw-body'].map(sel => {
    const e = s.querySelector(sel); return e ? e.textContent.replace(/\\s+/g, ' ').trim() : ''; }),
   s.querySelector('img') ? s.querySelector('img').getAttribute('alt') : null]))"""


def _text(nodes: list[Any]) -> str:
    return " ".join(" ".join(n.text_content().split()) for n in nodes).strip()


def _has(cls: str) -> str:
    return f"contains(concat(' ', normalize-space(@class), ' '), ' {cls} ')"


def slides_seen(html: str) -> list[tuple[list[str], str | None]]:
    """Per slide: [heading, credit, caption, body] as text, and the image's alt (None: no
    image). The same shape as ``SLIDES_JS`` gives."""
    root = lxml.html.fromstring(html)
    seen = []
    for slide in root.xpath(f"//div[@id='sw-slides']//section[{_has('sw-slide')}]"):
        texts = [
            _text(slide.xpath(f".//*[{_has(cls)}]"))
            for cls in ("sw-heading", "sw-credit", "sw-caption", "sw-body")
        ]
        images = slide.xpath(".//img")
        seen.append((texts, images[0].get("alt") if images else None))
    return seen


def read_more_seen(html: str) -> list[str]:
    root = lxml.html.fromstring(html)
    return [" ".join(li.text_content().split()) for li in root.xpath("//footer//li")]


def bad_markup(html: str) -> list[str]:
    """Script an article slipped in, and empty addresses: what no output may publish."""
    root = lxml.html.fromstring(html)
    found = []
    for element in root.iter():
        if not isinstance(element.tag, str):
            continue
        if element.tag == "script" and element.get("type") != "application/ld+json":
            if element.get("src") is None and element.get("id") != "sw-script":
                found.append("inline script")
        found += [f"{element.tag} {a}" for a in element.attrib if a.startswith("on")]
        for name in ("src", "href"):
            if name in element.attrib and not element.get(name, "").strip():
                found.append(f"empty {element.tag} {name}")
    return found


def _markup(element: Any) -> str:
    """An element's inline markup as a reader's browser keeps it: tag names, link addresses and
    text, with attributes a site adds for its own reasons (rel, class) left out."""
    parts = [escape(element.text or "", quote=False)]
    for child in element:
        href = f' href="{child.get("href")}"' if child.tag == "a" else ""
        tail = escape(child.tail or "", quote=False)
        parts.append(f"<{child.tag}{href}>{_markup(child)}</{child.tag}>{tail}")
    return " ".join("".join(parts).split())


def captions_markup(html: str) -> list[str]:
    """Every caption on the page (each slide's, then each read-more link's) as inline markup:
    ``a <strong>bold</strong> word``, so that emphasis and links are compared, not only words."""
    root = lxml.html.fromstring(html)
    return [_markup(span) for span in root.xpath(f"//*[{_has('sw-caption')}]")]
