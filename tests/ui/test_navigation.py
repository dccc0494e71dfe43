"""Moving through the review with the keyboard alone."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QInputDialog, QWidget
from pytestqt.qtbot import QtBot

from tests.support import action, press
from viewer.content import Document
from viewer.reading.blocks import PHOTOS_KEY, Block, Kind
from viewer.themes.typography import Typography
from viewer.ui.window.main_window import MainWindow

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
ALT = Qt.KeyboardModifier.AltModifier


def focused_block(window: MainWindow) -> Block:
    """The block with the caret, which must have the keyboard focus."""
    # The window's own focus widget: a window that a closing dialog leaves
    # inactive (offscreen there is no window manager to activate it) keeps it.
    widget = window.focusWidget()
    assert widget is window.reading_pane, f"the focus is on {widget!r}"
    return window.navigator.map.blocks[window.reading_pane.caret.block]


def section_key(window: MainWindow) -> str:
    return window.navigator.map.section_of(focused_block(window).index).key


def rect_in_view(window: MainWindow, block: int) -> tuple[int, int]:
    """Where block ``block`` is drawn in the page's viewport: its top and bottom."""
    pane = window.reading_pane
    pane.viewport().repaint()  # lays out what is in view
    rect = pane.scrolled.block_rect(block)
    return rect.top(), rect.bottom()


def test_opens_at_the_start_with_the_contents_focused(window: MainWindow) -> None:
    assert window.contents.hasFocus()
    assert window.windowTitle() == "大爱北疆 温暖前行"  # the document, whatever the section
    assert window.parts.status.label.text() == "Section 1 of 19: 总体思路 · 0%"


def test_next_and_previous_section(qtbot: QtBot, window: MainWindow) -> None:
    visited = []
    for _ in range(6):
        press(qtbot, Qt.Key.Key_PageDown, CTRL)
        visited.append(section_key(window))
    assert visited == [
        "opening",
        "safety-net",
        "joint-effort",
        "equal-sharing",
        "closing",
        PHOTOS_KEY,
    ]
    press(qtbot, Qt.Key.Key_PageDown, CTRL)
    assert window.announcer.message == "End of the document."
    press(qtbot, Qt.Key.Key_PageUp, CTRL)
    assert section_key(window) == "closing"
    assert window.windowTitle() == "大爱北疆 温暖前行"


def test_next_heading_visits_every_section(
    qtbot: QtBot, window: MainWindow, review: Document
) -> None:
    headings = []
    for _ in range(len(window.navigator.map.sections) - 1):
        press(qtbot, Qt.Key.Key_PageDown, CTRL | SHIFT)
        block = focused_block(window)
        assert block.kind is Kind.HEADING
        headings.append(block.text)
    assert headings == [s.title for s in list(review.all_sections())[1:]] + ["Photos"]


def test_paragraph_keys_and_arrows_in_the_text(qtbot: QtBot, window: MainWindow) -> None:
    press(qtbot, Qt.Key.Key_Down, CTRL)
    first = focused_block(window)
    assert first.text.startswith("未来五年全区残疾人工作的总体思路是")
    press(qtbot, Qt.Key.Key_Down, CTRL)  # the next paragraph skips the heading
    assert focused_block(window).text == "着力完善残疾人社会保障制度"
    press(qtbot, Qt.Key.Key_Up, CTRL)
    assert focused_block(window).text.startswith("未来五年")
    assert window.reading_pane.caret.offset == 0  # at the block's start


def test_figure_keys_visit_every_figure_and_photo(
    qtbot: QtBot, window: MainWindow, review: Document
) -> None:
    items = []
    for _ in range(len(review.statistics) + len(review.photos)):
        press(qtbot, Qt.Key.Key_Down, CTRL | SHIFT)
        items.append(focused_block(window).item_id)
    assert items == [s.id for s in review.statistics] + [p.id for p in review.photos]
    assert focused_block(window).kind is Kind.PHOTO


def test_level_selector(qtbot: QtBot, window: MainWindow, review: Document) -> None:
    press(qtbot, Qt.Key.Key_4, CTRL)
    assert window.announcer.message == "Moving by figures."
    assert action(window, "unit-figure").isChecked()
    press(qtbot, Qt.Key.Key_Down, ALT)
    press(qtbot, Qt.Key.Key_Down, ALT)
    assert focused_block(window).item_id == review.statistics[1].id
    assert section_key(window) == "safety-net"
    press(qtbot, Qt.Key.Key_1, CTRL)
    press(qtbot, Qt.Key.Key_Down, ALT)
    assert section_key(window) == "joint-effort"
    press(qtbot, Qt.Key.Key_Up, ALT)
    assert section_key(window) == "safety-net"


def test_start_and_end(qtbot: QtBot, window: MainWindow) -> None:
    press(qtbot, Qt.Key.Key_End, CTRL)
    assert focused_block(window).index == len(window.navigator.map.blocks) - 1
    assert window.parts.status.label.text().endswith("· 100%")
    press(qtbot, Qt.Key.Key_Home, CTRL)
    assert focused_block(window).index == 0


