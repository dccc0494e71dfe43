"""A bar chart of figures that share a unit, drawn with QPainter and run by the keyboard.

The bars lie across the page, each with its label before it and its value after
it, so nothing is told by colour alone; the bar with the keyboard's place is
also drawn hatched and framed. Up and Down (or Left and Right) move from bar to
bar, Home and End to the first and last; the chart's accessible name is the
bar's label and value, which a screen reader says at each move, and its
description is the chart's one-sentence summary.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QKeyEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget


@dataclass(frozen=True)
class Bar:
    """One bar: what it counts, its value, and the value as printed (近50%)."""

    label: str
    value: float
    printed: str


@dataclass(frozen=True)
class ChartColours:
    """The colours a chart is drawn in, from the theme."""

    background: str
    text: str
    bar: str
    focus: str


class BarChart(QWidget):
    """Horizontal bars, one per figure, with direct labels."""

    # The bar with the keyboard's place changed (its index).
    current_changed = Signal(int)
    # A key would go past the first (-1) or the last (1) bar: a message says so.
    edge_reached = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("barChart")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self._bars: tuple[Bar, ...] = ()
        self._current = 0
        self._colours = ChartColours("#ffffff", "#000000", "#1a5fb4", "#1a5fb4")

    # Data ---------------------------------------------------------------------------

    def set_bars(self, bars: Sequence[Bar], summary: str) -> None:
        """Show ``bars``; ``summary`` is the chart's text alternative."""
        self._bars = tuple(bars)
        self._current = 0
        self.setAccessibleDescription(summary)
        self._say_current()
        self.updateGeometry()
        self.update()

    def set_colours(self, colours: ChartColours) -> None:
        """Draw in ``colours`` (the theme's)."""
        self._colours = colours
        self.update()

    @property
    def bars(self) -> tuple[Bar, ...]:
        """The bars shown."""
        return self._bars

    @property
    def current(self) -> int:
        """The index of the bar with the keyboard's place."""
        return self._current

    def set_current(self, index: int) -> None:
        """Put the keyboard's place on bar ``index`` (kept within the bars)."""
        if not self._bars:
            return
        index = max(0, min(index, len(self._bars) - 1))
        if index != self._current:
            self._current = index
            self._say_current()
            self.update()
            self.current_changed.emit(index)

    def _say_current(self) -> None:
        if not self._bars:
            self.setAccessibleName(QCoreApplication.translate("BarChart", "Empty chart"))
            return
        bar = self._bars[self._current]
        self.setAccessibleName(
            QCoreApplication.translate("BarChart", "{0}: {1}, {2} of {3}").format(
                bar.label, bar.printed, self._current + 1, len(self._bars)
            )
        )

    # Keys ---------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Move from bar to bar."""
        steps = {
            Qt.Key.Key_Down: 1,
            Qt.Key.Key_Right: 1,
            Qt.Key.Key_Up: -1,
            Qt.Key.Key_Left: -1,
        }
        key = Qt.Key(event.key())
        if key in steps:
            wanted = self._current + steps[key]
            if self._bars and not 0 <= wanted < len(self._bars):
                self.edge_reached.emit(
                    QCoreApplication.translate("BarChart", "First bar.")
                    if wanted < 0
                    else QCoreApplication.translate("BarChart", "Last bar.")
                )
            self.set_current(wanted)
        elif key == Qt.Key.Key_Home:
            self.set_current(0)
        elif key == Qt.Key.Key_End:
            self.set_current(len(self._bars) - 1)
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    # Drawing ------------------------------------------------------------------------

    def _row_height(self) -> int:
        return round(self.fontMetrics().height() * 1.8)

    def _label_width(self) -> int:
        metrics = self.fontMetrics()
        widest = max((metrics.horizontalAdvance(b.label) for b in self._bars), default=0)
        # At most 40% of the width: longer labels are cut with an ellipsis on
        # screen (the accessible name and the data table carry them whole).
        return min(widest, round(self.width() * 0.4)) + metrics.height()

    def sizeHint(self) -> QSize:
        """Room for every bar."""
        return QSize(40 * self.fontMetrics().height(), self._row_height() * max(1, len(self._bars)))

    def minimumSizeHint(self) -> QSize:
        """At least one bar's height."""
        return QSize(10 * self.fontMetrics().height(), self._row_height())

    def paintEvent(self, event: QPaintEvent) -> None:
        """Draw the bars, their labels and their values."""
        del event
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        colours = self._colours
        painter.fillRect(self.rect(), QColor(colours.background))
        if not self._bars:
            return
        metrics = self.fontMetrics()
        row = self._row_height()
        label_width = self._label_width()
        value_width = max(metrics.horizontalAdvance(b.printed) for b in self._bars)
        bar_space = max(1, self.width() - label_width - value_width - metrics.height() * 2)
        top_value = max(1e-9, *(b.value for b in self._bars))
        text = QColor(colours.text)
        for index, bar in enumerate(self._bars):
            y = index * row
            painter.setPen(text)
            label = metrics.elidedText(bar.label, Qt.TextElideMode.ElideRight, label_width)
            painter.drawText(
                QRectF(0, y, label_width - metrics.height() / 2, row),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                label,
            )
            length = max(2.0, bar_space * bar.value / top_value)
            rect = QRectF(label_width, y + row * 0.2, length, row * 0.6)
            painter.fillRect(rect, QColor(colours.bar))
            if index == self._current:
                # Hatched and framed, so the place does not rely on colour.
                painter.fillRect(
                    rect, QBrush(QColor(colours.background), Qt.BrushStyle.BDiagPattern)
                )
                if self.hasFocus():
                    painter.setPen(QPen(QColor(colours.focus), 3))
                    painter.drawRect(QRectF(0, y + 1, self.width() - 1, row - 2))
            painter.setPen(text)
            painter.drawText(
                QRectF(rect.right() + metrics.height() / 2, y, value_width + metrics.height(), row),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                bar.printed,
            )
        painter.end()
