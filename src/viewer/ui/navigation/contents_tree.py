"""The table of contents: every section in reading order, one row each.

Parts of a section are shown indented, but all rows are kept at the top level
of the tree: Qt's accessible tree maps a nested item's selection to the wrong
row, so a screen reader would name another section than the one chosen. The
level is told to assistive technology in each row's description instead.

The contents follow the reading place, and lead it: choosing a row goes to its
section (the focus stays in the contents), Enter moves into its text.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QSignalBlocker, Qt, Signal
from PySide6.QtWidgets import (
    QHeaderView,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

from viewer.reading.blocks import SectionEntry
from viewer.reading.navigator import Move, Navigator

_SECTION_ROLE = Qt.ItemDataRole.UserRole
_LEVEL_ROLE = Qt.ItemDataRole.UserRole + 1
_INDENT = "\u3000"  # an ideographic space


class ContentsTree(QTreeWidget):
    """The sections, to see where one is and to choose where to go."""

    # Enter on a row: the reader wants to read that section's text.
    read_requested = Signal()

    def __init__(self, navigator: Navigator, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("contents")
        self.setAccessibleName(self.tr("Contents"))
        self.setAccessibleDescription(
            self.tr("The sections of the document. Press Enter to read the chosen one.")
        )
        self.setHeaderHidden(True)
        self.setRootIsDecorated(False)
        # Every row is one line: the tree need not measure each of a report's
        # hundred thousand sections to scroll to one.
        self.setUniformRowHeights(True)
        # Titles keep their full width and scroll sideways at large sizes: never cut off.
        self.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # Measured on the rows in view: a report of a hundred thousand sections
        # would otherwise have a thousand rows measured at every move.
        self.header().setResizeContentsPrecision(0)
        self.header().setStretchLastSection(False)
        self._items: list[QTreeWidgetItem] = []
        self._navigator = navigator
        self.fill(navigator.map.sections)
        navigator.on_move(self._follow)
        self.currentItemChanged.connect(self._lead)
        self.itemActivated.connect(lambda *_: self.read_requested.emit())

    def _follow(self, move: Move) -> None:
        item = self.item_for(self._navigator.map.blocks[move.index].section)
        if self.currentItem() is not item:
            with QSignalBlocker(self):
                self.setCurrentItem(item)

    def _lead(self, item: QTreeWidgetItem | None, _previous: object) -> None:
        if item is not None:
            self._navigator.go_to_section_number(self.section_of(item), focus=False)

    def fill(self, sections: Sequence[SectionEntry]) -> None:
        """Show ``sections`` (in reading order), replacing what was shown."""
        self.clear()
        levels: dict[int, str] = {}  # "Level n", translated once for each n
        items = []
        for number, entry in enumerate(sections):
            # Parts are indented by an ideographic space (one character's width)
            # per level; screen readers get the title alone.
            item = QTreeWidgetItem([_INDENT * (entry.level - 1) + entry.title])
            item.setData(0, Qt.ItemDataRole.AccessibleTextRole, entry.title)
            item.setData(0, _SECTION_ROLE, number)
            item.setData(0, _LEVEL_ROLE, entry.level)
            level = levels.get(entry.level)
            if level is None:
                level = levels[entry.level] = QCoreApplication.translate(
                    "ContentsTree", "Level {0}"
                ).format(entry.level)
            item.setData(0, Qt.ItemDataRole.AccessibleDescriptionRole, level)
            items.append(item)
        self.addTopLevelItems(items)  # at once: one by one, each is laid out
        self._items = items

    def item_for(self, section: int) -> QTreeWidgetItem:
        """The row of section number ``section``."""
        return self._items[section]

    @staticmethod
    def section_of(item: QTreeWidgetItem) -> int:
        """The number of the section that ``item`` shows."""
        return int(item.data(0, _SECTION_ROLE))

    @staticmethod
    def title_of(item: QTreeWidgetItem) -> str:
        """The title of the section that ``item`` shows, without its indent."""
        return str(item.data(0, Qt.ItemDataRole.AccessibleTextRole))

    @staticmethod
    def level_of(item: QTreeWidgetItem) -> int:
        """The level of the section that ``item`` shows (1 for a top-level section)."""
        return int(item.data(0, _LEVEL_ROLE))
