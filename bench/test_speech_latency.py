"""Time from the read command to the first audio sample, against espeak-ng itself.

The floor is `espeak-ng -w` writing the same first sentence to a WAV file: a
process that does nothing but synthesise. Target: the viewer's read command to
its first audio at most 1.5× the floor. Also measured: the event loop's longest
stall while the window reads a whole section aloud (target under 20 ms), since
a stall is a key that answers late.
"""

from __future__ import annotations

import shutil
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from bench.conftest import Figure, Figures
from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication
from pytest_benchmark.fixture import BenchmarkFixture
from pytestqt.qtbot import QtBot
from tests.doubles import SilentOutput

from viewer.content import load_document
from viewer.paths import bundled, theme_folders
from viewer.speech.audio import AudioClip
from viewer.speech.engine import VoiceSettings, best_mandarin_voice
from viewer.speech.normalize import prepare, split_sentences
from viewer.speech.pyttsx3_engine import Pyttsx3Engine
from viewer.speech.utterances import pinyin_of
from viewer.themes.theme import load_themes
from viewer.ui.app import build_window
from viewer.ui.appearance.appearance import Appearance
from viewer.ui.common.settings_store import SettingsStore
from viewer.ui.speech.speech_services import SpeechServices

DOCUMENT = load_document(bundled("content"))
# The paragraph reading starts from, and its first sentence: the same for all three.
PARAGRAPH = DOCUMENT.section("opening").blocks[0].text  # type: ignore[union-attr]
_START, _END = split_sentences(PARAGRAPH)[0]
FIRST = PARAGRAPH[_START:_END]


@pytest.fixture(scope="module")
def engine() -> Iterator[Pyttsx3Engine]:
    real = Pyttsx3Engine()
    real.start().result(timeout=30)
    prepare()
    yield real
    real.close(wait=True)


_FLOOR: dict[str, float] = {}


def _median_ms(benchmark: BenchmarkFixture) -> float:
    stats = benchmark.stats
    assert stats is not None
    return float(stats.stats.median) * 1000


@pytest.mark.benchmark(group="read command to first audio")
def test_floor_espeak_ng_writing_a_wav(benchmark: BenchmarkFixture, tmp_path: Path) -> None:
    espeak = shutil.which("espeak-ng")
    assert espeak is not None
    out = tmp_path / "floor.wav"
    spoken = pinyin_of(FIRST)  # what the viewer gives the same voice
    benchmark(subprocess.run, [espeak, "-v", "cmn-latn-pinyin", "-w", str(out), spoken], check=True)
    assert out.stat().st_size > 10_000
    _FLOOR["espeak"] = _median_ms(benchmark)


@pytest.mark.benchmark(group="read command to first audio")
def test_engine_first_sentence(
    benchmark: BenchmarkFixture, engine: Pyttsx3Engine, figures: Figures
) -> None:
    voice = best_mandarin_voice(engine.start().result())
    assert voice is not None
    settings = VoiceSettings(voice.id)

    def first_audio() -> int:
        # The front end's work is part of it: the sentence is turned into pinyin each time.
        return engine.synthesize(pinyin_of(FIRST), settings).result(timeout=30).frames

    assert benchmark(first_audio) > 10_000
    figures.record(
        Figure(
            "engine: first sentence synthesised",
            _median_ms(benchmark),
            "ms",
            floor=_FLOOR.get("espeak"),
            floor_name="espeak-ng -w",
        )
    )


class _SignallingOutput(SilentOutput):
    """The fake output, telling the benchmark the moment it is given audio."""

    def __init__(self, loop: QEventLoop) -> None:
        super().__init__()
        self._loop = loop

    def play(self, clip: AudioClip) -> None:
        super().play(clip)
        self._loop.quit()


@pytest.mark.benchmark(group="read command to first audio")
def test_window_read_command_to_output(
    benchmark: BenchmarkFixture,
    qtbot: QtBot,
    qapp: QApplication,
    tmp_path: Path,
    engine: Pyttsx3Engine,
    figures: Figures,
) -> None:
    """From the read command in the window to the first clip handed to the audio output."""
    loop = QEventLoop()
    services = SpeechServices(lambda: engine, lambda: _SignallingOutput(loop))
    store = SettingsStore(tmp_path / "s.ini")
    themes, _ = load_themes(theme_folders())
    window = build_window(DOCUMENT, store, services, Appearance(qapp, themes, store, "en"))
    qtbot.addWidget(window)
    window.navigator.go_to(window.navigator.map.section_start("opening") + 1)  # the paragraph
    assert window.navigator.map.blocks[window.navigator.position].text == PARAGRAPH
    read_aloud = window.speech.read_aloud
    read_aloud.ensure_engine()  # a running viewer has its engine: measure the reading
    qtbot.waitUntil(lambda: read_aloud.voice is not None, timeout=30_000)
    timeout = QTimer()
    timeout.setSingleShot(True)
    timeout.timeout.connect(loop.quit)

    def read_command() -> None:
        timeout.start(30_000)
        window.speech.read_from_here()
        loop.exec()  # until the output has the first clip
        timeout.stop()
        read_aloud.stop()

    def settle() -> None:
        # Reading starts after a pause, as a reader starts it: the sentences the
        # last round asked for ahead are done before the next command.
        qtbot.wait(150)

    benchmark.pedantic(read_command, setup=settle, rounds=20, warmup_rounds=2)
    assert read_aloud.state.value == "idle"
    figures.record(
        Figure(
            "read command to first audio",
            _median_ms(benchmark),
            "ms",
            floor=_FLOOR.get("espeak"),
            floor_name="espeak-ng -w",
            target=1.5,
        )
    )
    # The longest stall of the event loop while the whole section is read aloud
    # (the output plays at real-time pace, so this takes the section's length).
    stalls: list[float] = []
    last = [time.perf_counter()]

    def beat() -> None:
        now = time.perf_counter()
        stalls.append(now - last[0])
        last[0] = now

    heartbeat = QTimer()
    heartbeat.setInterval(1)
    heartbeat.timeout.connect(beat)
    finished = QEventLoop()
    read_aloud.finished.connect(finished.quit)
    window.navigator.go_to(window.navigator.map.section_start("opening"))
    heartbeat.start()
    last[0] = time.perf_counter()
    window.speech.read_section()
    QTimer.singleShot(300_000, finished.quit)
    finished.exec()
    heartbeat.stop()
    figures.record(
        Figure(
            "longest event-loop stall, reading a section",
            max(stalls) * 1000,
            "ms",
            target=20,
            note=f"{len(stalls)} heartbeats of 1 ms while the section was read",
        )
    )
    read_aloud.shutdown(wait=True)
