"""One real Chromium for the whole session (Debian's /usr/bin/chromium driven by Playwright):
exported pages are read the way a reader's browser reads them, at a phone's and a desktop's size.

Playwright's own browser download cannot work on the build machines, so the tests use the
system's Chromium and skip where it or Playwright is missing."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from typing import Any

import pytest
from browserhelpers import SIZES


def _chromium() -> str | None:
    return shutil.which("chromium") or shutil.which("chromium-browser")


# What every Playwright wait allows (its own default is 30 s): a wait ends as its condition holds,
# the limit only ends a test that would hang, and a busy machine must not cross it
WAIT_GUARD_MS = 120_000


class _PatientBrowser:
    """The session's browser, whose contexts wait up to WAIT_GUARD_MS for anything."""

    def __init__(self, browser: Any) -> None:
        self._browser = browser

    def new_context(self, **options: Any) -> Any:
        context = self._browser.new_context(**options)
        context.set_default_timeout(WAIT_GUARD_MS)
        context.set_default_navigation_timeout(WAIT_GUARD_MS)
        return context

    def __getattr__(self, name: str) -> Any:
        return getattr(self._browser, name)


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    sync_api = pytest.importorskip("playwright.sync_api")
    executable = _chromium()
    if executable is None:
        pytest.skip("Debian's chromium is not installed")
    with sync_api.sync_playwright() as playwright:
        # We run as root in CI: Chromium refuses to start there with its sandbox on.
        browser = playwright.chromium.launch(executable_path=executable, args=["--no-sandbox"])
        yield _PatientBrowser(browser)
        browser.close()


@pytest.fixture(params=sorted(SIZES))
def size(request: pytest.FixtureRequest) -> str:
    name: str = request.param
    return name
