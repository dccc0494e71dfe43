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
sentence to ``path`` and answers ``{"ok": true}`` or ``{"error": message}``.
It ends when its input ends.

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
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Callable
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
    for line in sys.stdin.buffer:
        request = json.loads(line)
        settings = VoiceSettings(request["voice"], request["rate"], request["volume"])
        path = Path(request["path"])
        try:
            speak(request["text"], path, settings)
        except Exception as error:  # noqa: BLE001 (handed to the viewer, which reports it)
            path.unlink(missing_ok=True)
            _answer(answers, {"error": str(error) or type(error).__name__})
        else:
            _answer(answers, {"ok": True})
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
