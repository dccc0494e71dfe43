"""Drawing an item of the page: frames, bullets, notes, the text, the marks and the caret."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFontMetricsF,
    QPainter,
    QPen,
    QTextCharFormat,
    QTextLayout,
)

from viewer.reading.blocks import Block, Kind
from viewer.reading.caret import TextRange
from viewer.ui.page.document_layout import DocumentLayout
from viewer.ui.page.item_layout import ItemLayout, TextPiece
from viewer.ui.page.page_style import FOCUS_WIDTH, PageStyle


@dataclass(frozen=True)
class PaintState:
    """What is marked on the page as it is drawn.

    Attributes:
        caret_block: The block with the caret.
        caret_offset: Where in it.
        focused: Whether the page has the keyboard focus (the caret and the
            focus frame are drawn then).
        selected: What is selected, if anything (it may span a million blocks:
            each block drawn asks for its own part).
        reading: The characters being read aloud, (block, start, end).
        word: The word being heard, (block, start, end).
    """

    caret_block: int
    caret_offset: int
    focused: bool
    selected: TextRange | None
    reading: tuple[int, int, int] | None
    word: tuple[int, int, int] | None = None


@dataclass(frozen=True)
class Painting:
    """What every item of one repaint is drawn with."""

    painter: QPainter
    blocks: tuple[Block, ...]
    style: PageStyle
    state: PaintState


def _range(start: int, end: int, char_format: QTextCharFormat) -> QTextLayout.FormatRange:
    marked = QTextLayout.FormatRange()
    marked.start, marked.length, marked.format = start, end - start, char_format
    return marked


def _selected_in(chosen: TextRange | None, block: int, length: int) -> tuple[int, int] | None:
    """The characters of block ``block`` (``length`` long) that ``chosen`` holds."""
    if chosen is None or not chosen.start.block <= block <= chosen.end.block:
        return None
    first = chosen.start.offset if block == chosen.start.block else 0
    last = chosen.end.offset if block == chosen.end.block else length
    return first, last


def _marks(
    block: int, state: PaintState, style: PageStyle, blocks: Sequence[Block]
) -> list[QTextLayout.FormatRange]:
    marks = []
    if state.reading is not None and state.reading[0] == block:
        reading = QTextCharFormat()
        reading.setBackground(QBrush(style.reading_background))
        reading.setForeground(QBrush(style.reading_text))
        reading.setFontUnderline(True)  # not by colour alone
        marks.append(_range(state.reading[1], state.reading[2], reading))
    if state.word is not None and state.word[0] == block:
        # Inside the marked sentence, the sentence's colours the other way round
        # (as legible in every theme, and seen inside it); alone, its colours.
        inside = state.reading is not None and state.reading[0] == block
        word = QTextCharFormat()
        word.setBackground(QBrush(style.reading_text if inside else style.reading_background))
        word.setForeground(QBrush(style.reading_background if inside else style.reading_text))
        word.setFontUnderline(True)
        marks.append(_range(state.word[1], state.word[2], word))
    chosen = _selected_in(state.selected, block, len(blocks[block].text))
    if chosen is not None and chosen[0] < chosen[1]:
        selected = QTextCharFormat()
        selected.setBackground(QBrush(style.selection_background))
        selected.setForeground(QBrush(style.selection_text))
        marks.append(_range(chosen[0], chosen[1], selected))
    return marks


def paint_page(painting: Painting, layout: DocumentLayout, top: int, page: QRectF) -> None:
    """Draw the items of ``layout`` in view on a page scrolled to ``top``."""
    painting.painter.fillRect(page, painting.style.background)
    item = layout.item_at(top)
    while item < len(layout) and layout.top(item) <= top + page.height():
        laid, _ = layout.layout(item)
        paint_item(painting, laid, QPointF(0, layout.top(item) - top))
        item += 1


def paint_item(painting: Painting, item: ItemLayout, origin: QPointF) -> None:
    """Draw ``item`` with its top-left corner at ``origin``."""
    if item.title is not None:
        painting.painter.setPen(painting.style.heading)
        item.title.draw(painting.painter, origin)
    for piece in item.pieces:
        _paint_piece(painting, piece, origin)


def _paint_piece(painting: Painting, piece: TextPiece, origin: QPointF) -> None:
    painter, style, state = painting.painter, painting.style, painting.state
    block = painting.blocks[piece.block]
    frame = piece.frame.translated(origin)
    here = piece.block == state.caret_block
    if block.kind is Kind.FIGURE:
        painter.setPen(QPen(style.border, 2))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(frame.adjusted(1, 1, -1, -1), 6, 6)
    if here:
        # The place being read is framed: in the focus colour with the focus,
        # in the edge colour without it, so it is always seen.
        colour = style.focus if state.focused else style.border
        width = FOCUS_WIDTH if state.focused else 1
        painter.setPen(QPen(colour, width))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        inset = width / 2
        painter.drawRoundedRect(frame.adjusted(inset, inset, -inset, -inset), 4, 4)
    text_origin = piece.origin + origin
    if piece.note:
        painter.setPen(style.muted)
        painter.setFont(style.small_font())
        metrics = QFontMetricsF(style.small_font())
        note_top = text_origin.y() - metrics.height() * style.typography.line_height
        painter.drawText(QPointF(text_origin.x(), note_top + metrics.ascent()), piece.note)
    if piece.bullet and piece.layout.lineCount():
        first = piece.layout.lineAt(0)
        painter.setPen(style.text)
        painter.setFont(piece.layout.font())
        baseline = text_origin.y() + first.y() + first.ascent()
        # At the page's left edge, the item's text after it.
        painter.drawText(QPointF(text_origin.x() - style.indent, baseline), "•")
    painter.setPen(style.colour_of(block))
    piece.layout.draw(painter, text_origin, _marks(piece.block, state, style, painting.blocks))
    if here and state.focused:
        caret = piece.caret_rect(state.caret_offset).translated(origin)
        painter.fillRect(caret, QColor(style.text))


def clip_rect(item: ItemLayout, origin: QPointF, width: float) -> QRectF:
    """The rectangle ``item`` covers when drawn at ``origin``."""
    return QRectF(origin.x(), origin.y(), width, item.height)
