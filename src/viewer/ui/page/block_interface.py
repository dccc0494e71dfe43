"""The accessible object of one block: its role, its text, its level and where it flows to."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QPoint, QRect
from PySide6.QtGui import (
    QAccessible,
    QAccessibleAttributesInterface,
    QAccessibleInterface,
    QAccessibleTextInterface,
)

from viewer.reading.blocks import Kind
from viewer.reading.caret import Place
from viewer.ui.page.page_child import PageAccessibility, PageChild, no_interface

_ROLES = {
    Kind.HEADING: QAccessible.Role.Heading,
    Kind.SUBHEADING: QAccessible.Role.Paragraph,
    Kind.PARAGRAPH: QAccessible.Role.Paragraph,
    Kind.LIST_ITEM: QAccessible.Role.ListItem,
    Kind.FIGURE: QAccessible.Role.Paragraph,
    Kind.PHOTO: QAccessible.Role.Paragraph,
    Kind.CREDIT: QAccessible.Role.Paragraph,
}


# Each base declares methods the others do not; the text interface's text() is
# answered by the one method below, which tells the two kinds of call apart.
class BlockInterface(PageChild, QAccessibleTextInterface, QAccessibleAttributesInterface):
    """A block of the document, with its text, its role and where it flows to."""

    def __init__(self, page: PageAccessibility, index: int) -> None:
        QAccessibleInterface.__init__(self)
        QAccessibleTextInterface.__init__(self)
        QAccessibleAttributesInterface.__init__(self)
        self.page: PageAccessibility = page
        self.index = index
        self._block = page.map.blocks[index]

    def interface_cast(self, kind: QAccessible.InterfaceType) -> int:
        """Offer the text interface, and for a heading its level as an attribute.

        A Python object is made of one C++ object per base class; Qt takes the
        one asked for as a VoidPtr (a plain int is not converted back).
        """
        pointers = shiboken6.getCppPointer(self)
        if kind == QAccessible.InterfaceType.TextInterface:
            return shiboken6.VoidPtr(pointers[1])  # type: ignore[return-value]
        if kind == QAccessible.InterfaceType.AttributesInterface and self._is_heading:
            return shiboken6.VoidPtr(pointers[2])  # type: ignore[return-value]
        return no_interface()

    @property
    def _is_heading(self) -> bool:
        return self._block.kind is Kind.HEADING

    # The object -------------------------------------------------------------------------

    def parent(self) -> QAccessibleInterface | None:
        """Its list, or the page."""
        group = self._block.group
        return self.page.list_interface(group) if group is not None else self.page.page_interface()

    def child(self, index: int) -> QAccessibleInterface | None:
        """No children."""
        del index
        return None

    def childCount(self) -> int:
        """No children."""
        return 0

    def indexOfChild(self, child: QAccessibleInterface) -> int:
        """No children."""
        del child
        return -1

    def role(self) -> QAccessible.Role:
        """Heading, paragraph or list item."""
        return _ROLES[self._block.kind]

    def state(self) -> QAccessible.State:
        """Focused when it holds the caret and the page has the focus; never focusable."""
        state = QAccessible.State()
        geometry = self.page.geometry
        state.focused = geometry.has_focus() and geometry.caret().block == self.index
        return state

    def rect(self) -> QRect:
        """Where it is on screen."""
        return self.page.geometry.block_rect(self.index)

    def relations(
        self, match: QAccessible.RelationFlag = QAccessible.RelationFlag.AllRelations
    ) -> list[tuple[QAccessibleInterface, QAccessible.RelationFlag]]:
        """It flows to the next block and from the one before.

        Qt reads each pair as "the other object relates to this one": the next
        block flows *from* this one.
        """
        found: list[tuple[QAccessibleInterface, QAccessible.RelationFlag]] = []
        last = len(self.page.map.blocks) - 1
        if match & QAccessible.RelationFlag.FlowsFrom and self.index < last:
            found.append((self.page.block(self.index + 1), QAccessible.RelationFlag.FlowsFrom))
        if match & QAccessible.RelationFlag.FlowsTo and self.index > 0:
            found.append((self.page.block(self.index - 1), QAccessible.RelationFlag.FlowsTo))
        return found

    # Attributes (a heading's level) ---------------------------------------------------

    def attributeKeys(self) -> list[QAccessible.Attribute]:
        """A heading has a level."""
        return [QAccessible.Attribute.Level] if self._is_heading else []

    def attributeValue(self, key: QAccessible.Attribute) -> object:
        """The level of a heading: its section's level."""
        if key == QAccessible.Attribute.Level and self._is_heading:
            return self.page.map.sections[self._block.section].level
        return None

    # Text ----------------------------------------------------------------------------------

    def text(self, *args: object) -> str:
        """Its name and description (by kind), or characters ``start`` to ``end`` of its text."""
        text = self._block.text
        if len(args) == 2:  # the text interface's text(start, end)
            start, end = args
            assert isinstance(start, int)
            assert isinstance(end, int)
            self.page.geometry.text_read(self.index)  # a screen reader reads it: kept in view
            return text[start:end] if end >= 0 else text[start:]
        kind = args[0]
        if self.page.quiet == self.index:
            return ""
        if kind == QAccessible.Text.Name:
            return self.page.geometry.name_of(self.index)
        if kind == QAccessible.Text.Description:
            return self.page.geometry.description_of(self.index)
        return ""

    def characterCount(self) -> int:
        """The length of its text."""
        return len(self._block.text)

    def cursorPosition(self) -> int:
        """Where the caret is, if it is in this block (else its start)."""
        caret = self.page.geometry.caret()
        return caret.offset if caret.block == self.index else 0

    def setCursorPosition(self, position: int) -> None:
        """Put the caret there (a screen reader's Say All stopped there)."""
        offset = max(0, min(position, self.characterCount()))
        self.page.geometry.set_caret(Place(self.index, offset))

    def selectionCount(self) -> int:
        """None is told: PySide cannot answer which characters a selection holds.

        The page says what is selected in its own messages instead.
        """
        return 0

    def addSelection(self, start: int, end: int) -> None:
        """Selecting from assistive technology is not offered."""
        del start, end

    def removeSelection(self, index: int) -> None:
        """Selecting from assistive technology is not offered."""
        del index

    def setSelection(self, index: int, start: int, end: int) -> None:
        """Selecting from assistive technology is not offered."""
        del index, start, end

    def characterRect(self, offset: int) -> QRect:
        """Where character ``offset`` is drawn on screen (for magnifiers)."""
        return self.page.geometry.character_rect(self.index, offset)

    def offsetAtPoint(self, point: QPoint) -> int:
        """The character at ``point`` on screen."""
        return self.page.geometry.offset_at(self.index, point)

    def scrollToSubstring(self, start: int, end: int) -> None:
        """Bring characters ``start`` to ``end`` into view (Say All reads there)."""
        self.page.geometry.scroll_to(self.index, start, end)
