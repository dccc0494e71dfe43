"""Helpers shared by the tests: running the viewer, and pressing keys as a person does."""

from __future__ import annotations

import subprocess
import sys

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

#: The themes the viewer must ship.
REQUIRED_THEMES = (
    "light",
    "dark",
    "high-contrast-yellow-on-black",
    "high-contrast-black-on-white",
    "high-contrast-white-on-black",
    "sepia",
)


def run_viewer(
    *args: str, env: dict[str, str] | None = None, timeout: int = 300
) -> subprocess.CompletedProcess[str]:
    """Run ``python -m viewer ARGS`` as a user would, and collect what it says."""
    return subprocess.run(
        [sys.executable, "-m", "viewer", *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
        env=env,
    )


def press(
    qtbot: QtBot, key: Qt.Key, modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
) -> None:
    """Press ``key`` where the keyboard focus is, as a keyboard does."""
    target = QApplication.focusWidget()
    assert target is not None, "no widget has the focus"
    qtbot.keyClick(target, key, modifiers)
