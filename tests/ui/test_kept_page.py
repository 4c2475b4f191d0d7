"""Starting on the page kept from the last run (ui/preview/first_page.py): the writer sees the
article before it is read, the window then fills in around the same page, and a kept page that
no longer matches the article is never what stays on screen."""

from __future__ import annotations

import copy
import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

from uihelpers import run_js

from slidewright.fileformat import load_article, save_article
from slidewright.ui.app import open_window
from slidewright.ui.preview import first_page
from slidewright.ui.session.settings import Settings
from slidewright.ui.start_plan import plan_start
from slidewright.ui.window.main_window import MainWindow

HEADINGS_JS = (
    "JSON.stringify(Array.from(document.querySelectorAll('.sw-slide h2'),"
    " h => h.textContent.trim()))"
)


def shown_headings(qtbot: Any, window: MainWindow) -> list[str]:
    """The preview's slide headings without their list numbers ("3. ")."""
    shown = json.loads(run_js(qtbot, window, HEADINGS_JS))
    return [text.split(". ", 1)[1] if ". " in text else text for text in shown]


def long_article(bundle: Path, slides: int = 20) -> list[str]:
    """Make the sample long enough that its opening page is partial (the rest pushed later)."""
    article = load_article(bundle)
    base = list(article.slides)
    article.slides = []
    for n in range(slides):
        slide = copy.copy(base[n % len(base)])
        slide.heading = f"{base[n % len(base)].heading} ({n + 1})"
        article.slides.append(slide)
    save_article(article, bundle)
    return [slide.heading for slide in article.slides]


def start(qtbot: Any, settings: Settings, bundle: Path) -> MainWindow:
    """``slidewright BUNDLE``: its plan, then its window (not waited for: the tests look at it
    before its second step)."""
    window = open_window(settings, plan_start(bundle, False, settings))
    qtbot.addWidget(window)
    return window


def finished(qtbot: Any, window: MainWindow) -> None:
    qtbot.waitUntil(
        lambda: window.completed and window.preview.ready and window.problems.ready,
        timeout=20000,
    )


def test_second_start_paints_the_kept_page_and_keeps_it(
    qtbot: Any, settings: Settings, sample_bundle: Path
) -> None:
    headings = long_article(sample_bundle)
    first = start(qtbot, settings, sample_bundle)
    # nothing kept yet: the page is rendered from the file before the first paint, and the
    # article is opened after it, as on a reopening
    assert first.doc is None and not first.completed
    assert first.preview.source is not None and headings[0].encode() in first.preview.source.page
    first_loads: list[bool] = []
    first.preview.loadFinished.connect(first_loads.append)
    if not first_loads:
        with qtbot.waitSignal(first.preview.loadFinished, timeout=60000):
            pass
    # kept as soon as it has loaded: a start ended before the window settles reopens from it
    assert first_page.lookup(sample_bundle, first.preview.mode) == first.preview.source.page
    finished(qtbot, first)
    assert first.doc is not None and first.slide_editor.fields["heading"].text() == headings[0]
    qtbot.waitUntil(lambda: shown_headings(qtbot, first) == headings)
    assert run_js(qtbot, first, "window.scrollY") == 0  # the title in view
    kept = first_page.lookup(sample_bundle, first.preview.mode)
    assert kept is not None and headings[0].encode() in kept
    assert first_loads == [True]  # the page rendered before the paint stayed
    first.close()

    second = start(qtbot, settings, sample_bundle)
    loads: list[bool] = []
    second.preview.loadFinished.connect(loads.append)
    assert second.doc is None and not second.completed  # the article is read after the paint
    assert second.preview.source is not None and second.preview.source.page == kept
    finished(qtbot, second)
    assert second.doc is not None and second.slide_editor.fields["heading"].text() == headings[0]
    qtbot.waitUntil(lambda: shown_headings(qtbot, second) == headings)
    assert loads == [True]  # the kept page stayed: the rest of the slides were pushed into it
    assert run_js(qtbot, second, "window.scrollY") == 0  # at the title, as a fresh start is


def test_a_stale_kept_page_is_replaced_by_the_article(
    qtbot: Any, settings: Settings, sample_bundle: Path
) -> None:
    headings = [slide.heading for slide in load_article(sample_bundle).slides]
    stale = b"<!DOCTYPE html><title>Stale</title><section class='sw-slide'><h2>Stale</h2>"
    first_page.remember(sample_bundle, "article", stale)
    window = start(qtbot, settings, sample_bundle)
    assert window.doc is None and window.preview.source is not None
    loads: list[bool] = []
    window.preview.loadFinished.connect(loads.append)
    finished(qtbot, window)
    qtbot.waitUntil(lambda: shown_headings(qtbot, window) == headings)
    assert len(loads) == 2  # the kept page, then the article's own page
    assert first_page.lookup(sample_bundle, "article") != stale  # the right page is kept now


def test_an_edited_article_starts_from_itself(
    qtbot: Any, settings: Settings, sample_bundle: Path
) -> None:
    first_page.remember(sample_bundle, "article", b"<!DOCTYPE html><title>Before</title>")
    index = sample_bundle / "index.md"
    index.write_bytes(index.read_bytes() + b"\n")  # edited elsewhere since the page was kept
    assert first_page.lookup(sample_bundle, "article") is None
    window = start(qtbot, settings, sample_bundle)
    source = window.preview.source  # rendered from the file as it is now, as on a first start
    assert source is not None and b"<title>Before</title>" not in source.page
    finished(qtbot, window)
    assert run_js(qtbot, window, "document.title") == window.doc.article.title


