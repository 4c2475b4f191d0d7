"""Reading an article's pictures before its first check, off the UI thread.

The credit rules need every picture's metadata (Pillow, the Content Credentials reader); read
in a worker thread and cached, the first check then runs without touching the disk, and the
checker itself (with the rules' imports) is made there too when the panel has none yet.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QRunnable, Signal

from slidewright.fileformat.images import bundle_image

if TYPE_CHECKING:  # imported when first used: Pillow and the rules wait until after start-up
    from slidewright.credits.checker import CreditChecker


class PrefetchSignals(QObject):
    done = Signal(object)  # the Prefetch


class Prefetch(QRunnable):
    """Reads (and caches) the metadata of every image in a worker thread; the checker (and its
    imports: the rules, Pillow) is made there too when there is none yet."""

    def __init__(self, checker: CreditChecker | None, bundle: Path, images: list[str]) -> None:
        super().__init__()
        self.checker, self.bundle, self.images = checker, bundle, images
        self.signals = PrefetchSignals()

    def run(self) -> None:
        try:
            if self.checker is None:
                from slidewright.credits import CreditChecker

                self.checker = CreditChecker()
            for image in self.images:
                try:
                    self.checker.cache.get(bundle_image(self.bundle, image))  # never a pipe
                except Exception:  # missing, unreadable, hostile: the check itself will say so
                    pass
        finally:
            try:
                self.signals.done.emit(self)  # the check must start whatever happened here
            except RuntimeError:  # the app quit while the images were read: nobody waits
                pass
