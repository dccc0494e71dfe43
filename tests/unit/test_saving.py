"""The one way the viewer writes a file: whole or not at all, through links, not over devices."""

from __future__ import annotations

import os
import socket
import stat
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from viewer.content import Document
from viewer.figures import FiguresExportError, read_figures_csv, write_figures_csv
from viewer.saving import AtomicFile, DestinationError, saved_atomically
from viewer.speech.audio import AudioClip, read_wav, write_wav

PREVIOUS = b"the previous file\n"


def test_a_new_file_is_written_whole(tmp_path: Path) -> None:
    path = tmp_path / "new.txt"
    with saved_atomically(path) as file:
        file.write(b"complete")
    assert path.read_bytes() == b"complete"
    assert [p.name for p in tmp_path.iterdir()] == ["new.txt"]


@pytest.mark.parametrize("failure", [ZeroDivisionError, KeyboardInterrupt])
def test_a_failure_while_writing_keeps_the_previous_file(
    tmp_path: Path, failure: type[BaseException]
) -> None:
    path = tmp_path / "kept.txt"
    path.write_bytes(PREVIOUS)

    def fail_halfway() -> None:
        with saved_atomically(path) as file:
            file.write(b"half")
            raise failure

    with pytest.raises(failure):
        fail_halfway()
    assert path.read_bytes() == PREVIOUS
    assert [p.name for p in tmp_path.iterdir()] == ["kept.txt"]


def test_a_link_is_written_through_and_stays_a_link(tmp_path: Path) -> None:
    target = tmp_path / "real" / "figures.csv"
    target.parent.mkdir()
    target.write_bytes(PREVIOUS)
    link = tmp_path / "link.csv"
    link.symlink_to(target)
    with saved_atomically(link) as file:
        file.write(b"new")
    assert link.is_symlink()
    assert link.readlink() == target
    assert target.read_bytes() == b"new"
    # The temporary file was made beside the target, and is gone.
    assert [p.name for p in target.parent.iterdir()] == ["figures.csv"]


def test_a_dangling_link_makes_its_target(tmp_path: Path) -> None:
    link = tmp_path / "link.wav"
    link.symlink_to(tmp_path / "made.wav")
    with saved_atomically(link) as file:
        file.write(b"made")
    assert link.is_symlink()
    assert (tmp_path / "made.wav").read_bytes() == b"made"


def test_the_permissions_of_the_file_replaced_are_kept(tmp_path: Path) -> None:
    path = tmp_path / "private.ini"
    path.write_bytes(PREVIOUS)
    path.chmod(0o600)
    with saved_atomically(path) as file:
        file.write(b"new")
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


@pytest.fixture
def short_folder() -> Iterator[Path]:
    # A socket's path must be short (some 100 bytes): pytest's folders are long.
    with tempfile.TemporaryDirectory(prefix="s") as folder:
        yield Path(folder)


def places_that_are_not_files(folder: Path) -> dict[str, Path]:
    fifo = folder / "pipe"
    os.mkfifo(fifo)
    sub = folder / "sub"
    sub.mkdir()
    link_to_device = folder / "null-link"
    link_to_device.symlink_to("/dev/null")
    return {
        "a FIFO (a named pipe)": fifo,
        "a folder": sub,
        "a device": link_to_device,
    }


@pytest.mark.parametrize("what", ["a FIFO (a named pipe)", "a folder", "a device"])
def test_what_is_not_a_file_is_refused_and_left_alone(short_folder: Path, what: str) -> None:
    path = places_that_are_not_files(short_folder)[what]
    before = path.stat().st_mode
    with pytest.raises(DestinationError) as refused:
        AtomicFile(path)
    assert refused.value.strerror == f"it is {what}, not a file"
    assert refused.value.filename == str(path)
    assert path.stat().st_mode == before  # never replaced by a regular file


def test_a_socket_is_refused(short_folder: Path) -> None:
    path = short_folder / "sock"
    server = socket.socket(socket.AF_UNIX)
    try:
        server.bind(str(path))
        with pytest.raises(DestinationError, match="it is a socket, not a file"):
            AtomicFile(path)
    finally:
        server.close()
    assert stat.S_ISSOCK(path.stat().st_mode)


def test_only_new_files_are_opened(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="new file"):
        AtomicFile(tmp_path / "x").open("wb")


def test_figures_are_never_written_over_a_device(review: Document) -> None:
    with pytest.raises(FiguresExportError, match="it is a device, not a file"):
        write_figures_csv(review, Path("/dev/full"))
    assert stat.S_ISCHR(Path("/dev/full").stat().st_mode)


def test_figures_and_audio_are_written_through_links(review: Document, tmp_path: Path) -> None:
    (tmp_path / "figures.csv").symlink_to(tmp_path / "kept-figures.csv")
    write_figures_csv(review, tmp_path / "figures.csv")
    assert len(read_figures_csv(tmp_path / "kept-figures.csv")) == len(review.statistics)
    (tmp_path / "speech.wav").symlink_to(tmp_path / "kept-speech.wav")
    write_wav(tmp_path / "speech.wav", [AudioClip(bytes(1600), 8000)])
    assert read_wav(tmp_path / "kept-speech.wav").duration_ms == 100
    assert (tmp_path / "speech.wav").is_symlink()
