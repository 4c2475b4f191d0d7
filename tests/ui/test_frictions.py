"""The small frictions of a day's writing, each as the writer met it in the real window."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractScrollArea,
    QApplication,
    QFileDialog,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTabBar,
    QWidget,
)
from uihelpers import run_js

from slidewright.ui.problems.panel import FindingRole
from slidewright.ui.window.main_window import MainWindow


def slide_in_view(qtbot: Any, window: MainWindow, row: int) -> dict[str, Any]:
    script = f"""JSON.stringify((function () {{
        var slide = document.getElementById("slide-{row + 1}");
        if (!slide) {{ return {{exists: false}}; }}
        var box = slide.getBoundingClientRect();
        return {{exists: true, top: box.top, height: window.innerHeight,
                 heading: slide.querySelector("h2").textContent}};
    }})())"""
    return json.loads(run_js(qtbot, window, script))


def test_a_new_slide_is_scrolled_into_the_preview_while_it_is_filled_in(
    qtbot: Any, sample_window: MainWindow
) -> None:
    window = sample_window
    window.select_rows([8])  # the last slide, at the top of the preview
    qtbot.waitUntil(lambda: abs(slide_in_view(qtbot, window, 8)["top"]) < 40)
    qtbot.keyClick(
        window.slide_list,
        Qt.Key.Key_N,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    qtbot.keyClicks(window.slide_editor.fields["heading"], "The Night Ferry")

    def new_slide_visible() -> bool:
        view = slide_in_view(qtbot, window, 9)
        return (
            view["exists"]
            and "The Night Ferry" in view["heading"]
            and 0 <= view["top"] < view["height"] - 48
        )

    qtbot.waitUntil(new_slide_visible)


def answer_file_dialog(qtbot: Any, typed: str, seen: dict[str, str]) -> None:
    """Once the file dialog is up: note the folder it opened in, type ``typed``, press Enter."""

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QFileDialog):
            QTimer.singleShot(20, answer)
            return
        seen["folder"] = dialog.directory().absolutePath()
        name = dialog.findChild(QLineEdit, "fileNameEdit")
        name.selectAll()
        qtbot.keyClicks(name, typed)
        qtbot.keyClick(name, Qt.Key.Key_Return)

    QTimer.singleShot(20, answer)


def test_new_article_opens_in_the_writers_documents_and_takes_a_new_folder_name(
    qtbot: Any, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.delenv("XDG_DOCUMENTS_DIR", raising=False)
    documents = tmp_path / "Documents"
    documents.mkdir()
    monkeypatch.chdir(tmp_path)  # the program's own folder is not where dialogs open
    seen: dict[str, str] = {}
    answer_file_dialog(qtbot, "island-walks", seen)
    window.actions_by_name["new"].trigger()
    assert Path(seen["folder"]) == documents
    assert window.doc is not None
    assert window.doc.bundle == documents / "island-walks"
    assert (documents / "island-walks" / "index.md").is_file()
    assert window.doc.article.title == "Island walks"


def test_save_as_says_where_the_article_went(
    qtbot: Any, sample_window: MainWindow, tmp_path: Path
) -> None:
    target = tmp_path / "harbour-towns-copy"
    assert sample_window.session.save_as(target)
    message = sample_window.statusBar().currentMessage()
    assert message == f"Saved as {target / 'index.md'}"


def test_recent_articles_are_listed_by_title(
    qtbot: Any, window: MainWindow, sample_bundle: Path, tmp_path: Path
) -> None:
    untitled = tmp_path / "notes-folder"
    untitled.mkdir()
    (untitled / "index.md").write_text("---\nauthor: Ana\n---\n", encoding="utf-8")
    window.settings.add_recent(untitled)
    window.settings.add_recent(sample_bundle)
    window.show_welcome()
    title = "Nine Harbour Towns Worth Taking the Slow Road For"
    welcome = [window.welcome.recent.item(n).text() for n in range(window.welcome.recent.count())]
    assert welcome == [f"{title} — harbour-towns", f"notes-folder — {tmp_path}"]

    menu = window.actions_by_name["recent"].menu()
    menu.aboutToShow.emit()
    texts = [action.text() for action in menu.actions()]
    assert texts[:2] == [f"{title} — harbour-towns", f"notes-folder — {tmp_path}"]
    next(a for a in menu.actions() if a.text().startswith(title)).trigger()
    assert window.doc is not None and window.doc.bundle == sample_bundle


def tab_chain(qtbot: Any, window: MainWindow, start: QWidget) -> list[QWidget]:
    """The widgets Tab visits inside the editor pane, starting at ``start``."""
    start.setFocus()
    qtbot.waitUntil(start.hasFocus)
    chain: list[QWidget] = []
    for _ in range(40):
        widget = QApplication.focusWidget()
        if widget in chain:
            break
        if window.tabs.isAncestorOf(widget):
            chain.append(widget)
        qtbot.keyClick(widget, Qt.Key.Key_Tab)
    return chain


def test_every_tab_stop_in_the_editor_is_a_control_the_writer_can_see_and_name(
    qtbot: Any, sample_window: MainWindow
) -> None:
    window = sample_window
    editor = window.slide_editor
    article = window.article_editor
    for tab, start, last in (
        (0, editor.fields["heading"], editor.body),
        (1, article.fields["title"], article.items),
    ):
        window.tabs.setCurrentIndex(tab)
        chain = tab_chain(qtbot, window, start)
        assert last in chain  # Tab reaches the end of the pane: no loop traps it half way
        for widget in chain:
            assert widget.isVisible() and widget.width() > 0, widget
            assert not isinstance(widget, (QAbstractScrollArea, QLabel)) or isinstance(
                widget, (QPlainTextEdit, QAbstractItemView)
            ), f"invisible Tab stop: {widget}"
            named = widget.accessibleName() or getattr(widget, "text", lambda: "")()
            assert named or isinstance(widget, QTabBar), f"no name: {widget}"
            assert widget.toolTip() or isinstance(widget, QTabBar), f"no tooltip: {widget}"


def test_the_problems_list_the_image_and_the_preview_modes_are_named_and_explained(
    sample_window: MainWindow,
) -> None:
    window = sample_window
    assert window.problems.tree.accessibleName() == "Problems"
    thumbnail = window.slide_editor.thumbnail
    assert thumbnail.accessibleName() == "Slide image"
    assert thumbnail.accessibleDescription() == window.doc.article.slides[0].image
    for button in window.mode_buttons.buttons():
        assert button.toolTip().startswith("Preview")
        assert button.accessibleName().startswith("Preview as")


def test_undoing_a_quick_fix_from_another_slide_shows_the_slide_it_changed(
    qtbot: Any, sample_window: MainWindow
) -> None:
    window = sample_window
    tree = window.problems.tree
    items = [
        tree.topLevelItem(g).child(c)
        for g in range(tree.topLevelItemCount())
        for c in range(tree.topLevelItem(g).childCount())
    ]
    item = next(
        i
        for i in items
        if (f := i.data(0, FindingRole)) is not None and f.fix is not None and f.slide == 1
    )
    tree.setCurrentItem(item)
    credit = window.doc.article.slides[1].credit
    qtbot.mouseClick(window.problems.fix_button, Qt.MouseButton.LeftButton)
    assert window.doc.article.slides[1].credit != credit

    window.select_rows([6])  # the writer works on elsewhere
    heading = window.slide_editor.fields["heading"]
    heading.setFocus()
    qtbot.keyClick(heading, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.doc.article.slides[1].credit == credit
    assert window.current_row() == 1
    assert window.slide_editor.fields["credit"].text() == credit  # shown, not just selected
    qtbot.keyClick(
        heading,
        Qt.Key.Key_Z,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert window.doc.article.slides[1].credit != credit and window.current_row() == 1


def test_thumbnails_are_drawn_with_every_pixel_of_a_2x_screen(
    qtbot: Any, window: MainWindow, sample_bundle: Path
) -> None:
    window.parts.editors.thumbnails.ratio = 2.0  # what a 2x screen reports
    assert window.session.open_path(sample_bundle)
    # What the slide list paints (the editor's QLabel would rescale to this test screen's 1x).
    pixmap = window.slide_list.model().index(0).data(Qt.ItemDataRole.DecorationRole)
    assert pixmap.devicePixelRatio() == 2.0
    assert (pixmap.width(), pixmap.height()) == (176, 116)  # device pixels
    assert (
        pixmap.deviceIndependentSize().toSize() == window.parts.editors.thumbnails.size
    )  # same layout
    placeholder = window.parts.editors.thumbnails.get(sample_bundle, "images/missing.jpg")
    assert placeholder.devicePixelRatio() == 2.0 and placeholder.width() == 176


def test_browsing_for_an_export_folder_starts_beside_the_article(
    qtbot: Any, sample_window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from slidewright.exporters import is_folder_format
    from slidewright.ui.dialogs.export_dialog import ExportDialog

    monkeypatch.chdir("/")  # the program's own folder: not where the writer wants to look
    dialog = ExportDialog(sample_window, sample_window.doc, "article", 0)
    qtbot.addWidget(dialog)
    folder_format = next(
        n for n in range(dialog.format.count()) if is_folder_format(dialog.format.itemData(n))
    )
    dialog.format.setCurrentIndex(folder_format)
    seen: dict[str, str] = {}

    def cancel_file_dialog() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QFileDialog):
            QTimer.singleShot(20, cancel_file_dialog)
            return
        seen["folder"] = box.directory().absolutePath()
        box.reject()

    QTimer.singleShot(20, cancel_file_dialog)
    browse = next(b for b in dialog.findChildren(QPushButton) if b.text() == "Browse…")
    qtbot.mouseClick(browse, Qt.MouseButton.LeftButton)
    assert Path(seen["folder"]) == sample_window.doc.bundle.parent


def test_a_jump_to_the_date_puts_the_cursor_in_it_and_tab_leaves_it(
    qtbot: Any, sample_window: MainWindow
) -> None:
    window = sample_window
    window.tabs.setCurrentIndex(1)
    article = window.article_editor
    article.focus_field("date")  # what a double-click on a date finding in Problems does
    qtbot.waitUntil(article.date.line.hasFocus)
    qtbot.keyClick(article.date.line, Qt.Key.Key_Tab)
    assert article.date.pick.hasFocus()
    qtbot.keyClick(article.date.pick, Qt.Key.Key_Tab)  # it went back to the date, for ever
    assert article.fields["credit_label"].hasFocus()
    qtbot.keyClick(article.fields["credit_label"], Qt.Key.Key_Backtab)
    assert article.date.pick.hasFocus()
