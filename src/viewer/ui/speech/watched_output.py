"""The audio output, made on first use and watched: a clip that never ends is given up."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from viewer.speech.audio import AudioClip
from viewer.ui.speech.audio_output import AudioOutput
from viewer.ui.speech.speech_services import STALL_MARGIN_MS


class WatchedOutput(QObject):
    """Plays one clip at a time through the output, and says so if the output stalls.

    A clip must end within its length (less what was played before a pause)
    and ``stall_margin_ms``; otherwise the output is stopped and ``failed``
    says what happened, as it does when the output itself fails.
    """

    # The clip played to its end.
    finished = Signal()
    # Playing failed or stalled; the message says why, for the user.
    failed = Signal(str)

    def __init__(
        self, make_output: Callable[[], AudioOutput], parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._make_output = make_output
        self._device: AudioOutput | None = None
        self._clip: AudioClip | None = None
        #: How long a clip may play beyond its length (milliseconds; tests shorten it).
        self.stall_margin_ms = STALL_MARGIN_MS
        self._stall_watch = QTimer(self)
        self._stall_watch.setSingleShot(True)
        self._stall_watch.timeout.connect(self._stalled)

    @property
    def device(self) -> AudioOutput:
        """The output itself, made now if it was not yet."""
        if self._device is None:
            self._device = self._make_output()
            self._device.setParent(self)
            self._device.finished.connect(self._ended)
            self._device.failed.connect(self._fail)
        return self._device

    @property
    def has_clip(self) -> bool:
        """Whether a clip is playing or paused."""
        return self._clip is not None

    def play(self, clip: AudioClip) -> None:
        """Play ``clip`` from its start (``failed`` may be emitted before this returns)."""
        self._clip = clip
        self.device.play(clip)
        if self._clip is clip:
            self._watch()

    def pause(self) -> None:
        """Pause where the audio is; the watch waits too."""
        self.device.pause()
        self._stall_watch.stop()

    def resume(self) -> None:
        """Go on from where it paused."""
        self.device.resume()
        self._watch()

    def stop(self) -> None:
        """Stop at once; ``finished`` is not emitted."""
        self._stall_watch.stop()
        self._clip = None
        if self._device is not None:
            self._device.stop()

    def _watch(self) -> None:
        length = self._clip.duration_ms if self._clip is not None else 0
        left = max(0, length - self.device.position_ms())
        self._stall_watch.start(left + self.stall_margin_ms)

    def _ended(self) -> None:
        self._stall_watch.stop()
        self._clip = None
        self.finished.emit()

    def _stalled(self) -> None:
        self.stop()
        self.failed.emit(
            QCoreApplication.translate(
                "ReadAloud", "The sound output stopped playing and was reset. Try reading again."
            )
        )

    def _fail(self, reason: str) -> None:
        self.stop()
        self.failed.emit(reason)
