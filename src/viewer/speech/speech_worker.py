"""The speech worker process: pyttsx3 saving sentences to WAV files, on request.

Run as ``python -m viewer.speech.speech_worker FOLDER`` by ``Pyttsx3Engine``.
pyttsx3 runs in its own process because espeak-ng is a library with one
state per process: a synthesis stuck inside it could never be ended, nor
espeak-ng started again, in the viewer's own process. A process can be
killed, and a new one started.

The protocol is one JSON object a line. The worker first writes
``{"voices": [[id, name, [language, ...]], ...]}`` once it has spoken a
warm-up sentence, or ``{"error": message}`` if it cannot start. Then for
each request ``{"text", "voice", "rate", "volume", "path"}`` it writes the
sentence to ``path`` and answers ``{"ok": true, "marks": [[start, end, ms],
...]}`` or ``{"error": message}``. Each mark is a word: ``text[start:end]``
(offsets in characters of the request's text) starts ``ms`` milliseconds into
the audio. Only espeak-ng says when words are heard; with the other drivers
``marks`` is empty. It ends when its input ends.

What makes pyttsx3 reliable: create the Engine on the thread that uses it and
keep it referenced for its whole life; never let it play audio (its espeak
driver plays through ``aplay``, which cannot be stopped); only save each
sentence to a file.

On Linux the Engine's command queue is not reliable for this: a new engine
counts as busy and queues commands until its loop has run, and ``runAndWait``
stops the previous utterance and can return before the file is written, so a
sentence could come out with the previous sentence's settings, or a cancelled
"finished" could end the wrong one. The espeak driver itself is dependable:
its properties apply at once, and its ``startLoop`` returns when the file is
complete. So with espeak the worker talks to the driver; with the other
drivers (SAPI5, NSSpeechSynthesizer) ``runAndWait`` blocks until the file is
written, and the Engine is used as documented.

The word times come from espeak-ng's word events, which pyttsx3 receives but
does not pass on with their time: ``WordTimes`` takes them on the way
(see there for what the events mean).
"""

from __future__ import annotations

import json
import os
import sys
import wave
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import IO, Any

from viewer.speech.engine import VoiceSettings

Speak = Callable[[str, Path, VoiceSettings], None]


def main(argv: list[str] | None = None) -> int:
    """Serve requests on standard input until it ends; return the exit status."""
    args = sys.argv[1:] if argv is None else argv
    folder = Path(args[0])
    # Answers go out on a copy of standard output; the real one is pointed at
    # standard error, so that nothing a library prints can break the protocol.
    answers = os.fdopen(os.dup(sys.stdout.fileno()), "w", encoding="ascii", buffering=1)
    sys.stdout.flush()
    os.dup2(sys.stderr.fileno(), sys.stdout.fileno())
    try:
        engine = create_engine()
        voices = [
            [v.id, v.name or v.id, [str(lang) for lang in (v.languages or ())]]
            for v in engine.getProperty("voices")
        ]
        speak = speaker(engine)
        # A first sentence proves the engine and its voice data work.
        warm_up = folder / "warm-up.wav"
        speak("。", warm_up, VoiceSettings())
        warm_up.unlink()
    except Exception as error:  # noqa: BLE001 (any failure means "no speech", reported)
        _answer(answers, {"error": str(error) or type(error).__name__})
        return 1
    _answer(answers, {"voices": voices})
    words = word_times(engine)
    for line in sys.stdin.buffer:
        request = json.loads(line)
        settings = VoiceSettings(request["voice"], request["rate"], request["volume"])
        path = Path(request["path"])
        try:
            if words is not None:
                words.begin(request["text"], settings.rate)
            speak(request["text"], path, settings)
            marks = words.marks(path) if words is not None else []
        except Exception as error:  # noqa: BLE001 (handed to the viewer, which reports it)
            path.unlink(missing_ok=True)
            _answer(answers, {"error": str(error) or type(error).__name__})
        else:
            _answer(answers, {"ok": True, "marks": marks})
    return 0


def _answer(answers: IO[str], message: dict[str, Any]) -> None:
    answers.write(json.dumps(message) + "\n")  # line-buffered: sent at once


def _espeak_driver(engine: Any) -> Any | None:
    """pyttsx3's espeak driver behind ``engine``, if that is the driver it uses."""
    driver = getattr(getattr(engine, "proxy", None), "_driver", None)
    return driver if type(driver).__module__.endswith(".espeak") else None


def speaker(engine: Any) -> Speak:
    """Return the function that saves one sentence to a WAV file with ``engine``."""
    driver = _espeak_driver(engine)
    if driver is not None:

        def speak_espeak(text: str, path: Path, settings: VoiceSettings) -> None:
            _apply(driver, replace(settings, rate=espeak_rate(settings.rate)))
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


#: espeak-ng's normal speed. From ``_SONIC_FROM_WPM`` on, it makes the speech
#: at about this speed and speeds it up with libsonic by ``rate / 175`` (its
#: ``SetSpeed``: espeakRATE_NORMAL and espeakRATE_MAXIMUM).
_NORMAL_WPM = 175
_SONIC_FROM_WPM = 450
#: espeak-ng's own speed that libsonic's at 450 wpm matches (measured).
_SONIC_MATCHES_WPM = 375


