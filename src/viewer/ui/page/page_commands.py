"""The page's commands (copy, select the section, the line focus), and its caret keys."""

from __future__ import annotations

from PySide6.QtCore import QObject

from viewer.ui.commands.command import Command, KeyHint, Menu, keys
from viewer.ui.page.reading_pane import ReadingPane
from viewer.ui.ports import Announcer, Settings


class PageCommands(QObject):
    """Copying and selecting in the page, its line focus; what its caret keys do."""

    def __init__(
        self,
        pane: ReadingPane,
        settings: Settings,
        announcer: Announcer,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._pane = pane
        self._keys = pane.keys
        self._settings = settings
        self._announcer = announcer
        pane.line_focus.lines = int(settings.get("view/line_focus"))

    def command_definitions(self) -> list[Command]:
        """Copy, select the section, and the line focus."""
        edit = Menu.EDIT
        return [
            Command("copy", edit, self.tr("&Copy"), self._keys.copy, keys("Ctrl+C")),
            Command("select-section", edit, self.tr("Select the &section"),
                    self._keys.select_section, keys("Ctrl+A")),
            Command("line-focus", Menu.VIEW, self.tr("Line &focus: 1, 3, 5 lines or off"),
                    self.step_line_focus, keys("Ctrl+L")),
        ]  # fmt: skip

    def step_line_focus(self) -> None:
        """Show 1, 3 or 5 lines around the line read, or all of them, and say which."""
        focus = self._pane.line_focus
        focus.lines = focus.next_step()
        self._settings.set("view/line_focus", focus.lines)
        self._pane.viewport().update()
        if focus.lines == 1:
            self._announcer.announce(self.tr("Line focus: one line."))
        elif focus.lines:
            self._announcer.announce(self.tr("Line focus: {0} lines.").format(focus.lines))
        else:
            self._announcer.announce(self.tr("Line focus off."))

    def key_hints(self) -> list[KeyHint]:
        """The caret keys of the text."""
        return [
            KeyHint(self.tr("Character by character (in the text)"), self.tr("Left, Right")),
            KeyHint(self.tr("Word by word (in the text)"), self.tr("Ctrl+Left, Ctrl+Right")),
            KeyHint(self.tr("Line by line (in the text)"), self.tr("Up, Down")),
            KeyHint(self.tr("Start or end of the line (in the text)"), self.tr("Home, End")),
            KeyHint(self.tr("A screenful up or down (in the text)"), self.tr("PgUp, PgDown")),
            KeyHint(self.tr("Select as the caret moves (in the text)"),
                    self.tr("Shift with any of these")),
        ]  # fmt: skip
