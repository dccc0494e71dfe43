"""The reading pane: one page of the document as a column of focusable blocks.

A page is a top-level section (with its parts) or the photos. Only the block
being read is a Tab stop: Tab enters the pane at the place being read and
leaves it at once, so the pane is never a keyboard trap. The pane is the
window's ``PageView``: the voice marks the sentence it reads in it, and find
selects its matches.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

from viewer.content import Statistic
from viewer.reading.blocks import Block, Kind
from viewer.reading.reading_map import ReadingMap
from viewer.themes.theme import Theme
from viewer.themes.typography import Typography
from viewer.ui.common.flow_layout import FlowLayout
from viewer.ui.page.blocks import BlockStyle, BlockView, FigureCard
from viewer.ui.ports import TextSpan

_SCROLL_MARGIN = 24


class ReadingPane(QScrollArea):
    """Shows the page of the block being read, and that block in view."""

    # Move by one block from the focused one (+1 down, -1 up).
    step_requested = Signal(int)
    # The block with this index received the focus (by click, Tab or program).
    block_focused = Signal(int)
    # Another page is shown: its blocks are new widgets (the Tab order changes).
    page_changed = Signal()

    def __init__(
        self,
        reading_map: ReadingMap,
        statistics: dict[str, Statistic],
        title: str = "",
        parent: QWidget | None = None,
    ) -> None:
        """Build the pane; no page is shown until ``show_block``.

        Args:
            reading_map: The document in reading order.
            statistics: The statistics by id, to show the figures as cards.
            title: The document's title, at the head of every page.
            parent: The parent widget.
        """
        super().__init__(parent)
        self.setObjectName("readingPane")
        self._map = reading_map
        self._statistics = statistics
        self._title = title
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        # The blocks take the focus, not the scroll area.
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.block_style = BlockStyle()
        self._spacing = 12
        self.page: int | None = None
        self._views: dict[int, BlockView] = {}
        self._current: BlockView | None = None
        self._marked: int | None = None  # the block with the read-aloud mark
        self.setWidget(QWidget())

    # Showing ------------------------------------------------------------------------

    def show_block(self, index: int, *, focus: bool) -> None:
        """Make block ``index`` the one being read: show its page, bring it into view.

        Args:
            index: The block.
            focus: Give it the keyboard focus. A page change deletes the widget
                that may hold the focus: the focus then goes to the block too,
                never to nowhere.
        """
        page = self._map.page_of(index)
        if page != self.page:
            focused = self.window().focusWidget()
            focus = focus or (focused is not None and self.isAncestorOf(focused))
            self._show_page(page)
            self.page_changed.emit()
        self._set_current(index, focus=focus)

    def _show_page(self, page: int) -> None:
        self._current = None
        self._marked = None
        self._views.clear()
        container = QWidget()
        container.setObjectName("page")
        container.setBackgroundRole(QPalette.ColorRole.Base)
        container.setAutoFillBackground(True)
        layout = QVBoxLayout(container)
        layout.setSpacing(self._spacing)
        if self._title:
            header = QLabel(self._title, container)
            header.setObjectName("documentHeader")
            header.setTextFormat(Qt.TextFormat.PlainText)
            header.setWordWrap(True)
            layout.addWidget(header)
        first_page = self.page is None
        cards: QWidget | None = None  # the group of the figures being laid out
        for block in self._map.page_blocks(page):
            statistic = (
                self._statistics.get(block.item_id or "") if block.kind is Kind.FIGURE else None
            )
            if statistic is None:
                cards, holder = None, container
            else:
                if cards is None:
                    cards = self._card_group(container)
                    layout.addWidget(cards)
                holder = cards
            view = self._view_for(block, statistic, holder)
            holder_layout = holder.layout()
            assert holder_layout is not None
            holder_layout.addWidget(view)
            view.step_requested.connect(self.step_requested)
            view.focused.connect(self._on_focused)
            self._views[block.index] = view
            if first_page:
                # Just after it is shown: the first time, PySide takes some 50 ms
                # to learn Qt's text control class, better spent once the first
                # page is on screen (no screen reader has heard of it yet).
                QTimer.singleShot(0, view, view.quieten_text_control)
            else:
                view.quieten_text_control()
        layout.addStretch(1)
        self.setWidget(container)  # deletes the previous page's widgets
        self.page = page

    def _view_for(self, block: Block, statistic: Statistic | None, holder: QWidget) -> BlockView:
        level = self._map.sections[block.section].level
        if statistic is not None:
            return FigureCard(block, statistic, level, self.block_style, holder)
        return BlockView(block, level, self.block_style, holder)

    def _card_group(self, page: QWidget) -> QWidget:
        """A row of cards that wraps onto new lines, for a section's figures."""
        group = QWidget(page)
        group.setObjectName("keyNumbers")
        group.setAccessibleName(QCoreApplication.translate("ReadingPane", "Key numbers"))
        FlowLayout(group, spacing=self._spacing)
        return group

    def apply_style(self, theme: Theme, typography: Typography) -> None:
        """Follow a new theme or typography: line height, read-aloud colours, spacing."""
        style = self.block_style
        style.line_height = typography.line_height
        style.reading_text = theme["reading_text"]
        style.reading_background = theme["reading_background"]
        dpi = self.logicalDpiY() or 96
        self._spacing = round(typography.paragraph_spacing * typography.reading_pt * dpi / 72)
        page = self.widget()
        layout = page.layout() if page is not None else None
        if layout is not None:
            layout.setSpacing(self._spacing)
        for view in self._views.values():
            view.refresh_text()
        if self._current is not None:
            self._scroll_to(self._current)

    # The blocks ---------------------------------------------------------------------

    def views(self) -> list[BlockView]:
        """Return the widgets of the page shown, in reading order."""
        return list(self._views.values())

    def view(self, index: int) -> BlockView | None:
        """Return the widget of block ``index`` if it is on the page shown."""
        return self._views.get(index)

    def current_view(self) -> BlockView | None:
        """Return the widget of the block being read, if any."""
        return self._current

    def focus_current(self) -> None:
        """Give the keyboard focus to the block being read."""
        if self._current is not None:
            self._current.setFocus(Qt.FocusReason.OtherFocusReason)

    def _set_current(self, index: int, *, focus: bool) -> None:
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
        page = self.widget()
        if page is None:
            return
        # Where it is on the page: a card's own position is within its group of cards.
        top_on_page = view.mapTo(page, QPoint(0, 0)).y()
        bar = self.verticalScrollBar()
        top = top_on_page - bar.value()
        if top < 0 or top + view.height() > self.viewport().height():
            bar.setValue(top_on_page - _SCROLL_MARGIN)

    # The page as other parts see it (ports.PageView) --------------------------------

    def mark_reading(self, span: TextSpan | None) -> None:
        """Mark ``span`` as being read aloud, and nothing else (None: no mark)."""
        if self._marked is not None and (span is None or span.block != self._marked):
            old = self._views.get(self._marked)
            if old is not None:
                old.set_reading_range(None)
            self._marked = None
        if span is None:
            return
        view = self._views.get(span.block)
        if view is not None:
            view.set_reading_range(span.start, span.end)
            self._marked = span.block

    def selection(self) -> TextSpan | None:
        """The text selected in the block being read, in the block's own offsets."""
        view = self._current
        if view is None or not view.hasSelectedText():
            return None
        start, end = view.selected_range()
        return TextSpan(view.block.index, start, end)

    def select(self, span: TextSpan) -> None:
        """Select ``span`` if its block is on the page shown."""
        view = self._views.get(span.block)
        if view is not None:
            view.select_range(span.start, span.end)
