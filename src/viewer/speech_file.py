"""``viewer --speak-to FILE``: the report, or one section, saved as speech."""

from __future__ import annotations

import sys
from pathlib import Path

from viewer.content import Document
from viewer.reading.reading_map import ReadingMap
from viewer.saving import destination, not_saved
from viewer.speech.block_speech import range_speech
from viewer.speech.engine import (
    SpeechEngine,
    SpeechUnavailableError,
    VoiceSettings,
    best_mandarin_voice,
)
from viewer.speech.export import export_audio
from viewer.speech.pyttsx3_engine import Pyttsx3Engine
from viewer.speech.utterances import spoken_words

EXIT_OK = 0
EXIT_FAILED = 1
#: How long the engine may take to start: a fifth of a second, seconds under heavy load.
START_TIMEOUT_S = 30.0


def speak_to_file(
    document: Document, section_id: str | None, path: Path, engine: SpeechEngine | None = None
) -> int:
    """Save ``document`` (or the section ``section_id``) as speech to ``path``.

    Args:
        document: The report.
        section_id: The section to save, or None for all of it.
        path: The WAV file to write.
        engine: The engine to speak with (by default pyttsx3's); it is closed.

    Returns:
        The process exit status; progress and problems are printed.
    """
    reading_map = ReadingMap(document, photos_title=spoken_words(document.language).photos_title)
    if section_id is None:
        first, last = 0, len(reading_map.blocks) - 1
    else:
        entry = reading_map.sections[reading_map.section_index(section_id)]
        first, last = entry.first_block, entry.end_block - 1
    blocks = range_speech(reading_map, first, last)
    try:
        destination(path)  # a folder or a device there: said before any speech is made
    except OSError as error:
        print(f"viewer: {path}: the audio could not be saved ({error.strerror})", file=sys.stderr)
        return EXIT_FAILED
    engine = engine or Pyttsx3Engine()
    try:
        try:
            voices = engine.start().result(timeout=START_TIMEOUT_S)
        except TimeoutError:
            raise SpeechUnavailableError(
                f"the speech engine did not start within {START_TIMEOUT_S:g} seconds"
            ) from None
        voice = best_mandarin_voice(voices)
        if voice is None:
            print(
                "viewer: no Mandarin voice was found; install espeak-ng "
                "(sudo apt-get install espeak-ng)",
                file=sys.stderr,
            )
            return EXIT_FAILED
        shown = -1

        def progress(done: int, total: int) -> None:
            nonlocal shown
            percent = done * 100 // max(1, total)
            if percent // 10 != shown // 10 or done == total:
                shown = percent
                print(f"viewer: {done}/{total} sentences ({percent}%)", flush=True)

        duration = export_audio(engine, VoiceSettings(voice.id), blocks, path, progress=progress)
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
    return EXIT_OK
