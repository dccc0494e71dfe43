"""The speech engine's keeper: starts it off the GUI thread, and replaces it after a failure."""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable
from concurrent.futures import Future

from PySide6.QtCore import QObject, Signal

from viewer.speech.engine import SpeechEngine, Voice, VoiceSettings, choose_voice
from viewer.ui.common.background import Background


class EngineHost(QObject):
    """Owns the speech engine; one is made on first use and after each failure."""

    # The engine started and a voice was chosen: ``voice`` is set.
    ready = Signal()
    # The engine could not start, offers no voice, or was given up; the message
    # says why, for the user.
    failed = Signal(str)

    def __init__(
        self,
        make_engine: Callable[[], SpeechEngine],
        voice_settings: Callable[[], VoiceSettings],
        prepare: Callable[[], None],
        background: Background,
        parent: QObject | None = None,
    ) -> None:
        """Keep what is needed to make engines; none is made yet.

        Args:
            make_engine: Makes a new engine.
            voice_settings: The voice chosen in the settings, among others.
            prepare: Loads, on the start-up thread, what the first sentence
                would otherwise load on the GUI thread.
            background: Where the start-up thread runs.
            parent: The Qt parent.
        """
        super().__init__(parent)
        self._make_engine = make_engine
        self._voice_settings = voice_settings
        self._prepare = prepare
        self.engine: SpeechEngine | None = None
        self.voice: Voice | None = None
        # The voices the last engine to start offered (none if it failed), set
        # before ``ready`` or ``failed`` is emitted.
        self.found: list[Voice] = []
        self._background = background
        # The start of the engine in use (an engine may be made again after a failure).
        self._start: Future[list[Voice]] | None = None

    def ensure(self) -> SpeechEngine:
        """The engine, started if need be (without waiting for it to be ready)."""
        if self.engine is None:
            engine = self._make_engine()
            self.engine = engine
            prepare = self._prepare
            started = engine.start()
            self._start = started
            # Set when the engine starts, fails, or is closed. Not wait(): it
            # misses a future cancelled by cancel() alone.
            answered = threading.Event()
            started.add_done_callback(lambda _: answered.set())

            def get_ready() -> None:
                # Off the GUI thread: heavy imports, then wait for the engine.
                with contextlib.suppress(Exception):  # loading on first use works too
                    prepare()
                answered.wait()

            self._background.run_in_background(
                get_ready, lambda _: self._on_started(engine, started), name="speech-start"
            )
        return self.engine

    def choose_voice(self, voices: list[Voice]) -> Voice | None:
        """The voice chosen in the settings if offered, else the best Mandarin voice."""
        return choose_voice(voices, self._voice_settings().voice_id)

    def no_voice_message(self) -> str:
        """What to say when no Mandarin voice is installed, and how to get one."""
        return self.tr(
            "No Mandarin voice was found. On Debian or Ubuntu install espeak-ng "
            "(sudo apt-get install espeak-ng); on Windows add the Chinese (Simplified) "
            "speech voice; on macOS add a Chinese voice in the Spoken Content settings."
        )

    def close(self, *, wait: bool = False) -> None:
        """Close the engine; the next use makes a new one.

        Args:
            wait: Wait for the engine's threads to end (when the window closes);
                after a failure it is left to end by itself, so that a stuck
                engine cannot freeze the window. Its start-up thread ends with
                it, and is joined with the other background work.
        """
        self.voice = None
        engine, self.engine = self.engine, None
        if engine is not None:
            engine.close(wait=wait)

    def abandon(self, message: str) -> None:
        """Give the engine up (it did not answer) and say so with ``failed``."""
        self.close()
        self.found = []
        self.failed.emit(message)

    def _on_started(self, engine: SpeechEngine, started: Future[list[Voice]]) -> None:
        if engine is not self.engine or started is not self._start:
            return  # an engine given up on
        if started.cancelled():  # closed by someone else as it started
            error: str | None = self.tr("Speech could not start. Try again.")
        elif started.exception() is not None:
            error = self.tr("Speech could not start: {0}").format(started.exception())
        else:
            error = None
        self.found = started.result() if error is None else []
        voice = self.choose_voice(self.found)
        if voice is None:
            self.engine = None
            engine.close()
            self.failed.emit(error if error is not None else self.no_voice_message())
            return
        self.voice = voice
        self.ready.emit()
