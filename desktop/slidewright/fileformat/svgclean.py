"""SVG images made safe to publish: rebuilt from an allowlist of drawing elements.

An SVG is a document, not a picture: opened on its own it can run ``<script>``, event handlers
(``onload=``), ``javascript:`` links, HTML inside ``<foreignObject>`` and load other files
(``href="http://…"``, ``url(…)``, ``@import``). A slideshow image never needs any of that, so what
Slidewright publishes or imports is the drawing only: elements outside the allowlist are removed
with their content, links are kept only to fragments of the same file (``#gradient``) or to an
embedded raster image, and its CSS (``<style>``, ``style="…"``, ``fill="…"``) is rebuilt from the
properties and values that draw (``svgcss.py``: no custom property, string, comment, ``url()``
but ``#id`` or at-rule but ``@media``). What only a tool or a person reads, never the drawing,
goes too: XML comments, ``data-*`` attributes and foreign-namespace metadata (``<metadata>``,
Inkscape's export paths), where an editor leaves names, paths and notes; words outside
``<text>`` (nothing draws them); ``<title>`` and ``<desc>`` (a tooltip or a note to the file's
author: the page gives the picture's alt text) and ids that nothing in the drawing points at
(``id="janes-flat"``: a name typed in an editor's layers panel), and any attribute that does
not draw (``svgattributes.py``), the same; the ids something points at, classes and filter
results are published under neutral names (``i1``, ``c1``, ``r1``: ``svgcss.Names``), and an
attribute that draws keeps only a value made of numbers and SVG's or CSS's own words (no
``gradientTransform="Jane's flat"``, no language tag or extension address that spells a name).
Last, what no reader sees and nothing points at goes (a hidden layer of notes: ``svghidden.py``). A file that does not parse as SVG (or declares
entities), or whose stylesheet is larger or deeper than a drawing's, is refused with
``SvgRefused``.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING

from slidewright.errors import SlidewrightError
from slidewright.fileformat.picturename import looks_like_svg_content, name_suffix
from slidewright.fileformat.svgattributes import DRAWING_ATTRIBUTES, DRAWING_ELEMENTS
from slidewright.fileformat.svgcss import (
    CssRefused,
    Names,
    clean_declarations,
    clean_media,
    clean_stylesheet,
    clean_value,
)
from slidewright.fileformat.svghidden import drop_hidden, without

if TYPE_CHECKING:  # the XML parsers load in sanitize_svg: importing SvgRefused stays cheap
    import xml.etree.ElementTree as ET

SVG = "http://www.w3.org/2000/svg"
XLINK = "http://www.w3.org/1999/xlink"
XML = "http://www.w3.org/XML/1998/namespace"
MAX_SVG_BYTES = 5 * 1024 * 1024  # a slide illustration is tens of KB; this is not one

ELEMENTS = DRAWING_ELEMENTS
UNWRAP = frozenset({"a"})  # a link around shapes or words: keep them, lose the link
EMBEDDED_RASTER = re.compile(r"^data:image/(?:png|jpeg|gif|webp);base64,[a-z0-9+/=\s]*$", re.I)
_FETCHING_URL = re.compile(r"url\(\s*(?!['\"]?#)", re.I)  # url(...) that is not url(#id)
# Schemes that run or embed, CSS that loads (image-set takes bare strings) or runs, and CSS
# escapes, which can spell any of these (u\72l( is url( to a CSS parser).
_DANGEROUS = re.compile(r"javascript:|vbscript:|data:|@import|expression\(|image-set\(|\\", re.I)
FILTER_INPUTS = frozenset(
    "SourceGraphic SourceAlpha BackgroundImage BackgroundAlpha FillPaint StrokePaint".split()
)  # a filter's own inputs; any other ``in``/``result`` is a name its author typed
_PATH_DATA = re.compile(r"[MmZzLlHhVvCcSsQqTtAa0-9eE.,+\-\s]*")  # letters that spell nothing
_LANGUAGE = re.compile(r"[A-Za-z]{2,3}(?:-[A-Za-z]{4})?(?:-[A-Za-z]{2}|-[0-9]{3})?")
BROWSER_EXTENSIONS = frozenset(
    {"http://www.w3.org/1999/xhtml", "http://www.w3.org/1998/Math/MathML"}
)
TEXT_ELEMENTS = frozenset({"text", "tspan", "textPath"})  # the only ones whose words are drawn


class SvgRefused(SlidewrightError):
    """The file is not an SVG that can be published safely; the message says why."""


def _squeezed(value: str) -> str:
    """The value as a browser may read it: without the spaces and controls that hide a scheme."""
    return "".join(ch for ch in value if ch > " ")


def _is_safe_value(value: str) -> bool:
    squeezed = _squeezed(value)
    return not _DANGEROUS.search(squeezed) and not _FETCHING_URL.search(value)


def _local(name: str) -> tuple[str, str]:
    if name.startswith("{"):
        uri, local = name[1:].split("}", 1)
        return uri, local
    return "", name


def _clean_attributes(element: ET.Element, local_tag: str, names: Names) -> None:
    kept: dict[str, str] = {}
    for name, value in element.attrib.items():
        uri, local = _local(name)
        if local.lower().startswith(("on", "data-")):
            continue  # event handlers run script; data- attributes are a tool's notes
        if (uri == "" and local != "href") or uri == XML:
            value = _drawing_value(local_tag, local, value, names)
            if not value:
                continue
        if local == "href" and uri in ("", XLINK):
            target = value.strip()
            if target.startswith("#") and len(target) > 1:
                kept["href"] = "#" + names("i", target[1:])
            elif local_tag in ("image", "feImage") and EMBEDDED_RASTER.match(target):
                kept["href"] = target
            continue
        if uri == XML and local in ("space", "lang"):
            kept[name] = value  # a plain language tag, or xml:space's own word
        elif uri == "" and local in DRAWING_ATTRIBUTES and _is_safe_value(value):
            kept[name] = value
    element.attrib.clear()
    element.attrib.update(kept)


def _drawing_value(tag: str, attribute: str, value: str, names: Names) -> str:
    """``value`` as the drawing needs it, or '' when it is not one: CSS for the presentation
    attributes (``svgcss.py``), a neutral name for a name, path commands for a path, a plain
    language tag, and for any other attribute numbers, ``#colours`` and SVG's and CSS's own
    words (``userSpaceOnUse``, ``xMidYMid``): never a word or an address someone typed."""
    if attribute == "style":
        return clean_declarations(value, names)
    if attribute in ("id", "class", "in", "in2", "result"):
        return _renamed(attribute, value, names)
    if attribute == "media":
        return clean_media(value) or ""
    if attribute == "type" and tag == "style":
        return "text/css" if value.strip().lower() == "text/css" else ""
    if attribute in ("d", "path"):
        return value if _PATH_DATA.fullmatch(value) else ""
    if attribute in ("lang", "systemLanguage"):
        return value if _languages(value) else ""
    if attribute in ("requiredExtensions", "requiredFeatures"):
        return ""  # (an element needing an extension is never drawn: _never_drawn)
    return clean_value(attribute, value, names) or ""


def _languages(value: str) -> bool:
    """Whether ``value`` is a list of plain language tags (``en``, ``pt-BR``, ``zh-Hant``),
    whose subtags are too short to spell a name."""
    return all(_LANGUAGE.fullmatch(tag.strip()) for tag in value.split(","))


def _never_drawn(element: ET.Element) -> bool:
    """Conditional processing no browser passes: an extension other than the two browsers know,
    or a language that is no plain tag. Left out with its content, the drawing is the same."""
    extensions, languages = element.get("requiredExtensions"), element.get("systemLanguage")
    if extensions is not None and not set(extensions.split() or [""]) <= BROWSER_EXTENSIONS:
        return True
    return languages is not None and not _languages(languages)


def _renamed(attribute: str, value: str, names: Names) -> str:
    """An ``id``, ``class`` or filter result (``in``/``result``) under its neutral name."""
    if attribute == "class":
        return " ".join(names("c", word) for word in value.split())
    if attribute == "id":
        return names("i", value)
    value = value.strip()
    return value if value in FILTER_INPUTS or not value else names("r", value)


def _clean(element: ET.Element, names: Names) -> None:
    """Clean ``element``'s subtree in place (iteratively: a hostile file may nest deeply).

    Words outside ``<text>`` (``<g>my notes</g>``, text after a shape's end tag) are drawn by
    nothing: only spaces are kept there. Raises CssRefused for a stylesheet nobody draws with."""
    stack = [element]
    while stack:
        parent = stack.pop()
        words = _local(str(parent.tag))[1] in TEXT_ELEMENTS
        if not words and parent.tag != f"{{{SVG}}}style" and (parent.text or "").strip():
            parent.text = None
        dropped: list[ET.Element] = []
        for child in parent:
            if not words and (child.tail or "").strip():
                child.tail = None
            uri, local = _local(child.tag) if isinstance(child.tag, str) else ("", "")
            if uri == SVG and local in UNWRAP:
                local = "tspan" if words else "g"  # a link's words in a <text> are drawn
                child.tag = f"{{{SVG}}}{local}"
            if uri != SVG or local not in ELEMENTS or _never_drawn(child):
                dropped.append(child)
                continue
            if (local == "style" and len(child)) or _unsure_sheet(child, local):
                # A stylesheet is text only: with an element inside, the CSS after it is the
                # element's tail, which a browser reads as part of the sheet. Dropped whole.
                dropped.append(child)
                continue
            if local == "style":
                child.text = clean_stylesheet(child.text or "", names)
                if not child.text:
                    dropped.append(child)
                    continue
            _clean_attributes(child, local, names)
            stack.append(child)
        without(parent, dropped)  # in one pass: a file may hold 100,000 children to drop


def _unsure_sheet(element: ET.Element, local: str) -> bool:
    """A ``<style>`` of another language than CSS (``type="text/x-notes"``: browsers never
    apply it) or whose ``media`` query is not a plain one (when it applies is unknown): it
    cannot be kept, nor kept without the attribute, which would apply it always."""
    media, kind = element.get("media"), element.get("type", "").strip().lower()
    unknown_media = media is not None and clean_media(media) is None
    return local == "style" and (unknown_media or kind not in ("", "text/css"))


_REFERENCE = re.compile(r"#([^\s#()'\",;{}>]+)")


def _drop_unused_ids(root: ET.Element) -> None:
    """Remove every ``id`` no ``href="#…"``, ``url(#…)`` or stylesheet selector names: a drawing
    draws the same without it."""
    elements = list(root.iter())
    words = [v for e in elements for n, v in e.attrib.items() if n != "id"]
    words += [e.text or "" for e in elements if _local(str(e.tag))[1] == "style"]
    used = {found for text in words if "#" in text for found in _REFERENCE.findall(text)}
    for element in elements:
        if "id" in element.attrib and element.attrib["id"] not in used:
            del element.attrib["id"]


def sanitize_svg(data: bytes, name: str | Path = "SVG") -> bytes:
    """The drawing in ``data`` without script, handlers, foreign content or external references.

    Raises SvgRefused (naming ``name``) when it is too large, not well-formed, uses entities or is
    not an ``<svg>`` in the SVG namespace."""
    if len(data) > MAX_SVG_BYTES:
        raise SvgRefused(f"{name}: {len(data) // 1024} KB is too large for an SVG illustration")
    import xml.etree.ElementTree as ET

    import defusedxml.ElementTree as SafeET
    from defusedxml import DefusedXmlException

    try:
        root = SafeET.fromstring(data, forbid_dtd=False, forbid_entities=True)
    except (ET.ParseError, DefusedXmlException, ValueError) as error:
        raise SvgRefused(f"{name}: not a readable SVG ({error})") from None
    if root.tag != f"{{{SVG}}}svg":
        raise SvgRefused(f"{name}: not an SVG image (the root is not <svg> in the SVG namespace)")
    try:
        names = Names()
        _clean_attributes(root, "svg", names)
        _clean(root, names)
    except CssRefused as error:
        raise SvgRefused(f"{name}: {error}") from None
    _drop_unused_ids(root)
    drop_hidden(root)
    parts = ['<?xml version="1.0" encoding="UTF-8"?>\n']
    _write(root, parts, top=True)
    return ("".join(parts) + "\n").encode("utf-8")


def _write(element: ET.Element, parts: list[str], top: bool = False) -> None:
    """Serialise a cleaned tree with SVG as the default namespace (ElementTree would invent
    ``ns0:`` prefixes, or need a process-wide namespace registration)."""
    from xml.sax.saxutils import escape, quoteattr  # here: it imports urllib.request, http, ssl

    stack: list[ET.Element | str] = [element]
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            parts.append(item)
            continue
        tag = _local(item.tag)[1]
        attrs = "".join(
            f" {'xml:' if name.startswith('{') else ''}{_local(name)[1]}={quoteattr(value)}"
            for name, value in item.attrib.items()
        )
        if item is element and top:
            attrs = f' xmlns="{SVG}"' + attrs
        parts.append(f"<{tag}{attrs}>{escape(item.text or '')}")
        stack.append(f"</{tag}>{escape(item.tail or '') if item is not element else ''}")
        stack.extend(reversed(list(item)))


def looks_like_svg(file: Path, data: bytes) -> bool:
    """By name (read as every other place reads it: picturename.py) or by content (a saved
    page may name an SVG ``image.php``)."""
    return name_suffix(file) == ".svg" or looks_like_svg_content(data)
