"""The reader's place in the document, and every way of moving it: no Qt.

The navigator owns the reading position, the unit that "next" and "previous"
move by, and the back and forward history. Whatever moves the place (a key,
the contents, find, a figure chosen in the overview, the voice reading on)
goes through it, and it tells each listener of every move: the page shows the
block, the contents and the status bar follow, the settings keep the place.
A move that cannot be made (past the end, no earlier place) changes nothing
and returns False, for the caller to say so.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from viewer.reading.blocks import Unit
from viewer.reading.history import History
from viewer.reading.reading_map import ReadingMap, Whereabouts


@dataclass(frozen=True, slots=True)
class Move:
    """A change of the reading place.

    Attributes:
        index: The block now being read.
        previous: The block read before.
        focus: Whether the keyboard focus (where a screen reader reads) goes with it.
    """

    index: int
    previous: int
    focus: bool


Listener = Callable[[Move], None]


class Navigator:
    """The reading place in a document, moved by unit, by jump and through the history."""

    def __init__(
        self, reading_map: ReadingMap, *, unit: Unit = Unit.PARAGRAPH, history_limit: int = 200
    ) -> None:
        self.map = reading_map
        self.unit = unit
        self.history = History(limit=history_limit)
        self._position = 0
        self._listeners: list[Listener] = []

    @property
    def position(self) -> int:
        """The index of the block being read."""
        return self._position

    @property
    def last(self) -> int:
        """The index of the last block."""
        return len(self.map.blocks) - 1

    def on_move(self, listener: Listener) -> None:
        """Call ``listener`` after every move, in the order listeners were added."""
        self._listeners.append(listener)

    # Moves ----------------------------------------------------------------------------

    def go_to(self, index: int, *, focus: bool = True, jump: bool = False) -> None:
        """Make block ``index`` (kept within the document) the one being read.

        Args:
            index: The block to go to.
            focus: Move the keyboard focus to it.
            jump: Record it in the back and forward history (small steps are not).
        """
        index = max(0, min(index, self.last))
        if jump:
            self.history.replace(self._position)
            self.history.visit(index)
        else:
            self.history.replace(index)
        move = Move(index, self._position, focus)
        self._position = index
        for listener in self._listeners:
            listener(move)

    def move_by(self, unit: Unit, step: int) -> bool:
        """Go to the next (``step`` 1) or previous (-1) ``unit``; False at either end."""
        find = self.map.next if step > 0 else self.map.previous
        target = find(self._position, unit)
        if target is None:
            return False
        self.go_to(target, jump=unit in (Unit.SECTION, Unit.HEADING))
        return True

    def move_by_chosen(self, step: int) -> bool:
        """Go to the next or previous block of the chosen unit; False at either end."""
        return self.move_by(self.unit, step)

    def step_block(self, step: int) -> bool:
        """Go to the block after (1) or before (-1) this one; False at either end."""
        target = self._position + step
        if not 0 <= target <= self.last:
            return False
        self.go_to(target)
        return True

    def go_first(self) -> None:
        """Go to the start of the document."""
        self.go_to(0, jump=True)

    def go_last(self) -> None:
        """Go to the end of the document."""
        self.go_to(self.last, jump=True)

    def go_back(self) -> bool:
        """Return to the place visited before; False if there is none."""
        self.history.replace(self._position)
        place = self.history.back()
        if place is None:
            return False
        self.go_to(place)
        return True

    def go_forward(self) -> bool:
        """Go to the place left by going back; False if there is none."""
        place = self.history.forward()
        if place is None:
            return False
        self.go_to(place)
        return True

    def go_to_section(self, key: str, *, focus: bool = True) -> None:
        """Go to the heading of the section with id ``key``.

        Raises:
            KeyError: No section has that id.
        """
        self.go_to(self.map.section_start(key), focus=focus, jump=True)

    def go_to_section_number(self, number: int, *, focus: bool = True) -> None:
        """Go to the heading of section ``number`` (0 is the first, in reading order)."""
        number = max(0, min(number, len(self.map.sections) - 1))
        self.go_to(self.map.sections[number].first_block, focus=focus, jump=True)

    def go_to_item(self, item_id: str) -> bool:
        """Go to the figure or photo ``item_id``; False if there is none."""
        try:
            index = self.map.block_of_item(item_id)
        except KeyError:
            return False
        self.go_to(index, jump=True)
        return True

    # Where ----------------------------------------------------------------------------

    def whereabouts(self) -> Whereabouts:
        """Where the reader is."""
        return self.map.whereabouts(self._position)

    def section_number(self) -> int:
        """The number of the section being read (0 is the first)."""
        return self.map.blocks[self._position].section

    def bookmark(self) -> tuple[str, int]:
        """The place as it is kept across runs: the section's id and the block within it."""
        entry = self.map.section_of(self._position)
        return entry.key, self._position - entry.first_block

    def place_of(self, section_key: str, offset: int) -> int:
        """The block a kept place names (see ``bookmark``); 0 if the section is gone."""
        try:
            entry = self.map.sections[self.map.section_index(section_key)]
        except KeyError:
            return 0
        return max(entry.first_block, min(entry.first_block + offset, entry.end_block - 1))
