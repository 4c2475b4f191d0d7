"""File ▸ History, the Publish dialog's error line, the status bar's counts and the read-more
caption cell in a German, French or Spanish window: no English left, numbers written as that
language writes them, and versions kept while the window spoke English listed in the window's
language now (a version keeps its label's and summary's template, not the words of the day)."""

from __future__ import annotations

import json
import textwrap
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from language_start import start_in_language
from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from slidewright.history import HistoryStore
from slidewright.ui.dialogs import publish_dialog
from slidewright.ui.dialogs.publish_dialog import PublishDialog
from slidewright.ui.session.prune_dialog import space
from slidewright.ui.translation import WINDOW_LOCALES
from slidewright.ui.window.history_notes import HistoryAndNotes
from slidewright.ui.window.main_window import MainWindow

FOLDER = Path(__file__).resolve().parents[2] / "resources" / "i18n" / "window"
SAID = {
    "de": {
        "saved": "Gespeichert",
        "opened": "Wie geöffnet",
        "restore": "Vor dem Wiederherstellen",
        "edited": "1 Folie bearbeitet",
        "removed": "1 Folie entfernt",
        "same": "Der Text ist unverändert.",
        "restore_slide": "Diese Folie wiederherstellen",
        "unchanged": "Folien unverändert.",
        "size": "1,2 MB",
        "slide_error": "Folie ",
        "error": "Fehler",
        "caption": "Bildunterschrift",
    },
    "fr": {
        "saved": "Enregistré",
        "opened": "Tel qu’ouvert",
        "restore": "Avant la restauration",
        "edited": "1 diapositive modifiée",
        "removed": "1 diapositive supprimée",
        "same": "Le texte est identique.",
        "restore_slide": "Restaurer cette diapositive",
        "unchanged": "diapositives inchangées.",
        "size": "1,2 Mo",
        "slide_error": "Diapositive ",
        "error": "erreur",
        "caption": "Légende",
    },
    "es": {
        "saved": "Guardado",
        "opened": "Tal como se abrió",
        "restore": "Antes de restaurar",
        "edited": "1 diapositiva editada",
        "removed": "1 diapositiva eliminada",
        "same": "El texto es el mismo.",
        "restore_slide": "Restaurar esta diapositiva",
        "unchanged": "diapositivas sin cambios.",
        "size": "1,2 MB",
        "slide_error": "Diapositiva ",
        "error": "error",  # the same word as in English
        "caption": "Pie de foto",
    },
    "ar": {
        "saved": "محفوظ",
        "opened": "كما فُتح",
        "restore": "قبل الاستعادة",
        "edited": "عُدِّلت 1 شريحة",
        "removed": "حُذفت 1 شريحة",
        "same": "النص هو نفسه.",
        "restore_slide": "استعادة هذه الشريحة",
        "unchanged": "من الشرائح لم تتغير.",
        "size": "1.2 ميغابايت",  # Western digits, as the loader sets Arabic's numbers (ar_001)
        "slide_error": "الشريحة ",
        "error": "خطأ",
        "one_error": "خطأ واحد (1)",  # Arabic says "one error" with the noun first
        "caption": "التعليق",
    },
}


@pytest.fixture(params=sorted(SAID))
def language(request: pytest.FixtureRequest, qapp: Any) -> Iterator[str]:
    """Every area's translation and the language's numbers, as the loader sets them up."""
    code = str(request.param)
    translators = []
    for area in ("window", "editing", "rules"):
        translator = QTranslator()
        assert translator.load(str(FOLDER / f"{area}_{code}.qm"))
        QCoreApplication.installTranslator(translator)
        translators.append(translator)
    before = QLocale()
    QLocale.setDefault(QLocale(WINDOW_LOCALES.get(code, code)))
    yield code
    QLocale.setDefault(before)
    for translator in translators:
        QCoreApplication.removeTranslator(translator)


def history_rows(window: MainWindow) -> tuple[Any, list[str]]:
    window.actions_by_name["history"].trigger()
    found = window.findChild(HistoryAndNotes)
    assert found is not None and found.dialog is not None
    dialog = found.dialog
    return dialog, [dialog.list.item(i).text() for i in range(dialog.list.count())]


def test_history_lists_and_compares_in_the_window_language_old_versions_too(
    qtbot: Any, sample_window: MainWindow, language: str
) -> None:
    said = SAID[language]
    window = sample_window  # opened (and "As opened" kept) before the translation came in
    doc = window.doc
    assert doc is not None
    window.select_rows([0])
    window.slide_editor.body.setFocus()
    qtbot.keyClicks(window.slide_editor.body, " Added on Monday.")
    assert window.session.save()
    window.select_rows([1])
    window.actions_by_name["delete_slide"].trigger()
    assert window.session.save()
    keeper = window.findChild(HistoryAndNotes).keeper  # type: ignore[union-attr]
    keeper.finish()  # the versions are kept in the background
    store = keeper.store
    kept = store.versions(doc.bundle)
    assert [v.reason for v in kept] == ["As opened", "Saved", "Saved"]  # English for scripts
    lines = (store.folder(doc.bundle) / "versions.jsonl").read_text("utf-8").splitlines()
    legacy = json.loads(lines[-1]) | {"reason": "Before restore", "summary": "3 slides edited"}
    legacy["number"] += 1
    with (store.folder(doc.bundle) / "versions.jsonl").open("a", encoding="utf-8") as out:
        out.write(json.dumps(legacy) + "\n")  # a line as an earlier Slidewright wrote it

    dialog, rows = history_rows(window)
    assert f"{said['restore']}\n3 slides edited" in rows[0]  # known label; old summary as kept
    assert f"{said['saved']}\n{said['removed']}" in rows[1]
    assert f"{said['saved']}\n{said['edited']}" in rows[2]
    assert said["opened"] in rows[3]
    assert not any(word in " ".join(rows[1:]) for word in ("Saved", "slide", "As opened"))
    assert "version(s)" not in dialog.size_label.text()

    dialog.list.setCurrentRow(1)  # the newest save, compared with the article now: the same
    qtbot.waitUntil(lambda: said["same"] in dialog.browser.toPlainText())
    dialog.list.setCurrentRow(2)  # before the slide was deleted
    shown = dialog.browser.toPlainText()
    assert said["restore_slide"] in shown and said["unchanged"] in shown
    assert "Restore this slide" not in shown and "unchanged." not in shown
    dialog.close()


