"""Following the voice: the sentence and the word being heard are marked, and the place moves.

The word is known from the engine's word timings (espeak-ng tells when each
syllable starts) and the position of the audio being played, looked at a few
times a frame's worth while playing; it is widened to the whole word the
caret moves by (jieba's), so a listener sees 服务, not 服 then 务, and a figure
such as 97.59% as one.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QObject, QTimer

from viewer.reading.navigator import Navigator
from viewer.reading.words import words
from viewer.speech.timings import widened
from viewer.speech.utterances import Utterance
from viewer.ui.ports import PageView, Settings, TextSpan
from viewer.ui.speech.read_aloud import ReadAloud
from viewer.ui.speech.speech_services import State

_WORDLIKE = re.compile(r"\w")
#: How often the word heard is looked for while the voice plays (milliseconds).
WORD_POLL_MS = 30


class FollowAlong(QObject):
    """Moves the reading place with the voice, and marks what is heard (if wanted).

    The place moves without the keyboard focus, so that a screen reader is not
    made to speak over the voice.
    """

    def __init__(
        self, read_aloud: ReadAloud, navigator: Navigator, page: PageView, settings: Settings
    ) -> None:
        super().__init__(read_aloud)
        self._read_aloud = read_aloud
        self._navigator = navigator
        self._page = page
        self._settings = settings
        self._word: TextSpan | None = None
        self._poll = QTimer(self)
        self._poll.setInterval(WORD_POLL_MS)
        self._poll.timeout.connect(self._follow_word)
        read_aloud.sentence_started.connect(self._follow)
        read_aloud.state_changed.connect(self._on_state)

    @property
    def highlight(self) -> bool:
        """Whether what is heard is highlighted."""
        return bool(self._settings.get("speech/highlight"))

    @property
    def unit(self) -> str:
        """What is highlighted: "sentence", "word" or "both"."""
        return str(self._settings.get("speech/highlight_unit"))

    def toggle_highlight(self) -> None:
        """Turn the highlight on or off, at once and for the next time."""
        self._settings.set("speech/highlight", not self.highlight)
        self._refresh()

    def set_unit(self, unit: str) -> None:
        """Highlight the sentence, the word or both, from now on."""
        self._settings.set("speech/highlight_unit", unit)
        self._refresh()

    def _refresh(self) -> None:
        current = self._read_aloud.current
        if current is not None:
            self._follow(current)
        else:
            self._mark(None, None)

    def _follow(self, utterance: Utterance) -> None:
        if self._navigator.position != utterance.block:
            self._navigator.go_to(utterance.block, focus=False)
        sentence = TextSpan(utterance.block, utterance.start, utterance.end)
        wants_sentence = self.highlight and self.unit in ("sentence", "both")
        self._word = None
        self._mark(sentence if wants_sentence else None, None)
        if self.highlight and self.unit in ("word", "both"):
            self._follow_word()
            if self._read_aloud.state is State.PLAYING:
                self._poll.start()
        else:
            self._poll.stop()

    def _follow_word(self) -> None:
        current = self._read_aloud.current
        heard = self._read_aloud.current_word()
        if current is None or heard is None:
            return
        text = self._navigator.map.blocks[current.block].text
        start, end = widened(heard, words(text))
        if not _WORDLIKE.search(text, start, end):
            return  # a pause the engine marked: the word before stays marked
        word = TextSpan(current.block, start, end)
        if word != self._word:
            self._word = word
            self._page.mark_word(word)

    def _mark(self, sentence: TextSpan | None, word: TextSpan | None) -> None:
        self._page.mark_reading(sentence)
        self._page.mark_word(word)

    def _on_state(self, state: State) -> None:
        if state is State.PLAYING and self.highlight and self.unit in ("word", "both"):
            self._poll.start()
        else:
            self._poll.stop()
        if state is State.IDLE:
            self._word = None
            self._mark(None, None)
