"""The word being heard is highlighted: it follows the audio, whole words, figures whole."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.doubles import FakeEngine, ManualClock
from tests.support import press
from tests.ui.listening import Heard, controller
from viewer.ui.window.main_window import MainWindow

CTRL = Qt.KeyboardModifier.ControlModifier


def word_marked(window: MainWindow) -> str | None:
    """The text of the word marked as heard, if any."""
    span = window.reading_pane._word  # noqa: SLF001 (what is drawn: no other way to see it)
    if span is None:
        return None
    return window.navigator.map.blocks[span.block].text[span.start : span.end]


def sentence_marked(window: MainWindow) -> tuple[int, int] | None:
    current = controller(window).current
    if current is None:
        return None
    return window.reading_pane.reading_range(current.block)


def start_reading(qtbot: QtBot, window: MainWindow, section: str) -> Heard:
    heard = Heard(qtbot, window)
    window.navigator.go_to_section(section)
    press(qtbot, Qt.Key.Key_Down)
    press(qtbot, Qt.Key.Key_R, CTRL)
    heard.wait_for(1)
    return heard


@pytest.mark.parametrize("pinyin", [False, True], ids=["characters", "pinyin"])
def test_the_word_heard_is_marked_as_the_audio_plays(
    qtbot: QtBot,
    clocked_window: MainWindow,
    fake_engine: FakeEngine,
    clock: ManualClock,
    *,
    pinyin: bool,
) -> None:
    window = clocked_window
    fake_engine.reads_pinyin = pinyin
    fake_engine.ms_per_char = 100
    heard = start_reading(qtbot, window, "opening")
    first = heard.sentences[0]
    assert window.settings.get("speech/highlight_unit") == "both"
    text = window.navigator.map.blocks[first.block].text
    qtbot.waitUntil(lambda: word_marked(window) is not None)
    # The timer follows the audio by itself...
    before = word_marked(window)
    clock.advance(600)
    qtbot.waitUntil(lambda: word_marked(window) != before)
    # ... and at each moment the word marked is the one being heard.
    seen = [before, word_marked(window)]
    while controller(window).current is first:
        clock.advance(100)
        window.speech.follow_along._follow_word()  # noqa: SLF001 (not waiting for its timer)
        if controller(window).current is first and word_marked(window) != seen[-1]:
            seen.append(word_marked(window))
    words = [w for w in seen if w]
    assert len(words) >= 4
    # Whole words of the page, in order, each once.
    at = first.start
    for word in words:
        found = text.index(word, at)
        at = found + len(word)
    assert sentence_marked(window) is not None  # and the sentence too


def test_a_figure_is_one_word(
    qtbot: QtBot, clocked_window: MainWindow, fake_engine: FakeEngine, clock: ManualClock
) -> None:
    window = clocked_window
    fake_engine.reads_pinyin = True
    fake_engine.ms_per_char = 50
    heard = start_reading(qtbot, window, "opening")
    marked: set[str] = set()
    for _ in range(2_000):
        clock.advance(50)
        qtbot.wait(0)  # the look at the audio's position runs
        window.speech.follow_along._follow_word()  # noqa: SLF001 (not waiting for its timer)
        if (word := word_marked(window)) is not None:
            marked.add(word)
        if "158.58万" in marked or len(heard.sentences) > 6:
            break
    assert "158.58万" in marked  # 一百五十八点五八万, heard as one
    assert not any(w in marked for w in ("158", "58万", "."))


def test_the_highlight_can_be_the_sentence_or_the_word_alone(
    qtbot: QtBot, clocked_window: MainWindow, fake_engine: FakeEngine
) -> None:
    window = clocked_window
    fake_engine.ms_per_char = 100
    combo = window.speech.player.highlight
    combo.setCurrentIndex(combo.findData("sentence"))
    combo.activated.emit(combo.currentIndex())
    assert window.settings.get("speech/highlight_unit") == "sentence"
    start_reading(qtbot, window, "opening")
    assert sentence_marked(window) is not None
    assert word_marked(window) is None
    combo.setCurrentIndex(combo.findData("word"))
    combo.activated.emit(combo.currentIndex())
    qtbot.waitUntil(lambda: word_marked(window) is not None)
    assert sentence_marked(window) is None
    press(qtbot, Qt.Key.Key_E, CTRL)
    assert word_marked(window) is None
