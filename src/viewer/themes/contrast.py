"""WCAG 2.x contrast: relative luminance and contrast ratio of sRGB colours."""

from __future__ import annotations

import re

_HEX = re.compile(r"^#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})$")

#: WCAG 2.x thresholds.
TEXT_AAA = 7.0
TEXT_AA = 4.5
NON_TEXT = 3.0


def is_colour(text: object) -> bool:
    """Whether ``text`` is a colour written #rgb or #rrggbb."""
    return isinstance(text, str) and bool(_HEX.match(text))


def rgb(colour: str) -> tuple[int, int, int]:
    """Return the red, green and blue of "#rgb" or "#rrggbb" (0 to 255).

    Raises:
        ValueError: Not such a colour.
    """
    if not is_colour(colour):
        raise ValueError(f"{colour!r} is not a colour such as #1a2b3c")
    digits = colour[1:]
    if len(digits) == 3:
        digits = "".join(c * 2 for c in digits)
    red, green, blue = (int(digits[i : i + 2], 16) for i in (0, 2, 4))
    return red, green, blue


def _linear(channel: int) -> float:
    value = channel / 255
    return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4


def relative_luminance(colour: str) -> float:
    """WCAG relative luminance: 0 for black, 1 for white."""
    red, green, blue = (_linear(c) for c in rgb(colour))
    return 0.2126 * red + 0.7152 * green + 0.0722 * blue


def contrast_ratio(first: str, second: str) -> float:
    """WCAG contrast ratio of two colours, from 1 (none) to 21 (black and white)."""
    lighter, darker = sorted((relative_luminance(first), relative_luminance(second)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)
