"""How the page looks: fonts by kind of block, colours from the theme, spacing from typography."""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtGui import QColor, QFont, QFontMetricsF

from viewer.reading.blocks import Block, Kind
from viewer.themes.theme import Theme
from viewer.themes.typography import Typography

#: The focus frame around the block being read: at least 2 px (WCAG 2.4.13).
FOCUS_WIDTH = 3
#: The caret: a bar this wide, in the text's colour.
CARET_WIDTH = 2
#: The page's margins at most, in pixels.
MAX_MARGIN = 24


def _font(family: str, points: float, letter_spacing: int, *, bold: bool = False) -> QFont:
    font = QFont(family) if family else QFont()
    font.setPointSizeF(points)
    font.setBold(bold)
    font.setLetterSpacing(QFont.SpacingType.PercentageSpacing, 100 + letter_spacing)
    return font


@dataclass
class PageStyle:
    """Everything the page is drawn with; made anew at each change of theme or typography."""

    typography: Typography = field(default_factory=Typography)
    family: str = ""
    dpi: float = 96.0
    text: QColor = field(default_factory=lambda: QColor("#1a1a1a"))
    background: QColor = field(default_factory=lambda: QColor("#ffffff"))
    heading: QColor = field(default_factory=lambda: QColor("#0b3d91"))
    muted: QColor = field(default_factory=lambda: QColor("#5c5c5c"))
    border: QColor = field(default_factory=lambda: QColor("#6e6e6e"))
    focus: QColor = field(default_factory=lambda: QColor("#0b57d0"))
    selection_text: QColor = field(default_factory=lambda: QColor("#ffffff"))
    selection_background: QColor = field(default_factory=lambda: QColor("#0b57d0"))
    reading_text: QColor = field(default_factory=lambda: QColor("#000000"))
    reading_background: QColor = field(default_factory=lambda: QColor("#ffe066"))

    @classmethod
    def of(cls, theme: Theme, typography: Typography, family: str, dpi: float) -> PageStyle:
        """The style of ``theme`` and ``typography`` (``family``: the font chosen or found)."""
        return cls(
            typography=typography,
            family=family,
            dpi=dpi,
            text=QColor(theme["text"]),
            background=QColor(theme["background"]),
            heading=QColor(theme["heading"]),
            muted=QColor(theme["disabled_text"]),
            border=QColor(theme["border"]),
            focus=QColor(theme["focus_ring"]),
            selection_text=QColor(theme["selection_text"]),
            selection_background=QColor(theme["selection_background"]),
            reading_text=QColor(theme["reading_text"]),
            reading_background=QColor(theme["reading_background"]),
        )

    # Sizes in pixels ------------------------------------------------------------------

    def px(self, points: float) -> float:
        """``points`` in pixels at the screen's resolution."""
        return points * self.dpi / 72

    @property
    def margin(self) -> int:
        """Space left and right of the text, and above the first block.

        A character's width, but never more than MAX_MARGIN: at 400% the text
        needs the room more than the page needs its edges.
        """
        return min(MAX_MARGIN, round(self.px(self.typography.reading_pt)))

    @property
    def padding(self) -> int:
        """Space between a block's text and its focus frame."""
        return FOCUS_WIDTH + 4

    @property
    def spacing(self) -> int:
        """Space between blocks."""
        t = self.typography
        return round(t.paragraph_spacing * self.px(t.reading_pt))

    @property
    def indent(self) -> int:
        """How far list items stand in, their bullet in that room."""
        return round(self.px(self.typography.reading_pt) * 1.8)

    def line_height(self, font: QFont) -> float:
        """The distance between lines of ``font``: the line height chosen, times its size.

        Its size, not its height: a CJK font's height is some 1.45 times its
        size, and "1.5" must mean lines 1.5 times the size apart.
        """
        return self.px(font.pointSizeF()) * self.typography.line_height

    def column(self, width: float) -> tuple[float, float]:
        """Where the text's column starts, and how wide it is, in a page ``width`` wide.

        At most the reading measure (``line_length`` Chinese characters, and the
        frame's padding), centred; the whole width less the margins when the
        measure is 0 or the page is narrower.
        """
        room = max(1.0, width - 2 * self.margin)
        measure = self.typography.line_length
        if measure <= 0:
            return float(self.margin), room
        character = QFontMetricsF(self.font_of_text()).horizontalAdvance("国")
        wanted = measure * character + 2 * self.padding + 1
        column = min(room, wanted)
        return max(float(self.margin), (width - column) / 2), column

    # Fonts ------------------------------------------------------------------------------

    def font_of(self, block: Block, level: int) -> QFont:
        """The font of ``block``, by its kind and its section's level."""
        t = self.typography
        if block.kind is Kind.HEADING:
            return _font(self.family, t.heading_pt(level), t.letter_spacing, bold=True)
        bold = block.kind in (Kind.SUBHEADING, Kind.FIGURE)
        # No italic for a photo's caption: Chinese fonts have none, and a slanted
        # ideograph is hard to read; its note above says what it is.
        return _font(self.family, t.reading_pt, t.letter_spacing, bold=bold)

    def font_of_text(self) -> QFont:
        """The font of running text."""
        t = self.typography
        return _font(self.family, t.reading_pt, t.letter_spacing)

    def number_font(self) -> QFont:
        """The font of a figure's number on its card: twice the text's size."""
        t = self.typography
        return _font(self.family, t.reading_pt * 2, t.letter_spacing, bold=True)

    def small_font(self) -> QFont:
        """The font of notes beside the text ("Photo (no image available)")."""
        t = self.typography
        return _font(self.family, t.reading_pt * 0.85, t.letter_spacing)

    def title_font(self) -> QFont:
        """The font of the document's title at the top of the page."""
        t = self.typography
        return _font(self.family, t.title_pt, t.letter_spacing, bold=True)

    def colour_of(self, block: Block) -> QColor:
        """The colour of ``block``'s text."""
        return self.heading if block.kind is Kind.HEADING else self.text
