"""Drawing a laid-out PDF onto a printer, one page per turn of the event loop.

A page at 300 dpi takes about a quarter of a second to draw; done in one go, an article of forty
slides would freeze the window for ten seconds. Page by page, the window keeps answering and the
status line can say how far the printer has got."""

from __future__ import annotations

import tempfile

from PySide6.QtCore import QObject, QRect, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QImage, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter

PRINT_DPI = 300  # sharp on paper; a page at the printer's 1200 dpi would take ~500 MB


class PrintJob(QObject):
    """Prints the PDF at ``spool`` (a temporary folder's file, removed when the job ends)."""

    progress = Signal(int, int)  # pages drawn, pages in all
    finished = Signal(bool)

    def __init__(
        self, spool: tempfile.TemporaryDirectory[str], name: str, printer: QPrinter
    ) -> None:
        super().__init__()
        self.spool = spool
        self.printer = printer
        self.document = QPdfDocument(self)
        self.painter = QPainter()
        self.page = 0
        self.ok = self.document.load(f"{spool.name}/{name}") == QPdfDocument.Error.None_
        # The PDF was laid out on this paper with these margins: it fills the whole sheet.
        printer.setFullPage(True)
        self.target = printer.pageLayout().fullRectPixels(printer.resolution())
        self.scale = min(1.0, PRINT_DPI / max(1, printer.resolution()))

    def start(self) -> None:
        if not self.ok or not self.painter.begin(self.printer):
            self._end(False)
            return
        QTimer.singleShot(0, self._step)

    def _step(self) -> None:
        pages = self.document.pageCount()
        if self.page:
            self.printer.newPage()
        size = QSize(int(self.target.width() * self.scale), int(self.target.height() * self.scale))
        whole = QRect(0, 0, self.target.width(), self.target.height())
        self.painter.drawImage(whole, on_paper(self.document, self.page, size))
        self.page += 1
        self.progress.emit(self.page, pages)
        if self.page < pages:
            QTimer.singleShot(0, self._step)
        else:
            self._end(True)

    def _end(self, ok: bool) -> None:
        if self.painter.isActive():
            self.painter.end()
        self.document.close()
        self.spool.cleanup()
        self.finished.emit(ok)


def on_paper(document: QPdfDocument, page: int, size: QSize) -> QImage:
    """The page as ink on white: the PDF leaves its margins transparent, and an image with
    transparency reaches the printer with a mask whose edge shows as a grey frame."""
    paper = QImage(size, QImage.Format.Format_RGB32)
    paper.fill(Qt.GlobalColor.white)
    painter = QPainter(paper)
    painter.drawImage(0, 0, document.render(page, size))
    painter.end()
    return paper
