"""What the window remembers between runs (QSettings): recent articles, geometry, splitters."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QSettings

if TYPE_CHECKING:
    from slidewright.render.context import Mode

MAX_RECENT = 10
MAX_PLACES = 50  # articles whose last slide is remembered, most recent first


class Settings:
    def __init__(self, settings: QSettings | None = None) -> None:
        self.qt = settings or QSettings()

    def recent(self) -> list[Path]:
        value = self.qt.value("recent", [])
        items = [value] if isinstance(value, str) else value if isinstance(value, list) else []
        return [Path(item) for item in items if isinstance(item, str) and item]

    def add_recent(self, bundle: Path) -> None:
        """Remember ``bundle`` first, by its absolute path: an article opened as `slidewright
        a/b` must be found again by the next start, whatever folder that runs in."""
        bundle = bundle.absolute()
        items = [str(bundle)] + [str(p) for p in self.recent() if p != bundle]
        self.qt.setValue("recent", items[:MAX_RECENT])
        self.qt.setValue("lastArticle", str(bundle))

    def clear_recent(self) -> None:
        self.qt.setValue("recent", [])

    def last_article(self) -> Path | None:
        value = self.qt.value("lastArticle", "")
        return Path(value) if isinstance(value, str) and value else None

    def slide_place(self, bundle: Path) -> int:
        """The slide the writer was on when ``bundle`` was last open (0: none remembered): a
        reopened article comes back where the writer left it, as a document does elsewhere."""
        key = str(bundle.absolute())
        for entry in self._places():
            row, _, path = entry.partition("\t")
            if path == key and row.isdigit():
                return int(row)
        return 0

    def remember_slide(self, bundle: Path, row: int) -> None:
        key, places = str(bundle.absolute()), self._places()
        entry = f"{max(row, 0)}\t{key}"
        if places[:1] == [entry]:
            return  # (the selection changes often: nothing new to write)
        kept = [e for e in places if e.partition("\t")[2] != key]
        self.qt.setValue("slidePlaces", [entry, *kept][:MAX_PLACES])

    def _places(self) -> list[str]:
        value = self.qt.value("slidePlaces", [])
        items = [value] if isinstance(value, str) else value if isinstance(value, list) else []
        return [item for item in items if isinstance(item, str)]

    def preview_mode(self) -> Mode:
        """The preview mode the writer left the window in (a start renders its page in it)."""
        return "slideshow" if self.text("previewMode") == "slideshow" else "article"

    def bytes_value(self, key: str) -> QByteArray | None:
        value = self.qt.value(key)
        return value if isinstance(value, QByteArray) else None

    def set_value(self, key: str, value: object) -> None:
        self.qt.setValue(key, value)

    def flag(self, key: str, default: bool = False) -> bool:
        value = self.qt.value(key, default)
        return value in (True, "true", "1", 1) if not isinstance(value, bool) else value

    def text(self, key: str, default: str = "") -> str:
        value = self.qt.value(key, default)
        return str(value) if value is not None else default
