"""Read-aloud in the window: what is read, follow-along, pause, resume, stop and skip."""

from __future__ import annotations

import sys
import threading
import traceback
from collections.abc import Callable
from concurrent.futures import Future
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QInputDialog
from pytestqt.qtbot import QtBot

from tests.doubles import FakeEngine, ManualClock, SilentOutput
from tests.support import action, press
from tests.ui.listening import Heard, controller, output
from viewer.settings import setting
from viewer.speech.audio import AudioClip
from viewer.speech.engine import VoiceSettings
from viewer.speech.utterances import Utterance
from viewer.ui.common.background import Background
from viewer.ui.ports import TextSpan
from viewer.ui.speech.audio_output import QtAudioOutput
from viewer.ui.speech.read_aloud import ReadAloud
from viewer.ui.speech.speech_services import SpeechServices, State
from viewer.ui.window.main_window import MainWindow

Opener = Callable[..., MainWindow]
CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
ALT = Qt.KeyboardModifier.AltModifier


def nothing_marked(window: MainWindow) -> bool:
    pane = window.reading_pane
    return all(pane.reading_range(b) is None for b in range(len(window.navigator.map.blocks)))


@pytest.fixture
def heard(qtbot: QtBot, window: MainWindow) -> Heard:
    return Heard(qtbot, window)


def test_read_section_reads_its_sentences_in_order_and_stops(
    qtbot: QtBot, window: MainWindow, fake_engine: FakeEngine
) -> None:
    fake_engine.ms_per_char = 2
    window.navigator.go_to_section("safety-net")
    got: list[Utterance] = []
    controller(window).sentence_started.connect(got.append)
    with qtbot.waitSignal(controller(window).finished, timeout=20_000):
        press(qtbot, Qt.Key.Key_R, CTRL | SHIFT)
    texts = [window.navigator.map.blocks[u.block].text[u.start : u.end] for u in got]
    assert texts[0] == "兜底补短"
    assert texts[1] == "实现精准脱贫奔小康"
    assert texts[2].startswith("五年来，全区深入开展贫困残疾人脱贫行动")
    assert texts[3] == "广大残疾人沐浴在党的阳光下，共赴美好生活。"
    assert "百分之一百" in got[2].spoken
    assert "100%" not in got[2].spoken
    assert texts[-1].startswith("100%\n符合条件残疾人")  # the section's last figure
    assert controller(window).state is State.IDLE


def test_the_highlight_is_the_sentence_being_heard(
    qtbot: QtBot, clocked_window: MainWindow, fake_engine: FakeEngine, clock: ManualClock
) -> None:
    window = clocked_window
    fake_engine.ms_per_char = 5
    window.navigator.go_to_section("safety-net")
    checked = []

    def check(utterance: Utterance) -> None:
        # At the moment a clip starts playing, it is the one highlighted.
        pane = window.reading_pane
        assert pane.reading_range(utterance.block) == (utterance.start, utterance.end)
        # Drawn in the theme's colours for it, where the sentence is.
        pane.viewport().repaint()
        rect = pane.scrolled.block_rect(utterance.block)
        image = pane.viewport().grab(rect).toImage()
        colours = {
            image.pixel(x, y) for x in range(0, image.width(), 3) for y in range(image.height())
        }
        mark = QColor(window.parts.appearance.theme["reading_background"]).rgb()
        assert mark in colours, utterance
        assert (
            output(window).played[-1].duration_ms
            == fake_engine.clip_for(
                utterance.spoken, controller(window).current_settings()
            ).duration_ms
        )
        checked.append(utterance)

    controller(window).sentence_started.connect(check)
    finished: list[bool] = []
    controller(window).finished.connect(lambda: finished.append(True))
    window.speech.read_section()
    while not finished:  # each sentence heard to its end, by the clock
        qtbot.waitUntil(lambda: output(window).playing or bool(finished))
        clock.advance(60_000)
    assert len(checked) >= 5
    assert nothing_marked(window)


