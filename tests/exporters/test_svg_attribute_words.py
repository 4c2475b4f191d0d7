"""Words in the attributes an SVG keeps to draw (found by an attack trial): a language tag
(``xml:lang``, ``systemLanguage``), an extension's address (``requiredExtensions``), a feature
string, and any attribute whose value is no value (``gradientTransform="Jane's flat"``) went
with the drawing. Published and read back: no ``SECRET``, and what the attributes draw stays."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from privatepictures import published_drawing

WORDY = """<svg xmlns="http://www.w3.org/2000/svg" xml:lang="en-SECRETjane" width="120" height="80"
     viewBox="0 0 120 80" preserveAspectRatio="xMidYMid meet">
<defs><linearGradient id="sky" gradientUnits="userSpaceOnUse" x2="120"
  gradientTransform="SECRET Jane's flat" spreadMethod="reflect">
  <stop offset="0" stop-color="#9cf"/><stop offset="1" stop-color="#fff"/></linearGradient>
<filter id="grey"><feColorMatrix type="SECRET-type" values="0.2"/>
  <feColorMatrix type="saturate" values="0.5"/></filter></defs>
<switch>
  <g systemLanguage="SECRET-jane-doe"><rect width="120" height="80" fill="red"/></g>
  <g requiredExtensions="http://SECRET.example/extension"><rect width="9" height="9"/></g>
  <rect width="120" height="80" fill="url(#sky)" filter="url(#grey)" requiredFeatures="SECRET"/>
</switch>
<text x="4" y="70" xml:lang="pt-BR" systemLanguage="pt, en-GB">Porto</text>
<path d="M0 0 L10 10 SECRET"/>
</svg>
"""


@pytest.mark.parametrize("to", ["html", "html-folder", "jekyll"])
def test_no_words_leave_in_a_drawings_attributes(tmp_path: Path, to: str) -> None:
    drawing = published_drawing(tmp_path, WORDY, to)
    assert 'preserveAspectRatio="xMidYMid meet"' in drawing
    assert 'gradientUnits="userSpaceOnUse"' in drawing and 'spreadMethod="reflect"' in drawing
    assert '<feColorMatrix type="saturate" values="0.5">' in drawing
    # the switch draws what it drew: the branches no browser takes are gone, not taken
    assert 'fill="red"' not in drawing and '<rect width="9"' not in drawing
    assert re.search(r'<switch>\s*<rect width="120" height="80" fill="url\(#', drawing)
    assert 'xml:lang="pt-BR" systemLanguage="pt, en-GB">Porto</text>' in drawing
