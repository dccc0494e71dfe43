"""One item of the page laid out at a width: a block of text, or a row of figure cards.

Each block's text is a QTextLayout, which breaks it into lines, finds the
character under a point and the point of a character: what the caret, the
mouse and a magnifier need. Decorations (a list's bullet, the note on a photo
without an image, the card's frame) are drawn round the text, never in it, so
a character's offset is the same on screen, in the caret and for a screen reader.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication, QPointF, QRectF
from PySide6.QtGui import QFont, QFontMetricsF, QTextCharFormat, QTextLayout, QTextOption

from viewer.reading.blocks import Block, Kind
from viewer.ui.page.page_style import CARET_WIDTH, FOCUS_WIDTH, PageStyle

#: A card is this many lines of text wide, or as wide as its number needs.
_CARD_WIDTH_IN_LINES = 12


@dataclass
class TextPiece:
    """A block's text laid out, and where it stands within its item.

    Attributes:
        block: The block's index.
        layout: Its text, broken into lines.
        origin: Where the layout's top-left corner is, within the item.
        frame: The block's frame (the focus frame, a card's edge), within the item.
        note: Text drawn before the block's own, which is not part of it.
        bullet: Whether a bullet stands before it (a list item).
    """

    block: int
    layout: QTextLayout
    origin: QPointF
    frame: QRectF
    note: str = ""
    bullet: bool = False

    def caret_rect(self, offset: int) -> QRectF:
        """Where the caret stands before character ``offset``, within the item."""
        line = self.layout.lineForTextPosition(min(offset, self.layout.text().__len__()))
        if not line.isValid():
            line = self.layout.lineAt(max(0, self.layout.lineCount() - 1))
        found = line.cursorToX(offset)  # (x, offset): typed as a bare object
        assert isinstance(found, tuple)
        x = float(found[0])
        return QRectF(self.origin.x() + x, self.origin.y() + line.y(), CARET_WIDTH, line.height())

    def line_of(self, offset: int) -> int:
        """The index of the line that holds character ``offset``."""
        line = self.layout.lineForTextPosition(offset)
        return line.lineNumber() if line.isValid() else max(0, self.layout.lineCount() - 1)

    def line_range(self, number: int) -> tuple[int, int]:
        """The characters of line ``number``: its first, and the one after its last."""
        line = self.layout.lineAt(number)
        return line.textStart(), line.textStart() + line.textLength()

    def offset_at(self, x: float, line_number: int) -> int:
        """The character nearest to ``x`` (within the item) on line ``line_number``."""
        line = self.layout.lineAt(max(0, min(line_number, self.layout.lineCount() - 1)))
        return line.xToCursor(x - self.origin.x())

    def offset_at_point(self, point: QPointF) -> int:
        """The character nearest to ``point`` (within the item)."""
        y = point.y() - self.origin.y()
        for number in range(self.layout.lineCount()):
            line = self.layout.lineAt(number)
            if y < line.y() + line.height() or number == self.layout.lineCount() - 1:
                return self.offset_at(point.x(), number)
        return 0


@dataclass
class ItemLayout:
    """An item laid out: its height and the pieces of text in it."""

    height: float
    pieces: list[TextPiece] = field(default_factory=list)
    title: QTextLayout | None = None

    def piece(self, block: int) -> TextPiece | None:
        """The piece of block ``block``, if it is in this item."""
        return next((p for p in self.pieces if p.block == block), None)


def _text_layout(text: str, font: QFont, width: float, line_height: float) -> QTextLayout:
    # Line breaks inside a block (a figure's number and what it counts) are
    # line separators to QTextLayout: the same length, so offsets do not move.
    layout = QTextLayout(text.replace("\n", "\u2028"), font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    layout.setTextOption(option)
    layout.setCacheEnabled(True)
    layout.beginLayout()
    y = 0.0
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(max(1.0, width))
        line.setPosition(QPointF(0, y + (line_height - line.height()) / 2))
        y += line_height  # what the reader chose, even where the font's box is taller
    layout.endLayout()
    return layout


def _layout_height(layout: QTextLayout, line_height: float) -> float:
    lines = layout.lineCount()
    if not lines:
        return line_height
    last = layout.lineAt(lines - 1)
    return max(lines * line_height, last.y() + last.height())


def lay_out_text(  # noqa: PLR0913 (what one block is laid out with, each once)
    block: Block,
    level: int,
    style: PageStyle,
    width: float,
    title: str = "",
    *,
    close: bool = False,
) -> ItemLayout:
    """A heading, paragraph, list item, photo or credit at ``width`` pixels.

    With ``close``, the block after it follows closely (the next item of a list).
    Every text starts at one left edge, in the column of the reading measure; a
    list's bullets stand at that edge and its items' text after them. A heading
    stands closer to its own text than to the text before it.
    """
    pad = style.padding
    x, column = style.column(width)
    right = x + column
    y = 0.0
    item = ItemLayout(0.0)
    if title:  # the document's title, at the head of the first block
        font = style.title_font()
        item.title = _text_layout(title, font, column - 2 * pad, style.line_height(font))
        item.title.setPosition(QPointF(x + pad, 0))
        y = _layout_height(item.title, style.line_height(font)) + style.spacing
    heading = block.kind in (Kind.HEADING, Kind.SUBHEADING)
    if block.kind is Kind.HEADING and not title:
        y += style.spacing  # the space before a heading: twice that after it
    bullet = block.kind is Kind.LIST_ITEM
    if bullet:
        pad = FOCUS_WIDTH + 2  # a list's items close together, as a list
    indent = style.indent if bullet else 0
    note = ""
    if block.kind is Kind.PHOTO:
        note = QCoreApplication.translate("ReadingPane", "Photo (no image available)")
    font = style.font_of(block, level)
    line_height = style.line_height(font)
    inner = column - 2 * style.padding - indent
    top = y + pad
    if note:
        top += style.line_height(style.small_font())
    layout = _text_layout(block.text, font, inner, line_height)
    height = _layout_height(layout, line_height)
    frame = QRectF(x, y, right - x, top - y + height + pad)
    origin = QPointF(x + style.padding + indent, top)
    item.pieces.append(TextPiece(block.index, layout, origin, frame, note, bullet))
    after = 0.0 if close else style.spacing / 2 if heading else style.spacing
    item.height = frame.bottom() + after  # the frame keeps items apart
    return item


def lay_out_cards(blocks: list[tuple[Block, str]], style: PageStyle, width: float) -> ItemLayout:
    """A section's figure cards at ``width`` pixels, in rows that wrap; each with its number."""
    pad = style.padding + 4
    number_font = style.number_font()
    label_font = style.font_of(blocks[0][0], 1)
    metrics = QFontMetricsF(label_font)
    left, available = style.column(width)
    gap = max(8.0, style.spacing / 2)
    item = ItemLayout(0.0)
    x, y, row_height = left, 0.0, 0.0
    for block, printed in blocks:
        number_width = QFontMetricsF(number_font).horizontalAdvance(printed)
        wanted = max(_CARD_WIDTH_IN_LINES * metrics.height(), number_width + 2 * pad + 1)
        card_width = max(min(available, wanted), 4.0 * pad)
        if x + card_width > left + available + 0.5 and x > left:
            x, y, row_height = left, y + row_height + gap, 0.0
        layout = _card_layout(block.text, len(printed), number_font, label_font, style)
        inner = card_width - 2 * style.padding
        _break_lines(layout, inner, style.line_height(label_font))
        height = _layout_height(layout, style.line_height(label_font)) + 2 * pad
        frame = QRectF(x, y, card_width, height)
        # The card's text at the page's one left edge (the frame's padding in).
        origin = QPointF(x + style.padding, y + pad)
        item.pieces.append(TextPiece(block.index, layout, origin, frame))
        row_height = max(row_height, height)
        x += card_width + gap
    item.height = y + row_height + style.spacing
    # Every card of a row is as tall as the tallest.
    for piece in item.pieces:
        same_row = [p for p in item.pieces if p.frame.top() == piece.frame.top()]
        piece.frame.setHeight(max(p.frame.height() for p in same_row))
    return item


