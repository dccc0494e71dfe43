"""The caret in the text, by the keyboard alone: characters, words, lines, selection and copy."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tests.support import press
from viewer.reading.blocks import Kind, Unit
from viewer.reading.caret import Place
from viewer.ui.window.main_window import MainWindow

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def at_paragraph(window: MainWindow, section: str) -> int:
    """Put the caret at the start of ``section``'s first paragraph; its index."""
    window.navigator.go_to_section(section)
    paragraph = window.navigator.map.next(window.navigator.position, Unit.PARAGRAPH)
    assert paragraph is not None
    window.navigator.go_to(paragraph)
    assert window.focusWidget() is window.reading_pane
    return paragraph


def text_of(window: MainWindow, block: int) -> str:
    return window.navigator.map.blocks[block].text


def test_left_and_right_move_by_character_and_on_into_the_next_block(
    qtbot: QtBot, window: MainWindow
) -> None:
    index = at_paragraph(window, "opening")
    pane = window.reading_pane
    press(qtbot, Qt.Key.Key_Right)
    press(qtbot, Qt.Key.Key_Right)
    assert pane.caret == Place(index, 2)
    press(qtbot, Qt.Key.Key_Left)
    assert pane.caret == Place(index, 1)
    # From the end of a block, on into the next; the place being read follows.
    pane.set_caret(Place(index, len(text_of(window, index))), select=False)
    press(qtbot, Qt.Key.Key_Right)
    assert pane.caret == Place(index + 1, 0)
    assert window.navigator.position == index + 1
    press(qtbot, Qt.Key.Key_Left)
    assert pane.caret == Place(index, len(text_of(window, index)))


def test_ctrl_arrows_move_by_word_and_say_it(qtbot: QtBot, window: MainWindow) -> None:
    index = at_paragraph(window, "rehabilitation")
    pane = window.reading_pane
    press(qtbot, Qt.Key.Key_Right, CTRL)
    assert pane.caret == Place(index, 2)
    assert window.announcer.message == "健康"
    press(qtbot, Qt.Key.Key_Right, CTRL)
    press(qtbot, Qt.Key.Key_Right, CTRL)
    assert window.announcer.message == "幸福生活"
    press(qtbot, Qt.Key.Key_Left, CTRL)
    assert window.announcer.message == "幸福生活"
    assert pane.caret == Place(index, 3)
    # A figure is one word: 97.59% whole.
    text = text_of(window, index)
    pane.set_caret(Place(index, text.index("97.59%")), select=False)
    press(qtbot, Qt.Key.Key_Right, CTRL)
    assert window.announcer.message == "97.59%"


def test_up_and_down_move_by_line_as_wrapped_and_say_it(qtbot: QtBot, window: MainWindow) -> None:
    index = at_paragraph(window, "rehabilitation")
    pane = window.reading_pane
    piece = pane.scrolled.piece(index)
    lines = piece.layout.lineCount()
    assert lines >= 3  # a paragraph of several lines
    press(qtbot, Qt.Key.Key_Down)
    second = piece.line_range(1)
    assert pane.caret == Place(index, second[0])
    assert window.announcer.message == text_of(window, index)[second[0] : second[1]].strip()
    press(qtbot, Qt.Key.Key_End)
    assert pane.caret.offset == second[1] - 1  # before the last character of a wrapped line
    press(qtbot, Qt.Key.Key_Home)
    assert pane.caret.offset == second[0]
    press(qtbot, Qt.Key.Key_Up)
    assert pane.caret == Place(index, 0)
    for _ in range(lines):
        press(qtbot, Qt.Key.Key_Down)
    assert pane.caret.block == index + 1  # on into the next block
    assert window.navigator.position == index + 1


def test_page_down_moves_a_screenful(qtbot: QtBot, window: MainWindow) -> None:
    at_paragraph(window, "plan")
    pane = window.reading_pane
    top = pane.scrolled.line_top(pane.caret)
    before = pane.verticalScrollBar().value() + top
    press(qtbot, Qt.Key.Key_PageDown)
    after = pane.verticalScrollBar().value() + pane.scrolled.line_top(pane.caret)
    assert after - before > pane.viewport().height() / 2


def test_shift_selects_says_what_and_ctrl_c_copies_plain_text(
    qtbot: QtBot, window: MainWindow
) -> None:
    index = at_paragraph(window, "rehabilitation")
    pane = window.reading_pane
    for _ in range(3):
        press(qtbot, Qt.Key.Key_Right, SHIFT)
    assert window.announcer.message == "是 selected"  # 健, 康, then 是
    press(qtbot, Qt.Key.Key_Left, SHIFT)
    assert window.announcer.message == "是 unselected"
    press(qtbot, Qt.Key.Key_Right, SHIFT | CTRL)  # by word
    press(qtbot, Qt.Key.Key_C, CTRL)
    copied = QApplication.clipboard().text()
    assert copied == text_of(window, index)[: pane.caret.offset]
    assert window.announcer.message == f"Copied: {copied}"
    # Across blocks: a block a line, no bullets.
    window.navigator.go_to_section("plan-five-actions")
    items = [
        b for b in window.navigator.map.blocks[window.navigator.position :]
        if b.kind is Kind.LIST_ITEM
    ][:2]  # fmt: skip
    pane.set_caret(Place(items[0].index, 0), select=False)
    pane.set_caret(Place(items[1].index, len(items[1].text)), select=True)
    press(qtbot, Qt.Key.Key_C, CTRL)
    assert QApplication.clipboard().text() == f"{items[0].text}\n{items[1].text}"


def test_ctrl_a_selects_the_section(qtbot: QtBot, window: MainWindow) -> None:
    at_paragraph(window, "education")
    press(qtbot, Qt.Key.Key_A, CTRL)
    assert window.announcer.message == "Section selected: 残疾人教育水平大幅度提高。."
    press(qtbot, Qt.Key.Key_C, CTRL)
    copied = QApplication.clipboard().text().split("\n")
    assert copied[0] == "残疾人教育水平大幅度提高。"
    assert copied[-2:] == ["1916名", "残疾考生被高等院校录取并享受助学资助"]  # its last figure


def test_the_edges_of_the_document_are_said(qtbot: QtBot, window: MainWindow) -> None:
    window.navigator.go_to(0)
    press(qtbot, Qt.Key.Key_Left)
    assert window.announcer.message == "Start of the document."
    press(qtbot, Qt.Key.Key_Up)
    assert window.announcer.message == "Start of the document."
    window.navigator.go_to(len(window.navigator.map.blocks) - 1)
    press(qtbot, Qt.Key.Key_End)
    press(qtbot, Qt.Key.Key_Right)
    assert window.announcer.message == "End of the document."


def test_copy_with_nothing_selected_says_so(qtbot: QtBot, window: MainWindow) -> None:
    at_paragraph(window, "opening")
    press(qtbot, Qt.Key.Key_C, CTRL)
    assert window.announcer.message == "Nothing is selected."
