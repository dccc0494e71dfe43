"""The first window, driven by the keyboard on the offscreen platform."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from viewer.content import Document, load_document
from viewer.ui.i18n import install_translators
from viewer.ui.main_window import PHOTOS_KEY, MainWindow


@pytest.fixture
def window(qtbot: QtBot, review: Document) -> MainWindow:
    win = MainWindow(review)
    qtbot.addWidget(win)
    win.resize(1000, 700)
    win.show()
    qtbot.waitExposed(win)
    return win


def focus(qtbot: QtBot, widget: object) -> None:
    from PySide6.QtWidgets import QWidget

    assert isinstance(widget, QWidget)
    widget.setFocus()
    qtbot.waitUntil(widget.hasFocus)


def test_opens_at_the_first_section_with_title_contents_and_text(window: MainWindow) -> None:
    assert window.windowTitle() == "总体思路 — 大爱北疆 温暖前行"
    assert window.contents.topLevelItemCount() == 7  # six parts and the photos
    text = window.reading_pane.toPlainText()
    assert text.startswith("总体思路\n未来五年全区残疾人工作的总体思路是")
    assert "巩固拓展残疾人脱贫攻坚成果与乡村振兴有效衔接" in text
    assert window.statusBar().currentMessage() == "Section 1 of 19: 总体思路"


def test_arrow_keys_in_the_contents_change_the_section(qtbot: QtBot, window: MainWindow) -> None:
    focus(qtbot, window.contents)
    qtbot.keyClick(window.contents, Qt.Key.Key_Down)
    assert window.current_key == "plan-three-priorities"
    assert window.reading_pane.toPlainText().startswith(
        "突出“三项重点”\n着力完善残疾人社会保障制度"
    )
    assert window.windowTitle() == "突出“三项重点” — 大爱北疆 温暖前行"
    assert window.statusBar().currentMessage() == "Section 2 of 19: 突出“三项重点”"


def test_a_section_shows_its_figures(window: MainWindow) -> None:
    window.show_section("rehabilitation")
    text = window.reading_pane.toPlainText()
    assert "健康是幸福生活的基础" in text
    for printed in ("97.59%", "41.48万余人次", "293个", "7200人", "99.02%"):
        assert f"{printed} — " in text


def test_end_reaches_the_described_photos(qtbot: QtBot, window: MainWindow) -> None:
    focus(qtbot, window.contents)
    qtbot.keyClick(window.contents, Qt.Key.Key_End)
    assert window.current_key == PHOTOS_KEY
    text = window.reading_pane.toPlainText()
    assert text.count("Photo (no image available): ") == 7
    assert "呼和浩特市视障人士体验冰上保龄球项目。" in text
    assert "（本版文图均由内蒙古自治区残联提供）" in text


def test_enter_in_the_contents_moves_to_the_text(qtbot: QtBot, window: MainWindow) -> None:
    focus(qtbot, window.contents)
    qtbot.keyClick(window.contents, Qt.Key.Key_Return)
    qtbot.waitUntil(window.reading_pane.hasFocus)


def test_tab_moves_between_contents_and_text_and_back(qtbot: QtBot, window: MainWindow) -> None:
    focus(qtbot, window.contents)
    qtbot.keyClick(window.contents, Qt.Key.Key_Tab)
    qtbot.waitUntil(window.reading_pane.hasFocus)
    qtbot.keyClick(window.reading_pane, Qt.Key.Key_Tab)
    qtbot.waitUntil(window.contents.hasFocus)
    qtbot.keyClick(window.contents, Qt.Key.Key_Backtab)
    qtbot.waitUntil(window.reading_pane.hasFocus)


def test_markup_in_content_is_shown_as_text(qtbot: QtBot, content_copy: Path) -> None:
    path = content_copy / "document.yaml"
    hostile = '<img src="file:///etc/passwd"><b>粗</b>&amp;'
    path.write_text(
        path.read_text("utf-8").replace("heading: 兜底补短", f"heading: '{hostile}'"), "utf-8"
    )
    win = MainWindow(load_document(content_copy))
    qtbot.addWidget(win)
    win.show_section("safety-net")
    assert win.reading_pane.toPlainText().startswith(hostile)
    item = win.contents.currentItem()
    assert item is not None
    assert item.text(0) == hostile


@pytest.fixture
def chinese(qapp: QApplication) -> Iterator[None]:
    translators = install_translators(qapp, "zh_CN")
    yield
    for translator in translators:
        qapp.removeTranslator(translator)


@pytest.mark.usefixtures("chinese")
def test_the_interface_speaks_chinese(qtbot: QtBot, review: Document) -> None:
    win = MainWindow(review)
    qtbot.addWidget(win)
    assert QCoreApplication.translate("MainWindow", "Contents") == "目录"
    assert win.contents.accessibleName() == "目录"
    assert [a.text() for a in win.menuBar().actions()] == ["文件(&F)"]
    assert win.statusBar().currentMessage() == "第 1 部分，共 19 部分：总体思路"


def test_screenshot_renders_the_window_without_a_display(tmp_path: Path) -> None:
    out = tmp_path / "shot.png"
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "viewer",
            "--screenshot",
            str(out),
            "--section",
            "rehabilitation",
            "--size",
            "900x600",
        ],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    image = QImage(str(out))
    assert (image.width(), image.height()) == (900, 600)
    colours = {image.pixel(x, y) for x in range(0, 900, 7) for y in range(0, 600, 7)}
    assert len(colours) > 20  # text was drawn, not a blank window


def test_screenshot_to_an_unwritable_place_fails_clearly(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "viewer", "--screenshot", str(tmp_path / "no" / "dir" / "x.png")],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 1
    assert "cannot write the screenshot" in result.stderr
