"""Every figure of the report in one place: a list to search and sort, and charts.

The list holds the statistics and the photos with their sections; Enter goes to
the chosen one in the text. The charts compare the figures that share a unit
(never two units on one axis), each with a one-sentence summary written from
the data and a table of the same data, which a screen reader reads by row and
column.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    QSortFilterProxyModel,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QKeyEvent, QShowEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from viewer.content import Document, Statistic
from viewer.figures import ChartGroup, chart_groups, extremes
from viewer.themes.theme import Theme
from viewer.ui.common.search_field import SearchField
from viewer.ui.figures.bar_chart import Bar, BarChart, ChartColours

_ID_ROLE = Qt.ItemDataRole.UserRole  # the figure's or photo's id, on the first column
_SORT_ROLE = Qt.ItemDataRole.UserRole + 1


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


class FiguresDialog(QDialog):
    """The figures overview and the charts."""

    # The reader chose a figure or photo (by id) to go to in the text.
    figure_chosen = Signal(str)
    # The reader asked to save the figures as CSV.
    export_requested = Signal()

    def __init__(self, document: Document, theme: Theme, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("figuresDialog")
        self.setWindowTitle(self.tr("Figures"))
        self._document = document
        self.groups = chart_groups(document)
        tabs = QTabWidget()
        tabs.addTab(self._overview(), self.tr("&All figures"))
        tabs.addTab(self._charts(theme), self.tr("C&harts"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        export = QPushButton(self.tr("&Export as CSV…"))
        buttons.addButton(export, QDialogButtonBox.ButtonRole.ActionRole)
        export.clicked.connect(self.export_requested)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(tabs)
        layout.addWidget(buttons)
        self.resize(900, 600)

    def showEvent(self, event: QShowEvent) -> None:
        """Open on the search field: most come to find a figure."""
        super().showEvent(event)
        # Once shown: QDialog gives the focus to its first widget (the tabs) after this.
        QTimer.singleShot(0, self.search.setFocus)

    # The overview -------------------------------------------------------------------

    def _overview(self) -> QWidget:
        page = QWidget()
        self.search = SearchField()
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleDescription(
            self.tr("Enter goes to the first figure found; Down goes into the list.")
        )
        search_label = QLabel(self.tr("&Search:"))
        search_label.setBuddy(self.search)
        self.sort_by = QComboBox()
        for text, column in (
            (self.tr("Order in the report"), -1),
            (self.tr("Section"), 2),
            (self.tr("What it counts"), 1),
            (self.tr("Number"), 0),
        ):
            self.sort_by.addItem(text, column)
        sort_label = QLabel(self.tr("S&ort by:"))
        sort_label.setBuddy(self.sort_by)
        bar = QHBoxLayout()
        for widget in (search_label, self.search, sort_label, self.sort_by):
            bar.addWidget(widget)

        self.model = QStandardItemModel(0, 3, self)
        self.model.setHorizontalHeaderLabels(
            [self.tr("Figure"), self.tr("What it counts"), self.tr("Section")]
        )
        for item_id, shown, value, label, section in self._rows():
            first = QStandardItem(shown)
            first.setData(item_id, _ID_ROLE)
            first.setData(value, _SORT_ROLE)
            items = [first, QStandardItem(label), QStandardItem(section)]
            for column, item in enumerate(items):
                item.setEditable(False)
                if column:
                    item.setData(item.text(), _SORT_ROLE)
            self.model.appendRow(items)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setFilterKeyColumn(-1)
        self.proxy.setSortRole(_SORT_ROLE)
        self.search.textChanged.connect(self.proxy.setFilterFixedString)
        self.sort_by.currentIndexChanged.connect(self._sort)

        self.table = QTableView()
        self.table.setObjectName("allFigures")
        self.table.setAccessibleName(self.tr("All figures"))
        self.table.setAccessibleDescription(self.tr("Press Enter to go to the figure in the text."))
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setWordWrap(True)
        self.table.activated.connect(self._choose)
        self.table.installEventFilter(self)
        self.search.installEventFilter(self)
        self.table.selectRow(0)

        layout = QVBoxLayout(page)
        layout.addLayout(bar)
        layout.addWidget(self.table)
        return page

    def _rows(self) -> list[tuple[str, str, float, str, str]]:
        document = self._document
        rows = [
            (s.id, s.printed, s.value, s.label, document.section(s.section_id).title)
            for s in document.statistics
        ]
        photo = self.tr("Photo")
        rows += [(p.id, photo, -1.0, p.alt, self.tr("Photos")) for p in document.photos]
        return rows

    def _sort(self) -> None:
        column = int(self.sort_by.currentData())
        if column < 0:
            self.proxy.sort(-1)  # the report's own order
        else:
            order = Qt.SortOrder.DescendingOrder if column == 0 else Qt.SortOrder.AscendingOrder
            self.proxy.sort(column, order)
        self.table.selectRow(0)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Enter in the list goes to its figure, in the search field to the first found.

        Down in the search field goes into the list.
        """
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return super().eventFilter(watched, event)
        enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if watched is self.table and enter:
            self._choose(self.table.currentIndex())
            return True
        if watched is self.search and enter:
            self._choose(self.proxy.index(0, 0))
            return True
        if watched is self.search and event.key() == Qt.Key.Key_Down:
            self.table.setFocus()
            self.table.selectRow(0)
            return True
        return super().eventFilter(watched, event)

    def _choose(self, index: QModelIndex) -> None:
        if not index.isValid():
            return
        item_id = self.proxy.index(index.row(), 0).data(_ID_ROLE)
        if isinstance(item_id, str):
            self.figure_chosen.emit(item_id)
            self.accept()

    # The charts ---------------------------------------------------------------------

    def _charts(self, theme: Theme) -> QWidget:
        page = QWidget()
        self.chart_choice = QComboBox()
        for group in self.groups:
            self.chart_choice.addItem(chart_title(group))
        choice_label = QLabel(self.tr("&Chart:"))
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
        self.data_table.setAccessibleName(self.tr("The chart's data"))
        self.data_table.setHorizontalHeaderLabels(
            [self.tr("What it counts"), self.tr("Figure"), self.tr("Section")]
        )
        self.data_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.data_table.setTabKeyNavigation(False)
        self.data_table.verticalHeader().hide()
        self.data_table.horizontalHeader().setStretchLastSection(True)
        self.chart_choice.currentIndexChanged.connect(self._show_chart)
        self.chart.current_changed.connect(self.data_table.selectRow)

        row = QHBoxLayout()
        row.addWidget(choice_label)
        row.addWidget(self.chart_choice, 1)
        layout = QVBoxLayout(page)
        layout.addLayout(row)
        layout.addWidget(self.summary)
        layout.addWidget(self.chart, 2)
        layout.addWidget(self.data_table, 1)
        if self.groups:
            self._show_chart(0)
        else:
            self.summary.setText(
                self.tr("No figures share a unit, so there is nothing to compare.")
            )
        return page

    def _show_chart(self, number: int) -> None:
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


def _bar(statistic: Statistic) -> Bar:
    return Bar(statistic.label, statistic.value, statistic.printed)
