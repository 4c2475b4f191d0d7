"""Hostile text in every field, rendered live in the preview and in an exported page: nothing runs."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from PySide6.QtCore import QUrl
from PySide6.QtWebEngineWidgets import QWebEngineView
from uihelpers import run_js

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "render"))
from xss_payloads import SCRIPT_PAYLOADS  # noqa: E402

from slidewright import load_article, save_article  # noqa: E402
from slidewright.exporters import ExportOptions, export  # noqa: E402
from slidewright.model import SLIDE_TEXT_FIELDS, ReadMore, ReadMoreItem, Slide  # noqa: E402
from slidewright.ui.editing.commands import InsertSlides  # noqa: E402
from slidewright.ui.window.main_window import MainWindow  # noqa: E402

FIELDS = tuple(name for name in SLIDE_TEXT_FIELDS if name != "creator")
FOREIGN = (
    "Array.from(document.querySelectorAll('script')).filter(s => s.type !== 'application/ld+json' && s.id !== 'sw-script').length"
    " + document.querySelectorAll('iframe,object,embed,form,base,svg,math,video,link,meta[http-equiv=refresh]').length"
    " + Array.from(document.querySelectorAll('*')).filter(e => Array.from(e.attributes)"
    ".some(a => a.name.startsWith('on') || a.name === 'style')).length"
)


def hostile_slides() -> list[Slide]:
    return [Slide(**{name: payload for name in FIELDS}) for payload in SCRIPT_PAYLOADS]


def test_payloads_typed_into_the_window_never_run(qtbot: Any, sample_window: MainWindow) -> None:
    doc = sample_window.doc
    doc.undo_stack.push(InsertSlides(doc, list(enumerate(hostile_slides(), start=9))))
    count = len(SCRIPT_PAYLOADS) + 9
    qtbot.waitUntil(
        lambda: (
            run_js(qtbot, sample_window, "document.querySelectorAll('.sw-slide').length") == count
        ),
        timeout=10000,
    )
    qtbot.wait(300)  # give any injected handler (onerror, onload) time to fire
    assert run_js(qtbot, sample_window, "typeof window.__xss") == "undefined"
    assert run_js(qtbot, sample_window, FOREIGN) == 0


def test_payloads_in_an_exported_page_never_run(
    qtbot: Any, sample_bundle: Path, tmp_path: Path
) -> None:
    article = load_article(sample_bundle)
    article.slides.extend(hostile_slides())
    article.read_more = ReadMore(
        heading=SCRIPT_PAYLOADS[0],
        items=[ReadMoreItem(title=p, url=p, image=p, credit=p) for p in SCRIPT_PAYLOADS],
    )
    article.intro = "\n\n".join(SCRIPT_PAYLOADS)
    save_article(article, sample_bundle)
    out = export(sample_bundle, "html", tmp_path / "hostile.html", ExportOptions(mode="slideshow"))
    view = QWebEngineView()
    qtbot.addWidget(view)
    with qtbot.waitSignal(view.loadFinished, timeout=15000):
        view.load(QUrl.fromLocalFile(str(out)))
    qtbot.wait(300)
    results: list[Any] = []
    view.page().runJavaScript(f"[typeof window.__xss, {FOREIGN}].join()", 0, results.append)
    qtbot.waitUntil(lambda: bool(results), timeout=5000)
    assert results[0] == "undefined,0"