def espeak_rate(rate: int) -> int:
    """The rate to ask of espeak-ng for ``rate`` words per minute, so that faster is faster.

    Above about 350 wpm espeak-ng's own speech runs ahead of its scale, while
    libsonic's keeps to it; so at 450, where libsonic takes over, the speech
    becomes slower than at 449 (by a fifth in a long sentence, by a quarter in
    a short one). libsonic at 450 is about as fast as espeak-ng at 375: from 375
    on, libsonic is asked for 75 more, and every step up is faster.
    """
    if rate < _SONIC_MATCHES_WPM:
        return rate
    return rate + _SONIC_FROM_WPM - _SONIC_MATCHES_WPM


class WordTimes:
    """When each word of a sentence is heard, from espeak-ng's word events.

    espeak-ng hands its audio to a callback one buffer at a time, with the
    events that happened in that buffer. pyttsx3's espeak driver registers
    ``_onSynth`` as that callback; this registers its own in its place, which
    notes the word events and then hands everything to the driver's, so that
    the driver works as before.

    A word event gives the word as ``text_position`` (from 1) and ``length``,
    counted in characters of the text even though the text is passed as UTF-8
    (``CHARS_UTF8``): a Hanzi, or a character outside the BMP, counts one, as in
    a Python ``str``. Its ``sample`` is the samples already delivered plus the
    word's place in the buffer being made. When libsonic speeds the speech up,
    that place is counted before the speed-up (and ``audio_position``, the same
    in milliseconds, with it), so it is divided by the speed-up here;
    otherwise a later word could come out earlier than the one before.
    """

    def __init__(self, driver: Any, espeak: Any) -> None:
        """Register with ``espeak`` (pyttsx3's ``_espeak`` module), ahead of ``driver``."""
        self._driver = driver
        self._word_event = espeak.EVENT_WORD
        self._list_end = espeak.EVENT_LIST_TERMINATED
        self._text = ""
        self._speedup = 1.0
        self._delivered = 0  # samples handed over so far in this sentence
        self._words: list[tuple[int, int, float]] = []  # start, end, sample
        self._failed = False
        espeak.SetSynthCallback(self._on_synth)
        # espeak-ng holds only a pointer to the ctypes callback; _espeak keeps
        # the object in a global, and this keeps it too, for as long as it is used.
        self._callback = espeak.SynthCallback

    def begin(self, text: str, rate: int) -> None:
        """Get ready for ``text`` spoken at ``rate`` words per minute (as asked, not as sent)."""
        self._text = text
        wpm = espeak_rate(rate)
        self._speedup = wpm / _NORMAL_WPM if wpm >= _SONIC_FROM_WPM else 1.0
        self._delivered = 0
        self._words = []
        self._failed = False

    def marks(self, path: Path) -> list[list[int]]:
        """The words of the sentence just written to ``path``: ``[start, end, ms]`` each."""
        if self._failed:
            return []
        with wave.open(str(path), "rb") as wav:
            sample_rate = wav.getframerate()
        return [
            [start, end, round(sample * 1000 / sample_rate)] for start, end, sample in self._words
        ]

    def _on_synth(self, wav: Any, numsamples: int, events: Any) -> int:
        try:
            self._note(numsamples, events)
        except Exception:  # noqa: BLE001 (a word's time is not worth the sentence's audio)
            self._failed = True
        result: int = self._driver._onSynth(wav, numsamples, events)  # noqa: SLF001
        return result

    def _note(self, numsamples: int, events: Any) -> None:
        index = 0
        while (event := events[index]).type != self._list_end:
            if event.type == self._word_event:
                start = event.text_position - 1
                end = self._word_end(start, event.length)
                if end > start and all(start != known for known, _, _ in self._words):
                    place = (event.sample - self._delivered) / self._speedup
                    self._words.append((start, end, self._delivered + place))
            index += 1
        self._delivered += max(0, numsamples)

    def _word_end(self, start: int, length: int) -> int:
        # espeak-ng gives no length to a word just before a closing quote (”),
        # and reports an empty word before some pauses, at no word (position 0,
        # or at a comma): a word without a length runs over letters and digits.
        if start < 0 or length > 0:
            return start + length
        end = start
        while end < len(self._text) and self._text[end].isalnum():
            end += 1
        return end


def word_times(engine: Any) -> WordTimes | None:
    """The word times of ``engine``'s sentences, if its driver is espeak-ng's."""
    driver = _espeak_driver(engine)
    if driver is None:
        return None
    return WordTimes(driver, sys.modules[type(driver).__module__]._espeak)  # noqa: SLF001


def create_engine() -> Any:
    """Start pyttsx3 with the platform's driver."""
    import pyttsx3

    engine = pyttsx3.init()
    _silence_driver(engine)
    return engine


def _silence_driver(engine: Any) -> None:
    # pyttsx3's espeak driver prints "Audio saved to ..." for every file; it
    # would only fill standard error.
    driver = _espeak_driver(engine)
    if driver is not None:
        module = sys.modules[type(driver).__module__]
        setattr(module, "print", lambda *_args, **_kwargs: None)  # noqa: B010


def _apply(target: Any, settings: VoiceSettings) -> None:
    # An engine or a driver: both have setProperty.
    if settings.voice_id:
        target.setProperty("voice", settings.voice_id)
    target.setProperty("rate", settings.rate)
    target.setProperty("volume", max(0.0, min(1.0, settings.volume)))


if __name__ == "__main__":
    sys.exit(main())
