"""The laid-out document in its scrolled view: where each block is on screen, and scrolling.

Positions come in three kinds: in the document (from its top), in the
viewport (what is shown), and on screen (for assistive technology). The
block being read keeps its place on screen when what is above it is laid
out at last, or when the page is laid out anew at another width or style.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPoint, QPointF, QRect
from PySide6.QtWidgets import QAbstractScrollArea

from viewer.reading.caret import Place
from viewer.ui.page.document_layout import DocumentLayout
from viewer.ui.page.item_layout import TextPiece
from viewer.ui.page.page_style import PageStyle

#: Room kept above the block brought into view.
SCROLL_MARGIN = 24


class ScrolledLayout:
    """The document's layout as it stands in ``area``, scrolled to show the caret."""

    def __init__(
        self, area: QAbstractScrollArea, layout: DocumentLayout, caret: Callable[[], Place]
    ) -> None:
        self._area = area
        self.layout = layout
        self._caret = caret

    def lay_out_anew(self, style: PageStyle, width: float) -> None:
        """Lay out at a new style or width, the caret's line where it was on screen."""
        caret = self._caret()
        was = self.line_top(caret)
        self.layout.reset(style, width)
        self.update_range()
        if not 0 <= was <= self._area.viewport().height():
            was = SCROLL_MARGIN  # out of view (or no view yet): near the top
        bar = self._area.verticalScrollBar()
        bar.setValue(bar.value() + round(self.line_top(caret) - was))
        self._area.viewport().update()

    def line_top(self, place: Place) -> float:
        """Where the line of ``place`` starts, in the viewport."""
        return (
            self.piece(place.block)
            .caret_rect(place.offset)
            .translated(self.item_origin(place.block))
            .top()
        )

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
        bar.setRange(0, max(0, self.layout.height - page))
        bar.setPageStep(page)
        bar.setSingleStep(
            max(8, round(self.layout.style.px(self.layout.style.typography.reading_pt) * 1.5))
        )

    def scroll_to_block(self, block: int) -> None:
        """Bring block ``block`` into view, near the top when it was out of view."""
        rect = self.block_rect(block)
        if rect.top() < 0 or rect.bottom() > self._area.viewport().height():
            if rect.height() > self._area.viewport().height() and block == self._caret().block:
                self.scroll_to_place(self._caret())
                return
            bar = self._area.verticalScrollBar()
            bar.setValue(bar.value() + rect.top() - SCROLL_MARGIN)
            self.settle(block)

    def scroll_to_place(self, place: Place) -> None:
        """Bring the line of ``place`` into view."""
        line = (
            self.piece(place.block)
            .caret_rect(place.offset)
            .translated(self.item_origin(place.block))
        )
        bar = self._area.verticalScrollBar()
        if line.top() < 0:
            bar.setValue(bar.value() + round(line.top()) - SCROLL_MARGIN)
        elif line.bottom() > self._area.viewport().height():
            bar.setValue(
                bar.value() + round(line.bottom()) - self._area.viewport().height() + SCROLL_MARGIN
            )

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
