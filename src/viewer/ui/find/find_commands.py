"""The Find menu: the find bar, its index, and the keys that move between matches."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject

from viewer.reading.find import Match, context_of
from viewer.reading.navigator import Navigator
from viewer.ui.commands.command import Command, KeyHint, Menu, keys
from viewer.ui.find.find_bar import FindBar
from viewer.ui.find.find_index import IndexInIdleTime
from viewer.ui.ports import Announcer, PageView, TextSpan


class FindCommands(QObject):
    """Finds text in the whole document; each match is shown, selected, and its count said."""

    def __init__(
        self,
        navigator: Navigator,
        page: PageView,
        announcer: Announcer,
        focus_current: Callable[[], None],
        parent: QObject | None = None,
    ) -> None:
        """Build the find bar (hidden) and start indexing in idle time.

        Args:
            navigator: The reading place, where a search starts and a match is shown.
            page: Where a match is selected.
            announcer: Says the match count.
            focus_current: Gives the focus to the block being read (the find bar
                closed, and what had the focus before is gone).
            parent: The Qt parent.
        """
        super().__init__(parent)
        self._navigator = navigator
        self._page = page
        self.index = IndexInIdleTime(navigator.map.blocks, self)
        self.bar = FindBar(self.index.index, lambda: navigator.position)
        self.bar.hide()
        self.bar.match_shown.connect(self._show_match)
        self._announcer = announcer
        self.bar.message.connect(self._say)
        self.bar.focus_back.connect(focus_current)

    def command_definitions(self) -> list[Command]:
        """The Find menu's commands."""
        bar = self.bar
        return [
            Command("find", Menu.FIND, self.tr("&Find…"), bar.open_bar, keys("Ctrl+F")),
            Command("find-next", Menu.FIND, self.tr("Find &next"), lambda: bar.step(1), keys("F3")),
            Command(
                "find-previous",
                Menu.FIND,
                self.tr("Find &previous"),
                lambda: bar.step(-1),
                keys("Shift+F3"),
            ),
        ]

    def key_hints(self) -> list[KeyHint]:
        """The keys of the find bar that are not commands."""
        return [
            KeyHint(self.tr("Go to the current match (in the find bar)"), self.tr("Enter")),
            KeyHint(self.tr("Close the find bar or a dialog"), self.tr("Escape")),
        ]

    def _show_match(self, match: Match, focus: bool) -> None:
        # The focus comes quietly: a screen reader would read the whole block,
        # where the message says the words found in their sentence.
        self._navigator.go_to(match.block, focus=False, jump=True)
        self._page.select(TextSpan(match.block, match.start, match.end))
        if focus:
            self._page.focus_quietly()

    def _say(self, count: str) -> None:
        """Say the match count, and with it the words found in their sentence."""
        match = self.bar.current_match()
        if match is None or not self.bar.field.text().strip():
            self._announcer.announce(count)
            return
        text = self._navigator.map.blocks[match.block].text
        context = context_of(text, match.start, match.end)
        self._announcer.announce(self.tr("{0}: {1}").format(count, context))
