"""A long reading session in one process: memory stays flat, threads end, Qt stays quiet.

Sections, themes, zoom steps and read-aloud start/stop cycles, in the mix a
reader makes them, with the real speech engine (espeak-ng through pyttsx3) and
an audio output that plays at real pace into nothing. The default run is a
tenth of the issue's session; `make soak` runs all of it.
"""

from __future__ import annotations

import gc
import shutil
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QtMsgType
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tests.doubles import SilentOutput
from tests.ui.conftest import Opener
from viewer.speech.audio import AudioClip
from viewer.speech.pyttsx3_engine import Pyttsx3Engine
from viewer.ui.speech.speech_services import SpeechServices, State
from viewer.ui.window.main_window import MainWindow

pytestmark = pytest.mark.skipif(
    shutil.which("espeak-ng") is None, reason="the real engine needs espeak-ng (make system-deps)"
)


class ForgetfulOutput(SilentOutput):
    """The silent output, keeping no list of what it played (the session would hold every clip)."""

    def play(self, clip: AudioClip) -> None:
        self.played.clear()
        super().play(clip)


#: Growth of resident memory allowed over the session, after a warm-up.
MAX_GROWTH_MIB = 10


@dataclass(frozen=True)
class Session:
    """How many of each action one session makes."""

    sections: int
    themes: int
    zoom_steps: int
    read_cycles: int

    def scaled(self, fraction: float) -> Session:
        return Session(
            *(
                max(1, round(n * fraction))
                for n in (self.sections, self.themes, self.zoom_steps, self.read_cycles)
            )
        )


FULL = Session(sections=1000, themes=500, zoom_steps=500, read_cycles=200)


def resident_mib() -> float:
    for line in Path("/proc/self/status").read_text(encoding="ascii").splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    raise AssertionError("no VmRSS in /proc/self/status")


def os_threads() -> int:
    for line in Path("/proc/self/status").read_text(encoding="ascii").splitlines():
        if line.startswith("Threads:"):
            return int(line.split()[1])
    raise AssertionError("no Threads in /proc/self/status")


def settle() -> None:
    """Let Qt delete what was left for deletion, and Python collect what is unreachable."""
    for _ in range(3):
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
        QApplication.processEvents()
        gc.collect()


def run_session(qtbot: QtBot, window: MainWindow, session: Session) -> None:
    actions = {a.objectName(): a for a in window.commands.actions()}
    sections = len(window.navigator.map.sections)
    reading = window.speech.read_aloud
    total = max(session.sections, session.themes, session.zoom_steps, session.read_cycles)
    for step in range(total):
        # Interleaved, as a reader would: a few section moves between the rest.
        if step < session.sections:
            actions["next-section" if step % sections < sections - 1 else "go-first"].trigger()
        if step < session.themes:
            actions["next-theme"].trigger()
        if step < session.zoom_steps:
            actions["zoom-in" if step % 2 == 0 else "zoom-out"].trigger()
        if step < session.read_cycles:
            with qtbot.waitSignal(reading.sentence_started, timeout=10_000):
                actions["read-from-here"].trigger()
            actions["stop-reading"].trigger()
            assert reading.state is State.IDLE  # at once
        QApplication.processEvents()


def long_session(qtbot: QtBot, qtlog: Any, open_window: Opener, session: Session) -> None:
    python_threads = threading.active_count()
    speech = SpeechServices(make_engine=Pyttsx3Engine, make_output=ForgetfulOutput)
    window = open_window(speech=speech)
    # Warm-up: every kind of action once, so that caches, fonts and the
    # engine's thread exist before the baseline is taken.
    run_session(qtbot, window, Session(20, 8, 8, 3))
    settle()
    before_mib, before_threads = resident_mib(), os_threads()

    run_session(qtbot, window, session)
    settle()
    growth = resident_mib() - before_mib
    print(  # the figures of docs/reliability.md, with -s
        f"long session {session}: resident {before_mib:.1f} -> {before_mib + growth:.1f} MiB, "
        f"threads {before_threads} -> {os_threads()}"
    )
    assert growth < MAX_GROWTH_MIB, f"resident memory grew by {growth:.1f} MiB over the session"
    assert os_threads() <= before_threads, "the session left threads running"

    window.close()
    settle()
    assert threading.active_count() <= python_threads, [t.name for t in threading.enumerate()]
    warnings = [
        r
        for r in qtlog.records
        if r.type in (QtMsgType.QtWarningMsg, QtMsgType.QtCriticalMsg) and not r.ignored
    ]
    assert warnings == []


def test_a_long_session_stays_flat(qtbot: QtBot, qtlog: Any, open_window: Opener) -> None:
    long_session(qtbot, qtlog, open_window, FULL.scaled(0.1))


@pytest.mark.soak
def test_the_whole_long_session_stays_flat(qtbot: QtBot, qtlog: Any, open_window: Opener) -> None:
    long_session(qtbot, qtlog, open_window, FULL)
