"""Menus and shortcuts (standard keys where the platform has one)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QAction, QKeySequence

if TYPE_CHECKING:
    from slidewright.ui.window.main_window import MainWindow

Std = QKeySequence.StandardKey


def build_menus(window: MainWindow) -> dict[str, QAction]:
    actions: dict[str, QAction] = {}
    files, session = window.files, window.session

    def add(menu, name: str, text: str, slot, shortcut=None, checkable: bool = False) -> QAction:  # noqa: ANN001
        action = QAction(text, window)
        if shortcut is not None:
            action.setShortcuts(
                QKeySequence.keyBindings(shortcut)
                if isinstance(shortcut, Std)
                else [QKeySequence(shortcut)]
            )
        action.setCheckable(checkable)
        action.triggered.connect(slot)
        menu.addAction(action)
        window.addAction(action)
        actions[name] = action
        return action

    bar = window.menuBar()
    file_menu = bar.addMenu("&File")
    add(file_menu, "new", "&New Article…", session.new_article, Std.New)
    add(file_menu, "open", "&Open…", session.open_dialog, Std.Open)
    recent = file_menu.addMenu("Open &Recent")
    recent.aboutToShow.connect(lambda: files.fill_recent_menu(recent))
    actions["recent"] = recent.menuAction()
    add(file_menu, "sample", "Open the Sample Article", session.open_sample)
    file_menu.addSeparator()
    add(file_menu, "save", "&Save", session.save, Std.Save)
    add(file_menu, "save_as", "Save &As…", session.save_as, Std.SaveAs)
    file_menu.addSeparator()
    add(file_menu, "import", "&Import…", files.import_dialog, "Ctrl+Shift+I")
    add(file_menu, "export", "&Export…", files.export_dialog, "Ctrl+Shift+E")
    file_menu.addSeparator()
    add(file_menu, "close", "&Close Article", session.close_article, Std.Close)
    add(file_menu, "quit", "&Quit", window.close, Std.Quit)

    edit = bar.addMenu("&Edit")
    add(edit, "undo", "&Undo", window.undo, Std.Undo)
    add(edit, "redo", "&Redo", window.redo, Std.Redo)

    slide = bar.addMenu("&Slide")
    add(slide, "add_slide", "&New Slide", window.slides.add_slide, "Ctrl+Shift+N")
    add(
        slide, "duplicate_slide", "&Duplicate Slide", window.slides.duplicate_slides, "Ctrl+Shift+D"
    )
    add(slide, "delete_slide", "De&lete Slide", window.slides.delete_slides)
    slide.addSeparator()
    add(slide, "move_up", "Move &Up", lambda: window.slides.move_selection(-1), "Alt+Up")
    add(slide, "move_down", "Move Do&wn", lambda: window.slides.move_selection(1), "Alt+Down")
    slide.addSeparator()
    add(slide, "next_slide", "Ne&xt Slide", lambda: window.step_slide(1), "Ctrl+PgDown")
    add(slide, "previous_slide", "Pre&vious Slide", lambda: window.step_slide(-1), "Ctrl+PgUp")
    slide.addSeparator()
    add(slide, "choose_image", "Choose &Image…", files.choose_image, "Ctrl+Shift+G")

    view = bar.addMenu("&View")
    add(
        view,
        "mode_article",
        "Preview as &Article",
        lambda: window.set_preview_mode("article"),
        "Ctrl+1",
    )
    add(
        view,
        "mode_slideshow",
        "Preview as &Slideshow",
        lambda: window.set_preview_mode("slideshow"),
        "Ctrl+2",
    )
    problems = window.problems.toggleViewAction()
    problems.setShortcut(QKeySequence("Ctrl+Shift+P"))
    view.addAction(problems)
    mono = add(view, "monospace", "&Monospace Body Font", window.toggle_monospace, checkable=True)
    mono.setChecked(window.settings.flag("monospace"))

    actions["delete_slide"].setText("De&lete Slide\tDel")  # the key itself is handled by the list

    buttons = window.list_buttons
    buttons["add"].clicked.connect(window.slides.add_slide)
    buttons["duplicate"].clicked.connect(window.slides.duplicate_slides)
    buttons["delete"].clicked.connect(window.slides.delete_slides)
    window.slide_list.deleteRequested.connect(window.slides.delete_slides)
    buttons["up"].clicked.connect(lambda: window.slides.move_selection(-1))
    buttons["down"].clicked.connect(lambda: window.slides.move_selection(1))
    return actions
