"""What a screen reader is told about the text: the page, its blocks, lists, levels and flow."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAccessible, QAccessibleInterface
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from viewer.reading.blocks import Kind
from viewer.reading.caret import Place
from viewer.ui.window.main_window import MainWindow

LEVEL = QAccessible.Attribute.Level


def page(window: MainWindow) -> QAccessibleInterface:
    interface = QAccessible.queryAccessibleInterface(window.reading_pane)
    assert interface is not None
    return interface


def blocks_of(window: MainWindow, section: str) -> list[QAccessibleInterface]:
    """The objects of a section's blocks, found from the page as a screen reader finds them."""
    reading_map = window.navigator.map
    entry = reading_map.sections[reading_map.section_index(section)]
    found = []
    top = page(window)
    for number in range(top.childCount()):
        child = top.child(number)
        assert child is not None
        children = [child.child(i) for i in range(child.childCount())] or [child]
        for block in children:
            assert block is not None
            if entry.first_block <= block_index(block) < entry.end_block:
                found.append(block)
    return found


def block_index(interface: QAccessibleInterface) -> int:
    index = getattr(interface, "index", None)
    assert isinstance(index, int)
    return index


def test_the_page_is_a_document_of_every_block_in_reading_order(window: MainWindow) -> None:
    top = page(window)
    assert top.role() == QAccessible.Role.Document
    assert top.text(QAccessible.Text.Name) == "Text"
    order: list[int] = []
    for number in range(top.childCount()):
        child = top.child(number)
        assert child is not None
        assert child.parent() is not None
        assert top.indexOfChild(child) == number
        items = [child.child(i) for i in range(child.childCount())]
        order.extend(block_index(item) for item in items if item is not None)
        if not items:
            order.append(block_index(child))
    assert order == list(range(len(window.navigator.map.blocks)))


def test_headings_have_their_role_and_their_level(window: MainWindow) -> None:
    objects = window.reading_pane.objects
    headings = [
        (b.text(QAccessible.Text.Name), objects.block(block_index(b)).attributeValue(LEVEL))
        for b in blocks_of(window, "joint-effort")
        if b.role() == QAccessible.Role.Heading
    ]
    assert headings[:2] == [("凝聚合力", 1), ("残疾人康复服务状况显著改善。", 2)]


def test_a_list_is_a_list_of_its_items(window: MainWindow) -> None:
    top = page(window)
    lists = [top.child(n) for n in range(top.childCount())]
    first = next(c for c in lists if c is not None and c.role() == QAccessible.Role.List)
    assert first.childCount() == 3
    item = first.child(0)
    assert item is not None
    assert item.role() == QAccessible.Role.ListItem
    assert item.text(QAccessible.Text.Name) == "巩固拓展残疾人脱贫攻坚成果与乡村振兴有效衔接"
    assert first.indexOfChild(item) == 0
    parent = item.parent()
    assert parent is not None
    assert parent.role() == QAccessible.Role.List
    # No name of its own: a screen reader says "list with 3 items".
    assert first.text(QAccessible.Text.Name) == ""


def test_paragraphs_figures_photos_and_the_credit_say_what_they_are(window: MainWindow) -> None:
    described = [
        (b.role(), b.text(QAccessible.Text.Name), b.text(QAccessible.Text.Description))
        for b in blocks_of(window, "rehabilitation")
    ]
    assert described[1][0] == QAccessible.Role.Paragraph
    assert described[1][2] == ""
    # A figure's name says the number in words; its text has it as printed.
    assert described[2] == (
        QAccessible.Role.Paragraph,
        "百分之九十七点五九 有康复需求的残疾人基本康复服务覆盖率",
        "Figure",
    )
    figure = blocks_of(window, "rehabilitation")[2].textInterface()
    assert figure.text(0, figure.characterCount()) == "97.59%\n有康复需求的残疾人基本康复服务覆盖率"
    last = len(window.navigator.map.blocks) - 1
    photo = window.reading_pane.objects.block(last - 1)
    assert photo.role() == QAccessible.Role.Paragraph
    assert photo.text(QAccessible.Text.Name) == "巴彦淖尔市乌拉特前旗重度残疾人入住残疾人托养中心。"
    assert photo.text(QAccessible.Text.Description) == "Photo without an image"
    credit = window.reading_pane.objects.block(last)
    assert (credit.role(), credit.text(QAccessible.Text.Name)) == (
        QAccessible.Role.Paragraph,
        "本版文图均由内蒙古自治区残联提供",
    )


