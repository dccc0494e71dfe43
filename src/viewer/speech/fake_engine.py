"""A deterministic engine for tests: a tone whose length follows the text."""

from __future__ import annotations

import math
import struct
import threading
from concurrent.futures import Future

from viewer.speech.audio import AudioClip
from viewer.speech.engine import SpeechEngine, SpeechUnavailableError, Voice, VoiceSettings

SAMPLE_RATE = 8000


class FakeEngine(SpeechEngine):
    """Speaks every character for ``ms_per_char`` at a 440 Hz tone, instantly.

    Attributes:
        spoken: Every text it was asked to speak, in order.
        fail_start: Raise SpeechUnavailableError from start().
        fail_text: Fail any synthesis whose text contains this.
        hold: When set, syntheses wait until it is released (a stuck engine).
    """

    def __init__(self, ms_per_char: int = 40) -> None:
        self.ms_per_char = ms_per_char
        self.spoken: list[str] = []
        self.fail_start = False
        self.fail_text: str | None = None
        self.hold: threading.Event | None = None
        self.started = False
        self._held: list[tuple[str, Future[AudioClip]]] = []

    def start(self) -> Future[list[Voice]]:
        """Start at once, or fail as told."""
        future: Future[list[Voice]] = Future()
        if self.fail_start:
            future.set_exception(SpeechUnavailableError("The fake engine was told not to start."))
        else:
            self.started = True
            future.set_result(self.voices())
        return future

    def voices(self) -> list[Voice]:
        """One Mandarin and one English voice."""
        return [Voice("fake/en", "English"), Voice("fake/cmn-latn-pinyin", "Mandarin", ("cmn",))]

    def synthesize(self, text: str, settings: VoiceSettings) -> Future[AudioClip]:
        """Return the clip at once (or hold it, or fail, as told)."""
        future: Future[AudioClip] = Future()
        self.spoken.append(text)
        if self.fail_text is not None and self.fail_text in text:
            future.set_exception(RuntimeError(f"the fake engine failed on {text!r}"))
        elif self.hold is not None and not self.hold.is_set():
            self._held.append((text, future))
        else:
            future.set_result(self.clip_for(text, settings))
        return future

    def release(self) -> None:
        """Let held syntheses finish."""
        held, self._held = self._held, []
        for text, future in held:
            future.set_result(self.clip_for(text, VoiceSettings()))

    def clip_for(self, text: str, settings: VoiceSettings) -> AudioClip:
        """The clip this engine makes for ``text``."""
        frames = SAMPLE_RATE * self.ms_per_char * max(1, len(text)) // 1000
        level = 8000 * max(0.0, min(1.0, settings.volume))
        samples = (
            int(level * math.sin(2 * math.pi * 440 * i / SAMPLE_RATE)) for i in range(frames)
        )
        return AudioClip(struct.pack(f"<{frames}h", *samples), SAMPLE_RATE)

    def close(self, *, wait: bool = False) -> None:  # noqa: ARG002 (nothing to wait for)
        """Forget held work."""
        for _, future in self._held:
            future.cancel()
        self._held.clear()
