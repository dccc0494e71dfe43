"""The caret keys of the page, and what a screen reader hears after each.

A character move (Left, Right, Home, End) tells assistive technology that
the caret moved, and the screen reader says the character, as in any text
editor. For a word, a line or a selection the page says it itself, as a
status message: Qt's bridge, as PySide can extend it, would give a screen
reader a Chinese word as one character, a line as the whole block, and no
selection at all. Moving into another block adds what kind of block it is
and whether a list starts or ends there.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QKeyEvent

from viewer.reading import words
from viewer.reading.blocks import Kind
from viewer.reading.caret import Place, TextRange, plain_text, section_range
from viewer.reading.reading_map import ReadingMap
from viewer.ui.page.caret_moves import CaretMoves, Step
from viewer.ui.ports import Announcer

_SHIFT = Qt.KeyboardModifier.ShiftModifier
_CTRL = Qt.KeyboardModifier.ControlModifier
#: A copy this short is said whole; a longer one by its length.
_SAID_WHOLE = 20


class Teller(Protocol):
    """What assistive technology is told of the page (``PageObjects``)."""

    def caret_moved(self, place: Place) -> None:
        """Tell that the caret moved to ``place``."""

    def focus(self, block: int, *, quietly: bool = False) -> None:
        """Tell that block ``block`` has the focus (``quietly``: without its name)."""


class CaretHost(Protocol):
    """The page, as its caret keys see it."""

    map: ReadingMap

    @property
    def objects(self) -> Teller:
        """Where assistive technology is told of the caret and the focus."""

    caret: Place
    anchor: Place | None
    moves: CaretMoves

    def set_caret(self, place: Place, *, select: bool, tell: bool = True) -> None:
        """Move the caret (and with ``select`` the selection's end) to ``place``."""

    def select_range(self, chosen: TextRange) -> None:
        """Select ``chosen``, the caret at its end."""

    def copy_text(self, text: str) -> None:
        """Put ``text`` on the clipboard."""

    def lines_per_page(self) -> int:
        """How many lines of text a screenful holds."""


@dataclass(frozen=True)
class _Key:
    step: Step
    go: Callable[[Place], Place]


class CaretKeys(QObject):
    """Moves the caret and the selection for each key, and says what it moved over."""

    def __init__(self, host: CaretHost, announcer: Announcer) -> None:
        super().__init__()
        self._host = host
        self._announcer = announcer
        self._goal_x: float | None = None  # where Up and Down aim across the page
        self._goal_at: Place | None = None  # the caret when the aim was taken

    def handle(self, event: QKeyEvent) -> bool:
        """Act on ``event`` if it is a caret key; whether it was."""
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        shift = bool(modifiers & _SHIFT)
        ctrl = bool(modifiers & _CTRL)
        if modifiers & ~(_SHIFT | _CTRL):
            return False
        key = Qt.Key(event.key())
        chosen = self._key(key, ctrl=ctrl)
        if chosen is None:
            return False
        self._move(chosen, select=shift)
        return True

    def _key(self, key: Qt.Key, *, ctrl: bool) -> _Key | None:  # noqa: PLR0911 (one key each)
        moves = self._host.moves
        if ctrl:
            if key == Qt.Key.Key_Right:
                return _Key(Step.WORD, moves.word_right)
            if key == Qt.Key.Key_Left:
                return _Key(Step.WORD, moves.word_left)
            return None
        if key == Qt.Key.Key_Right:
            return _Key(Step.CHARACTER, moves.right)
        if key == Qt.Key.Key_Left:
            return _Key(Step.CHARACTER, moves.left)
        if key in (Qt.Key.Key_Down, Qt.Key.Key_Up, Qt.Key.Key_PageDown, Qt.Key.Key_PageUp):
            return _Key(Step.LINE, self._vertical(key))
        if key == Qt.Key.Key_Home:
            return _Key(Step.LINE_END, moves.line_start)
        if key == Qt.Key.Key_End:
            return _Key(Step.LINE_END, moves.line_end)
        return None

    def _vertical(self, key: Qt.Key) -> Callable[[Place], Place]:
        moves = self._host.moves
        down = key in (Qt.Key.Key_Down, Qt.Key.Key_PageDown)
        count = 1 if key in (Qt.Key.Key_Down, Qt.Key.Key_Up) else self._host.lines_per_page()

        def go(place: Place) -> Place:
            if self._goal_x is None or self._goal_at != place:
                self._goal_x = moves.x_of(place)
            for _ in range(count):
                nearer = moves.down(place, self._goal_x) if down else moves.up(place, self._goal_x)
                if nearer == place:
                    break
                place = nearer
            return place

        return go

    # Moving -------------------------------------------------------------------------

    def _move(self, key: _Key, *, select: bool) -> None:
        host = self._host
        before = host.caret
        anchor = host.anchor if host.anchor is not None else before
        after = key.go(before)
        if key.step is not Step.LINE:
            self._goal_x = None
        if after == before:
            self._announcer.announce(self._edge(key, before))
            return
        host.set_caret(after, select=select)
        self._goal_at = after
        entered = after.block != before.block
        told = not select and key.step in (Step.CHARACTER, Step.LINE_END)
        said = []
        if told:
            host.objects.caret_moved(after)  # the screen reader says the character
        elif entered and self._said_whole(after.block):
            # A heading or a list item: the screen reader says it whole, with its
            # level or its list, on the focus; the page adds only a selection.
            host.objects.focus(after.block)
            if select:
                said.append(self._selection_change(anchor, before, after))
            self._say(said)
            return
        elif entered:
            host.objects.focus(
                after.block, quietly=True
            )  # the page says the word or the line itself
        said.append(self._what_moved(key, anchor, before, after, select=select))
        if entered:
            said = [*self._entering(before.block, after.block, lists=told), *said]
        self._say(said)

    def _what_moved(
        self, key: _Key, anchor: Place, before: Place, after: Place, *, select: bool
    ) -> str:
        """What the page says of a move it tells itself: the selection, the word or the line."""
        if select:
            return self._selection_change(anchor, before, after)
        if key.step is Step.WORD:
            return self._word(before, after)
        if key.step is Step.LINE:
            return self._host.moves.line_text(after) or self.tr("Blank line")
        return ""

    def _said_whole(self, block: int) -> bool:
        return self._host.map.blocks[block].kind in (Kind.HEADING, Kind.LIST_ITEM)

    def _say(self, said: list[str]) -> None:
        message = " ".join(s for s in said if s)
        if message:
            self._announcer.announce(message)

    def _edge(self, key: _Key, place: Place) -> str:
        backwards = place.block == 0 and (
            place.offset == 0 or (key.step is Step.LINE_END and place.offset == 0)
        )
        if backwards:
            return QCoreApplication.translate("NavigationCommands", "Start of the document.")
        if key.step is Step.LINE_END:
            return ""
        return QCoreApplication.translate("NavigationCommands", "End of the document.")

    def _word(self, before: Place, after: Place) -> str:
        text = self._host.map.blocks[after.block].text
        forwards = after > before
        for start, end in words.words(text):
            if (end == after.offset) if forwards else (start == after.offset):
                return text[start:end]
        return ""

    def _entering(self, left: int, entered: int, *, lists: bool) -> list[str]:
        """What is said on moving from block ``left`` into block ``entered``.

        With ``lists``, that a list begins or ends there: a screen reader says
        so itself when the focus moves, but not when only the caret does.
        """
        reading_map = self._host.map
        old, new = reading_map.blocks[left], reading_map.blocks[entered]
        said = []
        if lists and old.group is not None and old.group != new.group:
            said.append(self.tr("Leaving the list."))
        if lists and new.group is not None and new.group != old.group:
            items = reading_map.list_items(new.group)
            said.append(self.tr("List, {0} items.").format(len(items)))
        if new.kind is Kind.HEADING:
            level = reading_map.sections[new.section].level
            said.append(self.tr("Heading level {0}:").format(level))
        elif new.kind is Kind.FIGURE:
            said.append(self.tr("Figure:"))
        elif new.kind is Kind.PHOTO:
            said.append(self.tr("Photo without an image:"))
        return said

    # Selecting ----------------------------------------------------------------------

    def _selection_change(self, anchor: Place, before: Place, after: Place) -> str:
        """What the caret moving from ``before`` to ``after`` did to the selection."""
        if before != anchor and (before < anchor) != (after < anchor) and after != anchor:
            # The caret went past where the selection began: a new selection.
            return self.tr("{0} selected").format(self._spoken(TextRange.between(anchor, after)))
        grew = before == anchor or ((after > before) if before > anchor else (after < before))
        changed = self._spoken(TextRange.between(before, after))
        return (self.tr("{0} selected") if grew else self.tr("{0} unselected")).format(changed)

    def _spoken(self, chosen: TextRange) -> str:
        text = plain_text(self._host.map, chosen)
        if not text.strip():
            return self.tr("space") if text == " " else self.tr("line break")
        return text.replace("\n", " ")

    def select_section(self) -> None:
        """Select the whole section the caret is in, and say so."""
        host = self._host
        chosen = section_range(host.map, host.caret.block)
        host.select_range(chosen)
        title = host.map.section_of(host.caret.block).title
        self._announcer.announce(self.tr("Section selected: {0}.").format(title))

    def copy(self) -> None:
        """Copy the selection as plain text, and say how much was copied."""
        host = self._host
        if host.anchor is None or host.anchor == host.caret:
            self._announcer.announce(self.tr("Nothing is selected."))
            return
        text = plain_text(host.map, TextRange.between(host.anchor, host.caret))
        host.copy_text(text)
        if len(text) <= _SAID_WHOLE:
            self._announcer.announce(self.tr("Copied: {0}").format(text.replace("\n", " ")))
        else:
            self._announcer.announce(self.tr("Copied {0} characters.").format(len(text)))
