"""Status messages, said to screen readers without moving the focus (WCAG 4.1.3).

Each message is shown in the status bar, set as the text and accessible name of
a live label there (a change of name is an event every AT-SPI client hears), and
sent as an accessibility announcement, which screen readers that support it
speak at once.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent
from PySide6.QtWidgets import QLabel, QStatusBar


class Announcer:
    """Says status messages: visibly, and to assistive technology."""

    def __init__(self, status_bar: QStatusBar) -> None:
        self._status_bar = status_bar
        self.live = QLabel()
        self.live.setObjectName("announcement")
        self.live.setTextFormat(Qt.TextFormat.PlainText)
        self.live.setAccessibleDescription(QCoreApplication.translate("Announcer", "Status"))
        status_bar.addWidget(self.live, 1)

    def announce(self, message: str, *, urgent: bool = False) -> None:
        """Say ``message``; ``urgent`` interrupts what a screen reader is saying."""
        self.live.setText(message)
        self.live.setAccessibleName(message)
        event = QAccessibleAnnouncementEvent(self.live, message)
        event.setPoliteness(
            QAccessible.AnnouncementPoliteness.Assertive
            if urgent
            else QAccessible.AnnouncementPoliteness.Polite
        )
        QAccessible.updateAccessibility(event)

    @property
    def message(self) -> str:
        """The last message said."""
        return self.live.text()
