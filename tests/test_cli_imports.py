"""Each command loads only what it needs: the speed of ``slidewright export`` and ``check`` as
whole processes is mostly what they import (the benchmark measures it; this keeps it true).

Every run is a fresh interpreter that runs one command and reports ``sys.modules``.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from slidewright import save_article
from slidewright.model import Article, Slide

REPORT = """
import json, sys
from slidewright.cli import main
code = main(sys.argv[1:])
print(json.dumps({"code": code, "modules": sorted(sys.modules)}))
"""


def run_command(*args: str) -> tuple[int, set[str]]:
    result = subprocess.run(
        [sys.executable, "-c", REPORT, *args], capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout.strip().splitlines()[-1])
    return report["code"], set(report["modules"])


def loaded(modules: set[str], *packages: str) -> list[str]:
    return sorted(m for m in modules if m.split(".")[0] in packages or m.startswith(packages))


def text_article(folder: Path) -> Path:
    article = Article(title="Words only", intro="No pictures today.", date="2026-03-05")
    article.slides = [Slide(heading=f"Part {n}", body=f"Paragraph {n}.") for n in range(1, 4)]
    save_article(article, folder)
    return folder


def test_html_export_of_a_text_article_loads_no_qt_pillow_or_checker(tmp_path: Path) -> None:
    code, modules = run_command(
        "export", str(text_article(tmp_path / "words")), "--to", "html", "-o", str(tmp_path / "o")
    )
    assert code == 0
    assert (tmp_path / "o").read_text(encoding="utf-8").count("<section") >= 3
    assert loaded(modules, "PySide6", "shiboken6", "slidewright.ui") == []
    assert loaded(modules, "PIL", "slidewright.credits") == []
    assert loaded(modules, "slidewright.exporters.rss", "slidewright.exporters.sites") == []
    # an English date is written without Babel; an unsigned export reads no Content Credentials
    assert "March 5, 2026" in (tmp_path / "o").read_text(encoding="utf-8")
    manifests = ("slidewright.provenance.credentials", "slidewright.provenance.reader")
    signing = ("slidewright.provenance.signing", "slidewright.history")
    assert loaded(modules, "babel", "uuid", *manifests, *signing) == []
    pictures = ("slidewright.exporters.imagerights", "slidewright.exporters.responsive")
    assert loaded(modules, *pictures) == []  # ExifTool's wrapper, renditions: no picture here


def test_html_export_with_images_and_check_load_no_qt(sample_bundle: Path, tmp_path: Path) -> None:
    code, modules = run_command(
        "export", str(sample_bundle), "--to", "html", "-o", str(tmp_path / "out.html")
    )
    assert code == 0
    assert "PIL" in modules  # the images are read and inlined
    assert loaded(modules, "PySide6", "shiboken6", "slidewright.ui") == []

    code, modules = run_command("check", str(sample_bundle))
    assert code == 1  # the sample has an error on purpose
    assert loaded(modules, "PySide6", "shiboken6", "slidewright.ui") == []


def test_version_and_help_load_neither_the_file_format_nor_the_renderer() -> None:
    for args in (["--version"], ["export", "--help"]):
        result = subprocess.run(
            [
                sys.executable,
                "-c",
                "import sys\nfrom slidewright.cli import main\n"
                "try:\n    main(sys.argv[1:])\nexcept SystemExit:\n    pass\n"
                "print(sorted(m for m in sys.modules if m.startswith(('yaml', 'jinja2', "
                "'markdown_it', 'PIL', 'PySide6'))))",
                *args,
            ],
            capture_output=True,
            text=True,
            timeout=60,
        )
        assert result.stdout.strip().splitlines()[-1] == "[]", result.stderr
