"""Read-aloud: sentences to the engine, clips to the audio output, progress to the window.

The controller keeps a queue of sentences (built block by block as reading goes
on), has the next few clips made ahead of time (``clip_supply``), and plays them
one after another. What it reports as "being read" is always the clip the output
is playing, never the one the engine is making, so the highlight cannot run
ahead of the voice.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal

from viewer.speech.engine import SpeechEngine, Voice, VoiceSettings
from viewer.speech.sentence_queue import SentenceQueue
from viewer.speech.timings import WordTiming, heard_at
from viewer.speech.utterances import BlockText, Utterance
from viewer.ui.common.background import Background
from viewer.ui.speech.clip_supply import AHEAD, ClipSupply
from viewer.ui.speech.engine_host import EngineHost
from viewer.ui.speech.speech_services import ENGINE_TIMEOUT_MS, SpeechServices, State
from viewer.ui.speech.watched_output import WatchedOutput


class ReadAloud(QObject):
    """Reads a range of blocks aloud, sentence by sentence."""

    sentence_started = Signal(object)  # the sentence now being heard
    state_changed = Signal(object)
    message = Signal(str)  # for the reader: speech unavailable, the engine failed
    finished = Signal()  # reading reached the end of what was asked

    def __init__(
        self,
        services: SpeechServices,
        block_text: Callable[[int], BlockText],
        voice_settings: Callable[[], VoiceSettings],
        background: Background,
        parent: QObject | None = None,
    ) -> None:
        """Build the controller.

        ``services`` make the engine and the output, ``block_text`` gives the
        text of block n, ``voice_settings`` the voice, rate and volume to use
        now, ``background`` brings the engine's answers to the GUI thread.
        """
        super().__init__(parent)
        # The engine: made, started and replaced there.
        self.host = EngineHost(
            services.make_engine, voice_settings, services.prepare, background, self
        )
        self.host.ready.connect(self._on_engine_ready)
        self.host.failed.connect(self._on_engine_failed)
        self.output = WatchedOutput(services.make_output, self)
        self.output.finished.connect(self._on_output_finished)
        self.output.failed.connect(self._fail_output)
        self._block_text = block_text
        self._voice_settings = voice_settings
        self._request: tuple[int, int, int, int | None] | None = None
        #: How long the engine may take to answer (milliseconds; tests shorten it).
        self.engine_timeout_ms = ENGINE_TIMEOUT_MS
        self._watchdog = QTimer(self)
        self._watchdog.setSingleShot(True)
        self._watchdog.timeout.connect(self._engine_timed_out)
        self.state = State.IDLE
        self._supply = ClipSupply(
            SentenceQueue(block_text),
            self.host,
            self._settings,
            background,
            on_clip=self._on_clip,
            on_error=self._fail_engine,
        )
        self._current = 0
        self.lead_in_ms = 0  # the first sentence waits this long (see two_voices)
        self._lead_in = QTimer(self)
        self._lead_in.setSingleShot(True)
        self._lead_in.timeout.connect(self._after_lead_in)

    @property
    def voice(self) -> Voice | None:
        """The voice of the engine, once it is ready."""
        return self.host.voice

    def ensure_engine(self) -> SpeechEngine:
        """The engine, started if need be (given up if not ready in ``engine_timeout_ms``)."""
        if self.host.engine is None and not self._watchdog.isActive():
            self._watchdog.start(self.engine_timeout_ms)
        return self.host.ensure()

    def current_settings(self) -> VoiceSettings:
        """The voice settings the next sentence will be spoken with."""
        return self._settings()

    # Commands ---------------------------------------------------------------------

    def read(
        self, first_block: int, last_block: int, *, start: int = 0, end: int | None = None
    ) -> None:
        """Read blocks ``first_block`` to ``last_block``, ``start`` to ``end`` (or say why not)."""
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

    def _begin(self) -> None:
        request, self._request = self._request, None
        if request is None:
            return
        first_block, last_block, start, end = request
        blocks = range(first_block, last_block + 1)
        self._supply.restart(SentenceQueue(self._block_text, blocks, start=start, end=end))
        if not self._supply.queue:
            self._set_state(State.IDLE)
            self.finished.emit()
            return
        self._current = 0
        if self.lead_in_ms > 0:
            self._set_state(State.LOADING)
            self._lead_in.start(self.lead_in_ms)
        else:
            self._play_current()

    def _after_lead_in(self) -> None:
        if self.state is State.LOADING:
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
            self.output.pause()
            self._set_state(State.PAUSED)
        elif self.state is State.LOADING:
            self._set_state(State.PAUSED)

    def resume(self) -> None:
        """Go on from the exact place where it paused."""
        if self.state is not State.PAUSED:
            return
        if self.output.has_clip:
            self.output.resume()
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
        self._request = None
        self._watchdog.stop()
        self._lead_in.stop()
        self.output.stop()
        self._supply.restart(SentenceQueue(self._block_text))
        if self.state is not State.IDLE:
            self._set_state(State.IDLE)

    def skip_sentence(self, step: int) -> None:
        """Go to the next (1) or previous (-1) sentence while reading."""
        if self.state is State.IDLE or not self._supply.queue:
            return
        self._jump(self._current + step)

    def skip_paragraph(self, step: int) -> None:
        """Go to the start of the next (1) or previous (-1) block while reading."""
        if self.state is State.IDLE or not self._supply.queue:
            return
        index = self._supply.queue.paragraph_start(self._current, step)
        if index is not None:
            self._jump(index)

    def shutdown(self, *, wait: bool = False) -> None:
        """Stop and close the engine; with ``wait``, wait for its thread to end.

        (As the window closes: after a failure it is left to end by itself, so a
        stuck engine cannot freeze the window.)
        """
        self.stop()
        self.host.close(wait=wait)

    @property
    def current(self) -> Utterance | None:
        """The sentence being read (or paused in), if any."""
        queue = self._supply.queue
        if self.state is State.IDLE or not queue:
            return None
        return queue[self._current]

    def current_word(self) -> WordTiming | None:
        """The word being heard now, if the engine told when each word is heard."""
        if self.current is None:
            return None
        return heard_at(self._supply.timings(self._current), self.output.device.position_ms())

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

    def _play_current(self) -> None:
        generation = self._supply.generation
        self._supply.ask_ahead(self._current)
        clip = self._supply.clip(self._current)
        if clip is None:  # played when it comes (_on_clip)
            self._set_state(State.LOADING)
            if not self._watchdog.isActive():
                self._watchdog.start(self.engine_timeout_ms)
            return
        self._watchdog.stop()
        self.output.play(clip)
        if generation != self._supply.generation:
            return  # the output failed at once, and reading was stopped
        self._set_state(State.PLAYING)
        self.sentence_started.emit(self._supply.queue[self._current])

    def _jump(self, index: int) -> None:
        queue = self._supply.queue
        queue.reach(index)
        index = max(0, min(index, len(queue) - 1))
        paused = self.state is State.PAUSED
        self.output.stop()
        self._current = index
        self._supply.keep(range(index, index + AHEAD + 1))
        if paused:
            self._supply.ask_ahead(index)
            self.sentence_started.emit(queue[index])
        else:
            self._play_current()

    def _on_clip(self, index: int) -> None:
        if index == self._current and self.state is State.LOADING and not self._lead_in.isActive():
            self._play_current()

    def _on_output_finished(self) -> None:
        self._supply.drop(self._current)
        if not self._supply.queue.reach(self._current + 1):
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

    def _fail_output(self, reason: str) -> None:
        self.stop()
        self.message.emit(reason)

    def _set_state(self, state: State) -> None:
        if state is not self.state:
            self.state = state
            self.state_changed.emit(state)
