"""A seeded storm of random keys against a window, checked after every key.

Each key is sent to whichever widget has the focus (a dialog's, once one is
open), as the keyboard would. Steps are driven by fresh single-shot timers, so
a key that opens a modal dialog does not stop the storm: the dialog's own event
loop runs the next steps, until a key closes it.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from viewer.ui.commands.command import Command

Key = tuple[Qt.Key, Qt.KeyboardModifier]

NO = Qt.KeyboardModifier.NoModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier

#: Keys that move within and between widgets, and answer dialogs.
MOVING_KEYS: tuple[Key, ...] = (
    (Qt.Key.Key_Tab, NO),
    (Qt.Key.Key_Tab, SHIFT),
    (Qt.Key.Key_F6, NO),
    (Qt.Key.Key_F6, SHIFT),
    (Qt.Key.Key_Up, NO),
    (Qt.Key.Key_Down, NO),
    (Qt.Key.Key_Left, NO),
    (Qt.Key.Key_Right, NO),
    (Qt.Key.Key_PageUp, NO),
    (Qt.Key.Key_PageDown, NO),
    (Qt.Key.Key_Home, NO),
    (Qt.Key.Key_End, NO),
    (Qt.Key.Key_Return, NO),
    (Qt.Key.Key_Space, NO),
    (Qt.Key.Key_Backspace, NO),
    (Qt.Key.Key_Delete, NO),
)
#: Letters and digits, plain (typing in a field) and with Alt (menus, buttons' accelerators).
TYPING_KEYS: tuple[Key, ...] = tuple(
    (Qt.Key(key), modifier)
    for key in [*range(Qt.Key.Key_A.value, Qt.Key.Key_Z.value + 1), Qt.Key.Key_1.value]
    for modifier in (NO, ALT)
)


def shortcut_keys(commands: Iterable[Command], leave_out: frozenset[str]) -> tuple[Key, ...]:
    """Every key bound to one of ``commands``, but those of the commands ``leave_out``."""
    keys: list[Key] = []
    for command in commands:
        if command.name in leave_out:
            continue
        for sequence in command.keys:
            combination = sequence[0]  # type: ignore[index]  # PySide's stubs lack operator[]
            keys.append((combination.key(), combination.keyboardModifiers()))
    return tuple(keys)


def describe(key: Key) -> str:
    """A key as a person would write it: Ctrl+Shift+PgDown."""
    combination = QKeySequence(key[1].value | key[0].value)
    return combination.toString() or repr(key)


@dataclass
class StormResult:
    """What the storm did, and the first thing that went wrong (if anything)."""

    sent: int = 0
    failure: str | None = None
    finished: bool = False
    dialogs_opened: int = 0
    last_keys: list[str] = field(default_factory=list)

    @property
    def done(self) -> bool:
        """Whether the storm has stopped, at its end or at a failure."""
        return self.finished or self.failure is not None


class KeyboardStorm:
    """Sends ``count`` random keys chosen with ``seed``; ``check`` runs after each."""

    def __init__(
        self,
        seed: int,
        count: int,
        shortcuts: tuple[Key, ...],
        check: Callable[[], str | None],
    ) -> None:
        self.seed = seed
        self.count = count
        self._random = random.Random(seed)  # noqa: S311 (reproducible keys, not secrets)
        self._shortcuts = shortcuts
        self._check = check
        self.result = StormResult()
        self._dialogs_seen: set[int] = set()

    def start(self) -> None:
        """Begin; the storm runs in the event loop until ``result.done``."""
        QTimer.singleShot(0, self._step)

    def next_key(self) -> Key:
        """The next key: commands, moving keys, Escape and typing, in proportions."""
        roll = self._random.random()
        if roll < 0.35:
            return self._random.choice(self._shortcuts)
        if roll < 0.75:
            return self._random.choice(MOVING_KEYS)
        if roll < 0.87:
            return (Qt.Key.Key_Escape, NO)
        return self._random.choice(TYPING_KEYS)

    def _step(self) -> None:
        result = self.result
        problem = self._check()
        if problem is not None:
            result.failure = f"after key {result.sent} ({self._trail()}): {problem}"
            return
        modal = QApplication.activeModalWidget()
        if modal is not None and id(modal) not in self._dialogs_seen:
            self._dialogs_seen.add(id(modal))
            result.dialogs_opened += 1
        if result.sent >= self.count:
            self._close_menus_and_dialogs()
            return
        key = self.next_key()
        target: QWidget | None = QApplication.focusWidget() or modal or QApplication.activeWindow()
        if target is None:
            result.failure = f"after key {result.sent} ({self._trail()}): no window to type into"
            return
        result.sent += 1
        result.last_keys = [*result.last_keys[-11:], describe(key)]
        # Scheduled before the key is sent: a key that opens a modal dialog
        # returns only when the dialog closes, and the dialog's loop runs the
        # steps until then.
        QTimer.singleShot(0, self._step)
        QTest.keyClick(target, key[0], key[1])

    def _close_menus_and_dialogs(self) -> None:
        """Close what the last keys left open, innermost first, then finish.

        Each open menu or modal dialog runs an event loop inside the step that
        opened it: closing it lets that step return.
        """
        open_widget = QApplication.activePopupWidget() or QApplication.activeModalWidget()
        if open_widget is None:
            self.result.finished = True
            return
        QTimer.singleShot(0, self._close_menus_and_dialogs)
        open_widget.close()

    def _trail(self) -> str:
        return "last keys: " + ", ".join(self.result.last_keys)
