"""Writing an article in the real window, with the keyboard and mouse, as a writer would."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QMessageBox
from uihelpers import answer_next_message_box, started

from slidewright import load_article
from slidewright.ui.window.main_window import MainWindow


def headings(window: MainWindow) -> list[str]:
    model = window.slide_list.model()
    return [model.index(row).data() for row in range(model.rowCount())]


def type_slide(qtbot: Any, window: MainWindow, row: int, heading: str, body: str) -> None:
    window.select_rows([row])
    qtbot.keyClicks(window.slide_editor.fields["heading"], heading)
    qtbot.keyClicks(window.slide_editor.body, body)


def drag_row(window: MainWindow, row: int, before_row: int) -> None:
    """Drop row ``row`` just above ``before_row`` through the list's real drop handler."""
    view = window.slide_list
    mime = view.model().mimeData([view.model().index(row)])
    rect = view.visualRect(view.model().index(before_row))
    point = QPointF(rect.center().x(), rect.top() + 2)
    event = QDropEvent(
        point,
        Qt.DropAction.MoveAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    view.dropEvent(event)


def test_write_reorder_delete_undo_redo_save_and_reopen(
    qtbot: Any, window: MainWindow, tmp_path: Path
) -> None:
    assert window.session.new_article(tmp_path / "coastal-walks")
    for _ in range(3):
        window.actions_by_name["add_slide"].trigger()
    assert len(window.doc.article.slides) == 4
    for row, name in enumerate("ABCD"):
        type_slide(qtbot, window, row, f"Walk {name}", f"Body of walk {name}.")
    assert headings(window) == ["Walk A", "Walk B", "Walk C", "Walk D"]
    assert window.isWindowModified()

    drag_row(window, 0, 3)  # A goes just above D
    assert headings(window) == ["Walk B", "Walk C", "Walk A", "Walk D"]
    window.select_rows([1])
    qtbot.keyClick(window.slide_list, Qt.Key.Key_Delete)
    assert headings(window) == ["Walk B", "Walk A", "Walk D"]

    stack = window.doc.undo_stack
    states = []
    while stack.canUndo():  # every step undoes, back to the blank new article
        states.append(headings(window))
        window.actions_by_name["undo"].trigger()
    assert headings(window) == ["Untitled slide"]
    assert not window.isWindowModified()  # back at the saved state
    for expected in reversed(states):
        window.actions_by_name["redo"].trigger()
        assert headings(window) == expected

    window.actions_by_name["save"].trigger()
    assert not window.isWindowModified()
    saved = load_article(tmp_path / "coastal-walks")
    assert [s.heading for s in saved.slides] == ["Walk B", "Walk A", "Walk D"]
    assert [s.body for s in saved.slides] == [
        "Body of walk B.",
        "Body of walk A.",
        "Body of walk D.",
    ]

    window.session.close_article()
    assert window.session.open_path(tmp_path / "coastal-walks")
    assert headings(window) == ["Walk B", "Walk A", "Walk D"]


def test_a_word_typed_over_a_selection_is_one_undo_step(
    qtbot: Any, sample_window: MainWindow
) -> None:
    heading = sample_window.slide_editor.fields["heading"]
    heading.selectAll()
    qtbot.keyClicks(heading, "Fog")
    assert sample_window.doc.article.slides[0].heading == "Fog"
    sample_window.actions_by_name["undo"].trigger()
    assert sample_window.doc.article.slides[0].heading == "Where the Fog Lifts Late"
    assert heading.text() == "Where the Fog Lifts Late"
    assert not sample_window.isWindowModified()


def test_ctrl_z_in_a_text_field_undoes_through_the_window(
    qtbot: Any, sample_window: MainWindow
) -> None:
    sample_window.activateWindow()
    qtbot.waitActive(sample_window)
    body = sample_window.slide_editor.body
    body.setFocus()
    qtbot.keyClick(body, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(body, " More.")
    body_text = sample_window.doc.article.slides[0].body
    assert body_text.endswith("first. More.\n")  # the last paragraph continued
    qtbot.keyClick(body, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    # the word went with the space typed before it (issue 27: no step of a lone space)
    assert sample_window.doc.article.slides[0].body.endswith("first.\n")
    assert body.toPlainText().endswith("first.")  # its final line end is not shown


def test_alt_arrows_move_the_slide_and_keep_it_selected(
    qtbot: Any, sample_window: MainWindow
) -> None:
    sample_window.select_rows([0])
    sample_window.actions_by_name["move_down"].trigger()
    assert headings(sample_window)[1] == "Where the Fog Lifts Late"
    assert sample_window.current_row() == 1
    sample_window.actions_by_name["move_up"].trigger()
    assert headings(sample_window)[0] == "Where the Fog Lifts Late"


def test_next_and_previous_slide_keep_the_field_being_edited(
    qtbot: Any, sample_window: MainWindow
) -> None:
    credit = sample_window.slide_editor.fields["credit"]
    credit.setFocus()
    sample_window.actions_by_name["next_slide"].trigger()
    sample_window.actions_by_name["next_slide"].trigger()
    assert sample_window.current_row() == 2
    assert credit.text() == "Ines Moura/Depositphotos"
    sample_window.actions_by_name["previous_slide"].trigger()
    assert sample_window.current_row() == 1
    assert (
        sample_window.windowTitle()
        == "Nine Harbour Towns Worth Taking the Slow Road For[*] — harbour-towns — Slidewright"
    )


def test_multi_selection_delete_is_one_undo_step(sample_window: MainWindow) -> None:
    sample_window.select_rows([1, 3, 5])
    sample_window.parts.slides.delete_slides()
    assert len(sample_window.doc.article.slides) == 6
    sample_window.undo()
    assert len(sample_window.doc.article.slides) == 9
    assert headings(sample_window)[3] == "Boats Painted by Hand"


def test_unsaved_changes_prompt_and_cancel_keeps_the_window_open(
    qtbot: Any, sample_window: MainWindow
) -> None:
    heading = sample_window.slide_editor.fields["heading"]
    heading.end(False)
    qtbot.keyClicks(heading, "!")
    seen: list[str] = []
    answer_next_message_box(QMessageBox.StandardButton.Cancel, seen)
    assert not sample_window.close()
    assert seen and "Save the changes" in seen[0]
    assert sample_window.isVisible()
    assert sample_window.doc.article.slides[0].heading.endswith("!")


def test_discard_closes_without_writing(qtbot: Any, sample_window: MainWindow) -> None:
    before = sample_window.doc.index_file.read_bytes()
    qtbot.keyClicks(sample_window.slide_editor.fields["heading"], "!")
    answer_next_message_box(QMessageBox.StandardButton.Discard, [])
    assert sample_window.close()
    assert sample_window.doc.index_file.read_bytes() == before


def test_unreadable_article_shows_the_error_and_opens_nothing(
    qtbot: Any, window: MainWindow, tmp_path: Path
) -> None:
    (tmp_path / "index.md").write_text("---\ntitle: [broken\n---\n", encoding="utf-8")
    assert not window.session.open_path(tmp_path)
    box = window.findChild(QMessageBox, "errorMessage")
    assert box is not None and "index.md:2" in box.text()  # where the [ is, not where YAML gave up
    assert "the list opened with [ on line 2 is never closed with ]" in box.text()
    assert window.doc is None
    assert window.stack.currentWidget() is window.welcome
    assert (tmp_path / "index.md").read_text(encoding="utf-8") == "---\ntitle: [broken\n---\n"


def test_status_bar_counts_slides_words_and_reading_time(sample_window: MainWindow) -> None:
    sample_window.select_rows([2])
    sample_window.update_status()
    assert sample_window.status_line.position_label.text() == "Slide 3 of 9"
    assert (
        "words" in sample_window.status_line.words_label.text()
        and "min read" in sample_window.status_line.words_label.text()
    )


def test_article_pane_edits_title_and_categories(qtbot: Any, sample_window: MainWindow) -> None:
    sample_window.tabs.setCurrentIndex(1)
    category = sample_window.article_editor.fields["categories"]
    category.selectAll()
    qtbot.keyClicks(category, "Travel, Europe")
    assert sample_window.doc.article.categories == ["Travel", "Europe"]
    assert sample_window.windowTitle().startswith("Nine Harbour Towns")


def test_dropping_an_image_file_copies_it_into_the_bundle(
    qtbot: Any, sample_window: MainWindow, tmp_path: Path
) -> None:
    from imagefactory import make_image

    outside = make_image(tmp_path / "elsewhere" / "DSC_0042.JPG", seed=9)
    sample_window.select_rows([3])
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(outside))])
    view = sample_window.slide_list
    rect = view.visualRect(view.model().index(3))

    def enter(offered: Qt.DropAction) -> QDragEnterEvent:
        entering = QDragEnterEvent(
            rect.center(), offered, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
        )
        view.dragEnterEvent(entering)
        return entering

    assert not enter(Qt.DropAction.MoveAction).isAccepted()  # a move-only drag is refused
    entering = enter(Qt.DropAction.CopyAction | Qt.DropAction.MoveAction)
    assert entering.isAccepted() and entering.dropAction() == Qt.DropAction.CopyAction
    event = QDropEvent(
        QPointF(rect.center()),
        Qt.DropAction.CopyAction | Qt.DropAction.MoveAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    event.setDropAction(Qt.DropAction.MoveAction)  # what a file manager proposes with Shift held
    view.dropEvent(event)
    assert event.dropAction() == Qt.DropAction.CopyAction  # the original is never moved away
    assert outside.exists()
    image = sample_window.doc.article.slides[3].image
    assert image == "images/boats-painted-by-hand.jpg"
    assert (sample_window.doc.bundle / image).read_bytes() == outside.read_bytes()
    sample_window.undo()
    assert sample_window.doc.article.slides[3].image == "images/boats.jpg"


def test_layout_and_recent_files_persist(
    qtbot: Any, sample_window: MainWindow, settings: Any, sample_bundle: Path
) -> None:
    sample_window.splitter.setSizes([333, 500, 600])
    sizes = sample_window.splitter.sizes()
    sample_window.close()
    again = started(qtbot, settings)
    again.show()
    assert again.session.open_path(sample_bundle)
    # the offscreen screen is smaller than the window, so only the list's width can match exactly
    qtbot.waitUntil(lambda: again.splitter.sizes()[0] == sizes[0], timeout=10000)
    assert settings.bytes_value("geometry") is not None
    assert settings.recent()[0] == sample_bundle
    assert settings.last_article() == sample_bundle


def test_body_markdown_is_highlighted(qtbot: Any, sample_window: MainWindow) -> None:
    body = sample_window.slide_editor.body
    body.setPlainText(
        "## Getting there\n\nTake **the early boat** and see [the timetable](https://e.example)."
    )
    blocks = [body.document().findBlockByNumber(n) for n in (0, 2)]
    heading_formats = blocks[0].layout().formats()
    assert heading_formats and heading_formats[0].format.fontWeight() > 400
    ranges = {(r.start, r.length) for r in blocks[1].layout().formats()}
    text = blocks[1].text()
    assert (text.index("**"), len("**the early boat**")) in ranges
    assert (text.index("[the"), len("[the timetable](https://e.example)")) in ranges


def test_bold_is_not_taken_for_italic(sample_window: MainWindow) -> None:
    body = sample_window.slide_editor.body
    body.setPlainText("**Check the boat** and *bring a coat*.")
    formats = body.document().firstBlock().layout().formats()
    bold = [f for f in formats if f.format.fontWeight() > 400]
    italic = [f for f in formats if f.format.fontItalic()]
    assert [(f.start, f.length) for f in bold] == [(0, 18)]
    assert [(f.start, f.length) for f in italic] == [(23, 14)]
