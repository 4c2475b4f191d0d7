"""A paged export read in Chromium: Next walks every slide's page with JavaScript off, and with
it on the arrow keys follow the same links; each page shows its slide under the bar."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from browserhelpers import open_page

from slidewright.cli import main


def export_paged(bundle: Path, out: Path) -> Path:
    code = main(["export", str(bundle), "--to", "html-folder", "-o", str(out), "--mode", "paged"])
    assert code == 0
    return out


def test_next_links_walk_every_page_without_javascript(
    browser: Any, sample_bundle: Path, tmp_path: Path
) -> None:
    out = export_paged(sample_bundle, tmp_path / "paged")
    page = open_page(browser, (out / "index.html").as_uri(), "phone", javascript=False)
    visited = []
    while True:
        heading = page.locator(".sw-slide h2")
        assert heading.count() == 1 and heading.is_visible()
        visited.append(heading.inner_text())
        following = page.locator(".sw-controls-top a.sw-next")
        if not following.count():
            break
        following.click()
        page.wait_for_url(f"**/slide-{len(visited) + 1}/index.html")
    assert len(visited) == 9 and visited[0].startswith("1.") and visited[-1].startswith("9.")
    assert page.locator(".sw-read-more").is_visible()  # the last page closes with read-more
    page.locator(".sw-controls-end a.sw-prev").click()  # the links after the text work too
    page.wait_for_url("**/slide-8/index.html")
    page.context.close()


def test_arrow_keys_follow_the_page_links(
    browser: Any, sample_bundle: Path, tmp_path: Path
) -> None:
    out = export_paged(sample_bundle, tmp_path / "paged")
    page = open_page(browser, (out / "slide-3" / "index.html").as_uri(), "desktop")
    page.keyboard.press("ArrowRight")
    page.wait_for_url("**/slide-4/index.html")
    page.keyboard.press("ArrowLeft")
    page.wait_for_url("**/slide-3/index.html")
    assert page.locator(".sw-progress-text").first.inner_text() == "3 / 9"
    page.context.close()
