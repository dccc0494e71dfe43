"""The figures: cards in the text, the overview, the charts, the export and listening."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAccessible, QColor
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tests.doubles import FakeEngine
from tests.support import press
from viewer.content import Document
from viewer.figures import chart_groups, read_figures_csv
from viewer.themes.contrast import contrast_ratio
from viewer.themes.theme import Theme
from viewer.ui.figures.bar_chart import BarChart
from viewer.ui.figures.figures_dialog import FiguresDialog
from viewer.ui.window.main_window import MainWindow

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
ALT = Qt.KeyboardModifier.AltModifier


def card_of(window: MainWindow) -> tuple[int, str]:
    """The block with the caret, which must have the focus, and its statistic's id."""
    assert window.focusWidget() is window.reading_pane
    block = window.navigator.map.blocks[window.reading_pane.caret.block]
    assert block.item_id is not None
    return block.index, block.item_id


def test_every_figure_is_a_card_in_its_section(window: MainWindow, review: Document) -> None:
    pane = window.reading_pane
    for statistic in review.statistics:
        window.navigator.go_to(window.navigator.map.block_of_item(statistic.id))
        index, item = card_of(window)
        assert item == statistic.id
        piece = pane.scrolled.piece(index)
        # Drawn as a card: the number as printed, qualifier and unit kept, then what it counts.
        assert piece.layout.text() == f"{statistic.printed}\u2028{statistic.label}"
        assert not piece.bullet
        assert not piece.note
        assert window.navigator.map.section_of(index).key in (
            statistic.section_id,
            review.section(statistic.section_id).id,
        )


