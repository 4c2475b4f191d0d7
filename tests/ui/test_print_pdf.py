"""Export PDF and Print, through the preview's engine: what is on paper is the published page."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSize
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter

from slidewright.ui.dialogs import print_pdf
from slidewright.ui.window.main_window import MainWindow


def pdf_text(path: Path) -> tuple[int, str]:
    """Its page count and all its text, read back with Qt's own PDF reader."""
    document = QPdfDocument()
    assert document.load(str(path)) == QPdfDocument.Error.None_
    pages = document.pageCount()
    text = "\n".join(document.getAllText(page).text() for page in range(pages))
    document.close()
    return pages, " ".join(text.split())


def test_export_pdf_writes_every_slide_and_its_credit(
    qtbot: Any, sample_window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = sample_window
    window.set_preview_mode("slideshow")  # the paper still gets every slide
    target = tmp_path / "out" / "harbour.pdf"
    target.parent.mkdir()
    monkeypatch.setattr(print_pdf, "ask_pdf_path", lambda parent, doc: target)
    window.actions_by_name["export_pdf"].trigger()
    qtbot.waitUntil(lambda: "PDF saved" in window.statusBar().currentMessage(), timeout=30000)
    assert target.read_bytes()[:5] == b"%PDF-"
    pages, text = pdf_text(target)
    article = window.doc.article
    assert pages >= 3
    assert article.title in text
    for slide in article.slides:
        assert slide.heading in text
    assert article.slides[0].credit in text
    assert "sw-selected" not in text and "Previous" not in text  # no slideshow controls


def test_print_sends_the_article_to_the_chosen_printer(
    qtbot: Any, sample_window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = sample_window
    target = tmp_path / "printed.pdf"

    def printer_chosen_in_the_dialog(parent: Any, doc: Any) -> QPrinter:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)  # a "Print to File" printer
        printer.setOutputFileName(str(target))
        printer.setPageLayout(print_pdf.PAGE)
        return printer

    monkeypatch.setattr(print_pdf, "ask_printer", printer_chosen_in_the_dialog)
    shown: list[str] = []
    window.statusBar().messageChanged.connect(shown.append)
    window.actions_by_name["print"].trigger()
    qtbot.waitUntil(
        lambda: "Sent to the printer" in window.statusBar().currentMessage(), timeout=30000
    )
    pages, _text = pdf_text(target)  # printed as pictures of the pages: count them
    assert pages >= 3
    # Page by page, saying how far it has got (the window answers in between).
    assert [m for m in shown if m.startswith("Printing page")][-1] == (
        f"Printing page {pages} of {pages}…"
    )
    # The paper is white up to the text: no grey frame where the page's margins begin.
    document = QPdfDocument()
    document.load(str(target))
    page = document.render(1, QSize(620, 877))
    document.close()
    margin_line = {page.pixelColor(x, 820).name() for x in range(30, 60)}
    margin_line |= {page.pixelColor(310, y).name() for y in range(20, 50)}
    assert margin_line == {"#ffffff"}


def test_pdf_path_failure_is_reported(
    qtbot: Any, sample_window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = sample_window
    target = tmp_path / "no-such-folder" / "harbour.pdf"
    monkeypatch.setattr(print_pdf, "ask_pdf_path", lambda parent, doc: target)
    window.actions_by_name["export_pdf"].trigger()
    qtbot.waitUntil(
        lambda: "Could not write the PDF" in window.statusBar().currentMessage(), timeout=30000
    )
    assert str(target) in window.statusBar().currentMessage()


def test_a_portrait_picture_keeps_its_heading_and_credit_and_the_pdf_has_the_usual_mode(
    qtbot: Any, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Each slide's heading is on the page of its credit (the picture between them), however
    tall the picture; the PDF is written with the mode the umask gives, not Chromium's 0600."""
    import os

    from imagefactory import make_image
    from slidewright import save_article
    from slidewright.model import Article, Slide

    bundle = tmp_path / "tall"
    slides = []
    for n in range(4):
        make_image(bundle / "images" / f"t{n}.jpg", size=(1000, 1600), seed=n)
        slides.append(Slide(heading=f"Tower number {n + 1}", image=f"images/t{n}.jpg", alt="A tower",
                            credit=f"Photographer {n + 1}", body="Words. " * (40 * n)))  # fmt: skip
    save_article(Article(title="Towers", slides=slides), bundle)
    assert window.session.open_path(bundle)
    qtbot.waitUntil(lambda: window.preview.ready, timeout=15000)
    target = tmp_path / "towers.pdf"
    monkeypatch.setattr(print_pdf, "ask_pdf_path", lambda parent, doc: target)
    old = os.umask(0o022)
    try:
        window.actions_by_name["export_pdf"].trigger()
        qtbot.waitUntil(lambda: "PDF saved" in window.statusBar().currentMessage(), timeout=30000)
    finally:
        os.umask(old)
    assert target.stat().st_mode & 0o777 == 0o644
    document = QPdfDocument()
    assert document.load(str(target)) == QPdfDocument.Error.None_
    pages = [" ".join(document.getAllText(p).text().split()) for p in range(document.pageCount())]
    document.close()
    for n in range(1, 5):
        heading = [i for i, text in enumerate(pages) if f"Tower number {n}" in text]
        credit = [i for i, text in enumerate(pages) if f"Photographer {n}" in text]
        assert heading and heading == credit, (n, pages)
