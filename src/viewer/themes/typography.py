"""Text size and spacing: the reader's choices, with their limits."""

from __future__ import annotations

from dataclasses import dataclass, replace

ZOOM_MIN = 50
ZOOM_MAX = 400
ZOOM_STEPS = (50, 67, 75, 90, 100, 110, 125, 150, 175, 200, 250, 300, 350, 400)

#: Point sizes at 100%: the interface, and the document's text.
INTERFACE_PT = 10.0
READING_PT = 13.0
#: Headings by level, as multiples of the reading size.
HEADING_SCALE = {1: 1.6, 2: 1.3}
HEADING_SCALE_DEEPER = 1.15


@dataclass(frozen=True)
class Typography:
    """How text is set.

    Attributes:
        zoom: Size in percent of normal (50 to 400); the whole interface follows.
        family: Font family, or "" for the default (a CJK sans-serif).
        line_height: Line height as a multiple of the font size (1.0 to 2.0).
        paragraph_spacing: Space between blocks, in multiples of the font size (0 to 2).
        letter_spacing: Extra space between letters, in hundredths of the font size (0 to 12).
    """

    zoom: int = 100
    family: str = ""
    line_height: float = 1.5
    paragraph_spacing: float = 0.8
    letter_spacing: int = 0

    def clamped(self) -> Typography:
        """The same choices, each brought within its limits."""
        return replace(
            self,
            zoom=max(ZOOM_MIN, min(ZOOM_MAX, self.zoom)),
            line_height=max(1.0, min(2.0, self.line_height)),
            paragraph_spacing=max(0.0, min(2.0, self.paragraph_spacing)),
            letter_spacing=max(0, min(12, self.letter_spacing)),
        )

    def zoomed(self, step: int) -> Typography:
        """One step bigger (1) or smaller (-1) on the zoom ladder."""
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

    def heading_pt(self, level: int) -> float:
        """A heading's point size at this zoom."""
        return self.reading_pt * HEADING_SCALE.get(level, HEADING_SCALE_DEEPER)
