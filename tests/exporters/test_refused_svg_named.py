"""An SVG an export refuses is named with the check's reason in every export (a site said
"not found in the article's folder", the HTML folder "not a readable SVG", for an SVG the check
calls too large)."""

from __future__ import annotations

from pathlib import Path

import pytest

from slidewright.exporters import ExportOptions, export

RECTS = '<rect width="1" height="1"/>' * 200_000  # 5.6 MB of drawing


@pytest.mark.parametrize("to", ["hugo", "jekyll", "html-folder"])
def test_an_svg_too_large_is_said_to_be(tmp_path: Path, to: str) -> None:
    bundle = tmp_path / "drawing"
    (bundle / "images").mkdir(parents=True)
    svg = f'<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10">{RECTS}</svg>'
    (bundle / "images" / "x.svg").write_text(svg, "utf-8")
    (bundle / "index.md").write_text(
        "---\ntitle: T\nlang: en\nslides:\n- heading: H\n  image: images/x.svg\n  alt: a\n"
        "  credit: Me\n---\nIntro.\n",
        "utf-8",
    )
    warnings: list[str] = []
    options = ExportOptions(warn=warnings.append, base_url="https://news.example.org/t/")
    export(bundle, to, tmp_path / "out", options)
    [said] = [w for w in warnings if "x.svg" in w]
    assert "too large for an SVG illustration" in said and "not found" not in said
