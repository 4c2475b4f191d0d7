"""The preview follows the writer's typing: after a keystroke in a slide's body or in the
article's intro has reached the page, the paragraph being edited is brought into view if it is
off screen.

Only typing moves the preview (a writer scrolling it to read elsewhere is left alone until they
type again), and only when the paragraph cannot be seen: a paragraph on screen never jumps."""

from __future__ import annotations

import re

from PySide6.QtCore import QObject

from slidewright.ui.editing.fields import TextField
from slidewright.ui.editing.slide_editor import SlideEditor
from slidewright.ui.preview.page import WORLD
from slidewright.ui.preview.view import Preview

_BLOCK_BREAK = re.compile(r"\n[ \t]*\n+")
INTRO = -1  # the "slide" of a paragraph of the article's intro


def block_index(text: str, position: int) -> int:
    """Which Markdown block (paragraph, list, heading…) of ``text`` the cursor at ``position`` is
    in: the blank-line breaks before it. The body's rendered children follow the same breaks."""
    return len(_BLOCK_BREAK.findall(text[:position].lstrip("\n")))


class TypingFollower(QObject):
    """Made by the writing desk with the preview and the slide editor it watches."""

    def __init__(
        self, preview: Preview, slide_editor: SlideEditor, intro: TextField | None = None
    ) -> None:
        super().__init__(preview)
        self.preview, self.slide_editor, self.intro = preview, slide_editor, intro
        # (slide, block) typed in, not yet shown; slide INTRO: the article's intro
        self.pending: tuple[int, int] | None = None
        self.moves = 0  # how many times the preview was brought to the paragraph (for tests)
        slide_editor.body.edited.connect(self._typed)
        if intro is not None:
            intro.edited.connect(self._typed_intro)
        preview.updated.connect(self._shown)

    def _typed_intro(self, _text: str) -> None:
        intro = self.intro
        if intro is not None and intro.hasFocus():
            position = intro.textCursor().position()
            self.pending = (INTRO, block_index(intro.toPlainText(), position))

    def _typed(self, _text: str) -> None:
        body = self.slide_editor.body
        if self.slide_editor.index >= 0 and body.hasFocus():
            position = body.textCursor().position()
            self.pending = (self.slide_editor.index, block_index(body.toPlainText(), position))

    def show_place(self, slide: int, position: int) -> None:
        """Find selected words at ``position`` of slide ``slide``'s body: the preview shows
        their paragraph (after the slide's own scroll to its top, queued before this)."""
        body = self.slide_editor.body
        self.pending = (slide, block_index(body.toPlainText(), position))
        if self.preview.ready:
            self._shown()

    def _shown(self) -> None:
        """The page has the latest push: the edited paragraph is there to be brought in view."""
        if self.pending is None or not self.preview.ready:
            return
        slide, block = self.pending
        self.pending = None
        script = (
            f"slidewright.keepIntroInView({int(block)})"
            if slide == INTRO
            else f"slidewright.keepParagraphInView({int(slide)}, {int(block)})"
        )
        self.preview.page().runJavaScript(script, WORLD, self._answered)

    def _answered(self, result: object) -> None:
        if result == "moved":
            self.moves += 1
