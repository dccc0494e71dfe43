"""Where the caret goes for each key: by character, word and line, across blocks at their edges."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum

from viewer.reading import words
from viewer.reading.caret import Place
from viewer.reading.reading_map import ReadingMap
from viewer.ui.page.document_layout import DocumentLayout
from viewer.ui.page.item_layout import TextPiece


class Step(Enum):
    """What a caret move goes by, which decides what is said of it."""

    CHARACTER = "character"
    WORD = "word"
    LINE = "line"
    LINE_END = "line end"


@dataclass(frozen=True)
class Move:
    """Where the caret goes, and what it goes by."""

    place: Place
    step: Step


class CaretMoves:
    """Finds the place each caret key goes to, in the text as laid out."""

    def __init__(
        self, reading_map: ReadingMap, layout: DocumentLayout, piece: Callable[[int], TextPiece]
    ) -> None:
        """Keep what the moves are measured in.

        Args:
            reading_map: The document's blocks.
            layout: The document laid out.
            piece: The laid-out text of block n (laying it out if need be).
        """
        self._map = reading_map
        self._layout = layout
        self._piece = piece
        self._last = len(reading_map.blocks) - 1

    def _length(self, block: int) -> int:
        return len(self._map.blocks[block].text)

    # By character -------------------------------------------------------------------

    def right(self, place: Place) -> Place:
        """One character on (to the next block's start at a block's end)."""
        if place.offset < self._length(place.block):
            return Place(place.block, place.offset + 1)
        if place.block < self._last:
            return Place(place.block + 1, 0)
        return place

    def left(self, place: Place) -> Place:
        """One character back (to the previous block's end at a block's start)."""
        if place.offset > 0:
            return Place(place.block, place.offset - 1)
        if place.block > 0:
            return Place(place.block - 1, self._length(place.block - 1))
        return place

    # By word --------------------------------------------------------------------------

    def word_right(self, place: Place) -> Place:
        """To the end of the next word, in this block or the following ones."""
        block, offset = place.block, place.offset
        while True:
            end = words.next_word_end(self._map.blocks[block].text, offset)
            if end is not None:
                return Place(block, end)
            if block >= self._last:
                return Place(block, self._length(block))
            block, offset = block + 1, 0

    def word_left(self, place: Place) -> Place:
        """To the start of the previous word, in this block or the ones before."""
        block, offset = place.block, place.offset
        while True:
            start = words.previous_word_start(self._map.blocks[block].text, offset)
            if start is not None:
                return Place(block, start)
            if block <= 0:
                return Place(0, 0)
            block = block - 1
            offset = self._length(block)

    # By line --------------------------------------------------------------------------

    def x_of(self, place: Place) -> float:
        """Where the caret stands across the page at ``place``."""
        return self._piece(place.block).caret_rect(place.offset).x()

    def down(self, place: Place, x: float) -> Place:
        """To the line below, as near to ``x`` as it goes; into the next block from the last."""
        piece = self._piece(place.block)
        line = piece.line_of(place.offset)
        if line + 1 < piece.layout.lineCount():
            return Place(place.block, piece.offset_at(x, line + 1))
        if place.block >= self._last:
            return Place(place.block, self._length(place.block))
        below = self._piece(place.block + 1)
        return Place(place.block + 1, below.offset_at(x, 0))

    def up(self, place: Place, x: float) -> Place:
        """To the line above, as near to ``x`` as it goes; into the block before from the first."""
        piece = self._piece(place.block)
        line = piece.line_of(place.offset)
        if line > 0:
            return Place(place.block, piece.offset_at(x, line - 1))
        if place.block <= 0:
            return Place(0, 0)
        above = self._piece(place.block - 1)
        return Place(place.block - 1, above.offset_at(x, above.layout.lineCount() - 1))

    def line_start(self, place: Place) -> Place:
        """To the start of the caret's line."""
        piece = self._piece(place.block)
        start, _ = piece.line_range(piece.line_of(place.offset))
        return Place(place.block, start)

    def line_end(self, place: Place) -> Place:
        """To the end of the caret's line; on a line that wraps, before its last character.

        The place after a wrapped line's last character is also the start of
        the next line: the caret would be drawn, and Home would go, there.
        """
        piece = self._piece(place.block)
        line = piece.line_of(place.offset)
        start, end = piece.line_range(line)
        if line + 1 < piece.layout.lineCount() and end > start:
            end -= 1
        return Place(place.block, end)

    def line_text(self, place: Place) -> str:
        """The text of the line the caret is on."""
        piece = self._piece(place.block)
        start, end = piece.line_range(piece.line_of(place.offset))
        return self._map.blocks[place.block].text[start:end].strip()
