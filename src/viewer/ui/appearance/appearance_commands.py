"""The View menu's colours and text: a theme chosen or stepped through, text size and spacing."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from viewer.ui.appearance.appearance import Appearance
from viewer.ui.appearance.text_settings_dialog import TextSettingsDialog
from viewer.ui.commands.command import Command, KeyHint, Menu, keys
from viewer.ui.ports import Announcer


class AppearanceCommands(QObject):
    """Chooses the colours and the text size, showing each change at once."""

    def __init__(
        self, appearance: Appearance, announcer: Announcer, dialog_parent: QWidget
    ) -> None:
        super().__init__(dialog_parent)
        self._appearance = appearance
        self._announcer = announcer
        self._parent = dialog_parent

    def command_definitions(self) -> list[Command]:
        """The theme choices (the Colours submenu), then the View menu's text commands."""
        appearance = self._appearance

        def choose(name: str) -> Callable[[], None]:
            return lambda: appearance.choose(name)

        def chosen(name: str) -> Callable[[], bool]:
            return lambda: appearance.chosen == name

        themes = [("", self.tr("Follow the &system"))]
        themes += [(name, appearance.title(theme)) for name, theme in appearance.themes.items()]
        choices = [
            Command(
                f"theme-{name or 'system'}",
                Menu.COLOURS,
                title,
                choose(name),
                checked=chosen(name),
                group="theme",
                overview=False,  # a list of the themes installed, not keys to learn
            )
            for name, title in themes
        ]
        view = Menu.VIEW
        return [
            *choices,
            Command(
                "next-theme", view, self.tr("Next &theme"), appearance.next_theme, keys("Ctrl+T")
            ),
            Command(
                "zoom-in",
                view,
                self.tr("&Bigger text"),
                lambda: appearance.zoom(1),
                keys("Ctrl++", "Ctrl+="),
            ),
            Command(
                "zoom-out",
                view,
                self.tr("&Smaller text"),
                lambda: appearance.zoom(-1),
                keys("Ctrl+-"),
            ),
            Command(
                "zoom-reset",
                view,
                self.tr("&Normal text size"),
                lambda: appearance.zoom(0),
                keys("Ctrl+0"),
            ),
            Command(
                "text-settings",
                view,
                self.tr("Te&xt and spacing…"),
                self.text_settings,
                keys("Ctrl+Shift+F"),
            ),
        ]

    def key_hints(self) -> list[KeyHint]:
        """None: every key here is a command."""
        return []

    def text_settings(self) -> None:
        """Choose the font, size and spacing, seeing each change at once; Cancel puts them back."""
        appearance = self._appearance
        dialog = TextSettingsDialog(appearance.typography, self._parent)
        dialog.changed.connect(lambda: appearance.set_typography(dialog.typography()))
        if dialog.exec():
            self._announcer.announce(self.tr("Text settings changed."))
        else:
            appearance.set_typography(dialog.original)
        dialog.deleteLater()
