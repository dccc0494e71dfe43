"""The settings file: one that cannot be read gives the defaults and a message, and a write
that fails leaves the previous file as it was and tells the user."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from tests.support import action
from viewer.ui.common.settings_store import SettingsStore
from viewer.ui.window.main_window import MainWindow

Opener = Callable[..., MainWindow]
PREVIOUS = b"[position]\nsection=employment\nblock=1\n"
AS_ROOT = os.geteuid() == 0  # root reads and writes whatever the permissions say


def opens_with_defaults_and_says_so(open_window: Opener, path: Path) -> MainWindow:
    window = open_window(path=path)
    assert window.navigator.position == 0
    assert window.navigator.unit.value == "paragraph"
    assert window.settings.problems
    assert window.announcer.message in window.settings.problems
    assert "could not be read" in " ".join(window.settings.problems)
    return window


def test_binary_garbage_gives_the_defaults(open_window: Opener, settings_path: Path) -> None:
    settings_path.write_bytes(bytes(range(256)) * 40)
    opens_with_defaults_and_says_so(open_window, settings_path)
    assert settings_path.with_name("viewer.ini.damaged").read_bytes() == bytes(range(256)) * 40


def test_a_link_that_loops_gives_the_defaults(open_window: Opener, settings_path: Path) -> None:
    settings_path.symlink_to(settings_path.name)  # cannot be opened, even by root
    window = opens_with_defaults_and_says_so(open_window, settings_path)
    assert settings_path.with_name("viewer.ini.damaged").is_symlink()  # kept aside
    window.close()
    assert settings_path.is_file()  # and a good one written in its place


@pytest.mark.skipif(AS_ROOT, reason="root reads a file whatever its permissions")
def test_a_file_that_may_not_be_read_gives_the_defaults(
    open_window: Opener, settings_path: Path
) -> None:
    settings_path.write_bytes(PREVIOUS)
    settings_path.chmod(0)
    opens_with_defaults_and_says_so(open_window, settings_path)


# Writing ---------------------------------------------------------------------------------

# Opens the settings, stores a value too large for the files allowed, and syncs.
SYNC_AT_LIMIT = """
import resource, signal, sys
from pathlib import Path
from viewer.ui.common.settings_store import SettingsStore
if sys.argv[2] == "disk-full":
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # the write fails: the disk is full
else:  # SIGXFSZ kills the process in the middle of the write (Python ignores it)
    signal.signal(signal.SIGXFSZ, signal.SIG_DFL)
resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
store = SettingsStore(Path(sys.argv[1]))
resource.setrlimit(resource.RLIMIT_FSIZE, (4096, 4096))
store.set("window/geometry", bytes(range(256)) * 64)
print(store.sync())
"""


@pytest.mark.parametrize("failure", ["disk-full", "killed"])
def test_a_failed_sync_keeps_the_previous_file(settings_path: Path, failure: str) -> None:
    settings_path.write_bytes(PREVIOUS)
    result = subprocess.run(
        [sys.executable, "-c", SYNC_AT_LIMIT, str(settings_path), failure],
        capture_output=True,
        text=True,
        check=False,
        timeout=60,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    if failure == "disk-full":
        assert (result.returncode, result.stdout) == (0, "False\n"), result.stderr
        # QSettings wrote a temporary file (QSaveFile) and removed it.
        assert [p.name for p in settings_path.parent.iterdir()] == [settings_path.name]
    else:
        assert result.returncode == -signal.SIGXFSZ, result.stderr
    assert settings_path.read_bytes() == PREVIOUS


@pytest.mark.skipif(AS_ROOT, reason="root writes in any folder whatever its permissions")
def test_an_unwritable_folder_keeps_the_previous_file(tmp_path: Path) -> None:
    folder = tmp_path / "config"
    folder.mkdir()
    path = folder / "viewer.ini"
    path.write_bytes(PREVIOUS)
    store = SettingsStore(path)
    folder.chmod(0o500)
    try:
        store.set("position/block", 7)
        assert not store.sync()
        assert store.save() is not None
    finally:
        folder.chmod(0o700)
    assert path.read_bytes() == PREVIOUS
    assert int(QSettings(str(path), QSettings.Format.IniFormat).value("position/block")) == 1


def test_the_user_is_told_when_the_settings_cannot_be_saved(
    qtbot: QtBot, open_window: Opener, settings_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = open_window()
    monkeypatch.setattr(SettingsStore, "sync", lambda _self: False)  # as the tests above fail
    shown: list[str] = []

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            shown.append(box.text())
            box.accept()

    answering = QTimer()
    answering.timeout.connect(answer)
    answering.start(20)
    window.close()
    answering.stop()
    assert shown == [
        (
            f"The settings could not be saved to {settings_path} (is the folder writable, "
            "is the disk full?). The settings file there is kept as it was."
        )
    ]
    qtbot.wait(0)


def test_a_change_is_saved_soon_without_closing(
    qtbot: QtBot, open_window: Opener, settings_path: Path
) -> None:
    window = open_window(path=settings_path)
    action(window, "next-theme").trigger()
    chosen = window.parts.appearance.chosen
    assert chosen
    # As after a crash: only what is on disk counts.
    qtbot.waitUntil(
        lambda: settings_path.is_file() and f"theme={chosen}" in settings_path.read_text("utf-8"),
        timeout=5000,
    )


def test_a_failed_save_of_its_own_is_announced(
    qtbot: QtBot, open_window: Opener, settings_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = open_window(path=settings_path)
    monkeypatch.setattr(window.settings, "sync", lambda: False)
    action(window, "zoom-in").trigger()
    qtbot.waitUntil(
        lambda: "could not be saved" in window.announcer.message,
        timeout=5000,
    )
    monkeypatch.undo()  # else closing the window would show its warning and wait for an answer
