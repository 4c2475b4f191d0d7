"""The editing parts of the real window in German, French and Spanish: with the editing area's
shipped translation installed (editing_de.qm, editing_fr.qm, editing_es.qm, as the window's
loader installs every ``*_<lang>.qm``), the slide editor's labels and placeholders, the slide
list, the Notes panel, the find bar and the undo history's step names come out in that language,
and the Alt letters of the translated slide editor, article pane and find bar stay one per
control."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from mnemonics import mnemonic
from PySide6.QtCore import QCoreApplication, Qt, QTranslator
from PySide6.QtWidgets import QAbstractButton, QFormLayout, QLabel, QWidget
from spellhelpers import menu_texts, right_click_word, tools, use_english
from test_history_notes import parts
from uihelpers import started

from slidewright.ui.session.settings import Settings
from slidewright.ui.start_plan import plan_start
from slidewright.ui.window.main_window import MainWindow

TRANSLATIONS = Path(__file__).resolve().parents[2] / "resources" / "i18n" / "window"

EXPECTED = {
    "de": {
        "heading_label": "Übe&rschrift",
        "alt_placeholder": "Beschreiben Sie das Bild für Leser, die es nicht sehen können",
        "licence_toggle": "Lizenz und Quelle",
        "choose_image": "Bild wählen…",
        "first_slide_said": "Folie 1: ",
        "notes_title": "&Notizen",
        "add_note": "Notiz hinzufügen…",
        "find_placeholder": "Im ganzen Artikel suchen",
        "match_case": "&Groß-/Kleinschreibung",
        "not_found": "Nicht gefunden",
        "undo_heading": "Folie 1: Überschrift bearbeiten",
        "title_label": "&Titel",
        "add_word": "„harbr“ zum Wörterbuch hinzufügen",
    },
    "fr": {
        "heading_label": "&Intitulé",
        "alt_placeholder": "Décrivez l’image pour les lecteurs qui ne peuvent pas la voir",
        "licence_toggle": "Licence et source",
        "choose_image": "Choisir une image…",
        "first_slide_said": "Diapositive 1 : ",
        "notes_title": "&Notes",
        "add_note": "Ajouter une note…",
        "find_placeholder": "Rechercher dans tout l’article",
        "match_case": "Respecter la &casse",
        "not_found": "Introuvable",
        "undo_heading": "Modifier l’intitulé de la diapositive 1",
        "title_label": "&Titre",
        "add_word": "Ajouter « harbr » au dictionnaire",
    },
    "es": {
        "heading_label": "Títu&lo",
        "alt_placeholder": "Describa la imagen para los lectores que no pueden verla",
        "licence_toggle": "Licencia y fuente",
        "choose_image": "Elegir imagen…",
        "first_slide_said": "Diapositiva 1: ",
        "notes_title": "&Notas",
        "add_note": "Añadir nota…",
        "find_placeholder": "Buscar en todo el artículo",
        "match_case": "Distinguir &mayúsculas",
        "not_found": "No encontrado",
        "undo_heading": "Editar el título de la diapositiva 1",
        "title_label": "Títu&lo",
        "add_word": "Añadir «harbr» al diccionario",
    },
    "ar": {
        "heading_label": "الع&نوان",
        "alt_placeholder": "صِف الصورة للقرّاء الذين لا يستطيعون رؤيتها",
        "licence_toggle": "الترخيص والمصدر",
        "choose_image": "اختيار صورة…",
        "first_slide_said": "الشريحة 1: ",
        "notes_title": "الملاح&ظات",
        "add_note": "إضافة ملاحظة…",
        "find_placeholder": "البحث في المقال كله",
        "match_case": "م&طابقة حالة الأحرف",
        "not_found": "لم يُعثر عليه",
        "undo_heading": "تعديل العنوان في الشريحة 1",
        "title_label": "الع&نوان",
        "add_word": "إضافة «harbr» إلى القاموس",
    },
}


@pytest.fixture(params=sorted(EXPECTED))
def language(request: pytest.FixtureRequest, qapp: Any) -> Iterator[str]:
    """The editing area's translation installed for one test, then removed (the other tests
    run in English)."""
    translator = QTranslator()
    assert translator.load(str(TRANSLATIONS / f"editing_{request.param}.qm"))
    QCoreApplication.installTranslator(translator)
    yield str(request.param)
    QCoreApplication.removeTranslator(translator)


@pytest.fixture
def translated_window(
    language: str, qtbot: Any, settings: Settings, sample_bundle: Path
) -> MainWindow:
    """The sample article in the window, built after the translation was installed."""

    def forget_changes(win: MainWindow) -> None:
        if win.doc is not None:
            win.doc.undo_stack.setClean()

    window = started(qtbot, settings, plan_start(sample_bundle, False, settings), forget_changes)
    assert window.doc is not None
    return window


def _form_label(widget: QWidget) -> str:
    """The text of the form row label beside ``widget``."""
    parent = widget.parentWidget()
    assert parent is not None
    for form in parent.findChildren(QFormLayout):
        label = form.labelForField(widget)
        if isinstance(label, QLabel):
            return label.text()
    raise AssertionError(f"no form label for {widget!r}")


def _letters(window: MainWindow) -> dict[str, list[str]]:
    """The Alt letters of the buttons and labels on screen (the menus are another area's)."""
    uses: dict[str, list[str]] = {}
    for widget in window.findChildren(QAbstractButton) + window.findChildren(QLabel):
        if widget.isVisible() and (letter := mnemonic(widget.text())) is not None:
            uses.setdefault(letter, []).append(widget.text())
    return uses


def test_the_editing_parts_speak_the_writers_language(
    qtbot: Any, language: str, translated_window: MainWindow
) -> None:
    window, expected = translated_window, EXPECTED[language]
    editor = window.slide_editor
    assert _form_label(editor.fields["heading"]) == expected["heading_label"]
    assert editor.fields["alt"].placeholderText() == expected["alt_placeholder"]
    assert editor.licence_toggle.text() == expected["licence_toggle"]
    assert editor.choose_button.text() == expected["choose_image"]
    assert _form_label(window.article_editor.fields["title"]) == expected["title_label"]

    model = window.slide_list.model()
    said = model.data(model.index(0, 0), Qt.ItemDataRole.AccessibleTextRole)
    assert said.startswith(expected["first_slide_said"])

    notes = parts(window).notes
    assert notes.windowTitle().startswith(expected["notes_title"])
    assert notes.buttons["add"].text() == expected["add_note"]

    find = tools(window).find
    find.open()
    assert find.bar.find_box.placeholderText() == expected["find_placeholder"]
    assert find.bar.match_case.text() == expected["match_case"]
    qtbot.keyClicks(find.bar.find_box, "zqxjv-nowhere")
    find.step()
    assert find.bar.status.text() == expected["not_found"]

    editor.fields["heading"].setFocus()
    qtbot.keyClicks(editor.fields["heading"], "!")
    assert window.doc is not None
    assert window.doc.undo_stack.undoText() == expected["undo_heading"]


def test_translated_alt_letters_stay_one_per_control(
    qtbot: Any, language: str, translated_window: MainWindow
) -> None:
    window = translated_window
    tools(window).find.open(replace=True)
    for tab in (0, 1):  # the slide's fields, then the article's
        window.tabs.setCurrentIndex(tab)
        qtbot.waitUntil(lambda tab=tab: window.tabs.currentWidget().isVisible())
        shared = {k: v for k, v in _letters(window).items() if len(v) > 1}
        assert not shared, f"{language}, tab {tab}: {shared}"


def test_a_fields_spelling_menu_is_translated(
    qtbot: Any,
    language: str,
    settings: Settings,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    request: pytest.FixtureRequest,
) -> None:
    use_english(settings, tmp_path, monkeypatch)  # the sample's words are English
    window: MainWindow = request.getfixturevalue("translated_window")
    qtbot.waitUntil(lambda: tools(window).spelling.ready)  # loaded on its own thread
    body = window.slide_editor.body
    body.setFocus()
    body.clear()
    qtbot.keyClicks(body, "We walked to the harbr at dawn.")
    menu = right_click_word(body, "harbr")
    assert EXPECTED[language]["add_word"] in menu_texts(menu)
    menu.close()
