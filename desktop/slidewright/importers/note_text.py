"""The words of the import summary's notes, as messages the window says in the writer's language.

An import tells the writer what it left out and what it guessed ("2 ads, 4 share buttons",
"category “Travel” from the breadcrumb", "12 slide headings found from their shape"). The core
writes them in English (the CLI prints them as they are); each is a :class:`Message`, so the
import summary in a German or Arabic window says them in German or Arabic
(ui/dialogs/import_dialog.py translates each line). Counted words are two messages each
(:func:`slidewright.i18n.counted`), so every language chooses its own plural.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from slidewright.i18n import QT_TRANSLATE_NOOP, Message, counted, listing

# What a summary line left out was, counted: each kind's singular and plural
_COUNTED_KINDS: dict[str, tuple[Message, Message]] = {
    "ad": (
        QT_TRANSLATE_NOOP("ImportNotes", "{count} ad"),
        QT_TRANSLATE_NOOP("ImportNotes", "{count} ads"),
    ),
    "share button": (
        QT_TRANSLATE_NOOP("ImportNotes", "{count} share button"),
        QT_TRANSLATE_NOOP("ImportNotes", "{count} share buttons"),
    ),
    "navigation": (
        QT_TRANSLATE_NOOP("ImportNotes", "{count} navigation line"),
        QT_TRANSLATE_NOOP("ImportNotes", "{count} navigation lines"),
    ),
    "site link": (
        QT_TRANSLATE_NOOP("ImportNotes", "{count} site link"),
        QT_TRANSLATE_NOOP("ImportNotes", "{count} site links"),
    ),
    "footer": (
        QT_TRANSLATE_NOOP("ImportNotes", "{count} footer line"),
        QT_TRANSLATE_NOOP("ImportNotes", "{count} footer lines"),
    ),
    "link to another article": (
        QT_TRANSLATE_NOOP("ImportNotes", "{count} link to another article"),
        QT_TRANSLATE_NOOP("ImportNotes", "{count} links to other articles"),
    ),
    "page furniture": (
        QT_TRANSLATE_NOOP("ImportNotes", "{count} page furniture line"),
        QT_TRANSLATE_NOOP("ImportNotes", "{count} page furniture lines"),
    ),
    "cookie notice": (
        QT_TRANSLATE_NOOP("ImportNotes", "{count} cookie notice line"),
        QT_TRANSLATE_NOOP("ImportNotes", "{count} cookie notice lines"),
    ),
    "date line": (
        QT_TRANSLATE_NOOP("ImportNotes", "{count} date line"),
        QT_TRANSLATE_NOOP("ImportNotes", "{count} date lines"),
    ),
    "breadcrumb": (
        QT_TRANSLATE_NOOP("ImportNotes", "{count} breadcrumb"),
        QT_TRANSLATE_NOOP("ImportNotes", "{count} breadcrumbs"),
    ),
    "text after the read-more heading": (
        QT_TRANSLATE_NOOP("ImportNotes", "{count} line after the read-more heading"),
        QT_TRANSLATE_NOOP("ImportNotes", "{count} lines after the read-more heading"),
    ),
}

# A saved page's parts that are the site's, by tag or class (htmlchrome.py)
_CHROME_KINDS: dict[str, Message] = {
    "navigation": QT_TRANSLATE_NOOP("ImportNotes", "navigation"),
    "sidebar": QT_TRANSLATE_NOOP("ImportNotes", "sidebar"),
    "form": QT_TRANSLATE_NOOP("ImportNotes", "form"),
    "share buttons": QT_TRANSLATE_NOOP("ImportNotes", "share buttons"),
    "ads": QT_TRANSLATE_NOOP("ImportNotes", "ads"),
    "sponsored links": QT_TRANSLATE_NOOP("ImportNotes", "sponsored links"),
    "cookie notice": QT_TRANSLATE_NOOP("ImportNotes", "cookie notice"),
    "related links": QT_TRANSLATE_NOOP("ImportNotes", "related links"),
    "comments": QT_TRANSLATE_NOOP("ImportNotes", "comments"),
    "newsletter sign-up": QT_TRANSLATE_NOOP("ImportNotes", "newsletter sign-up"),
}


def joined(template: str, **values: object) -> Message:
    """Pieces put side by side ("{what} ({examples})"): the same in every language the window
    speaks, so nothing is asked of a translator, and the pieces are still translated."""
    return Message(template.format(**values), "", template, values)


def dropped_counts(kinds: Sequence[str]) -> Message:
    """'2 ads, 4 share buttons, 1 navigation line' in the order first seen."""
    parts: list[str] = []
    for kind, count in Counter(kinds).items():
        if kind in _COUNTED_KINDS:
            parts.append(counted(count, *_COUNTED_KINDS[kind]).format(count=count))
        else:  # a kind without words of its own
            parts.append(joined("{count} × {kind}", count=count, kind=kind))
    return listing(parts)


def chrome_kind(kind: str) -> str:
    """A kind of site chrome by tag or class ("share buttons"), in the window's language."""
    return _CHROME_KINDS.get(kind, kind)


