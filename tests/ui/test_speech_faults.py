"""Speech that fails: every fault is told, the window stays usable, and the next reading works.

Faults are injected into the fake engine and into the real one (its worker
process, with tests/faulty_speech_worker.py, or killed). For each: the reader
is told in a status message (which screen readers are sent), the keyboard
still moves through the report, nothing is raised into the event loop and Qt
warns of nothing (pytest-qt fails the test otherwise), reading aloud again
works, and once the window is closed no thread or process is left.
"""

from __future__ import annotations

import os
import signal
import threading
from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QElapsedTimer, Qt
from pytestqt.qtbot import QtBot

from tests.support import child_processes, faulty_worker, press
from tests.ui.listening import Heard, controller, output
from viewer.speech.engine import SpeechEngine
from viewer.speech.fake_engine import FakeEngine
from viewer.speech.pyttsx3_engine import WORKER_COMMAND, Pyttsx3Engine
from viewer.ui.audio_output import PacedAudioOutput
from viewer.ui.main_window import MainWindow
from viewer.ui.read_aloud import ENGINE_TIMEOUT_MS, State
from viewer.ui.speech_commands import SpeechServices

Opener = Callable[..., MainWindow]
CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
#: In the second sentence of the section "safety-net" (its heading is the first).
MARK = "精准脱贫"
#: The bound on stopping, from the key press until the output plays no more.
STOP_MS = 200


@pytest.fixture
def nothing_left(qtbot: QtBot) -> Iterator[list[MainWindow]]:
    """Windows to close at the end, after which no thread or child process may be left."""
    threads, children = set(threading.enumerate()), child_processes()
    windows: list[MainWindow] = []
    yield windows
    for window in windows:
        window.close()
    # Engines given up on end by themselves, as soon as their process is killed.
    qtbot.waitUntil(lambda: set(threading.enumerate()) <= threads, timeout=10_000)
    qtbot.waitUntil(lambda: child_processes() <= children, timeout=10_000)


def told(window: MainWindow, start: str) -> bool:
    """Whether the last status message starts with ``start``, and screen readers have it."""
    message = window.announcer.message
    return message.startswith(start) and window.announcer.live.accessibleName() == message


def still_usable(qtbot: QtBot, window: MainWindow) -> None:
    """The keyboard still moves through the report, and reading is idle."""
    assert controller(window).state is State.IDLE
    window.go_to_section("safety-net")
    press(qtbot, Qt.Key.Key_PageDown, CTRL)
    assert window.map.section_of(window.position).key != "safety-net"
    window.go_to_section("safety-net")


def stop_silences(qtbot: QtBot, window: MainWindow) -> int:
    """Press Stop while a sentence plays; return how long until the output played no more."""
    assert output(window).playing
    played = len(output(window).played)
    clock = QElapsedTimer()
    clock.start()
    press(qtbot, Qt.Key.Key_E, CTRL)
    silent_after = clock.elapsed()
    assert not output(window).playing
    assert output(window).position_ms() == 0
    assert controller(window).state is State.IDLE
    qtbot.wait(300)  # and nothing starts again by itself
    assert len(output(window).played) == played
    assert silent_after < STOP_MS
    return silent_after


def reads_again(qtbot: QtBot, heard: Heard) -> None:
    before = len(heard.sentences)
    press(qtbot, Qt.Key.Key_R, CTRL | SHIFT)
    heard.wait_for(before + 3)
    press(qtbot, Qt.Key.Key_E, CTRL)


# The fake engine ----------------------------------------------------------------------


@pytest.fixture
def fake_window(
    open_window: Opener, fake_engine: FakeEngine, nothing_left: list[MainWindow]
) -> MainWindow:
    fake_engine.ms_per_char = 2
    window = open_window()
    nothing_left.append(window)
    window.go_to_section("safety-net")
    return window


def test_an_engine_that_cannot_start(
    qtbot: QtBot, fake_window: MainWindow, fake_engine: FakeEngine
) -> None:
    fake_engine.fail_start = True
    press(qtbot, Qt.Key.Key_R, CTRL | SHIFT)
    qtbot.waitUntil(lambda: told(fake_window, "Speech could not start: The fake engine"))
    still_usable(qtbot, fake_window)
    fake_engine.fail_start = False
    reads_again(qtbot, Heard(qtbot, fake_window, timeout_ms=30_000))


