"""The laid-out document in its scrolled view: where each block is on screen, and scrolling.

Positions come in three kinds: in the document (from its top), in the
viewport (what is shown), and on screen (for assistive technology). The
block being read keeps its place on screen when what is above it is laid
out at last, or when the page is laid out anew at another width or style.

Whatever moves the place brings its block wholly into view, a margin from the
edge (a block taller than the view: the caret's line, or the sentence read);
the place the viewer reopens at stays at the top until the reader moves.
"""

from __future__ import annotations

import math
from collections.abc import Callable

from PySide6.QtCore import QPoint, QPointF, QRect, QRectF
from PySide6.QtWidgets import QAbstractScrollArea

from viewer.reading.caret import Place
from viewer.ui.page.document_layout import DocumentLayout
from viewer.ui.page.item_layout import TextPiece
from viewer.ui.page.page_style import PageStyle

#: Room kept between the block brought into view and the edge of the view.
SCROLL_MARGIN = 24


class ScrolledLayout:
    """The document's layout as it stands in ``area``, scrolled to show the caret."""

    def __init__(
        self, area: QAbstractScrollArea, layout: DocumentLayout, caret: Callable[[], Place]
    ) -> None:
        self._area = area
        self.layout = layout
        self._caret = caret
        # The block kept at the top of the view until the reader moves (None: none).
        self._pinned: int | None = None
        self._view_height = area.viewport().height()  # as last measured
        area.verticalScrollBar().actionTriggered.connect(self._unpin)  # the reader scrolls

    def lay_out_anew(self, style: PageStyle, width: float) -> None:
        """Lay out at a new style or width, the caret's line where it was on screen."""
        caret = self._caret()
        was = self.line_top(caret)
        self.layout.reset(style, width)
        self.update_range()
        if self._pinned is not None:
            self._show_at_top(self._pinned)
        else:
            if not 0 <= was <= self._area.viewport().height():
                was = SCROLL_MARGIN  # out of view (or no view yet): near the top
            bar = self._area.verticalScrollBar()
            bar.setValue(bar.value() + round(self.line_top(caret) - was))
            self.settle()
            self._bring_into_view(caret.block)  # the new lines may have pushed it out
        self._area.viewport().update()

    def resized(self) -> None:
        """The view changed height only: the caret's block stays in view if it was."""
        before = self._view_height
        self.update_range()
        if self._pinned is not None:
            self._show_at_top(self._pinned)
            return
        caret = self._caret()
        line = self._line_rect(caret)
        if line.top() >= 0 and line.bottom() <= before:
            self._bring_into_view(caret.block)

    def line_top(self, place: Place) -> float:
        """Where the line of ``place`` starts, in the viewport."""
        return self._line_rect(place).top()

    # Geometry ---------------------------------------------------------------------------

    def piece(self, block: int) -> TextPiece:
        """The laid-out text of block ``block``."""
        item = self.layout.item_of[block]
        laid, delta = self.layout.layout(item)
        if delta:
            self.update_range()
        piece = laid.piece(block)
        assert piece is not None
        return piece

    def block_rect(self, block: int) -> QRect:
        """Where block ``block``'s frame is, in the viewport's coordinates."""
        piece = self.piece(block)
        top = self.layout.top(self.layout.item_of[block]) - self._area.verticalScrollBar().value()
        return piece.frame.translated(0, top).toAlignedRect()

    def screen_rect_of(self, block: int) -> QRect:
        """Where block ``block`` is on screen."""
        rect = self.block_rect(block)
        return QRect(self._area.viewport().mapToGlobal(rect.topLeft()), rect.size())

    def item_origin(self, block: int) -> QPointF:
        """Where the item of block ``block`` starts, in the viewport."""
        top = self.layout.top(self.layout.item_of[block]) - self._area.verticalScrollBar().value()
        return QPointF(0, top)

    def character_screen_rect(self, block: int, offset: int) -> QRect:
        """Where character ``offset`` of block ``block`` is on screen."""
        rect = self.piece(block).caret_rect(offset).translated(self.item_origin(block))
        rect.setWidth(max(rect.width(), rect.height() / 2))
        aligned = rect.toAlignedRect()
        return QRect(self._area.viewport().mapToGlobal(aligned.topLeft()), aligned.size())

    def offset_at_screen(self, block: int, point: QPoint) -> int:
        """The character of block ``block`` nearest to ``point`` on screen."""
        local = QPointF(self._area.viewport().mapFromGlobal(point)) - self.item_origin(block)
        return self.piece(block).offset_at_point(local)

    def block_at_screen(self, point: QPoint) -> int | None:
        """The block at ``point`` on screen, if the page shows one there."""
        local = self._area.viewport().mapFromGlobal(point)
        if not self._area.viewport().rect().contains(local):
            return None
        return self.place_at(local).block

    def place_at(self, point: QPoint) -> Place:
        """The place under ``point`` of the viewport."""
        y = point.y() + self._area.verticalScrollBar().value()
        item = self.layout.item_at(y)
        laid, _ = self.layout.layout(item)
        local = QPointF(point) - QPointF(
            0, self.layout.top(item) - self._area.verticalScrollBar().value()
        )
        chosen = min(laid.pieces, key=lambda p: _distance(p, local))
        return Place(chosen.block, chosen.offset_at_point(local))

    # Scrolling ---------------------------------------------------------------------------

    def update_range(self) -> None:
        """Let the scroll bar reach the whole document, as far as its height is known."""
        bar = self._area.verticalScrollBar()
        page = self._area.viewport().height()
        self._view_height = page
        bar.setRange(0, max(0, self.layout.height - page))
        bar.setPageStep(page)
        bar.setSingleStep(
            max(8, round(self.layout.style.px(self.layout.style.typography.reading_pt) * 1.5))
        )

    def pin_to_top(self, block: int) -> None:
        """Show block ``block`` at the top of the view, and keep it there until the reader moves.

        For the place the viewer reopens at: the window takes its size (and
        the page its width) after it, each time laying the page out anew.
        """
        self._pinned = block
        self._show_at_top(block)

    def scroll_to_block(self, block: int) -> None:
        """Bring block ``block`` wholly into view, a margin from the edge.

        A block taller than the view: the caret's line when the caret is in
        it, else its first line. Before the view is shown (the place the
        viewer reopens at), the block is shown at the top.
        """
        if not self._area.isVisible():
            self.pin_to_top(block)
            return
        self._pinned = None
        self._bring_into_view(block)

    def scroll_to_caret(self, place: Place, *, whole_block: bool) -> None:
        """Bring the caret at ``place`` into view: its line, or its whole block (it moved there)."""
        if whole_block:
            self.scroll_to_block(place.block)
        else:
            self.scroll_to_place(place)

    def scroll_to_span(self, block: int, start: int, end: int) -> None:
        """Bring characters ``start`` to ``end`` of block ``block`` into view (a sentence, a match).

        The whole block when it fits in the view; else the lines of the span,
        or its first line when they do not fit either.
        """
        self._pinned = None
        if self._frame(block).height() <= self._area.viewport().height():
            self._bring_into_view(block)
            return
        first = self._line_rect(Place(block, start))
        last = self._line_rect(Place(block, max(start, end - 1)))
        bottom = max(first.bottom(), last.bottom())
        if bottom - first.top() > self._area.viewport().height():
            bottom = first.bottom()
        self._scroll_into(first.top(), bottom)
        self.settle(block)

    def scroll_to_place(self, place: Place) -> None:
        """Bring the line of ``place`` (the caret's) into view, a margin from the edge."""
        self._pinned = None
        line = self._line_rect(place)
        if line.top() < 0 or line.bottom() > self._area.viewport().height():
            self._scroll_into(line.top(), line.bottom())

    def _bring_into_view(self, block: int) -> None:
        frame = self._frame(block)
        view = self._area.viewport().height()
        bar = self._area.verticalScrollBar()
        if frame.height() <= view:
            if frame.top() >= 0 and frame.bottom() <= view:
                return
            if self.layout.item_of[block] == 0 and frame.bottom() + bar.value() <= view:
                bar.setValue(0)  # the document's title above it stays in view
            else:
                self._scroll_into(frame.top(), frame.bottom())
        else:  # taller than the view: the caret's line, or the block's first
            caret = self._caret()
            line = self._line_rect(caret if caret.block == block else Place(block, 0))
            if line.top() >= 0 and line.bottom() <= view:
                return
            self._scroll_into(line.top(), line.bottom())
        self.settle(block)

    def _show_at_top(self, block: int) -> None:
        bar = self._area.verticalScrollBar()
        frame = self.piece(block).frame.translated(0, self.layout.top(self.layout.item_of[block]))
        # The document's title above the first block, if the block fits below it.
        first = self.layout.item_of[block] == 0 and frame.bottom() <= self._area.viewport().height()
        bar.setValue(0 if first else round(frame.top()) - SCROLL_MARGIN)
        self.settle(block)

    def _unpin(self) -> None:
        self._pinned = None

    def _frame(self, block: int) -> QRectF:
        """Block ``block``'s frame, in the viewport's coordinates."""
        piece = self.piece(block)
        return piece.frame.translated(self.item_origin(block))

    def _line_rect(self, place: Place) -> QRectF:
        """The line of ``place``, in the viewport's coordinates."""
        return (
            self.piece(place.block)
            .caret_rect(place.offset)
            .translated(self.item_origin(place.block))
        )

    def _scroll_into(self, top: float, bottom: float) -> None:
        """Scroll so that ``top`` to ``bottom`` (viewport coordinates) are in view, with a margin.

        The margin is less when the span nearly fills the view; a span taller
        than the view is shown from its top.
        """
        view = self._area.viewport().height()
        margin = max(0.0, min(SCROLL_MARGIN, (view - (bottom - top)) / 2))
        bar = self._area.verticalScrollBar()
        if top < margin or bottom - top > view:
            bar.setValue(bar.value() + math.floor(top - margin))
        elif bottom > view - margin:
            bar.setValue(bar.value() + math.ceil(bottom - view + margin))

    def settle(self, keep: int | None = None) -> None:
        """Lay out what is in view, keeping block ``keep`` (or the caret's) where it is on screen.

        An item's height is estimated until it is first laid out; when those
        above the block being read turn out taller or shorter, the page
        scrolls by as much, so that what the reader looks at does not move.
        """
        bar = self._area.verticalScrollBar()
        layout = self.layout
        for _ in range(8):  # each round lays out what the last one brought into view
            top, bottom = bar.value(), bar.value() + self._area.viewport().height()
            anchor = layout.item_of[self._caret().block if keep is None else keep]
            if not top <= layout.top(anchor) <= bottom:
                anchor = layout.item_at(top)
            anchor_y = layout.top(anchor) - top
            changed = False
            item = layout.item_at(top)
            while item < len(layout) and layout.top(item) <= bottom:
                changed = bool(layout.layout(item)[1]) or changed
                item += 1
            if not changed:
                return
            self.update_range()
            bar.setValue(layout.top(anchor) - anchor_y)

    def lines_per_page(self) -> int:
        """How many lines of reading text a screenful holds (less one, to keep the place)."""
        style = self.layout.style
        line = style.px(style.typography.reading_pt) * 1.4 * style.typography.line_height
        return max(1, int(self._area.viewport().height() / max(1.0, line)) - 1)


def _distance(piece: TextPiece, point: QPointF) -> float:
    frame = piece.frame
    dx = max(frame.left() - point.x(), 0.0, point.x() - frame.right())
    dy = max(frame.top() - point.y(), 0.0, point.y() - frame.bottom())
    return dx * dx + dy * dy
