"""Every figure of the report in one place: a list to search and sort, and charts.

The list holds the statistics and the photos with their sections; Enter goes to
the chosen one in the text. The charts compare the figures that share a unit
(never two units on one axis), each with a one-sentence summary written from
the data and a table of the same data, which a screen reader reads by row and
column (``charts_tab``). The dialog is sized in characters, so it grows with
the text, but never past the screen: each tab scrolls inside it.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QObject,
    QSize,
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
    QFrame,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from viewer.content import Document
from viewer.figures import chart_groups
from viewer.themes.theme import Theme
from viewer.ui.common.flow_layout import FlowLayout
from viewer.ui.common.screen_fit import fit_to_screen
from viewer.ui.common.search_field import SearchField
from viewer.ui.figures.charts_tab import ChartsTab, chart_summary, chart_title

__all__ = ["FiguresDialog", "chart_summary", "chart_title"]

_ID_ROLE = Qt.ItemDataRole.UserRole  # the figure's or photo's id, on the first column
_SORT_ROLE = Qt.ItemDataRole.UserRole + 1


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
        tabs.addTab(_scrolling(self._overview()), self.tr("&All figures"))
        charts = ChartsTab(document, self.groups, theme)
        self.chart, self.chart_choice = charts.chart, charts.chart_choice
        self.summary, self.data_table = charts.summary, charts.data_table
        tabs.addTab(_scrolling(charts), self.tr("C&harts"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        export = QPushButton(self.tr("&Export as CSV…"))
        buttons.addButton(export, QDialogButtonBox.ButtonRole.ActionRole)
        export.clicked.connect(self.export_requested)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(tabs)
        layout.addWidget(buttons)
        fit_to_screen(self, QSize(56, 38))

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
        bar = FlowLayout()  # wraps at a large text size
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
        # Rows as tall as their text wrapped, and a few of them in view before the tab scrolls.
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.setMinimumHeight(self.table.horizontalHeader().sizeHint().height() * 5)
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


def _scrolling(page: QWidget) -> QScrollArea:
    """``page`` in an area that scrolls when the dialog is smaller than it (a large text size)."""
    area = QScrollArea()
    area.setWidget(page)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the page's own controls
    return area
