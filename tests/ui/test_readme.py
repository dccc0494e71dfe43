"""The README's table of keys, the shortcuts overview and the menus come from the same commands."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import SIGNAL
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

from viewer.ui.commands.command import overview_rows
from viewer.ui.window.main_window import MainWindow

README = Path(__file__).parents[2] / "README.md"


def readme_key_table() -> list[tuple[str, str]]:
    """The rows of the README's table of commands and keys, in order."""
    text = README.read_text("utf-8")
    table = text[text.index("| command | keys |") :].split("\n\n", 1)[0]
    rows = [line for line in table.splitlines()[2:] if line.startswith("|")]
    found = []
    for line in rows:
        match = re.fullmatch(r"\| (.+?) \| ?(.*?) ?\|", line)
        assert match is not None, line
        found.append((match.group(1), match.group(2)))
    return found


def test_the_readme_lists_every_command_with_its_keys_in_menu_order(window: MainWindow) -> None:
    commands = window.commands.commands
    assert readme_key_table() == overview_rows(commands, QKeySequence.SequenceFormat.PortableText)


def test_every_command_has_one_handler_one_action_and_keys_of_its_own(
    window: MainWindow,
) -> None:
    commands = window.commands.commands
    names = [c.name for c in commands]
    assert len(names) == len(set(names))
    actions = window.commands.actions()
    assert [a.objectName() for a in actions] == names
    triggered = SIGNAL("triggered(bool)")
    for command_action in actions:
        # Beside what its menu and group listen with, one handler: its command's.
        probe = QAction(window)
        for listener in command_action.associatedObjects():
            if isinstance(listener, QMenu):
                listener.addAction(probe)
        group = command_action.actionGroup()
        if group is not None:
            group.addAction(probe)
        assert command_action.receivers(triggered) == probe.receivers(triggered) + 1, (
            command_action.objectName()
        )
        probe.deleteLater()
    keys = [k.toString() for c in commands for k in c.keys]
    assert len(keys) == len(set(keys))
    assert all(k for k in keys)
