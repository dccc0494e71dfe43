"""Reading comfort: a measure of 36 characters, line height as chosen, one left edge, a ruler."""

from __future__ import annotations

import itertools

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QImage, QPainter, QTextLayout
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tests.support import press
from viewer.reading.blocks import Kind
from viewer.themes.typography import Typography
from viewer.ui.page.item_layout import lay_out_text
from viewer.ui.page.page_style import PageStyle
from viewer.ui.ports import TextSpan
from viewer.ui.window.main_window import MainWindow

CTRL = Qt.KeyboardModifier.ControlModifier


def _style(window: MainWindow) -> PageStyle:
    return window.reading_pane.scrolled.layout.style


def _paragraph(window: MainWindow) -> int:
    blocks = window.navigator.map.blocks
    return next(b.index for b in blocks if b.kind is Kind.PARAGRAPH and len(b.text) > 150)


def test_lines_are_at_most_the_measure_and_centred(qtbot: QtBot, window: MainWindow) -> None:
    window.resize(1920, 1080)
    qtbot.waitUntil(lambda: window.reading_pane.viewport().width() > 1400)
    pane = window.reading_pane
    block = _paragraph(window)
    window.navigator.go_to(block)
    piece = pane.scrolled.piece(block)
    lines = [piece.layout.lineAt(n) for n in range(piece.layout.lineCount() - 1)]
    character = QFontMetricsF(piece.layout.font()).horizontalAdvance("国")
    # 36 Chinese characters' room (digits and Latin letters are narrower).
    assert max(line.naturalTextWidth() for line in lines) <= 36 * character + 1
    assert min(line.textLength() for line in lines) >= 30
    width = pane.viewport().width()
    left = piece.frame.left()
    assert abs(left - (width - piece.frame.right())) <= 2  # centred in the page
    # As wide as the window, when the reader wants that.
    window.parts.appearance.set_typography(Typography(line_length=0))
    piece = pane.scrolled.piece(block)
    assert max(piece.layout.lineAt(n).textLength() for n in range(piece.layout.lineCount())) > 60


def _ink_rows(image: QImage, background: QColor) -> list[int]:
    return [
        y
        for y in range(image.height())
        if any(image.pixelColor(x, y) != background for x in range(0, image.width(), 2))
    ]


def _line_starts(rows: list[int]) -> list[int]:
    return [y for i, y in enumerate(rows) if i == 0 or y - rows[i - 1] > 2]


def test_line_height_means_what_it_says(window: MainWindow) -> None:
    style = _style(window)
    # A paragraph of one ideograph over and over: every line's ink starts alike.
    block = window.navigator.map.blocks[_paragraph(window)]._replace(text="国" * 300)
    for chosen in (1.5, 2.0):
        typography = Typography(line_height=chosen, line_length=0)
        looks = PageStyle(typography, style.family, style.dpi)
        laid = lay_out_text(block, 1, looks, 900)  # as the page lays it out
        piece = laid.pieces[0]
        image = QImage(900, round(laid.height), QImage.Format.Format_RGB32)
        image.fill(QColor("white"))
        painter = QPainter(image)
        painter.setPen(QColor("black"))
        piece.layout.draw(painter, piece.origin)
        painter.end()
        starts = _line_starts(_ink_rows(image, QColor("white")))
        pitches = [b - a for a, b in itertools.pairwise(starts)]
        font_px = looks.px(typography.reading_pt)
        assert len(pitches) >= 3
        for pitch in pitches:
            assert abs(pitch - chosen * font_px) <= 1.5, (chosen, pitches, font_px)


def test_the_page_has_a_clear_hierarchy_and_one_left_edge(window: MainWindow) -> None:
    style = _style(window)
    t = style.typography
    assert t.title_pt > t.heading_pt(1) > t.heading_pt(2) > t.reading_pt
    pane = window.reading_pane
    edges = set()
    left, _ = style.column(pane.viewport().width())
    for block in window.navigator.map.blocks[:40]:
        piece = pane.scrolled.piece(block.index)
        if piece.frame.left() > left + 1:
            continue  # a figure card beside another, in its row
        indent = style.indent if block.kind is Kind.LIST_ITEM else 0
        edges.add(round(piece.origin.x() - indent))
    assert len(edges) == 1, edges
    assert not style.font_of(
        next(b for b in window.navigator.map.blocks if b.kind is Kind.PHOTO), 1
    ).italic()


