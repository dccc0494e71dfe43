"""Text size and spacing: the reader's choices, kept within the limits the settings declare."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any

from viewer.settings import Setting, setting

_ZOOM = setting("view/zoom")
_LINE_HEIGHT = setting("view/line_height")
_PARAGRAPH_SPACING = setting("view/paragraph_spacing")
_LETTER_SPACING = setting("view/letter_spacing")
_LINE_LENGTH = setting("view/line_length")
#: Line height and paragraph spacing are stored in percent of the font size.
PERCENT = 100

ZOOM_MIN, ZOOM_MAX = _ZOOM.limits
#: The sizes Ctrl+Plus and Ctrl+Minus step through, within the limits.
ZOOM_STEPS = tuple(
    z
    for z in (50, 67, 75, 90, 100, 110, 125, 150, 175, 200, 250, 300, 350, 400)
    if ZOOM_MIN <= z <= ZOOM_MAX
)

#: Point sizes at 100%: the interface (16 px on a 96 dpi screen, the least a
#: low-vision or elderly reader should be given), and the document's text.
INTERFACE_PT = 12.0
READING_PT = 13.0
#: The document's title, as a multiple of the reading size: above every heading.
TITLE_SCALE = 2.0
#: Headings by level, as multiples of the reading size.
HEADING_SCALE = {1: 1.6, 2: 1.3}
HEADING_SCALE_DEEPER = 1.15


def _within(value: float, declared: Setting) -> float:
    low, high = declared.limits
    return max(low / PERCENT, min(high / PERCENT, value))


@dataclass(frozen=True)
class Typography:
    """How text is set.

    Attributes:
        zoom: Size in percent of normal; the whole interface follows.
        family: Font family, or "" for the default (a CJK sans-serif).
        line_height: Line height as a multiple of the font size.
        paragraph_spacing: Space between blocks, in multiples of the font size.
        letter_spacing: Extra space between letters, in hundredths of the font size.
        line_length: The longest line, in Chinese characters; 0 for no limit.

    The limits of each are those of its setting (``viewer.settings``).
    """

    zoom: int = _ZOOM.default
    family: str = ""
    line_height: float = _LINE_HEIGHT.default / PERCENT
    paragraph_spacing: float = _PARAGRAPH_SPACING.default / PERCENT
    letter_spacing: int = _LETTER_SPACING.default
    line_length: int = _LINE_LENGTH.default

    @classmethod
    def from_settings(cls, get: Callable[[str], Any]) -> Typography:
        """The typography kept in the settings that ``get`` reads."""
        return cls(
            zoom=int(get("view/zoom")),
            family=str(get("view/font")),
            line_height=int(get("view/line_height")) / PERCENT,
            paragraph_spacing=int(get("view/paragraph_spacing")) / PERCENT,
            letter_spacing=int(get("view/letter_spacing")),
            line_length=int(get("view/line_length")),
        ).clamped()

    def settings(self) -> dict[str, int | str]:
        """The settings that keep this typography, by key."""
        return {
            "view/zoom": self.zoom,
            "view/font": self.family,
            "view/line_height": round(self.line_height * PERCENT),
            "view/paragraph_spacing": round(self.paragraph_spacing * PERCENT),
            "view/letter_spacing": self.letter_spacing,
            "view/line_length": self.line_length,
        }

    def clamped(self) -> Typography:
        """The same choices, each brought within its limits."""
        return replace(
            self,
            zoom=_ZOOM.clamp(self.zoom),
            line_height=_within(self.line_height, _LINE_HEIGHT),
            paragraph_spacing=_within(self.paragraph_spacing, _PARAGRAPH_SPACING),
            letter_spacing=_LETTER_SPACING.clamp(self.letter_spacing),
            line_length=_LINE_LENGTH.clamp(self.line_length),
        )

    def zoomed(self, step: int) -> Typography:
        """One step bigger (1) or smaller (-1) on the zoom ladder; 0 goes back to 100%."""
        if step == 0:
            return replace(self, zoom=_ZOOM.default)
        if step > 0:
            bigger = [z for z in ZOOM_STEPS if z > self.zoom]
            return replace(self, zoom=bigger[0] if bigger else ZOOM_MAX)
        smaller = [z for z in ZOOM_STEPS if z < self.zoom]
        return replace(self, zoom=smaller[-1] if smaller else ZOOM_MIN)

    @property
    def interface_pt(self) -> float:
        """The interface's point size at this zoom."""
        return INTERFACE_PT * self.zoom / 100

    @property
    def reading_pt(self) -> float:
        """The document's point size at this zoom."""
        return READING_PT * self.zoom / 100

    @property
    def title_pt(self) -> float:
        """The document title's point size at this zoom."""
        return self.reading_pt * TITLE_SCALE

    def heading_pt(self, level: int) -> float:
        """A heading's point size at this zoom."""
        return self.reading_pt * HEADING_SCALE.get(level, HEADING_SCALE_DEEPER)
