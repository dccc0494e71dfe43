"""Nothing lost: a figures or audio file that fails mid-write leaves the previous one intact.

Failures are made real: the process is killed with SIGKILL in the middle of
the write, or the file size limit (RLIMIT_FSIZE, which binds root too) makes
the disk "full" partway, or a write raises ENOSPC.
"""

from __future__ import annotations

import errno
import os
import signal
import subprocess
import sys
import wave
from pathlib import Path
from typing import Any

import pytest

from tests.doubles import FakeEngine
from viewer.cli import EXIT_BAD_INPUT
from viewer.content import Document
from viewer.speech.audio import AudioClip, write_wav
from viewer.speech_file import EXIT_FAILED, speak_to_file

PREVIOUS = b"the previous file\n"

# Writes half of the file, says so, and waits to be killed.
KILLED_MID_WRITE = {
    "csv": """
import csv, sys, time
from pathlib import Path
from viewer.content import load_document
from viewer.figures.csv_export import write_figures_csv
from viewer.paths import bundled
real, rows = csv.DictWriter.writerow, []
def writerow(self, row):
    rows.append(row)
    if len(rows) == 15:
        print("halfway", flush=True)
        time.sleep(600)
    return real(self, row)
csv.DictWriter.writerow = writerow
write_figures_csv(load_document(bundled("content")), Path(sys.argv[1]))
""",
    "wav": """
import sys, time
from pathlib import Path
from viewer.speech.audio import AudioClip, write_wav
def clips():
    yield AudioClip(b"\\x00\\x10" * 80000, 8000)
    print("halfway", flush=True)
    time.sleep(600)
    yield AudioClip(b"\\x00\\x10" * 80000, 8000)
write_wav(Path(sys.argv[1]), clips())
""",
}


@pytest.mark.parametrize("kind", ["csv", "wav"])
def test_killed_mid_write_keeps_the_previous_file(tmp_path: Path, kind: str) -> None:
    path = tmp_path / f"out.{kind}"
    path.write_bytes(PREVIOUS)
    writer = subprocess.Popen(
        [sys.executable, "-c", KILLED_MID_WRITE[kind], str(path)],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert writer.stdout is not None
        assert writer.stdout.readline() == "halfway\n"
        (partial,) = (p for p in tmp_path.iterdir() if p != path)
        assert partial.name.endswith(".part")  # the new file is being written
        writer.send_signal(signal.SIGKILL)
        assert writer.wait(timeout=30) == -signal.SIGKILL
    finally:
        writer.kill()
        writer.wait()
        if writer.stdout is not None:
            writer.stdout.close()
    assert path.read_bytes() == PREVIOUS


def limited(limit: int) -> list[str]:
    """Run the viewer's command line with files limited to ``limit`` bytes: a full disk."""
    code = (
        "import resource, signal, sys\n"
        "signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write fails instead of killing\n"
        f"resource.setrlimit(resource.RLIMIT_FSIZE, ({limit}, {limit}))\n"
        "from viewer.cli import main\n"
        "sys.exit(main(sys.argv[1:]))\n"
    )
    return [sys.executable, "-c", code]


def test_export_figures_to_a_full_disk_exits_2_with_one_line(tmp_path: Path) -> None:
    path = tmp_path / "figures.csv"
    path.write_bytes(PREVIOUS)
    result = subprocess.run(
        [*limited(2000), "--export-figures", str(path)],
        capture_output=True,
        text=True,
        check=False,
        timeout=60,
    )
    assert result.returncode == EXIT_BAD_INPUT
    assert result.stdout == ""
    assert result.stderr == (
        f"viewer: cannot save the figures to {path}: file too large; "
        "the file already there is kept as it was\n"
    )
    assert path.read_bytes() == PREVIOUS
    assert [p.name for p in tmp_path.iterdir()] == ["figures.csv"]


def test_a_wav_write_that_runs_out_of_space_keeps_the_previous_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "out.wav"
    path.write_bytes(PREVIOUS)
    real = wave.Wave_write.writeframes
    written: list[int] = []

    def writeframes(self: wave.Wave_write, data: Any) -> None:
        if len(written) == 3:
            raise OSError(errno.ENOSPC, "No space left on device")
        written.append(len(data))
        real(self, data)

    monkeypatch.setattr(wave.Wave_write, "writeframes", writeframes)
    with pytest.raises(OSError, match="No space left on device"):
        write_wav(path, [AudioClip(b"\x00\x10" * 800, 8000)] * 10)
    assert len(written) == 3, "the failure came in the middle of the clips"
    assert path.read_bytes() == PREVIOUS
    assert [p.name for p in tmp_path.iterdir()] == ["out.wav"]


def test_speak_to_a_full_disk_exits_1_with_one_line(
    review: Document,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    path = tmp_path / "opening.wav"
    path.write_bytes(PREVIOUS)
    real = wave.Wave_write.writeframes
    calls: list[int] = []

    def writeframes(self: wave.Wave_write, data: Any) -> None:
        calls.append(1)
        if len(calls) > 2:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        real(self, data)

    monkeypatch.setattr(wave.Wave_write, "writeframes", writeframes)
    fake = FakeEngine(ms_per_char=1)
    assert speak_to_file(review, "opening", path, engine=fake) == EXIT_FAILED
    err = capsys.readouterr().err
    assert err == (
        f"viewer: {path}: the audio could not be saved (No space left on device); "
        "the file already there is kept as it was\n"
    )
    assert path.read_bytes() == PREVIOUS
    assert [p.name for p in tmp_path.iterdir()] == ["opening.wav"]
