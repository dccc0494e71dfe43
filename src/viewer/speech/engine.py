"""The speech engine interface the viewer talks to, and the voice it asks for.

An engine turns one sentence of (normalised) text into an AudioClip. It never
plays anything: the viewer plays the clips itself, so that pause, resume and
stop are immediate and the position in the audio is always known.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from concurrent.futures import Future
from dataclasses import dataclass

from viewer.speech.audio import AudioClip


class SpeechUnavailableError(Exception):
    """Speech cannot be used; the message says what is missing and how to get it."""


@dataclass(frozen=True)
class Voice:
    """A voice an engine offers.

    Attributes:
        id: What the engine calls it.
        name: A name to show.
        languages: Language tags it speaks, as the engine gives them.
    """

    id: str
    name: str
    languages: tuple[str, ...] = ()


@dataclass(frozen=True)
class VoiceSettings:
    """How to speak.

    Attributes:
        voice_id: The voice to use, or None for the engine's choice.
        rate: Speed in words per minute (espeak-ng's scale; 175 is its normal).
        volume: 0.0 (silent) to 1.0 (full).
    """

    voice_id: str | None = None
    rate: int = 175
    volume: float = 1.0


class SpeechEngine(ABC):
    """Turns sentences into audio, off the caller's thread."""

    @abstractmethod
    def start(self) -> Future[list[Voice]]:
        """Get ready to speak, without blocking; call before anything else.

        Returns:
            A future giving the voices the engine offers once it is ready, or
            SpeechUnavailableError when it cannot run here. Calling again
            returns the same future.
        """

    @abstractmethod
    def synthesize(self, text: str, settings: VoiceSettings) -> Future[AudioClip]:
        """Start turning ``text`` into audio; the future gives the clip or the error."""

    @abstractmethod
    def close(self, *, wait: bool = False) -> None:
        """Stop the engine and free what it holds; pending work is cancelled.

        Args:
            wait: Wait for the engine's threads to end (at exit).
        """


#: Mandarin voices in order of preference, matched against a voice's id, name
#: and languages. espeak-ng's "cmn" voice reads Chinese characters as English
#: spelling of pinyin; "cmn-latn-pinyin" reads them as Mandarin.
_MANDARIN_PREFERENCE = (
    "cmn-latn-pinyin",
    "zh-cn",
    "zh_cn",
    "zh-hans",
    "chinese (simplified",
    "ting-ting",
    "tingting",
    "huihui",
    "yaoyao",
    "kangkang",
    "mandarin",
)


def best_mandarin_voice(voices: list[Voice]) -> Voice | None:
    """Return the best Mandarin voice of those offered, or None if there is none."""

    def keys(voice: Voice) -> str:
        return " ".join((voice.id, voice.name, *voice.languages)).lower()

    # espeak-ng's plain "cmn" says Chinese as English spelling: never choose it.
    usable = [v for v in voices if v.id.lower().rsplit("/", 1)[-1] != "cmn"]
    for wanted in _MANDARIN_PREFERENCE:
        for voice in usable:
            if wanted in keys(voice):
                return voice
    return None


def choose_voice(voices: list[Voice], wanted_id: str | None) -> Voice | None:
    """Return the voice ``wanted_id`` if offered, else the best Mandarin voice."""
    for voice in voices:
        if wanted_id and voice.id == wanted_id:
            return voice
    return best_mandarin_voice(voices)
