"""The Qt bindings keep Python's reference counts right (the viewer lives on it).

PySide 6.12.0 on Python 3.11 took a reference from None at each call of a
method that returns nothing, and at each paint; after some ten thousand the
process died ("deallocating None"). From Python 3.12 None is immortal and the
counts below stay fixed whatever the bindings do.
"""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from viewer.ui.window.main_window import MainWindow


def test_calls_that_return_nothing_keep_none(qtbot: QtBot) -> None:
    label = QLabel("x")
    qtbot.addWidget(label)
    before = sys.getrefcount(None)
    for number in range(1000):
        label.setText(str(number))
        label.update()
    assert sys.getrefcount(None) - before > -100


def test_painting_keeps_none(window: MainWindow) -> None:
    window.navigator.go_to_section("rehabilitation")  # cards, a flow of them, the contents
    window.repaint()
    before = sys.getrefcount(None)
    for _ in range(200):
        window.repaint()
    assert sys.getrefcount(None) - before > -100
