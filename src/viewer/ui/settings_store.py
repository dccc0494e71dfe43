"""The settings file (QSettings, INI format), read through the declared settings."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QCoreApplication, QSettings

from viewer.settings import SETTINGS, coerce


class SettingsStore:
    """Typed access to the settings file; damage is reported, never fatal.

    A file that cannot be read or parsed is moved aside (``NAME.damaged``, so
    nothing is lost) and the defaults are used; a value of the wrong type is
    replaced by its default. Either way ``problems`` says what happened.
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        self.problems: list[str] = []
        self._settings = self._open()
        declared = {s.key for s in SETTINGS}
        if any(key not in declared for key in self._settings.allKeys()):
            self.problems.append(
                QCoreApplication.translate(
                    "Settings",
                    "The settings file holds entries that are not settings; they are ignored.",
                )
            )

    def _open(self) -> QSettings:
        settings = QSettings(str(self.path), QSettings.Format.IniFormat)
        if settings.status() == QSettings.Status.NoError and not self.path.is_dir():
            return settings
        damaged = self.path.with_name(self.path.name + ".damaged")
        try:
            self.path.replace(damaged)
            message = QCoreApplication.translate(
                "Settings",
                "The settings file could not be read and was kept as {0}; using defaults.",
            )
            self.problems.append(message.format(damaged))
        except OSError as error:
            message = QCoreApplication.translate(
                "Settings", "The settings file could not be read ({0}); using defaults."
            )
            self.problems.append(message.format(error.strerror))
        return QSettings(str(self.path), QSettings.Format.IniFormat)

    def get(self, key: str) -> Any:
        """Return the value of the declared setting ``key``."""
        raw = self._settings.value(key)
        if isinstance(raw, QByteArray):
            raw = raw.data()
        value, problem = coerce(key, raw)
        if problem is not None:
            message = QCoreApplication.translate(
                "Settings", "The setting {0} was not valid; using its default."
            )
            self.problems.append(message.format(problem.key))
            self._settings.remove(key)
        return value

    def set(self, key: str, value: Any) -> None:
        """Store ``value`` for the declared setting ``key``."""
        coerce(key, value)  # raises KeyError for an undeclared key
        self._settings.setValue(key, QByteArray(value) if isinstance(value, bytes) else value)

    def sync(self) -> bool:
        """Write the settings to disk; return whether that worked."""
        self._settings.sync()
        return self._settings.status() == QSettings.Status.NoError
