"""The CSS vocabulary a published SVG keeps (``svgcss.py``): the properties that draw, the
keywords, functions and units their values (and SVG's other attributes) take, and the font
families a reader's system has.

Everything here is a fixed word of CSS or a font anyone may have, never something a person typed:
a value made only of these words, numbers and ``#colours`` names nobody and points nowhere. A
word outside the lists (``--owner``, ``content``, a quoted string, ``LEAKhome``) is where an
editor, a tool or an attacker writes names, places and notes, so it is not published."""

from __future__ import annotations

# SVG's presentation properties and geometry, and the text properties Inkscape writes in every
# style attribute. Not ``d`` (its CSS form is a quoted string), nor animation, content or cursor.
PROPERTIES = frozenset(
    """
    fill fill-opacity fill-rule stroke stroke-width stroke-opacity stroke-linecap
    stroke-linejoin stroke-miterlimit stroke-dasharray stroke-dashoffset opacity color display
    visibility clip-path clip-rule mask mask-type filter marker marker-start marker-mid
    marker-end font font-family font-size font-weight font-style font-variant font-stretch
    font-size-adjust font-kerning font-variant-ligatures font-variant-caps font-variant-numeric
    font-variant-east-asian font-variant-position font-feature-settings line-height
    text-anchor dominant-baseline alignment-baseline baseline-shift letter-spacing word-spacing
    text-decoration text-decoration-line text-decoration-style text-decoration-color
    text-transform text-indent text-align text-orientation writing-mode direction unicode-bidi
    stop-color stop-opacity flood-color flood-opacity lighting-color color-interpolation
    color-interpolation-filters color-rendering shape-rendering text-rendering image-rendering
    paint-order vector-effect overflow mix-blend-mode isolation transform transform-origin
    transform-box white-space inline-size enable-background kerning glyph-orientation-horizontal
    background-color
    glyph-orientation-vertical x y cx cy r rx ry width height
    """.split()
)

_COLOURS = """
    aliceblue antiquewhite aqua aquamarine azure beige bisque black blanchedalmond blue
    blueviolet brown burlywood cadetblue chartreuse chocolate coral cornflowerblue cornsilk
    crimson cyan darkblue darkcyan darkgoldenrod darkgray darkgreen darkgrey darkkhaki
    darkmagenta darkolivegreen darkorange darkorchid darkred darksalmon darkseagreen
    darkslateblue darkslategray darkslategrey darkturquoise darkviolet deeppink deepskyblue
    dimgray dimgrey dodgerblue firebrick floralwhite forestgreen fuchsia gainsboro ghostwhite
    gold goldenrod gray green greenyellow grey honeydew hotpink indianred indigo ivory khaki
    lavender lavenderblush lawngreen lemonchiffon lightblue lightcoral lightcyan
    lightgoldenrodyellow lightgray lightgreen lightgrey lightpink lightsalmon lightseagreen
    lightskyblue lightslategray lightslategrey lightsteelblue lightyellow lime limegreen linen
    magenta maroon mediumaquamarine mediumblue mediumorchid mediumpurple mediumseagreen
    mediumslateblue mediumspringgreen mediumturquoise mediumvioletred midnightblue mintcream
    mistyrose moccasin navajowhite navy oldlace olive olivedrab orange orangered orchid
    palegoldenrod palegreen paleturquoise palevioletred papayawhip peachpuff peru pink plum
    powderblue purple rebeccapurple red rosybrown royalblue saddlebrown salmon sandybrown
    seagreen seashell sienna silver skyblue slateblue slategray slategrey snow springgreen
    steelblue tan teal thistle tomato turquoise violet wheat white whitesmoke yellow
    yellowgreen currentcolor transparent
"""
_GENERIC_FAMILIES = """
    serif sans-serif monospace cursive fantasy system-ui ui-serif ui-sans-serif ui-monospace
    ui-rounded math emoji fangsong
"""
_KEYWORDS = """
    none inherit initial unset revert auto normal nonzero evenodd butt round square miter bevel
    arcs miter-clip bold bolder lighter italic oblique small-caps all-small-caps petite-caps
    all-petite-caps unicase titling-caps ultra-condensed extra-condensed condensed
    semi-condensed semi-expanded expanded extra-expanded ultra-expanded start middle end left
    right center justify baseline sub super top bottom text-top text-bottom alphabetic
    ideographic hanging mathematical central text-before-edge text-after-edge before-edge
    after-edge use-script no-change reset-size underline overline line-through solid double
    dotted dashed wavy lr-tb rl-tb tb-rl lr rl tb horizontal-tb vertical-rl vertical-lr ltr rtl
    embed bidi-override isolate isolate-override plaintext inline block inline-block contents
    hidden visible collapse scroll clip srgb linearrgb optimizespeed optimizequality
    optimizelegibility crispedges geometricprecision pixelated crisp-edges smooth high-quality
    stroke fill markers non-scaling-stroke non-scaling-size non-rotation fixed-position
    multiply screen overlay darken lighten color-dodge color-burn hard-light soft-light
    difference exclusion hue saturation color luminosity alpha luminance view-box fill-box
    stroke-box content-box border-box xx-small x-small small medium large x-large xx-large
    xxx-large smaller larger pre pre-wrap pre-line nowrap break-spaces mixed upright sideways
    capitalize uppercase lowercase full-width common-ligatures no-common-ligatures
    discretionary-ligatures no-discretionary-ligatures historical-ligatures
    no-historical-ligatures contextual no-contextual lining-nums oldstyle-nums
    proportional-nums tabular-nums diagonal-fractions stacked-fractions ordinal slashed-zero
    accumulate new at closest-side farthest-side context-fill context-stroke
"""
# SVG's attributes' own words (compared in lower case, as the CSS ones).
_SVG_WORDS = """
    userspaceonuse objectboundingbox pad reflect repeat strokewidth auto-start-reverse
    xminymin xmidymin xmaxymin xminymid xmidymid xmaxymid xminymax xmidymax xmaxymax meet slice
    defer spacing spacingandglyphs align stretch exact default preserve full basic tiny matrix
    saturate huerotate luminancetoalpha identity table discrete linear gamma fractalnoise
    turbulence over in out atop xor arithmetic erode dilate duplicate wrap stitch nostitch r g
    b a true false
"""
KEYWORDS = frozenset((_COLOURS + _GENERIC_FAMILIES + _KEYWORDS + _SVG_WORDS).split())
GENERIC_FAMILIES = frozenset(_GENERIC_FAMILIES.split())

