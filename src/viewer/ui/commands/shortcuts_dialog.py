"""The keyboard shortcuts overview (F1), made from the commands the parts declare.

It is sized in characters, so it grows with the text size, but never past the
screen; its rows wrap their text, and the whole scrolls inside the dialog.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QEvent, QObject, QSize, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHeaderView,
    QLabel,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from viewer.ui.commands.command import Command, KeyHint, overview_rows
from viewer.ui.common.screen_fit import fit_to_screen

# The table shows at least this many rows before the dialog scrolls.
_ROWS_SHOWN = 4
# The command column is at least this many characters wide (the table scrolls sideways then).
_COMMAND_CHARACTERS = 8


class ShortcutsDialog(QDialog):
    """A table of every command and its keys; Escape or Enter closes it."""

    def __init__(
        self, commands: Iterable[Command], hints: Iterable[KeyHint], parent: QWidget | None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        intro = QLabel(
            self.tr("Every command and its keys. Use the arrow keys to move through the table.")
        )
        intro.setWordWrap(True)
        self.table = QTableWidget(0, 2)
        self.table.setObjectName("shortcutsTable")
        self.table.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.table.setHorizontalHeaderLabels([self.tr("Command"), self.tr("Keys")])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table: no trap
        rows = overview_rows(commands) + [(hint.text, hint.keys) for hint in hints]
        for command, keys in rows:
            row = self.table.rowCount()
            self.table.insertRow(row)
            for column, text in enumerate((command, keys)):
                item = QTableWidgetItem(text)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                self.table.setItem(row, column, item)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)  # see _fit_columns
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.table.viewport().installEventFilter(self)
        # Each row as tall as its text wrapped: nothing cut off at a large size.
        self.table.setWordWrap(True)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.setMinimumHeight(
            self.table.horizontalHeader().sizeHint().height() * (1 + _ROWS_SHOWN)
        )
        self.table.setCurrentCell(0, 0)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        body = QWidget()
        inside = QVBoxLayout(body)
        inside.setContentsMargins(0, 0, 0, 0)
        inside.addWidget(intro)
        inside.addWidget(self.table, 1)
        scroll = QScrollArea()
        scroll.setWidget(body)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the table
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(buttons)
        fit_to_screen(self, QSize(40, 35))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """As the table's width changes, share it out between its columns again."""
        if watched is self.table.viewport() and event.type() == QEvent.Type.Resize:
            self._fit_columns()
        return super().eventFilter(watched, event)

    def _fit_columns(self) -> None:
        """The keys whole; the commands the rest, but at least some words wide.

        A command column of two or three characters a line (at a large size in a
        small window) reads worse than a table that scrolls sideways.
        """
        header = self.table.horizontalHeader()
        least = _COMMAND_CHARACTERS * self.fontMetrics().horizontalAdvance("国")
        room = self.table.viewport().width() - header.sectionSize(1)
        header.resizeSection(0, max(least, room))
