"""Installs what assistive technology is told about the viewer's own widgets.

Each part describes its widgets: the page and its blocks (``page.page_accessibility``),
the status messages (a notification, see ``window.announcer``) and the bar
chart (a chart). Qt asks this factory for every widget it meets.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAccessible, QAccessibleInterface
from PySide6.QtWidgets import QAccessibleWidget, QApplication

from viewer.ui.common.mnemonics import PlainNames
from viewer.ui.figures.bar_chart import BarChart
from viewer.ui.page.page_accessibility import PageInterface
from viewer.ui.page.reading_pane import ReadingPane
from viewer.ui.window.announcer import LiveLabel


class InterfaceFactory:
    """Installs the interfaces and keeps each alive as long as its widget.

    Qt keeps only a C++ pointer to an interface made in Python, so the Python
    object must be kept here until its widget is gone.
    """

    def __init__(self) -> None:
        self._interfaces: dict[int, QAccessibleWidget] = {}
        self._names = PlainNames()

    def install(self) -> None:
        """Start describing the widgets, for the rest of the process.

        Call once, before any window is shown, and keep this object for as
        long as the application runs: Qt offers no way to remove a factory.
        Each window shown from then on also has its buttons, tabs and fields
        named without their access keys (``common.mnemonics``).
        """
        QAccessible.installFactory(self._factory)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            self._names.install(app)

    def _factory(self, _class_name: str, obj: QObject) -> QAccessibleInterface | None:
        interface: QAccessibleWidget
        if isinstance(obj, ReadingPane):
            interface = PageInterface(obj, obj.objects)
        elif isinstance(obj, LiveLabel):
            interface = QAccessibleWidget(obj, QAccessible.Role.Notification)
        elif isinstance(obj, BarChart):
            interface = QAccessibleWidget(obj, QAccessible.Role.Chart)
        else:
            return None
        key = id(obj)
        self._interfaces[key] = interface
        obj.destroyed.connect(lambda *_: self._interfaces.pop(key, None))
        return interface