def test_each_block_flows_to_the_next_to_the_end_of_the_document(window: MainWindow) -> None:
    objects = window.reading_pane.objects
    last = len(window.navigator.map.blocks) - 1
    for index in (0, 17, last - 1):
        # Qt reads each pair as "the other object relates to this one".
        relations = objects.block(index).relations(QAccessible.RelationFlag.FlowsFrom)
        assert [(block_index(other), kind) for other, kind in relations] == [
            (index + 1, QAccessible.RelationFlag.FlowsFrom)
        ]
    assert objects.block(last).relations(QAccessible.RelationFlag.FlowsFrom) == []
    assert objects.block(0).relations(QAccessible.RelationFlag.FlowsTo) == []


def test_blocks_are_never_called_read_only_or_focusable(qtbot: QtBot, window: MainWindow) -> None:
    window.navigator.go_to_section("opening")
    pane = window.reading_pane
    pane.focus_current()
    qtbot.waitUntil(pane.hasFocus)
    here = pane.objects.block(pane.caret.block)
    state = here.state()
    assert state.focused
    assert not state.focusable
    assert not state.readOnly
    assert not pane.objects.block(pane.caret.block + 1).state().focused
    assert page(window).focusChild() is here


def test_each_block_offers_its_text_and_its_caret(window: MainWindow) -> None:
    window.navigator.go_to_section("opening")
    pane = window.reading_pane
    index = pane.caret.block + 1
    block = window.navigator.map.blocks[index]
    text = pane.objects.block(index).textInterface()
    assert text.characterCount() == len(block.text)
    assert text.text(0, text.characterCount()) == block.text
    assert text.text(0, 6) == block.text[:6]
    # A screen reader's Say All stopping there puts the caret there.
    text.setCursorPosition(4)
    assert pane.caret == Place(index, 4)
    assert text.cursorPosition() == 4
    assert window.navigator.position == index
    assert text.selectionCount() == 0
    assert pane.objects.block(index).valueInterface() is None


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


def test_theme_and_size_changes_are_said_before_the_text_is_restyled(
    window: MainWindow,
) -> None:
    """Restyling floods a screen reader with events; Orca drops what comes just after."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    looks_when_said: list[tuple[str, str, float]] = []

    def looks() -> tuple[str, float]:
        return app.palette().base().color().name(), app.font().pointSizeF()

    window.parts.appearance.changed.connect(
        lambda message: looks_when_said.append((message, *looks()))
    )
    before = looks()
    window.parts.appearance.choose("dark")
    dark = looks()
    window.parts.appearance.zoom(1)
    assert looks_when_said == [("Theme: Dark.", *before), ("Text size 110%.", *dark)]
    assert dark[0] != before[0]
    assert looks()[1] > dark[1]


def test_the_mouse_puts_the_caret_and_selects(qtbot: QtBot, window: MainWindow) -> None:
    window.navigator.go_to_section("opening")
    pane = window.reading_pane
    index = pane.caret.block + 1
    rect = pane.scrolled.block_rect(index)
    start = QPoint(rect.left() + 40, rect.top() + rect.height() // 2)
    qtbot.mouseClick(pane.viewport(), Qt.MouseButton.LeftButton, pos=start)
    assert pane.caret.block == index
    assert window.navigator.position == index
    qtbot.mouseDClick(pane.viewport(), Qt.MouseButton.LeftButton, pos=start)
    chosen = pane.selection()
    assert chosen is not None
    assert chosen.end > chosen.start
    text = window.navigator.map.blocks[index].text
    assert window.navigator.map.blocks[index].kind is Kind.PARAGRAPH
    assert text[chosen.start : chosen.end].strip()


def test_what_a_screen_reader_reads_is_brought_into_view(qtbot: QtBot, window: MainWindow) -> None:
    """Orca's Say All asks each block for its text as it reads on, and moves no caret."""
    pane = window.reading_pane
    far = len(window.navigator.map.blocks) - 3
    text = pane.objects.block(far).textInterface()
    text.text(0, text.characterCount())

    def in_view() -> bool:
        pane.viewport().repaint()
        rect = pane.scrolled.block_rect(far)
        return rect.top() >= 0 and rect.bottom() <= pane.viewport().height()

    qtbot.waitUntil(in_view, timeout=2000)
    assert pane.caret.block == 0  # the place being read is where Say All stops, not before
