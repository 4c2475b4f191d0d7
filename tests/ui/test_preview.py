"""The live preview: pushed edits (no reload), two-way slide sync, modes, and a closed sandbox."""

from __future__ import annotations

import json
from typing import Any

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from uihelpers import run_js

from slidewright.ui.editing.commands import SetArticleField, SetSlideField
from slidewright.ui.preview.page import WORLD
from slidewright.ui.window.main_window import MainWindow


def dom_text(qtbot: Any, window: MainWindow, selector: str) -> str:
    return run_js(
        qtbot, window, f"(document.querySelector({json.dumps(selector)}) || {{}}).textContent || ''"
    )


def wait_for_text(qtbot: Any, window: MainWindow, selector: str, text: str) -> None:
    qtbot.waitUntil(lambda: text in dom_text(qtbot, window, selector), timeout=5000)


def test_typing_in_body_updates_preview_without_reload(
    qtbot: Any, sample_window: MainWindow
) -> None:
    run_js(
        qtbot,
        sample_window,
        "window.__marker = 'still here'; window.scrollTo(0, 900); window.scrollY",
    )
    scrolled = run_js(qtbot, sample_window, "window.scrollY")
    sample_window.select_rows([4])
    body = sample_window.slide_editor.body
    body.moveCursor(body.textCursor().MoveOperation.End)
    qtbot.keyClicks(body, "Fresh rye on Saturdays.")
    assert sample_window.doc.article.slides[4].body.endswith("Fresh rye on Saturdays.\n")
    wait_for_text(qtbot, sample_window, "#slide-5 .sw-body", "Fresh rye on Saturdays.")
    assert (
        run_js(qtbot, sample_window, "window.__marker") == "still here"
    )  # the page never reloaded
    heading = sample_window.slide_editor.fields["heading"]
    heading.end(False)
    qtbot.keyClicks(heading, " (and pastries)")
    wait_for_text(qtbot, sample_window, "#slide-5 h2", "Opens at Four (and pastries)")
    assert run_js(qtbot, sample_window, "window.__marker") == "still here"
    assert scrolled > 0


def test_scroll_position_survives_an_edit_elsewhere(qtbot: Any, sample_window: MainWindow) -> None:
    run_js(qtbot, sample_window, "window.scrollTo(0, 1200)")
    before = run_js(qtbot, sample_window, "window.scrollY")
    doc = sample_window.doc
    doc.undo_stack.push(SetSlideField(doc, 8, "body", "Go in May."))
    wait_for_text(qtbot, sample_window, "#slide-9 .sw-body", "Go in May.")
    assert run_js(qtbot, sample_window, "window.scrollY") == before


def test_selecting_a_slide_scrolls_the_preview_to_it(qtbot: Any, sample_window: MainWindow) -> None:
    sample_window.select_rows([6])
    qtbot.waitUntil(
        lambda: (
            abs(
                run_js(
                    qtbot,
                    sample_window,
                    "document.getElementById('slide-7').getBoundingClientRect().top",
                )
            )
            < 30
        ),
        timeout=5000,
    )
    assert run_js(
        qtbot, sample_window, "document.getElementById('slide-7').classList.contains('sw-selected')"
    )


def test_clicking_a_slide_in_the_preview_selects_it_in_the_list(
    qtbot: Any, sample_window: MainWindow
) -> None:
    qtbot.waitUntil(
        lambda: run_js(qtbot, sample_window, "typeof window.qt === 'object'", WORLD), timeout=5000
    )
    run_js(qtbot, sample_window, "document.querySelector('#slide-4 .sw-body p').click()")
    qtbot.waitUntil(lambda: sample_window.current_row() == 3, timeout=5000)
    assert sample_window.slide_editor.fields["heading"].text() == "Boats Painted by Hand"


