"""What the page's accessible children share, and the object of a list.

Blocks and lists are drawn by the page, not widgets of their own: each asks
the page (``PageAccessibility``) where it is on screen and what it holds.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol

import shiboken6
from PySide6.QtCore import QObject, QPoint, QRect
from PySide6.QtGui import QAccessible, QAccessibleInterface, QWindow
from PySide6.QtWidgets import QWidget

from viewer.reading.caret import Place
from viewer.reading.reading_map import ReadingMap


@dataclass(frozen=True)
class PageGeometry:
    """What the objects ask the page: where things are on screen, the caret, the words."""

    block_rect: Callable[[int], QRect]
    block_at: Callable[[QPoint], int | None]
    character_rect: Callable[[int, int], QRect]
    offset_at: Callable[[int, QPoint], int]
    caret: Callable[[], Place]
    set_caret: Callable[[Place], None]
    scroll_to: Callable[[int, int, int], None]
    text_read: Callable[[int], None]
    has_focus: Callable[[], bool]
    name_of: Callable[[int], str]
    description_of: Callable[[int], str]


class PageAccessibility(Protocol):
    """The page's objects, as a block's or a list's object finds the others."""

    view: QWidget
    map: ReadingMap
    geometry: PageGeometry
    quiet: int | None  # the block whose name and description are kept back

    @property
    def valid(self) -> bool:
        """Whether the page is still there."""

    def page_interface(self) -> QAccessibleInterface | None:
        """The page's own object."""

    def block(self, index: int) -> QAccessibleInterface:
        """The object of block ``index``."""

    def list_interface(self, group: int) -> ListInterface:
        """The object of list ``group``."""


def no_interface() -> int:
    """What ``interface_cast`` returns for an interface not offered.

    Not None: Qt would crash converting it back into a null pointer.
    """
    return shiboken6.VoidPtr(0)  # type: ignore[return-value]


class PageChild(QAccessibleInterface):
    """What a block and a list share: they live in the page's window, and have no children."""

    page: PageAccessibility

    def isValid(self) -> bool:
        """Whether the page is still there."""
        return self.page.valid

    def object(self) -> QObject | None:
        """None: the object is drawn by the page, not a widget of its own."""
        return None

    def window(self) -> QWindow | None:
        """The page's window."""
        return self.page.view.window().windowHandle() if self.page.valid else None

    def childAt(self, x: int, y: int) -> QAccessibleInterface | None:
        """No child is found by its position."""
        del x, y
        return None

    def focusChild(self) -> QAccessibleInterface | None:
        """No child has the focus."""
        return None

    def setText(self, kind: QAccessible.Text, text: str) -> None:
        """The text cannot be changed."""
        del kind, text


class ListInterface(PageChild):
    """A list of the document: its items are its children."""

    def __init__(self, page: PageAccessibility, group: int, items: range) -> None:
        QAccessibleInterface.__init__(self)
        self.page = page
        self.group = group
        self.items = items

    def parent(self) -> QAccessibleInterface | None:
        """The page."""
        return self.page.page_interface()

    def child(self, index: int) -> QAccessibleInterface | None:
        """Item ``index`` of the list."""
        return self.page.block(self.items[index]) if 0 <= index < len(self.items) else None

    def childCount(self) -> int:
        """How many items the list has."""
        return len(self.items)

    def indexOfChild(self, child: QAccessibleInterface) -> int:
        """Which item ``child`` is."""
        index = getattr(child, "index", -1)
        return index - self.items.start if index in self.items else -1

    def role(self) -> QAccessible.Role:
        """A list."""
        return QAccessible.Role.List

    def state(self) -> QAccessible.State:
        """Nothing to say of its state."""
        return QAccessible.State()

    def rect(self) -> QRect:
        """From its first item to its last."""
        first = self.page.geometry.block_rect(self.items.start)
        return first.united(self.page.geometry.block_rect(self.items.stop - 1))

    def relations(
        self, match: QAccessible.RelationFlag = QAccessible.RelationFlag.AllRelations
    ) -> list[tuple[QAccessibleInterface, QAccessible.RelationFlag]]:
        """None: its items flow from one to the next."""
        del match
        return []

    def text(self, kind: QAccessible.Text) -> str:
        """No name: a screen reader says "list with n items" itself."""
        del kind
        return ""

    def interface_cast(self, kind: QAccessible.InterfaceType) -> int:
        """No other interface."""
        del kind
        return no_interface()
