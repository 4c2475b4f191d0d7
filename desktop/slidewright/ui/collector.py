"""Python's cycle collector, run on the UI thread only.

The collector runs in whichever thread happens to cross its allocation threshold. When that is a
worker (the article reader, the renderer, the credit checker) and the cycles it frees hold a Qt
object's wrapper, the C++ object is deleted on that worker, which Qt does not allow: the test
suite crashed so ("Garbage-collecting" on the article-reading thread, a segmentation fault). So
automatic collection is switched off and the UI thread collects, a generation at a time, as
often as the thresholds would have asked, checked twice a second.

Not during the start: what a start allocates (modules, classes, the window) lives as long as
the process, so collecting it frees little (1,403 of 93,446 objects, 3 s after a start on a
200-slide article), and the first collection (every object made since
the collector was switched off is young then) took 13-22 ms that fell into building the window.
The first check waits ``START_GRACE_MS``. (Not gc.freeze() after the start either: the article
opened at the start would be frozen with it, and its cycles never freed once it is closed.)
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

CHECK_MS = 500
START_GRACE_MS = 4000


class MainThreadCollector(QObject):
    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.thresholds = gc.get_threshold()
        gc.disable()
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.collect)
        QTimer.singleShot(START_GRACE_MS, self, lambda: self.timer.start(CHECK_MS))

    def collect(self) -> None:
        young, middle, old = gc.get_count()
        if young > self.thresholds[0]:
            gc.collect(0)
            if middle > self.thresholds[1]:
                gc.collect(1)
                if old > self.thresholds[2]:
                    gc.collect(2)
