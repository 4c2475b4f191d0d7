"""Colours that meet WCAG AA (1.4.3: text 4.5:1; 1.4.11: interface parts 3:1) whatever the palette:
the platform's, Qt's Fusion one, or the dark one theme.py sets.

Colours the app chooses itself (the severities) are not fixed hex values but a hue moved along
its lightness until it stands out enough from the background it is drawn on, so one rule serves
the light and the dark theme. The palette's own weak pairs (Fusion's selection: white on
#308cc6, 3.69:1; its placeholder: half-transparent black, ~3.95:1) are put right the same way."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette

TEXT = 4.5  # WCAG 1.4.3, normal-size text
INTERFACE = 3.0  # WCAG 1.4.11, focus indicators and the edges of controls
SEVERITY_HUES = {"error": "#c62828", "warning": "#e08600", "info": "#1e6fd9"}
Role, Group = QPalette.ColorRole, QPalette.ColorGroup


def _channel(value: float) -> float:
    return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4


def luminance(color: QColor) -> float:
    """WCAG relative luminance of an opaque colour."""
    return (
        0.2126 * _channel(color.redF())
        + 0.7152 * _channel(color.greenF())
        + 0.0722 * _channel(color.blueF())
    )


def over(color: QColor, background: QColor) -> QColor:
    """``color`` as seen on ``background`` (a half-transparent placeholder is a grey)."""
    alpha = color.alphaF()
    if alpha >= 1:
        return QColor(color)

    def mix(a: float, b: float) -> float:
        return a * alpha + b * (1 - alpha)

    return QColor.fromRgbF(
        mix(color.redF(), background.redF()),
        mix(color.greenF(), background.greenF()),
        mix(color.blueF(), background.blueF()),
    )


def ratio(first: QColor, second: QColor) -> float:
    """WCAG contrast ratio (1 to 21) of ``first`` drawn on ``second``."""
    a, b = luminance(over(first, second)), luminance(over(second, QColor("white")))
    return (max(a, b) + 0.05) / (min(a, b) + 0.05)


def standing_out(color: QColor, backgrounds: list[QColor], minimum: float) -> QColor:
    """``color``, darkened on light backgrounds or lightened on dark ones, just enough to reach
    ``minimum`` against every one of ``backgrounds`` (its hue and saturation kept)."""
    color = over(color, backgrounds[0])
    dark_ground = sum(luminance(b) for b in backgrounds) / len(backgrounds) < 0.18
    hue, saturation, lightness = color.hslHueF(), color.hslSaturationF(), color.lightnessF()
    step = 0.01 if dark_ground else -0.01
    while min(ratio(color, b) for b in backgrounds) < minimum and 0 < lightness < 1:
        lightness = min(max(lightness + step, 0.0), 1.0)
        color = QColor.fromHslF(max(hue, 0.0), saturation, lightness)
    return color


def severity_color(severity: str, palette: QPalette) -> QColor:
    """A severity's colour as text on the views' backgrounds (plain and alternate rows)."""
    grounds = [palette.color(Role.Base), palette.color(Role.AlternateBase)]
    return standing_out(QColor(SEVERITY_HUES.get(severity, "#808080")), grounds, TEXT)


def accessible_palette(palette: QPalette) -> QPalette:
    """``palette`` with its selection and placeholder colours made readable (Active and Inactive
    groups: a selection in a pane without focus is read too); what already passes is kept."""
    fixed = QPalette(palette)
    for group in (Group.Active, Group.Inactive):
        base = palette.color(group, Role.Base)
        alternate = palette.color(group, Role.AlternateBase)
        selected_text = palette.color(group, Role.HighlightedText)
        # the selection carries its text (4.5:1) and is seen as a bar on the list (3:1)
        highlight = standing_out(palette.color(group, Role.Highlight), [selected_text], TEXT)
        grounds = [base, palette.color(group, Role.Window)]  # a view's, and a tab bar's
        if min(ratio(highlight, ground) for ground in grounds) < INTERFACE:
            highlight = standing_out(highlight, grounds, INTERFACE)
            if ratio(selected_text, highlight) < TEXT:  # the bar moved towards its text's tone
                selected_text = standing_out(selected_text, [highlight], TEXT)
                fixed.setColor(group, Role.HighlightedText, selected_text)
        fixed.setColor(group, Role.Highlight, highlight)
        placeholder = palette.color(group, Role.PlaceholderText)
        fixed.setColor(
            group, Role.PlaceholderText, standing_out(placeholder, [base, alternate], TEXT)
        )
    return fixed
