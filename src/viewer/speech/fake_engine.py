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
        hold_start: Never start (start()'s future is cancelled by close()).
        fail_text: Fail any synthesis whose text contains this.
        hold: When set, syntheses wait until it is released (a stuck engine).
        hold_text: Hold any synthesis whose text contains this, until released.
    """

    def __init__(self, ms_per_char: int = 40) -> None:
        self.ms_per_char = ms_per_char
        self.spoken: list[str] = []
        self.fail_start = False
        self.hold_start = False
        self._starting: list[Future[list[Voice]]] = []
        self.fail_text: str | None = None
        self.hold: threading.Event | None = None
        self.hold_text: str | None = None
        self.started = False
        self._held: list[tuple[str, Future[AudioClip]]] = []

    def start(self) -> Future[list[Voice]]:
        """Start at once, or fail or hang as told."""
        future: Future[list[Voice]] = Future()
        if self.fail_start:
            future.set_exception(SpeechUnavailableError("The fake engine was told not to start."))
        elif self.hold_start:
            self._starting.append(future)
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
        elif (self.hold is not None and not self.hold.is_set()) or (
            self.hold_text is not None and self.hold_text in text
        ):
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
        """Forget held work, and a start that never came."""
        # set_running_or_notify_cancel() wakes those in concurrent.futures.wait().
        for _, future in self._held:
            future.cancel()
            future.set_running_or_notify_cancel()
        self._held.clear()
        for starting in self._starting:
            starting.cancel()
            starting.set_running_or_notify_cancel()
        self._starting.clear()
