"""The position in the status bar: where the reader is, always in sight.

The window is named after the document alone: a title that followed the
section would be said by a screen reader at every section reached, just
before the heading that says the same. Where the status bar is narrow (a
large text size, a message beside it), the section's title is shortened,
and at the least the percentage stays: the position is never lost.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import QLabel, QMainWindow, QWidget

from viewer.reading.navigator import Move, Navigator


class PositionLabel(QLabel):
    """The position: its text whole, shown as much of it as fits, the percentage at the least."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._template = "{2}"
        self._parts: tuple[int, int, str, int] = (0, 0, "", 0)

    def show_position(
        self, template: str, number: int, count: int, title: str, percent: int
    ) -> None:
        """Show ``template`` filled in: the section's number, the count, its title, the percent."""
        self._template, self._parts = template, (number, count, title, percent)
        self.setText(template.format(number, count, title, percent))

    def _short(self) -> str:
        return f"{self._parts[3]}%"

    def minimumSizeHint(self) -> QSize:
        """As narrow as the percentage alone."""
        hint = super().minimumSizeHint()
        width = self.fontMetrics().horizontalAdvance(self._short()) + 2 * self.margin() + 2
        return QSize(min(hint.width(), width), hint.height())

    def shown(self) -> str:
        """What fits: the whole text, its title shortened, the title and percentage, or that."""
        metrics, room = self.fontMetrics(), self.contentsRect().width() - 2 * self.margin()
        title = self._parts[2]
        for with_count in (True, False):
            if metrics.horizontalAdvance(text := self._form(with_count, title)) <= room:
                return text
            left = room - metrics.horizontalAdvance(self._form(with_count, ""))
            shortened = metrics.elidedText(title, Qt.TextElideMode.ElideRight, left)
            if len(shortened) > 2:  # at least two characters, and the ellipsis
                return self._form(with_count, shortened)
        return self._short()

    def _form(self, with_count: bool, title: str) -> str:
        """The position with ``title``: as the template says, or the title and percentage alone."""
        number, count, _, percent = self._parts
        if with_count:
            return self._template.format(number, count, title, percent)
        return f"{title} · {percent}%"

    def paintEvent(self, event: QPaintEvent) -> None:
        """Draw what fits."""
        del event
        painter = QPainter(self)
        self.style().drawItemText(
            painter,
            self.contentsRect().adjusted(self.margin(), 0, -self.margin(), 0),
            int(self.alignment()),
            self.palette(),
            self.isEnabled(),
            self.shown(),
            self.foregroundRole(),
        )
        painter.end()


class PositionStatus:
    """Shows the section and how far through the document, and names the window."""

    def __init__(self, navigator: Navigator, window: QMainWindow, document_title: str) -> None:
        self._navigator = navigator
        self.label = PositionLabel()
        self.label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.label.setObjectName("position")
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        window.statusBar().addPermanentWidget(self.label)
        window.setWindowTitle(document_title)
        navigator.on_move(self._show)

    def _show(self, move: Move) -> None:
        entry = self._navigator.map.section_of(move.index)
        where = self._navigator.map.whereabouts(move.index)
        self.label.show_position(
            QCoreApplication.translate("MainWindow", "Section {0} of {1}: {2} · {3}%"),
            where.section_number,
            where.section_count,
            entry.title,
            where.percent,
        )
