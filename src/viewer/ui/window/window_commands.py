"""The window's own commands: moving between panes, the shortcuts overview, and quitting."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMainWindow

from viewer.ui.commands.command import Command, KeyHint, Menu, keys
from viewer.ui.commands.shortcuts_dialog import ShortcutsDialog
from viewer.ui.window.panes import Panes


class WindowCommands(QObject):
    """F6 and Shift+F6, F1, and Ctrl+Q."""

    def __init__(self, window: QMainWindow, panes: Panes) -> None:
        """Keep what the commands need.

        Args:
            window: The window, closed by Quit.
            panes: The panes that F6 moves between.
        """
        super().__init__(window)
        self._window = window
        self._panes = panes
        #: Every command and key hint of the window, for F1 (set once all are known).
        self.overview: tuple[Sequence[Command], Sequence[KeyHint]] = ((), ())

    def command_definitions(self) -> list[Command]:
        """Quit (File), the panes (View) and the shortcuts (Help)."""
        return [
            Command(
                "next-pane",
                Menu.VIEW,
                self.tr("Next &pane"),
                lambda: self._panes.cycle(1),
                keys("F6"),
            ),
            Command(
                "previous-pane",
                Menu.VIEW,
                self.tr("Previous p&ane"),
                lambda: self._panes.cycle(-1),
                keys("Shift+F6"),
            ),
            Command(
                "show-shortcuts",
                Menu.HELP,
                self.tr("&Keyboard shortcuts"),
                self.show_shortcuts,
                keys("F1"),
            ),
            Command("quit", Menu.FILE, self.tr("&Quit"), self._window.close, keys("Ctrl+Q")),
        ]

    def key_hints(self) -> list[KeyHint]:
        """Tab, which goes round the panes."""
        text = self.tr("Move between the contents, text and find bar")
        return [KeyHint(text, self.tr("Tab, Shift+Tab"))]

    def show_shortcuts(self) -> None:
        """Show every key in a table."""
        commands, hints = self.overview
        dialog = ShortcutsDialog(commands, hints, self._window)
        dialog.exec()
        dialog.deleteLater()
