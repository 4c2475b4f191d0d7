"""What the window remembers between runs (QSettings): recent articles, geometry, splitters."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QSettings

if TYPE_CHECKING:
    from slidewright.render.context import Mode

MAX_RECENT = 10


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
