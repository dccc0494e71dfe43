"""The main window: the contents beside the page, the bars below, the menus and the status.

The window is only the frame its parts are placed in (``ui.app`` builds them):
it lays them out, says status messages, gives the focus back when a dialog
closes, and on closing keeps its size and lets each part end its work.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QChildEvent
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QMainWindow, QMessageBox, QSplitter, QVBoxLayout, QWidget

from viewer.reading.navigator import Navigator
from viewer.ui.appearance.appearance import Appearance
from viewer.ui.appearance.appearance_commands import AppearanceCommands
from viewer.ui.commands.menus import CommandMenus
from viewer.ui.common.settings_store import SettingsStore
from viewer.ui.figures.figure_commands import FigureCommands
from viewer.ui.find.find_commands import FindCommands
from viewer.ui.navigation.contents_tree import ContentsTree
from viewer.ui.navigation.navigation_commands import NavigationCommands
from viewer.ui.page.page_commands import PageCommands
from viewer.ui.page.reading_pane import ReadingPane
from viewer.ui.printing.print_commands import PrintCommands
from viewer.ui.speech.speech_commands import SpeechCommands
from viewer.ui.speech.two_voices import TwoVoices
from viewer.ui.window.announcer import Announcer
from viewer.ui.window.bar_strip import BarStrip
from viewer.ui.window.dialog_fit import DialogFit
from viewer.ui.window.focus_keeper import FocusKeeper
from viewer.ui.window.room import Room
from viewer.ui.window.status import PositionStatus


@dataclass(frozen=True)
class WindowParts:
    """The parts a window is made of, as the composition root built them."""

    navigator: Navigator
    contents: ContentsTree
    reading_pane: ReadingPane
    page: PageCommands
    navigation: NavigationCommands
    find: FindCommands
    figures: FigureCommands
    speech: SpeechCommands
    two_voices: TwoVoices
    appearance: Appearance
    looks: AppearanceCommands
    printing: PrintCommands
    status: PositionStatus


class MainWindow(QMainWindow):
    """Shows one document; its parts move through it, find in it and read it aloud."""

    parts: WindowParts
    commands: CommandMenus

    def __init__(self, settings: SettingsStore, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.announcer = Announcer(self.statusBar())
        self._focus_fallback: Callable[[], None] = lambda: None
        self.dialog_fit = DialogFit(self)  # every dialog within the screen
        self.focus_keeper = FocusKeeper(self, self._give_focus_back)
        self._on_close: list[Callable[[], None]] = []
        self.splitter = QSplitter()
        self.splitter.setChildrenCollapsible(False)
        # What gives way to the text at a large size or in a small window.
        self.room = Room(self, settings, self.announce)

    def _give_focus_back(self) -> None:
        # The widget that had the focus is gone: the block being read takes it.
        self._focus_fallback()

    def announce(self, message: str) -> None:
        """Say a status message, to the eye and to screen readers, without moving the focus."""
        self.announcer.announce(message)

    def install(self, parts: WindowParts, commands: CommandMenus, bars: Sequence[QWidget]) -> None:
        """Place the parts: the contents beside the page, then ``bars`` under them."""
        self.parts = parts
        self.commands = commands
        commands.watch_with(self.focus_keeper.watch)
        self._focus_fallback = parts.reading_pane.focus_current
        self.splitter.addWidget(parts.contents)
        self.splitter.addWidget(parts.reading_pane)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setSizes([300, 900])
        central = QWidget()
        layout = QVBoxLayout(central)
        sides = layout.contentsMargins()
        layout.setContentsMargins(sides.left(), 3, sides.right(), 3)  # the height is the text's
        layout.addWidget(self.splitter, 1)
        strips = [BarStrip(bar, central) for bar in bars]
        for strip in strips:
            layout.addWidget(strip)
        self.setCentralWidget(central)
        player = next((s for s in strips if s.bar is parts.speech.player), None)
        self.room.install(parts.contents, parts.reading_pane, strips, player, commands.refresh)

    def on_close(self, callback: Callable[[], None]) -> None:
        """Call ``callback`` when the window closes (a part ending its work)."""
        self._on_close.append(callback)

    # Shortcuts to the parts, for readers of the code and tests ---------------------------

    @property
    def navigator(self) -> Navigator:
        """The reading place."""
        return self.parts.navigator

    @property
    def reading_pane(self) -> ReadingPane:
        """The page being read."""
        return self.parts.reading_pane

    @property
    def contents(self) -> ContentsTree:
        """The contents."""
        return self.parts.contents

    @property
    def speech(self) -> SpeechCommands:
        """Read-aloud."""
        return self.parts.speech

    # Qt ---------------------------------------------------------------------------------

    def childEvent(self, event: QChildEvent) -> None:
        """Watch each dialog opened over the window, to give the focus back when it closes."""
        super().childEvent(event)
        keeper = getattr(self, "focus_keeper", None)  # None while the window is being built
        if event.polished() and keeper is not None:
            keeper.watch(event.child())
            self.dialog_fit.watch(event.child())

    def closeEvent(self, event: QCloseEvent) -> None:
        """Keep the window's size and the settings; let each part end its work."""
        self.settings.set("window/geometry", bytes(self.saveGeometry().data()))
        if not self.contents.isHidden():  # hidden, the contents would be kept as no width
            self.settings.set("window/splitter", bytes(self.splitter.saveState().data()))
        self.room.before_close()
        problem = self.settings.save()
        self.settings.save_failed = None  # the window is going
        for callback in self._on_close:
            callback()
        if problem is not None:
            QMessageBox.warning(self, self.tr("Settings not saved"), problem)
        super().closeEvent(event)
