"""The focus is always in view: every way of moving brings the block being read wholly into view.

At 100%, 200% and 400%: the keys of the Go menu, Left and Right from card to
card, find, a figure chosen in the overview, the voice reading on, a screen
reader's Say All and the caret. A block taller than the view: the caret's line
(or the sentence read). And the viewer reopens with the remembered block at the
top of the text.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QRectF, Qt, QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tests.support import action, press
from tests.ui.conftest import Opener
from viewer.content import Document
from viewer.reading.blocks import Unit
from viewer.reading.caret import Place
from viewer.themes.typography import Typography
from viewer.ui.common.settings_store import SettingsStore
from viewer.ui.page.scrolled_layout import SCROLL_MARGIN
from viewer.ui.ports import TextSpan
from viewer.ui.window.main_window import MainWindow

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
ZOOMS = [100, 200, 400]


@pytest.fixture(params=ZOOMS, ids=[f"{zoom}%" for zoom in ZOOMS])
def zoomed(request: pytest.FixtureRequest, window: MainWindow) -> MainWindow:
    """The window with the text (and the whole interface) at a zoom."""
    window.parts.appearance.set_typography(Typography(zoom=request.param))
    QApplication.processEvents()
    return window


def line_of(window: MainWindow, place: Place) -> QRectF:
    """The line of ``place``, in the page's viewport."""
    scrolled = window.reading_pane.scrolled
    caret = scrolled.piece(place.block).caret_rect(place.offset)
    return caret.translated(scrolled.item_origin(place.block))


def not_in_view(window: MainWindow, block: int, place: Place | None = None) -> str | None:
    """None if block ``block`` is wholly in view; taller than the view, the line of ``place``.

    ``place`` is the caret unless given.
    """
    pane = window.reading_pane
    pane.viewport().repaint()  # lays out what is in view, as the screen is drawn
    view = pane.viewport().height()
    shown = QRectF(pane.scrolled.block_rect(block))
    what = "block"
    if shown.height() > view:
        shown, what = line_of(window, place or pane.caret), "line"
    if shown.top() >= 0 and shown.bottom() <= view:
        return None
    return f"{what} of block {block} at {shown.top():.0f} to {shown.bottom():.0f} of {view}"


def cards(window: MainWindow, review: Document) -> list[int]:
    """The blocks drawn as figure cards."""
    ids = {s.id for s in review.statistics}
    return [b.index for b in window.navigator.map.blocks if b.item_id in ids]


def test_every_block_moved_to_is_wholly_in_view(zoomed: MainWindow) -> None:
    # Every move (a key, the contents, find, the voice) goes through the navigator.
    count = len(zoomed.navigator.map.blocks)
    missed = []
    for order in (range(count), reversed(range(count)), [*range(0, count, 7), 3, count - 1, 0]):
        for block in order:
            zoomed.navigator.go_to(block)
            missed.append(not_in_view(zoomed, block))
    assert [m for m in missed if m] == []


def test_every_figure_card_by_the_figure_keys(
    qtbot: QtBot, zoomed: MainWindow, review: Document
) -> None:
    zoomed.reading_pane.focus_current()
    press(qtbot, Qt.Key.Key_Home, CTRL)
    missed, seen = [], []
    figures = len(zoomed.navigator.map.stops(Unit.FIGURE))
    for key in [Qt.Key.Key_Down] * figures + [Qt.Key.Key_Up] * (figures - 1):
        press(qtbot, key, CTRL | SHIFT)
        seen.append(zoomed.reading_pane.caret.block)
        missed.append(not_in_view(zoomed, seen[-1]))
    assert set(cards(zoomed, review)) <= set(seen)
    assert [m for m in missed if m] == []


def test_left_and_right_go_from_card_to_card_in_view(
    qtbot: QtBot, zoomed: MainWindow, review: Document
) -> None:
    pane = zoomed.reading_pane
    pane.focus_current()
    missed = []
    for card in cards(zoomed, review):
        text = zoomed.navigator.map.blocks[card].text
        pane.set_caret(Place(card, len(text)), select=False)
        press(qtbot, Qt.Key.Key_Right)  # on into the next block
        missed.append(not_in_view(zoomed, pane.caret.block))
        pane.set_caret(Place(card, 0), select=False)
        press(qtbot, Qt.Key.Key_Left)  # back into the one before
        missed.append(not_in_view(zoomed, pane.caret.block))
    assert [m for m in missed if m] == []


def test_find_next_shows_each_match(qtbot: QtBot, zoomed: MainWindow) -> None:
    zoomed.reading_pane.focus_current()
    press(qtbot, Qt.Key.Key_F, CTRL)
    zoomed.parts.find.bar.field.setText("残疾")  # as an input method types it
    missed = []
    for _ in range(40):
        press(qtbot, Qt.Key.Key_F3)
        match = zoomed.parts.find.bar.current_match()
        assert match is not None
        missed.append(not_in_view(zoomed, match.block, Place(match.block, match.start)))
    assert [m for m in missed if m] == []


