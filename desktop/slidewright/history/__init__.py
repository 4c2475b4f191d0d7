"""Version history: every save of an article kept compactly outside its bundle (store.py), what
changed between two versions (changes.py), and the changes as marked-up words (diffview.py)."""

from slidewright.history.changes import SlideChange, compare_slides, summary
from slidewright.history.store import DEFAULT_CAP, HistoryStore, Version

__all__ = ["DEFAULT_CAP", "HistoryStore", "SlideChange", "Version", "compare_slides", "summary"]
