"""Helpers shared by the tests: running the viewer, and pressing keys as a person does."""

from __future__ import annotations

import contextlib
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from viewer.ui.page.reading_pane import ReadingPane

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


def child_processes() -> set[int]:
    """The ids of this process's children, zombies included (Linux)."""
    children: set[int] = set()
    for task in Path("/proc/self/task").iterdir():
        with contextlib.suppress(OSError):  # a thread that just ended
            children.update(int(pid) for pid in (task / "children").read_text().split())
    return children


def faulty_worker(fault: str, text: str | None = None) -> list[str]:
    """The command of the speech worker with ``fault`` (see tests/faulty_speech_worker.py)."""
    script = Path(__file__).with_name("faulty_speech_worker.py")
    return [sys.executable, str(script), fault, *([text] if text else [])]


def action(window: QWidget, name: str) -> QAction:
    """The action of the command called ``name`` (its stable id) in ``window``'s menus."""
    found = window.findChild(QAction, name)
    assert isinstance(found, QAction), f"no command is called {name!r}"
    return found


def theme_action(window: QWidget, theme: str) -> QAction:
    """The action that chooses ``theme`` ("" to follow the system) in the Colours menu."""
    return action(window, f"theme-{theme or 'system'}")


def shown_text(pane: ReadingPane, block: int) -> str:
    """What the page draws for block ``block``: its note, its bullet and its text."""
    piece = pane.scrolled.piece(block)
    shown = piece.layout.text().replace("\u2028", "\n")
    if piece.bullet:
        shown = "• " + shown
    return f"{piece.note}: {shown}" if piece.note else shown


def shown_texts(pane: ReadingPane, first: int, end: int) -> list[str]:
    """What the page draws for blocks ``first`` to ``end`` - 1."""
    return [shown_text(pane, block) for block in range(first, end)]
