"""Giving the keyboard focus back when a dialog closes and nothing else takes it.

A window manager usually activates the main window again when a dialog over it
closes. Without one (kiosk sessions, some compositors, the offscreen platform)
the keys would go nowhere, and a reader without a mouse or a screen could not
get them back. Only the closing of one of the window's own dialogs brings the
focus back, and only when no window is active: switching to another
application leaves it alone.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget


class FocusKeeper(QObject):
    """When one of ``window``'s dialogs closes and leaves no window active, activates ``window``.

    The window passes its menus and each child it polishes to ``watch``; Qt
    does not signal that the focused window went away when it was hidden.

    Args:
        window: The main window.
        fallback: Puts the focus somewhere sensible in ``window`` when the widget
            that had it there is gone.
    """

    def __init__(self, window: QWidget, fallback: Callable[[], None]) -> None:
        super().__init__(window)
        self._window = window
        self._fallback = fallback

    def watch(self, child: QObject) -> None:
        """Watch ``child`` if it is a window of its own (a dialog or a menu)."""
        if isinstance(child, QWidget) and child.isWindow():
            child.installEventFilter(self)

    def eventFilter(self, _watched: QObject, event: QEvent) -> bool:
        """When a dialog or menu opens or closes, check the focus once that is over."""
        if event.type() in (QEvent.Type.Show, QEvent.Type.Hide):
            QTimer.singleShot(0, self, self._give_back)
        return False

    def _give_back(self) -> None:
        if not self._window.isVisible() or QApplication.activePopupWidget() is not None:
            return
        active = QApplication.activeWindow()
        modal = QApplication.activeModalWidget()
        target = modal or self._window
        # Qt may still name a dialog just hidden as the active window.
        if active is not None and active.isVisible() and (modal is None or active is modal):
            return
        target.activateWindow()
        if target is self._window and self._window.focusWidget() is None:
            self._fallback()
