"""What read-aloud is made of and where it stands: its services, its state and its limits."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum

from viewer.speech import normalize
from viewer.speech.engine import SpeechEngine
from viewer.ui.speech.audio_output import AudioOutput

# How long the sentence wanted may take to come from the engine (started if
# need be) before the engine is given up as hung. espeak-ng starts in a fifth
# of a second and makes a sentence in a tenth; a machine under heavy load takes
# a few seconds at worst. Twenty seconds of silence, then the reader is told.
ENGINE_TIMEOUT_MS = 20_000
# How long a clip may play beyond its length before the output is given up as
# stalled: sound servers buffer well under a second.
STALL_MARGIN_MS = 5_000


class State(Enum):
    """What the voice is doing."""

    IDLE = "idle"
    LOADING = "loading"
    PLAYING = "playing"
    PAUSED = "paused"


@dataclass(frozen=True)
class SpeechServices:
    """What the composition root chooses: the engine and the audio output.

    Attributes:
        make_engine: Makes a new engine; called on first use and after a failure.
        make_output: Makes the audio output, on first use (loading Qt
            Multimedia takes time the start-up should not spend).
        prepare: Loads, on the engine's start-up thread, what the first
            sentence would otherwise load on the GUI thread (the number
            reader, the sound library).
        screen_reader_running: Whether a screen reader runs beside the voice
            (``common.screen_reader``; never, unless the root says how to tell).
    """

    make_engine: Callable[[], SpeechEngine]
    make_output: Callable[[], AudioOutput]
    prepare: Callable[[], None] = normalize.prepare
    screen_reader_running: Callable[[], bool] = lambda: False
