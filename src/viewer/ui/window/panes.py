"""The panes of the window in visual order: F6 moves between them, and Tab follows them too."""

from __future__ import annotations

import itertools

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from viewer.ui.find.find_bar import FindBar
from viewer.ui.navigation.contents_tree import ContentsTree
from viewer.ui.page.reading_pane import ReadingPane
from viewer.ui.speech.player_bar import PlayerBar


class Panes:
    """The contents, the page, the find bar (when open) and the player bar."""

    def __init__(
        self,
        window: QWidget,
        contents: ContentsTree,
        page: ReadingPane,
        find_bar: FindBar,
        player: PlayerBar,
    ) -> None:
        self._window = window
        self._contents = contents
        self._page = page
        self._find_bar = find_bar
        self._player = player

    def panes(self) -> list[QWidget]:
        """The widget of each pane that F6 gives the focus to, in visual order (those shown)."""
        panes: list[QWidget] = []
        if self._contents.isVisibleTo(self._window):
            panes.append(self._contents)
        panes.append(self._page)
        if self._find_bar.isVisible():
            panes.append(self._find_bar.field)
        player = self._player
        if player.isVisibleTo(self._window):
            panes.append(next((b for b in player.buttons() if b.isEnabled()), player.rate))
        return panes

    def cycle(self, step: int) -> None:
        """Move the focus to the next (1) or previous (-1) pane."""
        panes = self.panes()
        focused = self._window.focusWidget()
        here = next((i for i, p in enumerate(panes) if p is focused or p.isAncestorOf(focused)), -1)
        panes[(here + step) % len(panes)].setFocus(Qt.FocusReason.OtherFocusReason)

    def order_tabs(self) -> None:
        """Make Tab follow the visual order."""
        chain = [
            self._contents,
            self._page,
            *self._find_bar.tab_chain(),
            *self._player.tab_chain(),
        ]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)
