"""A search field whose focus a screen reader always hears.

QLineEdit selects its text as it takes the focus by Tab or a shortcut, and
tells of that selection (and of its caret) before Qt tells that it has the
focus. Orca then takes the field as already focused and says nothing of it:
Ctrl+F or Tab into a search field is silent. This field takes the focus as
any other widget and selects its text just after, once the focus is told.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import QLineEdit

_SELECTING = (
    Qt.FocusReason.TabFocusReason,
    Qt.FocusReason.BacktabFocusReason,
    Qt.FocusReason.ShortcutFocusReason,
)


class SearchField(QLineEdit):
    """A line edit that selects its text after the focus is told, not before."""

    def focusInEvent(self, event: QFocusEvent) -> None:
        """Take the focus without selecting; select once it has been told."""
        if event.reason() not in _SELECTING:
            super().focusInEvent(event)
            return
        super().focusInEvent(QFocusEvent(QEvent.Type.FocusIn, Qt.FocusReason.OtherFocusReason))
        QTimer.singleShot(0, self, self._select_if_focused)

    def _select_if_focused(self) -> None:
        if self.hasFocus():
            self.selectAll()
