"""The pyttsx3 engine: a worker process that speaks, and one thread that talks to it.

pyttsx3 and espeak-ng run in a child process (``viewer.speech.speech_worker``,
which says why). The thread hands it one sentence at a time and reads the WAV
file it writes, with the times of its words when the worker gives them.
Whatever happens to the process, every future is answered: if it dies or is
killed, the sentence in hand and those waiting fail with
SpeechUnavailableError, and the engine refuses new work; the viewer then
starts a new engine. Closing kills the process, so a synthesis stuck inside
espeak-ng can never keep the thread, the process or the viewer waiting.
"""

from __future__ import annotations

import contextlib
import json
import queue
import shutil
import subprocess
import sys
import tempfile
import threading
from collections.abc import Sequence
from concurrent.futures import Future
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from viewer.speech.audio import AudioClip, WordMark, read_wav
from viewer.speech.engine import SpeechEngine, SpeechUnavailableError, Voice, VoiceSettings

#: How long closing waits for the thread, which ends as soon as the process is killed.
_CLOSE_TIMEOUT_S = 10.0
#: How long a process that ended its output is given to exit, for its status.
_EXIT_TIMEOUT_S = 2.0

WORKER_COMMAND = (sys.executable, "-m", "viewer.speech.speech_worker")

_INSTALL_HINT = (
    "Install a speech synthesiser: on Debian or Ubuntu, `sudo apt-get install espeak-ng`; "
    "Windows and macOS have one built in."
)


@dataclass
class _Job:
    text: str
    settings: VoiceSettings
    future: Future[AudioClip]


class _WorkerGoneError(Exception):
    """The worker process ended, or its pipes broke."""


#: Why a worker is gone when it ended (its output closed, or its input broke):
#: the exit status, waited for, then says how.
_PROCESS_ENDED = "the process ended"


