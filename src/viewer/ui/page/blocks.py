"""The blocks of a page: each heading, paragraph, list item, figure card, photo and credit.

Each block is its own widget, so that moving through the text moves the
keyboard focus, which is where a screen reader reads from, and so that each
block can tell assistive technology what it is (``page.block_accessibility``).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from html import escape
from typing import ClassVar

from PySide6.QtCore import QCoreApplication, QObject, QSize, Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import QLabel, QScrollArea, QWidget

from viewer.content import Statistic
from viewer.reading.blocks import Block, Kind
from viewer.speech.normalize import normalize_for_speech

_LIST_INDENT = 24


@dataclass
class BlockStyle:
    """What every block of the pane shares: set by the theme and the typography.

    Attributes:
        line_height: Line height as a multiple of the font size.
        reading_text: Colour of the sentence being read aloud.
        reading_background: Colour behind it.
    """

    line_height: float = 1.5
    reading_text: str = "#000000"
    reading_background: str = "#ffe066"


class BlockView(QLabel):
    """One block of text: wraps, can be focused, and shows where find matched."""

    # The reader pressed Down (+1) or Up (-1) to move to the next or previous block.
    step_requested = Signal(int)
    focused = Signal(int)

    def __init__(
        self, block: Block, level: int, style: BlockStyle, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.block = block
        self.level = level
        self.style_ = style
        self._reading: tuple[int, int] | None = None
        self.prefix = ""
        self._text_control_holder = QObject(self)
        if block.kind is Kind.PHOTO:
            self.prefix = QCoreApplication.translate("ReadingPane", "Photo (no image available): ")
        elif block.kind is Kind.LIST_ITEM:
            self.prefix = "•\u2002"  # a bullet and an en space, indented below
            self.setContentsMargins(_LIST_INDENT, 0, 0, 0)
        self.setObjectName(f"block-{block.index}")
        # The style sheet sets fonts and colours by kind and level.
        self.setProperty("kind", block.kind.value)
        self.setProperty("level", min(level, 3))
        # Rich text only to set line height and mark the sentence read aloud;
        # the content itself is always escaped, never read as markup.
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setOpenExternalLinks(False)
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.refresh_text()
        self.setAccessibleName(self.plain_text())  # any name; the interface gives the real one
        self.setFocusPolicy(Qt.FocusPolicy.ClickFocus)

    def quieten_text_control(self) -> None:
        """Keep Qt from telling assistive technology of text that did not change.

        A rich-text label lays its text out again at every change of style or
        font (five times when the theme changes) and at every read-aloud mark,
        and its text control reports each time, to a screen reader, all of the
        text as deleted and inserted again: hundreds of events at a theme
        change, in which flood Orca drops the message that says what changed.
        The control reports only while a widget is its parent, so it is handed
        to a plain object that the label owns; the label still drives it (it
        passes itself to each call) and deletes it. The words of a block never
        change, and its name is set at once so that QLabel does not report it either.
        """
        for child in self.children():
            if child.metaObject().className() == "QWidgetTextControl":
                child.setParent(self._text_control_holder)

    def set_reading_range(self, start: int | None, end: int = 0) -> None:
        """Mark characters ``start`` to ``end`` as being read aloud (None: no mark).

        The mark is underlined as well as coloured, so it does not rely on colour alone.
        """
        self._reading = None if start is None else (start, end)
        self.refresh_text()

    def plain_text(self) -> str:
        """The text shown, without markup."""
        return self.prefix + self.block.text

    def accessible_text(self) -> str:
        """What a screen reader reads: the text shown."""
        return self.plain_text()

    @property
    def reading_range(self) -> tuple[int, int] | None:
        """The characters marked as being read aloud, if any."""
        return self._reading

    def card_html(self) -> str | None:
        """The text as a card, for a figure (None: shown as text)."""
        return None

    def refresh_text(self) -> None:
        """Set the label's text from the block, the style and the read-aloud mark."""
        text = self.block.text
        card = self.card_html()
        if card is not None:
            # A card is read aloud whole: marked whole, underlined as well as coloured.
            style = self.style_
            body = (
                card
                if self._reading is None
                else f'<div style="background-color:{style.reading_background}; '
                f'color:{style.reading_text}; text-decoration: underline;">{card}</div>'
            )
        elif self._reading is None:
            body = escape(self.prefix + text)
        else:
            start, end = self._reading
            style = self.style_
            body = (
                f"{escape(self.prefix + text[:start])}"
                f'<span style="background-color:{style.reading_background}; '
                f'color:{style.reading_text}; text-decoration: underline;">'
                f"{escape(text[start:end])}</span>{escape(text[end:])}"
            )
        height = round(self.style_.line_height * 100)
        # pre-wrap: rich text would fold runs of spaces, tabs and line breaks into
        # one space; the text is shown as written, and offsets into it (find,
        # the sentence read aloud) stay those of the text.
        self.setText(f'<div style="white-space:pre-wrap; line-height:{height}%;">{body}</div>')

    def ensure_visible(self) -> None:
        """Scroll the pane this block is in so that the block can be seen."""
        widget = self.parentWidget()
        while widget is not None and not isinstance(widget, QScrollArea):
            widget = widget.parentWidget()
        if widget is not None:
            widget.ensureWidgetVisible(self)

    def set_tab_stop(self, on: bool) -> None:
        """Make this block the pane's Tab stop (or not)."""
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus if on else Qt.FocusPolicy.ClickFocus)

    def select_range(self, start: int, end: int) -> None:
        """Select characters ``start`` to ``end`` of the block's text (a find match)."""
        self.setSelection(len(self.prefix) + start, end - start)

    def selected_range(self) -> tuple[int, int]:
        """The characters of the block's text that are selected (as ``select_range`` takes)."""
        start = max(0, self.selectionStart() - len(self.prefix))
        return start, min(len(self.block.text), start + len(self.selectedText()))

    # The keys that move to the next (+1) and previous (-1) block.
    STEP_KEYS: ClassVar[Mapping[Qt.Key, int]] = {Qt.Key.Key_Down: 1, Qt.Key.Key_Up: -1}

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Down and Up move to the next and previous block."""
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        step = self.STEP_KEYS.get(Qt.Key(event.key()))
        if modifiers == Qt.KeyboardModifier.NoModifier and step is not None:
            self.step_requested.emit(step)
            event.accept()
            return
        super().keyPressEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        """Tell the pane this block is being read."""
        super().focusInEvent(event)
        self.focused.emit(self.block.index)


class FigureCard(BlockView):
    """A figure shown as a card: the number large, its label below.

    The number is shown as printed, so its unit and its qualifier (近, 余,
    以上) stay with it. A card is a block like any other: Down and Up, and
    Left and Right too, move from one to the next.
    """

    # Widths in lines of text, so that cards grow with the text size.
    _WIDTH_IN_LINES = 12

    def __init__(
        self,
        block: Block,
        statistic: Statistic,
        level: int,
        style: BlockStyle,
        parent: QWidget | None = None,
    ) -> None:
        self.statistic = statistic
        super().__init__(block, level, style, parent)
        self.setProperty("card", True)
        self.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)

    def card_html(self) -> str:
        """The number large, then its label."""
        return (
            f'<div style="font-size:xx-large;">{escape(self.statistic.printed)}</div>'
            f"<div>{escape(self.statistic.label)}</div>"
        )

    def accessible_text(self) -> str:
        """The number as it is said (百分之九十七点五九), then its label.

        Said in words, a screen reader's voice cannot misread it; the number as
        printed is in the description, for braille.
        """
        return f"{normalize_for_speech(self.statistic.printed)} {self.statistic.label}"

    def sizeHint(self) -> QSize:
        """A card's width (wide enough for its number), and as tall as its text needs.

        Where a line is narrower, the flow of cards makes the card as wide as the line.
        """
        metrics = self.fontMetrics()
        number = metrics.horizontalAdvance(self.statistic.printed) * 2  # shown xx-large
        margins = self.contentsMargins()
        width = max(self._WIDTH_IN_LINES * metrics.height(), number) + margins.left() * 2
        return QSize(width, self.heightForWidth(width))

    def select_range(self, start: int, end: int) -> None:
        """Select characters ``start`` to ``end`` of the block's text, as the card shows it.

        The block's text is the number, a separator and the label; the card
        shows the number and the label on lines of their own, one character apart.
        """
        number = len(self.statistic.printed)
        separator = len(self.block.text) - number - len(self.statistic.label)

        def shown(offset: int) -> int:
            return offset if offset <= number else max(number + 1, offset - separator + 1)

        self.setSelection(shown(start), shown(end) - shown(start))

    def selected_range(self) -> tuple[int, int]:
        """The characters of the block's text that are selected, as the card shows them."""
        number = len(self.statistic.printed)
        separator = len(self.block.text) - number - len(self.statistic.label)

        def in_text(shown: int) -> int:
            return shown if shown <= number else shown + separator - 1

        start = max(0, self.selectionStart())
        end = start + len(self.selectedText())
        return in_text(start), min(len(self.block.text), in_text(end))

    # Right and Left move between cards too, as Down and Up do.
    STEP_KEYS: ClassVar[Mapping[Qt.Key, int]] = {
        **BlockView.STEP_KEYS,
        Qt.Key.Key_Right: 1,
        Qt.Key.Key_Left: -1,
    }
