"""The page as assistive technology sees it: an object per block, lists as lists, in reading order.

The page draws itself, so Qt knows nothing of its blocks; these interfaces
describe them. Each block is an object with its role (heading, paragraph,
list item), its text through the text interface, a heading's level as an
attribute (which screen readers say as "heading level 2"), and a "flows to"
relation to the next block: Orca's Say All follows it from block to block to
the end of the document. The items of a list are the children of a list
object, so a screen reader says "list with 5 items" on entering it. Objects
are made when first asked for and the least used are let go, so a document
of a million blocks costs no more than the review.

A block is never "focusable" (a screen reader would call every paragraph
"read only"); the one with the caret is "focused", so that a screen reader
follows the caret from block to block.
"""

from __future__ import annotations

from array import array
from collections import OrderedDict

import shiboken6
from PySide6.QtCore import QObject, QPoint
from PySide6.QtGui import (
    QAccessible,
    QAccessibleEvent,
    QAccessibleInterface,
    QAccessibleTextCursorEvent,
)
from PySide6.QtWidgets import QAccessibleWidget, QWidget

from viewer.reading.caret import Place
from viewer.reading.reading_map import ReadingMap
from viewer.ui.page.block_interface import BlockInterface
from viewer.ui.page.page_child import ListInterface, PageGeometry

#: Block objects kept at most; those let go are made again when asked for.
_KEPT = 5000


class PageObjects:
    """Makes and keeps the objects of the page's blocks and lists, and tells of caret moves."""

    def __init__(self, view: QWidget, reading_map: ReadingMap, geometry: PageGeometry) -> None:
        self.view = view
        self.map = reading_map
        self.geometry = geometry
        self._blocks: OrderedDict[int, BlockInterface] = OrderedDict()
        self._lists: dict[int, ListInterface] = {}
        self.quiet: int | None = None  # the block told of without its name (see focus)
        self._tops: tuple[array[int], array[int]] | None = None  # made when first asked for
        view.destroyed.connect(self._let_all_go)

    @property
    def tops(self) -> array[int]:
        """The page's children in order: a block's index, or -1 - n for list n."""
        return self._top_children()[0]

    @property
    def top_of(self) -> array[int]:
        """For each block, the number of the page's child it is (or is in)."""
        return self._top_children()[1]

    def _top_children(self) -> tuple[array[int], array[int]]:
        if self._tops is None:
            tops, top_of = array("q"), array("q", [0]) * len(self.map.blocks)
            for block in self.map.blocks:
                if block.group is None:
                    tops.append(block.index)
                elif not tops or tops[-1] != -1 - block.group:
                    tops.append(-1 - block.group)
                top_of[block.index] = len(tops) - 1
            self._tops = tops, top_of
        return self._tops

    @property
    def valid(self) -> bool:
        """Whether the page is still there."""
        return shiboken6.isValid(self.view)

    def page_interface(self) -> QAccessibleInterface | None:
        """The page's own object (the parent of the top-level blocks and lists)."""
        return QAccessible.queryAccessibleInterface(self.view) if self.valid else None

    def top_child(self, number: int) -> QAccessibleInterface | None:
        """The page's child ``number``: a block or a list."""
        if not 0 <= number < len(self.tops):
            return None
        code = self.tops[number]
        return self.block(code) if code >= 0 else self.list_interface(-1 - code)

    def index_of_top(self, child: QAccessibleInterface) -> int:
        """Which child of the page ``child`` is, or -1."""
        if isinstance(child, ListInterface):
            return self.top_of[child.items.start]
        if isinstance(child, BlockInterface) and self.map.blocks[child.index].group is None:
            return self.top_of[child.index]
        return -1

    def block(self, index: int) -> BlockInterface:
        """The object of block ``index``, made if need be."""
        found = self._blocks.get(index)
        if found is not None:
            self._blocks.move_to_end(index)
            return found
        made = BlockInterface(self, index)
        QAccessible.registerAccessibleInterface(made)
        self._blocks[index] = made
        if len(self._blocks) > _KEPT:
            _, old = self._blocks.popitem(last=False)
            QAccessible.deleteAccessibleInterface(QAccessible.uniqueId(old))
        return made

    def list_interface(self, group: int) -> ListInterface:
        """The object of list ``group``, made if need be."""
        found = self._lists.get(group)
        if found is None:
            found = self._lists[group] = ListInterface(self, group, self.map.list_items(group))
            QAccessible.registerAccessibleInterface(found)
        return found

    # Events -----------------------------------------------------------------------------

    def focus(self, block: int, *, quietly: bool = False) -> None:
        """Tell that the focus is on block ``block``: a screen reader says what it is.

        With ``quietly``, it is told without its name, which Orca then does not
        say: the page says what matters itself (the line or the word reached,
        the match found), where Orca would read the whole block. The name comes
        back once the caret has left the block.
        """
        if not self.valid:
            return
        before = self.quiet
        if quietly and before != block:
            self.quiet = block
            self._tell(block, QAccessible.Event.NameChanged, QAccessible.Event.DescriptionChanged)
        elif not quietly and before == block:
            self._give_name_back()
        self._tell(block, QAccessible.Event.Focus)
        if before is not None and before != block:
            self._give_name_back(before)  # once the focus is elsewhere: said by nobody

    def caret_moved(self, place: Place) -> None:
        """Tell that the caret moved to ``place`` (a screen reader says the character)."""
        if self.valid:
            QAccessible.updateAccessibility(
                QAccessibleTextCursorEvent(self.block(place.block), place.offset)
            )
            if self.quiet is not None and self.quiet != place.block:
                self._give_name_back()

    def _give_name_back(self, block: int | None = None) -> None:
        block = self.quiet if block is None else block
        if block == self.quiet:
            self.quiet = None
        if block is not None:
            self._tell(block, QAccessible.Event.NameChanged, QAccessible.Event.DescriptionChanged)

    def _tell(self, block: int, *kinds: QAccessible.Event) -> None:
        for kind in kinds:
            QAccessible.updateAccessibility(QAccessibleEvent(self.block(block), kind))

    def _let_all_go(self, _view: QObject | None = None) -> None:
        for interface in [*self._blocks.values(), *self._lists.values()]:
            QAccessible.deleteAccessibleInterface(QAccessible.uniqueId(interface))
        self._blocks.clear()
        self._lists.clear()


class PageInterface(QAccessibleWidget):
    """The page itself: a document whose children are its top-level blocks and lists.

    Its scroll bars are left out: the document scrolls to whatever is read.
    """

    def __init__(self, view: QWidget, objects: PageObjects) -> None:
        super().__init__(view, QAccessible.Role.Document)
        self._objects = objects

    def childCount(self) -> int:
        """The blocks and lists at the top of the document."""
        return len(self._objects.tops)

    def child(self, index: int) -> QAccessibleInterface | None:
        """Child ``index``: a block or a list."""
        return self._objects.top_child(index)

    def indexOfChild(self, child: QAccessibleInterface) -> int:
        """Which child ``child`` is, or -1."""
        return self._objects.index_of_top(child)

    def focusChild(self) -> QAccessibleInterface | None:
        """The block with the caret."""
        return self._objects.block(self._objects.geometry.caret().block)

    def childAt(self, x: int, y: int) -> QAccessibleInterface | None:
        """The block at ``x``, ``y`` on screen (for a screen reader's mouse review)."""
        block = self._objects.geometry.block_at(QPoint(x, y))
        if block is None:
            return None
        group = self._objects.map.blocks[block].group
        return (
            self._objects.list_interface(group) if group is not None else self._objects.block(block)
        )
