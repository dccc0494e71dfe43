"""The real speech worker with a fault: ``python faulty_speech_worker.py FAULT [TEXT] FOLDER``.

Faults: ``start-fails`` (pyttsx3 raises as it starts), ``start-hangs`` (it never
starts), and, for a sentence containing TEXT: ``raise`` (the driver raises),
``hang`` (it never returns) and ``die`` (it raises BaseException, which ends
the process as a crash of the driver would).
"""

from __future__ import annotations

import sys
import time
from pathlib import Path
from typing import Any

from viewer.speech import speech_worker
from viewer.speech.engine import VoiceSettings


class DriverCrashError(BaseException):
    """What no ``except Exception`` catches."""


def hang() -> None:
    # Killed by the engine long before this ends.
    time.sleep(3600)


def main(argv: list[str]) -> int:
    fault, rest = argv[0], argv[1:]
    if fault == "start-fails":

        def broken() -> Any:
            raise OSError("libespeak-ng.so.1: cannot open shared object file")

        speech_worker.create_engine = broken
        return speech_worker.main(rest)
    if fault == "start-hangs":
        speech_worker.create_engine = hang
        return speech_worker.main(rest)
    text, rest = rest[0], rest[1:]
    real_speaker = speech_worker.speaker

    def speaker(engine: Any) -> speech_worker.Speak:
        speak = real_speaker(engine)

        def faulty(sentence: str, path: Path, settings: VoiceSettings) -> None:
            if text in sentence:
                if fault == "raise":
                    raise RuntimeError("the driver failed")
                if fault == "hang":
                    hang()
                if fault == "die":
                    raise DriverCrashError
            speak(sentence, path, settings)

        return faulty

    speech_worker.speaker = speaker
    return speech_worker.main(rest)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
