"""What a command is: its menu, text, keys, handler and state, declared as data by its owner.

Each part of the window declares its own commands beside the code that runs
them (``command_definitions``); ``commands.menus`` turns them into the menus
and the key bindings, and the shortcuts overview (F1) and the README's table
are made from the same declarations, so none of them can disagree. Keys avoid
what screen readers take for themselves (Insert and Caps Lock combinations,
the numeric keypad) and no key is a single character without a modifier.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from enum import Enum

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QKeySequence

from viewer.ui.common.mnemonics import plain


class Menu(Enum):
    """The menus, in menu-bar order; COLOURS is a submenu at the top of VIEW."""

    FILE = "file"
    EDIT = "edit"
    GO = "go"
    FIND = "find"
    READ = "read"
    VIEW = "view"
    COLOURS = "colours"
    HELP = "help"

    def title(self) -> str:
        """The menu's title in the interface's language, with its access key."""
        titles = {
            Menu.FILE: QCoreApplication.translate("Commands", "&File"),
            Menu.EDIT: QCoreApplication.translate("Commands", "&Edit"),
            Menu.GO: QCoreApplication.translate("Commands", "&Go"),
            Menu.FIND: QCoreApplication.translate("Commands", "F&ind"),
            Menu.READ: QCoreApplication.translate("Commands", "&Read aloud"),
            Menu.VIEW: QCoreApplication.translate("Commands", "&View"),
            Menu.COLOURS: QCoreApplication.translate("Commands", "&Colours"),
            Menu.HELP: QCoreApplication.translate("Commands", "&Help"),
        }
        return titles[self]

    @property
    def parent(self) -> Menu | None:
        """The menu this one is a submenu of, if any."""
        return Menu.VIEW if self is Menu.COLOURS else None


@dataclass(frozen=True, eq=False)
class Command:
    """A command of the viewer.

    Attributes:
        name: A stable id, the object name of its action (for tests and scripts).
        menu: The menu it is in.
        text: Its menu text, translated, with & before its access key.
        handler: What it does.
        keys: Its keys, the first shown in the menu.
        checked: For a command that is on or off (or one of a group), whether
            it is on now; the menu shows it checked.
        group: For choices of which one is on at a time, the group's name.
        separator_after: A line follows it in its menu.
        overview: Listed in the shortcuts overview and the README (not each
            theme of the Colours menu).
    """

    name: str
    menu: Menu
    text: str
    handler: Callable[[], object]
    keys: tuple[QKeySequence, ...] = ()
    checked: Callable[[], bool] | None = None
    group: str | None = None
    separator_after: bool = False
    overview: bool = True


@dataclass(frozen=True)
class KeyHint:
    """A key that works in one place without being a command ("Down, Up" in the text)."""

    text: str
    keys: str


def keys(*sequences: str) -> tuple[QKeySequence, ...]:
    """Key sequences from their portable names ("Ctrl+PgDown")."""
    return tuple(QKeySequence(sequence) for sequence in sequences)


def overview_rows(
    commands: Iterable[Command],
    key_format: QKeySequence.SequenceFormat = QKeySequence.SequenceFormat.NativeText,
) -> list[tuple[str, str]]:
    """The (command, keys) rows of the shortcuts overview, in menu order.

    The README's table is these rows in the portable key format ("Ctrl+PgDown").
    """
    listed = [c for c in commands if c.overview]
    order = list(Menu)
    listed.sort(key=lambda c: order.index(c.menu.parent or c.menu))  # stable within a menu
    return [(plain(c.text), ", ".join(k.toString(key_format) for k in c.keys)) for c in listed]
