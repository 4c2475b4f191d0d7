"""What a sighted writer sees change in a label, said to a screen reader too: "Not found",
"8 of 10", "Saved", the problem totals, the slide Ctrl+PgDown moved to.

Said with Qt's QAccessibleAnnouncementEvent (Qt 6.8 and later; AT-SPI's "announcement", which
Orca speaks without moving the writer's focus). At a sensible rate: messages of one kind that
come quickly one after another (holding Ctrl+PgDown, typing that changes the totals) are said
once, the last of them, when they settle; the totals only when they changed."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer

SETTLE_MS = 300  # a burst of one kind is said once, this long after its last message


class Announcer(QObject):
    """Says messages on behalf of ``source`` (the window: the screen reader names the app)."""

    def __init__(self, source: QObject) -> None:
        super().__init__(source)
        self.source = source
        self.said: list[str] = []  # everything said, in order (what a test listens to)
        self._waiting: dict[str, str] = {}  # kind -> the latest message not said yet
        self._last: dict[str, str] = {}  # kind -> the message said last
        self._timer = QTimer(self, singleShot=True, interval=SETTLE_MS)
        self._timer.timeout.connect(self.flush)

    def say(self, text: str, kind: str = "status", repeat: bool = True) -> None:
        """Say ``text`` once its kind settles; ``repeat=False``: not if it is what was said last
        of that kind (the totals, said again on every check otherwise)."""
        text = " ".join(text.split())
        if not text:
            return
        if not repeat and self._last.get(kind) == text:
            self._waiting.pop(kind, None)  # back to what was said: nothing new to say
            return
        self._waiting[kind] = text
        self._timer.start()

    def flush(self) -> None:
        # imported when first said, not with the window: QAccessible's Python class makes 190
        # enum members (4 ms of every start)
        from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent

        waiting, self._waiting = self._waiting, {}
        for kind, text in waiting.items():
            self._last[kind] = text
            self.said.append(text)
            event = QAccessibleAnnouncementEvent(self.source, text)
            event.setPoliteness(QAccessible.AnnouncementPoliteness.Polite)
            QAccessible.updateAccessibility(event)