def test_pause_keeps_the_place_and_resume_goes_on_from_it(
    qtbot: QtBot, clocked_window: MainWindow, fake_engine: FakeEngine, clock: ManualClock
) -> None:
    window = clocked_window
    heard = Heard(qtbot, window)
    fake_engine.ms_per_char = 30
    window.navigator.go_to_section("opening")
    press(qtbot, Qt.Key.Key_R, CTRL)
    first = heard.wait_for(1)
    clock.advance(fake_engine.clip_for(first.spoken, VoiceSettings()).duration_ms)
    heard.wait_for(2)  # the heading, then the paragraph: one sentence of three seconds
    clock.advance(300)
    press(qtbot, Qt.Key.Key_Space, CTRL)
    assert controller(window).state is State.PAUSED
    assert output(window).position_ms() == 300
    plays = len(output(window).played)
    clock.advance(300)  # time passes while paused
    assert output(window).position_ms() == 300
    assert window.speech.player.pause_button.text() == "Res&ume"
    press(qtbot, Qt.Key.Key_Space, CTRL)
    assert controller(window).state is State.PLAYING
    clock.advance(200)
    assert len(output(window).played) == plays  # the same clip goes on, not restarted
    assert output(window).position_ms() == 500


def test_stop_is_immediate(
    qtbot: QtBot, clocked_window: MainWindow, fake_engine: FakeEngine, clock: ManualClock
) -> None:
    window = clocked_window
    heard = Heard(qtbot, window)
    fake_engine.ms_per_char = 30
    press(qtbot, Qt.Key.Key_R, CTRL)
    clock.advance(fake_engine.clip_for(heard.wait_for(1).spoken, VoiceSettings()).duration_ms)
    heard.wait_for(2)
    clock.advance(100)
    assert output(window).playing
    press(qtbot, Qt.Key.Key_E, CTRL)
    # Silent when the key press returns: nothing waits for the engine or the event loop.
    assert controller(window).state is State.IDLE
    assert not output(window).playing
    assert nothing_marked(window)
    assert not window.speech.player.stop_button.isEnabled()


def test_skip_sentences_and_paragraphs(
    qtbot: QtBot, clocked_window: MainWindow, fake_engine: FakeEngine
) -> None:
    window = clocked_window  # no sentence ends while the keys are pressed
    heard = Heard(qtbot, window)
    fake_engine.ms_per_char = 40
    window.navigator.go_to_section("education")
    press(qtbot, Qt.Key.Key_R, CTRL)
    first = heard.wait_for(1)
    assert window.navigator.map.blocks[first.block].text == "残疾人教育水平大幅度提高。"
    press(qtbot, Qt.Key.Key_Right, ALT | SHIFT)
    second = heard.wait_for(2)
    assert second.block == first.block + 1
    assert second.start == 0
    press(qtbot, Qt.Key.Key_Right, ALT | SHIFT)
    third = controller(window).current
    assert third is not None
    assert (third.block, third.start) == (second.block, second.end)
    press(qtbot, Qt.Key.Key_Left, ALT | SHIFT)
    back = controller(window).current
    assert back == second
    press(qtbot, Qt.Key.Key_Down, ALT | SHIFT)
    next_block = controller(window).current
    assert next_block is not None
    assert next_block.block == second.block + 1
    assert window.navigator.map.blocks[next_block.block].item_id == "inclusive-schooling"
    press(qtbot, Qt.Key.Key_Up, ALT | SHIFT)
    assert controller(window).current == second
    press(qtbot, Qt.Key.Key_E, CTRL)


def test_reading_follows_into_the_next_section(
    qtbot: QtBot, window: MainWindow, fake_engine: FakeEngine, heard: Heard
) -> None:
    fake_engine.ms_per_char = 1
    window.navigator.go_to_section("closing")
    press(qtbot, Qt.Key.Key_R, CTRL)
    heard.wait_for(5)  # the heading, the paragraph, the photos' title, two photos
    got = heard.sentences
    assert window.navigator.map.section_of(got[-1].block).key == "#photos"
    assert window.navigator.position == got[-1].block  # the window follows the voice
    assert got[-1].spoken.startswith("图片")  # the voice speaks the document's language
    press(qtbot, Qt.Key.Key_E, CTRL)


def test_read_selection(qtbot: QtBot, window: MainWindow, fake_engine: FakeEngine) -> None:
    fake_engine.ms_per_char = 1
    window.navigator.go_to_section("opening")
    press(qtbot, Qt.Key.Key_Down)
    pane = window.reading_pane
    text = window.navigator.map.blocks[pane.caret.block].text
    start = text.index("158.58万")
    pane.select(TextSpan(pane.caret.block, start, start + len("158.58万残疾人")))
    got: list[Utterance] = []
    controller(window).sentence_started.connect(got.append)
    with qtbot.waitSignal(controller(window).finished, timeout=10_000):
        press(qtbot, Qt.Key.Key_L, CTRL | SHIFT)
    assert [u.spoken for u in got] == ["一百五十八点五八万残疾人"]


