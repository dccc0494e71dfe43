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
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tests.doubles import FakeEngine, ManualClock, SilentOutput
from tests.support import child_processes, faulty_worker, press
from tests.ui.listening import Heard, controller, output
from viewer.speech.engine import SpeechEngine
from viewer.speech.pyttsx3_engine import WORKER_COMMAND, Pyttsx3Engine
from viewer.speech.utterances import pinyin_of
from viewer.ui.speech.speech_services import ENGINE_TIMEOUT_MS, SpeechServices, State
from viewer.ui.window.main_window import MainWindow

Opener = Callable[..., MainWindow]
CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
#: In the second sentence of the section "safety-net" (its heading is the first).
MARK = "精准脱贫"
#: What espeak-ng's Mandarin voice is given for it: the real worker's faults look for it.
MARK_SAID = pinyin_of(MARK)


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
    window.navigator.go_to_section("safety-net")
    press(qtbot, Qt.Key.Key_PageDown, CTRL)
    assert window.navigator.map.section_of(window.navigator.position).key != "safety-net"
    window.navigator.go_to_section("safety-net")


def stop_silences(qtbot: QtBot, window: MainWindow) -> None:
    """Press Stop while a sentence plays: the output is silent when the key press returns."""
    assert output(window).playing
    played = len(output(window).played)
    press(qtbot, Qt.Key.Key_E, CTRL)
    assert not output(window).playing
    assert output(window).position_ms() == 0
    assert controller(window).state is State.IDLE
    QApplication.processEvents()  # what was on its way (a clip made since) plays not
    assert len(output(window).played) == played


def reads_again(qtbot: QtBot, heard: Heard, clock: ManualClock | None = None) -> None:
    """Reading again works: three sentences are heard (each to its end, by ``clock``)."""
    before = len(heard.sentences)
    press(qtbot, Qt.Key.Key_R, CTRL | SHIFT)
    for count in range(before + 1, before + 4):
        heard.wait_for(count)
        if clock is not None:
            clock.advance(60_000)
    press(qtbot, Qt.Key.Key_E, CTRL)


# The fake engine ----------------------------------------------------------------------


@pytest.fixture
def fake_window(
    open_window: Opener,
    fake_engine: FakeEngine,
    clocked_speech: SpeechServices,
    nothing_left: list[MainWindow],
) -> MainWindow:
    fake_engine.ms_per_char = 2
    window = open_window(speech=clocked_speech)
    nothing_left.append(window)
    window.navigator.go_to_section("safety-net")
    return window


def test_an_engine_that_cannot_start(
    qtbot: QtBot, fake_window: MainWindow, fake_engine: FakeEngine, clock: ManualClock
) -> None:
    fake_engine.fail_start = True
    press(qtbot, Qt.Key.Key_R, CTRL | SHIFT)
    qtbot.waitUntil(lambda: told(fake_window, "Speech could not start: The fake engine"))
    still_usable(qtbot, fake_window)
    fake_engine.fail_start = False
    reads_again(qtbot, Heard(qtbot, fake_window, timeout_ms=30_000), clock)


def test_an_engine_that_never_starts(
    qtbot: QtBot, fake_window: MainWindow, fake_engine: FakeEngine, clock: ManualClock
) -> None:
    fake_engine.hold_start = True
    controller(fake_window).engine_timeout_ms = 300
    press(qtbot, Qt.Key.Key_R, CTRL | SHIFT)
    assert controller(fake_window).state is State.LOADING
    qtbot.waitUntil(lambda: told(fake_window, "The voice did not answer and was stopped."))
    still_usable(qtbot, fake_window)
    fake_engine.hold_start = False
    reads_again(qtbot, Heard(qtbot, fake_window, timeout_ms=30_000), clock)


def test_an_engine_error_mid_reading(
    qtbot: QtBot, fake_window: MainWindow, fake_engine: FakeEngine, clock: ManualClock
) -> None:
    heard = Heard(qtbot, fake_window, timeout_ms=30_000)
    fake_engine.fail_text = "广大残疾人"  # the fourth sentence
    press(qtbot, Qt.Key.Key_R, CTRL | SHIFT)

    def heard_on_until_told() -> bool:
        clock.advance(60_000)  # the sentence playing ends, and reading goes on
        return told(fake_window, "The voice stopped with an error (the fake engine failed on")

    qtbot.waitUntil(heard_on_until_told, timeout=10_000)
    assert heard.sentences  # it failed while reading
    still_usable(qtbot, fake_window)
    fake_engine.fail_text = None
    reads_again(qtbot, heard, clock)


def test_an_engine_that_never_answers(
    qtbot: QtBot, fake_window: MainWindow, fake_engine: FakeEngine, clock: ManualClock
) -> None:
    heard = Heard(qtbot, fake_window, timeout_ms=30_000)
    read_aloud = controller(fake_window)
    read_aloud.engine_timeout_ms = 300
    fake_engine.hold_text = MARK  # the engine hangs on the sentence after the heading
    press(qtbot, Qt.Key.Key_R, CTRL | SHIFT)
    heard.wait_for(1)  # the heading plays (and the clock stands still)
    stop_silences(qtbot, fake_window)
    press(qtbot, Qt.Key.Key_R, CTRL | SHIFT)
    heard.wait_for(2)
    clock.advance(60_000)  # the heading ends; the next sentence never comes
    qtbot.waitUntil(lambda: told(fake_window, "The voice did not answer and was stopped."))
    assert [u.block for u in heard.sentences] == [heard.sentences[0].block] * 2
    still_usable(qtbot, fake_window)
    fake_engine.hold_text = None
    read_aloud.engine_timeout_ms = ENGINE_TIMEOUT_MS
    reads_again(qtbot, heard, clock)


