"""Themes and text size in the window: pixels, keys, the system, and reflow at 400%."""

from __future__ import annotations

import math
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QRect, Qt, QTimer
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tests.support import REQUIRED_THEMES, press, run_viewer, theme_action
from viewer.themes.theme import Theme
from viewer.themes.typography import Typography
from viewer.ui.appearance.appearance import SYSTEM_THEMES
from viewer.ui.appearance.text_settings_dialog import TextSettingsDialog
from viewer.ui.commands.command import Menu
from viewer.ui.ports import TextSpan
from viewer.ui.window.main_window import MainWindow

Opener = Callable[..., MainWindow]
CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


@pytest.fixture(autouse=True)
def plain_application(qapp: QApplication) -> Iterator[None]:
    # Themes are applied to the whole application: leave it as it was found.
    palette, sheet, font = qapp.palette(), qapp.styleSheet(), qapp.font()
    yield
    qapp.setStyleSheet(sheet)
    qapp.setPalette(palette)
    qapp.setFont(font)


def colours_in(image: QImage) -> set[str]:
    return {
        QColor(image.pixel(x, y)).name()
        for x in range(0, image.width(), 2)
        for y in range(0, image.height(), 2)
    }


def region(image: QImage, rect: QRect) -> QImage:
    return image.copy(rect)


