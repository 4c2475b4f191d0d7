"""The elements and attributes a published SVG keeps: the elements that draw, and the
attributes of SVG 1.1 and 2 that draw (geometry, paint, text, gradients, patterns, markers,
clipping, masking, filters, conditional processing).

Anything else an editor or a person wrote on an element (``author="…"``, ``note="…"``,
``aria-label="…"`` beside a ``<title>`` the page leaves out, a tool's own unprefixed
attributes) is read by nobody drawing the picture, and may name someone: it goes, as
``svgclean.py``'s comments, metadata and ``data-*`` attributes do."""

from __future__ import annotations

_FILTERS = (
    "feBlend feColorMatrix feComponentTransfer feComposite feConvolveMatrix feDiffuseLighting "
    "feDisplacementMap feDistantLight feDropShadow feFlood feFuncA feFuncB feFuncG feFuncR "
    "feGaussianBlur feImage feMerge feMergeNode feMorphology feOffset fePointLight "
    "feSpecularLighting feSpotLight feTile feTurbulence"
)
DRAWING_ELEMENTS = frozenset(
    (
        "svg g defs symbol use path rect circle ellipse line polyline polygon text "
        "tspan textPath linearGradient radialGradient stop pattern clipPath mask marker image "
        "style filter switch " + _FILTERS
    ).split()
)
DRAWING_ATTRIBUTES = frozenset(
    """
    id class style x y x1 y1 x2 y2 cx cy r rx ry fx fy fr width height d points pathLength
    transform viewBox preserveAspectRatio version baseProfile href dx dy rotate textLength
    lengthAdjust startOffset method spacing side path offset gradientUnits gradientTransform
    spreadMethod patternUnits patternContentUnits patternTransform markerUnits markerWidth
    markerHeight refX refY orient clipPathUnits maskUnits maskContentUnits filterUnits
    primitiveUnits in in2 result stdDeviation mode operator k1 k2 k3 k4 type values tableValues
    slope intercept amplitude exponent scale xChannelSelector yChannelSelector baseFrequency
    numOctaves seed stitchTiles radius order kernelMatrix divisor bias targetX targetY edgeMode
    kernelUnitLength preserveAlpha surfaceScale diffuseConstant specularConstant
    specularExponent limitingConeAngle azimuth elevation z pointsAtX pointsAtY pointsAtZ
    systemLanguage requiredFeatures requiredExtensions media
    fill fill-opacity fill-rule stroke stroke-width stroke-opacity stroke-linecap
    stroke-linejoin stroke-miterlimit stroke-dasharray stroke-dashoffset opacity color display
    visibility clip-path clip-rule mask filter marker-start marker-mid marker-end font
    font-family font-size font-weight font-style font-variant font-stretch font-size-adjust
    text-anchor dominant-baseline alignment-baseline baseline-shift letter-spacing
    word-spacing text-decoration writing-mode direction unicode-bidi stop-color stop-opacity
    flood-color flood-opacity lighting-color color-interpolation color-interpolation-filters
    color-rendering shape-rendering text-rendering image-rendering paint-order vector-effect
    overflow mix-blend-mode isolation transform-origin transform-box enable-background kerning
    glyph-orientation-horizontal glyph-orientation-vertical white-space inline-size
    """.split()
)
