"""The window an Arabic-speaking desk starts (LANGUAGE=ar): Arabic words, laid out right to left.

The real window is started on the sample in a process of its own, as `slidewright --sample`
starts it (the layout direction is the application's, so it must not leak into the other tests):
Qt's own translation (qtbase_ar.qm) turns the window right to left, the menus and the Problems
panel speak Arabic with the writer's credits quoted as written, the English article's fields
still run left to right (its empty ones too), keys read as typed (Ctrl+, not ",+Ctrl") and numbers are written with
the Western digits pan-Arab newsrooms use, as the counts in the translations are."""

from __future__ import annotations

import json
import textwrap
from pathlib import Path
from typing import Any

from language_start import start_in_language

from slidewright.ui.translation import chosen_language
from slidewright.ui.window.main_window import MainWindow

SHOWS = textwrap.dedent(
    """
    import json, sys
    from slidewright.ui.app import create_application, open_window, plan
    start, settings = plan(None, True, sys.argv[1])  # slidewright --sample
    app = create_application()
    from PySide6.QtCore import QDeadlineTimer, QEventLoop, QLocale, QTimer
    from PySide6.QtWidgets import QApplication
    from slidewright.ui.problems.panel import FindingRole
    window = open_window(settings, start)
    wake = QTimer(interval=100)  # the wait below looks again at least this often
    wake.start()
    deadline = QDeadlineTimer(120000)
    while not (hasattr(window, "parts") and window.preview.ready and window.problems.ready):
        assert not deadline.hasExpired(), "the sample's check did not finish"
        app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
    tree = window.problems.tree
    rows = {}
    for g in range(tree.topLevelItemCount()):
        group = tree.topLevelItem(g)
        for i in range(group.childCount()):
            finding = group.child(i).data(0, FindingRole)
            rows[f"{finding.rule}@{finding.slide}"] = group.child(i).text(0)
    bar = window.menuBar()
    edit = bar.actions()[1].menu()
    shown = {
        "direction": QApplication.layoutDirection().name,
        "window": window.layoutDirection().name,
        "menus": [action.text() for action in bar.actions()],
        "file": [action.text() for action in bar.actions()[0].menu().actions()],
        "preferences": [a.text() for a in edit.actions() if a.shortcut().toString() == "Ctrl+,"],
        "summary": window.problems.summary.text(),
        "group": tree.topLevelItem(1).text(0),
        "rows": rows,
        "heading": window.slide_editor.fields["heading"].layoutDirection().name,
        "heading_text": window.slide_editor.fields["heading"].text(),
        "number": QLocale().toString(1616),
        "licence_arrow": window.slide_editor.licence_toggle.arrowType().name,
    }
    window.actions_by_name["add_slide"].trigger()  # Slide ▸ New Slide: empty fields
    editor = window.slide_editor
    shown["new_slide"] = [
        editor.fields["heading"].text(),
        editor.fields["heading"].layoutDirection().name,
        editor.body.toPlainText(),
        editor.body.layoutDirection().name,
    ]
    print(json.dumps(shown))
    """
)


def shown_in_arabic(tmp_path: Path) -> dict[str, Any]:
    shown: dict[str, Any] = json.loads(start_in_language(SHOWS, "ar", tmp_path))
    return shown


def test_an_arabic_desk_gets_a_right_to_left_window_in_arabic(tmp_path: Path) -> None:
    shown = shown_in_arabic(tmp_path)
    # Qt's own Arabic translation names the direction; the loader installs it before the window
    assert shown["direction"] == shown["window"] == "RightToLeft"
    assert shown["menus"] == ["&ملف", "&تحرير", "تن&سيق", "&شريحة", "&عرض", "مساع&دة"]
    assert {"حفظ &باسم…", "&سجل النسخ…", "&تصدير…", "ن&شر…"} <= set(shown["file"])
    # Edit ▸ Preferences shows its key as typed, not ",+Ctrl"
    assert shown["preferences"] == ["الت&فضيلات…\t\u200eCtrl+,\u200e"]
    # the Problems panel: Arabic words, Arabic plural-free counts, the credits as written
    assert shown["summary"] == "خطأ: 1، تحذيرات: 12، تنبيهات: 8"
    assert shown["group"] == "الشريحة 2: A Market on the Quay"
    spelling = shown["rows"]["credit-agency-spelling@1"]
    assert spelling == "تحذير: «DepositPhotos»\u200f ← \u200f«Depositphotos»"
    # the article is English: its fields still run left to right in the mirrored window
    assert shown["heading_text"] == "Where the Fog Lifts Late"
    assert shown["heading"] == "LeftToRight"
    # a new slide's empty fields are ready for English too, not for the window's Arabic
    assert shown["new_slide"] == ["", "LeftToRight", "", "LeftToRight"]
    assert shown["number"] == "1,616"  # Western digits, as %n counts are written
    assert (
        shown["licence_arrow"] == "LeftArrow"
    )  # the closed Licence section points the reading way


def test_arabic_is_picked_from_the_system_languages() -> None:
    shipped = ["ar", "de", "en", "fr"]
    assert chosen_language("", ["ar-SA"], shipped) == "ar"
    assert chosen_language("", ["ar_EG", "en"], shipped) == "ar"
    assert chosen_language("ar", ["de-DE"], shipped) == "ar"  # Preferences ▸ العربية


def test_an_articles_language_names_its_direction() -> None:
    """What an empty field of the article takes (text_direction.set_empty_direction)."""
    from PySide6.QtCore import Qt

    from slidewright.ui.editing.text_direction import language_direction

    assert language_direction("en-GB") == Qt.LayoutDirection.LeftToRight
    assert language_direction("ar") == language_direction("he") == Qt.LayoutDirection.RightToLeft
    assert language_direction("") is None  # no language: the window's direction
    assert language_direction("xx") is None


def test_an_arabic_articles_new_slide_is_ready_for_arabic_in_an_english_window(
    qtbot: Any, sample_window: MainWindow
) -> None:
    """The other way round: a desk writing in Arabic with the window in English. Once the
    article's Language says ar, a new slide's empty heading and body are laid out right to left
    before the first letter is typed; the English slides' fields keep their left-to-right text."""
    from PySide6.QtCore import Qt

    window = sample_window
    rtl = Qt.LayoutDirection.RightToLeft
    language = window.article_editor.fields["lang"]
    language.setFocus()
    language.selectAll()
    qtbot.keyClicks(language, "ar")  # as typed: the language settles after a pause
    assert window.doc is not None and window.doc.article.lang == "ar"
    window.actions_by_name["add_slide"].trigger()
    heading, body = window.slide_editor.fields["heading"], window.slide_editor.body
    assert heading.text() == "" and body.toPlainText() == ""
    qtbot.waitUntil(lambda: heading.layoutDirection() == body.layoutDirection() == rtl)
    window.select_rows([0])  # an English slide: its text still decides
    assert heading.text() == "Where the Fog Lifts Late"
    assert heading.layoutDirection() == Qt.LayoutDirection.LeftToRight