def test_read_selection_without_a_selection_says_so(qtbot: QtBot, window: MainWindow) -> None:
    window.navigator.go_to_section("opening")
    press(qtbot, Qt.Key.Key_L, CTRL | SHIFT)
    assert window.announcer.message == "Select some text to read first."
    assert controller(window).state is State.IDLE


def test_highlight_can_be_turned_off_and_on_while_reading(
    qtbot: QtBot, clocked_window: MainWindow, fake_engine: FakeEngine
) -> None:
    window = clocked_window
    heard = Heard(qtbot, window)
    fake_engine.ms_per_char = 20
    press(qtbot, Qt.Key.Key_H, CTRL | SHIFT)
    assert not action(window, "toggle-highlight").isChecked()
    press(qtbot, Qt.Key.Key_R, CTRL)
    heard.wait_for(1)
    assert nothing_marked(window)
    assert window.settings.get("speech/highlight") is False
    press(qtbot, Qt.Key.Key_H, CTRL | SHIFT)  # on again: the sentence heard is marked at once
    assert action(window, "toggle-highlight").isChecked()
    current = controller(window).current
    assert current is not None
    assert window.reading_pane.reading_range(current.block) == (current.start, current.end)
    press(qtbot, Qt.Key.Key_E, CTRL)


def test_speed_keys_and_setting(qtbot: QtBot, window: MainWindow) -> None:
    step = setting("speech/rate").step
    press(qtbot, Qt.Key.Key_BracketRight, CTRL)
    assert window.speech.player.rate.value() == 175 + step
    assert window.settings.get("speech/rate") == 175 + step
    assert controller(window).current_settings().rate == 175 + step
    press(qtbot, Qt.Key.Key_BracketLeft, CTRL)
    press(qtbot, Qt.Key.Key_BracketLeft, CTRL)
    assert window.settings.get("speech/rate") == 175 - step


# The sound device -----------------------------------------------------------------


def test_the_sound_device_error_is_clear(qtbot: QtBot) -> None:
    real = QtAudioOutput()  # first: it quiets Qt Multimedia's reports of optional libraries
    from PySide6.QtMultimedia import QMediaDevices

    if not QMediaDevices.defaultAudioOutput().isNull():
        pytest.skip("this machine has a sound device; the no-device path cannot be shown")
    with qtbot.waitSignal(real.failed, timeout=5_000) as failed:
        real.play(AudioClip(bytes(8000), 8000))
    assert failed.args is not None
    assert failed.args[0].startswith("No sound output was found.")
    assert not real.playing