class Pyttsx3Engine(SpeechEngine):
    """Speech through pyttsx3 (espeak-ng on Linux, SAPI5 on Windows, NSSpeech on macOS)."""

    def __init__(self, command: Sequence[str] = WORKER_COMMAND) -> None:
        """Make the engine; nothing runs before ``start``.

        Args:
            command: The worker process's command line, to which the folder
                of its files is added (tests run a worker with faults).
        """
        self._command = list(command)
        self._jobs: queue.Queue[_Job | None] = queue.Queue()
        self._lock = threading.Lock()  # guards the fields below
        self._thread: threading.Thread | None = None
        self._process: subprocess.Popen[bytes] | None = None
        self._closed = False
        self._gone: SpeechUnavailableError | None = None  # why no more work is taken
        self._started: Future[list[Voice]] = Future()
        self._folder = Path(tempfile.mkdtemp(prefix="viewer-speech-"))

    @property
    def pid(self) -> int | None:
        """The worker process's id, while it runs."""
        process = self._process
        return process.pid if process is not None and process.poll() is None else None

    def start(self) -> Future[list[Voice]]:
        """Start the thread, which starts the worker process and reports its voices."""
        with self._lock:
            if self._thread is None and not self._closed:
                self._thread = threading.Thread(target=self._run, name="speech-engine", daemon=True)
                self._thread.start()
        return self._started

    def synthesize(self, text: str, settings: VoiceSettings) -> Future[AudioClip]:
        """Queue ``text``; the future resolves on the engine's thread."""
        future: Future[AudioClip] = Future()
        with self._lock:
            refusal = self._gone
            if refusal is None and (self._closed or self._thread is None):
                refusal = SpeechUnavailableError("The speech engine is not running.")
            if refusal is None:
                self._jobs.put(_Job(text, settings, future))
        if refusal is not None:
            future.set_exception(refusal)
        return future

    def close(self, *, wait: bool = False) -> None:
        """Kill the worker process, cancel what waits, and remove temporary files.

        Args:
            wait: Wait for the thread to end (it does as soon as the process is
                gone), as at exit.
        """
        with self._lock:
            closing = not self._closed
            self._closed = True
            process, thread = self._process, self._thread
        if closing:
            while True:  # cancel what has not started
                try:
                    job = self._jobs.get_nowait()
                except queue.Empty:
                    break
                if job is not None:
                    job.future.cancel()
                    job.future.set_running_or_notify_cancel()  # wakes concurrent.futures.wait()
            self._jobs.put(None)
            if process is not None:
                _kill(process)  # a stuck synthesis ends here, and the thread with it
        if wait and thread is not None and thread is not threading.current_thread():
            thread.join(timeout=_CLOSE_TIMEOUT_S)
        if thread is None:
            shutil.rmtree(self._folder, ignore_errors=True)
        # Otherwise the thread removes the folder as it ends.

    # On the engine's thread ------------------------------------------------------------

    def _run(self) -> None:
        process: subprocess.Popen[bytes] | None = None
        job: _Job | None = None
        try:
            process = self._launch()
            voices = _voices(_receive(process))
            self._started.set_result(voices)
            number = 0
            while (job := self._jobs.get()) is not None:
                if job.future.set_running_or_notify_cancel():
                    number += 1
                    self._speak(process, job, self._folder / f"sentence-{number}.wav")
                job = None
        # Every future must be answered whatever happened, and nothing may escape
        # the thread: the error goes to the futures, which report it.
        except BaseException as error:  # noqa: BLE001
            self._fail(error, process, job)
        finally:
            if process is not None:
                _kill(process)
                process.wait()
                for pipe in (process.stdin, process.stdout):
                    if pipe is not None:
                        with contextlib.suppress(OSError):
                            pipe.close()
            shutil.rmtree(self._folder, ignore_errors=True)

    def _launch(self) -> subprocess.Popen[bytes]:
        with self._lock:
            if self._closed:
                raise _WorkerGoneError("closed before it started")
            self._process = subprocess.Popen(  # noqa: S603 (our own worker, no shell)
                [*self._command, str(self._folder)],
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                # No console window for the process on Windows.
                creationflags=getattr(subprocess, "CREATE_NO_WINDOW", 0),
            )
            return self._process

    def _speak(self, process: subprocess.Popen[bytes], job: _Job, path: Path) -> None:
        settings = job.settings
        request = {
            "text": job.text,
            "voice": settings.voice_id,
            "rate": settings.rate,
            "volume": settings.volume,
            "path": str(path),
        }
        assert process.stdin is not None
        try:
            process.stdin.write(json.dumps(request).encode("ascii") + b"\n")
            process.stdin.flush()
        except OSError as error:  # a broken pipe: the process has ended (its status says how)
            raise _WorkerGoneError(_PROCESS_ENDED) from error
        answer = _receive(process)
        try:
            if "error" in answer:
                raise RuntimeError(answer["error"])  # noqa: TRY301 (handed to the caller)
            marks = (WordMark(*mark) for mark in answer.get("marks", ()))
            clip = read_wav(path).with_marks(marks, len(job.text))
        except (RuntimeError, OSError, ValueError, TypeError) as error:
            path.unlink(missing_ok=True)  # before the caller hears of it
            job.future.set_exception(error)
        else:
            path.unlink(missing_ok=True)
            job.future.set_result(clip)

    def _fail(
        self, error: BaseException, process: subprocess.Popen[bytes] | None, job: _Job | None
    ) -> None:
        with self._lock:
            closed = self._closed
        if closed:
            gone = SpeechUnavailableError("The speech engine was closed.")
        elif not self._started.done():
            reason = _reason(error, process)
            gone = SpeechUnavailableError(
                f"The speech engine could not start ({reason}). {_INSTALL_HINT}"
            )
        else:
            gone = SpeechUnavailableError(
                f"The speech engine stopped unexpectedly ({_reason(error, process)})."
            )
        with self._lock:
            self._gone = gone
        if not self._started.done():
            self._started.set_exception(gone)
        if job is not None and not job.future.done():
            job.future.set_exception(gone)
        while True:  # nothing more is taken: refuse what waits
            try:
                waiting = self._jobs.get_nowait()
            except queue.Empty:
                return
            if waiting is not None and waiting.future.set_running_or_notify_cancel():
                waiting.future.set_exception(gone)


def _receive(process: subprocess.Popen[bytes]) -> dict[str, Any]:
    assert process.stdout is not None
    line = process.stdout.readline()
    if not line:
        raise _WorkerGoneError(_PROCESS_ENDED)
    answer = json.loads(line)
    if not isinstance(answer, dict):
        raise _WorkerGoneError(f"the process answered {line!r}")
    return answer


def _voices(answer: dict[str, Any]) -> list[Voice]:
    if "error" in answer:
        raise _WorkerGoneError(answer["error"])
    return [Voice(str(i), str(name), tuple(languages)) for i, name, languages in answer["voices"]]


def _reason(error: BaseException, process: subprocess.Popen[bytes] | None) -> str:
    if not isinstance(error, _WorkerGoneError):
        return f"{type(error).__name__}: {error}"
    if process is not None and str(error) == _PROCESS_ENDED:
        try:
            status = process.wait(timeout=_EXIT_TIMEOUT_S)
        except subprocess.TimeoutExpired:
            return "its process closed its output"
        return f"its process ended with status {status}"
    return str(error)


def _kill(process: subprocess.Popen[bytes]) -> None:
    with contextlib.suppress(OSError):
        process.kill()
