"""What every importer shares: reading the source safely and reporting what it did."""

from __future__ import annotations

import copy
import re
from dataclasses import dataclass, field, fields
from pathlib import Path

from slidewright.credits.labels import split_caption, strip_labels
from slidewright.errors import SlidewrightError
from slidewright.fileformat.safeio import UnsafeFile, read_regular_file
from slidewright.i18n import QT_TRANSLATE_NOOP, counted
from slidewright.importers.languages import HOME_WORDS
from slidewright.importers.textdecode import NotText, decode_text
from slidewright.model import Article
from slidewright.render.inline import inline_escape

MAX_BYTES = 10 * 1024 * 1024  # a slideshow page is a few hundred KB; anything this large is not one
MAX_LINES = 50_000  # a long slideshow page copies as a few thousand lines

# "Credit: X", "Credits: X", "Photo: X", "Photo credit: X", "Image: X", "Image credit: X", "Source: X"
CREDIT_LINE = re.compile(
    r"^\s*(?:(?:photo(?:graph)?s?|images?|pictures?)(?:\s+credits?)?|credits?|source)\s*[:：]\s*(?P<credit>.*\S)\s*$",
    re.IGNORECASE,
)
BREADCRUMB_SKIP = {
    "home",
    "slideshow",
    "slideshows",
    "gallery",
    "galleries",
    "photos",
    "/",
    "›",
    ">",
    "»",
}
BREADCRUMB_SKIP |= HOME_WORDS  # "Accueil", "Startseite", "Início", "Startpagina" (languages.py)
READ_MORE = re.compile(
    r"^\s*(?:read\s+more|more\s+from|related(?:\s+(?:articles|stories|posts|slideshows))?|"
    r"you\s+may\s+also\s+like|recommended|keep\s+reading|more\s+(?:stories|slideshows)|"
    r"up\s+next|see\s+also)\b",
    re.I,
)


class ImportFailed(SlidewrightError):
    """The source cannot be imported; nothing was written."""


@dataclass
class ImportResult:
    article: Article
    dropped: list[str] = field(default_factory=list)
    images: dict[str, bytes] = field(default_factory=dict)  # bundle path -> checked image bytes
    refused: list[str] = field(default_factory=list)  # local files not copied, and why
    guessed: list[str] = field(default_factory=list)  # what the writer should check


@dataclass
class ImportSummary:
    source: Path
    output: Path
    slides: int
    credits: int
    category: str
    dropped: list[str]
    copied_images: int = 0
    read_more: bool = False
    refused: list[str] = field(default_factory=list)
    guessed: list[str] = field(default_factory=list)
    agency_spellings: list[str] = field(
        default_factory=list
    )  # "DepositPhotos → Depositphotos (11)"
    agencies_fixed: bool = False
    missing_images: int = 0

    def describe(self) -> str:
        lines = [
            f"imported {self.slides} slides from {self.source} into {self.output / 'index.md'}",
            f"credits found: {self.credits} of {self.slides}",
        ]
        if self.category:
            lines.append(f"category: {self.category}")
        if self.read_more:
            lines.append("read-more block: yes")
        if self.copied_images:
            lines.append(f"images copied into the bundle: {self.copied_images}")
        if self.refused:
            lines.append("images refused (not copied): " + "; ".join(self.refused))
        if self.dropped:
            lines.append("dropped: " + "; ".join(self.dropped))
        if self.guessed:
            lines.append("guessed (check these): " + "; ".join(self.guessed))
        if self.agency_spellings:
            done = "written the house way" if self.agencies_fixed else "kept as written"
            hint = "" if self.agencies_fixed else " (--fix-agencies writes the house spelling)"
            lines.append(f"agency spellings {done}: " + "; ".join(self.agency_spellings) + hint)
        if self.missing_images:
            lines.append(
                f"slides without an image: {self.missing_images} "
                "(Slide ▸ Choose Images for All Slides… assigns a folder of images in order)"
            )
        return "\n".join(lines)


def uncredited_note(article: Article) -> str:
    """'no credit found on 2 of 6 slides (slides 2, 5)', or "" when every slide has one: a writer
    told at import time, before any image is chosen, which credits to look for."""
    missing = [n for n, s in enumerate(article.slides, start=1) if not s.credit.strip()]
    if not missing:
        return ""
    shown = ", ".join(map(str, missing[:12])) + (", …" if len(missing) > 12 else "")
    if len(article.slides) == 1:  # not "1 of 1 slides"
        return QT_TRANSLATE_NOOP("ImportNotes", "no credit found on the article's only slide")
    note = counted(
        len(missing),
        QT_TRANSLATE_NOOP(
            "ImportNotes", "no credit found on {count} of {total} slides (slide {shown})"
        ),
        QT_TRANSLATE_NOOP(
            "ImportNotes", "no credit found on {count} of {total} slides (slides {shown})"
        ),
    )
    return note.format(count=len(missing), total=len(article.slides), shown=shown)


