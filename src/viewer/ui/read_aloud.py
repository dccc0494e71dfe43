"""Read-aloud: sentences to the engine, clips to the audio output, progress to the window.

The controller keeps a queue of sentences (built block by block as reading goes
on), asks the engine for the next few clips ahead of time, and plays them one
after another. What it reports as "being read" is always the clip the output
is playing, never the one the engine is making, so the highlight cannot run
ahead of the voice.
"""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import Future
from enum import Enum

from PySide6.QtCore import QObject, QTimer, Signal

from viewer.speech import normalize
from viewer.speech.audio import AudioClip
from viewer.speech.engine import SpeechEngine, Voice, VoiceSettings
from viewer.speech.sentence_queue import SentenceQueue
from viewer.speech.utterances import BlockText, Utterance
from viewer.ui.audio_output import AudioOutput
from viewer.ui.engine_host import EngineHost

# Clips asked for ahead of the one playing: enough to never wait between
# sentences, few enough that a change of speed is heard soon.
_AHEAD = 2
# How long the sentence wanted may take to come from the engine (started if
# need be) before the engine is given up as hung. espeak-ng starts in a fifth
# of a second and makes a sentence in a tenth; a machine under heavy load takes
# a few seconds at worst. Twenty seconds of silence, then the reader is told.
ENGINE_TIMEOUT_MS = 20_000
# How long a clip may play beyond its length before the output is given up as
# stalled: sound servers buffer well under a second.
STALL_MARGIN_MS = 5_000


class State(Enum):
    """What the voice is doing."""

    IDLE = "idle"
    LOADING = "loading"
    PLAYING = "playing"
    PAUSED = "paused"