def quoted_examples(texts: Sequence[str], shown: int) -> str:
    """'“Share this”, “Facebook”, …': the first ``shown`` texts, quoted, as written."""
    return ", ".join(f"“{t}”" for t in texts[:shown]) + (", …" if len(texts) > shown else "")


def _counted(count: int, one: Message, other: Message) -> Message:
    return counted(count, one, other).format(count=count)


def headings_found(count: int, how: Sequence[str], sureness: str) -> Message:
    """'12 slide headings found from their shape (12 numbered); confidence 100%'."""
    one = QT_TRANSLATE_NOOP(
        "ImportNotes", "{count} slide heading found from its shape ({how}); {sureness}"
    )
    other = QT_TRANSLATE_NOOP(
        "ImportNotes", "{count} slide headings found from their shape ({how}); {sureness}"
    )
    return counted(count, one, other).format(count=count, how=listing(how), sureness=sureness)


def heading_kind(kind: str, count: int) -> Message:
    """'3 numbered', '1 question', '2 short lines': how headings were told from the rest."""
    if kind == "numbered":
        return _counted(
            count,
            QT_TRANSLATE_NOOP("ImportNotes", "{count} numbered"),
            QT_TRANSLATE_NOOP("ImportNotes", "{count} numbered"),
        )
    if kind == "questions":
        return _counted(
            count,
            QT_TRANSLATE_NOOP("ImportNotes", "{count} question"),
            QT_TRANSLATE_NOOP("ImportNotes", "{count} questions"),
        )
    return _counted(
        count,
        QT_TRANSLATE_NOOP("ImportNotes", "{count} short line"),
        QT_TRANSLATE_NOOP("ImportNotes", "{count} short lines"),
    )


def sureness(percent: float | None, lowest: str = "") -> Message:
    """How sure the headings' reading is: None when not worked out (a page too long)."""
    if percent is None:
        return QT_TRANSLATE_NOOP("ImportNotes", "confidence not worked out for a page this long")
    if percent >= 99.5:
        return QT_TRANSLATE_NOOP("ImportNotes", "confidence 100%")
    template = QT_TRANSLATE_NOOP(
        "ImportNotes", "confidence {percent}% or more (lowest: “{heading}”)"
    )
    return template.format(percent=f"{percent:.0f}", heading=lowest)


def credit_layout(layout: str, percent: float) -> Message | None:
    """Where the credit lines were found ('before', 'end', 'captioned'), with how sure."""
    templates = {
        "before": QT_TRANSLATE_NOOP(
            "ImportNotes", "credit lines read as the image above each heading"
        ),
        "end": QT_TRANSLATE_NOOP("ImportNotes", "credit lines read as the last line of each slide"),
        "captioned": QT_TRANSLATE_NOOP(
            "ImportNotes", "the line above each credit read as the slide's caption"
        ),
    }
    if layout not in templates:
        return None
    return with_confidence(templates[layout], percent)


def captions_on(count: int) -> Message:
    return _counted(
        count,
        QT_TRANSLATE_NOOP("ImportNotes", "captions on {count} slide"),
        QT_TRANSLATE_NOOP("ImportNotes", "captions on {count} slides"),
    )


