"""A storm of random keys: the viewer never raises, warns, loses the focus or stops answering.

The default run sends a few thousand keys with fixed seeds; `make soak` sends
20,000. A failure names its seed and the keys before it; replay it with
``VIEWER_STORM_SEED=<seed> VIEWER_STORM_KEYS=<count> make test``.
"""

from __future__ import annotations

import os
import traceback
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QtMsgType
from PySide6.QtWidgets import QApplication, QFileDialog, QWidget
from pytestqt.qtbot import QtBot

from tests.support import action
from tests.ui.keyboard_storm import KeyboardStorm, StormResult, shortcut_keys
from viewer.ui.window.main_window import MainWindow

#: Quitting ends the session the storm is testing; every other command is in it.
LEFT_OUT = frozenset({"quit"})


def seeds(default: tuple[int, ...]) -> tuple[int, ...]:
    replay = os.environ.get("VIEWER_STORM_SEED")
    return (int(replay),) if replay else default


def key_count(default: int) -> int:
    return int(os.environ.get("VIEWER_STORM_KEYS", default))


def has_focus_soon() -> bool:
    """Whether a widget has the focus, once the events already posted are handled.

    A closing dialog gives the focus back through the event loop, a moment after it closes.
    """
    for _ in range(10):
        if isinstance(QApplication.focusWidget(), QWidget):
            return True
        QApplication.processEvents()
    return False


def run_storm(
    qtbot: QtBot,
    qtlog: Any,
    window: MainWindow,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    seed: int,
    count: int,
) -> StormResult:
    action(window, "quit").setEnabled(False)
    saves = iter(range(1_000_000))

    def save_file_name(*_args: object, **_kwargs: object) -> tuple[str, str]:
        # Every other save is cancelled; the others write into the test's folder.
        number = next(saves)
        return ("", "") if number % 2 else (str(tmp_path / f"saved-{number}"), "")

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_file_name)
    blocks = len(window.navigator.map.blocks)

    with qtbot.captureExceptions() as exceptions:

        def check() -> str | None:
            if exceptions:
                kind, value, trace = exceptions[0]
                return "".join(traceback.format_exception(kind, value, trace))
            warnings = [
                r
                for r in qtlog.records
                if r.type in (QtMsgType.QtWarningMsg, QtMsgType.QtCriticalMsg) and not r.ignored
            ]
            if warnings:
                return f"Qt said: {warnings[0].message}"
            if not window.isVisible():
                return "the window closed"
            if not has_focus_soon():
                active = QApplication.activeWindow()
                shown = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
                return (
                    f"no widget has the focus (active window: {active!r}, "
                    f"its focus widget: {active.focusWidget() if active else None!r}, "
                    f"modal: {QApplication.activeModalWidget()!r}, "
                    f"windows shown: {shown})"
                )
            if not 0 <= window.navigator.position < blocks:
                return f"reading position {window.navigator.position} is outside the document"
            return None

        storm = KeyboardStorm(seed, count, shortcut_keys(window.commands.commands, LEFT_OUT), check)
        storm.start()
        qtbot.waitUntil(lambda: storm.result.done, timeout=60_000 + count * 100)
    result = storm.result
    if result.failure is not None:
        pytest.fail(
            f"keyboard storm, seed {seed}, failed {result.failure}\n"
            f"replay: VIEWER_STORM_SEED={seed} VIEWER_STORM_KEYS={count} make test"
        )
    return result


@pytest.mark.parametrize("seed", seeds((1, 2)))
def test_keyboard_storm(
    qtbot: QtBot,
    qtlog: Any,
    window: MainWindow,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    seed: int,
) -> None:
    count = key_count(1500)
    result = run_storm(qtbot, qtlog, window, monkeypatch, tmp_path, seed, count)
    assert result.sent == count
    assert result.dialogs_opened > 0  # the storm reached the dialogs, not only the text


@pytest.mark.soak
def test_keyboard_storm_of_20000_keys(
    qtbot: QtBot,
    qtlog: Any,
    window: MainWindow,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    (seed,) = seeds((3,))
    count = key_count(20_000)
    result = run_storm(qtbot, qtlog, window, monkeypatch, tmp_path, seed, count)
    print(f"keyboard storm, seed {seed}: {result.sent} keys, {result.dialogs_opened} dialogs")
    assert result.sent == count
