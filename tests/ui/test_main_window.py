"""The window as a whole: what it shows, in which language, and its screenshots."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAccessible, QImage
from PySide6.QtWidgets import QApplication, QTabBar, QTreeWidgetItem, QWidget

from tests.support import run_viewer, shown_texts
from viewer.content import Document, load_document
from viewer.reading.blocks import Kind
from viewer.ui.common.i18n import install_translators
from viewer.ui.figures.figures_dialog import FiguresDialog
from viewer.ui.window.main_window import MainWindow

Opener = Callable[..., MainWindow]


def page_texts(window: MainWindow, section: str | None = None) -> list[str]:
    """What the page shows of ``section`` (that of the place being read if None)."""
    reading_map = window.navigator.map
    entry = (
        reading_map.section_of(window.navigator.position)
        if section is None
        else reading_map.sections[reading_map.section_index(section)]
    )
    return shown_texts(window.reading_pane, entry.first_block, entry.end_block)


def test_contents_hold_every_section_and_the_photos(window: MainWindow, review: Document) -> None:
    contents = window.contents
    rows = [contents.topLevelItem(row) for row in range(contents.topLevelItemCount())]
    titles = [
        (contents.title_of(item), contents.level_of(item)) for item in rows if item is not None
    ]
    parts = sum(len(section.subsections) for section in review.sections)
    assert len(titles) == len(review.sections) + parts + 1
    # Parts follow their section, one level down; the photos come last.
    at = titles.index(("凝聚合力", 1))
    assert titles[at + 1] == ("残疾人康复服务状况显著改善。", 2)
    assert titles[-1] == ("Photos", 1)


def test_parts_are_shown_indented_under_their_section(window: MainWindow) -> None:
    contents = window.contents
    section, part = contents.item_for(7), contents.item_for(8)
    assert (section.text(0), contents.level_of(section)) == ("凝聚合力", 1)
    assert part.text(0) == "\u3000残疾人康复服务状况显著改善。"  # shown indented
    assert contents.title_of(part) == "残疾人康复服务状况显著改善。"  # said without
    assert contents.level_of(part) == 2
    image = contents.viewport().grab().toImage()
    background = image.pixelColor(image.width() - 1, 0)

    def first_ink(item: QTreeWidgetItem) -> int:
        y = contents.visualItemRect(item).center().y()
        return next(x for x in range(image.width()) if image.pixelColor(x, y) != background)

    indent = contents.fontMetrics().horizontalAdvance("\u3000")
    assert first_ink(part) >= first_ink(section) + indent // 2


def test_a_page_shows_headings_text_lists_and_figures(window: MainWindow) -> None:
    texts = page_texts(window, "joint-effort")
    assert texts[:3] == ["凝聚合力", "织就幸福生活保障网", texts[2]]
    assert texts[2].startswith("按照自治区残联七代会")
    # A figure's card: the number as printed, then what it counts, on a line of its own.
    assert "97.59%\n有康复需求的残疾人基本康复服务覆盖率" in texts
    for printed in ("41.48万余人次", "293个", "7200人", "99.02%"):
        assert any(t.startswith(f"{printed}\n") for t in texts)
    reading_map = window.navigator.map
    entry = reading_map.sections[reading_map.section_index("plan")]
    kinds = [b.kind for b in reading_map.blocks[entry.first_block : entry.end_block]]
    assert kinds.count(Kind.LIST_ITEM) == 18
    assert sum(t.startswith("• ") for t in page_texts(window, "plan")) == 18


def test_photos_are_described_not_shown(window: MainWindow, review: Document) -> None:
    window.navigator.go_to(len(window.navigator.map.blocks) - 1)
    texts = page_texts(window)
    assert texts[0] == "Photos"
    # The note is drawn beside the caption, not part of its text (nor copied).
    assert texts[1:-1] == [f"Photo (no image available): {p.alt}" for p in review.photos]
    assert window.navigator.map.blocks[-2].text == review.photos[-1].alt
    assert texts[-1] == review.credit  # the credit line ends the document


def test_markup_in_content_is_shown_as_text(content_copy: Path, open_window: Opener) -> None:
    path = content_copy / "document.yaml"
    hostile = '<img src="file:///etc/passwd"><b>粗</b>&amp;'
    path.write_text(
        path.read_text("utf-8").replace("heading: 兜底补短", f"heading: '{hostile}'"), "utf-8"
    )
    window = open_window(document=load_document(content_copy))
    window.navigator.go_to_section("safety-net")
    assert page_texts(window)[0] == hostile
    item = window.contents.currentItem()
    assert item is not None
    assert item.text(0) == hostile


@pytest.fixture
def chinese(qapp: QApplication) -> Iterator[None]:
    translators = install_translators(qapp, "zh_CN")
    yield
    for translator in translators:
        qapp.removeTranslator(translator)


@pytest.mark.usefixtures("chinese")
def test_the_interface_speaks_chinese(window: MainWindow) -> None:
    assert QCoreApplication.translate("ContentsTree", "Contents") == "目录"
    assert window.contents.accessibleName() == "目录"
    menus = [a.text() for a in window.menuBar().actions()]
    assert menus == [
        "文件(&F)",
        "编辑(&E)",
        "转到(&G)",
        "查找(&I)",
        "朗读(&R)",
        "视图(&V)",
        "帮助(&H)",
    ]
    assert window.parts.status.label.text() == "第 1 部分，共 19 部分：总体思路 · 0%"


#: A name that still holds an access key: "(A)" after Chinese, or an "&".
ACCESS_KEY = re.compile(r"\([A-Z]\)|&")


def names_of(top: QWidget) -> list[str]:
    """The accessible name of every widget under ``top``, as a screen reader gets it."""
    names = []
    for widget in [top, *top.findChildren(QWidget)]:
        interface = QAccessible.queryAccessibleInterface(widget)
        if interface is not None:
            names.append(interface.text(QAccessible.Text.Name))
        if isinstance(widget, QTabBar):
            names.extend(widget.accessibleTabName(i) for i in range(widget.count()))
    return names


@pytest.mark.usefixtures("chinese")
def test_no_access_key_letters_are_read_out(window: MainWindow, review: Document) -> None:
    player = window.speech.player
    assert player.read_button.text() == "朗读(&A)"
    names = names_of(window)
    assert "朗读" in names
    assert not [n for n in names if ACCESS_KEY.search(n)]
    dialog = FiguresDialog(review, window.parts.appearance.theme, window)
    dialog.show()
    names = names_of(dialog)
    assert "全部数据" in names
    assert not [n for n in names if ACCESS_KEY.search(n)]
    dialog.close()


def test_screenshot_renders_the_window_without_a_display(tmp_path: Path) -> None:
    out = tmp_path / "shot.png"
    result = run_viewer(
        "--screenshot", str(out), "--section", "rehabilitation", "--size", "900x600"
    )
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    image = QImage(str(out))
    assert (image.width(), image.height()) == (900, 600)
    colours = {image.pixel(x, y) for x in range(0, 900, 7) for y in range(0, 600, 7)}
    assert len(colours) > 20  # text was drawn, not a blank window


def test_screenshot_to_an_unwritable_place_fails_clearly(tmp_path: Path) -> None:
    result = run_viewer("--screenshot", str(tmp_path / "no" / "dir" / "x.png"))
    assert result.returncode == 1
    assert "cannot write the screenshot" in result.stderr
