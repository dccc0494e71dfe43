"""The README's table of keys is the command table."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication

from viewer.ui.commands import build_commands, plain

README = Path(__file__).parents[2] / "README.md"


def test_readme_lists_every_command_with_its_keys(qapp: QApplication) -> None:
    assert qapp is not None
    text = README.read_text("utf-8")
    for command in build_commands():
        keys = ", ".join(k.toString(QKeySequence.SequenceFormat.PortableText) for k in command.keys)
        assert f"| {plain(command.text)} | {keys} |" in text, command.name
