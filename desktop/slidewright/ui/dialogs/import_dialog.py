"""File ▸ Import…, and the offer to import page text pasted into an empty article."""

from __future__ import annotations

import copy
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from slidewright.errors import SlidewrightError
from slidewright.i18n import QT_TRANSLATE_NOOP
from slidewright.model import Article
from slidewright.ui.dialogs import prompts as dialogs
from slidewright.ui.editing.commands import ReplaceArticle
from slidewright.ui.editing.document import Document
from slidewright.ui.problems.finding_text import translated

if TYPE_CHECKING:
    from slidewright.importers.common import ImportSummary


class Counted(QObject):
    """This module's sentences with a count in them: Qt's plural forms (numerus) are extracted
    from ``tr`` calls, so they are methods of a QObject (made for each sentence, then dropped)."""

    def slides_without_image(self, count: int) -> str:
        return self.tr(
            "%n slide(s) without an image: Slide ▸ Choose Images for All Slides… assigns a "
            "folder of them.",
            "",
            count,
        )

    def imported(self, count: int, source: str) -> str:
        return self.tr("Imported %n slide(s) from {source}.", "", count).format(source=source)


def sources_filter() -> str:
    """The file dialog's filter for what can be imported, in the window's language."""
    articles = QCoreApplication.translate("ImportDialog", "Articles to import ({patterns})").format(
        patterns="*.txt *.html *.htm *.md *.markdown"
    )
    return f"{articles};;{QCoreApplication.translate('ImportDialog', 'All files ({patterns})').format(patterns='*')}"


def run_import_dialog(
    parent: QWidget, may_close: Callable[[], bool], lang: str = ""
) -> tuple[Path, ImportSummary] | None:
    """Ask for a source and a new folder and import; returns the new bundle and the summary.
    ``may_close`` is asked (after the source is chosen) whether the open article may be closed.
    The folder offered is named from the imported title; ``lang`` (the writer's language, as New
    Article uses) is written into the article when the source does not name its own."""
    source = dialogs.ask_open_file(
        parent,
        QCoreApplication.translate("ImportDialog", "Import: choose page text, HTML or Markdown"),
        sources_filter(),
    )
    if source is None or not may_close():
        return None
    from slidewright.importers import folder_name_for, import_file, parse_source

    try:  # read first: a source that is no article is said before a folder is asked for
        parsed = parse_source(source)
    except (SlidewrightError, OSError) as error:
        dialogs.show_error(
            parent, QCoreApplication.translate("ImportDialog", "Import failed"), str(error)
        )
        return None
    folder = dialogs.ask_new_folder(
        parent,
        QCoreApplication.translate("ImportDialog", "Import: name the new article's folder"),
        None,
        folder_name_for(source, parsed.article.title),
    )
    if folder is None:
        return None
    try:
        summary = import_file(source, folder, lang=lang, parsed=parsed)
    except (SlidewrightError, OSError) as error:
        dialogs.show_error(
            parent, QCoreApplication.translate("ImportDialog", "Import failed"), str(error)
        )
        return None
    return folder, summary


def house_spelling() -> str:
    """The summary's button that writes every agency the house way."""
    return QCoreApplication.translate("ImportDialog", "Use House Spelling")


def use_house_spelling(doc: Document) -> bool:
    """Write every agency in the article's credits the house way, as one undo step."""
    from slidewright.importers.housespelling import agency_respellings, apply_respellings

    changes = agency_respellings(doc.article)
    if not changes:
        return False
    fixed = copy.deepcopy(doc.article)
    apply_respellings(fixed, changes)
    doc.undo_stack.push(
        ReplaceArticle(
            doc, fixed, QCoreApplication.translate("ImportDialog", "Use house spelling of agencies")
        )
    )
    return True


def summary_details(summary: ImportSummary) -> str:
    """The summary as a writer reads it: one line per thing left out or guessed."""
    lines = [
        QCoreApplication.translate("ImportDialog", "Credits found: {found} of {count}").format(
            found=summary.credits, count=summary.slides
        )
    ]
    if summary.category:
        lines[0] += " · " + QCoreApplication.translate(
            "ImportDialog", "category: {category}"
        ).format(category=summary.category)
    sections = [
        (QCoreApplication.translate("ImportDialog", "Left out:"), summary.dropped),
        (QCoreApplication.translate("ImportDialog", "Guessed (please check):"), summary.guessed),
        (QCoreApplication.translate("ImportDialog", "Images not copied:"), summary.refused),
        (
            QCoreApplication.translate(
                "ImportDialog", "Agency spellings (as the page wrote them):"
            ),
            summary.agency_spellings,
        ),
    ]
    for title, items in sections:
        if items:
            # a note the importer wrote as a message (a count's) is said in the window's language
            lines += ["", title, *(f"• {translated(item)}" for item in items)]
    if summary.missing_images:
        lines += ["", Counted().slides_without_image(summary.missing_images)]
    return "\n".join(lines)


def show_import_summary(
    parent: QWidget, doc: Document | None, summary: ImportSummary
) -> QMessageBox:
    """What the import did, left open beside the new article: what was dropped and guessed (so
    the writer knows what to check), and, when the page spelled agencies its own way, one button
    that writes them the house way as one undo step."""
    box = QMessageBox(
        QMessageBox.Icon.Information,
        QCoreApplication.translate("ImportDialog", "Import summary"),
        "",
        QMessageBox.StandardButton.Ok,
        parent,
    )
    box.setObjectName("importSummary")
    box.setText(Counted().imported(summary.slides, summary.source.name))
    box.setInformativeText(summary_details(summary))
    box.setWindowModality(Qt.WindowModality.NonModal)
    if summary.agency_spellings and doc is not None:
        button = box.addButton(house_spelling(), QMessageBox.ButtonRole.ActionRole)
        button.setToolTip(
            QCoreApplication.translate(
                "ImportDialog", "Writes: {spellings} (Undo takes it back)"
            ).format(spellings="; ".join(translated(s) for s in summary.agency_spellings))
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
    from slidewright.importers.common import imported_over
    from slidewright.importers.text import parse_text

    try:
        result = parse_text(text, QCoreApplication.translate("ImportDialog", "the pasted text"))
    except SlidewrightError:
        return False
    imported = result.article
    left_out = "".join(f"\n• {translated(line)}" for line in result.dropped)
    if len(imported.slides) < 2:
        return False
    buttons = QMessageBox.StandardButton
    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("ImportDialog", "Import pasted article?"),
        QCoreApplication.translate(
            "ImportDialog",
            "This looks like a whole article: “{title}” with {count} slides.\n\n"
            "Import it as the title, intro and slides of this article?",
        ).format(title=imported.title, count=len(imported.slides))
        + (
            QCoreApplication.translate("ImportDialog", "\n\nLeft out of it:{lines}").format(
                lines=left_out
            )
            if left_out
            else ""
        ),
        buttons.Yes | buttons.No,
        buttons.Yes,
    )
    if answer != buttons.Yes:
        return False
    merged = imported_over(doc.article, imported)  # as File ▸ Import: its language, its byline
    # kept in the version history, and said in the language of the window that lists it
    doc.checkpoint(QT_TRANSLATE_NOOP("ImportDialog", "Before import"))
    doc.undo_stack.push(
        ReplaceArticle(
            doc, merged, QCoreApplication.translate("ImportDialog", "Import pasted article")
        )
    )

    return True
