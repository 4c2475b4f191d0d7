"""A drawing's own CSS draws the same in Chromium after the cleaner (``fileformat/svgcss.py``):
what librsvg does not show (``tests/fileformat/test_svg_css.py``), a media query for the
reader's dark mode, a text path, CSS transforms and filters, pseudo-classes, is shown by the
browser a reader uses, before and after cleaning, pixel for pixel, in the light and in the dark."""

from __future__ import annotations

import base64
import io
from typing import Any

from PIL import Image, ImageChops

from slidewright.fileformat.svgclean import sanitize_svg

DRAWN = """<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink"
     width="240" height="160" viewBox="0 0 240 160">
<style>
  .sky { fill: #9cf }
  @media (prefers-color-scheme: dark) { .sky { fill: #123 } .label { fill: #eee } }
  g.row > rect:nth-child(2n) { fill: #c33 !important; transform: rotate(10deg);
    transform-origin: center; transform-box: fill-box }
  .label { font: bold 14px/1.2 Arial, sans-serif; fill: #222; letter-spacing: .05em }
  .soft { filter: drop-shadow(2px 3px 1px rgba(0, 0, 0, .5)) blur(.4px) }
  #wave { stroke: url(#sea); stroke-width: 4; fill: none; stroke-dasharray: 8 3 }
</style>
<defs><linearGradient id="sea"><stop offset="0" stop-color="teal"/>
  <stop offset="1" stop-color="navy"/></linearGradient>
  <path id="curve" d="M10 120 Q120 60 230 120"/></defs>
<rect class="sky" width="240" height="160"/>
<g class="row"><rect x="10" y="10" width="30" height="30" fill="#36c"/>
  <rect x="50" y="10" width="30" height="30" fill="#36c"/>
  <rect x="90" y="10" width="30" height="30" fill="#36c" class="soft"/></g>
<path id="wave" d="M0 150 C60 130 180 170 240 150"/>
<text class="label"><textPath xlink:href="#curve">along the <a href="https://example.com/">
  harbour</a> wall</textPath></text>
</svg>
"""


def _shot(browser: Any, svg: bytes, scheme: str) -> Image.Image:
    context = browser.new_context(viewport={"width": 240, "height": 160}, color_scheme=scheme)
    page = context.new_page()
    uri = "data:image/svg+xml;base64," + base64.b64encode(svg).decode()
    page.set_content(f'<body style="margin:0"><img id="d" src="{uri}"></body>')
    page.wait_for_function("document.getElementById('d').complete")
    shot = Image.open(io.BytesIO(page.locator("#d").screenshot())).convert("RGBA")
    context.close()
    return shot


def test_a_drawing_looks_the_same_in_a_browser_after_cleaning(browser: Any) -> None:
    cleaned = sanitize_svg(DRAWN.encode(), "drawn.svg")
    assert b"prefers-color-scheme: dark" in cleaned and b"harbour" in cleaned
    shots = {}
    for scheme in ("light", "dark"):
        before, after = _shot(browser, DRAWN.encode(), scheme), _shot(browser, cleaned, scheme)
        assert ImageChops.difference(before, after).getbbox(alpha_only=False) is None, scheme
        shots[scheme] = after
    assert ImageChops.difference(shots["light"], shots["dark"]).getbbox(alpha_only=False)