def test_an_engine_that_never_starts(
    qtbot: QtBot, fake_window: MainWindow, fake_engine: FakeEngine
) -> None:
    fake_engine.hold_start = True
    controller(fake_window).engine_timeout_ms = 300
    press(qtbot, Qt.Key.Key_R, CTRL | SHIFT)
    assert controller(fake_window).state is State.LOADING
    qtbot.waitUntil(lambda: told(fake_window, "The voice did not answer and was stopped."))
    still_usable(qtbot, fake_window)
    fake_engine.hold_start = False
    reads_again(qtbot, Heard(qtbot, fake_window, timeout_ms=30_000))


def test_an_engine_error_mid_reading(
    qtbot: QtBot, fake_window: MainWindow, fake_engine: FakeEngine
) -> None:
    heard = Heard(qtbot, fake_window, timeout_ms=30_000)
    fake_engine.fail_text = "广大残疾人"  # the fourth sentence
    press(qtbot, Qt.Key.Key_R, CTRL | SHIFT)
    qtbot.waitUntil(
        lambda: told(fake_window, "The voice stopped with an error (the fake engine failed on"),
        timeout=10_000,
    )
    assert heard.sentences  # it failed while reading
    still_usable(qtbot, fake_window)
    fake_engine.fail_text = None
    reads_again(qtbot, heard)


def test_an_engine_that_never_answers(
    qtbot: QtBot, fake_window: MainWindow, fake_engine: FakeEngine
) -> None:
    heard = Heard(qtbot, fake_window, timeout_ms=30_000)
    read_aloud = controller(fake_window)
    read_aloud.engine_timeout_ms = 300
    fake_engine.ms_per_char = 1000  # the heading plays for four seconds
    fake_engine.hold_text = MARK  # and the engine hangs on the sentence after it
    press(qtbot, Qt.Key.Key_R, CTRL | SHIFT)
    heard.wait_for(1)
    stop_silences(qtbot, fake_window)
    fake_engine.ms_per_char = 2
    press(qtbot, Qt.Key.Key_R, CTRL | SHIFT)
    qtbot.waitUntil(lambda: told(fake_window, "The voice did not answer and was stopped."))
    assert [u.block for u in heard.sentences] == [heard.sentences[0].block] * 2
    still_usable(qtbot, fake_window)
    fake_engine.hold_text = None
    read_aloud.engine_timeout_ms = ENGINE_TIMEOUT_MS
    reads_again(qtbot, heard)


class StuckOutput(PacedAudioOutput):
    """Plays, and while ``stuck`` never reports the end of a clip."""

    stuck = True

    def _end(self) -> None:
        if not self.stuck:
            super()._end()


def test_audio_that_never_finishes(
    qtbot: QtBot, open_window: Opener, fake_engine: FakeEngine, nothing_left: list[MainWindow]
) -> None:
    fake_engine.ms_per_char = 2
    window = open_window(speech=SpeechServices(lambda: fake_engine, StuckOutput))
    nothing_left.append(window)
    heard = Heard(qtbot, window, timeout_ms=30_000)
    read_aloud = controller(window)
    read_aloud.stall_margin_ms = 300
    window.go_to_section("safety-net")
    press(qtbot, Qt.Key.Key_R, CTRL | SHIFT)
    heard.wait_for(1)
    qtbot.waitUntil(lambda: told(window, "The sound output stopped playing and was reset."))
    assert len(heard.sentences) == 1
    still_usable(qtbot, window)
    # Stop silences a stuck output too.
    press(qtbot, Qt.Key.Key_R, CTRL | SHIFT)
    heard.wait_for(2)
    stop_silences(qtbot, window)
    StuckOutput.stuck = False
    try:
        reads_again(qtbot, heard)
    finally:
        StuckOutput.stuck = True


def test_paused_while_the_engine_starts_then_resumed(
    qtbot: QtBot, fake_window: MainWindow, fake_engine: FakeEngine
) -> None:
    heard = Heard(qtbot, fake_window, timeout_ms=30_000)
    fake_engine.hold_start = True
    press(qtbot, Qt.Key.Key_R, CTRL | SHIFT)
    press(qtbot, Qt.Key.Key_P, CTRL)
    assert controller(fake_window).state is State.PAUSED
    controller(fake_window).shutdown()  # the engine is replaced by one that starts
    fake_engine.hold_start = False
    reads_again(qtbot, heard)
    press(qtbot, Qt.Key.Key_R, CTRL | SHIFT)
    press(qtbot, Qt.Key.Key_P, CTRL)  # before the first sentence is heard
    before = len(heard.sentences)
    press(qtbot, Qt.Key.Key_P, CTRL)
    heard.wait_for(before + 1)
    press(qtbot, Qt.Key.Key_E, CTRL)


