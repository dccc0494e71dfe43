"""A bar chart of figures that share a unit, drawn with QPainter and run by the keyboard.

The bars lie across the page, each with its label before it and its value after
it, so nothing is told by colour alone; the bar with the keyboard's place is
also drawn hatched and framed. A label longer than its column (at most 40% of
the width) wraps onto more lines, its row as tall as they need; where the
chart is too narrow for label, bar and value side by side (a large text
size), each label stands on its own lines above its bar. No label or value
is cut off at any text size. Up and Down (or Left and Right) move from bar to
bar, Home and End to the first and last; the chart's accessible name is the
bar's label and value, which a screen reader says at each move, and its
description is the chart's one-sentence summary.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QKeyEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QResizeEvent,
    QTextLayout,
    QTextOption,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

# Room between the chart's edge (and its focus frame) and what is drawn.
_PAD = 6


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

    def _columns(self, width: int) -> _Columns:
        """Where labels, bars and values go at ``width``: side by side, or labels above."""
        metrics = self.fontMetrics()
        gap = metrics.height() / 2
        widest = max((metrics.horizontalAdvance(b.label) for b in self._bars), default=0)
        value = max((metrics.horizontalAdvance(b.printed) for b in self._bars), default=0)
        usable = width - 2 * _PAD  # clear of the focus frame
        # The label's column: at most 40% of the width (longer labels wrap).
        label = max(1, min(widest + 1, round(usable * 0.4)))
        bars = usable - label - value - 4 * gap
        if bars >= usable * 0.25:
            return _Columns(label, _PAD + label + gap, bars, gap, stacked=False)
        return _Columns(max(1, usable), _PAD, max(1.0, usable - value - 3 * gap), gap, stacked=True)

    def _label_height(self, label: str, width: int) -> float:
        """How tall ``label`` is, wrapped to ``width``."""
        layout = QTextLayout(label, self.font())
        layout.setTextOption(_wrapping(Qt.AlignmentFlag.AlignRight))
        layout.beginLayout()
        height = 0.0
        while (line := layout.createLine()).isValid():
            line.setLineWidth(width)
            line.setPosition(QPointF(0, height))
            height += line.height()
        layout.endLayout()
        return height

    def _rows(self, width: int) -> list[tuple[float, float]]:
        """Each bar's row at ``width``: the height of its label, and of the whole row."""
        columns, bar = self._columns(width), float(self._row_height())
        rows = []
        for b in self._bars:
            label = self._label_height(b.label, columns.label)
            if columns.stacked:
                rows.append((label, label + bar))
            else:
                rows.append((label, max(bar, label + self.fontMetrics().height() * 0.8)))
        return rows

    def hasHeightForWidth(self) -> bool:
        """Its height depends on its width (labels wrap)."""
        return True

    def heightForWidth(self, width: int) -> int:
        """Room for every bar at ``width``."""
        return max(self._row_height(), math.ceil(sum(row for _, row in self._rows(width))))

    def sizeHint(self) -> QSize:
        """Room for every bar."""
        width = 40 * self.fontMetrics().height()
        return QSize(width, self.heightForWidth(width))

    def minimumSizeHint(self) -> QSize:
        """At least one bar's height, and room for a few characters."""
        return QSize(8 * self.fontMetrics().horizontalAdvance("国"), self._row_height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        """As tall as every bar needs at the new width (a scroll area round it scrolls)."""
        super().resizeEvent(event)
        self.setMinimumHeight(self.heightForWidth(self.width()))

    def paintEvent(self, event: QPaintEvent) -> None:
        """Draw the bars, their labels and their values."""
        del event
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        colours = self._colours
        painter.fillRect(self.rect(), QColor(colours.background))
        if not self._bars:
            return
        columns = self._columns(self.width())
        value_width = max(self.fontMetrics().horizontalAdvance(b.printed) for b in self._bars)
        top_value = max(1e-9, *(b.value for b in self._bars))
        text, gap = QColor(colours.text), columns.gap
        y = 0.0
        for index, (bar, (label, row)) in enumerate(
            zip(self._bars, self._rows(self.width()), strict=True)
        ):
            painter.setPen(text)
            # The label in a column wide enough for it wrapped: never past the chart's edge.
            side = Qt.AlignmentFlag.AlignLeft if columns.stacked else Qt.AlignmentFlag.AlignRight
            painter.drawText(
                QRectF(_PAD, y, columns.label, label if columns.stacked else row),
                bar.label,
                _wrapping(side),
            )
            band = (y + label, row - label) if columns.stacked else (y, row)
            length = max(2.0, columns.bars * bar.value / top_value)
            height = self._row_height() * 0.6
            rect = QRectF(columns.bar_left, band[0] + (band[1] - height) / 2, length, height)
            painter.fillRect(rect, QColor(colours.bar))
            if index == self._current:
                # Hatched and framed, so the place does not rely on colour.
                painter.fillRect(
                    rect, QBrush(QColor(colours.background), Qt.BrushStyle.BDiagPattern)
                )
                if self.hasFocus():
                    painter.setPen(QPen(QColor(colours.focus), 3))
                    painter.drawRect(QRectF(1.5, y + 1.5, self.width() - 3, row - 3))
            painter.setPen(text)
            painter.drawText(
                QRectF(rect.right() + gap, band[0], value_width + gap, band[1]),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                bar.printed,
            )
            y += row
        painter.end()


@dataclass(frozen=True)
class _Columns:
    """Where a chart's parts go: the labels' width, where bars start and how long they can be."""

    label: int
    bar_left: float
    bars: float
    gap: float
    stacked: bool  # each label above its bar, not beside it


def _wrapping(alignment: Qt.AlignmentFlag) -> QTextOption:
    """Text wrapped at word boundaries (or anywhere, in a long word), aligned as asked."""
    option = QTextOption(alignment | Qt.AlignmentFlag.AlignVCenter)
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    return option
