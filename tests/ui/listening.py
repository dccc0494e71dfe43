"""What the read-aloud tests listen with: the controller, its silent output, the sentences heard."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from tests.doubles import SilentOutput
from viewer.speech.utterances import Utterance
from viewer.ui.speech.read_aloud import ReadAloud
from viewer.ui.window.main_window import MainWindow


def controller(window: MainWindow) -> ReadAloud:
    return window.speech.read_aloud


def output(window: MainWindow) -> SilentOutput:
    out = controller(window).output.device
    assert isinstance(out, SilentOutput)
    return out


class Heard:
    """Every sentence that started playing, from the moment it is made."""

    def __init__(self, qtbot: QtBot, window: MainWindow, timeout_ms: int = 20_000) -> None:
        self.qtbot = qtbot
        self.timeout_ms = timeout_ms
        self.sentences: list[Utterance] = []
        controller(window).sentence_started.connect(self.sentences.append)

    def wait_for(self, count: int) -> Utterance:
        """Wait until ``count`` sentences in all have started; return the last."""
        self.qtbot.waitUntil(lambda: len(self.sentences) >= count, timeout=self.timeout_ms)
        return self.sentences[count - 1]
