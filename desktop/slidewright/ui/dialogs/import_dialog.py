"""File ▸ Import…, and the offer to import page text pasted into an empty article."""

from __future__ import annotations

import copy
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from slidewright.errors import SlidewrightError
from slidewright.model import Article
from slidewright.ui.dialogs import prompts as dialogs
from slidewright.ui.editing.commands import ReplaceArticle
from slidewright.ui.editing.document import Document

if TYPE_CHECKING:
    from slidewright.importers.common import ImportSummary

SOURCES = "Articles to import (*.txt *.html *.htm *.md *.markdown);;All files (*)"


def run_import_dialog(
    parent: QWidget, may_close: Callable[[], bool], lang: str = ""
) -> tuple[Path, ImportSummary] | None:
    """Ask for a source and a new folder and import; returns the new bundle and the summary.
    ``may_close`` is asked (after the source is chosen) whether the open article may be closed.
    The folder offered is named from the imported title; ``lang`` (the writer's language, as New
    Article uses) is written into the article when the source does not name its own."""
    source = dialogs.ask_open_file(parent, "Import: choose page text, HTML or Markdown", SOURCES)
    if source is None or not may_close():
        return None
    from slidewright.importers import folder_name_for, import_file, parse_source

    try:  # read first: a source that is no article is said before a folder is asked for
        parsed = parse_source(source)
    except (SlidewrightError, OSError) as error:
        dialogs.show_error(parent, "Import failed", str(error))
        return None
    folder = dialogs.ask_new_folder(
        parent,
        "Import: name the new article's folder",
        None,
        folder_name_for(source, parsed.article.title),
    )
    if folder is None:
        return None
    try:
        summary = import_file(source, folder, lang=lang, parsed=parsed)
    except (SlidewrightError, OSError) as error:
        dialogs.show_error(parent, "Import failed", str(error))
        return None
    return folder, summary


HOUSE_SPELLING = "Use House Spelling"


def use_house_spelling(doc: Document) -> bool:
    """Write every agency in the article's credits the house way, as one undo step."""
    from slidewright.importers.housespelling import agency_respellings, apply_respellings

    changes = agency_respellings(doc.article)
    if not changes:
        return False
    fixed = copy.deepcopy(doc.article)
    apply_respellings(fixed, changes)
    doc.undo_stack.push(ReplaceArticle(doc, fixed, "Use house spelling of agencies"))
    return True


def summary_details(summary: ImportSummary) -> str:
    """The summary as a writer reads it: one line per thing left out or guessed."""
    lines = [f"Credits found: {summary.credits} of {summary.slides}"]
    if summary.category:
        lines[0] += f" · category: {summary.category}"
    sections = [
        ("Left out:", summary.dropped),
        ("Guessed (please check):", summary.guessed),
        ("Images not copied:", summary.refused),
        ("Agency spellings (as the page wrote them):", summary.agency_spellings),
    ]
    for title, items in sections:
        if items:
            lines += ["", title, *(f"• {item}" for item in items)]
    if summary.missing_images:
        lines += [
            "",
            f"{summary.missing_images} slide{'' if summary.missing_images == 1 else 's'} "
            "without an image: Slide ▸ Choose Images for All Slides… assigns a folder of them.",
        ]
    return "\n".join(lines)


def show_import_summary(
    parent: QWidget, doc: Document | None, summary: ImportSummary
) -> QMessageBox:
    """What the import did, left open beside the new article: what was dropped and guessed (so
    the writer knows what to check), and, when the page spelled agencies its own way, one button
    that writes them the house way as one undo step."""
    box = QMessageBox(
        QMessageBox.Icon.Information, "Import summary", "", QMessageBox.StandardButton.Ok, parent
    )
    box.setObjectName("importSummary")
    box.setText(
        f"Imported {summary.slides} slide{'' if summary.slides == 1 else 's'} from {summary.source.name}."
    )
    box.setInformativeText(summary_details(summary))
    box.setWindowModality(Qt.WindowModality.NonModal)
    if summary.agency_spellings and doc is not None:
        button = box.addButton(HOUSE_SPELLING, QMessageBox.ButtonRole.ActionRole)
        button.setToolTip(
            "Writes: " + "; ".join(summary.agency_spellings) + " (Undo takes it back)"
        )
        button.clicked.connect(lambda: use_house_spelling(doc))
    box.open()
    return box


def is_blank(article: Article) -> bool:
    """Nothing written yet: no intro, and every slide empty."""
    return not article.intro.strip() and all(
        not (s.heading.strip() or s.body.strip() or s.credit.strip() or s.image)
        for s in article.slides
    )


def offer_paste_import(parent: QWidget, doc: Document | None, text: str) -> bool:
    """Pasting a whole page into an empty article offers to split it into slides. True: handled."""
    if doc is None or not is_blank(doc.article) or text.count("\n") < 3:
        return False
    from slidewright.importers.text import parse_text

    try:
        result = parse_text(text, "the pasted text")
    except SlidewrightError:
        return False
    imported = result.article
    left_out = "".join(f"\n• {line}" for line in result.dropped)
    if len(imported.slides) < 2:
        return False
    buttons = QMessageBox.StandardButton
    answer = QMessageBox.question(
        parent,
        "Import pasted article?",
        f"This looks like a whole article: “{imported.title}” with {len(imported.slides)} slides.\n\n"
        "Import it as the title, intro and slides of this article?"
        + (f"\n\nLeft out of it:{left_out}" if left_out else ""),
        buttons.Yes | buttons.No,
        buttons.Yes,
    )
    if answer != buttons.Yes:
        return False
    merged = copy.deepcopy(doc.article)
    for name in ("title", "intro", "categories", "slides", "read_more"):
        setattr(merged, name, getattr(imported, name))
    for name in ("author", "date"):  # from the byline, when the page had one
        if getattr(imported, name):
            setattr(merged, name, getattr(imported, name))
    doc.checkpoint("Before import")  # kept in the version history
    doc.undo_stack.push(ReplaceArticle(doc, merged, "Import pasted article"))
    return True
