"""Texts without their access keys, for what screen readers say and the overview shows.

Qt names a button or a tab after its text without the "&", but keeps the
letter of a Chinese access key: "朗读(&A)" is read "朗读(A)". The viewer's own
windows and dialogs are named here instead (``PlainNames``), and the menus'
texts are cleaned for the shortcuts overview.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QAbstractButton, QApplication, QGroupBox, QLabel, QTabBar, QWidget

#: Where a name set here is remembered, so that a later text change updates it.
_SET_HERE = "plainAccessibleName"


def plain(text: str) -> str:
    """Return a menu text without its accelerator mark and ellipsis.

    Handles both styles: "&Quit" and, as Chinese menus write it, "退出(&Q)".
    """
    text = re.sub(r"\(&[^&]\)", "", text)
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").removesuffix("…")


def _field_name(label: str) -> str:
    return plain(label).rstrip(":：").strip()


def name_plainly(root: QWidget) -> None:
    """Name each button, tab and labelled field under ``root`` by its text without access key.

    A name set by the code (anything but one set here before) is left alone.
    """
    for widget in [root, *root.findChildren(QWidget)]:
        if isinstance(widget, QAbstractButton):
            _name(widget, plain(widget.text()))
        elif isinstance(widget, QGroupBox):
            _name(widget, plain(widget.title()))
        elif isinstance(widget, QLabel) and widget.buddy() is not None:
            buddy = widget.buddy()
            assert buddy is not None
            _name(widget, plain(widget.text()))
            _name(buddy, _field_name(widget.text()))
        elif isinstance(widget, QTabBar):
            for index in range(widget.count()):
                if not widget.accessibleTabName(index):
                    widget.setAccessibleTabName(index, plain(widget.tabText(index)))


def _name(widget: QWidget, name: str) -> None:
    if not name:
        return
    current = widget.accessibleName()
    if current and current != widget.property(_SET_HERE):
        return
    widget.setAccessibleName(name)
    widget.setProperty(_SET_HERE, name)


class PlainNames(QObject):
    """Names the widgets of every window as it is shown, for the rest of the process."""

    def install(self, app: QApplication) -> None:
        """Start naming the widgets of each window ``app`` shows."""
        app.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """A window about to be shown: name its widgets."""
        if event.type() == QEvent.Type.Show and isinstance(watched, QWidget) and watched.isWindow():
            name_plainly(watched)
        return False