def test_no_kept_page_from_a_folder_others_can_write(sample_bundle: Path) -> None:
    first_page.remember(sample_bundle, "article", b"<!DOCTYPE html><title>Kept</title>")
    assert first_page.lookup(sample_bundle, "article") is not None
    folder = first_page.folder()
    assert folder is not None
    folder.chmod(0o777)
    try:
        assert first_page.folder() is None
        assert first_page.lookup(sample_bundle, "article") is None
    finally:
        folder.chmod(0o700)


STARTS_TWICE = textwrap.dedent(
    """
    import json, sys
    from pathlib import Path
    from slidewright.ui.app import create_application, open_window, plan
    sample = sys.argv[1] == "--sample"
    bundle, ini = None if sample else Path(sys.argv[1]), sys.argv[2]
    start, settings = plan(bundle, sample, ini)  # as `slidewright PATH` starts (ui/app.py: run)
    app = create_application(import_core=not start.from_kept_page)
    from PySide6.QtCore import QTimer
    window = open_window(settings, start)
    seen = {"kept": start.from_kept_page}
    loads = []
    window.preview.loadFinished.connect(loads.append)
    def painted():
        seen.setdefault("read", window.doc is not None)
        seen.setdefault("stack", sorted(m for m in ("yaml", "markdown_it", "jinja2") if m in sys.modules))
    def done():
        painted = "read" in seen  # (step two may come first on a busy machine: wait for both)
        if painted and window.completed and window.doc is not None and window.preview.ready:
            seen["slides"] = len(window.doc.article.slides)
            seen["loads"] = len(loads)
            seen["importers"] = "slidewright.importers" in sys.modules
            window.close()
            print(json.dumps(seen))
            app.quit()
    window.preview.painted.connect(painted)
    timer = QTimer(interval=50)
    timer.timeout.connect(done)
    timer.start()
    QTimer.singleShot(150000, app.quit)  # only if it hangs
    app.exec()
    """
)


def _start_twice(what: str, tmp_path: Path) -> list[dict]:
    env = {**os.environ, "HOME": str(tmp_path / "home")}  # its Documents for the sample's copy
    runs = []
    for _ in range(2):
        done = subprocess.run(
            [sys.executable, "-c", STARTS_TWICE, what, str(tmp_path / "s.ini")],
            capture_output=True,
            text=True,
            timeout=180,
            env=env,
        )
        assert done.returncode == 0, done.stderr[-2000:]
        runs.append(json.loads(done.stdout.strip().splitlines()[-1]))
    return runs


def test_a_reopening_paints_before_reading_anything(sample_bundle: Path, tmp_path: Path) -> None:
    """In a process of its own, as the writer starts the app: a first open reads the article and
    renders its page for the paint (the article is opened after it, as on a reopening); a
    reopening paints the page kept from the first, having imported neither YAML, Markdown nor
    Jinja (nor read the article) by then; both keep the page they painted."""
    first, second = _start_twice(str(sample_bundle), tmp_path)
    assert first["kept"] is False and second["kept"] is True
    assert first["stack"] == ["jinja2", "markdown_it", "yaml"] and first["loads"] == 1
    assert second["read"] is False and second["stack"] == [] and second["loads"] == 1
    assert first["slides"] == second["slides"] == 9


def test_the_sample_reopens_from_its_kept_page(tmp_path: Path) -> None:
    """`slidewright --sample` (the README's first command): the first run makes the writer's
    copy and reads it; the next paints the page kept from the first before reading anything."""
    first, second = _start_twice("--sample", tmp_path)
    assert first["stack"] == ["jinja2", "markdown_it", "yaml"] and first["loads"] == 1
    assert second["read"] is False and second["stack"] == []
    assert first["slides"] == second["slides"] == 9 and second["loads"] == 1
    # File ▸ Import's modules (about 100 ms of regular expressions) are not the window's start:
    # the Date field once imported them for a month's name in another language
    assert first["importers"] is second["importers"] is False


def test_a_start_on_an_unreadable_article_says_why(
    qtbot: Any, settings: Settings, sample_bundle: Path
) -> None:
    index = sample_bundle / "index.md"
    index.write_text(index.read_text(encoding="utf-8").replace("title:", "title: [", 1))
    window = start(qtbot, settings, sample_bundle)
    assert window.completed and window.doc is None  # no paint to wait for: the welcome page
    assert window.stack.currentWidget() is window.welcome
    assert "index.md" in window.welcome.message_text and "line" in window.welcome.message_text


def test_a_slideshow_starts_at_its_title_on_first_and_second_start(
    qtbot: Any, settings: Settings, sample_bundle: Path
) -> None:
    """The writer left the preview in slideshow mode: each start shows the title with slide 1
    current under it, and stays there when the editors arrive (it used to scroll past the title
    to slide 1 once they did)."""
    settings.set_value("previewMode", "slideshow")
    for _ in range(2):
        window = start(qtbot, settings, sample_bundle)
        finished(qtbot, window)
        assert run_js(qtbot, window, "document.body.classList.contains('mode-slideshow')")
        current = "document.querySelector('#sw-slides > .sw-slide.sw-current').dataset.index"
        assert run_js(qtbot, window, current) == "0"
        assert run_js(qtbot, window, "window.scrollY") == 0
        window.close()
