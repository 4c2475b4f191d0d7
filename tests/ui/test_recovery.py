"""Unsaved changes survive a session that ends without saving, and never touch the article file."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from uihelpers import answer_next_message_box, started

from slidewright.ui.session import recovery
from slidewright.ui.window.main_window import MainWindow


def test_changes_are_copied_aside_and_offered_back(
    qtbot: Any, sample_window: MainWindow, settings: Any
) -> None:
    before = sample_window.doc.index_file.read_bytes()
    heading = sample_window.slide_editor.fields["heading"]
    heading.selectAll()
    qtbot.keyClicks(heading, "Fog, Then Sun")
    sample_window.session.snapshot()
    assert sample_window.doc.index_file.read_bytes() == before  # the article itself is untouched
    assert list(recovery.recovery_dir().glob("*.md"))
    bundle = sample_window.doc.bundle
    sample_window.doc.undo_stack.setClean()
    _as_if_its_process_died()  # the session ends without saving or discarding

    again = started(qtbot, settings)
    seen: list[str] = []
    answer_next_message_box(QMessageBox.StandardButton.Yes, seen)
    assert again.session.open_path(bundle)
    assert seen and "Restore them?" in seen[0]
    assert again.doc.article.slides[0].heading == "Fog, Then Sun"
    assert again.isWindowModified()
    # as the prompt says, Edit > Undo (Ctrl+Z) takes the restore back (a writer's trial: it
    # was greyed out after a restore)
    undo = again.actions_by_name["undo"]
    assert undo.isEnabled() and "Restore" in undo.text()
    undo.trigger()
    assert again.doc.article.slides[0].heading == "Where the Fog Lifts Late"
    assert not list(recovery.recovery_dir().glob("*.md"))
    again.doc.undo_stack.setClean()


def _as_if_its_process_died() -> None:
    """Make every recovery copy look like it was left by a process that has since ended."""
    gone = subprocess.Popen(["true"])
    gone.wait()
    for meta_file in recovery.recovery_dir().glob("*.json"):
        meta = json.loads(meta_file.read_text())
        meta.update(pid=gone.pid, owner="ended-session")
        meta_file.write_text(json.dumps(meta))


def test_saving_removes_the_recovery_copy(qtbot: Any, sample_window: MainWindow) -> None:
    qtbot.keyClicks(sample_window.slide_editor.fields["caption"], "Dawn")
    sample_window.session.snapshot()
    assert list(recovery.recovery_dir().glob("*.md"))
    assert sample_window.session.save()
    assert not list(recovery.recovery_dir().glob("*.md"))


def test_nothing_is_kept_for_an_unmodified_article(sample_window: MainWindow) -> None:
    sample_window.session.snapshot()
    assert not list(recovery.recovery_dir().glob("*.md"))


def test_two_windows_on_one_article_keep_their_own_copies(
    qtbot: Any, sample_window: MainWindow, settings: Any
) -> None:
    bundle = sample_window.doc.bundle
    heading = sample_window.slide_editor.fields["heading"]
    heading.selectAll()
    qtbot.keyClicks(heading, "First window's heading")
    sample_window.session.snapshot()

    second = started(qtbot, settings)
    seen: list[str] = []
    assert second.session.open_path(bundle)  # the first window is alive: nothing is offered
    qtbot.keyClicks(second.slide_editor.fields["caption"], "second")
    second.session.snapshot()
    assert len(list(recovery.recovery_dir().glob("*.md"))) == 2
    second.doc.undo_stack.setClean()
    second.close()  # a clean close removes only its own copy
    copies = list(recovery.recovery_dir().glob("*.md"))
    assert len(copies) == 1 and "First window's heading" in copies[0].read_text()

    sample_window.doc.undo_stack.setClean()
    _as_if_its_process_died()  # now the first window crashes
    third = started(qtbot, settings)
    answer_next_message_box(QMessageBox.StandardButton.Yes, seen)
    assert third.session.open_path(bundle)
    assert third.doc.article.slides[0].heading == "First window's heading"
    third.doc.undo_stack.setClean()


def test_after_save_as_the_old_folder_offers_nothing(
    qtbot: Any, sample_window: MainWindow, settings: Any, tmp_path: Path
) -> None:
    old = sample_window.doc.bundle
    qtbot.keyClicks(sample_window.slide_editor.fields["caption"], "Dawn")
    sample_window.session.snapshot()
    assert sample_window.session.save_as(tmp_path / "copy")
    assert not list(recovery.recovery_dir().glob("*.md"))
    sample_window.session.snapshot()  # saved: nothing to copy aside
    _as_if_its_process_died()
    again = started(qtbot, settings)
    asked: list[str] = []
    again.session.prompts.yes_no = lambda title, *_args, **_kw: asked.append(title) or True
    assert again.session.open_path(old)
    assert not asked  # no stale "Restore unsaved changes?"
    assert again.doc.article.slides[0].caption == sample_window.doc.article.slides[0].caption[:-4]


def test_a_copy_that_cannot_be_read_is_kept_and_its_place_told(
    qtbot: Any, sample_window: MainWindow, settings: Any
) -> None:
    bundle = sample_window.doc.bundle
    qtbot.keyClicks(sample_window.slide_editor.fields["caption"], "Dawn")
    sample_window.session.snapshot()
    sample_window.doc.undo_stack.setClean()
    (copy,) = recovery.recovery_dir().glob("*.md")
    copy.write_text("---\ntitle: [unclosed\n---\n")
    _as_if_its_process_died()
    again = started(qtbot, settings)
    shown: list[tuple[str, str]] = []
    again.session.prompts.error = lambda title, text: shown.append((title, text))
    assert again.session.open_path(bundle)
    assert shown and str(copy) in shown[0][1]
    assert copy.exists()  # kept for the writer


def test_a_copy_made_before_another_program_changed_the_file_is_offered_plainly(
    qtbot: Any, sample_window: MainWindow, settings: Any
) -> None:
    """The prompt says the file was changed on disk (not "saved since"), and Enter restores."""
    bundle = sample_window.doc.bundle
    heading = sample_window.slide_editor.fields["heading"]
    heading.selectAll()
    qtbot.keyClicks(heading, "Kept Heading")
    sample_window.session.snapshot()
    sample_window.doc.undo_stack.setClean()
    _as_if_its_process_died()
    index = bundle / "index.md"
    index.write_text(index.read_text().replace("Nine Harbour", "Ten Harbour"))  # another program

    again = started(qtbot, settings)
    seen: list[tuple[str, str]] = []

    def press_enter() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, press_enter)
            return
        seen.append((box.text(), box.defaultButton().text()))
        qtbot.keyClick(box, Qt.Key.Key_Return)

    QTimer.singleShot(20, press_enter)
    assert again.session.open_path(bundle)
    text, default = seen[0]
    assert "index.md has changed on disk since these edits were made" in text
    assert "saved since" not in text
    assert default == "&Restore"
    assert again.doc.article.slides[0].heading == "Kept Heading"  # Enter restored them
    again.undo()
    assert again.doc.article.title.startswith("Ten Harbour")  # Undo gives the file's version
    again.doc.undo_stack.setClean()


def test_a_copy_left_in_the_old_doubled_folder_is_still_offered(
    qtbot: Any, sample_window: MainWindow, settings: Any, tmp_path: Path, monkeypatch: Any
) -> None:
    """Copies an earlier version wrote to ~/.local/share/Slidewright/Slidewright/recovery."""
    old = tmp_path / "old-recovery"
    monkeypatch.setattr(recovery, "recovery_dir", lambda: old)
    bundle = sample_window.doc.bundle
    heading = sample_window.slide_editor.fields["heading"]
    heading.selectAll()
    qtbot.keyClicks(heading, "From Before the Upgrade")
    sample_window.session.snapshot()
    sample_window.doc.undo_stack.setClean()
    _as_if_its_process_died()
    monkeypatch.setattr(recovery, "recovery_dir", lambda: tmp_path / "recovery")
    monkeypatch.setattr(recovery, "legacy_recovery_dir", lambda: old)

    again = started(qtbot, settings)
    answer_next_message_box(QMessageBox.StandardButton.Yes, [])
    assert again.session.open_path(bundle)
    assert again.doc.article.slides[0].heading == "From Before the Upgrade"
    assert not list(old.glob("*.md"))  # restored, so no longer kept
    again.doc.undo_stack.setClean()


def test_a_restore_at_start_up_is_undone_with_edit_undo(
    qtbot: Any, sample_window: MainWindow, settings: Any
) -> None:
    """`slidewright ARTICLE` after a crash opens the article in the window's second step: the
    restore was made before the window showed the article, which then greyed Undo out."""
    from slidewright.ui.start_plan import StartPlan

    heading = sample_window.slide_editor.fields["heading"]
    heading.selectAll()
    qtbot.keyClicks(heading, "Fog, Then Sun")
    sample_window.session.snapshot()
    bundle = sample_window.doc.bundle
    sample_window.doc.undo_stack.setClean()
    _as_if_its_process_died()

    seen: list[str] = []
    answer_next_message_box(QMessageBox.StandardButton.Yes, seen)
    again = started(qtbot, settings, StartPlan(bundle, settings.preview_mode()))
    assert seen and again.doc is not None
    restored = again.doc.article.slides[0].heading
    undo = again.actions_by_name["undo"]
    enabled, said = undo.isEnabled(), undo.text()
    undo.trigger()
    undone = again.doc.article.slides[0].heading
    again.doc.undo_stack.setClean()  # (before any assert: a failed one must not ask to save)
    assert restored == "Fog, Then Sun"
    assert enabled and "Restore" in said
    assert undone == "Where the Fog Lifts Late"
