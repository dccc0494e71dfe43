"""The document, or some of its blocks, set as print: black on white, at the reader's text size.

It is built from the reading map's blocks with ``QTextCursor``, as plain text:
the content is untrusted, so nothing of it is ever parsed as HTML. Whatever the
theme, the text is pure black and the paper is left white (nothing paints a
background), the most contrast paper can give. Headings are bold and sized by
their level, a figure is its number as printed (bold) with what it counts
below it, a photo is its caption after a note saying that there is no image,
and a list item has the report's dash before it. The sizes and the spacing
are the reader's: the text size (zoom), font, line height, paragraph and
letter spacing chosen for the page.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import (
    QColor,
    QFont,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
)

from viewer.reading.blocks import Kind
from viewer.reading.reading_map import ReadingMap
from viewer.themes.typography import Typography

#: Pure black, whatever the theme: printed text has the most contrast paper gives.
INK = QColor(0, 0, 0)
#: Before each list item, as the report itself marks them.
LIST_DASH = "——"
#: A text document is laid out at the screen's 96 dots an inch, then scaled to the printer.
_LAYOUT_DPI = 96.0


def printed_document(
    reading_map: ReadingMap,
    blocks: range,
    typography: Typography,
    family: str,
    *,
    title: Iterable[str] = (),
) -> QTextDocument:
    """Blocks ``blocks`` of ``reading_map`` set as print, after the lines of ``title``.

    Args:
        reading_map: The document in reading order.
        blocks: The indices of the blocks to print, in order.
        typography: The reader's text size and spacing.
        family: The font family (the one the page uses).
        title: Lines set first: the document's title, largest, and its subtitle.
    """
    document = QTextDocument()
    document.setUndoRedoEnabled(False)
    document.setDefaultFont(_font(family, typography, typography.reading_pt))
    document.setMetaInformation(
        QTextDocument.MetaInformation.DocumentTitle, reading_map.document.title
    )
    writer = _Writer(document, typography, family)
    for number, line in enumerate(title):  # the title, then its subtitle smaller
        if number == 0:
            writer.add(line, typography.title_pt, bold=True)
        else:
            writer.add(line, typography.heading_pt(2))
    note = QCoreApplication.translate("PrintedText", "Photo (no image available): {0}")
    reading_pt = typography.reading_pt
    for index in blocks:
        block = reading_map.blocks[index]
        if block.kind is Kind.HEADING:
            level = reading_map.sections[block.section].level
            writer.add(block.text, typography.heading_pt(level), bold=True, heading=level)
        elif block.kind is Kind.SUBHEADING:
            writer.add(block.text, reading_pt, bold=True)
        elif block.kind is Kind.LIST_ITEM:
            writer.add(block.text, reading_pt, dash=True)
        elif block.kind is Kind.FIGURE:
            printed, _, label = block.text.partition("\n")
            writer.add(printed, reading_pt, bold=True)
            writer.add_line(label, reading_pt)  # what it counts, under the number
        elif block.kind is Kind.PHOTO:
            writer.add(note.format(block.text), reading_pt)
        else:  # a paragraph, the credit line
            writer.add(block.text, reading_pt)
    return document


def _font(family: str, typography: Typography, points: float, *, bold: bool = False) -> QFont:
    font = QFont(family) if family else QFont()
    font.setPointSizeF(points)
    font.setBold(bold)
    font.setLetterSpacing(QFont.SpacingType.PercentageSpacing, 100 + typography.letter_spacing)
    return font


class _Writer:
    """Adds one paragraph at a time, each in its own font, all in black."""

    def __init__(self, document: QTextDocument, typography: Typography, family: str) -> None:
        self._cursor = QTextCursor(document)
        self._typography = typography
        self._family = family
        self._first = True

    def add(
        self,
        text: str,
        points: float,
        *,
        bold: bool = False,
        heading: int = 0,
        dash: bool = False,
    ) -> None:
        """Add ``text`` as a paragraph of its own, ``points`` large (after a dash: a list item)."""
        typography = self._typography
        pixels = points * _LAYOUT_DPI / 72
        paragraph = QTextBlockFormat()
        # Lines the chosen height times the font size apart, as on the page.
        paragraph.setLineHeight(
            pixels * typography.line_height, QTextBlockFormat.LineHeightTypes.FixedHeight.value
        )
        spacing = typography.reading_pt * _LAYOUT_DPI / 72 * typography.paragraph_spacing
        paragraph.setBottomMargin(spacing)
        if heading:
            paragraph.setHeadingLevel(heading)
            paragraph.setTopMargin(spacing)
        characters = self._characters(points, bold=bold)
        if self._first:
            self._cursor.setBlockFormat(paragraph)
            self._cursor.setBlockCharFormat(characters)
            self._first = False
        else:
            self._cursor.insertBlock(paragraph, characters)
        if dash:
            # Chinese text is shaped with its local forms ("locl"), and the Chinese
            # form of the dash reaches no character in the PDF: its text would lose
            # the dash. The usual form is drawn alike and is read as a two-em dash.
            marked = QTextCharFormat(characters)
            font = characters.font()
            font.setFeature(QFont.Tag("locl"), 0)
            marked.setFont(font)
            self._cursor.insertText(LIST_DASH, marked)
        self._cursor.insertText(_lines(text), characters)

    def add_line(self, text: str, points: float) -> None:
        """Add ``text`` on a line of its own at the end of the paragraph added last."""
        self._cursor.insertText("\u2028" + _lines(text), self._characters(points))

    def _characters(self, points: float, *, bold: bool = False) -> QTextCharFormat:
        characters = QTextCharFormat()
        characters.setFont(_font(self._family, self._typography, points, bold=bold))
        characters.setForeground(INK)
        return characters


def _lines(text: str) -> str:
    """``text`` for one paragraph: a line break in the content stays a line break in it."""
    return text.replace("\r\n", "\n").replace("\r", "\n").replace("\n", "\u2028")
