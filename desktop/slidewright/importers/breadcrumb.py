"""The breadcrumb at the top of a copied page, in the shapes browsers give it.

A breadcrumb is a list of links with separators the theme draws: copied, it arrives as numbered
list items (``1. Home`` / ``2. /`` …), as one item per line with lone separator lines between
(a browser that does not copy list numbers), as one line (``Home > Politics > Slideshow``), or as
bare lines under ``Home`` when the separators were drawn by CSS. Each is read into its items; the
category is the first item that is not the site or the page itself.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from slidewright.importers.languages import HOME_WORDS

SEPARATORS = "/>»|›→·"
_SEPARATOR_LINE = re.compile(rf"^[{re.escape(SEPARATORS)}]$")
_INLINE = re.compile(rf"\s+[{re.escape(SEPARATORS)}]\s+")
INLINE_SEPARATOR = _INLINE  # " / ", " > ", " » " between the items of a one-line breadcrumb
_NUMBERED = re.compile(r"^\d{1,2}[.)]\s+(?P<item>\S.*?)\s*$")
MAX_ITEM_WORDS = 8
MAX_ITEMS = 12
SKIP = {"home", "slideshow", "slideshows", "gallery", "galleries", "photos", "news", "main"}
SKIP |= HOME_WORDS  # "Accueil", "Startseite", "Inicio"


@dataclass(frozen=True)
class Breadcrumb:
    items: list[str]
    used: int  # lines of the page it took
    shape: str  # how it was written, for the import summary


_NONE = Breadcrumb([], 0, "")


def _item(line: str) -> str:
    numbered = _NUMBERED.match(line.strip())
    return numbered.group("item") if numbered else line.strip()


def _short(text: str) -> bool:
    return 0 < len(text.split()) <= MAX_ITEM_WORDS and not re.search(r"[.!?:;,]$", text)


def _non_blank(lines: list[str], start: int, limit: int) -> list[int]:
    return [i for i in range(start, min(len(lines), limit)) if lines[i].strip()]


def find_breadcrumb(lines: list[str]) -> Breadcrumb:
    """The breadcrumb at the top of ``lines`` (with how many lines it takes), or none."""
    rows = _non_blank(lines, 0, 4 * MAX_ITEMS)
    if not rows:
        return _NONE
    numbered = 0
    while numbered < len(rows) and _NUMBERED.match(lines[rows[numbered]].strip()):
        numbered += 1
    if numbered >= 2:
        items = [_item(lines[i]) for i in rows[:numbered]]
        words = [i for i in items if not _SEPARATOR_LINE.match(i)]
        return Breadcrumb(words, rows[numbered - 1] + 1, "numbered list items")
    first = lines[rows[0]].strip()
    parts = [p.strip() for p in _INLINE.split(f" {first} ") if p.strip()]
    if len(parts) >= 2 and all(_short(p) for p in parts[:-1]):
        if parts[0].lower() in HOME_WORDS or len(parts) >= 3 or _section_pair(parts, lines, rows):
            return Breadcrumb(parts, rows[0] + 1, "one line")
    if not _short(first) or len(first.split()) > 3:
        return _NONE
    return _separated(lines, rows) or _bare_under_home(lines, rows) or _NONE


def _section_pair(parts: list[str], lines: list[str], rows: list[int]) -> bool:
    """'Travel / Japan' above a longer title: a two-item breadcrumb with no "Home"."""
    if len(parts) != 2 or not all(len(p.split()) <= 3 and p[0].isupper() for p in parts):
        return False
    following = lines[rows[1]].strip() if len(rows) > 1 else ""
    return len(following.split()) > len(" ".join(parts).split()) + 1


def _separated(lines: list[str], rows: list[int]) -> Breadcrumb | None:
    """Items with lone separator lines between them: Home / / / Politics / / / Title…"""
    items, last = [lines[rows[0]].strip()], rows[0]
    n = 1
    while n + 1 < len(rows) and _SEPARATOR_LINE.match(lines[rows[n]].strip()):
        item = lines[rows[n + 1]].strip()
        if _SEPARATOR_LINE.match(item) or not item:
            break
        items.append(item)
        last = rows[n + 1]
        n += 2
        if len(items) >= MAX_ITEMS or not _short(item.rstrip(".…")):
            break
    if len(items) < 2:
        return None
    return Breadcrumb(items, last + 1, "one item per line")


def _bare_under_home(lines: list[str], rows: list[int]) -> Breadcrumb | None:
    """'Home', then section names on their own lines (the theme drew the separators). The run
    ends at a crumb cut short ('Seven Winter…'), at the title the last crumb repeats, or, when
    neither shows, just before the last short line (which is then the title itself)."""
    if lines[rows[0]].strip().lower() not in HOME_WORDS:
        return None
    taken = [rows[0]]
    for index in rows[1:MAX_ITEMS]:
        text = lines[index].strip()
        previous = lines[taken[-1]].strip().rstrip(".…").strip()
        if len(taken) > 1 and text.lower().startswith(previous.lower()):
            break  # the title, which the last crumb repeats
        if text.endswith(("...", "…")):
            taken.append(index)
            return Breadcrumb([lines[i].strip() for i in taken], index + 1, "one item per line")
        if not _short(text) or text.lower().startswith(("by ", "written by", "published")):
            paragraph = re.search(r"[.!\"”)]$", text) or (
                text.endswith("?") and len(text.split()) > 20
            )
            if paragraph or text.lower().startswith(("by ", "written by", "published")):
                taken = taken[:-1]  # the last short line was the title, not a crumb
            break
        taken.append(index)
    if len(taken) < 2:
        return None
    return Breadcrumb([lines[i].strip() for i in taken], taken[-1] + 1, "one item per line")


def category_of(items: list[str], title: str) -> str:
    """The section in 'Home / Politics / Slideshow / Title…'."""
    kept = [i.strip() for i in items if i.strip() and i.strip().lower() not in SKIP]
    kept = [i for i in kept if not _SEPARATOR_LINE.match(i)]
    if kept:
        last = kept[-1].rstrip(".…").strip()
        if last and title.lower().startswith(last.lower()):
            kept = kept[:-1]  # the crumb for the page itself (often cut short: "Long Term Ally...")
    return kept[0] if kept else ""
