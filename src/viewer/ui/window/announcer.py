"""Status messages, said to screen readers without moving the focus (WCAG 4.1.3).

Each message is shown in the status bar, in a label that assistive technology
sees as a notification: setting the message shows the notification again, which
Orca speaks (it ignores a change of name on an object without the focus). The
message is also sent as an accessibility announcement, which screen readers
that support it speak at once. A message longer than the room beside the
position is cut with an ellipsis on screen (never the position itself); its
accessible name stays whole.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import (
    QAccessible,
    QAccessibleAnnouncementEvent,
    QAccessibleEvent,
    QPainter,
    QPaintEvent,
)
from PySide6.QtWidgets import QLabel, QStatusBar

#: A long message has at least this share of the status bar's width.
MESSAGE_SHARE = 0.45


class LiveLabel(QLabel):
    """The status bar's label of messages, a notification to assistive technology."""

    def minimumSizeHint(self) -> QSize:
        """Its message, or nearly half the status bar (the position has the rest).

        Never the whole message: a long one must not widen the window past the screen.
        """
        bar = self.parentWidget()
        share = round(bar.width() * MESSAGE_SHARE) if bar is not None else 0
        width = min(self.fontMetrics().horizontalAdvance(self.text()) + 2 * self.margin(), share)
        return QSize(width if self.text() else 0, super().minimumSizeHint().height())

    def paintEvent(self, event: QPaintEvent) -> None:
        """The message, cut with an ellipsis where it is wider than the label."""
        del event
        painter = QPainter(self)
        room = self.contentsRect().adjusted(self.margin(), 0, -self.margin(), 0)
        text = self.fontMetrics().elidedText(self.text(), Qt.TextElideMode.ElideRight, room.width())
        self.style().drawItemText(
            painter,
            room,
            int(self.alignment()),
            self.palette(),
            self.isEnabled(),
            text,
            self.foregroundRole(),
        )
        painter.end()


class Announcer:
    """Says status messages: visibly, and to assistive technology."""

    def __init__(self, status_bar: QStatusBar) -> None:
        self.live = LiveLabel()
        self.live.setObjectName("announcement")
        self.live.setTextFormat(Qt.TextFormat.PlainText)
        status_bar.addWidget(self.live, 1)

    def announce(self, message: str) -> None:
        """Say ``message``, politely: after what a screen reader is saying."""
        self.live.setText(message)
        self.live.setAccessibleName(message)
        QAccessible.updateAccessibility(QAccessibleEvent(self.live, QAccessible.Event.ObjectShow))
        event = QAccessibleAnnouncementEvent(self.live, message)
        event.setPoliteness(QAccessible.AnnouncementPoliteness.Polite)
        QAccessible.updateAccessibility(event)

    @property
    def message(self) -> str:
        """The last message said."""
        return self.live.text()
