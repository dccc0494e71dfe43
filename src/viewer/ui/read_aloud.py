"""Read-aloud: sentences to the engine, clips to the audio output, progress to the window.

The controller keeps a queue of sentences (built block by block as reading goes
on), asks the engine for the next few clips ahead of time, and plays them one
after another. What it reports as "being read" is always the clip the output
is playing, never the one the engine is making, so the highlight cannot run
ahead of the voice.
"""

from __future__ import annotations

import concurrent.futures
import contextlib
import threading
from collections.abc import Callable
from concurrent.futures import Future
from enum import Enum

from PySide6.QtCore import QObject, QTimer, Signal

from viewer.speech import normalize
from viewer.speech.audio import AudioClip
from viewer.speech.engine import SpeechEngine, Voice, VoiceSettings, choose_voice
from viewer.speech.utterances import BlockText, Utterance, utterances_of
from viewer.ui.audio_output import AudioOutput

# Clips asked for ahead of the one playing: enough to never wait between
# sentences, few enough that a change of speed is heard soon.
_AHEAD = 2
# How long a sentence may take to synthesise before the engine is given up.
_ENGINE_TIMEOUT_MS = 20_000


class State(Enum):
    """What the voice is doing."""

    IDLE = "idle"
    LOADING = "loading"
    PLAYING = "playing"
    PAUSED = "paused"


class _Bridge(QObject):
    # Carry results from the engine's thread to the GUI thread.
    done = Signal(int, int, object)
    started = Signal(object, object)


