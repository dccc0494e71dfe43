"""The real sound output, played into a private PulseAudio server's null sink.

The machine has no sound card, so the test starts its own sound server with a
sink that swallows the audio; Qt Multimedia then plays to it exactly as to a
loudspeaker, and the test checks what a listener relies on: the sentence plays
to its end, and pause holds the place until resume.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.e2e.conftest import running_sound_server

PLAYER = r"""
import json, time
from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication
app = QApplication([])
from viewer.ui.speech.audio_output import QtAudioOutput
from viewer.speech.engine import VoiceSettings, best_mandarin_voice
from viewer.speech.normalize import normalize_for_speech
from viewer.speech.pyttsx3_engine import Pyttsx3Engine

out = QtAudioOutput()
engine = Pyttsx3Engine()
voice = best_mandarin_voice(engine.start().result(30))
text = normalize_for_speech("158.58万残疾人与全区人民一道")
clip = engine.synthesize(text, VoiceSettings(voice.id)).result(30)
engine.close(wait=True)
loop = QEventLoop()
failures, ended = [], []
out.failed.connect(failures.append)
out.finished.connect(lambda: ended.append(time.monotonic()))
out.finished.connect(loop.quit)

def wait(ms):
    QTimer.singleShot(ms, loop.quit)
    loop.exec()

start = time.monotonic()
out.play(clip)
wait(1500)
out.pause()
wait(300)  # the sound server takes a moment to stop taking audio
at_pause = out.position_ms()
wait(700)
while_paused = out.position_ms()
out.resume()
wait(clip.duration_ms + 3000)
print(json.dumps({
    "clip_ms": clip.duration_ms, "at_pause": at_pause, "while_paused": while_paused,
    "ended_after_s": (ended[0] - start) if ended else None, "failures": failures,
}))
"""


# Plays 200 short sentences through the output, each for a moment before the
# next replaces it (as skipping through a section does), the last to its end;
# then counts what the output keeps of them.
SENTENCES = r"""
import json
from PySide6.QtCore import QBuffer, QCoreApplication, QEvent, QEventLoop, QObject, QTimer
from PySide6.QtWidgets import QApplication
app = QApplication([])
from viewer.speech.audio import AudioClip
from viewer.ui.speech.audio_output import QtAudioOutput

out = QtAudioOutput()
loop = QEventLoop()
failures, ended = [], []
out.failed.connect(failures.append)
out.finished.connect(lambda: ended.append(1))
out.finished.connect(loop.quit)
guard = QTimer()
guard.setSingleShot(True)
guard.timeout.connect(loop.quit)
clip = AudioClip(b"\x10\x00" * 11025, 22050)  # half a second
for number in range(200):
    out.play(clip)
    guard.start(5000 if number == 199 else 20)
    loop.exec()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
    app.processEvents()
print(json.dumps({
    "ended": len(ended), "failures": failures,
    "buffers": len(out.findChildren(QBuffer)), "children": len(out.findChildren(QObject)),
}))
"""


@pytest.fixture
def sound_server(tmp_path: Path) -> Iterator[dict[str, str]]:
    runtime = tmp_path / "runtime"
    runtime.mkdir(mode=0o700)
    env = {**os.environ, "XDG_RUNTIME_DIR": str(runtime), "HOME": str(tmp_path)}
    with running_sound_server(env):
        yield env


def play(script: str, sound_server: dict[str, str]) -> dict[str, Any]:
    """Run ``script`` with the sound server as the sound device; the report it prints last."""
    env = {**sound_server, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    report: dict[str, Any] = json.loads(result.stdout.strip().splitlines()[-1])
    assert report["failures"] == []
    return report


def test_speech_plays_to_its_end_and_pause_holds_the_place(sound_server: dict[str, str]) -> None:
    report = play(PLAYER, sound_server)
    assert report["clip_ms"] > 2000
    assert report["at_pause"] > 0  # it was playing
    assert report["while_paused"] == report["at_pause"]  # and held still while paused
    # It ended, once the paused time is added, close to the clip's length.
    assert report["ended_after_s"] is not None
    assert report["ended_after_s"] >= (report["clip_ms"] + 1000) / 1000
    assert report["ended_after_s"] < (report["clip_ms"] + 1000) / 1000 + 2.5


def test_each_sentence_played_leaves_nothing_behind(sound_server: dict[str, str]) -> None:
    report = play(SENTENCES, sound_server)
    assert report["ended"] >= 1  # the last sentence played to its end
    # Nothing is kept of the sentences played: not a buffer (441,000 bytes) each.
    assert report["buffers"] == 0
    assert report["children"] == 0
