"""Dialogs that fit the screen: sized in characters of their font, never larger than the screen.

The interface follows the text size, so a dialog sized in pixels would be too
small at 400% and one sized to its contents could be larger than the screen,
its buttons out of reach. A dialog is sized in characters of its own font,
then kept within the screen's available area; what does not fit scrolls
inside it.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize
from PySide6.QtGui import QFontMetricsF, QGuiApplication
from PySide6.QtWidgets import QWidget


def screen_room(widget: QWidget) -> QRect:
    """The available area of the screen ``widget`` is on (its window's, before it is shown)."""
    parent = widget.parentWidget()
    screen = (parent or widget).screen() or QGuiApplication.primaryScreen()
    return screen.availableGeometry()


def fit_to_screen(dialog: QWidget, characters: QSize | None = None) -> None:
    """Size ``dialog`` to ``characters`` of its font (or as it is), within the screen, on it.

    The dialog is also moved, if need be, so that it lies wholly on the screen.
    """
    room = screen_room(dialog)
    frame = dialog.frameGeometry().size() - dialog.size()  # the window's own frame, if any
    most = (room.size() - frame).boundedTo(dialog.maximumSize())
    if most != dialog.maximumSize():
        dialog.setMaximumSize(most)
    if characters is not None:
        em = QFontMetricsF(dialog.font()).horizontalAdvance("国")
        wanted = QSize(round(characters.width() * em), round(characters.height() * em))
    else:
        wanted = dialog.size()
    size = wanted.boundedTo(most)
    layout = dialog.layout()
    if size.width() < wanted.width() and layout is not None and layout.hasHeightForWidth():
        # Narrowed: its wrapped text needs more lines.
        taller = max(size.height(), layout.totalHeightForWidth(size.width()))
        size.setHeight(min(most.height(), taller))
    if size != dialog.size():  # a dialog that fits is left alone: no events for nothing
        dialog.resize(size)
    outside = dialog.frameGeometry()
    left = max(room.left(), min(outside.left(), room.right() + 1 - outside.width()))
    top = max(room.top(), min(outside.top(), room.bottom() + 1 - outside.height()))
    if (left, top) != (outside.left(), outside.top()):
        dialog.move(left, top)