def test_a_heading_stands_closer_to_its_text_than_to_the_text_before(window: MainWindow) -> None:
    pane = window.reading_pane
    layout = pane.scrolled.layout
    blocks = window.navigator.map.blocks
    heading = next(
        b.index
        for b in blocks[5:]
        if b.kind is Kind.HEADING and blocks[b.index + 1].kind is Kind.PARAGRAPH
    )

    def frame(index: int) -> tuple[float, float]:
        item = layout.item_of[index]
        piece = pane.scrolled.piece(index)
        return layout.top(item) + piece.frame.top(), layout.top(item) + piece.frame.bottom()

    _, before_bottom = frame(heading - 1)
    top, bottom = frame(heading)
    next_top, _ = frame(heading + 1)
    assert top - before_bottom > 1.5 * (next_top - bottom)


def test_the_interface_text_is_at_least_16_px_and_follows_the_zoom(window: MainWindow) -> None:
    def pixels() -> float:
        font = QFont(QApplication.font())
        return font.pointSizeF() * window.logicalDpiY() / 72

    assert pixels() >= 16
    window.parts.appearance.set_typography(Typography(zoom=200))
    assert pixels() >= 32


def test_the_line_focus_shows_a_few_lines_and_follows_the_caret(
    qtbot: QtBot, window: MainWindow
) -> None:
    pane = window.reading_pane
    window.navigator.go_to(_paragraph(window))
    pane.setFocus()
    press(qtbot, Qt.Key.Key_L, CTRL)
    assert window.announcer.message == "Line focus: one line."
    assert window.settings.get("view/line_focus") == 1
    caret_line = pane.scrolled.piece(pane.caret.block).caret_rect(pane.caret.offset)
    caret_y = round(caret_line.translated(pane.scrolled.item_origin(pane.caret.block)).center().y())
    image = pane.viewport().grab().toImage()
    # Far from the caret's line the page is veiled: no pixel there has the text's full colour.
    text = _style(window).text
    far = [y for y in range(image.height()) if abs(y - caret_y) > 3 * caret_line.height()]
    assert far
    assert not any(
        image.pixelColor(x, y) == text for y in far[::3] for x in range(0, image.width(), 3)
    )
    near = range(round(caret_y - caret_line.height() / 3), round(caret_y + caret_line.height() / 3))
    assert any(image.pixelColor(x, y) == text for y in near for x in range(0, image.width(), 2))
    # It follows the caret down a line.
    press(qtbot, Qt.Key.Key_Down)
    moved = pane.scrolled.piece(pane.caret.block).caret_rect(pane.caret.offset)
    assert moved.top() > caret_line.top()
    for lines in (3, 5, 0):
        press(qtbot, Qt.Key.Key_L, CTRL)
        assert pane.line_focus.lines == lines
    assert window.announcer.message == "Line focus off."


def test_the_line_focus_follows_the_word_read_aloud(window: MainWindow) -> None:
    pane = window.reading_pane
    block = _paragraph(window)
    pane.line_focus.lines = 1
    text = window.navigator.map.blocks[block].text
    late = len(text) - 5
    pane.mark_word(TextSpan(block, late, late + 2))
    piece = pane.scrolled.piece(block)
    word_line = piece.caret_rect(late).translated(pane.scrolled.item_origin(block))
    image = pane.viewport().grab().toImage()
    style = _style(window)
    row = round(word_line.center().y())
    assert any(image.pixelColor(x, row) == style.reading_background for x in range(image.width()))
    first = piece.caret_rect(0).translated(pane.scrolled.item_origin(block))
    assert word_line.top() - first.top() > 2 * first.height()  # far apart: the first is veiled
    top = round(first.center().y())
    assert not any(image.pixelColor(x, top) == style.text for x in range(image.width()))


def test_every_script_of_the_region_has_a_glyph(window: MainWindow) -> None:
    text = "ᠮᠣᠩᠭᠣᠯ 大爱北疆 Inner Mongolia 2018"
    layout = QTextLayout(text, window.reading_pane.font())
    layout.beginLayout()
    layout.createLine().setLineWidth(10_000)
    layout.endLayout()
    glyphs = [index for run in layout.glyphRuns() for index in run.glyphIndexes()]
    assert len(glyphs) >= len(text.replace(" ", "")) - 2  # Mongolian letters may join
    assert 0 not in glyphs  # glyph 0 is a font's "missing" box
    families = {run.rawFont().familyName() for run in layout.glyphRuns()}
    assert any("Mongolian" in family for family in families), families