def alt_text_on(count: int) -> Message:
    return _counted(
        count,
        QT_TRANSLATE_NOOP("ImportNotes", "alt text copied with the page on {count} slide"),
        QT_TRANSLATE_NOOP("ImportNotes", "alt text copied with the page on {count} slides"),
    )


def long_headings(headings: Sequence[str]) -> Message:
    return QT_TRANSLATE_NOOP("ImportNotes", "long headings: {headings}").format(
        headings=", ".join(headings)
    )


def language_from_byline(lang: str, byline: str) -> Message:
    template = QT_TRANSLATE_NOOP("ImportNotes", "language “{lang}” from the words of “{byline}”")
    return template.format(lang=lang, byline=byline)


def byline_under_title(author: bool, date: bool, byline: str) -> Message:
    """'author and date from “By Ana Ruiz · 3 May 2026” under the title'."""
    if author and date:
        template = QT_TRANSLATE_NOOP(
            "ImportNotes", "author and date from “{byline}” under the title"
        )
    elif author:
        template = QT_TRANSLATE_NOOP("ImportNotes", "author from “{byline}” under the title")
    else:
        template = QT_TRANSLATE_NOOP("ImportNotes", "date from “{byline}” under the title")
    return template.format(byline=byline)


def byline_from_meta(author: bool, date: bool) -> Message:
    if author and date:
        return QT_TRANSLATE_NOOP("ImportNotes", "author and date from the page's byline and meta")
    if author:
        return QT_TRANSLATE_NOOP("ImportNotes", "author from the page's byline and meta")
    return QT_TRANSLATE_NOOP("ImportNotes", "date from the page's byline and meta")


def category_from(category: str, where: str) -> Message:
    """'category “Travel” from the breadcrumb': ``where`` is 'breadcrumb', 'article data',
    'label', or a breadcrumb's shape ('one line', 'numbered list items', 'one item per line')."""
    shapes = {
        "one line": QT_TRANSLATE_NOOP(
            "ImportNotes", "category “{category}” from the breadcrumb (one line)"
        ),
        "numbered list items": QT_TRANSLATE_NOOP(
            "ImportNotes", "category “{category}” from the breadcrumb (numbered list items)"
        ),
        "one item per line": QT_TRANSLATE_NOOP(
            "ImportNotes", "category “{category}” from the breadcrumb (one item per line)"
        ),
        "breadcrumb": QT_TRANSLATE_NOOP("ImportNotes", "category “{category}” from the breadcrumb"),
        "article data": QT_TRANSLATE_NOOP(
            "ImportNotes", "category “{category}” from the page's article data (JSON-LD)"
        ),
        "label": QT_TRANSLATE_NOOP(
            "ImportNotes", "category “{category}” from the label above the title"
        ),
    }
    return shapes.get(where, shapes["breadcrumb"]).format(category=category)


def with_confidence(note: Message, percent: float | None) -> Message:
    """'… (confidence 93%)': how sure the reading is, where it was worked out."""
    if percent is None:
        return note
    template = QT_TRANSLATE_NOOP("ImportNotes", "{what} (confidence {percent}%)")
    return template.format(what=note, percent=f"{percent:.0f}")


def gallery_slides(count: int) -> Message:
    return _counted(
        count,
        QT_TRANSLATE_NOOP(
            "ImportNotes", "{count} slide from the post's gallery (headings from captions)"
        ),
        QT_TRANSLATE_NOOP(
            "ImportNotes", "{count} slides from the post's gallery (headings from captions)"
        ),
    )


def nesting_too_deep(depth: int) -> Message:
    template = QT_TRANSLATE_NOOP(
        "ImportNotes", "HTML nesting below {depth} levels (those tags were read as plain text)"
    )
    return template.format(depth=depth)


