"""Print and Export PDF, through the preview's engine.

What is printed is the page an export publishes (every slide, in article order, the credits as
readers see them), rendered afresh rather than the live preview, so the highlight of the slide
being edited and the slideshow's one-slide view never reach the paper. It loads in a hidden view
on the preview's own profile: images come from the bundle through the same offline scheme, and
the page's print stylesheet (resources/css/article.css) decides the layout.

Printing goes through the same PDF, laid out on the paper chosen in the print dialog; its pages
are drawn onto the printer at up to 300 dpi, one page per turn of the event loop (print_job.py).
QWebEngineView.print needs a view on screen, and froze in a hidden one."""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF, QObject, Signal
from PySide6.QtGui import QPageLayout, QPageSize
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWebEngineWidgets import QWebEngineView
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget

from slidewright.fileformat.images import slugify
from slidewright.render import RenderContext, render_page
from slidewright.ui.dialogs.print_job import PrintJob
from slidewright.ui.editing.document import Document
from slidewright.ui.preview.page import PreviewPage
from slidewright.ui.preview.render import preview_image
from slidewright.ui.preview.scheme import Source, page_url
from slidewright.ui.preview.view import Preview


def usual_file_mode(file: Path) -> None:
    """Give ``file`` the mode the writer's other files get (0666 less the umask): Chromium
    writes a PDF 0600, which a colleague on a shared folder cannot open."""
    import os

    mask = None
    try:  # Linux says the umask without changing it (os.umask would, for every thread)
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("Umask:"):
                    mask = int(line.split()[1], 8)
    except (OSError, ValueError):
        pass
    if mask is None:
        mask = os.umask(0o022)
        os.umask(mask)
    try:
        os.chmod(file, 0o666 & ~mask)
    except OSError:
        pass  # written, but not ours to change (a file on a FAT stick, say): leave it


PAGE = QPageLayout(
    QPageSize(QPageSize.PageSizeId.A4),
    QPageLayout.Orientation.Portrait,
    QMarginsF(15, 15, 15, 15),
    QPageLayout.Unit.Millimeter,
)


def ask_pdf_path(parent: QWidget, doc: Document) -> Path | None:
    from slidewright.ui.dialogs.prompts import writers_folder

    name = slugify(doc.article.title or doc.bundle.name, "article") + ".pdf"
    path, _ = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("ArticlePrinter", "Export PDF"),
        str(Path(writers_folder()) / name),
        "PDF (*.pdf)",
    )
    if not path:
        return None
    return Path(path if path.lower().endswith(".pdf") else path + ".pdf")


def ask_printer(parent: QWidget, doc: Document) -> QPrinter | None:
    from slidewright.ui.dialogs.prompts import writers_folder

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageLayout(PAGE)
    printer.setDocName(doc.article.title or doc.bundle.name)
    name = slugify(doc.article.title or doc.bundle.name, "article") + ".pdf"
    printer.setOutputFileName(str(Path(writers_folder()) / name))  # if "Print to File" is picked
    dialog = QPrintDialog(printer, parent)
    return printer if dialog.exec() == QDialog.DialogCode.Accepted else None


class ArticlePrinter(QObject):
    """One job at a time; ``finished`` says what happened in a sentence for the status line."""

    finished = Signal(str, bool)
    progress = Signal(int, int)  # pages sent to the printer, pages in all

    def __init__(self, preview: Preview, parent: QWidget) -> None:
        super().__init__(parent)
        self.preview = preview
        self.parent_widget = parent
        self._view: QWebEngineView | None = None  # made on first use: most sessions never print
        self.host = ""
        self.busy = False
        self._then: Callable[[], None] | None = None
        self._printer: QPrinter | None = None
        self._spool: tempfile.TemporaryDirectory[str] | None = None
        self._job: PrintJob | None = None

    @property
    def view(self) -> QWebEngineView:
        if self._view is None:
            view = self._view = QWebEngineView(self.parent_widget)
            view.setPage(PreviewPage(self.preview.page().profile(), view))
            view.hide()
            view.loadFinished.connect(self._loaded)
            view.page().pdfPrintingFinished.connect(self._pdf_done)
        return self._view

    def export_pdf(self, doc: Document, path: Path) -> bool:
        return self._start(doc, lambda: self.view.page().printToPdf(str(path), PAGE))

    def print_on(self, doc: Document, printer: QPrinter) -> bool:
        if self.busy:
            return False
        self._spool = tempfile.TemporaryDirectory(prefix="slidewright-print-")
        self._printer = printer
        path = Path(self._spool.name) / "article.pdf"
        layout = printer.pageLayout()  # the paper and margins chosen in the print dialog
        return self._start(doc, lambda: self.view.page().printToPdf(str(path), layout))

    def _start(self, doc: Document, then: Callable[[], None]) -> bool:
        if self.busy:
            return False
        self.busy = True
        self._then = then
        bundle = doc.bundle
        context = RenderContext(
            mode="article",
            target="export",
            image=lambda path: preview_image(bundle, path),
            img_src="slidewright: data:",
        )
        source = Source(bundle)
        source.page = render_page(doc.article, context).encode("utf-8")
        self.host = self.preview.handler.add(source)
        self.view.load(page_url(self.host))
        return True

    def _loaded(self, ok: bool) -> None:
        then, self._then = self._then, None
        if then is None:
            return
        if ok:
            then()
        else:
            self._finish(self.tr("Could not lay out the article for printing."), False)

    def _pdf_done(self, path: str, ok: bool) -> None:
        printer, self._printer = self._printer, None
        spool, self._spool = self._spool, None
        if printer is None or spool is None:
            if ok:
                usual_file_mode(Path(path))
            said = self.tr("PDF saved: {path}") if ok else self.tr("Could not write the PDF {path}")
            self._finish(said.format(path=path), ok)
            return
        if not ok:
            spool.cleanup()
            self._finish(self.tr("Printing failed: the article could not be laid out."), False)
            return
        self._job = PrintJob(spool, Path(path).name, printer)
        self._job.progress.connect(lambda done, pages: self.progress.emit(done, pages))
        self._job.finished.connect(
            lambda ok: self._finish(
                self.tr("Sent to the printer.") if ok else self.tr("Printing failed."), ok
            )
        )
        self._job.start()

    def _finish(self, message: str, ok: bool) -> None:
        self.preview.handler.remove(self.host)
        self.host = ""
        self.busy = False
        self.finished.emit(message, ok)
