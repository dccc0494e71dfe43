"""WCAG 2.x contrast: relative luminance and contrast ratio of sRGB colours."""

from __future__ import annotations

import math
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


def _encoded(value: float) -> int:
    """The sRGB channel (0 to 255) of a linear light value (0 to 1)."""
    value = max(0.0, min(1.0, value))
    encoded = value * 12.92 if value <= 0.0031308 else 1.055 * value ** (1 / 2.4) - 0.055
    return round(encoded * 255)


def relative_luminance(colour: str) -> float:
    """WCAG relative luminance: 0 for black, 1 for white."""
    red, green, blue = (_linear(c) for c in rgb(colour))
    return 0.2126 * red + 0.7152 * green + 0.0722 * blue


def contrast_ratio(first: str, second: str) -> float:
    """WCAG contrast ratio of two colours, from 1 (none) to 21 (black and white)."""
    lighter, darker = sorted((relative_luminance(first), relative_luminance(second)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def between(first: str, second: str) -> str:
    """The mix of two colours that stands out equally from both.

    Its contrast with each is the square root of theirs (for black and white,
    4.6:1 with both): a third colour for a control's parts, such as a slider's
    track between the panel and the handle, each part 3:1 from the next when
    the two colours are 9:1 apart.
    """
    low, high = sorted((first, second), key=relative_luminance)
    wanted = math.sqrt((relative_luminance(low) + 0.05) * (relative_luminance(high) + 0.05))
    start = [_linear(c) for c in rgb(low)]
    end = [_linear(c) for c in rgb(high)]
    # Mixed in linear light, where luminance grows with the share: halve until it is met.
    lower, upper = 0.0, 1.0
    for _ in range(40):
        share = (lower + upper) / 2
        mixed = [a + (b - a) * share for a, b in zip(start, end, strict=True)]
        luminance = 0.2126 * mixed[0] + 0.7152 * mixed[1] + 0.0722 * mixed[2]
        if luminance + 0.05 < wanted:
            lower = share
        else:
            upper = share
    red, green, blue = (_encoded(c) for c in mixed)
    return f"#{red:02x}{green:02x}{blue:02x}"
