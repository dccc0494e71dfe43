"""Test doubles: an engine that speaks tones, an output that plays into nothing by a clock.

``FakeEngine`` answers at once (or fails, or hangs, as told), with a tone whose
length follows the text, and a word mark for each character but spaces.
``SilentOutput`` plays a clip into nothing: it ends at once, or, given a
``ManualClock``, when the test moves the clock past its end, so that tests of
pausing, resuming and stopping never wait on the wall clock.
"""

from __future__ import annotations

import math
import struct
import threading
from concurrent.futures import Future

from PySide6.QtCore import QObject, QTimer

from viewer.speech.audio import AudioClip, WordMark
from viewer.speech.engine import SpeechEngine, SpeechUnavailableError, Voice, VoiceSettings
from viewer.ui.speech.audio_output import AudioOutput

SAMPLE_RATE = 8000
#: The tone: 400 Hz, so that one period is a whole number of samples (20).
TONE_HZ = 400
_PERIOD = SAMPLE_RATE // TONE_HZ


class FakeEngine(SpeechEngine):
    """Speaks every character for ``ms_per_char`` at a 400 Hz tone, instantly.

    Each character but a space is a word of its own: the clip has a mark for it
    at ``ms_per_char`` times its offset in the text, so that following the voice
    word by word can be tested.

    Attributes:
        spoken: Every text it was asked to speak, in order.
        fail_start: Raise SpeechUnavailableError from start().
        hold_start: Never start (start()'s future is cancelled by close()).
        fail_text: Fail any synthesis whose text contains this.
        hold: When set, syntheses wait until it is released (a stuck engine).
        hold_text: Hold any synthesis whose text contains this, until released.
        reads_pinyin: Offer (first) a voice that is given pinyin.
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
        self.reads_pinyin = False  # offer a voice given pinyin, as espeak-ng's Mandarin
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
        """A Mandarin voice that reads characters, an English one, and (if told) a pinyin one."""
        offered = [Voice("fake/en", "English"), Voice("fake/zh-cn", "Mandarin", ("zh",))]
        if self.reads_pinyin:
            offered.insert(0, Voice("fake/cmn-latn-pinyin", "Mandarin (pinyin)", ("cmn",)))
        return offered

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
        # One period, repeated: as fast for a long sentence as for a short one.
        period = struct.pack(
            f"<{_PERIOD}h",
            *(int(level * math.sin(2 * math.pi * i / _PERIOD)) for i in range(_PERIOD)),
        )
        whole, part = divmod(frames, _PERIOD)
        marks = tuple(
            WordMark(i, i + 1, i * self.ms_per_char)
            for i, char in enumerate(text)
            if not char.isspace()
        )
        return AudioClip(period * whole + period[: part * 2], SAMPLE_RATE, marks=marks)

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


class ManualClock:
    """Time that passes only when the test says so."""

    def __init__(self) -> None:
        self._outputs: list[SilentOutput] = []

    def attach(self, output: SilentOutput) -> None:
        """Let ``output`` play by this clock."""
        self._outputs.append(output)

    def advance(self, ms: int) -> None:
        """Let ``ms`` milliseconds pass; a clip that reaches its end finishes (at once)."""
        for output in list(self._outputs):
            output.advance(ms)


class SilentOutput(AudioOutput):
    """Plays each clip into nothing: at once, or by a ``ManualClock``.

    Attributes:
        played: Every clip it was given, in order.
    """

    def __init__(self, clock: ManualClock | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.played: list[AudioClip] = []
        self._clock = clock
        if clock is not None:
            clock.attach(self)
        self._clip: AudioClip | None = None
        self._position_ms = 0
        self._running = False
        # Without a clock a clip ends from the event loop, as a device's would.
        self._end_soon = QTimer(self)
        self._end_soon.setSingleShot(True)
        self._end_soon.setInterval(0)
        self._end_soon.timeout.connect(self._end)

    def play(self, clip: AudioClip) -> None:
        """Start ``clip`` from its start."""
        self.played.append(clip)
        self._clip = clip
        self._position_ms = 0
        self._running = True
        if self._clock is None:
            self._end_soon.start()

    def pause(self) -> None:
        """Stop where it is."""
        self._running = False
        self._end_soon.stop()

    def resume(self) -> None:
        """Go on from where it paused."""
        if self._clip is not None:
            self._running = True
            if self._clock is None:
                self._end_soon.start()

    def stop(self) -> None:
        """Drop the clip."""
        self._clip = None
        self._running = False
        self._position_ms = 0
        self._end_soon.stop()

    def position_ms(self) -> int:
        """How much of the clip has been played."""
        return self._position_ms

    @property
    def playing(self) -> bool:
        """Whether a clip plays (not paused, not stopped)."""
        return self._running

    def advance(self, ms: int) -> None:
        """The clock moved by ``ms``: play that much, and end the clip if it is done."""
        if not self._running or self._clip is None:
            return
        self._position_ms = min(self._clip.duration_ms, self._position_ms + ms)
        if self._position_ms >= self._clip.duration_ms:
            self._end()

    def _end(self) -> None:
        if self._clip is None:
            return
        self._clip = None
        self._running = False
        self.finished.emit()