def test_audio_that_never_finishes(
    qtbot: QtBot, fake_window: MainWindow, clock: ManualClock
) -> None:
    window = fake_window  # its clock stands still: no clip ends
    heard = Heard(qtbot, window, timeout_ms=30_000)
    read_aloud = controller(window)
    read_aloud.output.stall_margin_ms = 300
    window.navigator.go_to_section("safety-net")
    press(qtbot, Qt.Key.Key_R, CTRL | SHIFT)
    heard.wait_for(1)
    qtbot.waitUntil(lambda: told(window, "The sound output stopped playing and was reset."))
    assert len(heard.sentences) == 1
    still_usable(qtbot, window)
    # Stop silences a stuck output too.
    press(qtbot, Qt.Key.Key_R, CTRL | SHIFT)
    heard.wait_for(2)
    stop_silences(qtbot, window)
    reads_again(qtbot, heard, clock)  # an output that plays again


def test_paused_while_the_engine_starts_then_resumed(
    qtbot: QtBot, fake_window: MainWindow, fake_engine: FakeEngine, clock: ManualClock
) -> None:
    heard = Heard(qtbot, fake_window, timeout_ms=30_000)
    fake_engine.hold_start = True
    press(qtbot, Qt.Key.Key_R, CTRL | SHIFT)
    press(qtbot, Qt.Key.Key_Space, CTRL)
    assert controller(fake_window).state is State.PAUSED
    controller(fake_window).shutdown()  # the engine is replaced by one that starts
    fake_engine.hold_start = False
    reads_again(qtbot, heard, clock)
    press(qtbot, Qt.Key.Key_R, CTRL | SHIFT)
    press(qtbot, Qt.Key.Key_Space, CTRL)  # before the first sentence is heard
    before = len(heard.sentences)
    press(qtbot, Qt.Key.Key_Space, CTRL)
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
) -> Callable[..., tuple[MainWindow, Engines]]:
    def opener(first: list[str], clock: ManualClock | None = None) -> tuple[MainWindow, Engines]:
        engines = Engines(first)
        window = open_window(speech=SpeechServices(engines, lambda: SilentOutput(clock)))
        nothing_left.append(window)
        window.settings.set("speech/rate", 300)  # short clips
        window.navigator.go_to_section("safety-net")
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
    real_window: Callable[..., tuple[MainWindow, Engines]],
    fault: str,
    message: str,
) -> None:
    window, engines = real_window(
        faulty_worker(fault, None if fault == "start-fails" else MARK_SAID)
    )
    heard = Heard(qtbot, window, timeout_ms=30_000)
    press(qtbot, Qt.Key.Key_R, CTRL | SHIFT)
    qtbot.waitUntil(lambda: told(window, message), timeout=30_000)
    still_usable(qtbot, window)
    reads_again(qtbot, heard)
    assert len(engines.made) == 2  # the failed engine was replaced


@pytest.mark.parametrize("fault", ["start-hangs", "hang"])
def test_a_real_engine_that_hangs(
    qtbot: QtBot,
    real_window: Callable[..., tuple[MainWindow, Engines]],
    clock: ManualClock,
    fault: str,
) -> None:
    window, engines = real_window(
        faulty_worker(fault, None if fault == "start-hangs" else MARK_SAID), clock
    )
    heard = Heard(qtbot, window, timeout_ms=30_000)
    read_aloud = controller(window)
    if fault == "start-hangs":
        read_aloud.engine_timeout_ms = 1_000  # its start never comes; its process is seen first
        press(qtbot, Qt.Key.Key_R, CTRL | SHIFT)
    else:
        press(qtbot, Qt.Key.Key_R, CTRL | SHIFT)
        heard.wait_for(1)  # the heading plays while the engine hangs on the next sentence
        read_aloud.engine_timeout_ms = 300  # it has started: the next sentence never comes
        stop_silences(qtbot, window)
        press(qtbot, Qt.Key.Key_R, CTRL | SHIFT)  # the engine is still stuck on that sentence
    qtbot.waitUntil(lambda: engines.made[0].pid is not None)  # its process hangs
    qtbot.waitUntil(
        lambda: told(window, "The voice did not answer and was stopped."), timeout=15_000
    )
    qtbot.waitUntil(lambda: engines.made[0].pid is None)  # its process was killed
    still_usable(qtbot, window)
    read_aloud.engine_timeout_ms = ENGINE_TIMEOUT_MS
    window.settings.set("speech/rate", 300)
    reads_again(qtbot, heard, clock)
    assert len(engines.made) == 2


def test_a_real_engine_whose_process_is_killed(
    qtbot: QtBot, real_window: Callable[..., tuple[MainWindow, Engines]]
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
