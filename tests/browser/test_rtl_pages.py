"""Right-to-left articles read in Chromium (issue 31): an Arabic and a Hebrew article through
every output (single HTML file, HTML folder, paged folder, Hugo and Jekyll pages) read right to
left: the article's computed direction is rtl, the first slide's heading starts at the right edge,
Next goes to the slide that follows, the Left arrow key goes forward (and Right back), a swipe to
the right goes forward on a phone, the end card and the words slideshow.js writes are the
article's language's, and no English word of the page's own is left on it.

Set SLIDEWRIGHT_SCREENSHOTS=1 to refresh docs/screenshots/slideshow-arabic-phone.png."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from contextlib import ExitStack
from typing import Any

import pytest
from axeaudit import serve
from browserhelpers import SCREENSHOTS, open_page
from test_slideshow import swipe

from pagelanguages import TEXTS, language_article
from pagewords import english_words
from slidewright.cli import main
from slidewright.render.messages import messages_for

OUTPUTS = ["html", "html-folder", "paged", "hugo", "jekyll"]
CASES = [(lang, output) for lang in ("ar", "he") for output in OUTPUTS]

# Where the current slide's heading text starts and ends, and the article's content box.
HEADING = """() => {
  const article = document.querySelector('.sw-article');
  const step = document.querySelector('.sw-slide.sw-current') || document.querySelector('.sw-slide');
  const range = document.createRange();
  range.selectNodeContents(step.querySelector('h2'));
  const text = range.getBoundingClientRect(), box = article.getBoundingClientRect();
  const style = getComputedStyle(article);
  return {direction: style.direction, left: text.left, right: text.right,
          start: box.left + parseFloat(style.paddingLeft),
          end: box.right - parseFloat(style.paddingRight),
          id: step.id, heading: step.querySelector('h2').textContent};
}"""


def showing(page: Any, heading: str) -> None:
    """Wait until the current slide's heading ends with ``heading``. In the paged output a step
    is a new page: while it loads there is no slide yet to read (that is no answer, not an
    error; the wait ends when the next page shows the heading, or times out)."""
    page.wait_for_function(
        f"() => {{ try {{ return ({HEADING})().heading.endsWith({heading!r}); }}"
        " catch (notYet) { return false; } }"
    )
    page.wait_for_load_state()  # a new page's script is running before the next key is pressed


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, str]]:
    """Each language's article in every output, built and served over loopback:
    {"ar:hugo": address of the article's page, …}."""
    from sitebuild import build_hugo, build_jekyll

    root = tmp_path_factory.mktemp("rtl")
    pages: dict[str, str] = {}
    with ExitStack() as stack:
        for lang in ("ar", "he"):
            slug = f"rtl-{lang}"
            bundle = language_article(lang, root / "src" / slug)
            out = root / lang
            for to, mode, name in (
                ("html", "slideshow", "single.html"),
                ("html-folder", "slideshow", "folder"),
                ("html-folder", "paged", "paged"),
            ):
                assert (
                    main(["export", str(bundle), "--to", to, "-o", str(out / name), "--mode", mode])
                    == 0
                )
            address = stack.enter_context(serve(out))
            pages |= {
                f"{lang}:html": address + "single.html",
                f"{lang}:html-folder": address + "folder/",
                f"{lang}:paged": address + "paged/",
            }
            for site, build, built in (
                ("hugo", build_hugo, "public"),
                ("jekyll", build_jekyll, "_site"),
            ):
                if not shutil.which(site):
                    continue
                folder = root / f"{lang}-{site}"
                args = [
                    "export",
                    str(bundle),
                    "--to",
                    site,
                    "-o",
                    str(folder),
                    "--mode",
                    "slideshow",
                ]
                assert main(args) == 0
                build(folder, f"{slug}/index.html")
                pages[f"{lang}:{site}"] = stack.enter_context(serve(folder / built)) + f"{slug}/"
        yield pages


def _heading(page: Any) -> dict[str, Any]:
    result: dict[str, Any] = page.evaluate(HEADING)
    return result


@pytest.mark.parametrize("lang,output", CASES, ids=[f"{lang}-{o}" for lang, o in CASES])
def test_the_article_reads_right_to_left(
    browser: Any, served: dict[str, str], lang: str, output: str
) -> None:
    if f"{lang}:{output}" not in served:
        pytest.skip(f"{output} is not installed")
    msg = messages_for(lang)
    headings = [h for h, _, _ in TEXTS[lang][4]]
    page = open_page(browser, served[f"{lang}:{output}"], "desktop")
    try:
        first = _heading(page)
        assert first["direction"] == "rtl"
        assert first["heading"].endswith(headings[0])
        # the heading starts at the right edge of the column, and ends well short of the left
        assert abs(first["right"] - first["end"]) <= 2, first
        assert first["left"] > first["start"] + 100, first
        assert english_words(page.content(), lang) == []  # after slideshow.js ran, too

        page.locator(".sw-controls-top .sw-next").click()  # a button, or the paged link
        showing(page, headings[1])
        page.keyboard.press("ArrowLeft")  # forward, in a right-to-left article
        showing(page, headings[2])
        page.keyboard.press("ArrowRight")  # back
        showing(page, headings[1])
        if output != "paged":  # the one-page slideshow's end card, in the article's words
            for _ in range(2):
                page.keyboard.press("ArrowLeft")
            page.wait_for_function("() => document.querySelector('.sw-end.sw-current') !== null")
            progress = page.locator(".sw-controls-top .sw-progress-text").inner_text()
            assert progress == msg.end
            assert page.locator(".sw-end-title").inner_text() == msg.end_title
            page.keyboard.press("ArrowRight")
            valuetext = page.locator(".sw-progress-bar").get_attribute("aria-valuetext")
            assert valuetext == msg.format("slide_of", number=3, total=3)
            assert english_words(page.content(), lang) == []
    finally:
        page.context.close()


def test_a_swipe_to_the_right_goes_forward_on_a_phone(browser: Any, served: dict[str, str]) -> None:
    headings = [h for h, _, _ in TEXTS["ar"][4]]
    page = open_page(browser, served["ar:html"], "phone")
    try:
        swipe(page, 150, 0)  # the finger moves right: the next slide comes in from the left
        showing(page, headings[1])
        swipe(page, -150, 0)
        showing(page, headings[0])
        if os.environ.get("SLIDEWRIGHT_SCREENSHOTS"):
            page.screenshot(path=str(SCREENSHOTS / "slideshow-arabic-phone.png"))
    finally:
        page.context.close()


@pytest.mark.parametrize("output", ["html", "jekyll"])
def test_no_axe_violation_on_an_arabic_slideshow(
    browser: Any, served: dict[str, str], output: str
) -> None:
    """The words, labels and isolates the page adds in Arabic pass axe as the English ones do
    (tests/browser/test_accessibility.py), at the end card too."""
    from axeaudit import AXE, violations

    if not AXE.is_file():
        pytest.skip("axe-core not installed (npm ci)")
    if f"ar:{output}" not in served:
        pytest.skip(f"{output} is not installed")
    context = browser.new_context(viewport={"width": 390, "height": 844}, bypass_csp=True)
    try:
        page = context.new_page()
        page.goto(served[f"ar:{output}"])
        assert violations(page) == []
        page.keyboard.press("End")
        page.keyboard.press("ArrowLeft")
        page.wait_for_function("() => document.querySelector('.sw-end.sw-current') !== null")
        assert violations(page) == []
    finally:
        context.close()