def test_no_mandarin_voice(
    qtbot: QtBot, fake_window: MainWindow, fake_engine: FakeEngine, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(fake_engine, "voices", list)
    press(qtbot, Qt.Key.Key_R, CTRL)
    qtbot.waitUntil(lambda: told(fake_window, "No Mandarin voice was found."))
    still_usable(qtbot, fake_window)


# The real engine ---------------------------------------------------------------------


class Engines:
    """Makes the engines of a window: the first with a fault, then working ones."""

    def __init__(self, first: list[str]) -> None:
        self.first = first
        self.made: list[Pyttsx3Engine] = []

    def __call__(self) -> SpeechEngine:
        engine = Pyttsx3Engine(self.first if not self.made else WORKER_COMMAND)
        self.made.append(engine)
        return engine


@pytest.fixture
def real_window(
    open_window: Opener, nothing_left: list[MainWindow]
) -> Callable[[list[str]], tuple[MainWindow, Engines]]:
    def opener(first: list[str]) -> tuple[MainWindow, Engines]:
        engines = Engines(first)
        window = open_window(speech=SpeechServices(engines, PacedAudioOutput))
        nothing_left.append(window)
        window.settings.set("speech/rate", 300)  # short clips
        window.go_to_section("safety-net")
        return window, engines

    return opener


@pytest.mark.parametrize(
    ("fault", "message"),
    [
        ("start-fails", "Speech could not start: The speech engine could not start (libespeak"),
        ("raise", "The voice stopped with an error (the driver failed)."),
        ("die", "The voice stopped with an error (The speech engine stopped unexpectedly"),
    ],
)
def test_real_engine_failures(
    qtbot: QtBot,
    real_window: Callable[[list[str]], tuple[MainWindow, Engines]],
    fault: str,
    message: str,
) -> None:
    window, engines = real_window(faulty_worker(fault, None if fault == "start-fails" else MARK))
    heard = Heard(qtbot, window, timeout_ms=30_000)
    press(qtbot, Qt.Key.Key_R, CTRL | SHIFT)
    qtbot.waitUntil(lambda: told(window, message), timeout=30_000)
    still_usable(qtbot, window)
    reads_again(qtbot, heard)
    assert len(engines.made) == 2  # the failed engine was replaced


@pytest.mark.parametrize("fault", ["start-hangs", "hang"])
def test_a_real_engine_that_hangs(
    qtbot: QtBot, real_window: Callable[[list[str]], tuple[MainWindow, Engines]], fault: str
) -> None:
    window, engines = real_window(faulty_worker(fault, None if fault == "start-hangs" else MARK))
    heard = Heard(qtbot, window, timeout_ms=30_000)
    read_aloud = controller(window)
    # Long enough for the worker to start on a loaded machine, short for the test.
    read_aloud.engine_timeout_ms = 5_000
    press(qtbot, Qt.Key.Key_R, CTRL | SHIFT)
    if fault == "hang":
        heard.wait_for(1)  # the heading plays while the engine hangs on the next sentence
        stop_silences(qtbot, window)
        press(qtbot, Qt.Key.Key_R, CTRL | SHIFT)
    qtbot.waitUntil(lambda: engines.made[0].pid is not None)  # its process hangs
    qtbot.waitUntil(
        lambda: told(window, "The voice did not answer and was stopped."), timeout=15_000
    )
    qtbot.waitUntil(lambda: engines.made[0].pid is None)  # its process was killed
    still_usable(qtbot, window)
    read_aloud.engine_timeout_ms = ENGINE_TIMEOUT_MS
    window.settings.set("speech/rate", 300)
    reads_again(qtbot, heard)
    assert len(engines.made) == 2


def test_a_real_engine_whose_process_is_killed(
    qtbot: QtBot, real_window: Callable[[list[str]], tuple[MainWindow, Engines]]
) -> None:
    window, engines = real_window(list(WORKER_COMMAND))
    heard = Heard(qtbot, window, timeout_ms=30_000)
    press(qtbot, Qt.Key.Key_R, CTRL | SHIFT)
    heard.wait_for(1)
    pid = engines.made[0].pid
    assert pid is not None
    os.kill(pid, signal.SIGKILL)
    qtbot.waitUntil(
        lambda: told(window, "The voice stopped with an error (The speech engine stopped"),
        timeout=30_000,
    )
    assert "status -9" in window.announcer.message
    still_usable(qtbot, window)
    reads_again(qtbot, heard)
    assert len(engines.made) == 2