# Families shipped with the common systems and office suites, and what Inkscape and Illustrator
# write by default (Illustrator by PostScript name): a drawing in any of them draws the same;
# another name is dropped (the reader's browser then uses its next family, as it does for a font
# it lacks).
FONTS = frozenset(
    name.strip().casefold()
    for name in """
    Arial, Arial Black, Arial Narrow, Helvetica, Helvetica Neue, Times, Times New Roman, Georgia,
    Verdana, Tahoma, Trebuchet MS, Courier, Courier New, Lucida Grande, Lucida Sans,
    Lucida Console, Palatino, Palatino Linotype, Book Antiqua, Garamond, Gill Sans, Futura,
    Optima, Impact, Comic Sans MS, Segoe UI, Calibri, Cambria, Candara, Consolas, Constantia,
    Corbel, Menlo, Monaco, SF Pro Text, SF Pro Display, Avenir, Avenir Next, DejaVu Sans,
    DejaVu Serif, DejaVu Sans Mono, Bitstream Vera Sans, Bitstream Vera Serif, Liberation Sans,
    Liberation Serif, Liberation Mono, Noto Sans, Noto Serif, Noto Sans Mono, Ubuntu,
    Ubuntu Mono, Cantarell, Roboto, Roboto Mono, Open Sans, Lato, Source Sans Pro,
    Source Serif Pro, Source Code Pro, Inter, Fira Sans, Fira Mono, Myriad Pro, Minion Pro,
    Sans, Serif, Monospace, ArialMT, Arial-BoldMT, Arial-ItalicMT, Helvetica-Bold,
    TimesNewRomanPSMT, CourierNewPSMT, MyriadPro-Regular, MyriadPro-Bold, MinionPro-Regular,
    Droid Sans, Droid Serif, Droid Sans Mono, FreeSans, FreeSerif, FreeMono, Nimbus Sans,
    Nimbus Roman, Nimbus Mono PS, URW Gothic, C059, P052, Bitstream Charter, Noto Color Emoji,
    Montserrat, Oswald, Raleway, PT Sans, PT Serif, PT Mono, Merriweather, Playfair Display,
    Nunito, Poppins, Work Sans, Source Sans 3, Source Serif 4, IBM Plex Sans, IBM Plex Serif,
    IBM Plex Mono, JetBrains Mono, Segoe UI Emoji, Apple Color Emoji, San Francisco,
    Microsoft Sans Serif, Franklin Gothic Medium, Century Gothic, Baskerville, Didot, Rockwell
    """.split(",")
)
FUNCTIONS = frozenset(
    """
    rgb rgba hsl hsla hwb lab lch oklab oklch url calc translate translatex translatey scale
    scalex scaley rotate skew skewx skewy matrix blur brightness contrast drop-shadow grayscale hue-rotate invert opacity
    saturate sepia circle ellipse inset polygon
    """.split()
)
UNITS = frozenset("% px em rem ex ch pt pc cm mm in q deg rad grad turn vw vh vmin vmax".split())
MEDIA_FEATURES = frozenset(
    """
    prefers-color-scheme prefers-reduced-motion prefers-contrast forced-colors orientation
    width min-width max-width height min-height max-height color monochrome hover pointer
    """.split()
)
MEDIA_WORDS = frozenset(
    """
    all screen print and not only or dark light reduce no-preference more less active none
    landscape portrait fine coarse hover
    """.split()
)