def _card_layout(
    text: str, number_length: int, number_font: QFont, label_font: QFont, style: PageStyle
) -> QTextLayout:
    layout = QTextLayout(text.replace("\n", "\u2028"), label_font)
    number = QTextLayout.FormatRange()
    number.start, number.length = 0, number_length
    big = QTextCharFormat()
    big.setFont(number_font)
    number.format = big
    layout.setFormats([number])
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    layout.setTextOption(option)
    del style
    return layout


def _break_lines(layout: QTextLayout, width: float, line_height: float) -> None:
    layout.beginLayout()
    y = 0.0
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(max(1.0, width))
        height = max(line_height, line.height())
        line.setPosition(QPointF(0, y + (height - line.height()) / 2))
        y += height
    layout.endLayout()


def estimate_height(style: PageStyle, width: float) -> tuple[float, float]:
    """About how tall a block is before it is laid out: pixels a character, and pixels more.

    Only for scrolling through what is not shown yet; each item's real height
    replaces the estimate once it is laid out.
    """
    font_px = style.px(style.typography.reading_pt)
    line = font_px * style.typography.line_height
    per_line = max(1.0, (style.column(width)[1] - 2 * style.padding) / max(1.0, font_px))
    return line / per_line, line / 2 + 2 * style.padding + style.spacing
