"""The Edit menu's tools, wired to the editors: spelling, clipboard, find and replace, preferences.

Kept out of main_window.py, which only builds these and hands their slots to the menu table.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QApplication, QCompleter, QMainWindow, QWidget

from slidewright.ui.editing.completer_clicks import pass_clicks_through
from slidewright.ui.editing.document import Document
from slidewright.ui.editing.fields import LineField, TextField
from slidewright.ui.editing.find_replace import FindReplace
from slidewright.ui.editing.spelling import Spelling
from slidewright.ui.editing.spelling_menu import SpellingMenus
from slidewright.ui.editing.text_direction import language_direction, set_empty_direction
from slidewright.ui.preview.view import Preview
from slidewright.ui.session.article_session import ArticleSession
from slidewright.ui.session.preferences import Preferences
from slidewright.ui.session.settings import Settings
from slidewright.ui.window.editors import Editors
from slidewright.ui.window.selection import SlideSelection

SLIDE_LINES = ("heading", "alt", "caption")  # the slide's one-line prose fields
ARTICLE_LINES = ("title",)
MESSAGE_MS = 15_000
LANGUAGE_SETTLE_MS = 700
SPELLING_AT_THE_LATEST_MS = 1500  # the dictionary loads once the preview has painted, or by then


class EditingTools(QObject):
    """Spelling, the find bar, the clipboard entries and Preferences, for one window.

    Made in the window's step two (assembly.py) and held in its parts (``window.parts.tools``);
    a Qt child of the window."""

    def __init__(
        self,
        main: QMainWindow,
        settings: Settings,
        session: ArticleSession,
        editors: Editors,
        preview: Preview,
        selection: SlideSelection,
    ) -> None:
        super().__init__(main)
        slide_editor, article_editor = editors.slide_editor, editors.article_editor
        self.main, self.settings = main, settings
        self.slide_editor, self.article_editor = slide_editor, article_editor
        self.spelling = Spelling(
            lambda: Preferences.load(settings).article_language(),
            lambda: Preferences.load(settings).agency_words(),
            self,
        )
        self._spelling_said = ""
        self.spelling.message.connect(self._spelling_message)
        self.menus = SpellingMenus(self.spelling)
        for line in [slide_editor.fields[n] for n in SLIDE_LINES] + [
            article_editor.fields[n] for n in ARTICLE_LINES
        ]:
            self.spelling.attach_line(line)
            self.menus.attach(line)
        for text in (slide_editor.body, article_editor.description, article_editor.intro):
            self.spelling.attach_text(text)
            self.menus.attach(text)
        self._doc: Document | None = None
        self._language_timer = QTimer(self, singleShot=True, interval=LANGUAGE_SETTLE_MS)
        self._language_timer.timeout.connect(self._language_settled)
        self.spelling.loaded.connect(self._offer_languages)
        # Loading Enchant and a dictionary (~0.2 s of a thread) waits for the whole window to
        # paint (start_spelling): on start it would compete with building it for the CPU.
        self._painted = False
        preview.updated.connect(self.start_spelling)
        self._spelling_timer = QTimer(self, singleShot=True, interval=SPELLING_AT_THE_LATEST_MS)
        self._spelling_timer.timeout.connect(self.start_spelling)
        session.documentChanged.connect(self._document_changed)
        if session.doc is not None:  # opened before this existed
            self._document_changed(session.doc)
        self.find = FindReplace(
            main,
            lambda: session.doc,
            slide_editor,
            article_editor,
            lambda row: selection.select_rows([row]),
            editors.tabs.setCurrentIndex,
        )

    def _offer_languages(self) -> None:
        """Complete the Language field with the installed dictionaries (known once Enchant is
        loaded: importing it on the UI thread would slow the window's start)."""
        field = self.article_editor.fields["lang"]
        if field.completer() is None:
            from slidewright.ui.dialogs.preferences import installed_languages

            # its open list must not eat the click on the next field (completer_clicks.py)
            field.setCompleter(pass_clicks_through(QCompleter(installed_languages(), field)))

    def _document_changed(self, doc: Document | None) -> None:
        if hasattr(self, "find"):  # (made after the first document, on start-up)
            self.find.another_article(doc)
        if self._doc is not None:
            self._doc.articleChanged.disconnect(self._article_changed)
        self._doc = doc
        if doc is not None:
            doc.articleChanged.connect(self._article_changed)
            self._follow_article_language()
            if self._painted:
                self.spelling.set_language(doc.article.lang.strip())
            else:
                self._spelling_timer.start()

    def _spelling_message(self, text: str) -> None:
        """Show the spelling's line; "" takes back its own last line if still shown, never
        another (a save's, a find's)."""
        bar = self.main.statusBar()
        if text:
            bar.showMessage(text, MESSAGE_MS)
        elif self._spelling_said and bar.currentMessage() == self._spelling_said:
            bar.clearMessage()
        self._spelling_said = text

    def start_spelling(self) -> None:
        """Load the dictionary now (once): on start-up from MainWindow._settle, once the whole
        window is on screen; else at the preview's next update, or SPELLING_AT_THE_LATEST_MS."""
        if not self._painted:
            self._painted = True
            self._spelling_timer.stop()
            self._language_settled()

    def _article_changed(self, name: str) -> None:
        if name == "lang":  # typed a letter at a time: switch once the tag is complete
            self._language_timer.start()

    def _language_settled(self) -> None:
        if self._doc is not None:
            self.spelling.set_language(self._doc.article.lang.strip())
            self._follow_article_language()

    def _follow_article_language(self) -> None:
        """The article's empty fields take its language's direction (an English article's, left
        to right, in an Arabic window); the fields with text follow their text."""
        assert self._doc is not None
        direction = language_direction(self._doc.article.lang)
        for editor in (self.slide_editor, self.article_editor):
            for field in [*editor.findChildren(LineField), *editor.findChildren(TextField)]:
                set_empty_direction(field, direction)

    def slots(self) -> dict[str, Callable[..., object]]:
        """What the Edit menu's entries do (menus.py names them)."""
        return {
            "cut": lambda: _on_focus("cut"),
            "copy": lambda: _on_focus("copy"),
            "paste": lambda: _on_focus("paste"),
            "select_all": lambda: _on_focus("selectAll"),
            "find": lambda: self.find.open(replace=False),
            "find_next": lambda: self.find.step(backwards=False),
            "find_previous": lambda: self.find.step(backwards=True),
            "replace": lambda: self.find.open(replace=True),
            "preferences": self.preferences,
        }

    def preferences(self) -> None:
        from slidewright.ui.dialogs.preferences import run_preferences

        if run_preferences(self.main, self.settings):
            self.spelling.reopen(self._doc.article.lang.strip() if self._doc else "")


def _on_focus(method: str) -> None:
    """Cut, copy, paste or select all in the focused field (the menu does not take the focus)."""
    widget: QWidget | None = QApplication.focusWidget()
    action = getattr(widget, method, None)
    if callable(action):
        action()
