"""The viewer's voice beside a screen reader: it pauses (or stops) when the screen reader speaks."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.doubles import FakeEngine, ManualClock, SilentOutput
from tests.support import action, press
from tests.ui.conftest import Opener
from tests.ui.listening import Heard, controller, output
from viewer.ui.common.screen_reader import process_running
from viewer.ui.speech.speech_services import SpeechServices, State
from viewer.ui.speech.two_voices import LEAD_IN_MS
from viewer.ui.window.main_window import MainWindow

CTRL = Qt.KeyboardModifier.ControlModifier


def with_screen_reader(
    open_window: Opener, fake_engine: FakeEngine, clock: ManualClock, *, running: bool = True
) -> MainWindow:
    speech = SpeechServices(
        make_engine=lambda: fake_engine,
        make_output=lambda: SilentOutput(clock),
        screen_reader_running=lambda: running,
    )
    window = open_window(speech=speech)
    window.parts.two_voices.refresh()
    return window


@pytest.fixture
def beside_orca(open_window: Opener, fake_engine: FakeEngine, clock: ManualClock) -> MainWindow:
    fake_engine.ms_per_char = 50
    return with_screen_reader(open_window, fake_engine, clock)


def test_the_player_bar_and_the_first_read_aloud_say_a_screen_reader_runs(
    qtbot: QtBot, beside_orca: MainWindow
) -> None:
    window = beside_orca
    player = window.speech.player
    assert player.screen_reader_note.text() == "Screen reader running"
    assert "Screen reader running" in player.read_button.accessibleDescription()
    press(qtbot, Qt.Key.Key_R, CTRL)
    assert window.announcer.message == (
        "Reading aloud. A screen reader is running: this voice pauses when you press a key. "
        "Ctrl+Space resumes."
    )
    # The voice waits for the screen reader to say it, then begins.
    assert controller(window).lead_in_ms == LEAD_IN_MS
    assert not output(window).playing
    Heard(qtbot, window).wait_for(1)
    assert output(window).playing
    press(qtbot, Qt.Key.Key_E, CTRL)
    press(qtbot, Qt.Key.Key_R, CTRL)
    assert window.announcer.message == "Reading aloud."  # the notice only the first time


def test_a_key_the_screen_reader_speaks_pauses_the_voice(
    qtbot: QtBot, beside_orca: MainWindow
) -> None:
    window = beside_orca
    press(qtbot, Qt.Key.Key_R, CTRL)
    Heard(qtbot, window).wait_for(1)
    # The voice's own keys do not pause it.
    press(qtbot, Qt.Key.Key_BracketRight, CTRL)
    assert controller(window).state is State.PLAYING
    press(qtbot, Qt.Key.Key_Shift)  # a modifier alone says nothing
    assert controller(window).state is State.PLAYING
    window.reading_pane.focus_current()
    qtbot.waitUntil(window.reading_pane.hasFocus)
    press(qtbot, Qt.Key.Key_Down)
    assert controller(window).state is State.PAUSED
    assert window.announcer.message != "Reading aloud."
    press(qtbot, Qt.Key.Key_Space, CTRL)  # and Ctrl+Space goes on
    assert controller(window).state is State.PLAYING


def test_the_voice_can_stop_or_keep_reading_instead(qtbot: QtBot, beside_orca: MainWindow) -> None:
    window = beside_orca
    action(window, "voice-stops").trigger()
    assert window.settings.get("speech/screen_reader_speaks") == "stop"
    press(qtbot, Qt.Key.Key_R, CTRL)
    Heard(qtbot, window).wait_for(1)
    press(qtbot, Qt.Key.Key_PageDown, CTRL)
    assert controller(window).state is State.IDLE
    action(window, "voice-keeps").trigger()
    assert action(window, "voice-keeps").isChecked()
    press(qtbot, Qt.Key.Key_R, CTRL)
    heard = Heard(qtbot, window)
    heard.wait_for(1)
    press(qtbot, Qt.Key.Key_PageDown, CTRL)
    assert controller(window).state is State.PLAYING
    press(qtbot, Qt.Key.Key_E, CTRL)


def test_without_a_screen_reader_moving_does_not_pause(
    qtbot: QtBot, open_window: Opener, fake_engine: FakeEngine, clock: ManualClock
) -> None:
    fake_engine.ms_per_char = 50
    window = with_screen_reader(open_window, fake_engine, clock, running=False)
    assert window.speech.player.screen_reader_note.text() == ""
    press(qtbot, Qt.Key.Key_R, CTRL)
    assert window.announcer.message == "Reading aloud."
    assert controller(window).lead_in_ms == 0
    Heard(qtbot, window).wait_for(1)
    press(qtbot, Qt.Key.Key_PageDown, CTRL)
    assert controller(window).state is State.PLAYING
    press(qtbot, Qt.Key.Key_E, CTRL)


def test_a_screen_reader_is_found_by_its_process(tmp_path: Path) -> None:
    for pid, name in ((1, "systemd"), (4242, "orca"), (77, "python3")):
        (tmp_path / str(pid)).mkdir()
        (tmp_path / str(pid) / "comm").write_text(f"{name}\n")
    (tmp_path / "self").mkdir()
    assert process_running(tmp_path)
    (tmp_path / "4242" / "comm").write_text("bash\n")
    assert not process_running(tmp_path)
    assert not process_running(tmp_path / "missing")
