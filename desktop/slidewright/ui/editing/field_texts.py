"""The field catalogue's words (model/article.py) as the window shows them, in the writer's language.

The catalogue is core (no Qt), so its labels, placeholders, tooltips and undo names are English
there; each is listed here once, marked for ``pyside6-lupdate``, and the editors ask these
functions for the shown text. tests/test_editing_translations.py fails when a field is added
to the catalogue without its words being listed here.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from slidewright.model.fields import FieldSpec
from slidewright.ui.window.right_to_left import dates_as_written

MARKED = frozenset(
    (
        QT_TRANSLATE_NOOP("FieldTexts", "Hea&ding"),
        QT_TRANSLATE_NOOP("FieldTexts", "Slide heading"),
        QT_TRANSLATE_NOOP(
            "FieldTexts",
            "The slide's heading, numbered on the page; its image files are named after it",
        ),
        QT_TRANSLATE_NOOP("FieldTexts", "heading"),
        QT_TRANSLATE_NOOP("FieldTexts", "Image"),
        QT_TRANSLATE_NOOP("FieldTexts", "image"),
        QT_TRANSLATE_NOOP("FieldTexts", "&Alt text"),
        QT_TRANSLATE_NOOP("FieldTexts", "Describe the image for readers who cannot see it"),
        QT_TRANSLATE_NOOP(
            "FieldTexts",
            "Read aloud to readers who cannot see the image: what it shows, in a sentence",
        ),
        QT_TRANSLATE_NOOP("FieldTexts", "alt text"),
        QT_TRANSLATE_NOOP("FieldTexts", "C&redit"),
        QT_TRANSLATE_NOOP(
            "FieldTexts", "e.g. Jana Novak/Shutterstock (the label is added for you)"
        ),
        QT_TRANSLATE_NOOP(
            "FieldTexts",
            "Who made the image and for which agency, as the agency asks to be credited",
        ),
        QT_TRANSLATE_NOOP("FieldTexts", "credit"),
        QT_TRANSLATE_NOOP("FieldTexts", "Ca&ption"),
        QT_TRANSLATE_NOOP("FieldTexts", "Optional caption"),
        QT_TRANSLATE_NOOP(
            "FieldTexts",
            "A line under the image, beside the credit (optional): *italic*, **bold**, [a link](…)",
        ),
        QT_TRANSLATE_NOOP("FieldTexts", "caption"),
        QT_TRANSLATE_NOOP("FieldTexts", "&Body"),
        QT_TRANSLATE_NOOP("FieldTexts", "Body paragraphs in Markdown"),
        QT_TRANSLATE_NOOP(
            "FieldTexts",
            "The slide's paragraphs, in Markdown: *italic*, **bold**, [a link](https://…)",
        ),
        QT_TRANSLATE_NOOP("FieldTexts", "body"),
        QT_TRANSLATE_NOOP("FieldTexts", "Licence"),
        QT_TRANSLATE_NOOP("FieldTexts", "e.g. CC BY-SA 4.0"),
        QT_TRANSLATE_NOOP(
            "FieldTexts", "The image's licence when it is not an agency photo, e.g. CC BY-SA 4.0"
        ),
        QT_TRANSLATE_NOOP("FieldTexts", "licence"),
        QT_TRANSLATE_NOOP("FieldTexts", "Creator"),
        QT_TRANSLATE_NOOP("FieldTexts", "Photographer or author"),
        QT_TRANSLATE_NOOP("FieldTexts", "The photographer or author a licence asks you to name"),
        QT_TRANSLATE_NOOP("FieldTexts", "creator"),
        QT_TRANSLATE_NOOP("FieldTexts", "Source link"),
        QT_TRANSLATE_NOOP("FieldTexts", "https://…"),
        QT_TRANSLATE_NOOP("FieldTexts", "Where the image was found (its page, not the image file)"),
        QT_TRANSLATE_NOOP("FieldTexts", "source link"),
        QT_TRANSLATE_NOOP("FieldTexts", "Licence link"),
        QT_TRANSLATE_NOOP("FieldTexts", "https://creativecommons.org/licenses/…"),
        QT_TRANSLATE_NOOP("FieldTexts", "The licence's own page, linked beside the credit"),
        QT_TRANSLATE_NOOP("FieldTexts", "licence link"),
        QT_TRANSLATE_NOOP("FieldTexts", "Licence from"),
        QT_TRANSLATE_NOOP("FieldTexts", "e.g. 2026-01-01"),
        QT_TRANSLATE_NOOP(
            "FieldTexts",
            "The first day the image's licence covers (YYYY-MM-DD), from the agency's invoice",
        ),
        QT_TRANSLATE_NOOP("FieldTexts", "licence start"),
        QT_TRANSLATE_NOOP("FieldTexts", "Licence until"),
        QT_TRANSLATE_NOOP("FieldTexts", "e.g. 2027-12-31"),
        QT_TRANSLATE_NOOP(
            "FieldTexts",
            "The last day the image may be shown (YYYY-MM-DD); File > Open Library warns before it",
        ),
        QT_TRANSLATE_NOOP("FieldTexts", "licence end"),
        QT_TRANSLATE_NOOP("FieldTexts", "Editorial use only"),
        QT_TRANSLATE_NOOP(
            "FieldTexts",
            "The agency allows this image beside news only: a sponsored article may not use it",
        ),
        QT_TRANSLATE_NOOP("FieldTexts", "editorial use"),
        QT_TRANSLATE_NOOP("FieldTexts", "&Title"),
        QT_TRANSLATE_NOOP("FieldTexts", "Article title"),
        QT_TRANSLATE_NOOP(
            "FieldTexts", "The article's headline, also the page title in search results"
        ),
        QT_TRANSLATE_NOOP("FieldTexts", "title"),
        QT_TRANSLATE_NOOP("FieldTexts", "&Description"),
        QT_TRANSLATE_NOOP("FieldTexts", "The standfirst under the title"),
        QT_TRANSLATE_NOOP(
            "FieldTexts", "The standfirst under the title; search results show it as the summary"
        ),
        QT_TRANSLATE_NOOP("FieldTexts", "description"),
        QT_TRANSLATE_NOOP("FieldTexts", "Categor&y"),
        QT_TRANSLATE_NOOP("FieldTexts", "Section shown in the breadcrumb, e.g. Travel"),
        QT_TRANSLATE_NOOP(
            "FieldTexts", "The section the article belongs to, shown in the breadcrumb"
        ),
        QT_TRANSLATE_NOOP("FieldTexts", "categories"),
        QT_TRANSLATE_NOOP("FieldTexts", "Ta&gs"),
        QT_TRANSLATE_NOOP("FieldTexts", "Comma-separated"),
        QT_TRANSLATE_NOOP("FieldTexts", "Topics, comma-separated, for feeds and site exports"),
        QT_TRANSLATE_NOOP("FieldTexts", "tags"),
        QT_TRANSLATE_NOOP("FieldTexts", "A&uthor"),
        QT_TRANSLATE_NOOP("FieldTexts", "Byline"),
        QT_TRANSLATE_NOOP("FieldTexts", "The byline"),
        QT_TRANSLATE_NOOP("FieldTexts", "author"),
        QT_TRANSLATE_NOOP("FieldTexts", "D&ate"),
        QT_TRANSLATE_NOOP(
            "FieldTexts", "The publication date: type it in most forms, it is saved as YYYY-MM-DD"
        ),
        QT_TRANSLATE_NOOP("FieldTexts", "date"),
        QT_TRANSLATE_NOOP("FieldTexts", "Credit la&bel"),
        QT_TRANSLATE_NOOP("FieldTexts", "Printed before each credit, e.g. Credit"),
        QT_TRANSLATE_NOOP(
            "FieldTexts", "The word printed before every credit, e.g. Credit or Photo"
        ),
        QT_TRANSLATE_NOOP("FieldTexts", "credit label"),
        QT_TRANSLATE_NOOP("FieldTexts", "La&nguage"),
        QT_TRANSLATE_NOOP(
            "FieldTexts", "e.g. en-GB, for spelling and the page (empty: the system's language)"
        ),
        QT_TRANSLATE_NOOP(
            "FieldTexts",
            "The article's language: the spelling dictionary, and the page's lang for readers",
        ),
        QT_TRANSLATE_NOOP("FieldTexts", "language"),
        QT_TRANSLATE_NOOP("FieldTexts", "Sponsored article"),
        QT_TRANSLATE_NOOP(
            "FieldTexts",
            "Sponsored content: images licensed for editorial use only become errors in Problems",
        ),
        QT_TRANSLATE_NOOP("FieldTexts", "sponsored"),
        QT_TRANSLATE_NOOP("FieldTexts", "Publish locations"),
        QT_TRANSLATE_NOOP(
            "FieldTexts",
            "Keep the pictures' GPS position and place names in the published files (a travel piece); off: every location is removed",
        ),
        QT_TRANSLATE_NOOP("FieldTexts", "publish locations"),
        QT_TRANSLATE_NOOP("FieldTexts", "&Intro"),
        QT_TRANSLATE_NOOP(
            "FieldTexts", "Intro paragraphs in Markdown, shown before the first slide"
        ),
        QT_TRANSLATE_NOOP("FieldTexts", "Paragraphs before the first slide, in Markdown"),
        QT_TRANSLATE_NOOP("FieldTexts", "intro"),
        QT_TRANSLATE_NOOP("FieldTexts", "Read more"),
        QT_TRANSLATE_NOOP("FieldTexts", "Links to other articles, shown after the last slide"),
        QT_TRANSLATE_NOOP("FieldTexts", "read more"),
    )
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("FieldTexts", text) if text else ""


def label(spec: FieldSpec) -> str:
    """The editor's label, with its translation's own ``&`` mnemonic."""
    return _tr(spec.label)


def plain_label(spec: FieldSpec) -> str:
    """The label without its mnemonic: what a screen reader says."""
    return label(spec).replace("&", "")


def placeholder(spec: FieldSpec) -> str:
    """The empty field's hint; its example date read left to right in an Arabic window."""
    return dates_as_written(_tr(spec.placeholder))


def tip(spec: FieldSpec) -> str:
    return _tr(spec.tip)


def english_undo_name(spec: FieldSpec, article: bool = False) -> str:
    """How the undo history names the field in English ("alt text", "credit label")."""
    fallback = spec.name.replace("_", " ") if article else spec.plain_label.lower()
    return spec.undo_name or fallback


def undo_name(spec: FieldSpec, article: bool = False) -> str:
    """The field's name inside "Edit slide 3 …" / "Edit article …", translated."""
    return _tr(english_undo_name(spec, article))
