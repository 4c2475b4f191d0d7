"""No axe-core violation, of any impact, on any output at 390×844 and 1280×800 (issue 26): the
single HTML file, the HTML folder, the one-page slideshow after Next and at its end card, the
paged folder's first and last pages, and the pages Hugo and Jekyll build (article and paged).

Skips where Chromium, Playwright or ./node_modules/axe-core (``npm ci``) is missing."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from axeaudit import AXE, serve, violations
from browserhelpers import SIZES

from slidewright.cli import main

pytestmark = pytest.mark.skipif(not AXE.is_file(), reason="axe-core not installed (npm ci)")

# (output, page under its served folder, Next clicks before the audit)
STATES = [
    ("html", "page.html", 0),
    ("html-folder", "folder/", 0),
    ("slideshow", "slideshow/", 1),  # after Next
    ("slideshow", "slideshow/", 9),  # the end card
    ("paged", "paged/", 0),  # its Previous is off
    ("paged", "paged/slide-9/", 0),  # its Next is off, the end card below
    ("hugo", "harbour-towns/", 0),
    ("hugo-paged", "harbour-towns/", 0),
    ("hugo-paged", "harbour-towns/slide-2/", 0),
    ("jekyll", "harbour-towns/", 0),
    ("jekyll-paged", "harbour-towns/slide-9/", 0),
]


def _export(bundle: Path, to: str, out: Path, mode: str = "article") -> None:
    args = ["export", str(bundle), "--to", to, "-o", str(out), "--mode", mode]
    assert main([*args, "--base-url", "https://news.example/"]) == 0


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, str]]:
    """Every output of the sample, exported (and built) once, served over loopback: the HTML
    outputs from one folder, each built site from its own root (its pages name /slidewright/…).
    {output: address}."""
    from contextlib import ExitStack

    from sitebuild import build_hugo, build_jekyll
    from slidewright.packagedata import copy_sample

    root = tmp_path_factory.mktemp("outputs")
    bundle = copy_sample(root / "src" / "harbour-towns")
    _export(bundle, "html", root / "page.html")
    _export(bundle, "html-folder", root / "folder")
    _export(bundle, "html-folder", root / "slideshow", "slideshow")
    _export(bundle, "html-folder", root / "paged", "paged")
    with ExitStack() as stack:
        addresses = {"": stack.enter_context(serve(root))}
        for site, build, built in (
            ("hugo", build_hugo, "public"),
            ("jekyll", build_jekyll, "_site"),
        ):
            if shutil.which(site):
                for mode, name in (("article", site), ("paged", f"{site}-paged")):
                    _export(bundle, site, root / name, mode)
                    build(root / name)
                    addresses[name] = stack.enter_context(serve(root / name / built))
        yield addresses


@pytest.mark.parametrize("output,path,steps", STATES, ids=[f"{o}:{p}:{s}" for o, p, s in STATES])
def test_no_axe_violation(
    browser: Any, served: dict[str, str], size: str, output: str, path: str, steps: int
) -> None:
    site = output if output.split("-")[0] in ("hugo", "jekyll") else ""
    if site and site not in served:
        pytest.skip(f"{site.split('-')[0]} is not installed")
    context = browser.new_context(viewport=SIZES[size], has_touch=size == "phone", bypass_csp=True)
    try:
        page = context.new_page()
        page.goto(served[site] + path)
        for n in range(steps):
            page.click(".sw-controls-top .sw-next")
            target = "slides-end" if n == 8 else f"slide-{n + 2}"
            page.wait_for_function(
                f"() => (document.querySelector('.sw-current') || {{}}).id === '{target}'"
            )
        assert violations(page) == [], (output, path, size)
    finally:
        context.close()