class _Bridge(QObject):
    # Carries results from the engine's thread to the GUI thread.
    done = Signal(int, int, object)


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
        # The engine: made, started and replaced there.
        self.host = EngineHost(make_engine, voice_settings, prepare, self)
        self.host.ready.connect(self._on_engine_ready)
        self.host.failed.connect(self._on_engine_failed)
        self._make_output = make_output
        self._audio: AudioOutput | None = None
        self._block_text = block_text
        self._voice_settings = voice_settings
        self._bridge = _Bridge(self)
        self._bridge.done.connect(self._on_clip)
        self._request: tuple[int, int, int, int | None] | None = None
        # Limits on waiting, in milliseconds (tests shorten them).
        self.engine_timeout_ms = ENGINE_TIMEOUT_MS
        self.stall_margin_ms = STALL_MARGIN_MS
        self._watchdog = _single_shot(self, self._engine_timed_out)
        self._stall_watch = _single_shot(self, self._output_stalled)
        self.state = State.IDLE
        self._generation = 0
        self._queue = SentenceQueue(block_text)
        self._clips: dict[int, AudioClip] = {}
        # Syntheses asked for and not yet answered, by queue index.
        self._asked: dict[int, Future[AudioClip]] = {}
        self._current = 0
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

    @property
    def voice(self) -> Voice | None:
        """The voice of the engine, once it is ready."""
        return self.host.voice

    def ensure_engine(self) -> SpeechEngine:
        """The engine, started if need be (without waiting for it to be ready).

        An engine that does not start within ``engine_timeout_ms`` is given up,
        and the reader told.
        """
        if self.host.engine is None and not self._watchdog.isActive():
            self._watchdog.start(self.engine_timeout_ms)
        return self.host.ensure()

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
        if self.voice is not None and self.host.engine is not None:
            self._begin()
        else:
            # The engine starts on its own thread; reading begins when it is
            # ready (at once, if it already is).
            self._set_state(State.LOADING)
            self._watchdog.start(self.engine_timeout_ms)
            self.ensure_engine()
        return True

    def _begin(self) -> None:
        request, self._request = self._request, None
        if request is None:
            return
        first_block, last_block, start, end = request
        blocks = range(first_block, last_block + 1)
        self._queue = SentenceQueue(self._block_text, blocks, start=start, end=end)
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
            self._stall_watch.stop()
            self._set_state(State.PAUSED)
        elif self.state is State.LOADING:
            self._set_state(State.PAUSED)

    def resume(self) -> None:
        """Go on from the exact place where it paused."""
        if self.state is not State.PAUSED:
            return
        if self._output_has_clip:
            self._output.resume()
            self._watch_output()
            self._set_state(State.PLAYING)
        elif self._request is not None:  # paused before the engine was ready
            self._set_state(State.LOADING)
            if self.voice is not None and self.host.engine is not None:
                self._begin()
            elif not self._watchdog.isActive():
                self._watchdog.start(self.engine_timeout_ms)
        else:
            self._play_current()

    def stop(self) -> None:
        """Stop at once and forget the queue."""
        self._generation += 1
        self._request = None
        self._watchdog.stop()
        self._stall_watch.stop()
        if self._audio is not None:
            self._audio.stop()
        self._output_has_clip = False
        self._queue = SentenceQueue(self._block_text)
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
        index = self._queue.paragraph_start(self._current, step)
        if index is not None:
            self._jump(index)

    def shutdown(self, *, wait: bool = False) -> None:
        """Stop and close the engine.

        Args:
            wait: Wait for the engine's thread to end (when the window closes);
                after a failure it is left to end by itself, so a stuck engine
                cannot freeze the window.
        """
        self.stop()
        self.host.close(wait=wait)

    @property
    def current(self) -> Utterance | None:
        """The sentence being read (or paused in), if any."""
        if self.state is State.IDLE or not self._queue:
            return None
        return self._queue[self._current]

    # Inside -------------------------------------------------------------------------

    def _on_engine_failed(self, message: str) -> None:
        self._watchdog.stop()
        self._request = None
        self._set_state(State.IDLE)
        self.message.emit(message)

    def _on_engine_ready(self) -> None:
        if self.state is not State.LOADING or self._request is None:
            if self.state is not State.LOADING:
                self._watchdog.stop()  # started for another use (a voice list, an export)
            return
        self._watchdog.stop()
        self._begin()

    def _settings(self) -> VoiceSettings:
        settings = self._voice_settings()
        voice_id = self.voice.id if self.voice is not None else settings.voice_id
        return VoiceSettings(voice_id, settings.rate, settings.volume)

    def _ask(self, index: int) -> None:
        engine = self.host.engine
        if index in self._asked or index in self._clips or engine is None:
            return
        generation = self._generation
        future = engine.synthesize(self._queue[index].spoken, self._settings())
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
        self._queue.reach(self._current + _AHEAD)
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
                self._watchdog.start(self.engine_timeout_ms)
            return
        self._watchdog.stop()
        self._output.play(clip)
        if generation != self._generation:
            return  # the output failed at once, and reading was stopped
        self._output_has_clip = True
        self._watch_output()
        self._set_state(State.PLAYING)
        self.sentence_started.emit(self._queue[self._current])

    def _jump(self, index: int) -> None:
        self._queue.reach(index)
        index = max(0, min(index, len(self._queue) - 1))
        paused = self.state is State.PAUSED
        self._output.stop()
        self._stall_watch.stop()
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
        self._stall_watch.stop()
        self._output_has_clip = False
        self._clips.pop(self._current, None)
        if not self._queue.reach(self._current + 1):
            self.stop()
            self.finished.emit()
            return
        self._current += 1
        self._play_current()

    def _fail_engine(self, error: BaseException) -> None:
        self.shutdown()  # the next attempt starts a new engine
        self.message.emit(
            self.tr("The voice stopped with an error ({0}). Reading again restarts it.").format(
                error
            )
        )

    def _engine_timed_out(self) -> None:
        self.stop()
        # A hung engine is closed (its process killed); the next use makes a new one.
        self.host.abandon(self.tr("The voice did not answer and was stopped. Try again."))

    def _watch_output(self) -> None:
        # The clip must end within its length (less what was played) and a margin.
        clip = self._clips.get(self._current)
        length = clip.duration_ms if clip is not None else 0
        left = max(0, length - self._output.position_ms())
        self._stall_watch.start(left + self.stall_margin_ms)

    def _output_stalled(self) -> None:
        self.stop()
        self.message.emit(
            self.tr("The sound output stopped playing and was reset. Try reading again.")
        )

    def _fail_output(self, reason: str) -> None:
        self.stop()
        self.message.emit(reason)

    def _set_state(self, state: State) -> None:
        if state is not self.state:
            self.state = state
            self.state_changed.emit(state)


def _single_shot(parent: QObject, timeout: Callable[[], None]) -> QTimer:
    timer = QTimer(parent)
    timer.setSingleShot(True)
    timer.timeout.connect(timeout)
    return timer
