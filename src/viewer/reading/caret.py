"""A place in the text, a selection between two places, and what a selection copies.

A place is a block and a character offset in that block's text; a selection
runs from an anchor (where it began) to the caret (where it is now), across
blocks if need be. No Qt: the page draws them, and tests use them alone.
"""

from __future__ import annotations

from dataclasses import dataclass

from viewer.reading.reading_map import ReadingMap


@dataclass(frozen=True, order=True, slots=True)
class Place:
    """Character ``offset`` of the text of block ``block``."""

    block: int
    offset: int


@dataclass(frozen=True, slots=True)
class TextRange:
    """The text from ``start`` to ``end`` (``start`` first)."""

    start: Place
    end: Place

    @classmethod
    def between(cls, one: Place, other: Place) -> TextRange:
        """The range between two places, in either order."""
        return cls(min(one, other), max(one, other))

    @property
    def empty(self) -> bool:
        """Whether it holds no character."""
        return self.start == self.end

    def spans(self, reading_map: ReadingMap) -> list[tuple[int, int, int]]:
        """(block, start, end) for each block the range covers, in order."""
        out = []
        for block in range(self.start.block, self.end.block + 1):
            text = reading_map.blocks[block].text
            first = self.start.offset if block == self.start.block else 0
            last = self.end.offset if block == self.end.block else len(text)
            if first < last or self.start.block == self.end.block:
                out.append((block, first, last))
        return out


def plain_text(reading_map: ReadingMap, selection: TextRange) -> str:
    """What copying ``selection`` gives: its text, a block to a line, with no decoration.

    Bullets, the photo marker and the card's frame are not text; a figure
    copies as printed, its number and then what it counts.
    """
    return "\n".join(
        reading_map.blocks[block].text[start:end]
        for block, start, end in selection.spans(reading_map)
    )


def section_range(reading_map: ReadingMap, block: int) -> TextRange:
    """The whole section that holds ``block``, its parts included (what Ctrl+A selects)."""
    entry = reading_map.section_of(block)
    last = entry.end_block - 1
    return TextRange(Place(entry.first_block, 0), Place(last, len(reading_map.blocks[last].text)))
