"""Moving through the window with the keyboard: where focus starts, F6 / Shift+F6 between the
panes, F10 to the menus, a Tab order that reads as the window does, and "show X" keys that take
the writer to X (Ctrl+Shift+P: the Problems list).

The panes, in reading order: the slide list, the editor (the field last used in it, else its
first), the preview, the Problems list. A pane that is not on screen (focus mode, the Problems
panel closed, the welcome page) is passed over."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QMainWindow, QTabWidget, QWidget

from slidewright.ui.access.focus_ring import FocusRing
from slidewright.ui.editing.document import Document
from slidewright.ui.window.editors import Editors

NO_MODIFIER = Qt.KeyboardModifier.NoModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


class PaneKeys(QObject):
    def __init__(
        self,
        main: QMainWindow,
        editors: Editors,
        preview: QWidget,
        problems: QWidget,
        problems_tree: QWidget,
        mode_buttons: list[QWidget],
    ) -> None:
        super().__init__(main)
        self.main, self.editors, self.preview = main, editors, preview
        self.problems, self.problems_tree = problems, problems_tree
        self._last_in_editor: QWidget | None = None
        self.rings = [
            FocusRing(editors.slide_list),
            FocusRing(problems_tree),
            FocusRing(editors.tabs.tabBar()),
        ]
        self.panes: list[tuple[QWidget, Callable[[], QWidget | None]]] = [
            (editors.slide_list, lambda: editors.slide_list),
            (editors.tabs, self._editor_target),
            (preview, lambda: preview),
            (problems, lambda: problems_tree),
        ]
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_changed)
        for keys, handler in (
            ("F6", lambda: self.cycle(1)),
            ("Shift+F6", lambda: self.cycle(-1)),
            ("F10", self.open_menus),
        ):
            shortcut = QShortcut(QKeySequence(keys), main)
            shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
            shortcut.activated.connect(handler)
        # the preview's page takes the keys it is given before a shortcut sees them: the keys
        # of the widget it draws in (made, and made again, by the web view) are read here first
        preview.installEventFilter(self)
        # the next turn of the event loop, once the window is built: walking the focus chain
        # makes a Python object (and its class's enums) for each of ~130 widgets, 7-12 ms of
        # every start that the writer waited for with the window half made
        QTimer.singleShot(0, self, lambda: self._tab_order(mode_buttons))

    # -- where focus goes ---------------------------------------------------------------------
    def start(self, doc: Document | None) -> None:
        """Where writing starts: the slide list, or the article's first empty field when the
        article has no slides yet."""
        if doc is None:
            return
        if doc.article.slides:
            self.editors.slide_list.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        self.editors.tabs.setCurrentIndex(1)
        fields = self.editors.article_editor.fields
        empty = next((f for f in fields.values() if not f.text()), None)
        target = empty or next(iter(fields.values()), None)
        if target is not None:
            target.setFocus(Qt.FocusReason.OtherFocusReason)

    def current_pane(self) -> int:
        focused = QApplication.focusWidget()
        for position, (pane, _target) in enumerate(self.panes):
            if focused is not None and (focused is pane or pane.isAncestorOf(focused)):
                return position
        return -1

    def cycle(self, step: int) -> None:
        """F6 / Shift+F6: the next (previous) pane on screen, round the window."""
        here = self.current_pane()
        count = len(self.panes)
        for n in range(1, count + 1):
            pane, target = self.panes[(here + step * n) % count if here >= 0 else (n - 1) % count]
            widget = target()
            if pane.isVisible() and widget is not None and widget.isVisible():
                widget.setFocus(Qt.FocusReason.ShortcutFocusReason)
                return

    def show_problems(self, shown: bool) -> None:
        """Ctrl+Shift+P shows the Problems panel and goes to its list."""
        if shown:
            self.problems.raise_()
            self.problems_tree.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def open_menus(self) -> None:
        """F10, as on every desktop: the first menu opens, arrows move on from there."""
        bar = self.main.menuBar()
        first = next((a for a in bar.actions() if a.isVisible() and a.isEnabled()), None)
        if bar.isVisible() and first is not None:
            bar.setFocus(Qt.FocusReason.ShortcutFocusReason)
            bar.setActiveAction(first)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() not in (QEvent.Type.KeyPress, QEvent.Type.ShortcutOverride):
            return False
        assert isinstance(event, QKeyEvent)
        key, mods = event.key(), event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if key not in (Qt.Key.Key_F6, Qt.Key.Key_F10):
            return False
        if event.type() == QEvent.Type.ShortcutOverride:
            event.ignore()  # not the page's: the window's shortcut has it
            return True
        if key == Qt.Key.Key_F6 and mods in (NO_MODIFIER, SHIFT):
            self.cycle(-1 if mods == SHIFT else 1)
            return True
        if key == Qt.Key.Key_F10 and mods == NO_MODIFIER:
            self.open_menus()
            return True
        return False

    def wire_problems_toggle(self, toggle: QAction) -> None:
        """View > Problems shows or hides the panel; its key, Ctrl+Shift+P, goes to the list
        (showing the panel if need be), and from inside the list puts the panel away and takes
        the writer back to where they were. As the menu entry's own shortcut it only toggled:
        pressed from the Credit field, it hid the panel the writer wanted to reach."""
        toggle.triggered.connect(self.show_problems)
        # the menu still shows the key; it works only while the menu itself has the focus
        toggle.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        key = QShortcut(toggle.shortcut(), self.main)
        key.setContext(Qt.ShortcutContext.WindowShortcut)
        key.activated.connect(self.go_to_problems)

    def go_to_problems(self) -> None:
        focus = QApplication.focusWidget()
        if self.problems.isVisible() and focus is not None and self.problems.isAncestorOf(focus):
            self.problems.hide()
            back = self._editor_target() or self.editors.slide_list
            back.setFocus(Qt.FocusReason.ShortcutFocusReason)
            return
        self.problems.show()
        self.show_problems(True)

    def _editor_target(self) -> QWidget | None:
        tabs: QTabWidget = self.editors.tabs
        last = self._last_in_editor
        if last is not None and last.isVisible() and tabs.currentWidget().isAncestorOf(last):
            return last
        editor = self.editors.slide_editor if tabs.currentIndex() == 0 else None
        if editor is not None and editor.isEnabled():
            first = next(iter(editor.fields.values()), None)
            if first is not None:
                return first
        fields = self.editors.article_editor.fields
        return next(iter(fields.values()), None) if tabs.currentIndex() == 1 else tabs.tabBar()

    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        if new is not None and self.preview.isAncestorOf(new):
            new.installEventFilter(self)  # (once: Qt keeps one of each)
        if new is not None and new is not self.editors.tabs.tabBar():
            if self.editors.tabs.isAncestorOf(new):
                self._last_in_editor = new

    def _tab_order(self, mode_buttons: list[QWidget]) -> None:
        """Tab reads the window left to right: the slide list's buttons and list, the editor's
        tabs and fields, the preview's toggle and page, then the Problems list and its button.
        Qt's order is the order the widgets were made in, and the preview's column is made
        first (step one): it is moved to after the editor's last field (before the Problems
        list), the page's own widget named (Qt's order skips a proxied view)."""
        tabs = self.editors.tabs
        last: QWidget = tabs.tabBar()
        widget = tabs.tabBar().nextInFocusChain()
        for _ in range(5000):  # (the chain is a ring: it ends where it began)
            if widget is None or widget is tabs.tabBar() or widget is self.problems_tree:
                break
            if widget.focusPolicy() & Qt.FocusPolicy.TabFocus and tabs.isAncestorOf(widget):
                last = widget
            widget = widget.nextInFocusChain()
        page = self.preview.focusProxy() or self.preview
        chain = [last, *mode_buttons, page, self.problems_tree]
        fix = getattr(self.problems, "fix_button", None)
        if isinstance(fix, QWidget):
            chain.append(fix)
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)
