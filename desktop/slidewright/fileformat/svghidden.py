"""What a cleaned drawing holds that no reader sees and nothing in it points at, taken out
(``svgclean.py`` calls it last): an editor's hidden layer (Inkscape hides one with
``style="display:none"``, Illustrator with ``display="none"``; a sheet's class, ``visibility``
and ``opacity: 0`` hide too), shapes and text kept in ``<defs>`` that nothing uses, and gradients,
symbols, clip paths, masks, markers, patterns and filters without an id, which nothing can use.
A layer of notes or an address typed and then hidden would leave with the drawing otherwise;
it draws the same without them.

Anything holding an id (after ``svgclean`` dropped the ids nothing names) may be drawn through a
reference, so it stays whole, and the containers around it stay with nothing else inside (a
gradient in a hidden layer still fills; the layer's notes go). Removing keeps the words after an element (its
tail), which inside ``<text>`` are drawn, and is linear in the children however many go."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import xml.etree.ElementTree as ET

SVG = "{http://www.w3.org/2000/svg}"
_REFERENCED_ONLY = frozenset(
    "symbol clipPath mask marker pattern linearGradient radialGradient filter".split()
)
_DISPLAY_NONE = re.compile(r"(?:^|;)\s*display\s*:\s*none\b", re.IGNORECASE)
_VISIBILITY_HIDDEN = re.compile(r"(?:^|;)\s*visibility\s*:\s*(?:hidden|collapse)\b", re.I)
_VISIBILITY = re.compile(r"(?:^|;)\s*visibility\s*:", re.IGNORECASE)
_OPACITY = re.compile(r"(?:^|;)\s*opacity\s*:\s*([^;!]*)", re.IGNORECASE)
# A stylesheet that may show what an attribute or a style hides (CSS outranks attributes): a
# display, visibility or opacity of its own other than the hiding ones
_SHOWING = re.compile(
    r"display\s*:(?!\s*none\b)|visibility\s*:(?!\s*(?:hidden|collapse)\b)"
    r"|opacity\s*:(?!\s*0*(?:\.0*)?\s*(?:[;}!]|$))",
    re.IGNORECASE,
)
# A rule of a sheet that hides a class: ".notes { display: none }"
_CLASS_RULE = re.compile(r"\.([\w-]+)\s*\{([^{}]*)\}")


def without(parent: ET.Element, dropped: list[ET.Element]) -> None:
    """``parent`` without its children in ``dropped`` (in one pass), each one's tail (words
    after it) kept after the sibling before it, as a reader saw them."""
    if not dropped:
        return
    gone = {id(child) for child in dropped}
    kept: list[ET.Element] = []
    for child in parent:
        if id(child) not in gone:
            kept.append(child)
        elif child.tail:
            if kept:
                kept[-1].tail = (kept[-1].tail or "") + child.tail
            else:
                parent.text = (parent.text or "") + child.tail
    parent[:] = kept


def drop_hidden(root: ET.Element) -> None:
    """Remove from ``root``'s drawing what is never drawn and nothing references."""
    elements = list(root.iter())
    parent_of = {id(child): parent for parent in elements for child in parent}
    pointed: set[int] = set()  # elements that hold an id, or hold one that does
    for element in reversed(elements):  # every descendant before its ancestors
        if id(element) in pointed or "id" in element.attrib:
            pointed.add(id(element))
            parent = parent_of.get(id(element))
            if parent is not None:
                pointed.add(id(parent))
    # a stylesheet that may show what an attribute hides: then only the sure cases; else the
    # classes its rules hide are hidden too
    sheets = " ".join(sheet.text or "" for sheet in root.iter(f"{SVG}style"))
    restyled = bool(_SHOWING.search(sheets))
    hiding = set() if restyled else _hidden_classes(sheets)
    unseen: set[int] = set()  # containers nothing inside of is drawn but through a reference
    for parent in elements:  # (each parent before its children)
        closed = id(parent) in unseen or _tag(parent) == "defs"
        dropped = []
        for child in parent:
            if "id" in child.attrib or _tag(child) == "style":
                continue  # drawn through a reference as it is; a sheet applies wherever it is
            hidden = not restyled and _hidden(child, hiding)
            if not (closed or hidden or _tag(child) in _REFERENCED_ONLY):
                continue
            # Kept but emptied of all nothing points at when something inside is pointed at,
            # or when a switch would show it (its first fit child, hidden or not)
            if id(child) in pointed or (hidden and _tag(parent) == "switch"):
                unseen.add(id(child))
            else:
                dropped.append(child)
        without(parent, dropped)


def _tag(element: ET.Element) -> str:
    return str(element.tag)[len(SVG) :]


def _hidden(element: ET.Element, classes: set[str]) -> bool:
    """Never drawn, whatever is inside: display none (by attribute, style or a class the
    sheet hides), opacity 0 (nothing inside can undo it), or visibility hidden with nothing
    inside made visible again (the one way a child can undo it)."""
    style = element.get("style", "")
    if element.get("display", "").strip().lower() == "none" or _DISPLAY_NONE.search(style):
        return True
    if classes and classes & set(element.get("class", "").split()):
        return True
    found = _OPACITY.search(style)
    if _zero(element.get("opacity", "")) or (found is not None and _zero(found.group(1))):
        return True
    hidden = element.get("visibility", "").strip().lower() in ("hidden", "collapse")
    if not (hidden or _VISIBILITY_HIDDEN.search(style)):
        return False
    return not any(
        "visibility" in inner.attrib or _VISIBILITY.search(inner.get("style", ""))
        for inner in element.iter()
        if inner is not element
    )


def _zero(value: str) -> bool:
    try:
        return float(value.strip().removesuffix("%")) == 0
    except ValueError:
        return False


def _hidden_classes(sheets: str) -> set[str]:
    """The classes a rule of ``sheets`` hides (display none, visibility hidden, opacity 0)."""
    hiding = set()
    for name, block in _CLASS_RULE.findall(sheets):
        block = block.strip()
        found = _OPACITY.search(block)
        if (
            _DISPLAY_NONE.search(block)
            or _VISIBILITY_HIDDEN.search(block)
            or (found is not None and _zero(found.group(1)))
        ):
            hiding.add(name)
    return hiding
