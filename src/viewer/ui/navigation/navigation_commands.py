"""The Go menu: moving by unit, to either end, back and forward, to a section, and where am I.

Every move goes through the navigator; this part says what a reader must hear
when a move cannot be made ("End of the document.") and what where-am-I
answers, and keeps the reading place and the chosen unit in the settings, so
that the viewer reopens where the reader left off.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QInputDialog, QWidget

from viewer.reading.blocks import Unit
from viewer.reading.navigator import Move, Navigator
from viewer.ui.commands.command import Command, KeyHint, Menu, keys
from viewer.ui.ports import Announcer, Settings


class NavigationCommands(QObject):
    """Moves through the document with the keyboard, and says where the reader is."""

    def __init__(
        self,
        navigator: Navigator,
        announcer: Announcer,
        settings: Settings,
        dialog_parent: QWidget,
        focus_current: Callable[[], None],
    ) -> None:
        """Keep what the commands need.

        Args:
            navigator: The reading place.
            announcer: Says what happened.
            settings: Keeps the place and the unit.
            dialog_parent: The window, over which "Go to section" asks.
            focus_current: Gives the focus back to the block being read (a
                dialog was cancelled).
        """
        super().__init__(dialog_parent)
        self._navigator = navigator
        self._announcer = announcer
        self._settings = settings
        self._parent = dialog_parent
        self._focus_current = focus_current
        navigator.on_move(self._keep_place)

    def resume(self) -> None:
        """Go, without moving the focus, to where the reader was when the viewer last closed."""
        place = self._navigator.place_of(
            str(self._settings.get("position/section")), int(self._settings.get("position/block"))
        )
        self._navigator.go_to(place, focus=False, jump=True)

    def _keep_place(self, move: Move) -> None:
        del move
        key, offset = self._navigator.bookmark()
        self._settings.set("position/section", key)
        self._settings.set("position/block", offset)

    # The commands --------------------------------------------------------------------

    def command_definitions(self) -> list[Command]:
        """The Go menu's own commands."""
        nav = self._navigator

        def move(unit: Unit, step: int) -> Callable[[], None]:
            return lambda: self.move_by(unit, step)

        def choose(unit: Unit) -> Callable[[], None]:
            return lambda: self.choose_unit(unit)

        def chosen(unit: Unit) -> Callable[[], bool]:
            return lambda: nav.unit is unit

        go = Menu.GO
        moves = (
            ("next-section", self.tr("Next &section"), Unit.SECTION, 1, "Ctrl+PgDown"),
            ("previous-section", self.tr("Pre&vious section"), Unit.SECTION, -1, "Ctrl+PgUp"),
            ("next-heading", self.tr("Next &heading"), Unit.HEADING, 1, "Ctrl+Shift+PgDown"),
            ("previous-heading", self.tr("Previous headin&g"), Unit.HEADING, -1, "Ctrl+Shift+PgUp"),
            ("next-paragraph", self.tr("Next &paragraph"), Unit.PARAGRAPH, 1, "Ctrl+Down"),
            ("previous-paragraph", self.tr("Previous p&aragraph"), Unit.PARAGRAPH, -1, "Ctrl+Up"),
            ("next-figure", self.tr("Next &figure"), Unit.FIGURE, 1, "Ctrl+Shift+Down"),
            ("previous-figure", self.tr("Previous f&igure"), Unit.FIGURE, -1, "Ctrl+Shift+Up"),
        )
        units = (
            ("unit-section", self.tr("Move by sections"), Unit.SECTION, "Ctrl+1"),
            ("unit-heading", self.tr("Move by headings"), Unit.HEADING, "Ctrl+2"),
            ("unit-paragraph", self.tr("Move by paragraphs"), Unit.PARAGRAPH, "Ctrl+3"),
            ("unit-figure", self.tr("Move by figures"), Unit.FIGURE, "Ctrl+4"),
        )
        return [
            *(Command(n, go, t, move(u, s), keys(k)) for n, t, u, s, k in moves),
            Command("next-unit", go, self.tr("Next by chosen &unit"),
                    lambda: self.move_by_chosen(1), keys("Alt+Down")),
            Command("previous-unit", go, self.tr("Previous by chosen u&nit"),
                    lambda: self.move_by_chosen(-1), keys("Alt+Up"), separator_after=True),
            *(
                Command(n, go, t, choose(u), keys(k), checked=chosen(u), group="unit",
                        separator_after=u is Unit.FIGURE)
                for n, t, u, k in units
            ),
            Command("go-first", go, self.tr("S&tart of the document"), nav.go_first,
                    keys("Ctrl+Home")),
            Command("go-last", go, self.tr("&End of the document"), nav.go_last, keys("Ctrl+End")),
            Command("go-back", go, self.tr("&Back"), self.go_back, keys("Alt+Left")),
            Command("go-forward", go, self.tr("F&orward"), self.go_forward, keys("Alt+Right"),
                    separator_after=True),
            Command("go-to-section", go, self.tr("Go to section nu&mber…"),
                    self.ask_section_number, keys("Ctrl+G")),
            Command("where-am-i", go, self.tr("&Where am I?"), self.where_am_i, keys("Ctrl+I"),
                    separator_after=True),
        ]  # fmt: skip

    def key_hints(self) -> list[KeyHint]:
        """The keys of the text and the contents that are not commands."""
        return [
            KeyHint(self.tr("Read the chosen section (in the contents)"), self.tr("Enter")),
        ]

    # What they do --------------------------------------------------------------------

    def move_by(self, unit: Unit, step: int) -> None:
        """Move to the next (``step`` 1) or previous (-1) ``unit``, or say there is none."""
        if not self._navigator.move_by(unit, step):
            self._say_edge(step)

    def move_by_chosen(self, step: int) -> None:
        """Move by the unit chosen with Ctrl+1 to Ctrl+4."""
        self.move_by(self._navigator.unit, step)

    def step_block(self, step: int) -> None:
        """Move to the block after (1) or before (-1), or say there is none."""
        if not self._navigator.step_block(step):
            self._say_edge(step)

    def _say_edge(self, step: int) -> None:
        self._announcer.announce(
            self.tr("End of the document.") if step > 0 else self.tr("Start of the document.")
        )

    def choose_unit(self, unit: Unit) -> None:
        """Choose what Alt+Down and Alt+Up move by, keep it, and say so."""
        self._navigator.unit = unit
        self._settings.set("reading/unit", unit.value)
        names = {
            Unit.SECTION: self.tr("sections"),
            Unit.HEADING: self.tr("headings"),
            Unit.PARAGRAPH: self.tr("paragraphs"),
            Unit.FIGURE: self.tr("figures"),
        }
        self._announcer.announce(self.tr("Moving by {0}.").format(names[unit]))

    def go_back(self) -> None:
        """Return to the place visited before, or say there is none."""
        if not self._navigator.go_back():
            self._announcer.announce(self.tr("No earlier place."))

    def go_forward(self) -> None:
        """Go to the place left by going back, or say there is none."""
        if not self._navigator.go_forward():
            self._announcer.announce(self.tr("No later place."))

    def ask_section_number(self) -> None:
        """Ask for a section number and go there."""
        count = len(self._navigator.map.sections)
        number, ok = QInputDialog.getInt(
            self._parent,
            self.tr("Go to section"),
            self.tr("Section number (1 to {0}):").format(count),
            self._navigator.section_number() + 1,
            1,
            count,
        )
        if ok:
            self._navigator.go_to_section_number(number - 1)
        else:
            self._focus_current()

    def where_am_i(self) -> None:
        """Say where the reader is, as a status message."""
        where = self._navigator.whereabouts()
        if where.list_size:
            place = self.tr("list item {0} of {1}").format(where.list_position, where.list_size)
        elif where.unit is Unit.FIGURE:
            place = self.tr("figure {0} of {1}").format(where.number, where.count)
        elif where.unit is Unit.PARAGRAPH:
            place = self.tr("paragraph {0} of {1}").format(where.number, where.count)
        else:
            place = self.tr("heading")
        message = self.tr("{0}; {1}; section {2} of {3}; {4}% of the document.")
        self._announcer.announce(
            message.format(
                " › ".join(where.trail),
                place,
                where.section_number,
                where.section_count,
                where.percent,
            )
        )
