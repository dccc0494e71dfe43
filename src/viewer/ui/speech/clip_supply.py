"""The audio of the sentences being read, asked of the engine a few sentences ahead."""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import Future

from viewer.speech.audio import AudioClip
from viewer.speech.engine import VoiceSettings
from viewer.speech.pinyin import reads_pinyin
from viewer.speech.sentence_queue import SentenceQueue
from viewer.speech.timings import WordTiming, word_timings
from viewer.speech.utterances import VoiceInput
from viewer.ui.common.background import Background
from viewer.ui.speech.engine_host import EngineHost

#: Clips asked for ahead of the one playing: enough to never wait between
#: sentences, few enough that a change of speed is heard soon.
AHEAD = 2


class ClipSupply:
    """Asks the engine for the clips of a queue of sentences, and keeps them until played.

    The engine answers on its own thread; each answer is brought to the GUI
    thread, and one for a queue that has since been replaced is dropped.
    """

    def __init__(  # noqa: PLR0913 (what the controller hands over, each once)
        self,
        queue: SentenceQueue,
        host: EngineHost,
        settings: Callable[[], VoiceSettings],
        background: Background,
        *,
        on_clip: Callable[[int], None],
        on_error: Callable[[BaseException], None],
    ) -> None:
        """Keep what asking needs.

        Args:
            queue: The sentences to supply first (usually none).
            host: Holds the engine asked.
            settings: The voice settings to ask with, now.
            background: Brings the answers to the GUI thread.
            on_clip: Told the index of each sentence whose clip has come.
            on_error: Told what the engine raised for a sentence.
        """
        self._host = host
        self._settings = settings
        self._background = background
        self._on_clip = on_clip
        self._on_error = on_error
        self.queue = queue
        self.generation = 0
        self._clips: dict[int, AudioClip] = {}
        # When each word of a sentence whose clip has come is heard.
        self._timings: dict[int, tuple[WordTiming, ...]] = {}
        # What the voice was given for each sentence asked for.
        self._inputs: dict[int, VoiceInput] = {}
        # Syntheses asked for and not yet answered, by queue index.
        self._asked: dict[int, Future[AudioClip]] = {}

    def restart(self, queue: SentenceQueue) -> None:
        """Supply ``queue`` from now on; what was asked or kept for the last one is dropped."""
        self.generation += 1
        self.queue = queue
        self._clips.clear()
        self._timings.clear()
        self._inputs.clear()
        self.keep(range(0))

    def ask_ahead(self, current: int) -> None:
        """Ask for the clip of sentence ``current`` and of the few after it."""
        self.queue.reach(current + AHEAD)
        for index in range(current, min(current + AHEAD + 1, len(self.queue))):
            self._ask(index)

    def keep(self, wanted: range) -> None:
        """Drop the work asked for other sentences than ``wanted``, if not started yet.

        So the engine is free for what is wanted now.
        """
        for index in [i for i in self._asked if i not in wanted]:
            self._asked.pop(index).cancel()

    def clip(self, index: int) -> AudioClip | None:
        """The clip of sentence ``index``, if it has come."""
        return self._clips.get(index)

    def timings(self, index: int) -> tuple[WordTiming, ...]:
        """When each word of sentence ``index`` is heard in its clip (empty if unknown)."""
        return self._timings.get(index, ())

    def drop(self, index: int) -> None:
        """Forget the clip of sentence ``index`` (it was played)."""
        self._clips.pop(index, None)
        self._timings.pop(index, None)
        self._inputs.pop(index, None)

    def _ask(self, index: int) -> None:
        engine = self._host.engine
        if index in self._asked or index in self._clips or engine is None:
            return
        generation = self.generation
        settings = self._settings()
        said = self.queue[index].voice_input(pinyin=reads_pinyin(settings.voice_id))
        self._inputs[index] = said
        future = engine.synthesize(said.text, settings)
        self._asked[index] = future
        self._background.when_done(future, lambda done: self._answered(generation, index, done))

    def _answered(self, generation: int, index: int, done: Future[AudioClip]) -> None:
        if generation != self.generation or done.cancelled():
            return  # for a queue since replaced, or dropped as no longer wanted
        self._asked.pop(index, None)
        error = done.exception()
        if error is not None:
            self._on_error(error)
            return
        clip = done.result()
        said = self._inputs.get(index)
        if said is not None:
            self._timings[index] = word_timings(clip.marks, clip.duration_ms, said.source)
        self._clips[index] = clip
        self._on_clip(index)
