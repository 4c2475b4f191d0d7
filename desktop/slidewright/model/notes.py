"""Editor's notes: remarks left on a slide or on the article, answered and resolved.

Notes are kept in the article (``notes:`` in ``index.md``, per slide and for the article) so they
travel with the bundle, but they are *not* a catalogue field: the renderer, the checker, search
and every exporter read the catalogue's fields, so a note is never part of anything published.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field

MAX_NOTE_CHARS = 20_000  # a note is a remark, not a chapter: longer text is cut when read


def now_text() -> str:
    """The current time as the file keeps it: UTC, to the second, ISO 8601."""
    return datetime.datetime.now(datetime.UTC).replace(microsecond=0).isoformat()


def new_id() -> str:
    import uuid  # (with the platform module it loads: only once a note is written)

    return uuid.uuid4().hex[:8]


@dataclass
class Reply:
    author: str = ""
    time: str = ""
    text: str = ""


@dataclass
class Note:
    """One note: who left it and when, what it says, its replies, and whether it is settled."""

    text: str = ""
    author: str = ""
    time: str = ""
    resolved: bool = False
    replies: list[Reply] = field(default_factory=list)
    # which note this is while the window is open (the Notes panel follows it through edits);
    # not saved, and not part of equality: two readings of one file hold equal notes
    id: str = field(default_factory=new_id, compare=False)

    @classmethod
    def new(cls, text: str, author: str) -> Note:
        return cls(text=text, author=author, time=now_text())

    def summary(self, width: int = 80) -> str:
        """The note's first line, shortened for a list."""
        line = " ".join(self.text.split())
        return line if len(line) <= width else line[: width - 1] + "…"


def local_time(text: str) -> str:
    """A note's stored time as the writer reads it (local time, minutes), or the text as it is."""
    try:
        moment = datetime.datetime.fromisoformat(text)
    except ValueError:
        return text
    if moment.tzinfo is not None:
        moment = moment.astimezone()
    return moment.strftime("%Y-%m-%d %H:%M")
