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