def test_cards_are_read_by_character_and_each_says_its_number(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.navigator.go_to(window.navigator.map.block_of_item("rehab-coverage"))
    pane = window.reading_pane
    index, _ = card_of(window)
    interface = pane.objects.block(index)
    assert interface.text(QAccessible.Text.Name) == (
        "百分之九十七点五九 有康复需求的残疾人基本康复服务覆盖率"
    )
    assert interface.text(QAccessible.Text.Description) == "Figure"
    # Character by character through the number as printed, then on to the next card.
    read = []
    for _ in range(len("97.59%\n有康复需求的残疾人基本康复服务覆盖率")):
        read.append(window.navigator.map.blocks[index].text[pane.caret.offset])
        press(qtbot, Qt.Key.Key_Right)
    assert "".join(read[:6]) == "97.59%"
    press(qtbot, Qt.Key.Key_Right)  # past the end of the card's text
    assert card_of(window)[1] == "rehab-services"
    described = pane.objects.block(card_of(window)[0])
    assert described.text(QAccessible.Text.Name) == "四十一点四八万余人次 累计精准康复服务残疾人"
    press(qtbot, Qt.Key.Key_Up, CTRL | SHIFT)
    assert card_of(window)[1] == "rehab-coverage"


def open_figures(
    qtbot: QtBot, window: MainWindow, then: list[tuple[Qt.Key, Qt.KeyboardModifier]]
) -> None:
    """Open the figures dialog with its key, press ``then`` in it, and let it close."""

    def drive() -> None:
        dialog = window.parts.figures.dialog
        assert dialog is not None
        qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
        for key, modifiers in then:
            target = QApplication.focusWidget()
            assert target is not None
            qtbot.keyClick(target, key, modifiers)
        if dialog.isVisible():
            dialog.reject()

    QTimer.singleShot(0, drive)
    press(qtbot, Qt.Key.Key_G, CTRL | SHIFT)


def test_the_overview_lists_every_figure_and_photo(window: MainWindow, review: Document) -> None:
    dialog = FiguresDialog(review, window.parts.appearance.theme, window)
    model = dialog.proxy
    assert model.rowCount() == len(review.statistics) + len(review.photos)
    shown = {model.index(row, 1).data() for row in range(model.rowCount())}
    assert {s.label for s in review.statistics} <= shown
    assert {p.alt for p in review.photos} <= shown
    dialog.search.setText("康复")
    labels = [model.index(row, 1).data() for row in range(model.rowCount())]
    assert labels
    assert all(
        "康复" in " ".join(model.index(r, c).data() for c in range(3))
        for r in range(model.rowCount())
    )
    dialog.search.clear()
    dialog.sort_by.setCurrentIndex(dialog.sort_by.findText("Number"))
    assert model.index(0, 0).data() == "7200人"  # the largest number first
    dialog.sort_by.setCurrentIndex(0)
    assert model.index(0, 0).data() == review.statistics[0].printed


def test_enter_in_the_overview_goes_to_the_figure(qtbot: QtBot, window: MainWindow) -> None:
    open_figures(
        qtbot,
        window,
        [
            (Qt.Key.Key_S, ALT),  # to the search field, by its label's letter
            *((Qt.Key(ord(c)), Qt.KeyboardModifier.NoModifier) for c in "1916"),
            (Qt.Key.Key_Down, Qt.KeyboardModifier.NoModifier),  # into the list
            (Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier),
        ],
    )
    assert card_of(window)[1] == "university-admissions"
    assert window.navigator.map.blocks[window.navigator.position].item_id == "university-admissions"


def test_each_chart_has_one_unit_a_summary_and_its_data(
    window: MainWindow, review: Document
) -> None:
    dialog = FiguresDialog(review, window.parts.appearance.theme, window)
    groups = chart_groups(review)
    assert dialog.chart_choice.count() == len(groups)
    for number, group in enumerate(groups):
        dialog.chart_choice.setCurrentIndex(number)
        assert len({s.unit for s in group.statistics}) == 1
        assert [(b.label, b.value) for b in dialog.chart.bars] == [
            (s.label, s.value) for s in group.statistics
        ]
        table = dialog.data_table
        cells = [[table.item(row, column) for column in (0, 1)] for row in range(table.rowCount())]
        assert [tuple(c.text() for c in row if c is not None) for row in cells] == [
            (s.label, s.printed) for s in group.statistics
        ]
    dialog.chart_choice.setCurrentIndex(dialog.chart_choice.findText("Percentages"))
    assert dialog.summary.text() == (
        "Percentages: 6 figures, from 近50% (残疾学生在普通学校就读的比例) "
        "to 100% (农村贫困残疾人家庭危房改造率)."
    )
    assert dialog.chart.accessibleDescription() == dialog.summary.text()


def test_the_chart_is_run_by_the_keyboard_and_says_each_bar(
    qtbot: QtBot, window: MainWindow, review: Document
) -> None:
    dialog = FiguresDialog(review, window.parts.appearance.theme, window)
    qtbot.addWidget(dialog)
    dialog.chart_choice.setCurrentIndex(dialog.chart_choice.findText("Percentages"))
    chart = dialog.chart
    interface = QAccessible.queryAccessibleInterface(chart)
    assert interface is not None
    assert interface.role() == QAccessible.Role.Chart
    bars = chart.bars
    assert interface.text(QAccessible.Text.Name) == f"{bars[0].label}: {bars[0].printed}, 1 of 6"
    qtbot.keyClick(chart, Qt.Key.Key_Down)
    assert interface.text(QAccessible.Text.Name) == f"{bars[1].label}: {bars[1].printed}, 2 of 6"
    assert dialog.data_table.currentRow() == 1  # the table follows
    edges: list[str] = []
    chart.edge_reached.connect(edges.append)
    qtbot.keyClick(chart, Qt.Key.Key_End)
    assert chart.current == len(bars) - 1
    assert edges == []
    qtbot.keyClick(chart, Qt.Key.Key_Right)  # no further than the last, and it says so
    assert chart.current == len(bars) - 1
    assert edges == ["Last bar."]
    qtbot.keyClick(chart, Qt.Key.Key_Home)
    assert chart.current == 0
    qtbot.keyClick(chart, Qt.Key.Key_Up)
    assert edges == ["Last bar.", "First bar."]


def test_the_edge_of_a_chart_is_said_by_the_window(qtbot: QtBot, window: MainWindow) -> None:
    open_figures(
        qtbot,
        window,
        [
            (Qt.Key.Key_H, ALT),
            (Qt.Key.Key_Tab, Qt.KeyboardModifier.NoModifier),
            (Qt.Key.Key_Up, Qt.KeyboardModifier.NoModifier),
        ],
    )
    assert window.announcer.message == "First bar."


@pytest.mark.parametrize(
    "name",
    [
        "light",
        "dark",
        "sepia",
        "high-contrast-black-on-white",
        "high-contrast-white-on-black",
        "high-contrast-yellow-on-black",
    ],
)
def test_chart_bars_stand_out_from_the_background_in_every_theme(
    qtbot: QtBot, window: MainWindow, review: Document, themes: dict[str, Theme], name: str
) -> None:
    theme = themes[name]
    dialog = FiguresDialog(review, theme, window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    chart: BarChart = dialog.chart
    image = chart.grab().toImage()
    background = QColor(theme["background"])
    assert image.pixelColor(1, 1) == background
    row = round(chart.fontMetrics().height() * 1.8)
    middle_of_second_bar = row + row // 2  # the first is hatched: it has the keyboard's place
    colours = {image.pixelColor(x, middle_of_second_bar).name() for x in range(image.width())}
    bar = theme.chart
    assert bar in colours, f"no bar drawn in {bar}"
    assert contrast_ratio(bar, theme["background"]) >= 3.0


def test_the_figures_are_exported_as_csv(
    window: MainWindow, review: Document, tmp_path: Path
) -> None:
    path = tmp_path / "figures.csv"
    window.parts.figures.export_to(path)
    rows = read_figures_csv(path)
    assert [r["id"] for r in rows] == [s.id for s in review.statistics]
    assert window.announcer.message == f"Saved {len(review.statistics)} figures to {path}."
    window.parts.figures.export_to(tmp_path / "missing" / "figures.csv")
    assert window.announcer.message.startswith("The figures could not be saved: ")
    assert path.read_bytes().startswith(b"\xef\xbb\xbf")  # the first file is untouched


@pytest.mark.parametrize(
    ("modifiers", "spoken", "slower"),
    [
        (CTRL, "百分之九十七点五九", False),
        (CTRL | SHIFT, "百分之九十七点五九", True),
        (CTRL | ALT, "百分之九、七、点、五、九", True),
    ],
)
def test_a_figure_is_said_alone_again_slowly_or_digit_by_digit(
    qtbot: QtBot,
    window: MainWindow,
    fake_engine: FakeEngine,
    modifiers: Qt.KeyboardModifier,
    spoken: str,
    slower: bool,
) -> None:
    window.navigator.go_to(window.navigator.map.block_of_item("rehab-coverage"))
    read_aloud = window.speech.read_aloud
    rates: list[int] = []
    read_aloud.sentence_started.connect(lambda _u: rates.append(read_aloud.current_settings().rate))
    with qtbot.waitSignal(read_aloud.finished, timeout=10_000):
        press(qtbot, Qt.Key.Key_K, modifiers)
    assert len(fake_engine.spoken) == 1
    assert fake_engine.spoken[0].startswith(spoken)
    assert "有康复需求的残疾人基本康复服务覆盖率" in fake_engine.spoken[0]
    normal = int(window.settings.get("speech/rate"))
    assert (rates[0] < normal) is slower
    # Away from a figure, the key says where to go instead.
    window.navigator.go_to_section("opening")
    press(qtbot, Qt.Key.Key_K, CTRL)
    assert window.announcer.message == "Move to a figure first (Ctrl+Shift+Down)."