@pytest.mark.parametrize("name", REQUIRED_THEMES)
def test_each_theme_is_drawn_with_its_colours_and_the_caret_is_seen(
    qtbot: QtBot, window: MainWindow, themes: dict[str, Theme], name: str
) -> None:
    theme = themes[name]
    window.parts.appearance.choose(name)
    window.navigator.go_to_section("rehabilitation")  # the heading has the focus
    pane = window.reading_pane
    heading = pane.caret.block
    page = pane.viewport().grab().toImage()
    # The page behind the text.
    assert QColor(page.pixel(2, page.height() - 3)).name() == theme["background"]
    # The focus frame round the block being read: its top edge, inside the rounded corners.
    rect = pane.scrolled.block_rect(heading)
    top = {
        QColor(page.pixel(x, rect.top() + 1)).name()
        for x in range(rect.left() + 8, rect.right() - 8)
    }
    assert top == {theme["focus_ring"]}
    # Text in the heading's and the text's own colours.
    assert theme["heading"] in colours_in(region(page, rect))
    paragraph = pane.scrolled.block_rect(heading + 1)
    assert theme["text"] in colours_in(region(page, paragraph))
    # The caret, moved by the keyboard into the paragraph: a bar in the text's colour.
    press(qtbot, Qt.Key.Key_Down)
    for _ in range(5):
        press(qtbot, Qt.Key.Key_Right)
    page = pane.viewport().grab().toImage()
    caret = pane.scrolled.piece(pane.caret.block).caret_rect(pane.caret.offset)
    bar = caret.translated(pane.scrolled.item_origin(pane.caret.block))
    x = math.ceil(bar.left())  # the first column wholly in the bar
    column = {
        QColor(page.pixel(x, y)).name()
        for y in range(round(bar.top()) + 2, round(bar.bottom()) - 2)
    }
    assert column == {theme["text"]}
    # The read-aloud mark.
    pane.mark_reading(TextSpan(heading + 1, 0, 10))
    marked = colours_in(region(pane.viewport().grab().toImage(), paragraph))
    assert theme["reading_background"] in marked
    assert theme["reading_text"] in marked
    # The panels and buttons.
    menu_bar = window.menuBar().grab().toImage()
    assert (
        QColor(menu_bar.pixel(menu_bar.width() - 20, menu_bar.height() // 2)).name()
        == theme["window"]
    )


def test_next_theme_key_switches_announces_and_is_remembered(
    qtbot: QtBot, open_window: Opener, themes: dict[str, Theme]
) -> None:
    window = open_window()
    press(qtbot, Qt.Key.Key_T, CTRL)
    first = next(iter(themes))
    assert window.parts.appearance.chosen == first
    assert window.announcer.message == f"Theme: {themes[first].title('en')}."
    assert theme_action(window, first).isChecked()
    assert QApplication.palette().base().color().name() == themes[first]["background"]
    window.close()
    again = open_window()
    assert again.parts.appearance.chosen == first


def test_the_theme_menu_lists_every_theme(window: MainWindow, themes: dict[str, Theme]) -> None:
    colours = window.commands.menus[Menu.COLOURS]
    view = window.commands.menus[Menu.VIEW]
    assert view.actions()[0].menu() is colours  # first in the View menu
    listed = [a.text() for a in colours.actions()]
    assert listed == ["Follow the &system", *(t.title("en") for t in themes.values())]
    theme_action(window, "high-contrast-yellow-on-black").trigger()
    assert QApplication.palette().text().color().name() == "#ffff00"


def test_following_the_system_as_it_changes(
    window: MainWindow, themes: dict[str, Theme], monkeypatch: pytest.MonkeyPatch
) -> None:
    # The offscreen platform has no colour scheme of its own to change: the
    # system's answer is stood in for, and its change signals are sent as the
    # platform sends them.
    hints = QApplication.styleHints()
    monkeypatch.setattr(window.parts.appearance, "system_theme_name", lambda: "dark")
    hints.colorSchemeChanged.emit(Qt.ColorScheme.Dark)
    assert QApplication.palette().base().color().name() == themes["dark"]["background"]
    assert window.announcer.message == "The system's colours changed: Dark."
    monkeypatch.setattr(
        window.parts.appearance, "system_theme_name", lambda: "high-contrast-white-on-black"
    )
    hints.accessibility().contrastPreferenceChanged.emit(Qt.ContrastPreference.HighContrast)
    assert QApplication.palette().base().color().name() == "#000000"
    window.parts.appearance.choose("sepia")  # a choice of the reader's wins over the system
    hints.colorSchemeChanged.emit(Qt.ColorScheme.Light)
    assert QApplication.palette().base().color().name() == themes["sepia"]["background"]


@pytest.mark.parametrize(
    ("dark", "high", "expected"),
    [
        (False, False, "light"),
        (True, False, "dark"),
        (False, True, "high-contrast-black-on-white"),
        (True, True, "high-contrast-white-on-black"),
    ],
)
def test_the_system_theme_for_each_preference(dark: bool, high: bool, expected: str) -> None:
    assert SYSTEM_THEMES[(high, dark)] == expected


def test_zoom_keys(qtbot: QtBot, window: MainWindow) -> None:
    before = QApplication.font().pointSizeF()
    press(qtbot, Qt.Key.Key_Plus, CTRL)
    assert window.parts.appearance.typography.zoom == 110
    assert window.announcer.message == "Text size 110%."
    assert QApplication.font().pointSizeF() > before
    assert window.settings.get("view/zoom") == 110
    for _ in range(20):
        press(qtbot, Qt.Key.Key_Plus, CTRL)
    assert window.parts.appearance.typography.zoom == 400
    press(qtbot, Qt.Key.Key_0, CTRL)
    assert window.parts.appearance.typography.zoom == 100
    for _ in range(20):
        press(qtbot, Qt.Key.Key_Minus, CTRL)
    assert window.parts.appearance.typography.zoom == 50


def assert_reflows(window: MainWindow) -> None:
    """Every block fits the pane's width, and no line of it is cut off."""
    pane = window.reading_pane
    width = pane.viewport().width()
    assert not pane.horizontalScrollBar().isVisible()
    for block in range(len(window.navigator.map.blocks)):
        piece = pane.scrolled.piece(block)
        assert piece.frame.right() <= width, block
        for number in range(piece.layout.lineCount()):
            line = piece.layout.lineAt(number)
            assert piece.origin.x() + line.naturalTextWidth() <= piece.frame.right() + 1, block


def test_reflow_at_400_percent_in_1280_by_800(window: MainWindow) -> None:
    window.parts.appearance.set_typography(Typography(zoom=400))
    window.resize(1280, 800)
    QApplication.processEvents()
    assert window.minimumSizeHint().width() <= 1280
    assert window.width() <= 1280
    assert_reflows(window)


def test_wcag_text_spacing_loses_nothing(window: MainWindow) -> None:
    # WCAG 1.4.12: line height 1.5, paragraphs 2 times the font size, letters 0.12.
    window.parts.appearance.set_typography(
        Typography(zoom=200, line_height=1.5, paragraph_spacing=2.0, letter_spacing=12)
    )
    window.resize(1280, 800)
    QApplication.processEvents()
    assert_reflows(window)


def test_the_text_settings_dialog_shows_changes_and_cancel_puts_them_back(
    qtbot: QtBot, window: MainWindow
) -> None:
    seen: list[float] = []

    def change_then_cancel() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, TextSettingsDialog)
        dialog.line_height.setValue(2.0)
        seen.append(window.reading_pane.scrolled.layout.style.typography.line_height)
        dialog.reject()

    QTimer.singleShot(0, change_then_cancel)
    press(qtbot, Qt.Key.Key_F, CTRL | SHIFT)
    assert seen == [2.0]  # shown at once
    assert window.reading_pane.scrolled.layout.style.typography.line_height == 1.5  # put back


def test_screenshot_in_a_theme(tmp_path: Path) -> None:
    out = tmp_path / "hc.png"
    result = run_viewer(
        "--screenshot", str(out), "--theme", "high-contrast-yellow-on-black", "--size", "800x600"
    )
    assert result.returncode == 0, result.stderr
    image = QImage(str(out))
    assert QColor(image.pixel(image.width() - 3, 3)).name() == "#000000"  # the menu bar
    assert "#ffff00" in colours_in(image)
