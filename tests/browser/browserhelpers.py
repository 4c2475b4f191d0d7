"""Opening exported pages in the session's Chromium at a phone's and a desktop's size."""

from __future__ import annotations

from pathlib import Path
from typing import Any

PHONE = {"width": 390, "height": 844}
DESKTOP = {"width": 1280, "height": 800}
SIZES = {"phone": PHONE, "desktop": DESKTOP}
SCREENSHOTS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"


def open_page(browser: Any, url: str, size: str, javascript: bool = True) -> Any:
    """A fresh page at ``size`` (touch on the phone), loaded from ``url``."""
    context = browser.new_context(
        viewport=SIZES[size], has_touch=size == "phone", java_script_enabled=javascript
    )
    page = context.new_page()
    page.goto(url)
    return page
