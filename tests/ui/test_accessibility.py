"""What a screen reader is told about the text: roles, names and heading levels."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from viewer.reading.blocks import Kind
from viewer.ui.window.main_window import MainWindow


def describe(window: MainWindow) -> list[tuple[QAccessible.Role, str, str]]:
    found = []
    for view in window.reading_pane.views():
        interface = QAccessible.queryAccessibleInterface(view)
        assert interface is not None
        found.append(
            (
                interface.role(),
                interface.text(QAccessible.Text.Name),
                interface.text(QAccessible.Text.Description),
            )
        )
    return found


def test_headings_have_their_role_and_level(window: MainWindow) -> None:
    window.navigator.go_to_section("rehabilitation")
    described = describe(window)
    headings = [
        (name, level) for role, name, level in described if role == QAccessible.Role.Heading
    ]
    assert headings[:2] == [
        ("凝聚合力", "Heading level 1"),
        ("残疾人康复服务状况显著改善。", "Heading level 2"),
    ]


def test_paragraphs_list_items_figures_and_photos(window: MainWindow) -> None:
    window.navigator.go_to_section("plan-five-actions")
    roles = {
        view.block.kind: described[0]
        for view, described in zip(window.reading_pane.views(), describe(window), strict=True)
    }
    assert roles[Kind.PARAGRAPH] == QAccessible.Role.Paragraph
    assert roles[Kind.LIST_ITEM] == QAccessible.Role.ListItem
    window.navigator.go_to_section("rehabilitation")
    # A figure's name says the number in words; its description has it as printed.
    figures = [d for d in describe(window) if d[2].startswith("Figure")]
    assert figures[0][1:] == (
        "百分之九十七点五九 有康复需求的残疾人基本康复服务覆盖率",
        "Figure, 97.59%",
    )
    window.navigator.go_to(len(window.navigator.map.blocks) - 1)
    role, name, description = describe(window)[-2]
    assert role == QAccessible.Role.Graphic
    assert name.endswith("巴彦淖尔市乌拉特前旗重度残疾人入住残疾人托养中心。")
    assert description == "Photo without an image"
    # The credit line ends the document, a paragraph that screen readers read.
    assert describe(window)[-1] == (
        QAccessible.Role.Paragraph,
        "本版文图均由内蒙古自治区残联提供",
        "",
    )


def test_the_name_is_plain_text_without_markup(window: MainWindow) -> None:
    window.navigator.go_to_section("opening")
    view = window.reading_pane.views()[1]
    view.set_reading_range(0, 5)  # the read-aloud mark is markup in the label
    interface = QAccessible.queryAccessibleInterface(view)
    assert interface is not None
    assert interface.text(QAccessible.Text.Name) == view.block.text
    assert "<" not in interface.text(QAccessible.Text.Name)


def test_status_messages_are_said_without_moving_the_focus(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.navigator.go_to_section("education")
    focused = window.focusWidget()
    qtbot.keyClick(focused, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    live = QAccessible.queryAccessibleInterface(window.announcer.live)
    assert live is not None
    # Orca speaks a notification each time it is shown.
    assert live.role() == QAccessible.Role.Notification
    assert live.text(QAccessible.Text.Name).startswith(
        "凝聚合力 › 残疾人教育水平大幅度提高。; heading;"
    )
    assert window.announcer.live.isVisible()
    assert window.focusWidget() is focused
    window.parts.appearance.choose("dark")
    assert live.text(QAccessible.Text.Name) == "Theme: Dark."
    assert window.focusWidget() is focused


def test_each_block_offers_its_text_through_the_text_interface(window: MainWindow) -> None:
    window.navigator.go_to_section("opening")
    view = window.reading_pane.views()[1]
    interface = QAccessible.queryAccessibleInterface(view)
    assert interface is not None
    text = interface.textInterface()
    assert text is not None
    assert text.characterCount() == len(view.block.text)
    assert text.text(0, text.characterCount()) == view.block.text
    assert text.text(0, 6) == view.block.text[:6]
    text.setCursorPosition(4)
    assert text.cursorPosition() == 4
    assert text.selectionCount() == 0
    # Other interfaces stay Qt's own: a block offers actions but no value.
    assert interface.actionInterface() is not None
    assert interface.valueInterface() is None


def test_theme_and_size_changes_are_said_before_the_text_is_restyled(
    window: MainWindow,
) -> None:
    """Restyling floods a screen reader with events; Orca drops what comes just after."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    sheets_when_said: list[tuple[str, str]] = []
    window.parts.appearance.changed.connect(
        lambda message: sheets_when_said.append((message, app.styleSheet()))
    )
    before = app.styleSheet()
    window.parts.appearance.choose("dark")
    dark = app.styleSheet()
    window.parts.appearance.zoom(1)
    assert sheets_when_said == [("Theme: Dark.", before), ("Text size 110%.", dark)]
    assert app.styleSheet() not in (before, dark)


def test_the_mouse_still_selects_text(qtbot: QtBot, window: MainWindow) -> None:
    """The label's text control, handed to a quiet parent, still answers the mouse."""
    window.navigator.go_to_section("opening")
    view = window.reading_pane.views()[1]
    qtbot.mouseDClick(view, Qt.MouseButton.LeftButton, pos=QPoint(20, view.height() // 2))
    assert view.hasSelectedText()
    assert view.selectedText() in view.plain_text()
