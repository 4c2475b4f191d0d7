"""The exported slideshow in a real browser, at 390×844 and 1280×800: after every Next, arrow key
or swipe the current slide's heading is on screen, below the sticky bar; without JavaScript every
slide shows; the focus stays on the button used; a slide taller than the screen keeps its keys.

Set SLIDEWRIGHT_SCREENSHOTS=1 to refresh docs/screenshots/slideshow-{phone,desktop}.png."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest
from browserhelpers import SCREENSHOTS, open_page

from slidewright import load_article, save_article
from slidewright.cli import main

# Where the current step is: its id, its heading's top and bottom, the sticky bar's bottom, the
# first image's top, the window's height and which control has the focus.
WHERE = """() => {
  const bar = document.querySelector('.sw-controls-top').getBoundingClientRect();
  const step = document.querySelector('.sw-slide.sw-current, .sw-end.sw-current');
  const heading = step.querySelector('h2').getBoundingClientRect();
  const image = step.querySelector('img');
  const focus = document.activeElement;
  return {id: step.id, top: heading.top, bottom: heading.bottom, bar: bar.bottom,
          image: image ? image.getBoundingClientRect().top : null, view: innerHeight,
          focus: focus.closest('nav') ? focus.closest('nav').className + ' ' + focus.className
                                      : focus.tagName};
}"""


def where(page: Any) -> dict[str, Any]:
    result: dict[str, Any] = page.evaluate(WHERE)
    return result


def assert_in_view(page: Any, slide_id: str) -> None:
    """The step the reader moved to is current, its heading whole on screen under the bar, and
    its picture starting on screen too."""
    page.wait_for_function(f"() => document.querySelector('.sw-current').id === '{slide_id}'")
    # a scroll the browser was animating when the key came may still be settling (waited for
    # as long as the context's guard: a busy machine animates slowly)
    page.wait_for_function(f"() => ({WHERE})().top >= ({WHERE})().bar")
    at = where(page)
    assert at["id"] == slide_id
    assert at["bar"] <= at["top"] and at["bottom"] <= at["view"], at
    if at["image"] is not None:
        assert at["bar"] <= at["image"] < at["view"], at


@pytest.fixture
def slideshow(sample_bundle: Path, tmp_path: Path) -> str:
    out = tmp_path / "slideshow.html"
    assert (
        main(["export", str(sample_bundle), "--to", "html", "-o", str(out), "--mode", "slideshow"])
        == 0
    )
    return out.as_uri()


def swipe(page: Any, dx: float, dy: float) -> None:
    """One finger from the middle of the screen, moved by (dx, dy): real touch events."""
    cdp = page.context.new_cdp_session(page)
    x, y = 250.0, 500.0
    cdp.send("Input.dispatchTouchEvent", {"type": "touchStart", "touchPoints": [{"x": x, "y": y}]})
    for part in (0.5, 1.0):
        point = {"x": x + dx * part, "y": y + dy * part}
        cdp.send("Input.dispatchTouchEvent", {"type": "touchMove", "touchPoints": [point]})
    cdp.send("Input.dispatchTouchEvent", {"type": "touchEnd", "touchPoints": []})
    cdp.detach()


def test_every_step_puts_the_slide_heading_under_the_bar(
    browser: Any, slideshow: str, size: str, tmp_path: Path
) -> None:
    page = open_page(browser, slideshow, size)
    next_button = page.locator(".sw-controls-top .sw-next")
    assert_in_view(page, "slide-1")
    for number in (2, 3, 4):
        next_button.click()
        assert_in_view(page, f"slide-{number}")
    page.screenshot(path=str(tmp_path / f"slideshow-{size}.png"))
    if os.environ.get("SLIDEWRIGHT_SCREENSHOTS"):
        SCREENSHOTS.mkdir(exist_ok=True)
        page.screenshot(path=str(SCREENSHOTS / f"slideshow-{size}.png"))
    page.keyboard.press("ArrowRight")
    assert_in_view(page, "slide-5")
    page.keyboard.press("ArrowLeft")
    assert_in_view(page, "slide-4")
    page.locator(".sw-controls-end .sw-next").click()  # the one after the slide's text
    assert_in_view(page, "slide-5")
    page.locator(".sw-controls-top .sw-prev").click()
    assert_in_view(page, "slide-4")
    page.goto(slideshow + "#slide-6")  # a deep link lands under the bar too
    assert_in_view(page, "slide-6")
    page.context.close()


def test_swipes_turn_slides_only_when_clearly_sideways(browser: Any, slideshow: str) -> None:
    page = open_page(browser, slideshow, "phone")
    swipe(page, -200, 10)
    assert_in_view(page, "slide-2")
    swipe(page, -120, -150)  # mostly a scroll: the slide stays
    swipe(page, 200, 0)
    assert_in_view(page, "slide-1")  # one step back from slide 2, not from slide 3
    page.context.close()


def test_the_buttons_fit_on_one_line_on_a_phone(browser: Any, slideshow: str) -> None:
    page = open_page(browser, slideshow, "phone")
    middles = page.evaluate(
        "() => Array.from(document.querySelectorAll('.sw-controls-top > *'))"
        ".map(n => { const r = n.getBoundingClientRect(); return Math.round(r.top + r.height / 2); })"
    )
    heights = page.evaluate(
        "() => ['.sw-prev', '.sw-next'].map(s => document.querySelector(s).getBoundingClientRect().height)"
    )
    assert max(middles) - min(middles) <= 1, middles  # prev, progress and next side by side
    assert max(heights) < 48, heights  # and no button's label wrapped
    page.context.close()


def test_focus_stays_on_next_through_to_the_end_card(browser: Any, slideshow: str) -> None:
    page = open_page(browser, slideshow, "desktop")
    page.focus(".sw-controls-top .sw-next")
    for number in range(2, 10):
        page.keyboard.press("Enter")
        assert_in_view(page, f"slide-{number}")
        assert where(page)["focus"] == "sw-controls sw-controls-top sw-next"
    page.keyboard.press("Enter")  # past the last slide: the end card with the read-more links
    assert_in_view(page, "slides-end")
    assert page.locator("#slides-end .sw-read-more a").first.is_visible()
    assert page.locator(".sw-controls-top .sw-progress-text").inner_text() == "End"
    # Next is done; the focus moved to Previous rather than falling to the page
    assert where(page)["focus"] == "sw-controls sw-controls-top sw-prev"
    page.keyboard.press("Enter")
    assert_in_view(page, "slide-9")
    page.context.close()


def test_the_header_shows_in_full_on_the_first_slide_only(browser: Any, slideshow: str) -> None:
    page = open_page(browser, slideshow, "phone")
    assert page.locator(".sw-description").is_visible()
    page.locator(".sw-controls-top .sw-next").click()
    assert_in_view(page, "slide-2")
    assert not page.locator(".sw-description").is_visible()
    assert page.locator(".sw-title").is_visible()  # the title stays, small
    page.context.close()


def test_without_javascript_every_slide_shows_in_order(browser: Any, slideshow: str) -> None:
    page = open_page(browser, slideshow, "phone", javascript=False)
    headings = page.locator(".sw-slide h2")
    assert headings.count() == 9
    assert all(headings.nth(i).is_visible() for i in range(9))
    assert not page.locator(".sw-controls-top .sw-next").is_visible()  # no dead buttons
    assert page.locator(".sw-read-more").is_visible()
    page.context.close()


def press_and_wait_for_the_scroll(page: Any, key: str) -> None:
    """Press ``key`` and wait until the scroll it starts has ended (the page's scrollend)."""
    page.evaluate(
        "() => { window.swScrolled = false;"
        " addEventListener('scrollend', () => { window.swScrolled = true; }, {once: true}); }"
    )
    page.keyboard.press(key)
    page.wait_for_function("() => window.swScrolled")


def test_a_slide_taller_than_the_screen_keeps_page_down_until_its_end(
    browser: Any, sample_bundle: Path, tmp_path: Path
) -> None:
    article = load_article(sample_bundle)
    article.slides[1].body = "\n\n".join(f"Paragraph {n} of a long slide." for n in range(80))
    save_article(article, sample_bundle / "index.md")
    out = tmp_path / "long.html"
    main(["export", str(sample_bundle), "--to", "html", "-o", str(out), "--mode", "slideshow"])
    page = open_page(browser, out.as_uri() + "#slide-2", "desktop")
    assert_in_view(page, "slide-2")
    before = page.evaluate("() => scrollY")
    press_and_wait_for_the_scroll(page, "PageDown")
    assert page.evaluate("() => scrollY") > before  # the page scrolled down the slide …
    assert where(page)["id"] == "slide-2"  # … and stayed on it
    # (End once that scroll has ended: pressed while the browser still animated PageDown, on a
    # busy machine the animation carried on to its own end afterwards, short of the slide's)
    press_and_wait_for_the_scroll(page, "End")  # the page's own key too: to the slide's end
    page.wait_for_function(
        "() => document.querySelector('#slide-2').getBoundingClientRect().bottom <= innerHeight"
    )
    page.keyboard.press("PageDown")  # its end is on screen: now PageDown turns
    assert_in_view(page, "slide-3")
    page.keyboard.press("ArrowRight")  # the arrows always turn
    assert_in_view(page, "slide-4")
    page.keyboard.press("PageUp")  # at a slide's top, PageUp goes back one
    assert_in_view(page, "slide-3")
    page.context.close()
