"""The table of contents: every section in reading order, one row each.

Parts of a section are drawn indented, but all rows are kept at the top level
of the tree: Qt's accessible tree maps a nested item's selection to the wrong
row, so a screen reader would name another section than the one chosen. The
level is told to assistive technology in each row's description instead.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, QSize, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import (
    QHeaderView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

from viewer.reading.reading_map import SectionEntry

_SECTION_ROLE = Qt.ItemDataRole.UserRole
_LEVEL_ROLE = Qt.ItemDataRole.UserRole + 1


class _IndentByLevel(QStyledItemDelegate):
    """Draws a row indented by its level: one line's height per level below the first."""

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        shifted = QStyleOptionViewItem(option)
        shifted.rect = option.rect.adjusted(self._indent(option, index), 0, 0, 0)
        super().paint(painter, shifted, index)

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        size = super().sizeHint(option, index)
        return size + QSize(self._indent(option, index), 0)

    @staticmethod
    def _indent(option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> int:
        level = index.data(_LEVEL_ROLE)
        depth = int(level) - 1 if isinstance(level, int) else 0
        return depth * option.fontMetrics.height()


class ContentsTree(QTreeWidget):
    """The sections, to see where one is and to choose where to go."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("contents")
        self.setHeaderHidden(True)
        self.setRootIsDecorated(False)
        self.setItemDelegate(_IndentByLevel(self))
        # Titles keep their full width and scroll sideways at large sizes: never cut off.
        self.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.header().setStretchLastSection(False)
        self._items: list[QTreeWidgetItem] = []

    def fill(self, sections: Sequence[SectionEntry]) -> None:
        """Show ``sections`` (in reading order), replacing what was shown."""
        self.clear()
        self._items = []
        for number, entry in enumerate(sections):
            item = QTreeWidgetItem([entry.title])
            item.setData(0, _SECTION_ROLE, number)
            item.setData(0, _LEVEL_ROLE, entry.level)
            item.setData(
                0,
                Qt.ItemDataRole.AccessibleDescriptionRole,
                QCoreApplication.translate("ContentsTree", "Level {0}").format(entry.level),
            )
            self.addTopLevelItem(item)
            self._items.append(item)

    def item_for(self, section: int) -> QTreeWidgetItem:
        """The row of section number ``section``."""
        return self._items[section]

    @staticmethod
    def section_of(item: QTreeWidgetItem) -> int:
        """The number of the section that ``item`` shows."""
        return int(item.data(0, _SECTION_ROLE))

    @staticmethod
    def level_of(item: QTreeWidgetItem) -> int:
        """The level of the section that ``item`` shows (1 for a top-level section)."""
        return int(item.data(0, _LEVEL_ROLE))