def pages_read_as_one(count: int, how: str, first: str, last: str) -> Message:
    """'3 saved pages read as one slideshow (linked by rel="next": a.html … c.html)'."""
    hows = {
        "next": QT_TRANSLATE_NOOP("ImportNotes", 'linked by rel="next"'),
        "linked": QT_TRANSLATE_NOOP(
            "ImportNotes", "numbered file names linking as next/previous pages"
        ),
        "same heading": QT_TRANSLATE_NOOP("ImportNotes", "numbered file names with the same title"),
        "both": QT_TRANSLATE_NOOP(
            "ImportNotes",
            "numbered file names linking as next/previous pages and with the same title",
        ),
    }
    template = QT_TRANSLATE_NOOP(
        "ImportNotes", "{count} saved pages read as one slideshow ({how}: {first} … {last})"
    )
    return template.format(count=count, how=hows.get(how, how), first=first, last=last)


def page_read_alone(shown: str) -> Message:
    template = QT_TRANSLATE_NOOP(
        "ImportNotes",
        "read this page alone: the numbered pages beside it ({shown}) neither link to it as next/previous pages nor share its title",
    )
    return template.format(shown=shown)


def pages_without_slides(names: str) -> Message:
    return QT_TRANSLATE_NOOP("ImportNotes", "pages without slides: {names}").format(names=names)


def letters_put_back(shown: str) -> Message:
    template = QT_TRANSLATE_NOOP(
        "ImportNotes", "letters misread on the way (UTF-8 read as Windows-1252) put back: {shown}"
    )
    return template.format(shown=shown)


def inline_data_image(hint: str) -> Message:
    """A page's ``data:`` placeholder picture, left out."""
    template = QT_TRANSLATE_NOOP("ImportNotes", "an inline data: image near “{hint}”")
    return template.format(hint=hint)


def more_inline_data_images(count: int) -> Message:
    return _counted(
        count,
        QT_TRANSLATE_NOOP("ImportNotes", "and {count:,} more inline data: image"),
        QT_TRANSLATE_NOOP("ImportNotes", "and {count:,} more inline data: images"),
    )


def image_not_found(src: str, source: str) -> Message:
    template = QT_TRANSLATE_NOOP("ImportNotes", "image {src} (not found beside {source})")
    return template.format(src=src, source=source)


def more_images_not_found(count: int, source: str) -> Message:
    one = QT_TRANSLATE_NOOP("ImportNotes", "and {count:,} more image not found beside {source}")
    other = QT_TRANSLATE_NOOP("ImportNotes", "and {count:,} more images not found beside {source}")
    return counted(count, one, other).format(count=count, source=source)


def image_over_limit(src: str, most: int) -> Message:
    template = QT_TRANSLATE_NOOP("ImportNotes", "{src} (more than {most} local images)")
    return template.format(src=src, most=most)


def more_images_over_limit(count: int, most: int) -> Message:
    one = QT_TRANSLATE_NOOP(
        "ImportNotes", "and {count:,} more image (more than {most} local images)"
    )
    other = QT_TRANSLATE_NOOP(
        "ImportNotes", "and {count:,} more images (more than {most} local images)"
    )
    return counted(count, one, other).format(count=count, most=most)


def not_a_file(src: str, scheme: str, source: str) -> Message:
    template = QT_TRANSLATE_NOOP(
        "ImportNotes", "{src} (a {scheme}: address, not a file beside {source})"
    )
    return template.format(src=src, scheme=scheme, source=source)


def outside_the_folder(src: str, source: str) -> Message:
    template = QT_TRANSLATE_NOOP("ImportNotes", "{src} (outside the folder of {source})")
    return template.format(src=src, source=source)


def inline_image_over_limit(hint: str, most: int) -> Message:
    template = QT_TRANSLATE_NOOP("ImportNotes", "an inline image near “{hint}” (more than {most})")
    return template.format(hint=hint, most=most)


def inline_image_refused(hint: str, reason: str) -> Message:
    template = QT_TRANSLATE_NOOP("ImportNotes", "an inline image near “{hint}” ({reason})")
    return template.format(hint=hint, reason=reason)


def respelled(old: str, new: str, count: int) -> Message:
    """'DepositPhotos → Depositphotos (11 credits)': an agency the page spelled its own way."""
    one = QT_TRANSLATE_NOOP("ImportNotes", "{old} → {new} ({count} credit)")
    other = QT_TRANSLATE_NOOP("ImportNotes", "{old} → {new} ({count} credits)")
    return counted(count, one, other).format(old=old, new=new, count=count)