class ReadAloud(QObject):
    """Reads a range of blocks aloud, sentence by sentence."""

    # The sentence now being heard.
    sentence_started = Signal(object)
    state_changed = Signal(object)
    # Something the user should know (speech unavailable, engine failed).
    message = Signal(str)
    # Reading reached the end of what was asked.
    finished = Signal()

    def __init__(  # noqa: PLR0913 (the collaborators the composition root passes in)
        self,
        make_engine: Callable[[], SpeechEngine],
        make_output: Callable[[], AudioOutput],
        block_text: Callable[[int], BlockText],
        voice_settings: Callable[[], VoiceSettings],
        parent: QObject | None = None,
        *,
        prepare: Callable[[], None] = normalize.prepare,
    ) -> None:
        """Build the controller.

        Args:
            make_engine: Makes a new engine; called on first use and after a failure.
            make_output: Makes the audio output, on first use (loading Qt
                Multimedia takes time the start-up should not spend).
            block_text: The text of block n.
            voice_settings: The voice, rate and volume to use now.
            parent: The Qt parent.
            prepare: Loads, on the engine's start-up thread, what the first
                sentence would otherwise load on the GUI thread (the number
                reader, the sound library).
        """
        super().__init__(parent)
        self._make_engine = make_engine
        self._engine: SpeechEngine | None = None
        self.voice: Voice | None = None
        self._make_output = make_output
        self._audio: AudioOutput | None = None
        self._block_text = block_text
        self._voice_settings = voice_settings
        self._prepare = prepare
        self._bridge = _Bridge(self)
        self._bridge.done.connect(self._on_clip)
        self._bridge.started.connect(self._on_started)
        self._request: tuple[int, int, int, int | None] | None = None
        self._watchdog = QTimer(self)
        self._watchdog.setSingleShot(True)
        self._watchdog.setInterval(_ENGINE_TIMEOUT_MS)
        self._watchdog.timeout.connect(self._engine_timed_out)
        self.state = State.IDLE
        self._generation = 0
        self._queue: list[Utterance] = []
        self._clips: dict[int, AudioClip] = {}
        # Syntheses asked for and not yet answered, by queue index.
        self._asked: dict[int, Future[AudioClip]] = {}
        self._current = 0
        self._next_block = 0
        self._last_block = -1
        self._end_char: int | None = None
        self._output_has_clip = False
        self._asking = False

    @property
    def _output(self) -> AudioOutput:
        if self._audio is None:
            self._audio = self._make_output()
            self._audio.setParent(self)
            self._audio.finished.connect(self._on_output_finished)
            self._audio.failed.connect(self._fail_output)
        return self._audio

    def ensure_engine(self) -> SpeechEngine:
        """The engine, started if need be (without waiting for it to be ready)."""
        if self._engine is None:
            engine = self._make_engine()
            self._engine = engine
            bridge = self._bridge
            prepare = self._prepare
            started = engine.start()

            def get_ready() -> None:
                # Off the GUI thread: heavy imports, then wait for the engine.
                with contextlib.suppress(Exception):  # loading on first use works too
                    prepare()
                concurrent.futures.wait([started])
                bridge.started.emit(engine, started)

            threading.Thread(target=get_ready, name="speech-start", daemon=True).start()
        return self._engine

    def choose_voice(self, voices: list[Voice]) -> Voice | None:
        """The voice chosen in the settings if offered, else the best Mandarin voice."""
        return choose_voice(voices, self._voice_settings().voice_id)

    def current_settings(self) -> VoiceSettings:
        """The voice settings the next sentence will be spoken with."""
        return self._settings()

    # Commands ---------------------------------------------------------------------

    def read(
        self, first_block: int, last_block: int, *, start: int = 0, end: int | None = None
    ) -> bool:
        """Read blocks ``first_block`` to ``last_block`` (inclusive).

        Args:
            first_block: Where to start.
            last_block: Where to stop.
            start: The character of the first block to start from.
            end: The character of the last block to stop at.

        Returns:
            Whether reading started (if not, ``message`` said why).
        """
        self.stop()
        self._request = (first_block, last_block, start, end)
        if self.voice is not None and self._engine is not None:
            self._begin()
        else:
            # The engine starts on its own thread; reading begins when it is
            # ready (at once, if it already is).
            self._set_state(State.LOADING)
            self._watchdog.start()
            self.ensure_engine()
        return True

    def _begin(self) -> None:
        request, self._request = self._request, None
        if request is None:
            return
        first_block, last_block, start, end = request
        self._queue = []
        self._next_block = first_block
        self._last_block = last_block
        self._end_char = end
        self._extend(first_start=start)
        if not self._queue:
            self._set_state(State.IDLE)
            self.finished.emit()
            return
        self._current = 0
        self._play_current()

    def toggle_pause(self) -> None:
        """Pause if speaking, go on if paused."""
        if self.state in (State.PLAYING, State.LOADING):
            self.pause()
        elif self.state is State.PAUSED:
            self.resume()

    def pause(self) -> None:
        """Pause at the exact place in the sentence."""
        if self.state is State.PLAYING:
            self._output.pause()
            self._set_state(State.PAUSED)
        elif self.state is State.LOADING:
            self._set_state(State.PAUSED)

    def resume(self) -> None:
        """Go on from the exact place where it paused."""
        if self.state is not State.PAUSED:
            return
        if self._output_has_clip:
            self._output.resume()
            self._set_state(State.PLAYING)
        else:
            self._play_current()

    def stop(self) -> None:
        """Stop at once and forget the queue."""
        self._generation += 1
        self._request = None
        self._watchdog.stop()
        if self._audio is not None:
            self._audio.stop()
        self._output_has_clip = False
        self._queue = []
        self._clips.clear()
        self._cancel_asked()
        if self.state is not State.IDLE:
            self._set_state(State.IDLE)

    def skip_sentence(self, step: int) -> None:
        """Go to the next (1) or previous (-1) sentence while reading."""
        if self.state is State.IDLE or not self._queue:
            return
        self._jump(self._current + step)

    def skip_paragraph(self, step: int) -> None:
        """Go to the start of the next (1) or previous (-1) block while reading."""
        if self.state is State.IDLE or not self._queue:
            return
        block = self._queue[self._current].block
        if step > 0:
            index = self._current
            while True:
                if index + 1 >= len(self._queue) and not self._extend():
                    return
                index += 1
                if self._queue[index].block != block:
                    break
        else:
            starts = [
                i
                for i, u in enumerate(self._queue)
                if i == 0 or u.block != self._queue[i - 1].block
            ]
            earlier = [i for i in starts if i < self._current and self._queue[i].block != block]
            if not earlier:
                return
            index = earlier[-1]
        self._jump(index)

    def shutdown(self, *, wait: bool = False) -> None:
        """Stop and close the engine.

        Args:
            wait: Wait for the engine's thread to end (when the window closes);
                after a failure it is left to end by itself, so a stuck engine
                cannot freeze the window.
        """
        self.stop()
        self.voice = None
        if self._engine is not None:
            self._engine.close(wait=wait)
            self._engine = None

    @property
    def current(self) -> Utterance | None:
        """The sentence being read (or paused in), if any."""
        if self.state is State.IDLE or not self._queue:
            return None
        return self._queue[self._current]

    # Inside -------------------------------------------------------------------------

    def _on_started(self, engine: SpeechEngine, started: Future[list[Voice]]) -> None:
        if engine is not self._engine:
            return  # an engine given up on
        error = started.exception()
        voice = None if error is not None else self.choose_voice(started.result())
        if voice is None:
            self._engine = None
            engine.close()
            self._watchdog.stop()
            self._request = None
            self._set_state(State.IDLE)
            self.message.emit(str(error) if error is not None else self.no_voice_message())
            return
        self.voice = voice
        if self._request is not None and self.state is State.LOADING:
            self._watchdog.stop()
            self._begin()

    def no_voice_message(self) -> str:
        """What to say when no Mandarin voice is installed, and how to get one."""
        return self.tr(
            "No Mandarin voice was found. On Debian or Ubuntu install espeak-ng "
            "(sudo apt-get install espeak-ng); on Windows add the Chinese (Simplified) "
            "speech voice; on macOS add a Chinese voice in the Spoken Content settings."
        )

    def _extend(self, first_start: int = 0) -> bool:
        """Add the sentences of the next block(s) to the queue; False at the end."""
        while self._next_block <= self._last_block:
            block = self._next_block
            self._next_block += 1
            text = self._block_text(block)
            start = first_start if not self._queue and first_start else 0
            end = self._end_char if block == self._last_block else None
            found = utterances_of(
                block,
                text.text,
                spoken_prefix=text.spoken_prefix,
                spoken=text.spoken,
                start=start,
                end=end,
            )
            if found:
                self._queue.extend(found)
                return True
        return False

    def _settings(self) -> VoiceSettings:
        settings = self._voice_settings()
        voice_id = self.voice.id if self.voice is not None else settings.voice_id
        return VoiceSettings(voice_id, settings.rate, settings.volume)

    def _ask(self, index: int) -> None:
        if index in self._asked or index in self._clips or self._engine is None:
            return
        generation = self._generation
        future = self._engine.synthesize(self._queue[index].spoken, self._settings())
        self._asked[index] = future
        bridge = self._bridge

        def done(result: Future[AudioClip]) -> None:
            # On the engine's thread: hand over to the GUI thread.
            if result.cancelled():
                return
            error = result.exception()
            bridge.done.emit(generation, index, error if error is not None else result.result())

        future.add_done_callback(done)

    def _cancel_asked(self, keep: range = range(0)) -> None:
        # Work not started is dropped, so the engine is free for what is wanted now.
        for index in [i for i in self._asked if i not in keep]:
            self._asked.pop(index).cancel()

    def _ask_ahead(self) -> None:
        while self._current + _AHEAD >= len(self._queue) and self._extend():
            pass
        for index in range(self._current, min(self._current + _AHEAD + 1, len(self._queue))):
            self._ask(index)

    def _play_current(self) -> None:
        generation = self._generation
        # An engine may answer at once, from inside _ask_ahead: this call plays
        # the clip then, not _on_clip.
        self._asking = True
        try:
            self._ask_ahead()
        finally:
            self._asking = False
        if generation != self._generation:
            return  # asking failed and reading was stopped
        clip = self._clips.get(self._current)
        if clip is None:
            self._set_state(State.LOADING)
            if not self._watchdog.isActive():
                self._watchdog.start()
            return
        self._watchdog.stop()
        self._output.play(clip)
        if generation != self._generation:
            return  # the output failed at once, and reading was stopped
        self._output_has_clip = True
        self._set_state(State.PLAYING)
        self.sentence_started.emit(self._queue[self._current])

    def _jump(self, index: int) -> None:
        while index >= len(self._queue) and self._extend():
            pass
        index = max(0, min(index, len(self._queue) - 1))
        paused = self.state is State.PAUSED
        self._output.stop()
        self._output_has_clip = False
        self._current = index
        self._cancel_asked(keep=range(index, index + _AHEAD + 1))
        if paused:
            self._ask_ahead()
            self.sentence_started.emit(self._queue[index])
        else:
            self._play_current()

    def _on_clip(self, generation: int, index: int, result: object) -> None:
        if generation != self._generation:
            return  # from reading that was stopped
        self._asked.pop(index, None)
        if isinstance(result, BaseException):
            self._fail_engine(result)
            return
        assert isinstance(result, AudioClip)
        self._clips[index] = result
        if index == self._current and self.state is State.LOADING and not self._asking:
            self._play_current()

    def _on_output_finished(self) -> None:
        self._output_has_clip = False
        self._clips.pop(self._current, None)
        if self._current + 1 >= len(self._queue) and not self._extend():
            self.stop()
            self.finished.emit()
            return
        self._current += 1
        self._play_current()

    def _fail_engine(self, error: BaseException) -> None:
        self.shutdown()  # the next attempt starts a new engine
        self.message.emit(self.tr("The voice stopped with an error: {0}").format(error))

    def _engine_timed_out(self) -> None:
        self.shutdown()
        self.message.emit(self.tr("The voice did not answer and was stopped. Try again."))

    def _fail_output(self, reason: str) -> None:
        self.stop()
        self.message.emit(reason)

    def _set_state(self, state: State) -> None:
        if state is not self.state:
            self.state = state
            self.state_changed.emit(state)
