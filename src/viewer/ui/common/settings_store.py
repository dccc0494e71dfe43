"""The settings file (QSettings, INI format), read through the declared settings."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QCoreApplication, QSettings, QTimer

from viewer.saving import AtomicFile
from viewer.settings import SETTINGS, coerce

#: A change is written this long after the last one (milliseconds).
AUTOSAVE_MS = 2000


class SettingsStore:
    """Typed access to the settings file; damage is reported, never fatal.

    A file that cannot be read or parsed is moved aside (``NAME.damaged``, so
    nothing is lost) and the defaults are used; a value of the wrong type is
    replaced by its default. Either way ``problems`` says what happened.

    The values are kept in memory and written only by ``sync``, atomically and
    checked: QSettings writes its file itself whenever it likes, and takes a
    write cut short by a full disk for a success, leaving a truncated file in
    place of the good one. While an event loop runs, a change is written
    ``autosave_ms`` after the last one, so that a crash loses little.

    Attributes:
        save_failed: Told what to say when a save made on its own fails.
    """

    def __init__(self, path: Path, *, autosave_ms: int = AUTOSAVE_MS) -> None:
        self.path = path
        self.problems: list[str] = []
        self.save_failed: Callable[[str], None] | None = None
        self._autosave_ms = autosave_ms
        self._autosave: QTimer | None = None
        read = self._open()
        self._values: dict[str, Any] = {key: read.value(key) for key in read.allKeys()}
        declared = {s.key for s in SETTINGS}
        if any(key not in declared for key in self._values):
            self.problems.append(
                QCoreApplication.translate(
                    "Settings",
                    "The settings file holds entries that are not settings; they are ignored.",
                )
            )

    def _open(self) -> QSettings:
        settings = QSettings(str(self.path), QSettings.Format.IniFormat)
        settings.allKeys()  # the file is read on first use: its status is known only then
        if settings.status() == QSettings.Status.NoError and self._readable():
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

    def _readable(self) -> bool:
        # QSettings takes a file it cannot open (a folder, a symbolic link that
        # loops) for no file at all, and would then write over it.
        try:
            with self.path.open("rb"):
                return True
        except FileNotFoundError:
            return True  # none yet (or a link to one still to be made)
        except OSError:
            return False

    def get(self, key: str) -> Any:
        """Return the value of the declared setting ``key``."""
        value, problem = coerce(key, _plain(self._values.get(key)))
        if problem is not None:
            message = QCoreApplication.translate(
                "Settings", "The setting {0} was not valid; using its default."
            )
            self.problems.append(message.format(problem.key))
            self._values.pop(key, None)
        return value

    def set(self, key: str, value: Any) -> None:
        """Store ``value`` for the declared setting ``key``.

        Raises:
            KeyError: ``key`` is not a declared setting.
            ValueError: ``value`` is not one the setting allows; nothing is stored.
        """
        value, problem = coerce(key, value)
        if problem is not None:
            raise ValueError(f"{key}: {problem.reason}")
        if self._values.get(key) == value:
            return
        self._values[key] = value
        self._schedule_save()

    def _schedule_save(self) -> None:
        if self._autosave is None:
            app = QCoreApplication.instance()
            if app is None:
                return  # no event loop: saved by sync() alone
            # The application's: a timer of no parent would outlive it at exit.
            self._autosave = QTimer(app)
            self._autosave.setSingleShot(True)
            self._autosave.setInterval(self._autosave_ms)
            self._autosave.timeout.connect(self._save_now)
        self._autosave.start()

    def _save_now(self) -> None:
        problem = self.save()
        if problem is not None and self.save_failed is not None:
            self.save_failed(problem)

    def sync(self) -> bool:
        """Write the settings to disk; return whether that worked.

        The settings go to a new file beside the old one, which is read back
        and replaces the old one only if it holds them all; so a failure
        leaves the previous file as it was.
        """
        try:
            saving = AtomicFile(self.path)
        except OSError:
            return False
        try:
            written = QSettings(str(saving.temp), QSettings.Format.IniFormat)
            for key, value in self._values.items():
                written.setValue(key, QByteArray(value) if isinstance(value, bytes) else value)
            written.sync()
            ok = written.status() == QSettings.Status.NoError and self._holds_all(saving.temp)
            del written  # it must not write again
            if ok:
                saving.commit()
        except OSError:
            ok = False
        finally:
            saving.discard()
        return ok

    def save(self) -> str | None:
        """Write the settings to disk; return what to tell the user if that failed."""
        if self._autosave is not None:
            self._autosave.stop()
        if self.sync():
            return None
        return QCoreApplication.translate(
            "Settings",
            "The settings could not be saved to {0} (is the folder writable, is the disk "
            "full?). The settings file there is kept as it was.",
        ).format(self.path)

    def _holds_all(self, path: Path) -> bool:
        # Read as bytes: QSettings would answer from its cache of what it meant
        # to write. QSettings ends every line, the last too, so a file cut short
        # ends mid-line or lacks the last entries.
        data = path.read_bytes()
        if self._values and not data.endswith(b"\n"):
            return False
        section, found = "", set()
        for line in data.decode("utf-8", "replace").splitlines():
            if line.startswith("[") and line.endswith("]"):
                section = line[1:-1]
            elif "=" in line:
                name = line.split("=", 1)[0].strip()
                found.add(name if section == "General" else f"{section}/{name}")
        return set(self._values) <= found


def _plain(raw: Any) -> Any:
    return raw.data() if isinstance(raw, QByteArray) else raw