def test_the_gui_thread_never_waits_for_the_real_engine(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    """While the real engine starts and speaks, nothing on the GUI thread blocks on it.

    Every way a thread waits for another (a future's result, an event, a lock
    with a wait, a join) is watched: on the GUI thread, only ones that need not
    wait (a result already there) may be called. How long the event loop stalls
    is measured by ``make bench``.
    """
    from viewer.speech.pyttsx3_engine import Pyttsx3Engine

    gui = threading.current_thread()
    waits: list[str] = []

    def watched(name: str, real: Callable[..., Any], ready: Callable[[Any], bool]) -> object:
        def wait(self: object, *args: object, **kwargs: object) -> object:
            caller = sys._getframe(1).f_code  # noqa: SLF001 (who waits)
            # Starting a thread waits the moment it takes to start: not a wait on the engine.
            starting = caller.co_name == "start" and caller.co_filename == threading.__file__
            if threading.current_thread() is gui and not ready(self) and not starting:
                waits.append(f"{name}: " + "".join(traceback.format_stack(limit=6)))
            return real(self, *args, **kwargs)

        return wait

    monkeypatch.setattr(Future, "result", watched("Future.result", Future.result, Future.done))
    monkeypatch.setattr(
        Future, "exception", watched("Future.exception", Future.exception, Future.done)
    )
    monkeypatch.setattr(
        threading.Event, "wait", watched("Event.wait", threading.Event.wait, threading.Event.is_set)
    )
    monkeypatch.setattr(
        threading.Thread,
        "join",
        watched("Thread.join", threading.Thread.join, lambda t: not t.is_alive()),
    )
    read_aloud = ReadAloud(
        SpeechServices(Pyttsx3Engine, SilentOutput),
        window.speech.block_text,
        lambda: VoiceSettings(rate=450),
        Background(window),
    )
    entry = window.navigator.map.sections[window.navigator.map.section_index("rehabilitation")]
    got: list[Utterance] = []
    read_aloud.sentence_started.connect(got.append)
    read_aloud.read(entry.first_block, entry.end_block - 1)
    qtbot.waitUntil(lambda: len(got) >= 3, timeout=30_000)
    read_aloud.shutdown()
    monkeypatch.undo()
    assert waits == []


def test_reading_without_a_sound_device_says_so(
    qtbot: QtBot, open_window: Opener, fake_engine: FakeEngine
) -> None:
    probe = QtAudioOutput()  # first: it quiets Qt Multimedia's reports of optional libraries
    from PySide6.QtMultimedia import QMediaDevices

    if not QMediaDevices.defaultAudioOutput().isNull():
        pytest.skip("this machine has a sound device; the no-device path cannot be shown")
    probe.deleteLater()
    window = open_window(speech=SpeechServices(lambda: fake_engine, QtAudioOutput))
    window.speech.read_from_here()
    qtbot.waitUntil(lambda: window.announcer.message.startswith("No sound output"))
    assert controller(window).state is State.IDLE
    window.navigator.go_to_section("education")  # everything else still works
    assert window.navigator.map.section_of(window.navigator.position).key == "education"


def test_volume_keys_and_setting(qtbot: QtBot, window: MainWindow) -> None:
    press(qtbot, Qt.Key.Key_BracketLeft, Qt.KeyboardModifier.AltModifier)
    assert window.speech.player.volume.value() == 90
    assert window.settings.get("speech/volume") == 90
    assert controller(window).current_settings().volume == 0.9


def test_choosing_a_voice_is_remembered(qtbot: QtBot, window: MainWindow) -> None:
    offered: list[list[str]] = []

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, QInputDialog):
            offered.append(dialog.comboBoxItems())
            dialog.setTextValue("English (fake/en)")
            dialog.accept()

    # The voices are offered once the engine has started, without waiting for it.
    answering = QTimer()
    answering.timeout.connect(answer)
    answering.start(20)
    press(qtbot, Qt.Key.Key_V, CTRL | SHIFT)
    qtbot.waitUntil(lambda: window.settings.get("speech/voice") == "fake/en")
    answering.stop()
    assert offered[0][0] == "Mandarin (fake/zh-cn)"  # the best first
    assert controller(window).current_settings().voice_id == "fake/en"
    # Asked again, with the engine running, the voices are offered at once.
    offered.clear()
    QTimer.singleShot(0, answer)
    window.speech.voices.choose()
    assert offered


def test_speech_never_starts_by_itself(window: MainWindow, fake_engine: FakeEngine) -> None:
    window.navigator.go_to_section("education")
    QApplication.processEvents()  # whatever moving posted has run
    assert controller(window).state is State.IDLE
    assert fake_engine.spoken == []
    assert controller(window).host.engine is None  # not even started


def test_the_voice_speaks_only_when_asked(
    qtbot: QtBot, open_window: Callable[..., MainWindow], fake_engine: FakeEngine
) -> None:
    """It must never talk over a screen reader: reading, moving and coming back are silent."""
    window = open_window()
    keys = [
        (Qt.Key.Key_PageDown, CTRL),
        (Qt.Key.Key_Down, Qt.KeyboardModifier.NoModifier),
        (Qt.Key.Key_F6, Qt.KeyboardModifier.NoModifier),
        (Qt.Key.Key_Tab, Qt.KeyboardModifier.NoModifier),
        (Qt.Key.Key_I, CTRL),
        (Qt.Key.Key_T, CTRL),
    ]
    for key, modifiers in keys:
        press(qtbot, key, modifiers)
    window.close()
    again = open_window()  # a reader coming back to the place left
    press(qtbot, Qt.Key.Key_Down)
    QApplication.processEvents()
    assert fake_engine.spoken == []
    assert controller(again).state is State.IDLE
    # Asked, it speaks.
    with qtbot.waitSignal(controller(again).sentence_started, timeout=5000):
        press(qtbot, Qt.Key.Key_R, CTRL)
    assert fake_engine.spoken


def test_the_credit_line_is_read_at_the_end(
    qtbot: QtBot, window: MainWindow, fake_engine: FakeEngine, heard: Heard
) -> None:
    fake_engine.ms_per_char = 1
    window.navigator.go_last()
    with qtbot.waitSignal(controller(window).finished, timeout=10_000):
        press(qtbot, Qt.Key.Key_R, CTRL)
    assert [u.spoken for u in heard.sentences] == ["本版文图均由内蒙古自治区残联提供"]
