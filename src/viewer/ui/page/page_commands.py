"""The Edit menu (copy, select the section) and the caret keys of the page, for the overview."""

from __future__ import annotations

from PySide6.QtCore import QObject

from viewer.ui.commands.command import Command, KeyHint, Menu, keys
from viewer.ui.page.caret_keys import CaretKeys


class PageCommands(QObject):
    """Copying and selecting in the page; what its caret keys do."""

    def __init__(self, caret_keys: CaretKeys, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._keys = caret_keys

    def command_definitions(self) -> list[Command]:
        """Copy, and select the section."""
        edit = Menu.EDIT
        return [
            Command("copy", edit, self.tr("&Copy"), self._keys.copy, keys("Ctrl+C")),
            Command("select-section", edit, self.tr("Select the &section"),
                    self._keys.select_section, keys("Ctrl+A")),
        ]  # fmt: skip

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
