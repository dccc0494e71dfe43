"""Room for the text: at a large text size or in a small window, the rest of the window gives way.

The text keeps at least 60% of the window's height, and a line of some 18
characters beside the contents:

- the menu bar's titles are set smaller (never below the normal size) until
  all of them fit, so that none falls into an overflow menu, and the bar is
  no taller than a tenth of the window;
- the contents hide while the window is too narrow for them and the text,
  and come back when there is room, unless the reader hid them (F9, kept);
  F9 shows them again, even in a narrow window;
- the bars under the text (find, player) go to one row that scrolls sideways
  when, wrapped, they would take the text's room; if that is not enough the
  player bar hides until there is room (all it does has keys), unless the
  reader shows it again (Ctrl+Shift+B).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import shiboken6
from PySide6.QtCore import QEvent, QObject, QSize, QTimer
from PySide6.QtGui import QFontMetricsF
from PySide6.QtWidgets import QApplication, QMainWindow, QMenuBar, QWidget

from viewer.themes.typography import INTERFACE_PT
from viewer.ui.commands.command import Command, KeyHint, Menu, keys
from viewer.ui.page.reading_pane import ReadingPane
from viewer.ui.ports import Settings
from viewer.ui.window.bar_strip import BarStrip

# The share of the window's height the text keeps.
TEXT_SHARE = 0.6
# The contents need room for this many characters of their own font...
CONTENTS_CHARACTERS = 8
# ... beside a line of this many characters of the text.
TEXT_CHARACTERS = 18
# The menu bar is kept to this share of the window's height, its titles never
# smaller than the interface's normal size (``INTERFACE_PT``).
MENU_SHARE = 0.1


class Room(QObject):
    """Decides what the window shows beside and under the text, as its size and the zoom change.

    Args:
        window: The main window.
        settings: Keeps whether the reader wants the contents (``view/contents``);
            the player bar's own setting (``view/player_bar``) follows what is shown.
        announce: Says a status message.
    """

    def __init__(
        self, window: QMainWindow, settings: Settings, announce: Callable[[str], None]
    ) -> None:
        super().__init__(window)
        self._window = window
        self._settings = settings
        self._announce = announce
        self._contents: QWidget | None = None
        self._pane: ReadingPane | None = None
        self._strips: Sequence[BarStrip] = ()
        self._player: BarStrip | None = None
        self._refresh: Callable[[], None] = lambda: None
        self._contents_forced = False  # shown by the reader where there is no room
        self._player_forced = False
        self._player_hidden_here = False  # hidden for want of room, not by the reader
        self._changing = False  # the room itself is showing or hiding the player bar
        self._pending = False
        self._fitting = False
        self._menu_fitted: tuple[int, int, str, float] | None = None  # the size and font fitted to

    def install(
        self,
        contents: QWidget,
        pane: ReadingPane,
        strips: Sequence[BarStrip],
        player: BarStrip | None,
        refresh: Callable[[], None],
    ) -> None:
        """Look after ``contents`` beside ``pane``, and ``strips`` (``player`` among them).

        ``refresh`` reads the menus' check marks again.
        """
        self._contents, self._pane, self._strips, self._player = contents, pane, strips, player
        self._refresh = refresh
        contents.setVisible(bool(self._settings.get("view/contents")))
        self._window.installEventFilter(self)
        for strip in strips:
            strip.bar.installEventFilter(self)
            strip.bar_changed.connect(self._fit_soon)

    # The commands ----------------------------------------------------------------------

    def command_definitions(self) -> list[Command]:
        """Show or hide the contents (View menu)."""
        return [
            Command(
                "toggle-contents",
                Menu.VIEW,
                self.tr("Show the c&ontents"),
                self.toggle_contents,
                keys("F9"),
                checked=lambda: self._contents is not None and not self._contents.isHidden(),
            )
        ]

    def key_hints(self) -> list[KeyHint]:
        """None."""
        return []

    def toggle_contents(self) -> None:
        """Hide the contents (kept), or show them, even where the window is narrow for them."""
        contents = self._contents
        if contents is None:
            return
        shown = contents.isHidden()
        self._settings.set("view/contents", shown)
        self._contents_forced = shown and not self._room_for_contents()
        self._set_contents(shown)
        self._announce(self.tr("Contents shown.") if shown else self.tr("Contents hidden."))

    def before_close(self) -> None:
        """Keep the player bar's setting as the reader left it, not as the room made it."""
        if self._player_hidden_here:
            self._settings.set("view/player_bar", True)

    # Fitting ---------------------------------------------------------------------------

    def fit(self) -> None:
        """Decide, for the window's size and the text's, what is shown and how."""
        self._pending = False
        if self._pane is None or self._fitting:
            return
        self._fitting = True
        try:
            self._fit()
        finally:
            self._fitting = False

    def _fit(self) -> None:
        width = self._window.width()
        font = QApplication.font()
        fitted = (width, self._window.height(), font.family(), font.pointSizeF())
        if self._menu_fitted != fitted:
            self._menu_fitted = fitted
            _fit_menu_bar(self._window.menuBar(), width, self._window.height())
        if self._contents is not None:
            room = self._room_for_contents()
            self._contents_forced = self._contents_forced and not room
            wanted = bool(self._settings.get("view/contents"))
            self._set_contents(wanted and (room or self._contents_forced))
            focused = self._window.focusWidget()
            if (
                self._pane is not None
                and self._contents.isHidden()
                and focused in (None, self._contents)
            ):
                self._pane.focus_current()  # hidden from the start: the text has the focus
        self._fit_bars()

    def _fit_bars(self) -> None:
        need = TEXT_SHARE * self._window.height()
        player = self._player
        if player is not None:
            # Where it fits at all, it fits in one row.
            fits = self._text_height(one_row=True, player=True) >= need
            wanted = not player.bar.isHidden() or self._player_hidden_here
            if wanted and not self._player_forced:
                self._show_player(fits)
            self._player_forced = self._player_forced and not fits
        showing = player is not None and not player.bar.isHidden()
        one_row = self._text_height(one_row=False, player=showing) < need
        width = self._bar_width()
        for strip in self._strips:
            if strip.one_row != one_row or strip.height() != strip.height_at(width):
                strip.arrange(width, one_row=one_row)

    def _text_height(self, *, one_row: bool, player: bool) -> float:
        """How tall the text would be with the bars shown so (``player``: with the player bar)."""
        window = self._window
        central = window.centralWidget()
        layout = central.layout() if central is not None else None
        if layout is None:
            return float(window.height())
        margins = layout.contentsMargins()
        width = self._bar_width()
        height = window.height() - margins.top() - margins.bottom()
        if window.menuBar().isVisibleTo(window):
            height -= window.menuBar().sizeHint().height()
        if window.statusBar().isVisibleTo(window):
            height -= window.statusBar().sizeHint().height()
        for strip in self._strips:
            shown = player if strip is self._player else not strip.bar.isHidden()
            if shown:
                height -= strip.height_at(width, one_row=one_row) + layout.spacing()
        return height

    def _bar_width(self) -> int:
        """How wide the bars under the text are."""
        central = self._window.centralWidget()
        layout = central.layout() if central is not None else None
        if layout is None:
            return self._window.width()
        margins = layout.contentsMargins()
        return self._window.width() - margins.left() - margins.right()

    def _show_player(self, shown: bool) -> None:
        player = self._player
        if player is None or player.bar.isHidden() != shown:
            return
        self._changing = True
        try:
            player.bar.setVisible(shown)
        finally:
            self._changing = False
        self._player_hidden_here = not shown
        # Its setting says what is shown, as the Read aloud part's Ctrl+Shift+B
        # reads it: one press shows a bar hidden here (and ``before_close`` keeps
        # the reader's own choice).
        self._settings.set("view/player_bar", shown)
        self._refresh()

    def _room_for_contents(self) -> bool:
        contents, pane = self._contents, self._pane
        if contents is None or pane is None:
            return False
        character = QFontMetricsF(contents.font()).horizontalAdvance("国")
        style = pane.scrolled.layout.style
        text = TEXT_CHARACTERS * style.px(style.typography.reading_pt) + 2 * style.margin
        contents.setMinimumWidth(round(CONTENTS_CHARACTERS * character))
        return self._window.width() >= CONTENTS_CHARACTERS * character + text

    def _set_contents(self, shown: bool) -> None:
        contents, pane = self._contents, self._pane
        if contents is None or pane is None or contents.isHidden() != shown:
            return
        focused = self._window.focusWidget()
        had_focus = focused is not None and (focused is contents or contents.isAncestorOf(focused))
        contents.setVisible(shown)
        if had_focus:
            pane.focus_current()  # the block being read takes the focus
        self._refresh()

    # Qt ---------------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Fit again when the window's size, style or bars change."""
        if not shiboken6.isValid(self._window):
            return False  # the window is being deleted: its bars hide with it
        kind = event.type()
        if watched is self._window and kind == QEvent.Type.Resize:
            self.fit()  # also as the window is first shown, with its size
        elif not self._window.isVisible():
            pass  # not yet shown: its size is not known
        elif watched is self._window and kind in (QEvent.Type.StyleChange, QEvent.Type.FontChange):
            self._fit_soon()
        elif kind in (QEvent.Type.ShowToParent, QEvent.Type.HideToParent):
            player = self._player
            if player is not None and watched is player.bar and not self._changing:
                # The reader showed or hid the player bar (Ctrl+Shift+B).
                self._player_forced = kind == QEvent.Type.ShowToParent
                self._player_hidden_here = False
            # At once: the bar's strip takes the height fitted before it is shown.
            self.fit()
        return False

    def _fit_soon(self) -> None:
        if not self._pending and shiboken6.isValid(self._window) and self._window.isVisible():
            self._pending = True
            QTimer.singleShot(0, self, self.fit)


def _fit_menu_bar(bar: QMenuBar, width: int, height: int) -> None:
    """Set the menu bar's titles smaller (never below the normal size) until they all fit.

    Its height too is kept to a tenth of the window's, where the titles stay
    large enough: a menu bar as tall as two lines of text would take the text's.
    """
    bar.setStyleSheet("")
    size = bar.font().pointSizeF()
    limit = QSize(width, round(height * MENU_SHARE))
    while limit.expandedTo(bar.sizeHint()) != limit and size > INTERFACE_PT:
        hint = bar.sizeHint()
        shrink = min(limit.width() / hint.width(), limit.height() / hint.height())
        size = max(INTERFACE_PT, min(size - 0.5, size * shrink))
        bar.setStyleSheet(f"QMenuBar {{ font-size: {size:.1f}pt; }}")
