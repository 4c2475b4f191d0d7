"""A drawing's own CSS survives the cleaner (``fileformat/svgcss.py``): drawn by librsvg before
and after, the pixels are the same, for the styles Illustrator and Inkscape write (class sheets,
``style="…"`` with every text property, presentation attributes, gradients by ``url(#id)``,
filters, symbols, markers, patterns and a text path, with SVG's own attribute words), its
names made neutral and a link's words kept as words."""

from __future__ import annotations

import io
import shutil
import subprocess

import pytest
from PIL import Image, ImageChops

from slidewright.fileformat.svgclean import sanitize_svg

DRAWN = """<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink"
     width="200" height="120" viewBox="0 0 200 120">
<style type="text/css">
  .st0{fill:#FFFFFF;}
  .st1{fill:none;stroke:#1D1D1B;stroke-width:3;stroke-miterlimit:10;stroke-dasharray:6,3;}
  .st2{fill:url(#SVGID_1_);}
  g > circle:first-child { fill: rgb(200, 60, 60) !important; opacity: .8 }
  @media print { .st0 { fill: black } }
</style>
<defs>
  <linearGradient id="SVGID_1_" gradientUnits="userSpaceOnUse" x1="0" y1="0" x2="200" y2="0">
    <stop offset="0" style="stop-color:#3366CC"/><stop offset="1" stop-color="hsl(40, 90%, 60%)"/>
  </linearGradient>
  <filter id="soft"><feGaussianBlur in="SourceGraphic" stdDeviation="1.5" result="blurred"/>
    <feOffset in="blurred" dx="2" dy="2" result="moved"/>
    <feMerge><feMergeNode in="moved"/><feMergeNode in="SourceGraphic"/></feMerge></filter>
  <path id="curve" d="M20 60 Q100 10 180 60"/>
  <symbol id="dot"><circle cx="5" cy="5" r="5"/></symbol>
  <marker id="arrow" viewBox="0 0 10 10" refX="5" refY="5" markerWidth="4" markerHeight="4"
          orient="auto-start-reverse" markerUnits="strokeWidth"><path d="M0,0L10,5L0,10z"/></marker>
  <pattern id="dots" patternUnits="userSpaceOnUse" width="8" height="8">
    <circle cx="4" cy="4" r="2" fill="navy"/></pattern>
  <radialGradient id="glow" spreadMethod="reflect" r=".3"><stop offset="0" stop-color="gold"/>
    <stop offset="1" stop-color="#fff" stop-opacity="0"/></radialGradient>
  <filter id="grain" x="0" y="0" width="1" height="1" filterUnits="objectBoundingBox">
    <feTurbulence type="fractalNoise" baseFrequency="0.8" numOctaves="2" seed="3"
                  stitchTiles="stitch" result="noise"/>
    <feColorMatrix in="noise" type="saturate" values="0" result="grey"/>
    <feComponentTransfer in="grey" result="faint"><feFuncA type="table" tableValues="0 .3"/>
    </feComponentTransfer>
    <feComposite in="faint" in2="SourceGraphic" operator="in" result="cut"/>
    <feBlend in="SourceGraphic" in2="cut" mode="multiply"/></filter>
</defs>
<rect class="st2" width="200" height="120"/>
<rect x="150" y="75" width="45" height="40" fill="url(#dots)"/>
<rect x="0" y="0" width="60" height="40" fill="url(#glow)" filter="url(#grain)"/>
<polyline points="110,20 130,5 150,20" fill="none" stroke="#000" marker-end="url(#arrow)"
          marker-start="url(#arrow)"/>
<use xlink:href="#dot" x="180" y="5" fill="#333"/>
<g filter="url(#soft)"><rect x="120" y="80" width="30" height="20" fill="teal"/></g>
<text font-size="12" font-family="DejaVu Sans"><textPath href="#curve">along the quay</textPath></text>
<text x="110" y="115" font-size="12">the <a href="https://example.com/">harbour</a> wall</text>
<rect class="st0 st1" x="20" y="20" width="80" height="50" transform="rotate(-8 60 45)"/>
<g><circle cx="150" cy="45" r="25"/><circle cx="150" cy="45" r="10" fill="#fff"/></g>
<path d="M10 110 L190 100" style="fill:none;stroke:#000000;stroke-width:2.5;stroke-linecap:round;stroke-opacity:0.6"/>
<text x="20" y="100" style="font-style:normal;font-weight:bold;font-size:16px;font-family:sans-serif;-inkscape-font-specification:'sans-serif Bold';fill:#c33;stroke-width:2">Harbour</text>
</svg>
"""


def _drawn(svg: bytes) -> Image.Image:
    png = subprocess.run(
        ["rsvg-convert", "--format=png"], input=svg, check=True, capture_output=True
    ).stdout
    return Image.open(io.BytesIO(png)).convert("RGBA")


@pytest.mark.skipif(shutil.which("rsvg-convert") is None, reason="needs librsvg's rsvg-convert")
def test_a_drawings_own_css_draws_the_same_after_cleaning() -> None:
    cleaned = sanitize_svg(DRAWN.encode(), "drawn.svg")
    assert b"inkscape" not in cleaned and b"!important" in cleaned
    before, after = _drawn(DRAWN.encode()), _drawn(cleaned)
    assert before.size == after.size == (200, 120)
    assert ImageChops.difference(before, after).getbbox(alpha_only=False) is None
