"""``viewer --speak-to FILE``: the report, or one section, saved as speech."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from pathlib import Path

from viewer.content import Document
from viewer.reading.reading_map import ReadingMap
from viewer.saving import destination, not_saved, saved_atomically
from viewer.speech.block_speech import range_speech
from viewer.speech.engine import (
    SpeechEngine,
    SpeechUnavailableError,
    Voice,
    VoiceSettings,
    best_mandarin_voice,
)
from viewer.speech.export import SentenceTiming, export_audio
from viewer.speech.pronouncing import NO_PRONUNCIATIONS, PronunciationList
from viewer.speech.pyttsx3_engine import Pyttsx3Engine
from viewer.speech.utterances import spoken_words

EXIT_OK = 0
EXIT_FAILED = 1
#: How long the engine may take to start: a fifth of a second, seconds under heavy load.
START_TIMEOUT_S = 30.0


def speak_to_file(  # noqa: PLR0913 (the command line's options, each once)
    document: Document,
    section_id: str | None,
    path: Path,
    engine: SpeechEngine | None = None,
    *,
    marks: Path | None = None,
    lexicon: PronunciationList = NO_PRONUNCIATIONS,
) -> int:
    """Save ``document`` (or the section ``section_id``) as speech to ``path``.

    Args:
        document: The report.
        section_id: The section to save, or None for all of it.
        path: The WAV file to write.
        engine: The engine to speak with (by default pyttsx3's); it is closed.
        marks: Where to save when each sentence and word is heard (JSON).
        lexicon: The pronunciations to say the words of.

    Returns:
        The process exit status; progress and problems are printed.
    """
    reading_map = ReadingMap(document, photos_title=spoken_words(document.language).photos_title)
    if section_id is None:
        first, last = 0, len(reading_map.blocks) - 1
    else:
        entry = reading_map.sections[reading_map.section_index(section_id)]
        first, last = entry.first_block, entry.end_block - 1
    blocks = range_speech(reading_map, first, last, lexicon)
    if _refused(path, "the audio") or (marks is not None and _refused(marks, "the marks")):
        return EXIT_FAILED
    engine = engine or Pyttsx3Engine()
    try:
        voice = _mandarin_voice(engine)
        if voice is None:
            print(
                "viewer: no Mandarin voice was found; install espeak-ng "
                "(sudo apt-get install espeak-ng)",
                file=sys.stderr,
            )
            return EXIT_FAILED
        timings: list[SentenceTiming] = []
        duration = export_audio(
            engine, VoiceSettings(voice.id), blocks, path, progress=_progress(), timings=timings
        )
        if marks is not None:
            write_marks(marks, path, timings, reading_map, first)
    except SpeechUnavailableError as error:
        print(f"viewer: {error}", file=sys.stderr)
        return EXIT_FAILED
    except OSError as error:
        reason = error.strerror or str(error)
        message = f"viewer: {path}: the audio could not be saved ({reason})"
        print(not_saved(message, path), file=sys.stderr)
        return EXIT_FAILED
    except (RuntimeError, TimeoutError, ValueError) as error:
        print(f"viewer: {path}: the audio could not be saved: {error}", file=sys.stderr)
        return EXIT_FAILED
    finally:
        engine.close(wait=True)
    print(f"viewer: wrote {path} ({duration / 1000:.1f} s, voice {voice.id})")
    if marks is not None:
        print(f"viewer: wrote {marks} ({len(timings)} sentences)")
    return EXIT_OK


def _mandarin_voice(engine: SpeechEngine) -> Voice | None:
    """Start ``engine`` and choose its Mandarin voice, if it has one."""
    try:
        voices = engine.start().result(timeout=START_TIMEOUT_S)
    except TimeoutError:
        raise SpeechUnavailableError(
            f"the speech engine did not start within {START_TIMEOUT_S:g} seconds"
        ) from None
    return best_mandarin_voice(voices)


def _progress() -> Callable[[int, int], None]:
    """What prints the progress of a save, every tenth of the way."""
    shown = -1

    def progress(done: int, total: int) -> None:
        nonlocal shown
        percent = done * 100 // max(1, total)
        if percent // 10 != shown // 10 or done == total:
            shown = percent
            print(f"viewer: {done}/{total} sentences ({percent}%)", flush=True)

    return progress


def _refused(path: Path, what: str) -> bool:
    """Whether ``path`` cannot be saved to (a folder, a device): said before any speech is made."""
    try:
        destination(path)
    except OSError as error:
        print(f"viewer: {path}: {what} could not be saved ({error.strerror})", file=sys.stderr)
        return True
    return False


def write_marks(
    path: Path, audio: Path, timings: list[SentenceTiming], reading_map: ReadingMap, first: int
) -> None:
    """Save ``timings`` as JSON: each sentence and word, its time and its place in its block.

    Offsets are characters of the block's text (``text`` repeats it); ``block``
    is the block's index in the whole document, ``section`` its section's id.
    """
    sentences = []
    for sentence in timings:
        index = first + sentence.block
        text = reading_map.blocks[index].text
        sentences.append(
            {
                "block": index,
                "section": reading_map.section_of(index).key,
                "start": sentence.start,
                "end": sentence.end,
                "text": text[sentence.start : sentence.end],
                "begin_ms": sentence.begin_ms,
                "end_ms": sentence.end_ms,
                "words": [
                    {
                        "start": w.start,
                        "end": w.end,
                        "text": text[w.start : w.end],
                        "begin_ms": w.begin_ms,
                        "end_ms": w.end_ms,
                    }
                    for w in sentence.words
                ],
            }
        )
    data = {"format": 1, "audio": audio.name, "sentences": sentences}
    with saved_atomically(path, "x", encoding="utf-8") as file:
        json.dump(data, file, ensure_ascii=False, indent=1)
        file.write("\n")
