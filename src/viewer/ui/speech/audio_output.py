"""Playing speech: the audio output the read-aloud controller talks to.

``AudioOutput`` is the interface; ``QtAudioOutput`` plays through the sound
device with Qt Multimedia (the tests have outputs of their own). An output
knows its position in the clip at every moment, so the highlight follows what
is heard.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QIODevice,
    QLoggingCategory,
    QObject,
    Signal,
)

from viewer.speech.audio import AudioClip


class AudioOutput(QObject):
    """Plays one clip at a time; pause and resume keep the exact place."""

    # The clip played to its end.
    finished = Signal()
    # Playing failed; the message says why, for the user.
    failed = Signal(str)

    def play(self, clip: AudioClip) -> None:
        """Play ``clip`` from its start, replacing any clip playing."""
        raise NotImplementedError

    def pause(self) -> None:
        """Pause where the audio is."""
        raise NotImplementedError

    def resume(self) -> None:
        """Go on from where it paused."""
        raise NotImplementedError

    def stop(self) -> None:
        """Stop at once; ``finished`` is not emitted."""
        raise NotImplementedError

    def position_ms(self) -> int:
        """How much of the clip has been played."""
        raise NotImplementedError

    @property
    def playing(self) -> bool:
        """Whether a clip is playing (not paused, not stopped)."""
        raise NotImplementedError


def prepare_qt_multimedia() -> None:
    """Load Qt Multimedia (a fifth of a second), quietly; safe off the GUI thread."""
    # It reports every optional library it cannot find (VA-API, PipeWire) as a
    # warning; none is needed to play speech.
    QLoggingCategory.setFilterRules(
        "qt.multimedia.symbolsresolver.warning=false\nqt.multimedia.ffmpeg.info=false"
    )
    import PySide6.QtMultimedia  # noqa: F401


class QtAudioOutput(AudioOutput):
    """Plays through the default sound device with Qt Multimedia."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        prepare_qt_multimedia()
        from PySide6.QtMultimedia import QAudioSink

        self._sink: QAudioSink | None = None
        self._buffer: QBuffer | None = None
        self._paused = False

    def play(self, clip: AudioClip) -> None:
        """Play ``clip`` on the default output, or report why it cannot."""
        from PySide6.QtMultimedia import QAudioFormat, QAudioSink, QMediaDevices, QtAudio

        self.stop()
        device = QMediaDevices.defaultAudioOutput()
        if device.isNull():
            self.failed.emit(
                QCoreApplication.translate(
                    "AudioOutput",
                    "No sound output was found. Connect speakers or headphones, or check "
                    "that the sound system is running, then try again.",
                )
            )
            return
        audio_format = QAudioFormat()
        audio_format.setSampleRate(clip.sample_rate)
        audio_format.setChannelCount(clip.channels)
        audio_format.setSampleFormat(QAudioFormat.SampleFormat.Int16)
        if not device.isFormatSupported(audio_format):
            self.failed.emit(
                QCoreApplication.translate(
                    "AudioOutput", "The sound output cannot play speech audio ({0} Hz)."
                ).format(clip.sample_rate)
            )
            return
        self._buffer = QBuffer(self)
        self._buffer.setData(QByteArray(clip.pcm))
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self._sink = QAudioSink(device, audio_format, self)
        self._sink.stateChanged.connect(self._on_state)
        self._paused = False
        self._sink.start(self._buffer)
        if self._sink.error() != QtAudio.Error.NoError:
            self._fail()

    def pause(self) -> None:
        """Suspend the device where it is."""
        if self._sink is not None:
            self._sink.suspend()
            self._paused = True

    def resume(self) -> None:
        """Resume the device."""
        if self._sink is not None:
            self._sink.resume()
            self._paused = False

    def stop(self) -> None:
        """Stop the device and drop the clip."""
        sink, self._sink = self._sink, None
        if sink is not None:
            sink.stateChanged.disconnect(self._on_state)
            sink.stop()
            sink.deleteLater()
        buffer, self._buffer = self._buffer, None
        if buffer is not None:
            buffer.close()
            buffer.deleteLater()  # one per sentence: gone with its sentence

    def position_ms(self) -> int:
        """Audio the device has played."""
        return self._sink.processedUSecs() // 1000 if self._sink is not None else 0

    @property
    def playing(self) -> bool:
        """Whether sound is going out."""
        return self._sink is not None and not self._paused

    def _on_state(self) -> None:
        from PySide6.QtMultimedia import QtAudio

        sink = self._sink
        if sink is None:
            return
        if sink.error() not in (QtAudio.Error.NoError, QtAudio.Error.UnderrunError):
            self._fail()
        elif (
            sink.state() == QtAudio.State.IdleState
            and self._buffer is not None
            and self._buffer.atEnd()
        ):
            self.stop()
            self.finished.emit()

    def _fail(self) -> None:
        self.stop()
        self.failed.emit(
            QCoreApplication.translate(
                "AudioOutput", "The sound output stopped with an error. Try again."
            )
        )