def test_a_version_kept_as_a_message_reads_back_as_one(tmp_path: Path) -> None:
    from slidewright.i18n import QT_TRANSLATE_NOOP, Message

    store = HistoryStore(tmp_path / "history")
    bundle = tmp_path / "article"
    bundle.mkdir()
    reason = QT_TRANSLATE_NOOP("FindReplace", "Before Replace All “{text}”").format(text="tide")
    store.record(bundle, "# T\n", [], reason, lambda _old, _new: "First version kept: 0 slides")
    (version,) = store.versions(bundle)
    assert version.reason == "Before Replace All “tide”"
    assert isinstance(version.reason, Message) and version.reason.values == {"text": "tide"}


def test_sizes_and_the_publish_error_line_in_the_window_language(
    monkeypatch: pytest.MonkeyPatch, sample_window: MainWindow, language: str
) -> None:
    said = SAID[language]
    assert space(1_234_567) == said["size"]
    monkeypatch.setattr(publish_dialog, "_SESSION_PASSWORDS", {})
    monkeypatch.setattr(publish_dialog.credentials, "_backend", lambda: None)
    sample_window.actions_by_name["publish"].trigger()
    (dialog,) = [d for d in sample_window.findChildren(PublishDialog) if d.isVisible()]
    assert dialog.errors  # the sample has a credit error on purpose
    for line in dialog.errors:
        assert line.startswith(said["slide_error"]) or line.split(":")[0] == "Article"
        assert f" {said['error']} " in line and "slide " not in line
    assert said.get("one_error", f"1 {said['error']} ") in dialog.problems.text()
    assert "see Problems" not in dialog.problems.text()
    dialog.reject()


def test_the_read_more_caption_cell_is_named_in_the_window_language(
    qtbot: Any, sample_window: MainWindow, language: str
) -> None:
    window = sample_window
    window.tabs.setCurrentIndex(1)
    pane, table = window.article_editor, window.article_editor.items
    column = table.columnCount() - 1
    table.setCurrentCell(0, column)
    table.editItem(table.item(0, column))
    qtbot.waitUntil(lambda: pane.cells.editor is not None)
    assert pane.cells.editor is not None
    assert pane.cells.editor.accessibleName() == SAID[language]["caption"]


COUNTS = textwrap.dedent(
    """
    import sys
    from slidewright.ui.app import create_application, open_window
    from slidewright.ui.app import plan
    from slidewright.ui.start_plan import StartPlan
    from slidewright.model import Article, Slide
    start, settings = plan(None, False, sys.argv[1])
    app = create_application()
    window = open_window(settings, StartPlan(None, "article"))
    article = Article(slides=[Slide(body="word " * 1616)])
    line = window.status_line
    line.show(article, -1)
    print(line.words_label.text())
    """
)


@pytest.mark.parametrize(
    ("language", "count"),
    [("de", "1.616 Wörter"), ("fr", "1 616 mots"), ("es", "1616 palabras")],  # es: no 4-digit group
)
def test_the_word_count_is_written_as_the_window_language_writes_numbers(
    language: str, count: str, tmp_path: Path
) -> None:
    """LANGUAGE=de on an English system (LANG=en_US): Qt names the locale German but would
    format numbers the English way, "1,616 Wörter"."""
    shown = start_in_language(
        COUNTS, language, tmp_path, timeout=180, LANG="en_US.UTF-8", LC_ALL="", LC_NUMERIC=""
    )
    assert shown.replace("\u202f", " ").replace("\xa0", " ").startswith(count), shown


def test_a_summary_names_the_changed_fields_and_the_diff_its_labels_in_the_window_language(
    sample_bundle: Path, language: str
) -> None:
    from dataclasses import replace

    from slidewright.fileformat import load_article
    from slidewright.history import summary
    from slidewright.history.diffview import compare_html
    from slidewright.ui.problems.finding_text import translated

    old = load_article(sample_bundle)
    slides = [replace(old.slides[0], body="Nothing is as it was."), *old.slides[1:]]
    new = replace(old, lang="en-GB" if old.lang != "en-GB" else "de", slides=slides)
    english = summary(old, new)
    assert english == "1 slide edited; lang changed"  # as scripts and older lines read it
    said = {
        "de": "1 Folie bearbeitet; Sprache geändert",
        "fr": "1 diapositive modifiée ; langue",
        "es": "1 diapositiva editada; cambios en idioma",
        "ar": "عُدِّلت 1 شريحة؛ تغيّر: اللغة",
    }
    assert translated(english).startswith(said[language])
    shown = compare_html(old, new, say=translated)
    label = {"de": "Sprache", "fr": "Langue", "es": "Idioma", "ar": "اللغة"}[language]
    assert f">{label}</td>" in shown and ">Language</td>" not in shown
