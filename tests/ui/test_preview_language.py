"""The preview follows the article's language as the writer types it (issue 31): the page turns
right to left, its own words (breadcrumb, Previous/Next, slide labels, the end card, the date)
become Arabic, and the Left arrow then goes forward, without the page reloading."""

from __future__ import annotations

from typing import Any

from uihelpers import run_js

from slidewright.render.messages import messages_for
from slidewright.ui.window.main_window import MainWindow

STATE = """JSON.stringify({
  dir: getComputedStyle(document.querySelector('.sw-article')).direction,
  lang: document.documentElement.lang,
  home: document.querySelector('.sw-breadcrumb li').textContent,
  next: document.querySelector('.sw-controls-top .sw-next').textContent,
  label: document.querySelector('#slide-1').getAttribute('aria-label'),
  end: document.querySelector('.sw-end-title').textContent,
  date: document.querySelector('.sw-byline time').textContent,
  current: (document.querySelector('.sw-current') || {}).id,
  marker: window.__marker || ''})"""


def state(qtbot: Any, window: MainWindow) -> dict[str, str]:
    import json

    result: dict[str, str] = json.loads(run_js(qtbot, window, STATE))
    return result


def test_typing_a_right_to_left_language_turns_the_preview(
    qtbot: Any, sample_window: MainWindow
) -> None:
    window = sample_window
    buttons = {b.property("mode"): b for b in window.mode_buttons.buttons()}
    buttons["slideshow"].click()
    qtbot.waitUntil(
        lambda: run_js(qtbot, window, "document.body.classList.contains('mode-slideshow')"),
        timeout=5000,
    )
    run_js(qtbot, window, "window.__marker = 'still here'")
    before = state(qtbot, window)
    assert before["dir"] == "ltr" and before["next"].startswith("Next")
    field = window.article_editor.fields["lang"]
    field.selectAll()
    qtbot.keyClicks(field, "ar")
    assert window.doc.article.lang == "ar"
    arabic = messages_for("ar")
    qtbot.waitUntil(lambda: state(qtbot, window)["dir"] == "rtl", timeout=5000)
    qtbot.waitUntil(lambda: state(qtbot, window)["label"] == "الشريحة 1", timeout=5000)
    after = state(qtbot, window)
    assert after["lang"] == "ar" and after["home"] == arabic.home
    assert after["next"] == f"{arabic.next} {arabic.next_arrow}"
    assert after["end"] == arabic.end_title
    assert after["date"] == arabic.date(window.doc.article.date)
    assert after["marker"] == "still here"  # pushed into the open page, never reloaded
    run_js(
        qtbot, window, "document.dispatchEvent(new KeyboardEvent('keydown', {key: 'ArrowLeft'}))"
    )
    qtbot.waitUntil(lambda: state(qtbot, window)["current"] == "slide-2", timeout=5000)