def imported_over(base: Article, imported: Article) -> Article:
    """``imported`` laid over ``base``: every field the import set (a title, the byline's author
    and date, the language its words named, the slides) is the import's; a field it left empty
    or at the model's default ("Credit") keeps ``base``'s (the writer's language, byline and
    credit label).

    The one rule for both ways in: File ▸ Import lays the page over an article holding only the
    writer's language, a page pasted into a new article is laid over that blank article, so a
    Dutch page gets ``lang: nl`` (its dates and credit word) whichever way it came in."""
    merged = copy.deepcopy(base)
    default = Article()
    for spec in fields(Article):
        value = getattr(imported, spec.name)
        said = value.strip() if isinstance(value, str) else value
        # (an empty text, list or mapping, False, None, the default: the import says nothing)
        if said and value != getattr(default, spec.name):
            setattr(merged, spec.name, copy.deepcopy(value))
    return merged


def read_source(source: Path) -> str:
    """The source as text, or a clear error naming the file (binary, empty, too large, unreadable)."""
    try:  # opened without waiting, checked on the descriptor: a pipe swapped in cannot hang
        size = source.stat().st_size
        if size > MAX_BYTES:
            megabytes = size / 1024 / 1024  # "10.3 MB", not "10 MB is too large (the limit is 10)"
            shown = (
                f"{megabytes:.0f}"
                if round(megabytes) * 1024 * 1024 > MAX_BYTES
                else f"{megabytes:.1f}"
            )
            raise ImportFailed(
                f"{source}: {shown} MB is too large for an article page "
                f"(the limit is {MAX_BYTES // 1024 // 1024} MB)"
            )
        raw = read_regular_file(source, MAX_BYTES)
    except UnsafeFile as error:  # "is a pipe (FIFO), not a regular file", "is 12 MB, more than…"
        raise ImportFailed(f"{source}: {error.reason}") from None
    except FileNotFoundError:
        raise ImportFailed(f"{source}: not found") from None
    except ValueError:  # a NUL in the name: names no file
        raise ImportFailed(f"{source}: not found") from None
    except OSError as error:
        raise ImportFailed(f"{source}: cannot be read ({error.strerror or error})") from None
    try:  # UTF-8, UTF-16/32 (byte-order mark), Windows-1252; a stray NUL is dropped
        text = decode_text(raw)
    except NotText:
        raise ImportFailed(f"{source}: a binary file, not text, HTML or Markdown") from None
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise ImportFailed(f"{source}: empty; there is nothing to import")
    return text


def refuse_too_many_lines(text: str, name: object) -> None:
    """Raises ImportFailed for text of more than MAX_LINES lines: pasted text and Markdown alike
    (a 10 MB Markdown file of a million lines took minutes and 1.5 GB to read)."""
    if (count := text.count("\n")) > MAX_LINES:
        raise ImportFailed(
            f"{name}: {count:,} lines is more than any article page "
            f"(the limit is {MAX_LINES:,}); nothing was imported"
        )


def parse_credit(text: str) -> tuple[str, str]:
    """'Credits: DepositPhotos – KIEV – Dec 08, 2015: The mayor…' -> ('DepositPhotos', 'KIEV – …')."""
    credit = strip_labels(text)
    split = split_caption(credit)
    return split if split else (credit, "")


def category_from_breadcrumb(items: list[str], title: str) -> str:
    """The section in 'Home / Politics / Slideshow / Title…'."""
    kept = [i.strip() for i in items if i.strip() and i.strip().lower() not in BREADCRUMB_SKIP]
    if kept and (kept[-1].rstrip(".…").strip() and title.startswith(kept[-1].rstrip(".…").strip())):
        kept = kept[:-1]  # the crumb for the page itself (often cut short: "Long Term Ally...")
    return kept[0] if kept else ""


# "1. The North Path", "2) …", "#3: …": the page numbered its slides itself; Slidewright numbers
# them when it renders, so the number would show twice ("1. 1. The North Path").
# "1/12 The North Path" and "1 of 12: …": a slideshow's counter copied with the heading.
# "I. Earthrise", "IV) …": Roman numerals (upper case, to XXXIX) numbering the slides.
# "#1 Collapsible camp kettle": a shopping page's rank.
SLIDE_NUMBER = re.compile(
    r"^\s*(?:(?:(?:#|no\.?|slide)\s*)?\d{1,3}"
    r"(?:\s*[.):]|\s+[–—-]|\s*/\s*\d{1,3}\s*[.):–—-]?|\s+of\s+\d{1,3}\s*[.):–—-])|"
    r"#\d{1,3}|X{0,3}(?:IX|IV|V?I{1,3}|V|X)(?<=[IVX])[.)])\s+(?=\S)",
    re.I,
)
ROMAN = re.compile(r"^(?:X{0,3}(?:IX|IV|V?I{1,3}|V)|X{1,3})[.)]\s+\S")
_SLIDE_NUMBER = SLIDE_NUMBER


def slide_heading(text: str) -> str:
    """A slide heading without the number the source page gave it."""
    heading = _SLIDE_NUMBER.sub("", text.strip(), count=1)
    if heading.endswith((":", "：")) and not heading.endswith("::"):
        heading = heading[:-1].rstrip()  # "I. Earthrise:": the colon led into the slide
    return heading


def captions_as_written(result: ImportResult) -> ImportResult:
    """Captions read off a page or out of pasted text are plain words; the article reads a
    caption as inline Markdown, so a literal ``*`` or ``[`` in them is escaped to stay as the
    page showed it (never turned into emphasis or a link). Markdown imports keep theirs."""
    article = result.article
    for slide in article.slides:
        slide.caption = inline_escape(slide.caption)
    if article.read_more is not None:
        for item in article.read_more.items:
            if item.caption:
                item.caption = inline_escape(item.caption)
    return result
