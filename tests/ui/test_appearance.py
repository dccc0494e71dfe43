"""Themes and text size in the window: pixels, keys, the system, and reflow at 400%.

Every focusable control is measured in every theme, from its pixels: its focus
frame, the parts of sliders and scroll bars, spin box arrows, menus and headers.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect, Qt, QTimer
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QCheckBox,
    QListWidget,
    QPushButton,
    QRadioButton,
    QScrollBar,
    QStyle,
    QStyleOptionMenuItem,
    QStyleOptionSlider,
    QStyleOptionSpinBox,
    QTabBar,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)
from pytestqt.qtbot import QtBot

from tests.support import REQUIRED_THEMES, press, run_viewer, theme_action
from viewer.content import Document
from viewer.themes.contrast import NON_TEXT, contrast_ratio
from viewer.themes.theme import Theme
from viewer.themes.typography import Typography
from viewer.ui.appearance import theming
from viewer.ui.appearance.appearance import SYSTEM_THEMES
from viewer.ui.appearance.proxy_style import ThemeStyle
from viewer.ui.appearance.text_settings_dialog import TextSettingsDialog
from viewer.ui.commands.command import Menu
from viewer.ui.figures.figures_dialog import FiguresDialog
from viewer.ui.ports import TextSpan
from viewer.ui.window.main_window import MainWindow

Opener = Callable[..., MainWindow]
CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


@pytest.fixture(autouse=True)
def plain_application(qapp: QApplication) -> Iterator[None]:
    # Themes are applied to the whole application: leave it as it was found.
    palette, font = qapp.palette(), qapp.font()
    yield
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
    paragraph = pane.scrolled.block_rect(heading + 1)  # the caret brought it wholly into view
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


# Every control, focused and not, in every theme --------------------------------------

#: The focus frame is 3 px (WCAG 2.4.13 asks for 2 at least).
RING = 3
#: What is grabbed round a control, to see what surrounds its frame.
MARGIN = 4
CC, SC = QStyle.ComplexControl, QStyle.SubControl


def colour_at(image: QImage, x: int, y: int) -> str:
    return QColor(image.pixel(x, y)).name()


def grab_around(widget: QWidget, rect: QRect | None = None) -> tuple[QImage, QRect]:
    """``widget`` (or ``rect`` of it) as drawn in its window, with a margin round it.

    Returns the image and where ``rect`` is in it.
    """
    rect = widget.rect() if rect is None else rect
    top = widget.window()
    where = QRect(widget.mapTo(top, rect.topLeft()), rect.size())
    image = top.grab(where.adjusted(-MARGIN, -MARGIN, MARGIN, MARGIN)).toImage()
    return image, QRect(MARGIN, MARGIN, rect.width(), rect.height())


def across_frame(
    image: QImage, rect: QRect, at: QPoint | None = None
) -> dict[str, tuple[str, list[str], str]]:
    """At the middle of each side of ``rect`` (or through ``at``): the pixel outside it,
    the RING pixels just inside its edge, and the pixel inside those."""
    x, y = (rect.center().x(), rect.center().y()) if at is None else (at.x(), at.y())
    paths = {
        "top": [(x, rect.top() - 1 + k) for k in range(RING + 2)],
        "bottom": [(x, rect.bottom() + 1 - k) for k in range(RING + 2)],
        "left": [(rect.left() - 1 + k, y) for k in range(RING + 2)],
        "right": [(rect.right() + 1 - k, y) for k in range(RING + 2)],
    }
    found = {}
    for side, path in paths.items():
        outside, *frame, inside = (colour_at(image, px, py) for px, py in path)
        found[side] = (outside, frame, inside)
    return found


def assert_focus_frame(
    qtbot: QtBot,
    control: QWidget,
    theme: Theme,
    away: QWidget,
    rect: Callable[[], QRect] | None = None,
    at: Callable[[QRect], QPoint] | None = None,
) -> float:
    """Focus ``control``, then ``away``: a 3 px frame in the focus colour round ``control``
    (or round ``rect()`` of it) shows only with the focus, 3:1 or more from what is
    beside it on either side. Returns the least of those contrasts."""
    ring = theme["focus_ring"]
    control.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(control.hasFocus)
    focused, where = grab_around(control, rect() if rect else None)
    away.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(away.hasFocus)
    unfocused, _ = grab_around(control, rect() if rect else None)
    point = at(where) if at else None
    before = across_frame(unfocused, where, point)
    ratios = []
    for side, (outside, frame, inside) in across_frame(focused, where, point).items():
        name = f"{type(control).__name__} {side}"
        assert frame == [ring] * RING, f"{name}: {frame}"
        assert before[side] != (outside, frame, inside), f"{name}: the same without the focus"
        ratios += [contrast_ratio(ring, outside), contrast_ratio(ring, inside)]
    assert min(ratios) >= NON_TEXT, f"{type(control).__name__}: {ratios}"
    return min(ratios)


def show_and_activate(qtbot: QtBot, window: QWidget) -> None:
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)


def test_every_widget_is_drawn_by_the_themes_style_and_none_by_a_style_sheet(
    window: MainWindow,
) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    assert isinstance(app.style(), ThemeStyle)
    window.parts.appearance.choose("dark")
    window.parts.appearance.zoom(1)
    assert app.styleSheet() == ""
    assert [w for w in QApplication.allWidgets() if w.styleSheet()] == []
    assert all(w.style() is app.style() for w in QApplication.allWidgets())


@pytest.mark.parametrize("name", REQUIRED_THEMES)
def test_the_windows_controls_show_the_focus_in_every_theme(
    qtbot: QtBot, window: MainWindow, themes: dict[str, Theme], name: str
) -> None:
    theme = themes[name]
    window.parts.appearance.choose(name)
    player = window.speech.player
    contents = window.parts.contents
    away = window.reading_pane
    for control in (player.read_button, player.rate, player.volume, player.highlight, contents):
        assert_focus_frame(qtbot, control, theme, away)
    # The contents' current row: a frame of its own inside the tree's, clear of it.
    current = contents.currentItem()
    assert current is not None
    shown = contents.visualItemRect(current)
    shown.setRight(min(shown.right(), contents.viewport().width() - 1))  # cut where the view is
    row = shown.translated(contents.viewport().pos())
    assert_focus_frame(qtbot, contents, theme, away, rect=lambda: row.adjusted(1, 1, -1, -1))


@pytest.mark.parametrize("name", REQUIRED_THEMES)
def test_the_figures_dialogs_tabs_fields_and_rows_show_the_focus_in_every_theme(
    qtbot: QtBot, window: MainWindow, review: Document, themes: dict[str, Theme], name: str
) -> None:
    theme = themes[name]
    window.parts.appearance.choose(name)
    dialog = FiguresDialog(review, theme, window)
    qtbot.addWidget(dialog)
    show_and_activate(qtbot, dialog)
    tabs = dialog.findChild(QTabBar)
    assert isinstance(tabs, QTabBar)
    export = next(b for b in dialog.findChildren(QPushButton) if "CSV" in b.text())
    away = dialog.sort_by
    # The current tab, which stands 2 px short of the next.
    tab = lambda: tabs.tabRect(tabs.currentIndex()).adjusted(0, 0, -2, 0)  # noqa: E731
    assert_focus_frame(qtbot, tabs, theme, away, rect=tab)
    for control in (dialog.search, dialog.sort_by, dialog.table, export):
        assert_focus_frame(qtbot, control, theme, dialog.search if control is away else away)
    # The current row, across its cells, its text clear of the frame.
    table = dialog.table
    table.selectRow(2)
    model = table.model()
    first = table.visualRect(model.index(2, 0))
    whole = first.united(table.visualRect(model.index(2, model.columnCount() - 1)))
    whole.setRight(min(whole.right(), table.viewport().width() - 1))  # cut where the view is
    row = whole.translated(table.viewport().pos()).adjusted(1, 1, -1, -1)
    assert_focus_frame(
        qtbot,
        table,
        theme,
        away,
        rect=lambda: row,
        at=lambda r: QPoint(r.left() + 20, r.center().y()),  # in the first cell, off the grid
    )


@pytest.mark.parametrize("name", REQUIRED_THEMES)
def test_the_text_settings_spin_boxes_show_the_focus_and_their_arrows(
    qtbot: QtBot, window: MainWindow, themes: dict[str, Theme], name: str
) -> None:
    theme = themes[name]
    window.parts.appearance.choose(name)
    dialog = TextSettingsDialog(window.parts.appearance.typography, window)
    qtbot.addWidget(dialog)
    show_and_activate(qtbot, dialog)
    for spin in (dialog.zoom, dialog.line_height):
        assert_focus_frame(qtbot, spin, theme, dialog.family)
    assert_focus_frame(qtbot, dialog.family, theme, dialog.zoom)
    spin = dialog.line_height  # 1.5: both arrows can be used
    option = QStyleOptionSpinBox()
    option.initFrom(spin)
    option.frame = spin.hasFrame()
    option.buttonSymbols = spin.buttonSymbols()
    step = QAbstractSpinBox.StepEnabledFlag
    option.stepEnabled = step.StepUpEnabled | step.StepDownEnabled
    image = spin.grab().toImage()
    for part in (SC.SC_SpinBoxUp, SC.SC_SpinBoxDown):
        rect = spin.style().subControlRect(CC.CC_SpinBox, option, part, spin)
        assert rect.isValid()
        drawn = {colour_at(image, x, y) for x in range(rect.left(), rect.right() + 1)
                 for y in range(rect.top(), rect.bottom() + 1)}  # fmt: skip
        assert theme["button_text"] in drawn, part


def slider_pixels(image: QImage, panel: str, handle: str) -> dict[str, str]:
    """The colours of a horizontal slider's parts, found along its middle line."""
    y = image.height() // 2
    row = [colour_at(image, x, y) for x in range(image.width())]
    held = [x for x, colour in enumerate(row) if colour == handle]
    assert held, "no handle"
    drawn = [x for x, colour in enumerate(row) if colour != panel]
    start, end = drawn[0], drawn[-1]  # the ends of the track
    filled = row[(start + held[0]) // 2]
    beyond = (held[-1] + end) // 2
    column = [colour_at(image, beyond, yy) for yy in range(y, -1, -1)]
    outline = next(c for c in column if c != column[0])
    return {"filled": filled, "unfilled": column[0], "outline": outline, "handle": handle}


@pytest.mark.parametrize("name", REQUIRED_THEMES)
def test_sliders_handles_and_tracks_stand_out_and_show_their_values(
    window: MainWindow, themes: dict[str, Theme], name: str
) -> None:
    theme = themes[name]
    window.parts.appearance.choose(name)
    player = window.speech.player
    slider = player.rate
    slider.setValue((slider.minimum() + slider.maximum()) // 2)
    assert player.rate_value.text() == str(slider.value())
    player.volume.setValue(80)
    assert player.volume_value.text() == "80%"
    parts = slider_pixels(slider.grab().toImage(), theme["window"], theme["window_text"])
    panel = theme["window"]
    pairs = {
        "handle on the filled track": (parts["handle"], parts["filled"]),
        "handle on the rest of the track": (parts["handle"], parts["outline"]),
        "handle on the panel": (parts["handle"], panel),
        "filled track on the panel": (parts["filled"], panel),
        "the rest of the track on the panel": (parts["outline"], panel),
        "filled against the rest, inside the track": (parts["filled"], parts["unfilled"]),
    }
    for what, (first, second) in pairs.items():
        assert contrast_ratio(first, second) >= NON_TEXT, f"{what}: {first} {second}"


@pytest.mark.parametrize("name", REQUIRED_THEMES)
def test_the_scroll_bars_thumb_stands_out_from_its_groove(
    window: MainWindow, themes: dict[str, Theme], name: str
) -> None:
    window.parts.appearance.choose(name)
    bar = window.reading_pane.verticalScrollBar()
    assert bar.isVisible()
    bar.setValue(bar.minimum())
    option = scroll_bar_option(bar)
    style = bar.style()
    thumb = style.subControlRect(CC.CC_ScrollBar, option, SC.SC_ScrollBarSlider, bar)
    groove = style.subControlRect(CC.CC_ScrollBar, option, SC.SC_ScrollBarGroove, bar)
    image = bar.grab().toImage()
    x = thumb.center().x()
    on_thumb = colour_at(image, x, thumb.center().y())
    on_groove = colour_at(image, x, (thumb.bottom() + groove.bottom()) // 2)
    assert thumb.bottom() < groove.bottom() - 4
    assert contrast_ratio(on_thumb, on_groove) >= NON_TEXT, (on_thumb, on_groove)
    assert on_groove == themes[name]["window"]


def scroll_bar_option(bar: QScrollBar) -> QStyleOptionSlider:
    """What QScrollBar tells its style about itself (its own is not public)."""
    option = QStyleOptionSlider()
    option.initFrom(bar)
    option.orientation = bar.orientation()
    option.minimum, option.maximum = bar.minimum(), bar.maximum()
    option.sliderPosition = option.sliderValue = bar.value()
    option.singleStep, option.pageStep = bar.singleStep(), bar.pageStep()
    option.subControls = SC.SC_All
    return option


@pytest.mark.parametrize("name", REQUIRED_THEMES)
def test_check_boxes_radio_buttons_lists_and_trees_show_the_focus(
    qtbot: QtBot, qapp: QApplication, themes: dict[str, Theme], name: str
) -> None:
    theme = themes[name]
    theming.apply(qapp, theme, Typography())
    host = QWidget()
    qtbot.addWidget(host)
    layout = QVBoxLayout(host)
    check, radio, items = QCheckBox("勾选"), QRadioButton("单选"), QListWidget()
    check.setChecked(True)
    items.addItems(["甲", "乙", "丙"])
    items.setCurrentRow(1)
    tree = QTreeWidget()
    tree.setHeaderLabels(["名称", "值"])
    tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    for number in range(3):
        QTreeWidgetItem(tree, [f"项{number}", str(number)])
    first = tree.topLevelItem(0)
    assert first is not None
    tree.setCurrentItem(first)  # the first row: just under the header
    tabs = QTabBar()
    tabs.setTabsClosable(True)
    for title in ("一", "二"):
        tabs.addTab(title)
    away = QPushButton("别处")
    for widget in (check, radio, items, tree, tabs, away):
        layout.addWidget(widget)
    show_and_activate(qtbot, host)
    for control in (check, radio, items, tree):
        assert_focus_frame(qtbot, control, theme, away)
    tab = lambda: tabs.tabRect(0).adjusted(0, 0, -2, 0)  # noqa: E731 (2 px short of the next)
    assert_focus_frame(qtbot, tabs, theme, away, rect=tab)
    # A tab's close button: a cross that stands out from the tab.
    close = tabs.tabButton(0, QTabBar.ButtonPosition.RightSide)
    assert close is not None
    drawn = close.grab().toImage()
    strongest = max(
        contrast_ratio(colour_at(drawn, x, y), theme["window"])
        for x in range(drawn.width())
        for y in range(drawn.height())
    )
    assert strongest >= NON_TEXT
    # Each one's current row, in a frame of its own (the tree's across both cells).
    index = items.currentIndex()
    row = items.visualRect(index).translated(items.viewport().pos()).adjusted(1, 1, -1, -1)
    assert_focus_frame(qtbot, items, theme, away, rect=lambda: row)
    index = tree.currentIndex()
    cells = tree.visualRect(index).united(tree.visualRect(index.siblingAtColumn(1)))
    both = cells.translated(tree.viewport().pos()).adjusted(1, 1, -1, -1)
    assert_focus_frame(qtbot, tree, theme, away, rect=lambda: both)


@pytest.mark.parametrize("name", REQUIRED_THEMES)
def test_menus_headers_and_disabled_controls_in_the_themes_colours(
    qtbot: QtBot, window: MainWindow, review: Document, themes: dict[str, Theme], name: str
) -> None:
    theme = themes[name]
    window.parts.appearance.choose(name)
    # A menu's chosen item, and the menu bar's, in the selection's colours.
    menu = window.commands.menus[Menu.VIEW]
    menu.popup(window.mapToGlobal(QPoint(40, 40)))
    qtbot.waitExposed(menu)
    first = next(a for a in menu.actions() if not a.isSeparator() and a.isEnabled())
    menu.setActiveAction(first)
    image = menu.grab().toImage()
    where = menu.actionGeometry(first)
    assert colour_at(image, where.right() - 4, where.center().y()) == theme["selection_background"]
    assert theme["selection_text"] in colours_in(region(image, where))
    menu.close()
    bar = window.menuBar()
    action = bar.actions()[0]
    item = QStyleOptionMenuItem()
    item.initFrom(bar)
    item.rect, item.text = bar.actionGeometry(action), action.text()
    item.state |= QStyle.StateFlag.State_Selected | QStyle.StateFlag.State_Enabled
    drawn = QImage(bar.size(), QImage.Format.Format_RGB32)
    painter = QPainter(drawn)
    bar.style().drawControl(QStyle.ControlElement.CE_MenuBarItem, item, painter, bar)
    painter.end()
    assert (
        colour_at(drawn, item.rect.left() + 2, item.rect.top() + 2) == theme["selection_background"]
    )
    assert theme["selection_text"] in colours_in(region(drawn, item.rect))
    # A table's header: the panel's colours and a border.
    dialog = FiguresDialog(review, theme, window)
    qtbot.addWidget(dialog)
    show_and_activate(qtbot, dialog)
    header = dialog.table.horizontalHeader()
    image = header.grab().toImage()
    section = QRect(0, 0, header.sectionSize(0), header.height())
    assert colour_at(image, section.center().x(), 2) == theme["window"]
    assert colour_at(image, section.right(), section.center().y()) == theme["border"]
    assert colour_at(image, section.center().x(), section.bottom()) == theme["border"]
    assert theme["window_text"] in colours_in(region(image, section))
    # A button that cannot be used now: its edge and its text in the disabled colour.
    pause = window.speech.player.pause_button
    assert not pause.isEnabled()
    image, where = grab_around(pause)
    assert colour_at(image, where.center().x(), where.top()) == theme["disabled_text"]
    assert theme["disabled_text"] in colours_in(region(image, where.adjusted(4, 4, -4, -4)))


@pytest.mark.parametrize("name", REQUIRED_THEMES)
def test_the_search_fields_clear_button_is_seen(
    qtbot: QtBot, window: MainWindow, review: Document, themes: dict[str, Theme], name: str
) -> None:
    theme = themes[name]
    window.parts.appearance.choose(name)
    dialog = FiguresDialog(review, theme, window)
    qtbot.addWidget(dialog)
    show_and_activate(qtbot, dialog)
    dialog.search.setText("残疾")
    clear = next(b for b in dialog.search.findChildren(QToolButton) if b.isVisible())

    def strongest() -> float:  # the button fades in
        image = clear.grab().toImage()
        return max(
            contrast_ratio(colour_at(image, x, y), theme["background"])
            for x in range(image.width())
            for y in range(image.height())
        )

    qtbot.waitUntil(lambda: strongest() >= NON_TEXT)
