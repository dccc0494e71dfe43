"""The pyttsx3 engine: one pyttsx3 Engine, owned by one worker thread.

What makes pyttsx3 reliable: create the Engine on the thread that uses it and
keep it referenced for its whole life; never call it from two threads; never
let it play audio (its espeak driver plays through ``aplay``, which cannot be
stopped); only save each sentence to a file.

On Linux the Engine's command queue is not reliable for this: a new engine
counts as busy and queues commands until its loop has run, and ``runAndWait``
stops the previous utterance and can return before the file is written, so a
sentence could come out with the previous sentence's settings, or a cancelled
"finished" could end the wrong one. The espeak driver itself is dependable:
its properties apply at once, and its ``startLoop`` returns when the file is
complete. So with espeak the worker talks to the driver; with the other
drivers (SAPI5, NSSpeechSynthesizer) ``runAndWait`` blocks until the file is
written, and the Engine is used as documented.
"""

from __future__ import annotations

import queue
import shutil
import tempfile
import threading
from collections.abc import Callable
from concurrent.futures import Future
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from viewer.speech.audio import AudioClip, read_wav
from viewer.speech.engine import SpeechEngine, SpeechUnavailableError, Voice, VoiceSettings

#: How long closing waits for the sentence in hand.
_CLOSE_TIMEOUT_S = 10.0

_INSTALL_HINT = (
    "Install a speech synthesiser: on Debian or Ubuntu, `sudo apt-get install espeak-ng`; "
    "Windows and macOS have one built in."
)


@dataclass
class _Job:
    text: str
    settings: VoiceSettings
    future: Future[AudioClip]


class Pyttsx3Engine(SpeechEngine):
    """Speech through pyttsx3 (espeak-ng on Linux, SAPI5 on Windows, NSSpeech on macOS)."""

    def __init__(self) -> None:
        self._jobs: queue.Queue[_Job | None] = queue.Queue()
        self._thread: threading.Thread | None = None
        self._started: Future[list[Voice]] = Future()
        self._closed = False
        self._folder = Path(tempfile.mkdtemp(prefix="viewer-speech-"))

    def start(self) -> Future[list[Voice]]:
        """Start the worker thread, which starts pyttsx3 and reports its voices."""
        if self._thread is None and not self._closed:
            self._thread = threading.Thread(target=self._run, name="speech-engine", daemon=True)
            self._thread.start()
        return self._started

    def synthesize(self, text: str, settings: VoiceSettings) -> Future[AudioClip]:
        """Queue ``text``; the future resolves on the worker thread."""
        future: Future[AudioClip] = Future()
        running = self._thread is not None and self._thread.is_alive() and not self._closed
        failed = self._started.done() and self._started.exception() is not None
        if not running or failed:
            future.set_exception(SpeechUnavailableError("The speech engine is not running."))
        else:
            self._jobs.put(_Job(text, settings, future))
        return future

    def close(self, *, wait: bool = False) -> None:
        """Stop the worker after the sentence in hand, and remove temporary files.

        Args:
            wait: Wait (up to ten seconds) for the worker thread to end, as at
                exit; otherwise return at once, so a stuck engine cannot freeze
                the caller (its thread is a daemon and ends with the process).
        """
        if not self._closed:
            self._closed = True
            while True:  # cancel what has not started
                try:
                    job = self._jobs.get_nowait()
                except queue.Empty:
                    break
                if job is not None:
                    job.future.cancel()
            self._jobs.put(None)
        thread = self._thread
        if wait and thread is not None and thread is not threading.current_thread():
            thread.join(timeout=_CLOSE_TIMEOUT_S)
        if thread is None or not thread.is_alive():
            shutil.rmtree(self._folder, ignore_errors=True)
        # Otherwise the worker removes the folder as it ends: the sentence in
        # hand is still being written there.

    # On the worker thread --------------------------------------------------------

    def _refuse_waiting_jobs(self, error: Exception) -> None:
        while True:
            try:
                job = self._jobs.get_nowait()
            except queue.Empty:
                return
            if job is not None and job.future.set_running_or_notify_cancel():
                job.future.set_exception(error)

    def _run(self) -> None:
        try:
            engine = _create_engine()
            voices = [
                Voice(v.id, v.name or v.id, tuple(str(lang) for lang in (v.languages or ())))
                for v in engine.getProperty("voices")
            ]
            speak = _speaker(engine)
            # A first sentence proves the engine and its voice data work.
            warm_up = self._folder / "warm-up.wav"
            speak("。", warm_up, VoiceSettings())
            warm_up.unlink()
        except Exception as error:  # noqa: BLE001 (any failure means "no speech", reported)
            shutil.rmtree(self._folder, ignore_errors=True)
            unavailable = SpeechUnavailableError(
                f"The speech engine could not start ({error}). {_INSTALL_HINT}"
            )
            self._started.set_exception(unavailable)
            self._refuse_waiting_jobs(unavailable)
            return
        self._started.set_result(voices)
        number = 0
        while (job := self._jobs.get()) is not None:
            if not job.future.set_running_or_notify_cancel():
                continue
            number += 1
            path = self._folder / f"sentence-{number}.wav"
            try:
                speak(job.text, path, job.settings)
                clip = read_wav(path)
            except Exception as error:  # noqa: BLE001 (handed to the caller through the future)
                path.unlink(missing_ok=True)
                job.future.set_exception(error)
            else:
                path.unlink(missing_ok=True)  # before the caller hears of it
                job.future.set_result(clip)
        # No engine.stop(): nothing plays, and stopping makes the espeak driver
        # write the last file again, into a folder about to be removed.
        shutil.rmtree(self._folder, ignore_errors=True)


Speak = Callable[[str, Path, VoiceSettings], None]


def _speaker(engine: Any) -> Speak:
    """Return the function that saves one sentence to a WAV file with ``engine``."""
    driver = getattr(getattr(engine, "proxy", None), "_driver", None)
    if driver is not None and type(driver).__module__.endswith(".espeak"):

        def speak_espeak(text: str, path: Path, settings: VoiceSettings) -> None:
            _apply(driver, settings)
            driver.save_to_file(text, str(path))
            driver.startLoop()  # returns once the file is written
            if not path.exists():
                raise RuntimeError("the speech engine wrote no audio")

        return speak_espeak

    def speak_engine(text: str, path: Path, settings: VoiceSettings) -> None:
        _apply(engine, settings)
        engine.save_to_file(text, str(path))
        engine.runAndWait()
        if not path.exists():
            raise RuntimeError("the speech engine wrote no audio")

    return speak_engine


def _create_engine() -> Any:
    import pyttsx3

    engine = pyttsx3.init()
    _silence_driver(engine)
    return engine


def _silence_driver(engine: Any) -> None:
    # pyttsx3's espeak driver prints "Audio saved to ..." for every file, which
    # would mix with the viewer's own output; only that module's print is muted.
    driver = getattr(getattr(engine, "proxy", None), "_driver", None)
    module = type(driver).__module__ if driver is not None else ""
    if module.endswith(".espeak"):
        import sys

        setattr(sys.modules[module], "print", lambda *_args, **_kwargs: None)  # noqa: B010


def _apply(target: Any, settings: VoiceSettings) -> None:
    # An engine or a driver: both have setProperty.
    if settings.voice_id:
        target.setProperty("voice", settings.voice_id)
    target.setProperty("rate", settings.rate)
    target.setProperty("volume", max(0.0, min(1.0, settings.volume)))
