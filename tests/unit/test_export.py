"""Saving speech to a file, from the engine and from the command line."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from tests.doubles import FakeEngine
from tests.support import run_viewer
from viewer.content import Document
from viewer.speech import export
from viewer.speech.audio import read_wav
from viewer.speech.engine import VoiceSettings
from viewer.speech.export import (
    BLOCK_PAUSE_MS,
    SENTENCE_PAUSE_MS,
    ExportCancelledError,
    export_audio,
)
from viewer.speech.utterances import BlockText
from viewer.speech_file import EXIT_FAILED, speak_to_file


def test_export_joins_sentences_with_pauses(tmp_path: Path) -> None:
    fake = FakeEngine(ms_per_char=10)
    blocks = [BlockText("一二。三四五。"), BlockText("六", spoken_prefix="图片：")]
    progress: list[tuple[int, int]] = []
    path = tmp_path / "out.wav"
    duration = export_audio(
        fake, VoiceSettings(), blocks, path, progress=lambda d, t: progress.append((d, t))
    )
    assert fake.spoken == ["一二。", "三四五。", "图片：六"]
    speech_ms = sum(10 * len(t) for t in fake.spoken)
    assert duration == speech_ms + SENTENCE_PAUSE_MS + BLOCK_PAUSE_MS
    assert read_wav(path).duration_ms == duration
    assert progress == [(1, 3), (2, 3), (3, 3)]


def test_a_cancelled_export_writes_nothing(tmp_path: Path) -> None:
    path = tmp_path / "out.wav"
    path.write_bytes(b"previous")
    fake = FakeEngine()
    with pytest.raises(ExportCancelledError):
        export_audio(fake, VoiceSettings(), [BlockText("一。二。")], path, cancelled=lambda: True)
    assert path.read_bytes() == b"previous"
    assert [p.name for p in tmp_path.iterdir()] == ["out.wav"]


def test_an_engine_failure_writes_nothing(tmp_path: Path) -> None:
    fake = FakeEngine()
    fake.fail_text = "二"
    with pytest.raises(RuntimeError, match="failed"):
        export_audio(fake, VoiceSettings(), [BlockText("一。二。")], tmp_path / "out.wav")
    assert list(tmp_path.iterdir()) == []


def test_say_as_prints_what_the_voice_says() -> None:
    result = run_viewer("--say-as", "覆盖率达到97.59%，158.58万残疾人")
    assert result.returncode == 0
    assert result.stdout == "覆盖率达到百分之九十七点五九，一百五十八点五八万残疾人\n"


def test_speak_to_saves_a_section_as_real_speech(tmp_path: Path) -> None:
    path = tmp_path / "safety-net.wav"
    result = run_viewer("--speak-to", str(path), "--section", "safety-net")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[-2].endswith("(100%)")
    assert lines[-1].startswith(f"viewer: wrote {path} (")
    assert "Audio saved" not in result.stdout
    clip = read_wav(path)
    assert clip.sample_rate == 22050
    assert 10_000 < clip.duration_ms < 120_000
    assert clip.rms() > 500


def test_speak_to_an_unwritable_place_fails_clearly(tmp_path: Path) -> None:
    result = run_viewer("--speak-to", str(tmp_path / "missing" / "x.wav"), "--section", "opening")
    assert result.returncode == 1
    assert "the audio could not be saved" in result.stderr
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize("place", ["folder", "device"])
def test_speak_to_a_folder_or_a_device_fails_before_any_speech_is_made(
    review: Document, tmp_path: Path, capsys: pytest.CaptureFixture[str], place: str
) -> None:
    path = Path("/dev/full") if place == "device" else tmp_path
    engine = FakeEngine()
    assert speak_to_file(review, "opening", path, engine=engine) == EXIT_FAILED
    assert engine.spoken == []
    assert not engine.started
    assert capsys.readouterr().err == (
        f"viewer: {path}: the audio could not be saved (it is a {place}, not a file)\n"
    )


def test_an_export_is_cancelled_while_the_engine_hangs(tmp_path: Path) -> None:
    path = tmp_path / "out.wav"
    path.write_bytes(b"previous")
    fake = FakeEngine()
    fake.hold = threading.Event()  # never released
    asked: list[bool] = []

    def cancelled() -> bool:
        asked.append(True)
        return len(asked) > 3  # the user cancels while the export waits

    with pytest.raises(ExportCancelledError):
        export_audio(fake, VoiceSettings(), [BlockText("一。二。")], path, cancelled=cancelled)
    assert path.read_bytes() == b"previous"
    assert [p.name for p in tmp_path.iterdir()] == ["out.wav"]


def test_an_engine_that_never_answers_fails_the_export(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(export, "SENTENCE_TIMEOUT_S", 0.3)
    path = tmp_path / "out.wav"
    path.write_bytes(b"previous")
    fake = FakeEngine()
    fake.hold_text = "二"
    with pytest.raises(TimeoutError, match=r"^the speech engine did not answer for 0.3 seconds$"):
        export_audio(fake, VoiceSettings(), [BlockText("一。二。")], path)
    assert path.read_bytes() == b"previous"
    assert [p.name for p in tmp_path.iterdir()] == ["out.wav"]
