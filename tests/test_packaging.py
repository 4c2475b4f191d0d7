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


def test_the_trimmed_package_keeps_every_qt_module_the_app_imports() -> None:
    """packaging/debian/trim_qt.py drops the PySide6 modules not on its list from the .deb: an
    import of another one (QtSvg, QtMultimedia…) would work here and fail only when installed."""
    import re

    sys.path.insert(0, str(ROOT / "packaging" / "debian"))
    try:
        from trim_qt import MODULES
    finally:
        sys.path.pop(0)
    imported = set()
    for source in (ROOT / "desktop" / "slidewright").rglob("*.py"):
        imported |= set(re.findall(r"PySide6\.(Qt\w+)", source.read_text(encoding="utf-8")))
    assert {"QtCore", "QtWidgets", "QtWebEngineWidgets"} <= imported
    assert imported - MODULES == set()


def test_the_article_file_type_claims_index_md_only() -> None:
    """Double-clicking an article's index.md opens Slidewright, but Markdown in general is left
    to the writer's text editor: the desktop entry names only Slidewright's own type, whose one
    pattern is the page bundle's file name, and which stays a kind of text/markdown."""
    from xml.etree import ElementTree

    ns = {"m": "http://www.freedesktop.org/standards/shared-mime-info"}
    tree = ElementTree.parse(LINUX / "io.github.slidewright.Slidewright.mime.xml")
    [kind] = tree.getroot().findall("m:mime-type", ns)
    assert [g.get("pattern") for g in kind.findall("m:glob", ns)] == ["index.md"]
    assert [s.get("type") for s in kind.findall("m:sub-class-of", ns)] == ["text/markdown"]
    entry = (LINUX / "io.github.slidewright.Slidewright.desktop").read_text(encoding="utf-8")
    [mime_line] = [line for line in entry.splitlines() if line.startswith("MimeType=")]
    assert mime_line.removeprefix("MimeType=").strip(";").split(";") == [kind.get("type")]


def test_the_packaged_metainfo_lists_the_changelog_releases(tmp_path: Path) -> None:
    """The .deb's AppStream releases come from CHANGELOG.md, and the version being packaged must
    be one of them (a package says what it contains)."""
    from slidewright import __version__

    script = ROOT / "packaging" / "debian" / "releases.py"
    template = LINUX / "io.github.slidewright.Slidewright.metainfo.xml"
    changelog = tmp_path / "CHANGELOG.md"
    changelog.write_text(
        "# Changelog\n\n## [Unreleased]\n\n### Added\n- Not yet.\n\n"
        f"## [{__version__}] - 2026-11-27\n\nThe first release.\n\n### Added\n"
        "- **Article format**: a page bundle\n  read directly.\n- Export to `html`.\n",
        encoding="utf-8",
    )
    made = subprocess.run(
        [sys.executable, str(script), "metainfo", str(template), str(changelog), __version__],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert f'<release version="{__version__}" date="2026-11-27">' in made
    assert "<li>Article format</li><li>Export to html</li>" in made
    assert "Not yet" not in made
    refused = subprocess.run(
        [sys.executable, str(script), "metainfo", str(template), str(changelog), "99.0.0"],
        capture_output=True,
        text=True,
    )
    assert refused.returncode != 0 and "99.0.0" in refused.stderr
    if shutil.which("appstreamcli"):
        (tmp_path / "made.metainfo.xml").write_text(made, encoding="utf-8")
        result = subprocess.run(
            ["appstreamcli", "validate", "--no-net", str(tmp_path / "made.metainfo.xml")],
            capture_output=True,
            text=True,
        )
        assert result.returncode == 0, result.stdout


def test_the_metainfo_screenshots_are_pictures_in_the_repository() -> None:
    """Software centres show the metainfo's screenshots from the repository's main branch: each
    must name a PNG this repository holds, or the listing shows a broken picture."""
    import re

    from PIL import Image

    text = (LINUX / "io.github.slidewright.Slidewright.metainfo.xml").read_text(encoding="utf-8")
    prefix = "https://raw.githubusercontent.com/slidewright/slidewright/main/"
    urls = re.findall(r"<image>([^<]+)</image>", text)
    assert len(urls) >= 2
    for url in urls:
        assert url.startswith(prefix), url
        with Image.open(ROOT / url.removeprefix(prefix)) as picture:
            assert picture.format == "PNG" and picture.width >= 1000, url


def test_every_package_of_the_source_is_in_the_wheel() -> None:
    """pyproject lists the packages by name: one left out works in the editable install and the
    tests, then fails as ModuleNotFoundError in the wheel, the Debian package and any installed
    copy (slidewright.ui.access did, caught only by packaging/test-deb.sh)."""
    import tomllib

    listed = set(
        tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["tool"]["setuptools"][
            "packages"
        ]
    )
    source = ROOT / "desktop"
    found = {".".join(p.parent.relative_to(source).parts) for p in source.rglob("__init__.py")}
    assert found - listed == set(), "add these to [tool.setuptools] packages"
