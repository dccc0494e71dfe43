"""The menus and key bindings of a window, built from the commands its parts declare."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMainWindow, QMenu

from viewer.ui.commands.command import Command, Menu


class CommandMenus:
    """One action per command, in its menu, with its keys bound window-wide.

    A command that is on or off shows a check mark; after any command runs,
    every mark is read again from its command (``refresh``), so that the menus
    always show the state, whichever way it changed.
    """

    def __init__(self, window: QMainWindow, commands: Iterable[Command]) -> None:
        self._window = window
        self.commands = tuple(commands)
        self.menus: dict[Menu, QMenu] = {}
        for menu in Menu:
            parent = menu.parent
            if parent is None:
                self.menus[menu] = window.menuBar().addMenu(menu.title())
            else:
                submenu = QMenu(menu.title(), self.menus[parent])
                self.menus[parent].addMenu(submenu)
                self.menus[menu] = submenu
        self._groups: dict[str, QActionGroup] = {}
        self._actions: list[tuple[Command, QAction]] = []
        for command in self.commands:
            self._add(command)
        # The Colours submenu stands at the top of the View menu.
        view, colours = self.menus[Menu.VIEW], self.menus[Menu.COLOURS]
        view.removeAction(colours.menuAction())
        view.insertMenu(view.actions()[0], colours)
        self.refresh()

    def _add(self, command: Command) -> None:
        action = QAction(command.text, self._window)
        action.setObjectName(command.name)
        action.setShortcuts(list(command.keys))
        # Window-wide, so the keys work from every pane.
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.setCheckable(command.checked is not None)
        if command.group is not None:
            group = self._groups.get(command.group)
            if group is None:
                group = self._groups[command.group] = QActionGroup(self._window)
            group.addAction(action)
        handler = command.handler

        def run(_checked: bool = False) -> None:
            handler()
            self.refresh()

        action.triggered.connect(run)
        menu = self.menus[command.menu]
        menu.addAction(action)
        if command.separator_after:
            menu.addSeparator()
        self._actions.append((command, action))

    def refresh(self) -> None:
        """Show the state of every command that is on or off."""
        for command, action in self._actions:
            if command.checked is not None:
                action.setChecked(command.checked())

    def actions(self) -> list[QAction]:
        """Every command's action, in declaration order."""
        return [action for _, action in self._actions]

    def watch_with(self, watch: Callable[[QObject], None]) -> None:
        """Hand every menu to ``watch`` (to give the focus back when one closes)."""
        for menu in self.menus.values():
            watch(menu)