@pytest.mark.parametrize("zoom", [100, 400])
def test_the_figure_chosen_in_the_overview_is_shown(
    qtbot: QtBot, window: MainWindow, review: Document, zoom: int
) -> None:
    window.parts.appearance.set_typography(Typography(zoom=zoom))
    for row in (0, 9, 17, len(review.statistics) - 1):

        def choose(row: int = row) -> None:
            dialog = window.parts.figures.dialog
            assert dialog is not None
            qtbot.waitUntil(dialog.isVisible)
            dialog.table.setFocus()
            dialog.table.selectRow(row)
            qtbot.keyClick(dialog.table, Qt.Key.Key_Return)

        QTimer.singleShot(0, choose)
        action(window, "show-figures").trigger()
        block = window.reading_pane.caret.block
        assert window.navigator.map.blocks[block].item_id == review.statistics[row].id
        assert not_in_view(window, block) is None


def test_the_sentence_read_aloud_stays_in_view(zoomed: MainWindow) -> None:
    """As the voice reads on (``FollowAlong``): the place moves, the sentence is marked."""
    pane = zoomed.reading_pane
    missed = []
    for block in zoomed.navigator.map.blocks:
        start = 0
        for end in [i + 1 for i, c in enumerate(block.text) if c == "。"] or [len(block.text)]:
            zoomed.navigator.go_to(block.index, focus=False)
            pane.mark_reading(TextSpan(block.index, start, end))
            missed.append(not_in_view(zoomed, block.index, Place(block.index, start)))
            start = end
    pane.mark_reading(None)
    assert [m for m in missed if m] == []


def test_what_a_screen_reader_reads_on_to_is_in_view(qtbot: QtBot, zoomed: MainWindow) -> None:
    """Orca's Say All asks each block for its text as it reads on, the caret left where it was."""
    pane = zoomed.reading_pane
    missed = []
    for block in range(0, len(zoomed.navigator.map.blocks), 3):
        text = pane.objects.block(block).textInterface()
        text.text(0, text.characterCount())
        qtbot.wait(1)  # it is brought into view as soon as the page is free
        missed.append(not_in_view(zoomed, block, Place(block, 0)))
    assert [m for m in missed if m] == []


def test_the_caret_line_stays_in_view_through_a_long_block(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.parts.appearance.set_typography(Typography(zoom=400))
    window.resize(1024, 600)
    pane = window.reading_pane
    blocks = window.navigator.map.blocks
    longest = max(blocks, key=lambda b: len(b.text)).index
    window.navigator.go_to(longest)
    assert pane.scrolled.block_rect(longest).height() > pane.viewport().height()
    missed = []
    while pane.caret.block == longest:
        press(qtbot, Qt.Key.Key_Down)
        missed.append(not_in_view(window, pane.caret.block))
    for _ in range(6):
        press(qtbot, Qt.Key.Key_Up)
        missed.append(not_in_view(window, pane.caret.block))
    assert [m for m in missed if m] == []


# Reopening --------------------------------------------------------------------


def kept_place(path: Path, section: str, block: int, zoom: int) -> None:
    """A settings file as the viewer leaves it, reading ``block`` of ``section``."""
    store = SettingsStore(path)
    store.set("position/section", section)
    store.set("position/block", block)
    store.set("view/zoom", zoom)
    assert store.save() is None


@pytest.mark.parametrize(
    ("section", "block", "zoom"),
    [
        ("education", 0, 100),  # a heading: the sections after it were shown instead
        ("education", 1, 200),  # a paragraph: only its last line was shown
        ("education", 3, 400),  # a figure card
        ("closing", 1, 400),
        ("plan", 0, 100),  # the first block: below the document's title, which fits above it
        ("plan", 0, 400),  # ... which at 400% does not
    ],
)
def test_reopens_with_the_remembered_block_at_the_top(
    open_window: Opener, settings_path: Path, section: str, block: int, zoom: int
) -> None:
    kept_place(settings_path, section, block, zoom)
    window = open_window()
    window.resize(1280, 800)  # the window takes its size after the place is shown
    QApplication.processEvents()
    pane = window.reading_pane
    index = window.navigator.position
    assert window.navigator.bookmark() == (section, block)
    pane.viewport().repaint()
    assert not_in_view(window, index) is None
    top = pane.scrolled.block_rect(index).top()
    assert 0 <= top <= (pane.viewport().height() if index == 0 else SCROLL_MARGIN + 1)
    # The reader moving lets it go: the next block comes into view as any move does.
    window.navigator.step_block(1)
    assert not_in_view(window, index + 1) is None
