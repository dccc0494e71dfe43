"""The page: the whole document in one view that scrolls, with a caret, as a document editor has.

The view draws the document itself (``document_layout`` lays out what is
shown), so a report of a million blocks opens as fast as the review. The
caret moves by character (Left, Right), word (Ctrl+Left, Ctrl+Right) and
line (Up, Down, Home, End) and on into the next block at a block's edge;
Shift with any of them selects, Ctrl+C copies, Ctrl+A selects the section.
The block with the caret is the place being read: the navigator follows it,
and it follows the navigator. What a screen reader is told is in
``page_accessibility`` and ``caret_keys``.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent, QMouseEvent, QPainter, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QWidget

from viewer.content import Statistic
from viewer.reading import words
from viewer.reading.caret import Place, TextRange
from viewer.reading.reading_map import ReadingMap
from viewer.themes.theme import Theme
from viewer.themes.typography import Typography
from viewer.ui.common.background import Background
from viewer.ui.page.caret_keys import CaretKeys
from viewer.ui.page.caret_moves import CaretMoves
from viewer.ui.page.document_layout import DocumentLayout
from viewer.ui.page.line_focus import LineFocus, line_rect
from viewer.ui.page.page_accessibility import PageObjects
from viewer.ui.page.page_child import PageGeometry
from viewer.ui.page.page_names import description_of, name_of
from viewer.ui.page.page_painter import Painting, PaintState, paint_page
from viewer.ui.page.page_style import PageStyle
from viewer.ui.page.scrolled_layout import ScrolledLayout
from viewer.ui.ports import Announcer, TextSpan


class ReadingPane(QAbstractScrollArea):
    """The document, drawn as one page, with the caret in the block being read."""

    # The caret went into block n (by a key, the mouse or a screen reader).
    block_focused = Signal(int)

    def __init__(
        self,
        reading_map: ReadingMap,
        statistics: dict[str, Statistic],
        title: str,
        announcer: Announcer,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("readingPane")
        self.map = reading_map
        self._statistics = statistics
        self.scrolled = ScrolledLayout(
            self, DocumentLayout(reading_map, statistics, title), lambda: self.caret
        )
        self.caret = Place(0, 0)
        self.anchor: Place | None = None  # where a selection began
        self._reading: TextSpan | None = None
        self._word: TextSpan | None = None  # the word being heard
        self.line_focus = LineFocus()
        self._focus_quietly = False  # the next focus-in is told without the block's name
        self._read_by_screen_reader = -1  # the block whose text a screen reader last asked for
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.viewport().setCursor(Qt.CursorShape.IBeamCursor)
        self.moves = CaretMoves(reading_map, self.scrolled.layout, self.scrolled.piece)
        self.objects = PageObjects(
            self,
            reading_map,
            PageGeometry(
                block_rect=self.scrolled.screen_rect_of,
                block_at=self.scrolled.block_at_screen,
                character_rect=self.scrolled.character_screen_rect,
                offset_at=self.scrolled.offset_at_screen,
                caret=lambda: self.caret,
                set_caret=self._caret_from_screen_reader,
                scroll_to=self.scrolled.scroll_to_span,
                text_read=self._text_read,
                has_focus=self.hasFocus,
                name_of=lambda index: name_of(reading_map, statistics, index),
                description_of=lambda index: description_of(reading_map, index),
            ),
        )
        self.keys = CaretKeys(self, announcer)
        # The dictionary of words, loaded before the first Ctrl+Right needs it.
        self._background = Background(self)
        self._background.run_in_background(words.prepare, name="words")

    # The place --------------------------------------------------------------------------

    def show_block(self, index: int, *, focus: bool) -> None:
        """Make block ``index`` the one being read: the caret at its start, in view."""
        if self.caret.block != index:
            self.caret, self.anchor = Place(index, 0), None
            self.viewport().update()
        self.scrolled.scroll_to_block(index)
        if focus and self.hasFocus():
            self.objects.focus(index)  # a screen reader says the block
        elif focus:
            self.setFocus(Qt.FocusReason.OtherFocusReason)  # which tells of the block

    def focus_current(self) -> None:
        """Give the keyboard focus to the page, at the block being read."""
        self.setFocus(Qt.FocusReason.OtherFocusReason)

    def set_caret(self, place: Place, *, select: bool, tell: bool = True) -> None:
        """Move the caret to ``place``; with ``select``, the selection follows it.

        Args:
            place: Where to.
            select: Extend the selection (from where the caret was) instead of clearing it.
            tell: Say that the place being read moved (``block_focused``).
        """
        if select and self.anchor is None:
            self.anchor = self.caret
        elif not select:
            self.anchor = None
        moved_block = place.block != self.caret.block
        self.caret = place
        self.scrolled.scroll_to_caret(place, whole_block=moved_block)
        self.viewport().update()
        if moved_block and tell:
            self.block_focused.emit(place.block)

    def _text_read(self, block: int) -> None:
        """A screen reader asked for block ``block``'s text: bring it into view, soon.

        Orca's Say All reads on from block to block without moving the caret
        until it stops; it asks each block for its text as it comes to it.
        """
        if block != self._read_by_screen_reader:
            self._read_by_screen_reader = block
            QTimer.singleShot(0, self, lambda: self.scrolled.scroll_to_block(block))

    def _caret_from_screen_reader(self, place: Place) -> None:
        self.set_caret(place, select=False)

    @property
    def selection_range(self) -> TextRange | None:
        """What is selected, if anything."""
        if self.anchor is None or self.anchor == self.caret:
            return None
        return TextRange.between(self.anchor, self.caret)

    # The page as other parts see it (ports.PageView) ------------------------------------

    def mark_reading(self, span: TextSpan | None) -> None:
        """Mark ``span`` as being read aloud (None: no mark), and keep it in view."""
        self._reading = span
        if span is not None:
            self.scrolled.scroll_to_span(span.block, span.start, span.end)
        self.viewport().update()

    def mark_word(self, span: TextSpan | None) -> None:
        """Mark ``span`` as the word being heard (None: no mark), and keep its line in view."""
        self._word = span
        if span is not None:
            self.scrolled.scroll_to_place(Place(span.block, span.start))
        self.viewport().update()

    def reading_range(self, block: int) -> tuple[int, int] | None:
        """The characters of block ``block`` marked as being read aloud, if any."""
        span = self._reading
        return (span.start, span.end) if span is not None and span.block == block else None

    def selection(self) -> TextSpan | None:
        """What is selected, if it lies in one block (what "read the selection" reads)."""
        chosen = self.selection_range
        if chosen is None:
            return None
        if chosen.start.block != chosen.end.block:
            end = len(self.map.blocks[chosen.start.block].text)
            return TextSpan(chosen.start.block, chosen.start.offset, end)
        return TextSpan(chosen.start.block, chosen.start.offset, chosen.end.offset)

    def select(self, span: TextSpan) -> None:
        """Select ``span`` (a find match): the caret at its end."""
        self.anchor = Place(span.block, span.start)
        self.caret = Place(span.block, span.end)
        self.scrolled.scroll_to_span(span.block, span.start, span.end)
        self.viewport().update()

    # Looks ------------------------------------------------------------------------------

    def apply_style(self, theme: Theme, typography: Typography) -> None:
        """Draw the page in ``theme``; lay it out anew only if ``typography`` changed."""
        style = PageStyle.of(theme, typography, self.font().family(), self.logicalDpiY() or 96)
        now = self.scrolled.layout.style
        if (now.typography, now.family, now.dpi) == (style.typography, style.family, style.dpi):
            self.scrolled.layout.style = style  # colours only: the lines stay where they are
            self.viewport().update()
        else:
            self.scrolled.lay_out_anew(style, self.viewport().width())

    # Qt ---------------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        """Draw the items that are in view, and the line focus over them."""
        del event
        self.scrolled.settle()
        painter = QPainter(self.viewport())
        style = self.scrolled.layout.style
        reading, word = self._reading, self._word
        state = PaintState(
            self.caret.block,
            self.caret.offset,
            self.hasFocus(),
            self.selection_range,
            (reading.block, reading.start, reading.end) if reading is not None else None,
            (word.block, word.start, word.end) if word is not None else None,
        )
        page = QRectF(self.viewport().rect())
        top = self.verticalScrollBar().value()
        paint_page(
            Painting(painter, self.map.blocks, style, state), self.scrolled.layout, top, page
        )
        heard = word or reading  # the line read aloud, else the caret's
        place = Place(heard.block, heard.start) if heard is not None else self.caret
        self.line_focus.paint(painter, page, line_rect(self.scrolled, place), style.background)
        painter.end()

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Lay out anew at the new width, keeping the place being read in view."""
        super().resizeEvent(event)
        if abs(self.viewport().width() - self.scrolled.layout.width) >= 1:
            self.scrolled.lay_out_anew(self.scrolled.layout.style, self.viewport().width())
        else:
            self.scrolled.resized()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """The caret keys, copy and select all; the others go on (to the window's keys)."""
        if not self.keys.handle(event):
            super().keyPressEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        """A click puts the caret there; with Shift, it selects to there."""
        if event.button() == Qt.MouseButton.LeftButton:
            shift = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
            self.set_caret(self.scrolled.place_at(event.position().toPoint()), select=shift)
            self.setFocus(Qt.FocusReason.MouseFocusReason)
        super().mousePressEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        """A double click selects the word there."""
        if event.button() != Qt.MouseButton.LeftButton:
            super().mouseDoubleClickEvent(event)
            return
        place = self.scrolled.place_at(event.position().toPoint())
        found = words.word_at(self.map.blocks[place.block].text, place.offset)
        if found is not None:
            self.select_range(TextRange(Place(place.block, found[0]), Place(place.block, found[1])))

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        """Dragging selects."""
        if event.buttons() & Qt.MouseButton.LeftButton:
            self.set_caret(self.scrolled.place_at(event.position().toPoint()), select=True)

    def focusInEvent(self, event: QFocusEvent) -> None:
        """The focus on the page is on the block being read, for a screen reader too."""
        super().focusInEvent(event)
        self.viewport().update()
        # After Qt tells of the page's own focus, which it does once this returns.
        QTimer.singleShot(0, self, self._tell_focus_in)

    def _tell_focus_in(self) -> None:
        quietly, self._focus_quietly = self._focus_quietly, False
        if self.hasFocus():
            self.objects.focus(self.caret.block, quietly=quietly)

    def focus_quietly(self) -> None:
        """Take the focus; tell assistive technology of the block without its name."""
        if self.hasFocus():
            self.objects.focus(self.caret.block, quietly=True)
        else:
            self._focus_quietly = True
            self.setFocus(Qt.FocusReason.OtherFocusReason)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        """Draw the caret no more."""
        super().focusOutEvent(event)
        self.viewport().update()

    # What the caret keys ask (caret_keys.CaretHost) --------------------------------------

    def select_range(self, chosen: TextRange) -> None:
        """Select ``chosen``, the caret at its end."""
        self.set_caret(chosen.start, select=False)
        self.set_caret(chosen.end, select=True)

    def copy_text(self, text: str) -> None:
        """Put ``text`` on the clipboard."""
        QApplication.clipboard().setText(text)

    def lines_per_page(self) -> int:
        """How many lines of reading text a screenful holds (less one, to keep the place)."""
        return self.scrolled.lines_per_page()
