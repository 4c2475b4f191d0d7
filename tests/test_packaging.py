"""What installs the app: the wheel carries the resources; desktop entry and AppStream validate."""

from __future__ import annotations

import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
LINUX = ROOT / "packaging" / "linux"


def test_the_wheel_carries_templates_assets_and_the_sample(tmp_path: Path) -> None:
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(tmp_path), str(ROOT)],
        check=True,
        capture_output=True,
        timeout=300,
    )
    [wheel] = tmp_path.glob("slidewright-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    for needed in (
        "slidewright/resources/templates/page.html.j2",
        "slidewright/resources/css/article.css",
        "slidewright/resources/js/preview.js",
        "slidewright/resources/credits/agencies.json",
        "slidewright/resources/schema/article.schema.json",
        "slidewright/resources/layouts/hugo/layouts/_default/slideshow.html",
        "slidewright/resources/layouts/jekyll/_includes/slidewright/safe-html.html",
        "slidewright/resources/sample/harbour-towns/index.md",
        "slidewright/resources/sample/harbour-towns/images/fog.jpg",
        "slidewright/ui/window/main_window.py",
        "slidewright/ui/preview/scheme.py",
        "slidewright/py.typed",
    ):
        assert needed in names, needed
    assert not any(name.startswith("tests/") for name in names)


@pytest.mark.skipif(
    shutil.which("desktop-file-validate") is None, reason="desktop-file-utils not installed"
)
def test_desktop_entry_validates() -> None:
    result = subprocess.run(
        ["desktop-file-validate", str(LINUX / "io.github.slidewright.Slidewright.desktop")],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0 and not result.stdout.strip(), result.stdout


@pytest.mark.skipif(shutil.which("appstreamcli") is None, reason="appstream not installed")
def test_appstream_metadata_validates() -> None:
    result = subprocess.run(
        [
            "appstreamcli",
            "validate",
            "--no-net",
            str(LINUX / "io.github.slidewright.Slidewright.metainfo.xml"),
        ],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_debian_package_list_is_only_package_names() -> None:
    """The README's set-up runs ``apt-get install $(cat packaging/debian-packages.txt)``: a
    comment line there would ask apt for packages called '#', 'ExifTool:'… and stop the set-up."""
    import re

    root = Path(__file__).resolve().parents[1]
    lines = (root / "packaging" / "debian-packages.txt").read_text(encoding="utf-8").split()
    assert lines
    bad = [word for word in lines if not re.fullmatch(r"[a-z0-9][a-z0-9.+-]+", word)]
    assert bad == []
