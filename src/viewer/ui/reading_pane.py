"""The reading pane: one page of the document as a column of focusable blocks.

Each heading, paragraph, list item, figure and photo is its own widget, so that
moving through the text moves the keyboard focus, which is where a screen
reader reads from, and so that each block can tell assistive technology what it
is. Only the block being read is a Tab stop: Tab enters the pane at the place
being read and leaves it at once, so the pane is never a keyboard trap.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent, QPalette
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

from viewer.reading.reading_map import Block, Kind

_HEADING_SCALE = {1: 1.6, 2: 1.3}
_SCROLL_MARGIN = 24
# The read-aloud mark: black on warm yellow (contrast 15:1), underlined.
_READING_BACKGROUND = "#ffe680"
_READING_TEXT = "#000000"
_LIST_INDENT = 24
# Reading text is larger than the interface around it.
_TEXT_SCALE = 1.25

# Every block keeps a border so that focusing one does not move the text; the
# focused block's border shows where the reader is.
_STYLE = """
BlockView { border: 2px solid transparent; border-radius: 3px; padding: 2px 4px; }
BlockView:focus { border: 2px solid palette(highlight); }
"""


class BlockView(QLabel):
    """One block of text: wraps, can be focused, and shows where find matched."""

    # The reader pressed Down (+1) or Up (-1) to move to the next or previous block.
    step_requested = Signal(int)
    focused = Signal(int)

    def __init__(self, block: Block, level: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.block = block
        self.prefix = ""
        if block.kind is Kind.PHOTO:
            self.prefix = QCoreApplication.translate("ReadingPane", "Photo (no image available): ")
        elif block.kind is Kind.LIST_ITEM:
            self.prefix = "•\u2002"  # a bullet and an en space, indented below
            self.setContentsMargins(_LIST_INDENT, 0, 0, 0)
        self.setObjectName(f"block-{block.index}")
        self.setProperty("kind", block.kind.value)
        # Content is untrusted: plain text only, never markup or links.
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setText(self.prefix + block.text)
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        font = self.font()
        font.setPointSizeF(font.pointSizeF() * _TEXT_SCALE)
        if block.kind is Kind.HEADING:
            font.setPointSizeF(font.pointSizeF() * _HEADING_SCALE.get(level, 1.15))
            font.setBold(True)
        elif block.kind in (Kind.SUBHEADING, Kind.FIGURE):
            font.setBold(True)
        elif block.kind is Kind.PHOTO:
            font.setItalic(True)
        self.setFont(font)

    def set_reading_range(self, start: int | None, end: int = 0) -> None:
        """Mark characters ``start`` to ``end`` as being read aloud (None: no mark).

        The mark is drawn with rich text built from the escaped block text, so
        content can never inject markup; its colours also differ in weight and
        underline, so it does not rely on colour alone.
        """
        if start is None:
            self.setTextFormat(Qt.TextFormat.PlainText)
            self.setText(self.prefix + self.block.text)
            return
        text = self.block.text
        marked = (
            f"{escape(self.prefix + text[:start])}"
            f'<span style="background-color:{_READING_BACKGROUND}; color:{_READING_TEXT}; '
            f'text-decoration: underline;">{escape(text[start:end])}</span>'
            f"{escape(text[end:])}"
        )
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setText(marked)

    def set_tab_stop(self, on: bool) -> None:
        """Make this block the pane's Tab stop (or not)."""
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus if on else Qt.FocusPolicy.ClickFocus)

    def select_range(self, start: int, end: int) -> None:
        """Select characters ``start`` to ``end`` of the block's text (a find match)."""
        self.setSelection(len(self.prefix) + start, end - start)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Down and Up move to the next and previous block."""
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if modifiers == Qt.KeyboardModifier.NoModifier and event.key() in (
            Qt.Key.Key_Down,
            Qt.Key.Key_Up,
        ):
            self.step_requested.emit(1 if event.key() == Qt.Key.Key_Down else -1)
            event.accept()
            return
        super().keyPressEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        """Tell the pane this block is being read."""
        super().focusInEvent(event)
        self.focused.emit(self.block.index)


class ReadingPane(QScrollArea):
    """Shows one page (a top-level section, or the photos) as blocks."""

    # Move by one block from the focused one (+1 down, -1 up).
    step_requested = Signal(int)
    # The block with this index received the focus (by click, Tab or program).
    block_focused = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("readingPane")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        # The blocks take the focus, not the scroll area.
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setStyleSheet(_STYLE)
        self.page: int | None = None
        self._views: dict[int, BlockView] = {}
        self._current: BlockView | None = None
        self.setWidget(QWidget())

    def show_page(self, page: int, blocks: tuple[Block, ...], levels: dict[int, int]) -> None:
        """Show ``blocks`` as ``page``; ``levels`` gives each block's section level."""
        self._current = None
        self._views.clear()
        container = QWidget()
        container.setObjectName("page")
        container.setBackgroundRole(QPalette.ColorRole.Base)
        container.setAutoFillBackground(True)
        layout = QVBoxLayout(container)
        layout.setSpacing(12)
        for block in blocks:
            view = BlockView(block, levels[block.index], container)
            view.step_requested.connect(self.step_requested)
            view.focused.connect(self._on_focused)
            layout.addWidget(view)
            self._views[block.index] = view
        layout.addStretch(1)
        self.setWidget(container)  # deletes the previous page's widgets
        self.page = page

    def views(self) -> list[BlockView]:
        """Return the widgets of the page shown, in reading order."""
        return list(self._views.values())

    def view(self, index: int) -> BlockView | None:
        """Return the widget of block ``index`` if it is on the page shown."""
        return self._views.get(index)

    def current_view(self) -> BlockView | None:
        """Return the widget of the block being read, if any."""
        return self._current

    def set_current(self, index: int, *, focus: bool) -> None:
        """Make block ``index`` the one being read; scroll to it and maybe focus it."""
        view = self._views[index]
        if self._current is not None and self._current is not view:
            self._current.set_tab_stop(False)
            self._current.setSelection(0, 0)
        self._current = view
        view.set_tab_stop(True)
        page = self.widget()
        layout = page.layout() if page is not None else None
        if layout is not None:
            layout.activate()  # place a page just built before scrolling in it
        self._scroll_to(view)
        if focus:
            view.setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_focused(self, index: int) -> None:
        view = self._views.get(index)
        if view is not None and view is not self._current:
            if self._current is not None:
                self._current.set_tab_stop(False)
            self._current = view
            view.set_tab_stop(True)
        self._scroll_to(self._views[index])
        self.block_focused.emit(index)

    def _scroll_to(self, view: BlockView) -> None:
        """Bring ``view`` into sight, near the top when it was out of sight."""
        bar = self.verticalScrollBar()
        top = view.y() - bar.value()
        if top < 0 or top + view.height() > self.viewport().height():
            bar.setValue(view.y() - _SCROLL_MARGIN)
