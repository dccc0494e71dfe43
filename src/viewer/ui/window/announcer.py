"""Status messages, said to screen readers without moving the focus (WCAG 4.1.3).

Each message is shown in the status bar, in a label that assistive technology
sees as a notification: setting the message shows the notification again, which
Orca speaks (it ignores a change of name on an object without the focus). The
message is also sent as an accessibility announcement, which screen readers
that support it speak at once.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent, QAccessibleEvent
from PySide6.QtWidgets import QLabel, QStatusBar


class LiveLabel(QLabel):
    """The status bar's label of messages, a notification to assistive technology."""


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
