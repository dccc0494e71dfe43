"""Audio clips, WAV files, and writing them without ever leaving a broken file."""

from __future__ import annotations

import wave
from collections.abc import Iterator
from pathlib import Path

import pytest

from viewer.speech.audio import AudioClip, read_wav, silence, write_wav


def tone(ms: int, rate: int = 8000) -> AudioClip:
    frames = rate * ms // 1000
    return AudioClip(b"\x00\x10" * frames, rate)


def test_duration_and_level() -> None:
    clip = tone(500)
    assert clip.duration_ms == 500
    assert clip.rms() == 4096
    assert silence(250, 8000).rms() == 0
    assert silence(250, 8000).duration_ms == 250


def test_round_trip(tmp_path: Path) -> None:
    path = tmp_path / "a.wav"
    assert write_wav(path, [tone(300), silence(200, 8000)]) == 500
    clip = read_wav(path)
    assert (clip.sample_rate, clip.channels, clip.duration_ms) == (8000, 1, 500)
    with wave.open(str(path)) as wav:
        assert wav.getsampwidth() == 2


def test_progress_is_reported(tmp_path: Path) -> None:
    seen: list[int] = []
    write_wav(tmp_path / "a.wav", [tone(10)] * 3, on_clip=seen.append)
    assert seen == [1, 2, 3]


def test_mixed_formats_are_refused_and_nothing_is_left(tmp_path: Path) -> None:
    path = tmp_path / "a.wav"
    with pytest.raises(ValueError, match="sample rate"):
        write_wav(path, [tone(10, 8000), tone(10, 16000)])
    assert list(tmp_path.iterdir()) == []


def test_a_failure_mid_write_keeps_the_previous_file(tmp_path: Path) -> None:
    path = tmp_path / "a.wav"
    write_wav(path, [tone(100)])
    before = path.read_bytes()

    def broken() -> list[AudioClip]:
        raise OSError("disk full")

    def clips() -> Iterator[AudioClip]:
        yield tone(100)
        broken()

    with pytest.raises(OSError, match="disk full"):
        write_wav(path, clips())
    assert path.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["a.wav"]


def test_a_folder_that_does_not_exist(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        write_wav(tmp_path / "missing" / "a.wav", [tone(10)])


def test_not_a_wav(tmp_path: Path) -> None:
    path = tmp_path / "x.wav"
    path.write_bytes(b"not audio")
    with pytest.raises(ValueError, match="not a WAV file"):
        read_wav(path)
