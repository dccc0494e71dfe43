"""At 400% the window still works: the text keeps its room, nothing is cut off or out of reach.

In 1280×800 and 1024×600 windows: the text keeps at least 60% of the height,
the status bar keeps the position, every menu title is in the menu bar (no
overflow menu), the contents hide while the window is too narrow for them
and come back (F9 hides and shows them, remembered), the player bar goes to
one row or hides (Ctrl+Shift+B still shows it), and every dialog fits the screen.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QRect, Qt, QTimer
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QDialog, QInputDialog, QToolButton, QWidget
from pytestqt.qtbot import QtBot

from tests.support import action, press, run_viewer
from tests.ui.conftest import Opener
from viewer.themes.typography import Typography
from viewer.ui.common.settings_store import SettingsStore
from viewer.ui.window.bar_strip import BarStrip
from viewer.ui.window.main_window import MainWindow
from viewer.ui.window.room import TEXT_SHARE

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
SIZES = [(1280, 800), (1024, 600)]


def at(window: MainWindow, size: tuple[int, int], zoom: int = 400) -> MainWindow:
    """``window`` at ``zoom`` percent and ``size``, laid out."""
    window.parts.appearance.set_typography(Typography(zoom=zoom))
    window.resize(*size)
    for _ in range(3):
        QApplication.processEvents()
    assert (window.width(), window.height()) == size
    return window


def menu_titles_all_shown(window: MainWindow) -> None:
    bar = window.menuBar()
    extension = [b for b in bar.findChildren(QToolButton) if b.isVisible()]
    assert extension == [], "an overflow menu is shown"
    for title in bar.actions():
        assert bar.rect().contains(bar.actionGeometry(title)), title.text()


def position_shown(window: MainWindow) -> None:
    label = window.parts.status.label
    percent = label.text().rsplit(" ", 1)[-1]
    assert percent.endswith("%")
    assert label.isVisible()
    assert window.statusBar().rect().contains(label.geometry())
    assert label.shown().endswith(percent)
    assert label.fontMetrics().horizontalAdvance(label.shown()) <= label.contentsRect().width()


@pytest.mark.parametrize("size", SIZES, ids=["1280x800", "1024x600"])
def test_at_400_percent_the_text_keeps_its_room(window: MainWindow, size: tuple[int, int]) -> None:
    at(window, size)
    assert window.reading_pane.height() >= TEXT_SHARE * window.height()
    position_shown(window)
    menu_titles_all_shown(window)
    assert window.minimumSizeHint().width() <= size[0]
    assert window.minimumSizeHint().height() <= size[1]
    # Too narrow for the contents beside a line of text: they give way, the focus too.
    assert not window.contents.isVisible()
    assert window.focusWidget() is window.reading_pane


@pytest.mark.parametrize("size", SIZES, ids=["1280x800", "1024x600"])
def test_the_position_stays_beside_a_long_message(
    qtbot: QtBot, window: MainWindow, size: tuple[int, int]
) -> None:
    at(window, size)
    window.navigator.go_to_section("barrier-free")
    press(qtbot, Qt.Key.Key_I, CTRL)  # where am I: the longest message there is
    QApplication.processEvents()
    position_shown(window)
    assert window.announcer.live.width() > 0
    assert window.minimumSizeHint().width() <= size[0]


def test_with_the_find_bar_the_text_keeps_its_room_at_1280_by_800(
    qtbot: QtBot, window: MainWindow
) -> None:
    at(window, (1280, 800))
    press(qtbot, Qt.Key.Key_F, CTRL)
    QApplication.processEvents()
    bar = window.parts.find.bar
    assert bar.isVisible()
    assert window.reading_pane.height() >= TEXT_SHARE * window.height()
    # One row, which scrolls sideways to the control with the focus.
    strip = window.findChild(BarStrip, "findBarStrip")
    assert isinstance(strip, BarStrip)
    assert bar.height() < 2 * bar.field.height()
    press(qtbot, Qt.Key.Key_Tab)
    press(qtbot, Qt.Key.Key_Tab)
    press(qtbot, Qt.Key.Key_Tab)
    assert bar.close_button.hasFocus()
    shown = QRect(
        bar.close_button.mapTo(strip, bar.close_button.rect().topLeft()), bar.close_button.size()
    )
    assert strip.rect().contains(shown)


def test_at_100_percent_everything_is_shown(window: MainWindow) -> None:
    at(window, (1024, 600), zoom=100)
    assert window.contents.isVisible()
    assert window.speech.player.isVisible()
    assert window.reading_pane.height() >= TEXT_SHARE * window.height()
    menu_titles_all_shown(window)
    position_shown(window)


def test_the_contents_hide_and_come_back_and_f9_is_kept(qtbot: QtBot, window: MainWindow) -> None:
    at(window, (1280, 800), zoom=100)
    assert window.contents.isVisible()
    at(window, (1280, 800), zoom=400)
    assert not window.contents.isVisible()
    at(window, (1280, 800), zoom=100)
    assert window.contents.isVisible()  # room again
    window.contents.setFocus()
    press(qtbot, Qt.Key.Key_F9)
    assert not window.contents.isVisible()
    assert window.announcer.message == "Contents hidden."
    assert window.settings.get("view/contents") is False
    assert window.focusWidget() is window.reading_pane
    assert not action(window, "toggle-contents").isChecked()
    at(window, (1600, 900), zoom=100)
    assert not window.contents.isVisible()  # the reader hid them
    press(qtbot, Qt.Key.Key_F9)
    assert window.contents.isVisible()
    assert window.settings.get("view/contents") is True
    # In a narrow window F9 still shows them, and hides them again.
    at(window, (1024, 600), zoom=400)
    assert not window.contents.isVisible()
    press(qtbot, Qt.Key.Key_F9)
    assert window.contents.isVisible()
    assert window.announcer.message == "Contents shown."
    press(qtbot, Qt.Key.Key_F9)
    assert not window.contents.isVisible()


def test_the_contents_hidden_by_the_reader_stay_hidden_when_the_viewer_reopens(
    open_window: Opener, settings_path: Path
) -> None:
    kept = SettingsStore(settings_path)
    kept.set("view/contents", False)
    assert kept.save() is None
    window = open_window()
    assert not window.contents.isVisible()
    assert window.focusWidget() is window.reading_pane  # not the hidden contents
    assert not action(window, "toggle-contents").isChecked()


def test_f6_skips_what_is_hidden(qtbot: QtBot, window: MainWindow) -> None:
    at(window, (1024, 600))
    window.reading_pane.focus_current()
    seen = set()
    for _ in range(4):
        press(qtbot, Qt.Key.Key_F6)
        focused = QApplication.focusWidget()
        assert focused is not None
        assert focused.isVisible()
        seen.add(focused)
    assert window.reading_pane in seen


def test_the_player_bar_gives_way_and_can_still_be_shown(qtbot: QtBot, window: MainWindow) -> None:
    player = window.speech.player
    at(window, (1024, 600))
    assert not player.isVisible()  # no room for it and the text
    assert window.reading_pane.height() >= TEXT_SHARE * window.height()
    press(qtbot, Qt.Key.Key_B, CTRL | SHIFT)  # the reader wants it all the same
    QApplication.processEvents()
    assert player.isVisible()
    assert window.announcer.message == "Player bar shown."
    assert action(window, "toggle-player-bar").isChecked()
    assert player.height() < 2 * player.read_button.height()  # one row, scrolling sideways
    press(qtbot, Qt.Key.Key_B, CTRL | SHIFT)
    assert not player.isVisible()
    assert window.announcer.message == "Player bar hidden."
    at(window, (1280, 800), zoom=100)
    assert not player.isVisible()  # the reader hid it


def test_the_player_bar_comes_back_when_there_is_room(window: MainWindow) -> None:
    player = window.speech.player
    at(window, (1024, 600))
    assert not player.isVisible()
    at(window, (1280, 800), zoom=100)
    assert player.isVisible()
    assert action(window, "toggle-player-bar").isChecked()
    at(window, (1024, 600))
    window.close()
    assert window.settings.get("view/player_bar") is True  # hidden for want of room only


# Dialogs ------------------------------------------------------------------------


def fits_the_screen(dialog: QWidget) -> None:
    room = dialog.screen().availableGeometry()
    assert room.contains(dialog.frameGeometry()), (dialog.frameGeometry(), room)


def checking_the_next_dialog(qtbot: QtBot, check: Callable[[QDialog], None]) -> list[str]:
    """Check the dialog that opens next, then close it; what went wrong is returned (as it goes)."""
    problems: list[str] = []

    def run() -> None:
        qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), QDialog))
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, QDialog)
        QApplication.processEvents()
        try:
            check(dialog)
        except AssertionError as problem:  # the dialog must close all the same
            problems.append(str(problem))
        finally:
            dialog.reject()

    QTimer.singleShot(0, run)
    return problems


@pytest.mark.parametrize("size", SIZES, ids=["1280x800", "1024x600"])
@pytest.mark.parametrize("command", ["show-figures", "show-shortcuts", "go-to-section"])
def test_every_dialog_fits_the_screen_at_400_percent(
    qtbot: QtBot, window: MainWindow, size: tuple[int, int], command: str
) -> None:
    at(window, size)
    checked: list[str] = []

    def check(dialog: QDialog) -> None:
        fits_the_screen(dialog)
        assert dialog.font().pointSizeF() == QApplication.font().pointSizeF()  # it scales
        if command == "show-figures":
            figures = window.parts.figures.dialog
            assert figures is not None
            assert figures.table.width() <= dialog.width()
            qtbot.keyClick(figures.search, Qt.Key.Key_H, Qt.KeyboardModifier.AltModifier)
            QApplication.processEvents()
            chart = figures.chart
            assert chart.isVisible()
            for part in (chart, figures.data_table, figures.summary):
                assert part.width() <= dialog.width()  # no sideways scrolling
            assert chart.height() >= chart.heightForWidth(chart.width())  # every bar, whole
        checked.append(dialog.objectName() or type(dialog).__name__)

    problems = checking_the_next_dialog(qtbot, check)
    action(window, command).trigger()
    assert problems == []
    assert len(checked) == 1


def test_a_dialog_of_qts_own_narrows_to_the_screen(qtbot: QtBot, window: MainWindow) -> None:
    at(window, (1024, 600))
    long = "Voice for reading aloud (the best Mandarin voice comes first): " * 2
    choices = ["Chinese (Mandarin, latin as Pinyin) (cmn-latn-pinyin)", "English (en)"]
    problems = checking_the_next_dialog(qtbot, fits_the_screen)
    QInputDialog.getItem(window, "Voice", long, choices, 0, False)
    assert problems == []


def test_a_screenshot_at_400_percent(tmp_path: Path) -> None:
    out = tmp_path / "zoom.png"
    result = run_viewer("--screenshot", str(out), "--size", "1024x600", "--zoom", "400")
    assert result.returncode == 0, result.stderr
    assert QImage(str(out)).size().toTuple() == (1024, 600)
    refused = run_viewer("--screenshot", str(out), "--zoom", "401")
    assert refused.returncode == 2
    assert "50 to 400" in refused.stderr
