"""Following the voice: the sentence being heard is highlighted, and its block is the place read."""

from __future__ import annotations

from viewer.reading.navigator import Navigator
from viewer.speech.utterances import Utterance
from viewer.ui.ports import PageView, Settings, TextSpan
from viewer.ui.speech.read_aloud import ReadAloud
from viewer.ui.speech.speech_services import State


class FollowAlong:
    """Moves the reading place with the voice, and marks the sentence heard (if wanted).

    The place moves without the keyboard focus, so that a screen reader is not
    made to speak over the voice.
    """

    def __init__(
        self, read_aloud: ReadAloud, navigator: Navigator, page: PageView, settings: Settings
    ) -> None:
        self._read_aloud = read_aloud
        self._navigator = navigator
        self._page = page
        self._settings = settings
        read_aloud.sentence_started.connect(self._follow)
        read_aloud.state_changed.connect(self._on_state)

    @property
    def highlight(self) -> bool:
        """Whether the sentence heard is highlighted."""
        return bool(self._settings.get("speech/highlight"))

    def toggle_highlight(self) -> None:
        """Turn the highlight on or off, at once and for the next time."""
        self._settings.set("speech/highlight", not self.highlight)
        current = self._read_aloud.current
        if current is not None:
            self._follow(current)
        else:
            self._page.mark_reading(None)

    def _follow(self, utterance: Utterance) -> None:
        if self._navigator.position != utterance.block:
            self._navigator.go_to(utterance.block, focus=False)
        span = TextSpan(utterance.block, utterance.start, utterance.end)
        self._page.mark_reading(span if self.highlight else None)

    def _on_state(self, state: State) -> None:
        if state is State.IDLE:
            self._page.mark_reading(None)
