"""Text that looks like HTML or Qt rich text is shown as the characters written, everywhere.

A report whose every text is markup (an image of a local file, a remote image,
a javascript link, a style sheet, entities, <qt>) is opened, and every place
that shows content is checked: the blocks and figure cards of every page, the
document's header, the contents, the window title, the status line, the
messages, the find bar, the figures overview and its chart, and what
assistive technology is told. Where a label renders rich text, its document
must hold the literal text and no image, no link and no loaded resource.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QTextDocument
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from tests.ui.conftest import Opener
from viewer.content import Document, load_document
from viewer.ui.figures.figures_dialog import FiguresDialog
from viewer.ui.window.main_window import MainWindow

LOCAL_IMAGE = "file:///etc/passwd"
REMOTE_IMAGE = "https://example.invalid/x.png"
MARKUP = [
    f'<img src="{LOCAL_IMAGE}">',
    f"<img src='{REMOTE_IMAGE}'>",
    '<a href="javascript:alert(1)">x</a>',
    "<style>body{color:red}</style>",
    "&amp;",
    "&lt;b&gt;",
    "<b>bold</b>",
    "<qt>",
]
ALL = " ".join(MARKUP)
UNIT = "<b>个</b>"


def hostile_report() -> tuple[dict[str, Any], dict[str, Any]]:
    """A report whose every text is markup, with two figures sharing a unit (one chart)."""
    document = {
        "format": 1,
        "id": "markup",
        "language": "zh-CN",
        "title": "<b>bold</b> 标题 <qt>",
        "subtitle": MARKUP[0],
        "credit": "&amp;",
        "sections": [
            {
                "id": "first",
                "heading": MARKUP[2],
                "subheading": MARKUP[3],
                "blocks": [
                    {"paragraph": f"{ALL} 共5{UNIT}，又7{UNIT}。"},
                    {"list": MARKUP},
                ],
                "subsections": [
                    {"id": "inner", "heading": "<b>bold</b>", "blocks": [{"paragraph": ALL}]},
                ],
            },
            {"id": "second", "label": "&lt;b&gt;", "blocks": [{"paragraph": f"<qt>{MARKUP[1]}"}]},
        ],
    }
    statistic = {"section": "first", "unit": UNIT}
    figures = {
        "format": 1,
        "statistics": [
            {**statistic, "id": "five", "printed": f"5{UNIT}", "value": 5, "label": MARKUP[0]},
            {**statistic, "id": "seven", "printed": f"7{UNIT}", "value": 7, "label": MARKUP[2]},
        ],
        "photos": [{"id": "photo", "caption": MARKUP[1], "alt": MARKUP[3], "image": None}],
    }
    return document, figures


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory) -> Document:
    folder = tmp_path_factory.mktemp("markup")
    for name, data in zip(("document.yaml", "figures.yaml"), hostile_report(), strict=True):
        (folder / name).write_text(yaml.safe_dump(data, allow_unicode=True), "utf-8")
    return load_document(folder)


@pytest.fixture
def window(open_window: Opener, hostile: Document) -> MainWindow:
    return open_window(document=hostile)


def documents_of(widget: QWidget) -> list[QTextDocument]:
    """The text documents a widget renders (a label's, once its text is rich or selectable)."""
    return widget.findChildren(QTextDocument)


def assert_inert(document: QTextDocument) -> None:
    """Nothing in ``document`` is an image (which Qt would load) or a link."""
    block = document.begin()
    while block.isValid():
        iterator = block.begin()
        while not iterator.atEnd():
            fragment = iterator.fragment()
            if fragment.isValid():
                char_format = fragment.charFormat()
                assert not char_format.isImageFormat(), fragment.text()
                assert not char_format.isAnchor(), fragment.text()
                assert not char_format.anchorHref()
            iterator += 1
        block = block.next()
    # An object, such as an image, in the text. (Not document.resource(): asking
    # for a resource loads it, which is what must never happen.)
    assert "\ufffc" not in document.toPlainText()


def shown_text(label: QLabel) -> str:
    """What a label shows, as text: its document's for rich text, else its text."""
    if label.textFormat() == Qt.TextFormat.RichText:
        label.sizeHint()  # a label fills its document when it is first laid out
        (document,) = documents_of(label)
        assert_inert(document)
        return document.toPlainText()
    assert label.textFormat() == Qt.TextFormat.PlainText or not GuiQt.mightBeRichText(
        label.text()
    ), f"{label.objectName() or label}: {label.text()!r} would be read as rich text"
    return label.text()


def labels_and_tooltips_are_inert(top: QWidget) -> None:
    """Every label under ``top`` shows text as text; no tooltip could be rich text."""
    for widget in [top, *top.findChildren(QWidget)]:
        if isinstance(widget, QLabel):
            shown_text(widget)
        for document in documents_of(widget):
            assert_inert(document)
        tip = widget.toolTip()
        assert not tip or not GuiQt.mightBeRichText(tip), tip


def test_every_block_and_card_shows_the_markup_as_text(window: MainWindow) -> None:
    """The page draws plain text (a QTextLayout), never markup; it and its names are literal."""
    pane = window.reading_pane
    seen = set()
    for block in window.navigator.map.blocks:
        piece = pane.scrolled.piece(block.index)
        assert piece.layout.text().replace("\u2028", "\n") == block.text
        name = pane.objects.block(block.index).text(QAccessible.Text.Name)
        assert name.endswith(block.text.split("\n")[-1])
        seen.add(block.text)
    labels_and_tooltips_are_inert(window)
    assert {ALL, *MARKUP, f"<qt>{MARKUP[1]}", "&lt;b&gt;"} <= seen


def test_the_header_contents_title_and_status_are_literal(window: MainWindow) -> None:
    first, _ = window.reading_pane.scrolled.layout.layout(0)
    assert first.title is not None
    assert first.title.text().replace("\u2028", "\n") == f"<b>bold</b> 标题 <qt>\n{MARKUP[0]}"
    titles = [window.contents.title_of(window.contents.item_for(n)) for n in range(4)]
    assert titles == [MARKUP[2], "<b>bold</b>", "&lt;b&gt;", "Photos"]
    for number, title in enumerate(titles):
        item = window.contents.item_for(number)
        assert item.text(0).strip() == title
        assert item.data(0, Qt.ItemDataRole.AccessibleTextRole) == title
        assert item.data(0, Qt.ItemDataRole.ToolTipRole) is None
    window.navigator.go_to(window.navigator.map.sections[2].first_block, focus=False, jump=True)
    assert window.windowTitle() == "<b>bold</b> 标题 <qt>"
    assert "&lt;b&gt;" in shown_text(window.parts.status.label)


def test_messages_and_find_show_the_markup_as_text(qtbot: QtBot, window: MainWindow) -> None:
    window.navigator.go_to(window.navigator.map.sections[1].first_block, focus=False, jump=True)
    window.parts.navigation.where_am_i()
    live = window.announcer.live
    assert shown_text(live).startswith(f"{MARKUP[2]} › <b>bold</b>;")
    assert live.accessibleName() == live.text()

    window.parts.find.bar.open_bar()
    qtbot.keyClicks(window.parts.find.bar.field, "<b>bold</b>")
    chosen = window.reading_pane.selection()
    assert chosen is not None
    text = window.navigator.map.blocks[chosen.block].text
    assert text[chosen.start : chosen.end] == "<b>bold</b>"
    labels_and_tooltips_are_inert(window)


def test_the_figures_overview_and_chart_show_the_markup_as_text(
    window: MainWindow, hostile: Document
) -> None:
    dialog = FiguresDialog(hostile, window.parts.appearance.theme, window)
    model = dialog.proxy
    rows = [[model.index(r, c).data() for c in range(3)] for r in range(model.rowCount())]
    assert rows == [
        [f"5{UNIT}", MARKUP[0], MARKUP[2]],
        [f"7{UNIT}", MARKUP[2], MARKUP[2]],
        ["Photo", MARKUP[3], "Photos"],
    ]
    assert dialog.chart_choice.itemText(0) == f"Figures in {UNIT}"
    summary = f"Figures in {UNIT}: 2 figures, from 5{UNIT} ({MARKUP[0]}) to 7{UNIT} ({MARKUP[2]})."
    assert shown_text(dialog.summary) == summary
    assert dialog.chart.accessibleDescription() == summary
    assert dialog.chart.accessibleName() == f"{MARKUP[0]}: 5{UNIT}, 1 of 2"
    table = dialog.data_table
    items = [[table.item(r, c) for c in range(3)] for r in range(table.rowCount())]
    cells = [[item.text() if item is not None else None for item in row] for row in items]
    assert cells == [[MARKUP[0], f"5{UNIT}", MARKUP[2]], [MARKUP[2], f"7{UNIT}", MARKUP[2]]]
    labels_and_tooltips_are_inert(dialog)
    dialog.deleteLater()


def test_the_check_finds_markup_read_as_rich_text(qtbot: QtBot) -> None:
    # The checks above must fail where markup is rendered: an unescaped image
    # in a rich-text label, or markup in a label left to guess its format.
    rich = QLabel()
    qtbot.addWidget(rich)
    rich.setTextFormat(Qt.TextFormat.RichText)
    rich.setText(f"{MARKUP[0]}{MARKUP[2]}")
    with pytest.raises(AssertionError):
        shown_text(rich)
    guessing = QLabel(MARKUP[6])
    qtbot.addWidget(guessing)
    with pytest.raises(AssertionError, match="would be read as rich text"):
        shown_text(guessing)
    tipped = QWidget()
    qtbot.addWidget(tipped)
    tipped.setToolTip(MARKUP[6])
    with pytest.raises(AssertionError):
        labels_and_tooltips_are_inert(tipped)


def test_the_spoken_text_box_shows_the_markup_as_text(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    window.navigator.go_to(window.navigator.map.sections[2].first_block + 1, focus=False, jump=True)
    shown: list[str] = []

    def look(box: QMessageBox) -> int:
        label = box.findChild(QLabel, "qt_msgbox_label")
        assert label is not None
        shown.append(shown_text(label))
        labels_and_tooltips_are_inert(box)
        return 0

    monkeypatch.setattr(QMessageBox, "exec", look)
    window.speech.show_spoken_text()
    assert shown
    assert shown[0].startswith("Text: <qt>")
    assert MARKUP[1] in shown[0]


def test_the_review_has_no_markup_to_show(review_dir: Path) -> None:
    # The bundled review is shown by the same code; it holds none of this.
    text = (review_dir / "document.yaml").read_text("utf-8")
    assert "<" not in text
    assert "&" not in text
