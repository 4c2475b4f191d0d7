"""Words in an SVG's CSS (found by an attack trial): a ``<style>`` or a ``style="…"`` carried
names and places in custom properties, ``content: "…"``, comments, ``@font-face`` (and its
``url(…)``, a tracker or a local file), ``@import``, unknown at-rules and words that are no CSS
value, and text outside ``<text>`` went with the drawing. Every export is read back: no
``SECRET`` in any published byte, nothing that points outside, and the drawing's own style
(``fill: #c33; stroke-width: 2``) still there."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from privatepictures import pictures_bundle, published_drawing, published_files
from slidewright.exporters import ExportOptions, export

HOSTILE = """<?xml version="1.0"?>
<?SECRET-pi a processing instruction?>
<!-- SECRET-xml-comment -->
<svg xmlns="http://www.w3.org/2000/svg" width="120" height="80" viewBox="0 0 120 80">
<style>
:root { --owner: "SECRET Jane Doe, 12 Rue X, 48.85N 2.35E"; }
rect::after { content: "SECRET-content"; }
/* SECRET shot at home, GPS 48.85N 2.35E */
@font-face { font-family: "SECRET-font"; src: local("SECRET-local"); }
@SECRET-unknown-rule x { fill: red }
@media SECRET-medium { rect { fill: red } }
@keyframes SECRET-frames { from { opacity: 0 } }
@charset "SECRET-charset";
@namespace SECRET-ns "urn:x";
.SECRET-mark { fill: #c33; stroke-width: 2 }
rect { font-family: SECRET-family, serif; fill: SECRET-word; stroke: #c33 !SECRET-bang }
rect { fill: var(--owner, SECRET-fallback); quotes: "SECRET-quote" "x" }
text { font-family: "SECRET Jane's Hand", SECRET-hand }
rect[SECRET-attribute] { fill: red }
rect { fill: #c33 } SECRET-after-the-rules
</style>
<style><![CDATA[ circle { --note: 'SECRET-cdata'; fill: #36c } ]]></style>
<style>@import url(//tracker.example/SECRET.css); circle { stroke: #000 }</style>
<style>@font-face { font-family: f; src: url(file:///home/SECRET/f.woff) }</style>
<style media="SECRET-media-attribute">rect { fill: red }</style>
<style type="text/SECRET-notes">rect { fill: red }</style>
<rect class="SECRET-mark" width="120" height="80" style="--owner: 'SECRET-inline'; fill: #c33; stroke-width: 2; content: 'SECRET-inline-content' /* SECRET-inline-comment */"/>
<circle cx="60" cy="40" r="20" style="fill: var(--SECRET-variable); cursor: url(http://tracker.example/c.cur), auto"/>
<g fill="SECRET-fill-word" font-family="SECRET-attribute-family, sans-serif">SECRET-words-in-a-group</g>
<text x="4" y="70">Harbour</text>SECRET-after-a-shape
</svg>
"""
EXPORTS = [("html", "article"), ("html-folder", "article"), ("html-folder", "slideshow"),
           ("html-folder", "paged"), ("hugo", "article"), ("jekyll", "paged")]  # fmt: skip


@pytest.fixture(scope="module")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("css") / "css"
    (folder / "images").mkdir(parents=True)
    (folder / "images" / "styled.svg").write_text(HOSTILE, encoding="utf-8")
    return pictures_bundle(folder, ["styled.svg"], "Styles")


@pytest.mark.parametrize(("to", "mode"), EXPORTS)
def test_no_words_leave_in_a_drawings_css(bundle: Path, tmp_path: Path, to: str, mode: str) -> None:
    out = tmp_path / ("page.html" if to == "html" else "out")
    warnings: list[str] = []
    export(bundle, to, out, ExportOptions(mode=mode, warn=warnings.append))
    files = published_files(out)
    drawings = [data.decode() for name, data in files.items() if name.endswith(".svg")]
    assert len(drawings) == 1, (sorted(files), warnings)  # published, not refused
    leaks = [name for name, data in files.items()
             for word in (b"SECRET", b"tracker.example", b"file:") if word in data]  # fmt: skip
    assert leaks == []
    drawing = drawings[0]
    assert 'style="fill: #c33; stroke-width: 2"' in drawing
    mark = re.search(r'<rect class="(c\d+)"', drawing)  # "SECRET-mark" under a neutral name
    assert mark and f".{mark[1]} {{ fill: #c33; stroke-width: 2 }}" in drawing
    assert "circle { fill: #36c }" in drawing and "circle { stroke: #000 }" in drawing
    assert 'font-family="sans-serif"' in drawing and ">Harbour</text>" in drawing
    assert "fill: red" not in drawing  # no sheet or rule a browser skipped now applies
    assert "text { font-family: initial }" in drawing  # fonts nobody has: the reader's default


@pytest.mark.parametrize(
    ("inside", "why"),
    [
        (f"<style>{'rect { fill: #c33 }' * 250_000}</style>", "its CSS is 4,638 KB"),
        (f"<style>{'g {' * 20_000}</style>", "its CSS nests blocks more than 8 deep"),
        (f"<rect style='{'fill: #c33;' * 30_000}'/>", "its CSS is 322 KB"),
    ],
    ids=["huge", "nested", "huge-attribute"],
)
def test_css_nobody_draws_with_is_refused_with_a_reason(
    tmp_path: Path, inside: str, why: str
) -> None:
    """Read in one bounded pass and refused, never parsed rule by rule: the export goes on
    without the picture and says why."""
    folder = tmp_path / "big"
    (folder / "images").mkdir(parents=True)
    svg = f'<svg xmlns="http://www.w3.org/2000/svg">{inside}<rect width="1"/></svg>'
    (folder / "images" / "big.svg").write_text(svg, encoding="utf-8")
    pictures_bundle(folder, ["big.svg"], "Big")
    warnings: list[str] = []
    export(folder, "html-folder", tmp_path / "out", ExportOptions(warn=warnings.append))
    assert not any(name.endswith(".svg") for name in published_files(tmp_path / "out"))
    assert any(f"'images/big.svg' is not published: {why}" in w for w in warnings), warnings


NAMED = """<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink"
     width="120" height="80">
<style>#SECRET-layer-jane .SECRET-roof { stroke: #000 } .SECRET-roof { stroke-width: 3 }</style>
<defs>
<linearGradient id="SECRET-gradient"><stop offset="0" stop-color="#9cf"/></linearGradient>
<filter id="SECRET-filter"><feGaussianBlur in="SourceGraphic" stdDeviation="2" result="SECRET-blur"/>
<feMerge><feMergeNode in="SECRET-blur"/></feMerge></filter>
<path id="SECRET-shape" d="M0 0 H10 V10 Z"/>
</defs>
<g id="SECRET-layer-jane"><rect class="SECRET-roof" width="120" height="80"
   fill="url(#SECRET-gradient)" filter="url('#SECRET-filter')"/></g>
<use xlink:href="#SECRET-shape" clip-path="url(#SECRET-nowhere)"/>
</svg>
"""


@pytest.mark.parametrize("to", ["html", "html-folder"])
def test_names_typed_in_an_editor_are_published_as_neutral_ones(tmp_path: Path, to: str) -> None:
    """Found by the same trial: ids that something points at, classes and filter results kept
    the names an author typed in a layers panel (``id="janes-flat"``). Each is published under a
    neutral name, and every reference still finds what it found."""
    drawing = published_drawing(tmp_path, NAMED, to)

    def named(pattern: str) -> str:
        found = re.search(pattern, drawing)
        assert found, pattern
        return found[1]

    gradient, blur = named(r'<linearGradient id="(i\d+)"'), named(r'result="(r\d+)"')
    assert f'fill="url(#{gradient})"' in drawing and f'<feMergeNode in="{blur}"' in drawing
    assert f'filter="url(#{named(r"<filter id=.(i[0-9]+).")})"' in drawing
    assert f'<use href="#{named(r"<path id=.(i[0-9]+).")}"' in drawing
    layer, roof = named(r'<g id="(i\d+)"'), named(r'<rect class="(c\d+)"')
    assert f"#{layer} .{roof} {{ stroke: #000 }}" in drawing
    nowhere = named(r'clip-path="url\(#(i\d+)\)"')  # pointed at nothing, and still does
    assert f'id="{nowhere}"' not in drawing and 'in="SourceGraphic"' in drawing
