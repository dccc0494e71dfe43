"""The Charts tab of the figures overview: a chart of the figures that share a unit, and its data.

Each chart has a one-sentence summary written from the data and a table of
the same data, which a screen reader reads by row and column. At a large text
size the chart keeps the height of all its bars and the tab scrolls, so that
no bar, label or value is squeezed or cut off.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from viewer.content import Document, Statistic
from viewer.figures import ChartGroup, extremes
from viewer.themes.theme import Theme
from viewer.ui.common.flow_layout import FlowLayout
from viewer.ui.figures.bar_chart import Bar, BarChart, ChartColours

# The data table shows at least this many rows before the tab scrolls.
_TABLE_ROWS = 4


def chart_title(group: ChartGroup) -> str:
    """What a chart shows, by its unit."""
    if group.unit in ("%", "％"):
        return QCoreApplication.translate("FiguresDialog", "Percentages")
    return QCoreApplication.translate("FiguresDialog", "Figures in {0}").format(group.unit)


def chart_summary(group: ChartGroup) -> str:
    """The chart in one sentence, written from its data: how many, from what to what."""
    largest, smallest = extremes(group)
    return QCoreApplication.translate(
        "FiguresDialog", "{0}: {1} figures, from {2} ({3}) to {4} ({5})."
    ).format(
        chart_title(group),
        len(group.statistics),
        smallest.printed,
        smallest.label,
        largest.printed,
        largest.label,
    )


class ChartsTab(QWidget):
    """The chart chosen, its summary and its data."""

    def __init__(
        self,
        document: Document,
        groups: Sequence[ChartGroup],
        theme: Theme,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._document = document
        self.groups = groups
        self.chart_choice = QComboBox()
        for group in groups:
            self.chart_choice.addItem(chart_title(group))
        choice_label = QLabel(QCoreApplication.translate("FiguresDialog", "Cha&rt:"))
        choice_label.setBuddy(self.chart_choice)
        self.chart = BarChart()
        self.chart.set_colours(
            ChartColours(
                background=theme["background"],
                text=theme["text"],
                bar=theme.chart,
                focus=theme["focus_ring"],
            )
        )
        self.summary = QLabel()
        self.summary.setObjectName("chartSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.data_table = QTableWidget(0, 3)
        self.data_table.setObjectName("chartData")
        self.data_table.setAccessibleName(
            QCoreApplication.translate("FiguresDialog", "The chart's data")
        )
        self.data_table.setHorizontalHeaderLabels(
            [
                QCoreApplication.translate("FiguresDialog", "What it counts"),
                QCoreApplication.translate("FiguresDialog", "Figure"),
                QCoreApplication.translate("FiguresDialog", "Section"),
            ]
        )
        self.data_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.data_table.setTabKeyNavigation(False)
        self.data_table.setWordWrap(True)
        self.data_table.verticalHeader().hide()
        # Each row as tall as its text wrapped: nothing cut off at a large size.
        self.data_table.verticalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        self.data_table.horizontalHeader().setStretchLastSection(True)
        self.chart_choice.currentIndexChanged.connect(self.show_chart)
        self.chart.current_changed.connect(self.data_table.selectRow)

        row = FlowLayout()  # the choice goes under its label where both do not fit
        row.addWidget(choice_label)
        row.addWidget(self.chart_choice)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.summary)
        layout.addWidget(self.chart, 2)
        layout.addWidget(self.data_table, 1)
        if groups:
            self.show_chart(0)
        else:
            self.summary.setText(
                QCoreApplication.translate(
                    "FiguresDialog", "No figures share a unit, so there is nothing to compare."
                )
            )

    def show_chart(self, number: int) -> None:
        """Show chart ``number``: its bars, summary and data."""
        if not 0 <= number < len(self.groups):
            return
        group = self.groups[number]
        summary = chart_summary(group)
        self.summary.setText(summary)
        self.chart.set_bars([_bar(s) for s in group.statistics], summary)
        self.data_table.setRowCount(len(group.statistics))
        for row, statistic in enumerate(group.statistics):
            section = self._document.section(statistic.section_id).title
            for column, text in enumerate((statistic.label, statistic.printed, section)):
                self.data_table.setItem(row, column, QTableWidgetItem(text))
        self.data_table.resizeColumnsToContents()
        self.fit_to_text()

    def fit_to_text(self) -> None:
        """Keep a few of the table's rows in view (and the chart all its bars): the tab scrolls."""
        header = self.data_table.horizontalHeader().sizeHint().height()
        row = self.data_table.verticalHeader().defaultSectionSize()
        if self.data_table.rowCount():
            row = max(row, self.data_table.rowHeight(0))
        self.data_table.setMinimumHeight(header + _TABLE_ROWS * row + 4)


def _bar(statistic: Statistic) -> Bar:
    return Bar(statistic.label, statistic.value, statistic.printed)
