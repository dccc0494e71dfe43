"""What assistive technology is told about a block: its role, name, description and text.

Qt describes a QLabel as static text whatever it shows; a screen reader then
cannot move by heading or hear what a block is. This interface gives each
block its real role (heading, paragraph, list item, graphic), its text as its
name, and, for a heading, its level in the description, which screen readers
read out ("2级标题"), since Qt's bridge to AT-SPI does not pass a level set
from Python. Each block also offers the text interface, through which a screen
reader reads by character, word, line and sentence, and says all from the caret.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QCoreApplication, QPoint, QRect
from PySide6.QtGui import QAccessible, QAccessibleTextInterface
from PySide6.QtWidgets import QAccessibleWidget

from viewer.reading.blocks import Kind
from viewer.ui.page.blocks import BlockView, FigureCard

_ROLES = {
    Kind.HEADING: QAccessible.Role.Heading,
    Kind.SUBHEADING: QAccessible.Role.Paragraph,
    Kind.PARAGRAPH: QAccessible.Role.Paragraph,
    Kind.LIST_ITEM: QAccessible.Role.ListItem,
    Kind.FIGURE: QAccessible.Role.Paragraph,
    Kind.PHOTO: QAccessible.Role.Graphic,
    Kind.CREDIT: QAccessible.Role.Paragraph,
}


def block_description(view: BlockView) -> str:
    """What kind of block ``view`` is, in words a screen reader says after its text."""
    kind = view.block.kind
    if kind is Kind.HEADING:
        return QCoreApplication.translate("Accessibility", "Heading level {0}").format(view.level)
    if kind is Kind.FIGURE:
        if isinstance(view, FigureCard):  # the number as printed, for braille
            return QCoreApplication.translate("Accessibility", "Figure, {0}").format(
                view.statistic.printed
            )
        return QCoreApplication.translate("Accessibility", "Figure")
    if kind is Kind.PHOTO:
        return QCoreApplication.translate("Accessibility", "Photo without an image")
    if kind is Kind.LIST_ITEM:
        return QCoreApplication.translate("Accessibility", "List item")
    return ""


# Both bases declare text(); the one method below answers both.
class BlockInterface(QAccessibleWidget, QAccessibleTextInterface):
    """A block, as assistive technology sees it: role, name, description and text."""

    def __init__(self, view: BlockView) -> None:
        QAccessibleWidget.__init__(self, view, _ROLES[view.block.kind])
        QAccessibleTextInterface.__init__(self)
        self._view = view
        self._cursor = 0

    # Qt takes a VoidPtr here although the stubs say int.
    def interface_cast(self, kind: QAccessible.InterfaceType) -> int:
        """Offer the text interface.

        A Python object is made of one C++ object per base class, so the text
        interface is the second of them; Qt takes it as a VoidPtr (a plain int
        is not converted back to a pointer).
        """
        if kind == QAccessible.InterfaceType.TextInterface:
            return shiboken6.VoidPtr(shiboken6.getCppPointer(self)[1])  # type: ignore[return-value]
        if kind == QAccessible.InterfaceType.ActionInterface:
            return super().interface_cast(kind)  # the only other one a widget has
        # Not None: Qt would crash converting it back into a null pointer. And
        # not super() either: its null pointer comes back as a None that was
        # never counted, and Python soon frees None itself.
        return shiboken6.VoidPtr(0)  # type: ignore[return-value]

    def text(self, *args: object) -> str:
        """Answer both kinds of text request: by kind, and by range.

        The name is the text shown and the description says what the block
        is; a range (start, end) gives those characters of the text.
        """
        plain = self._view.accessible_text()
        if len(args) == 2:  # the text interface's text(start, end)
            start, end = args
            assert isinstance(start, int)
            assert isinstance(end, int)
            return plain[start:end] if end >= 0 else plain[start:]
        kind = args[0]
        if kind == QAccessible.Text.Name:
            return plain
        if kind == QAccessible.Text.Description:
            return block_description(self._view)
        return str(QAccessibleWidget.text(self, kind))  # type: ignore[arg-type]

    # The text interface: read only; selection is left to the mouse.

    def characterCount(self) -> int:
        """The length of the text."""
        return len(self._view.accessible_text())

    def cursorPosition(self) -> int:
        """Where the screen reader's caret is (the label has none of its own)."""
        return min(self._cursor, self.characterCount())

    def setCursorPosition(self, position: int) -> None:
        """Move the screen reader's caret."""
        self._cursor = max(0, min(position, self.characterCount()))

    def selectionCount(self) -> int:
        """No selection is offered to assistive technology."""
        return 0

    def addSelection(self, start: int, end: int) -> None:
        """Selecting is not offered."""

    def removeSelection(self, index: int) -> None:
        """Selecting is not offered."""

    def setSelection(self, index: int, start: int, end: int) -> None:
        """Selecting is not offered."""

    def characterRect(self, offset: int) -> QRect:
        """The block's rectangle on screen, for magnifiers following the caret.

        A rich-text label does not say where each character is drawn.
        """
        del offset
        view = self._view
        return QRect(view.mapToGlobal(QPoint(0, 0)), view.size())

    def offsetAtPoint(self, point: QPoint) -> int:
        """Not known for a rich-text label."""
        del point
        return -1

    def scrollToSubstring(self, start: int, end: int) -> None:
        """Bring the block into view."""
        del start, end
        self._view.ensure_visible()
