"""Words in the parts of a drawing no reader sees (found by an attack trial): an editor's hidden
layer (Inkscape hides a layer with ``style="display:none"``), text kept in ``<defs>`` that
nothing uses, a symbol nothing places. Published and read back: no ``SECRET``; what something
points at stays (a gradient inside a hidden group still fills), and the words a ``<text>``
draws after a hidden or dropped part are still drawn."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from privatepictures import published_drawing

HIDDEN = """<svg xmlns="http://www.w3.org/2000/svg"
     xmlns:inkscape="http://www.inkscape.org/namespaces/inkscape" width="120" height="80">
<g inkscape:groupmode="layer" inkscape:label="notes" style="display:none">
  <text x="4" y="20">SECRET Jane Doe, 12 Rue X, door code 4417</text></g>
<g display="none"><text>SECRET-hidden-attribute</text>
  <linearGradient id="sky"><stop offset="0" stop-color="#9cf"/></linearGradient></g>
<defs><text>SECRET-in-defs</text><symbol><text>SECRET-symbol</text></symbol>
  <symbol id="unused"><text>SECRET-unused-symbol</text></symbol></defs>
<rect width="120" height="80" fill="url(#sky)"/>
<text x="4" y="70">Porto <tspan display="none">SECRET-tspan</tspan>harbour<title>SECRET</title> wall</text>
</svg>
"""


@pytest.mark.parametrize("to", ["html", "html-folder", "hugo"])
def test_no_words_leave_in_what_a_drawing_hides(tmp_path: Path, to: str) -> None:
    drawing = published_drawing(tmp_path, HIDDEN, to)
    sky = re.search(r'<linearGradient id="(i\d+)"', drawing)
    assert sky and f'fill="url(#{sky[1]})"' in drawing  # what the rectangle is filled with
    assert '<text x="4" y="70">Porto harbour wall</text>' in drawing


# An illustration program's hidden layer and the other ways a drawing hides words (found by an
# attack round: with a stylesheet in the drawing, none of them was taken out)
HIDDEN_MORE = """<svg xmlns="http://www.w3.org/2000/svg" width="120" height="80">
<style>.hid { display: none } .ghost{opacity:0}</style>
<rect width="120" height="80" fill="#369"/>
<g display="none"><text>SECRET Jane Doe 12 Elm St</text></g>
<g class="hid"><text>SECRET-class</text></g>
<g class="x ghost"><text>SECRET-class-opacity</text></g>
<g style="display: none !important"><text>SECRET-important</text></g>
<g style="DISPLAY:NONE"><text>SECRET-capitals</text></g>
<g visibility="hidden"><text>SECRET-visibility</text></g>
<g style="visibility:hidden"><text>SECRET-visibility-style</text></g>
<g opacity="0"><text>SECRET-opacity</text></g>
<g style="opacity: 0.0"><text>SECRET-opacity-style</text></g>
<text x="4" y="70">Porto <tspan display="none">SECRET-tspan</tspan>harbour</text>
<g visibility="hidden"><text visibility="visible" x="4" y="40">Quay</text></g>
</svg>
"""


@pytest.mark.parametrize("to", ["html-folder", "hugo"])
def test_no_words_leave_in_hidden_layers_classes_or_transparent_groups(
    tmp_path: Path, to: str
) -> None:
    drawing = published_drawing(tmp_path, HIDDEN_MORE, to)
    assert '<text x="4" y="70">Porto harbour</text>' in drawing
    assert ">Quay</text>" in drawing  # made visible inside a hidden group: drawn


def test_what_a_stylesheet_may_show_again_is_kept(tmp_path: Path) -> None:
    """A sheet's own display rule outranks an attribute: what it may show is drawn, and kept."""
    svg = (
        '<svg xmlns="http://www.w3.org/2000/svg" width="120" height="80">'
        "<style>g { display: inline }</style>"
        '<g display="none"><text x="4" y="40">Shown by the sheet</text></g></svg>'
    )
    assert "Shown by the sheet" in published_drawing(tmp_path, svg, "hugo")
