"""Orca, the screen reader, without a voice, telling what it would say.

Orca logs every utterance as ``SPEECH OUTPUT: '...'`` to its "speech" logger,
the hook of its own regression tests. A customization file in Orca's
preferences folder (which Orca loads at start) sends that log to a file, a line
at a time, notes when Orca's event loop runs, and keeps Orca from starting a
speech server: speech stays on, so Orca says all it would (with speech turned
off, it drops the messages it would only speak), but no sound is made. A test
can then press keys and read what a blind user would have heard.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import time
from pathlib import Path
from types import TracebackType
from typing import Self

# An entry of the log: SPEECH OUTPUT: 'the words' and, after some, the voice
# used. The words may run over several lines (a figure's number, then its label).
_SPOKEN = re.compile(
    r"^SPEECH OUTPUT: '(.*?)'[ \t]*(?:\{[^{}]*\})?[ \t]*$", re.MULTILINE | re.DOTALL
)
_READY = "ORCA IS LISTENING"

_CUSTOMIZATIONS = """
import logging
from gi.repository import GLib
import orca.speech

orca.speech._initSpeechServer = lambda *_arguments: None  # speak to the log only

_to_file = logging.FileHandler({log!r}, encoding="utf-8")
_to_file.setFormatter(logging.Formatter("%(message)s"))
logging.getLogger("speech").addHandler(_to_file)


def _listening():
    logging.getLogger("speech").info({ready!r})
    return False


GLib.idle_add(_listening)
"""


class Orca:
    """One Orca process on the private desktop, and what it has said."""

    def __init__(self, env: dict[str, str], home: Path) -> None:
        program = shutil.which("orca")
        assert program is not None, "make test installs orca"
        prefs = home / "orca-prefs"
        prefs.mkdir(exist_ok=True)
        self.log = home / "orca-speech.txt"
        (prefs / "orca-customizations.py").write_text(
            _CUSTOMIZATIONS.format(log=str(self.log), ready=_READY), "utf-8"
        )
        self._process = subprocess.Popen(
            [program, "--user-prefs", str(prefs)],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        self._heard = 0

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self._process.terminate()
        try:
            self._process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self._process.kill()
            self._process.wait(timeout=10)

    def wait_until_ready(self, timeout: float = 30) -> None:
        """Wait until Orca listens to events (so that none is missed)."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.log.exists() and _READY in self.log.read_text("utf-8", errors="replace"):
                return
            time.sleep(0.2)
        raise AssertionError("Orca did not start")

    def spoken(self) -> list[str]:
        """Everything Orca has said so far."""
        if not self.log.exists():
            return []
        return _SPOKEN.findall(self.log.read_text("utf-8", errors="replace"))

    def wait_until_quiet(self, quiet: float = 1.0, timeout: float = 15) -> list[str]:
        """What Orca says from now until it has said nothing for ``quiet`` seconds."""
        deadline = time.monotonic() + timeout
        count, since = len(self.spoken()), time.monotonic()
        while time.monotonic() < deadline:
            time.sleep(0.1)
            now = len(self.spoken())
            if now != count:
                count, since = now, time.monotonic()
            elif time.monotonic() - since >= quiet:
                break
        said = self.spoken()[self._heard :]
        self._heard += len(said)
        return said

    def wait_until_said_all(self, expected: tuple[str, ...], timeout: float) -> list[str]:
        """What Orca says from now until it has said each of ``expected`` (or time is up).

        Each expected text must be within one utterance. On a busy machine
        what a key makes Orca say can come a few seconds later.
        """
        deadline = time.monotonic() + timeout
        while True:
            said = self.spoken()[self._heard :]
            joined = "\n".join(said)
            if all(words in joined for words in expected) or time.monotonic() > deadline:
                self._heard += len(said)
                return said
            time.sleep(0.2)
