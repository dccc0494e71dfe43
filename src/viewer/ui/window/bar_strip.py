"""A strip under the text that holds one bar (find, player): wrapped, or one row that scrolls.

A bar wraps its controls onto new lines when the window is narrow (WCAG
1.4.10); at a large text size two or three lines of buttons would take the
room of the text, so the window can ask for one row instead, which scrolls
sideways, and follows the keyboard focus there. The strip is shown while
its bar is: the bar's part shows and hides the bar alone. The window sets its
height (``arrange``) as its own size changes.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import QApplication, QFrame, QScrollArea, QWidget


class BarStrip(QScrollArea):
    """Holds ``bar``, as tall as it needs at the strip's width; hidden while ``bar`` is."""

    # The bar's controls changed (a message shown on it): its height may have.
    bar_changed = Signal()

    def __init__(self, bar: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bar = bar
        self.setObjectName(f"{bar.objectName() or 'bar'}Strip")
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the bar's controls take it, not the strip
        self.setWidgetResizable(True)
        self.one_row = False
        self._following = False  # until the bar is in place, the strip does not follow it
        hidden = bar.isHidden()
        self.setWidget(bar)  # which watches the bar through eventFilter
        bar.setVisible(not hidden)
        self.setVisible(not hidden)
        self._following = True
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._follow_focus)

    def arrange(self, width: int, *, one_row: bool) -> None:
        """Lay the bar out ``width`` wide in one row that scrolls sideways, or wrapped."""
        self.one_row = one_row
        self.bar.setMinimumWidth(self.one_row_width() if one_row else 0)
        self.setFixedHeight(self.height_at(width))

    def one_row_width(self) -> int:
        """How wide the bar's controls are, side by side."""
        return self.bar.sizeHint().width()

    def height_at(self, width: int, *, one_row: bool | None = None) -> int:
        """How tall the strip is at ``width``, wrapped or in one row (default: as it is set)."""
        if one_row if one_row is not None else self.one_row:
            needed = self.one_row_width()
            tall = self.bar.heightForWidth(needed)
            if needed > width:
                tall += self.horizontalScrollBar().sizeHint().height()
            return tall
        return self.bar.heightForWidth(max(1, width))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Show and hide with the bar (and scroll as QScrollArea does)."""
        if watched is self.bar and self._following:
            if event.type() == QEvent.Type.ShowToParent:
                self.show()
            elif event.type() == QEvent.Type.HideToParent:
                self.hide()
            elif event.type() == QEvent.Type.LayoutRequest:
                self.bar_changed.emit()
        return super().eventFilter(watched, event)

    def _follow_focus(self, _old: QWidget | None, new: QWidget | None) -> None:
        if new is not None and self.one_row and self.bar.isAncestorOf(new):
            self.ensureWidgetVisible(new)
