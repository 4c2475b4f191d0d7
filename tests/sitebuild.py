"""Build an exported Hugo or Jekyll site with the real tool and read back the article's page."""

from __future__ import annotations

import subprocess
from pathlib import Path

ARTICLE_PAGE = "harbour-towns/index.html"


def _run(command: list[str], timeout: int) -> None:
    result = subprocess.run(command, capture_output=True, text=True, timeout=timeout)
    assert result.returncode == 0, result.stderr


def build_hugo(site: Path, page: str = ARTICLE_PAGE) -> str:
    """Run ``hugo`` on ``site`` and return the built ``page`` (under public/)."""
    _run(["hugo", "--quiet", "-s", str(site)], 120)
    return (site / "public" / page).read_text(encoding="utf-8")


def build_jekyll(site: Path, page: str = ARTICLE_PAGE) -> str:
    """Run ``jekyll build`` on ``site`` and return the built ``page`` (under _site/)."""
    _run(["jekyll", "build", "--quiet", "-s", str(site), "-d", str(site / "_site")], 300)
    return (site / "_site" / page).read_text(encoding="utf-8")
