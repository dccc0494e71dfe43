"""Saving a file so that it is either complete or not changed: the one way the viewer writes.

As Qt's QSaveFile does: the data goes to a new file beside the destination,
is flushed to the disk, and only then replaces the destination in one rename,
so a full disk, a crash or a kill never leaves a half-written file in place
of a good one. Settings, figures (CSV) and speech (WAV) are all saved here.

The destination is checked first. A symbolic link is written through: its
target is replaced and the link stays a link pointing at it. A folder, a
device, a FIFO or a socket is refused with a ``DestinationError`` saying what
it is, and left alone: replacing ``/dev/full`` with a regular file, or a pipe
that another program reads, is never what the reader meant.
"""

from __future__ import annotations

import contextlib
import errno
import os
import stat
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any


class DestinationError(OSError):
    """The destination is not a place for a file (a folder, a device, a FIFO, a socket).

    ``strerror`` says what it is, for the reader: "it is a folder, not a file".
    """


def _kind(mode: int) -> str | None:
    """What a file of ``mode`` is, when it is not a regular file."""
    if stat.S_ISREG(mode):
        return None
    if stat.S_ISDIR(mode):
        return "a folder"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISFIFO(mode):
        return "a FIFO (a named pipe)"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "not a regular file"


def destination(path: Path) -> Path:
    """The file a save to ``path`` replaces: ``path``, or the target its links lead to.

    Raises:
        DestinationError: What is there is not a regular file.
        OSError: It cannot be looked at (a link that loops, a folder not allowed).
    """
    target = Path(os.path.realpath(path))  # follows links, dangling ones too
    try:
        mode = target.stat().st_mode
    except FileNotFoundError:
        return target  # a new file (or the missing target of a link): made by the save
    kind = _kind(mode)
    if kind is not None:
        code = errno.EISDIR if stat.S_ISDIR(mode) else errno.EINVAL
        raise DestinationError(code, f"it is {kind}, not a file", str(path))
    return target


class AtomicFile:
    """A new file that replaces its destination only when committed.

    Write to ``temp`` (by ``open`` or by handing the path to a library that
    writes it), then ``commit``; ``discard`` removes it otherwise. A file that
    replaces another keeps the other's permissions.

    Attributes:
        path: The path asked for.
        target: The file that is replaced (``path``, or the target of its links).
        temp: Where the new file is written, in the same folder as ``target``.
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        self.target = destination(path)
        # os.urandom rather than tempfile or secrets: no module to import, and
        # the file is created with open(..., "x"), so never one that exists.
        self.temp = self.target.with_name(f".{self.target.name}.{os.urandom(4).hex()}.part")

    def open(self, mode: str = "xb", **options: Any) -> IO[Any]:
        """Create ``temp`` and open it (``mode`` must create: "x", "xb")."""
        if "x" not in mode:
            raise ValueError("an atomic file is always a new file: open it with 'x'")
        return self.temp.open(mode, **options)

    def commit(self) -> None:
        """Flush ``temp`` to the disk and put it in the place of ``target``.

        Raises:
            OSError: It could not be; ``target`` is as it was.
        """
        with contextlib.suppress(FileNotFoundError):
            self.temp.chmod(stat.S_IMODE(self.target.stat().st_mode))
        with self.temp.open("rb+") as file:  # on the disk before the rename
            os.fsync(file.fileno())
        self.temp.replace(self.target)
        _sync_folder(self.target.parent)

    def discard(self) -> None:
        """Remove ``temp`` if it is there (after a failure); never raises."""
        with contextlib.suppress(OSError):
            self.temp.unlink(missing_ok=True)


def _sync_folder(folder: Path) -> None:
    # The rename itself on the disk. Not every system can open a folder
    # (Windows cannot); the file is safe either way, the rename may only be lost.
    with contextlib.suppress(OSError):
        descriptor = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(descriptor)
        finally:
            os.close(descriptor)


@contextlib.contextmanager
def saved_atomically(path: Path, mode: str = "xb", **options: Any) -> Iterator[IO[Any]]:
    """Open a new file that replaces ``path`` once the ``with`` block ends without error.

    On any error (and on KeyboardInterrupt) the new file is removed and
    ``path`` is left as it was.

    Raises:
        DestinationError: ``path`` is a folder, a device, a FIFO or a socket.
        OSError: The file could not be written.
    """
    saving = AtomicFile(path)
    try:
        with saving.open(mode, **options) as file:
            yield file
        saving.commit()
    except BaseException:
        saving.discard()
        raise


def not_saved(message: str, path: Path) -> str:
    """``message`` (why a save failed), and that the file already at ``path`` is unharmed.

    For the command line; the window says the same in the interface's language.
    """
    return f"{message}; the file already there is kept as it was" if path.is_file() else message
