"""The reader's colour theme and text size: chosen, remembered, and applied at once."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QApplication

from viewer.themes.theme import Theme
from viewer.themes.typography import Typography
from viewer.ui.appearance import theming
from viewer.ui.ports import Settings

# The themes that stand for the system's preferences when following it.
SYSTEM_THEMES = {
    (False, False): "light",
    (False, True): "dark",
    (True, False): "high-contrast-black-on-white",
    (True, True): "high-contrast-white-on-black",
}


class Appearance(QObject):
    """Holds the themes, the chosen one and the typography, and applies them."""

    # A change was applied; the message says what, for the status bar.
    changed = Signal(str)

    def __init__(
        self,
        app: QApplication,
        themes: dict[str, Theme],
        settings: Settings,
        language: str,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._app = app
        self.themes = themes
        self._settings = settings
        self._language = language
        self.chosen: str = str(settings.get("view/theme"))
        if self.chosen and self.chosen not in themes:
            self.chosen = ""
        self.typography = Typography.from_settings(settings.get)
        self._listeners: list[Callable[[Theme, Typography], None]] = []
        # The style, palette and font set before the window's widgets are made, so
        # that none is polished, laid out or painted in any other first.
        theming.apply(app, self.theme, self.typography)
        hints = app.styleHints()
        hints.colorSchemeChanged.connect(self._system_changed)
        hints.accessibility().contrastPreferenceChanged.connect(self._system_changed)

    # What is shown ----------------------------------------------------------------------

    @property
    def theme(self) -> Theme:
        """The theme in effect: the one chosen, or the system's."""
        if self.chosen:
            return self.themes[self.chosen]
        return self.themes.get(self.system_theme_name()) or next(iter(self.themes.values()))

    def system_theme_name(self) -> str:
        """The theme that matches the system's dark mode and contrast preference."""
        hints = self._app.styleHints()
        dark = hints.colorScheme() == Qt.ColorScheme.Dark
        high = hints.accessibility().contrastPreference() == Qt.ContrastPreference.HighContrast
        return SYSTEM_THEMES[(high, dark)]

    def title(self, theme: Theme) -> str:
        """A theme's name in the interface's language."""
        return theme.title(self._language)

    def on_change(self, listener: Callable[[Theme, Typography], None]) -> None:
        """Call ``listener`` with the theme and typography each time they are applied."""
        self._listeners.append(listener)

    def apply(self) -> None:
        """Apply the theme and typography to the whole application now."""
        theming.apply(self._app, self.theme, self.typography)
        for listener in self._listeners:
            listener(self.theme, self.typography)

    # Changes ----------------------------------------------------------------------------

    def choose(self, name: str) -> None:
        """Use theme ``name`` ("" to follow the system), remember it, and say so."""
        self.chosen = name if name in self.themes else ""
        self._settings.set("view/theme", self.chosen)
        if self.chosen:
            message = self.tr("Theme: {0}.").format(self.title(self.theme))
        else:
            message = self.tr("Following the system's colours: {0}.").format(self.title(self.theme))
        # Said before it is applied: restyling sends assistive technology many
        # events, and Orca drops status messages queued behind a flood of them.
        self.changed.emit(message)
        self.apply()

    def next_theme(self) -> None:
        """Use the next theme in the list (after the last: follow the system)."""
        names = [*self.themes, ""]
        self.choose(names[(names.index(self.chosen) + 1) % len(names)])

    def zoom(self, step: int) -> None:
        """Make text one step bigger (1) or smaller (-1); 0 goes back to 100%."""
        typography = self.typography.zoomed(step).clamped()
        self.changed.emit(self.tr("Text size {0}%.").format(typography.zoom))  # first: see choose()
        self.set_typography(typography)

    def set_typography(self, typography: Typography) -> None:
        """Use ``typography`` (brought within limits), remember it and apply it."""
        self.typography = typography.clamped()
        for key, value in self.typography.settings().items():
            self._settings.set(key, value)
        self.apply()

    def _system_changed(self) -> None:
        if not self.chosen:
            self.changed.emit(  # first: see choose()
                self.tr("The system's colours changed: {0}.").format(self.title(self.theme))
            )
            self.apply()