def test_slideshow_mode_shows_one_slide_and_steps_with_next(
    qtbot: Any, sample_window: MainWindow
) -> None:
    buttons = {b.property("mode"): b for b in sample_window.mode_buttons.buttons()}
    buttons["slideshow"].click()
    qtbot.waitUntil(
        lambda: run_js(qtbot, sample_window, "document.body.classList.contains('mode-slideshow')"),
        timeout=5000,
    )
    visible = "Array.from(document.querySelectorAll('.sw-slide')).filter(s => s.offsetParent !== null).map(s => s.id).join()"
    assert run_js(qtbot, sample_window, visible) == "slide-1"
    run_js(qtbot, sample_window, "document.querySelector('.sw-next').click()")
    qtbot.waitUntil(lambda: run_js(qtbot, sample_window, visible) == "slide-2", timeout=5000)
    assert run_js(qtbot, sample_window, "location.hash") == "#slide-2"
    assert dom_text(qtbot, sample_window, ".sw-progress-text") == "2 / 9"
    run_js(qtbot, sample_window, "history.back()")
    qtbot.waitUntil(lambda: run_js(qtbot, sample_window, visible) == "slide-1", timeout=5000)
    buttons["article"].click()
    qtbot.waitUntil(
        lambda: run_js(qtbot, sample_window, visible).count("slide-") == 9, timeout=5000
    )


def test_switching_to_slideshow_shows_the_slide_being_edited(
    qtbot: Any, sample_window: MainWindow
) -> None:
    sample_window.select_rows([3])
    sample_window.set_preview_mode("slideshow")
    visible = "Array.from(document.querySelectorAll('.sw-slide')).filter(s => s.offsetParent !== null).map(s => s.id).join()"
    qtbot.waitUntil(lambda: run_js(qtbot, sample_window, visible) == "slide-4", timeout=5000)
    assert dom_text(qtbot, sample_window, ".sw-progress-text") == "4 / 9"
    sample_window.select_rows([6])  # selecting in the list steps the slideshow too
    qtbot.waitUntil(lambda: run_js(qtbot, sample_window, visible) == "slide-7", timeout=5000)


def test_structure_edits_reach_the_preview(qtbot: Any, sample_window: MainWindow) -> None:
    sample_window.select_rows([0])
    sample_window.parts.slides.delete_slides()
    count = "document.querySelectorAll('.sw-slide').length"
    qtbot.waitUntil(lambda: run_js(qtbot, sample_window, count) == 8, timeout=5000)
    assert dom_text(qtbot, sample_window, "#slide-1 h2").endswith("A Market on the Quay")
    sample_window.undo()
    qtbot.waitUntil(lambda: run_js(qtbot, sample_window, count) == 9, timeout=5000)
    doc = sample_window.doc
    doc.undo_stack.push(SetArticleField(doc, "title", "Harbours, Slowly", typing=False))
    wait_for_text(qtbot, sample_window, "h1", "Harbours, Slowly")
    assert run_js(qtbot, sample_window, "document.title") == "Harbours, Slowly"


def test_remote_images_are_never_fetched(qtbot: Any, sample_window: MainWindow) -> None:
    doc = sample_window.doc
    doc.undo_stack.push(
        SetSlideField(doc, 0, "image", "https://images.example.com/pier.jpg", typing=False)
    )
    wait_for_text(qtbot, sample_window, "#slide-1 .sw-placeholder", "not loaded in the preview")
    assert run_js(qtbot, sample_window, "document.querySelectorAll('#slide-1 img').length") == 0


