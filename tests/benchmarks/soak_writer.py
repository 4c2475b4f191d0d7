"""The soak benchmark's writer: words typed at a writer's pace into the real window, with slide
steps, additions, moves, deletions, mode toggles and undo/redo now and then."""

from __future__ import annotations

import collections
import random

WORDS = (
    (
        "the harbour light falls across a quiet square where fishermen mend nets and children chase "
        "pigeons past the bakery; morning smells of bread, salt and diesel, and the old church bell "
        "counts the hours for anyone still listening while the ferry leaves for the island beyond "
        "cliffs, olive groves, narrow lanes, whitewashed walls, blue shutters, market stalls, lemons"
    )
    .replace(",", "")
    .replace(";", "")
    .split()
)


class Writer:
    """Scripted writing: every key through QTest, the event loop running between keys."""

    def __init__(self, window: object, rng: random.Random, pace: float) -> None:
        from PySide6.QtCore import Qt
        from PySide6.QtTest import QTest

        self.window, self.rng, self.pace = window, rng, pace
        self.Qt, self.QTest = Qt, QTest
        self.keys = 0
        self.counts: collections.Counter = collections.Counter()
        self.mode = "article"
        self.initial_slides = len(window.doc.article.slides)

    def wait(self, ms: float) -> None:
        self.QTest.qWait(max(1, int(ms * self.pace)))

    def key(self, widget: object, key: object, modifiers: object = None) -> None:
        mods = modifiers if modifiers is not None else self.Qt.KeyboardModifier.NoModifier
        self.QTest.keyClick(widget, key, mods)
        self.keys += 1

    def shortcut(self, key: object, modifiers: object, fallback: str) -> None:
        """A menu shortcut typed into the focused widget; counted when it had to be triggered."""
        widget = self.window.focusWidget() or self.window
        before = (self.window.current_row(), self.window.doc.undo_stack.index(), self.mode)
        self.key(widget, key, modifiers)
        self.wait(30)
        after = (self.window.current_row(), self.window.doc.undo_stack.index(), self.mode)
        if before == after and fallback and not self._noop_expected(fallback):
            self.window.actions_by_name[fallback].trigger()
            self.counts["shortcut_fallback"] += 1

    def _noop_expected(self, action: str) -> bool:
        row, count = self.window.current_row(), len(self.window.doc.article.slides)
        stack = self.window.doc.undo_stack
        return (
            (action == "next_slide" and row >= count - 1)
            or (action == "previous_slide" and row <= 0)
            or (action == "undo" and not stack.canUndo())
            or (action == "redo" and not stack.canRedo())
            or action.startswith("mode_")
        )

    def type_word(self, widget: object, word: str) -> None:
        for char in word:
            self.QTest.keyClicks(widget, char)
            self.keys += 1
            self.wait(self.rng.uniform(40, 110))
        self.wait(self.rng.uniform(120, 380))  # between words
        if self.rng.random() < 0.06:  # a typo taken back
            for _ in range(min(3, len(word))):
                self.key(widget, self.Qt.Key.Key_Backspace)
                self.wait(self.rng.uniform(60, 120))
            self.QTest.keyClicks(widget, word[-min(3, len(word)) :])
            self.keys += min(3, len(word))

    def sentence(self, widget: object, words: int) -> None:
        chosen = [self.rng.choice(WORDS) for _ in range(words)]
        chosen[0] = chosen[0].capitalize()
        for n, word in enumerate(chosen):
            self.type_word(widget, word + ("." if n == words - 1 else "") + " ")
        self.counts["sentences"] += 1

    def focus_end(self, widget: object) -> None:
        widget.setFocus()
        self.wait(20)
        end = self.Qt.Key.Key_End
        if hasattr(widget, "toPlainText"):
            self.key(widget, end, self.Qt.KeyboardModifier.ControlModifier)
        else:
            self.key(widget, end)

    def turn(self) -> None:
        """One stretch of writing followed by one of the other things a writer does."""
        Qt, window, rng = self.Qt, self.window, self.rng
        ctrl, alt = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.AltModifier
        field = rng.choices(("body", "heading", "intro"), (70, 15, 15))[0]
        if field == "intro":
            window.tabs.setCurrentIndex(1)
            self.wait(30)
            widget = window.article_editor.intro
        else:
            window.tabs.setCurrentIndex(0)
            widget = (
                window.slide_editor.body
                if field == "body"
                else window.slide_editor.fields["heading"]
            )
        self.focus_end(widget)
        if field == "body" and rng.random() < 0.25:
            for _ in range(2):
                self.key(widget, Qt.Key.Key_Return)
                self.wait(rng.uniform(80, 200))
        self.sentence(widget, rng.randint(2, 4) if field == "heading" else rng.randint(6, 14))
        self.counts[f"typed_{field}"] += 1
        self.wait(rng.uniform(400, 2000))  # a writer's pause after a sentence

        if field == "intro":  # back to the slides
            window.tabs.setCurrentIndex(0)
            window.slide_editor.body.setFocus()
            self.wait(30)
        action = rng.choices(
            ("next", "previous", "add", "move", "delete", "mode", "undo", "none"),
            (35, 6, 5, 6, 4, 5, 6, 33),
        )[0]
        if action == "next":
            for _ in range(rng.randint(1, 6)):
                self.shortcut(Qt.Key.Key_PageDown, ctrl, "next_slide")
                self.counts["next_slide"] += 1
                self.wait(rng.uniform(150, 600))
            if window.current_row() >= len(window.doc.article.slides) - 1:
                window.select_rows([0])
        elif action == "previous":
            self.shortcut(Qt.Key.Key_PageUp, ctrl, "previous_slide")
            self.counts["previous_slide"] += 1
        elif action == "add" or (
            action == "delete" and len(window.doc.article.slides) <= self.initial_slides
        ):
            count = len(window.doc.article.slides)
            self.key(
                window.focusWidget() or window,
                Qt.Key.Key_N,
                ctrl | Qt.KeyboardModifier.ShiftModifier,
            )
            self.wait(50)
            if len(window.doc.article.slides) == count:
                window.actions_by_name["add_slide"].trigger()
                self.counts["shortcut_fallback"] += 1
                self.wait(50)
            self.sentence(window.slide_editor.fields["heading"], rng.randint(2, 5))
            self.counts["added"] += 1
        elif action == "delete":
            window.slide_list.setFocus()
            self.wait(30)
            count = len(window.doc.article.slides)
            self.key(window.slide_list, Qt.Key.Key_Delete)
            self.wait(50)
            if len(window.doc.article.slides) == count:
                window.parts.slides.delete_slides()
                self.counts["shortcut_fallback"] += 1
            self.counts["deleted"] += 1
        elif action == "move":
            up = rng.random() < 0.5 and window.current_row() > 0
            self.shortcut(
                Qt.Key.Key_Up if up else Qt.Key.Key_Down, alt, "move_up" if up else "move_down"
            )
            self.counts["moved"] += 1
        elif action == "mode":
            self.mode = "slideshow" if self.mode == "article" else "article"
            key = Qt.Key.Key_2 if self.mode == "slideshow" else Qt.Key.Key_1
            self.key(window.focusWidget() or window, key, ctrl)
            if window.preview.mode != self.mode:
                window.set_preview_mode(self.mode)
                self.counts["shortcut_fallback"] += 1
            self.counts["mode_toggles"] += 1
        elif action == "undo":
            steps = rng.randint(1, 3)
            for _ in range(steps):
                self.shortcut(Qt.Key.Key_Z, ctrl, "undo")
                self.wait(rng.uniform(150, 400))
            for _ in range(steps):
                self.shortcut(Qt.Key.Key_Z, ctrl | Qt.KeyboardModifier.ShiftModifier, "redo")
                self.wait(rng.uniform(150, 400))
            self.counts["undo_redo_rounds"] += 1
        self.wait(rng.uniform(100, 400))


# -- the run -------------------------------------------------------------------------------------
