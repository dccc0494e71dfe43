"""What assistive technology is told about the reading pane's blocks.

Qt describes a QLabel as static text whatever it shows; a screen reader then
cannot move by heading or hear what a block is. These interfaces give each
block its real role (heading, paragraph, list item, graphic), its text as its
name, and, for a heading, its level in the description, which screen readers
read out ("二级标题"), since Qt's bridge to AT-SPI does not pass a level set
from Python.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAccessible, QAccessibleInterface
from PySide6.QtWidgets import QAccessibleWidget

from viewer.reading.reading_map import Kind
from viewer.ui.reading_pane import BlockView

_ROLES = {
    Kind.HEADING: QAccessible.Role.Heading,
    Kind.SUBHEADING: QAccessible.Role.Paragraph,
    Kind.PARAGRAPH: QAccessible.Role.Paragraph,
    Kind.LIST_ITEM: QAccessible.Role.ListItem,
    Kind.FIGURE: QAccessible.Role.Paragraph,
    Kind.PHOTO: QAccessible.Role.Graphic,
}


def block_description(view: BlockView) -> str:
    """What kind of block ``view`` is, in words a screen reader says after its text."""
    kind = view.block.kind
    if kind is Kind.HEADING:
        return QCoreApplication.translate("Accessibility", "Heading level {0}").format(view.level)
    if kind is Kind.FIGURE:
        return QCoreApplication.translate("Accessibility", "Figure")
    if kind is Kind.PHOTO:
        return QCoreApplication.translate("Accessibility", "Photo without an image")
    if kind is Kind.LIST_ITEM:
        return QCoreApplication.translate("Accessibility", "List item")
    return ""


class BlockInterface(QAccessibleWidget):
    """A block, as assistive technology sees it."""

    def __init__(self, view: BlockView) -> None:
        super().__init__(view, _ROLES[view.block.kind])
        self._view = view

    def text(self, kind: QAccessible.Text) -> str:
        """Its name is the text shown; its description says what it is."""
        if kind == QAccessible.Text.Name:
            return self._view.plain_text()
        if kind == QAccessible.Text.Description:
            return block_description(self._view)
        return str(super().text(kind))


class BlockAccessibility:
    """Installs the interfaces and keeps each alive as long as its block.

    Qt keeps only a C++ pointer to an interface made in Python, so the Python
    object must be kept here until its widget is gone.
    """

    def __init__(self) -> None:
        self._interfaces: dict[int, BlockInterface] = {}

    def install(self) -> None:
        """Start describing blocks, for the rest of the process.

        Call once, before any window is shown, and keep this object for as
        long as the application runs: Qt offers no way to remove a factory.
        """
        QAccessible.installFactory(self._factory)

    def _factory(self, _class_name: str, obj: QObject) -> QAccessibleInterface | None:
        if not isinstance(obj, BlockView):
            return None
        key = id(obj)
        interface = BlockInterface(obj)
        self._interfaces[key] = interface
        obj.destroyed.connect(lambda *_: self._interfaces.pop(key, None))
        return interface
