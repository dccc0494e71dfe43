"""The line focus (a reading ruler): a few lines around the place read shown, the rest dimmed.

As Immersive Reader's line focus: 1, 3 or 5 lines stay as they are, around
the caret's line, or, while the voice reads, the line of the word (or the
sentence) being heard; the rest of the page is covered by the theme's own
background, nearly opaque, so the text there recedes without a new colour.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QPainter

from viewer.reading.caret import Place
from viewer.ui.page.scrolled_layout import ScrolledLayout

#: The choices the command steps through: off, then 1, 3 and 5 lines.
LINE_FOCUS_STEPS = (0, 1, 3, 5)
#: How much of the theme's background covers the dimmed text (0 to 255).
DIMMING = 210


class LineFocus:
    """How many lines stay in view around the line read (0: the line focus is off)."""

    def __init__(self) -> None:
        self.lines = 0

    def next_step(self) -> int:
        """The number of lines the next press of the command shows (after 5: off)."""
        later = [n for n in LINE_FOCUS_STEPS if n > self.lines]
        return later[0] if later else 0

    def band(self, line: QRectF) -> QRectF:
        """The part of the page left clear, for the line read at ``line`` (viewport coordinates)."""
        around = (self.lines - 1) / 2 * line.height()
        return QRectF(line.left(), line.top() - around, line.width(), line.height() + 2 * around)

    def paint(
        self, painter: QPainter, page: QRectF, line: QRectF | None, background: QColor
    ) -> None:
        """Dim ``page`` but the band round ``line`` (nothing when off or no line is known)."""
        if self.lines <= 0 or line is None:
            return
        clear = self.band(QRectF(page.left(), line.top(), page.width(), line.height()))
        veil = QColor(background)
        veil.setAlpha(DIMMING)
        if clear.top() > page.top():
            painter.fillRect(
                QRectF(page.left(), page.top(), page.width(), clear.top() - page.top()), veil
            )
        if clear.bottom() < page.bottom():
            painter.fillRect(
                QRectF(page.left(), clear.bottom(), page.width(), page.bottom() - clear.bottom()),
                veil,
            )


def line_rect(scrolled: ScrolledLayout, place: Place) -> QRectF:
    """The line that holds ``place``, in the viewport's coordinates."""
    caret = scrolled.piece(place.block).caret_rect(place.offset)
    return caret.translated(scrolled.item_origin(place.block))
