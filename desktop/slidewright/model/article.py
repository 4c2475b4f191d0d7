"""Article, Slide and the read-more block.

Fields the app does not know are kept in ``extra`` (in the order they were read) so that a
site's own keys (``draft``, ``aliases``, ``weight``…) survive a load and save untouched.
"""

from __future__ import annotations

import copy
import itertools
from dataclasses import dataclass, field
from typing import Any

from slidewright.model.fields import article_field, catalogue, slide_field
from slidewright.model.notes import Note

# Every assignment to a slide's field takes the next number: caches (the preview's renders, the
# checker's findings) key on it, so a field added to the catalogue can never leave them stale.
_REVISIONS = itertools.count(1)


def normalize_newlines(text: str) -> str:
    """Markdown text in the model always uses ``\\n`` line ends."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


@dataclass
class Slide:
    """One slide. Each field is declared once, here, with its catalogue entry (model/fields.py):
    the file format, the editor, the renderer and the checker take their lists from it."""

    heading: str = slide_field(
        "text",
        "Hea&ding",  # Alt+H opens the Help menu
        "Slide heading",
        placement="heading",
        always_written=True,
        tip="The slide's heading, numbered on the page; its image files are named after it",
    )
    image: str = slide_field("path", "Image", placement="image", always_written=True)
    alt: str = slide_field(
        "text",
        "&Alt text",
        "Describe the image for readers who cannot see it",
        undo_name="alt text",
        placement="alt",
        always_written=True,
        tip="Read aloud to readers who cannot see the image: what it shows, in a sentence",
    )
    credit: str = slide_field(
        "text",
        "C&redit",
        "e.g. Jana Novak/Shutterstock (the label is added for you)",
        placement="credit",
        always_written=True,
        tip="Who made the image and for which agency, as the agency asks to be credited",
    )
    caption: str = slide_field(
        "inline",
        "Ca&ption",
        "Optional caption",
        placement="caption",
        tip="A line under the image, beside the credit (optional): *italic*, **bold**, [a link](…)",
    )
    body: str = slide_field(
        "markdown",
        "&Body",
        "Body paragraphs in Markdown",
        placement="body",
        always_written=True,
        tip="The slide's paragraphs, in Markdown: *italic*, **bold**, [a link](https://…)",
    )
    license: str = slide_field(
        "text",
        "Licence",
        "e.g. CC BY-SA 4.0",
        undo_name="licence",
        section="licence",
        placement="license",
        tip="The image's licence when it is not an agency photo, e.g. CC BY-SA 4.0",
    )
    creator: str = slide_field(
        "text",
        "Creator",
        "Photographer or author",
        section="licence",
        placement="none",
        tip="The photographer or author a licence asks you to name",
    )
    source_url: str = slide_field(
        "url",
        "Source link",
        "https://…",
        undo_name="source link",
        section="licence",
        placement="source_url",
        tip="Where the image was found (its page, not the image file)",
    )
    license_url: str = slide_field(
        "url",
        "Licence link",
        "https://creativecommons.org/licenses/…",
        undo_name="licence link",
        section="licence",
        placement="license_url",
        tip="The licence's own page, linked beside the credit",
    )
    license_start: str = slide_field(
        "text",
        "Licence from",
        "e.g. 2026-01-01",
        undo_name="licence start",
        section="licence",
        placement="none",
        tip="The first day the image's licence covers (YYYY-MM-DD), from the agency's invoice",
    )
    license_end: str = slide_field(
        "text",
        "Licence until",
        "e.g. 2027-12-31",
        undo_name="licence end",
        section="licence",
        placement="none",
        tip="The last day the image may be shown (YYYY-MM-DD); File > Open Library warns before it",
    )
    editorial_only: bool = slide_field(
        "flag",
        "Editorial use only",
        undo_name="editorial use",
        section="licence",
        placement="none",
        tip="The agency allows this image beside news only: a sponsored article may not use it",
    )
    # Editor's notes on this slide: saved in the file, never published (not a catalogue field,
    # so nothing that renders or exports the slide reads them; see model/notes.py).
    notes: list[Note] = field(default_factory=list)
    extra: dict[str, Any] = field(default_factory=dict)

    def __setattr__(self, name: str, value: Any) -> None:
        object.__setattr__(self, name, value)
        self.__dict__["_revision"] = next(_REVISIONS)

    @property
    def revision(self) -> int:
        """Changes whenever any field is assigned; copies keep it (they hold the same content).
        Unique across slides, so (position, revision) names one rendering of one slide."""
        revision: int = self.__dict__["_revision"]
        return revision

    def copy(self) -> Slide:
        """An independent copy: text fields are shared (immutable), containers copied deeply.
        (``copy.deepcopy`` of the whole slide took 35 ms for 200 slides, on the UI thread.)"""
        new = copy.copy(self)
        for name, value in vars(self).items():
            if isinstance(value, dict | list):  # not setattr: the copy keeps the revision
                new.__dict__[name] = copy.deepcopy(value)
        return new


@dataclass
class ReadMoreItem:
    title: str = ""
    url: str = ""
    image: str = ""
    credit: str = ""
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def caption(self) -> str:
        """The line after the link (inline Markdown, as a slide's caption). Kept in ``extra``
        under ``caption``, the key the file and the importers have always used for it."""
        value = self.extra.get("caption")
        return value if isinstance(value, str) else ""

    @caption.setter
    def caption(self, text: str) -> None:
        if text:
            self.extra["caption"] = text
        else:
            self.extra.pop("caption", None)


@dataclass
class ReadMore:
    heading: str = ""
    items: list[ReadMoreItem] = field(default_factory=list)
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass
class Article:
    """The article. Its own fields are declared once, here, with their catalogue entries: the file
    format, the article pane, the undo history and the checker take their lists from them."""

    title: str = article_field(
        "text",
        "&Title",
        "Article title",
        placement="title",
        always_written=True,
        tip="The article's headline, also the page title in search results",
    )
    description: str = article_field(
        "paragraph",
        "&Description",
        "The standfirst under the title",
        placement="standfirst",
        tip="The standfirst under the title; search results show it as the summary",
    )
    categories: list[str] = article_field(
        "list",
        "Categor&y",  # Alt+C: the find bar's Replace
        "Section shown in the breadcrumb, e.g. Travel",
        placement="breadcrumb",
        always_written=True,
        tip="The section the article belongs to, shown in the breadcrumb",
    )
    tags: list[str] = article_field(
        "list",
        "Ta&gs",
        "Comma-separated",
        placement="tags",
        always_written=True,
        tip="Topics, comma-separated, for feeds and site exports",
    )
    author: str = article_field("text", "A&uthor", "Byline", placement="byline", tip="The byline")
    # ISO 8601 date or date-time text, "" when unset
    date: str = article_field(
        "date",
        "D&ate",  # Alt+T is the Title
        placement="dateline",
        checked=True,  # the licence rules compare the pictures' licence dates with it
        tip="The publication date: type it in most forms, it is saved as YYYY-MM-DD",
    )
    layout: str = article_field(
        "text", "Layout", default="slideshow", always_written=True, in_pane=False
    )
    credit_label: str = article_field(
        "text",
        "Credit la&bel",  # Alt+L: the find bar's Replace All
        "Printed before each credit, e.g. Credit",
        default="Credit",
        always_written=True,
        checked=True,
        tip="The word printed before every credit, e.g. Credit or Photo",
    )
    # BCP 47 ("en-GB"): the spelling dictionary and the page's <html lang>; "" = the system's
    lang: str = article_field(
        "text",
        "La&nguage",
        "e.g. en-GB, for spelling and the page (empty: the system's language)",
        undo_name="language",
        tip="The article's language: the spelling dictionary, and the page's lang for readers",
    )
    sponsored: bool = article_field(  # the short label keeps the pane narrow when zoomed
        "flag",
        "Sponsored article",
        checked=True,
        tip="Sponsored content: images licensed for editorial use only become errors in Problems",
    )
    # Pictures are published without their location (GPS, city, sub-location) unless this says
    # so: a position can put a source or a photographer in danger (exporters/picturepolicy.py)
    publish_location: bool = article_field(
        "flag",
        "Publish locations",
        undo_name="publish locations",
        tip="Keep the pictures' GPS position and place names in the published files "
        "(a travel piece); off: every location is removed",
    )
    intro: str = article_field(
        "markdown",
        "&Intro",
        "Intro paragraphs in Markdown, shown before the first slide",
        placement="intro",
        storage="body",
        tip="Paragraphs before the first slide, in Markdown",
    )
    slides: list[Slide] = field(default_factory=list)
    read_more: ReadMore | None = article_field(
        "links",
        "Read more",
        undo_name="read more",
        placement="read_more",
        tip="Links to other articles, shown after the last slide",
    )
    notes: list[Note] = field(default_factory=list)  # on the article as a whole; never published
    extra: dict[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.intro = normalize_newlines(self.intro)

    @property
    def category(self) -> str:
        """The section shown in the breadcrumb: the first category, if any."""
        return self.categories[0] if self.categories else ""


SLIDE_FIELDS = catalogue(Slide)
SLIDE_TEXT_FIELDS = tuple(spec.name for spec in SLIDE_FIELDS if spec.kind != "flag")
SLIDE_FLAG_FIELDS = tuple(spec.name for spec in SLIDE_FIELDS if spec.kind == "flag")

ARTICLE_FIELDS = catalogue(Article)
ARTICLE_SPECS = {spec.name: spec for spec in ARTICLE_FIELDS}
_TEXT_KINDS = ("text", "inline", "paragraph", "markdown", "url", "date")
ARTICLE_TEXT_FIELDS = tuple(spec.name for spec in ARTICLE_FIELDS if spec.kind in _TEXT_KINDS)
# What the article pane edits (everything but the slides), in the order it shows them.
ARTICLE_PANE_FIELDS = tuple(spec.name for spec in ARTICLE_FIELDS if spec.in_pane)