def test_links_open_in_the_system_browser_not_in_the_preview(
    qtbot: Any, sample_window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[str] = []
    monkeypatch.setattr(
        QDesktopServices, "openUrl", lambda url: opened.append(QUrl(url).toString())
    )
    doc = sample_window.doc
    doc.undo_stack.push(
        SetSlideField(
            doc, 0, "body", "See [the timetable](https://ferries.example.org/times).", typing=False
        )
    )
    wait_for_text(qtbot, sample_window, "#slide-1 .sw-body", "the timetable")
    page_url = sample_window.preview.url().toString()
    run_js(qtbot, sample_window, "document.querySelector('#slide-1 .sw-body a').click()")
    qtbot.waitUntil(lambda: opened == ["https://ferries.example.org/times"], timeout=5000)
    assert sample_window.preview.url().toString() == page_url


def test_a_long_article_paints_its_opening_then_fills_in(
    qtbot: Any, window: MainWindow, tmp_path: Any
) -> None:
    from slidewright import save_article
    from slidewright.model import Article, Slide

    article = Article(
        title="Long", slides=[Slide(heading=f"Stop {n}", body=f"Body {n}.") for n in range(40)]
    )
    save_article(article, tmp_path / "long")
    assert window.session.open_path(tmp_path / "long")
    count = "document.querySelectorAll('.sw-slide').length"
    qtbot.waitUntil(lambda: window.preview.ready, timeout=15000)
    qtbot.waitUntil(lambda: run_js(qtbot, window, count) == 40, timeout=5000)
    assert dom_text(qtbot, window, "#slide-40 h2").endswith("Stop 39")
    window.select_rows([30])
    qtbot.waitUntil(
        lambda: (
            abs(
                run_js(
                    qtbot, window, "document.getElementById('slide-31').getBoundingClientRect().top"
                )
            )
            < 30
        ),
        timeout=5000,
    )


def test_the_slideshow_preview_follows_the_slide_selected_in_the_editor(
    qtbot: Any, sample_window: MainWindow
) -> None:
    sample_window.set_preview_mode("slideshow")
    place = (
        "JSON.stringify((() => { const s = document.querySelector('.sw-slide.sw-current');"
        " const h = s.querySelector('h2').getBoundingClientRect();"
        " const bar = document.querySelector('.sw-controls-top').getBoundingClientRect();"
        " return [s.id, h.top >= bar.bottom && h.bottom <= innerHeight]; })())"
    )
    for row in (5, 2, 8):
        sample_window.select_rows([row])
        qtbot.waitUntil(
            lambda row=row: (
                json.loads(run_js(qtbot, sample_window, place)) == [f"slide-{row + 1}", True]
            ),
            timeout=5000,
        )


def test_nothing_can_be_dragged_out_of_the_preview(qtbot: Any, sample_window: MainWindow) -> None:
    """A picture dragged from the preview onto a slide in the list replaced that slide's image
    (and cleared its credit): the preview starts no drag, of a picture or of text."""
    window = sample_window
    qtbot.waitUntil(lambda: window.preview.ready)
    script = """(() => {
        const drag = target => {
            const event = new DragEvent('dragstart', {bubbles: true, cancelable: true});
            target.dispatchEvent(event);
            return event.defaultPrevented;
        };
        return JSON.stringify([drag(document.querySelector('.sw-slide img')),
                               drag(document.querySelector('.sw-slide h2'))]);
    })()"""
    assert run_js(qtbot, window, script) == "[true,true]"


def test_the_breadcrumb_shortens_the_title_only_when_the_line_has_no_room_left(
    qtbot: Any, sample_window: MainWindow
) -> None:
    """A long title's crumb was cut at 18rem with room to spare beside it ("SIX MOUNTAIN HUTS
    WORTH THE C…" on a wide page): it now takes the rest of the line before it is shortened."""
    window = sample_window
    qtbot.waitUntil(lambda: window.preview.ready)
    window.resize(1800, 900)
    window.doc.undo_stack.push(
        SetArticleField(
            window.doc, "title", "Six Mountain Huts Worth the Climb Today", typing=False
        )
    )
    script = """(() => {
        const li = document.querySelector('.sw-breadcrumb li[aria-current]');
        const ol = li && li.parentElement;
        if (!li || ol.clientWidth < 500) return 'narrow';
        const whole = li.scrollWidth <= li.clientWidth;
        const uses_the_line = Math.abs(li.getBoundingClientRect().right
                                       - ol.getBoundingClientRect().right) < 2;
        return whole || uses_the_line ? 'ok' : 'cut with room to spare';
    })()"""
    qtbot.waitUntil(lambda: run_js(qtbot, window, script) == "ok")
