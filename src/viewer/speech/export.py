"""Saving speech to a listening file: every sentence of a range, one after another."""

from __future__ import annotations

import concurrent.futures
import time
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Future
from dataclasses import dataclass
from pathlib import Path

from viewer.speech.audio import AudioClip, silence, write_wav
from viewer.speech.engine import SpeechEngine, VoiceSettings
from viewer.speech.pinyin import reads_pinyin
from viewer.speech.timings import WordTiming, word_timings
from viewer.speech.utterances import BlockText, Utterance, VoiceInput, utterances_of

#: Pauses in the saved audio, as a reader makes them.
SENTENCE_PAUSE_MS = 250
BLOCK_PAUSE_MS = 600
#: Sentences asked of the engine ahead of the one being written.
_AHEAD = 4
#: How long one sentence may take before the engine is given up as hung: it
#: takes a tenth of a second, a few seconds on a machine under heavy load.
SENTENCE_TIMEOUT_S = 20.0
#: How often a wait for the engine looks whether the export was cancelled.
_POLL_S = 0.1


class ExportCancelledError(Exception):
    """The user cancelled the export; nothing was written."""


@dataclass(frozen=True, slots=True)
class SentenceTiming:
    """A sentence of a listening file, where it is in the text and in the audio.

    Attributes:
        block: The index of its block among those exported.
        start: Where it starts in the block's text.
        end: Where it ends.
        begin_ms: When it starts in the file.
        end_ms: When it ends.
        words: Its words, their times counted from the start of the file.
    """

    block: int
    start: int
    end: int
    begin_ms: int
    end_ms: int
    words: tuple[WordTiming, ...]


def export_audio(  # noqa: PLR0913 (each argument is a separate concern of the caller)
    engine: SpeechEngine,
    settings: VoiceSettings,
    blocks: Sequence[BlockText],
    path: Path,
    *,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    timings: list[SentenceTiming] | None = None,
) -> int:
    """Speak ``blocks`` into a WAV file at ``path``.

    Args:
        engine: A started engine.
        settings: The voice, rate and volume.
        blocks: The text, block by block.
        path: The file to write; replaced only once complete.
        progress: Called with (sentences done, sentences in all).
        cancelled: Polled between sentences; True stops the export.
        timings: Filled with each sentence's place in the text and the audio.

    Returns:
        The duration of the audio, in milliseconds.

    Raises:
        ExportCancelledError: ``cancelled`` said so; the file was not written.
        OSError: The file cannot be written; a previous file is kept.
        TimeoutError: The engine did not answer for SENTENCE_TIMEOUT_S.
        Exception: Whatever the engine raised for a sentence.
    """
    sentences: list[Utterance] = []
    for number, block in enumerate(blocks):
        sentences.extend(
            utterances_of(
                number,
                block.text,
                spoken_prefix=block.spoken_prefix,
                spoken=block.spoken,
                lexicon=block.lexicon,
            )
        )
    total = len(sentences)
    pinyin = reads_pinyin(settings.voice_id)
    inputs = [sentence.voice_input(pinyin=pinyin) for sentence in sentences]

    def clips() -> Iterator[AudioClip]:
        pending: dict[int, Future[AudioClip]] = {}
        frames = 0  # written so far: times are counted in frames, so no rounding adds up
        for index, sentence in enumerate(sentences):
            for ahead in range(index, min(index + _AHEAD, total)):
                if ahead not in pending:
                    pending[ahead] = engine.synthesize(inputs[ahead].text, settings)
            clip = _wait_for(pending.pop(index), pending, cancelled)
            if index:
                new_block = sentences[index - 1].block != sentence.block
                pause = BLOCK_PAUSE_MS if new_block else SENTENCE_PAUSE_MS
                gap = silence(pause, clip.sample_rate, clip.channels)
                frames += gap.frames
                yield gap
            if timings is not None:
                at_ms = frames * 1000 // clip.sample_rate if clip.sample_rate else 0
                timings.append(_timing(sentence, clip, inputs[index], at_ms))
            frames += clip.frames
            yield clip
            if progress is not None:
                progress(index + 1, total)

    return write_wav(path, clips())


def _timing(sentence: Utterance, clip: AudioClip, said: VoiceInput, at_ms: int) -> SentenceTiming:
    words = tuple(
        WordTiming(w.start, w.end, w.begin_ms + at_ms, w.end_ms + at_ms)
        for w in word_timings(clip.marks, clip.duration_ms, said.source)
    )
    return SentenceTiming(
        sentence.block, sentence.start, sentence.end, at_ms, at_ms + clip.duration_ms, words
    )


def _wait_for(
    future: Future[AudioClip],
    pending: dict[int, Future[AudioClip]],
    cancelled: Callable[[], bool] | None,
) -> AudioClip:
    """The clip ``future`` gives; waits in short steps, so a cancel is heard while it hangs."""
    deadline = time.monotonic() + SENTENCE_TIMEOUT_S
    while True:
        if cancelled is not None and cancelled():
            for waiting in (future, *pending.values()):
                waiting.cancel()
            raise ExportCancelledError
        if concurrent.futures.wait([future], timeout=_POLL_S).done:
            return future.result()
        if time.monotonic() > deadline:
            raise TimeoutError(
                f"the speech engine did not answer for {SENTENCE_TIMEOUT_S:g} seconds"
            )
