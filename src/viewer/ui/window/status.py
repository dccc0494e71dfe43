"""The position in the status bar: where the reader is, always in sight.

The window is named after the document alone: a title that followed the
section would be said by a screen reader at every section reached, just
before the heading that says the same.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QMainWindow

from viewer.reading.navigator import Move, Navigator


class PositionStatus:
    """Shows the section and how far through the document, and names the window."""

    def __init__(self, navigator: Navigator, window: QMainWindow, document_title: str) -> None:
        self._navigator = navigator
        self.label = QLabel()
        self.label.setObjectName("position")
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        window.statusBar().addPermanentWidget(self.label)
        window.setWindowTitle(document_title)
        navigator.on_move(self._show)

    def _show(self, move: Move) -> None:
        entry = self._navigator.map.section_of(move.index)
        where = self._navigator.map.whereabouts(move.index)
        self.label.setText(
            QCoreApplication.translate("MainWindow", "Section {0} of {1}: {2} · {3}%").format(
                where.section_number, where.section_count, entry.title, where.percent
            )
        )
