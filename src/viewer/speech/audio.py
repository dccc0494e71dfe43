"""Audio as the engines produce it: 16-bit PCM clips, read from and written to WAV.

A clip may know when each word is heard (``WordMark``), so that the viewer can
follow the voice word by word.
"""

from __future__ import annotations

import array
import itertools
import math
import wave
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from pathlib import Path

from viewer.saving import saved_atomically


@dataclass(frozen=True)
class WordMark:
    """When a word starts in a clip, and where it is in the text that was spoken.

    The offsets are into the text given to the engine (a Python ``str``, counted
    in characters), not into the text shown, which may have been normalised.

    Attributes:
        start: The offset of the word's first character.
        end: The offset just past its last character.
        audio_ms: When the word starts, in milliseconds from the clip's start.
    """

    start: int
    end: int
    audio_ms: int


@dataclass(frozen=True)
class AudioClip:
    """A piece of speech: signed 16-bit little-endian PCM.

    Attributes:
        pcm: The samples.
        sample_rate: Samples per second (espeak-ng gives 22050).
        channels: 1 for mono.
        marks: When each word starts, in order of time; empty when the engine
            does not say.
    """

    pcm: bytes
    sample_rate: int
    channels: int = 1
    marks: tuple[WordMark, ...] = ()

    SAMPLE_WIDTH = 2

    @property
    def frames(self) -> int:
        """How many samples per channel the clip holds."""
        return len(self.pcm) // (self.SAMPLE_WIDTH * self.channels)

    @property
    def duration_ms(self) -> int:
        """How long the clip plays, in milliseconds."""
        return self.frames * 1000 // self.sample_rate if self.sample_rate else 0

    def rms(self) -> float:
        """The clip's loudness: root mean square of its samples (0 to 32768)."""
        samples = array.array("h")
        samples.frombytes(self.pcm[: len(self.pcm) // 2 * 2])
        if not samples:
            return 0.0
        return math.sqrt(sum(s * s for s in samples) / len(samples))

    def with_marks(self, marks: Iterable[WordMark], text_length: int) -> AudioClip:
        """This clip with ``marks`` made sound, for a text of ``text_length`` characters.

        A mark that names no characters of the text is dropped; the others are
        kept within the text and the clip (an engine may place the last word a
        few milliseconds past the end) and put in order of time.
        """
        kept = [
            WordMark(m.start, min(m.end, text_length), max(0, min(m.audio_ms, self.duration_ms)))
            for m in marks
            if 0 <= m.start < min(m.end, text_length)
        ]
        kept.sort(key=lambda m: (m.audio_ms, m.start))
        return replace(self, marks=tuple(kept))


def read_wav(path: Path) -> AudioClip:
    """Read a 16-bit PCM WAV file (a clip without word marks: the file has none).

    Raises:
        ValueError: The file is not 16-bit PCM WAV.
        OSError: It cannot be read.
    """
    try:
        with wave.open(str(path), "rb") as wav:
            if wav.getsampwidth() != AudioClip.SAMPLE_WIDTH:
                raise ValueError(f"{path}: not 16-bit audio")
            return AudioClip(
                wav.readframes(wav.getnframes()), wav.getframerate(), wav.getnchannels()
            )
    except wave.Error as error:
        raise ValueError(f"{path}: not a WAV file ({error})") from None


def silence(duration_ms: int, sample_rate: int, channels: int = 1) -> AudioClip:
    """Return a silent clip, for pauses between sentences in saved audio (no words in it)."""
    frames = sample_rate * duration_ms // 1000
    return AudioClip(bytes(frames * AudioClip.SAMPLE_WIDTH * channels), sample_rate, channels)


def _check_same_format(fmt: tuple[int, int], clip: AudioClip) -> None:
    if fmt != (clip.sample_rate, clip.channels):
        raise ValueError("the clips do not share one sample rate and channel count")


def write_wav(
    path: Path,
    clips: Iterable[AudioClip],
    *,
    on_clip: Callable[[int], None] | None = None,
) -> int:
    """Write clips one after another to a WAV file, atomically.

    Only the audio is written: a WAV file has no place for the clips' word marks.

    The audio replaces ``path`` only once complete (``viewer.saving``), so a
    failure never leaves a half-written or damaged file.

    Args:
        path: The file to write.
        clips: The clips, all with the same rate and channels.
        on_clip: Called with the number of clips written so far, for progress.

    Returns:
        The duration written, in milliseconds.

    Raises:
        OSError: The file cannot be written (the previous file, if any, is kept);
            ``DestinationError`` when ``path`` is a folder, device, FIFO or socket.
        ValueError: The clips do not share one format.
    """
    clips = iter(clips)
    first = next(clips, None)  # the format comes from the first clip
    written_ms = 0
    with saved_atomically(path) as file, wave.open(file, "wb") as wav:
        wav.setsampwidth(AudioClip.SAMPLE_WIDTH)
        fmt = (first.sample_rate, first.channels) if first is not None else (22050, 1)
        wav.setframerate(fmt[0])
        wav.setnchannels(fmt[1])
        if first is not None:
            for count, clip in enumerate(itertools.chain([first], clips), start=1):
                _check_same_format(fmt, clip)
                wav.writeframes(clip.pcm)
                written_ms += clip.duration_ms
                if on_clip is not None:
                    on_clip(count)
    return written_ms