def test_back_and_forward(qtbot: QtBot, window: MainWindow) -> None:
    press(qtbot, Qt.Key.Key_PageDown, CTRL)
    press(qtbot, Qt.Key.Key_PageDown, CTRL)
    press(qtbot, Qt.Key.Key_Down, CTRL)  # a small step, then a jump
    here = focused_block(window).index
    press(qtbot, Qt.Key.Key_End, CTRL)
    press(qtbot, Qt.Key.Key_Left, ALT)
    assert focused_block(window).index == here
    press(qtbot, Qt.Key.Key_Left, ALT)
    assert section_key(window) == "opening"
    press(qtbot, Qt.Key.Key_Right, ALT)
    press(qtbot, Qt.Key.Key_Right, ALT)
    assert focused_block(window).index == len(window.navigator.map.blocks) - 1


def test_go_to_section_by_number(qtbot: QtBot, window: MainWindow) -> None:
    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, QInputDialog)
        spin = dialog.focusWidget()
        assert spin is not None
        qtbot.keyClick(spin, Qt.Key.Key_A, CTRL)
        qtbot.keyClicks(spin, "9")
        qtbot.keyClick(spin, Qt.Key.Key_Return)

    QTimer.singleShot(0, answer)
    press(qtbot, Qt.Key.Key_G, CTRL)
    assert section_key(window) == "rehabilitation"


def test_where_am_i(qtbot: QtBot, window: MainWindow) -> None:
    window.navigator.go_to_section("rehabilitation")
    press(qtbot, Qt.Key.Key_Down)
    press(qtbot, Qt.Key.Key_I, CTRL)
    where = window.navigator.map.whereabouts(focused_block(window).index)
    assert window.announcer.message == (
        "凝聚合力 › 残疾人康复服务状况显著改善。; paragraph 1 of 1; section 9 of 19; "
        f"{where.percent}% of the document."
    )


def test_where_am_i_in_a_list(qtbot: QtBot, window: MainWindow) -> None:
    window.navigator.go_to_section("plan-five-actions")
    for _ in range(3):  # from the heading to the part's title, into the list, its second item
        press(qtbot, Qt.Key.Key_Down)
    assert focused_block(window).kind is Kind.LIST_ITEM
    press(qtbot, Qt.Key.Key_I, CTRL)
    assert "; list item 2 of 5; " in window.announcer.message


def test_where_am_i_on_a_heading_and_a_figure(qtbot: QtBot, window: MainWindow) -> None:
    window.navigator.go_to_section("safety-net")
    press(qtbot, Qt.Key.Key_I, CTRL)
    assert window.announcer.message.startswith("兜底补短; heading; section 7 of 19; ")
    press(qtbot, Qt.Key.Key_Down, CTRL | SHIFT)
    press(qtbot, Qt.Key.Key_Down, CTRL | SHIFT)
    press(qtbot, Qt.Key.Key_I, CTRL)
    assert window.announcer.message.startswith("兜底补短; figure 2 of 3; ")


def test_contents_follow_and_lead(qtbot: QtBot, window: MainWindow) -> None:
    give_focus(qtbot, window.contents)
    press(qtbot, Qt.Key.Key_Down)
    assert window.contents.hasFocus()  # arrows in the contents keep the focus there
    assert window.navigator.map.section_of(window.navigator.position).key == "plan-three-priorities"
    press(qtbot, Qt.Key.Key_Return)
    assert focused_block(window).text == "突出“三项重点”"
    press(qtbot, Qt.Key.Key_PageDown, CTRL)  # the next section at the same level
    item = window.contents.currentItem()
    assert item is not None
    assert window.contents.title_of(item) == "夯实“五个基础”"


def test_moving_scrolls_the_block_into_view(qtbot: QtBot, window: MainWindow) -> None:
    press(qtbot, Qt.Key.Key_End, CTRL)
    window.navigator.go_to_section("legal-rights")
    top, bottom = rect_in_view(window, focused_block(window).index)
    assert top >= 0
    assert bottom <= window.reading_pane.viewport().height()


def give_focus(qtbot: QtBot, widget: QWidget) -> None:
    widget.setFocus()
    qtbot.waitUntil(widget.hasFocus)


@pytest.mark.parametrize("zoom", [100, 300])
def test_every_figure_card_is_brought_into_view(
    qtbot: QtBot, window: MainWindow, review: Document, zoom: int
) -> None:
    window.parts.appearance.set_typography(Typography(zoom=zoom))
    viewport = window.reading_pane.viewport()
    for statistic in review.statistics:
        press(qtbot, Qt.Key.Key_Down, CTRL | SHIFT)
        card = focused_block(window)
        assert card.item_id == statistic.id
        top, bottom = rect_in_view(window, card.index)
        assert top >= 0, statistic.id
        assert min(bottom, top + viewport.height()) <= viewport.height(), statistic.id
