"""Find, panes, Tab order, the shortcuts overview, and resuming after a restart."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings, Qt, QTimer
from PySide6.QtGui import QColor, QInputMethodEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QMenu, QWidget
from pytestqt.qtbot import QtBot

from tests.support import action, press
from viewer.reading.caret import TextRange, plain_text
from viewer.ui.commands.shortcuts_dialog import ShortcutsDialog
from viewer.ui.common.mnemonics import plain
from viewer.ui.common.settings_store import SettingsStore
from viewer.ui.window.main_window import MainWindow
from viewer.ui.window.main_window import MainWindow as _MainWindow

Opener = Callable[[], _MainWindow]

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def type_text(widget: QWidget, text: str) -> None:
    """Type text as an input method commits it, which is how Chinese is typed."""
    for char in text:
        event = QInputMethodEvent()
        event.setCommitString(char)
        QApplication.sendEvent(widget, event)


def selected_text(window: MainWindow) -> str:
    """What is selected in the page, as it would be copied."""
    pane = window.reading_pane
    assert pane.anchor is not None
    return plain_text(window.navigator.map, TextRange.between(pane.anchor, pane.caret))


def count_in_document(window: MainWindow, text: str) -> int:
    return sum(block.text.count(text) for block in window.navigator.map.blocks)


# Find -------------------------------------------------------------------------


def test_find_counts_moves_goes_and_closes(qtbot: QtBot, window: MainWindow) -> None:
    window.contents.setFocus()
    press(qtbot, Qt.Key.Key_F, CTRL)
    assert window.parts.find.bar.field.hasFocus()
    type_text(window.parts.find.bar.field, "康复机构")
    total = count_in_document(window, "康复机构")
    assert total >= 3
    assert window.parts.find.bar.count.text() == f"Match 1 of {total}"
    press(qtbot, Qt.Key.Key_F3)
    assert window.parts.find.bar.count.text() == f"Match 2 of {total}"
    # Said once, with the words found in their sentence; not as the field's description.
    assert window.announcer.message.startswith(f"Match 2 of {total}: ")
    assert "康复机构" in window.announcer.message
    assert window.parts.find.bar.field.accessibleDescription() == ""
    assert window.parts.find.bar.field.hasFocus()  # the focus stays in the field
    press(qtbot, Qt.Key.Key_F3, SHIFT)
    press(qtbot, Qt.Key.Key_F3, SHIFT)
    assert window.parts.find.bar.count.text() == f"Match {total} of {total}"  # wraps around
    press(qtbot, Qt.Key.Key_Return)
    assert window.focusWidget() is window.reading_pane
    assert selected_text(window) == "康复机构"
    press(qtbot, Qt.Key.Key_F, CTRL)
    press(qtbot, Qt.Key.Key_Escape)
    assert not window.parts.find.bar.isVisible()
    assert window.focusWidget() is window.reading_pane  # back where it was


def test_escape_returns_the_focus_to_where_it_was(qtbot: QtBot, window: MainWindow) -> None:
    window.contents.setFocus()
    press(qtbot, Qt.Key.Key_F, CTRL)
    type_text(window.parts.find.bar.field, "北疆")
    press(qtbot, Qt.Key.Key_Escape)
    assert window.contents.hasFocus()


def test_find_ignores_full_and_half_width(qtbot: QtBot, window: MainWindow) -> None:
    press(qtbot, Qt.Key.Key_F, CTRL)
    type_text(window.parts.find.bar.field, "１２３８５")
    assert window.parts.find.bar.count.text() == "Match 1 of 1"
    press(qtbot, Qt.Key.Key_Return)
    assert window.focusWidget() is window.reading_pane
    assert selected_text(window) == "12385"
    caret = window.reading_pane.caret
    assert window.navigator.map.section_of(caret.block).key == "legal-rights"


def test_escape_after_finding_elsewhere_focuses_the_match(qtbot: QtBot, window: MainWindow) -> None:
    window.navigator.go_to(0)
    reading_map = window.navigator.map
    first = reading_map.section_of(0).key
    press(qtbot, Qt.Key.Key_F, CTRL)
    type_text(window.parts.find.bar.field, "残疾人")
    while reading_map.section_of(window.navigator.position).key == first:
        press(qtbot, Qt.Key.Key_F3)  # matches shown from the field
    assert window.parts.find.bar.field.hasFocus()
    here = window.navigator.position
    press(qtbot, Qt.Key.Key_Escape)
    assert not window.parts.find.bar.isVisible()
    assert window.focusWidget() is window.reading_pane
    assert window.reading_pane.caret.block == window.navigator.position == here
    assert selected_text(window) == "残疾人"


def test_the_index_is_built_before_the_first_search(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.waitUntil(lambda: window.parts.find.index.ready, timeout=5000)
    press(qtbot, Qt.Key.Key_F, CTRL)
    type_text(window.parts.find.bar.field, "残疾人")
    assert window.parts.find.bar.count.text().endswith(f" of {count_in_document(window, '残疾人')}")


def test_find_says_when_nothing_matches(qtbot: QtBot, window: MainWindow) -> None:
    press(qtbot, Qt.Key.Key_F, CTRL)
    type_text(window.parts.find.bar.field, "不存在的词")
    assert window.parts.find.bar.count.text() == "No matches"
    assert window.announcer.message == "No matches"


def test_f3_without_a_search_opens_the_find_bar(qtbot: QtBot, window: MainWindow) -> None:
    press(qtbot, Qt.Key.Key_F3)
    assert window.parts.find.bar.field.hasFocus()


# Panes, Tab and focus -----------------------------------------------------------


def test_f6_cycles_the_panes(qtbot: QtBot, window: MainWindow) -> None:
    window.contents.setFocus()
    press(qtbot, Qt.Key.Key_F6)
    assert window.focusWidget() is window.reading_pane
    press(qtbot, Qt.Key.Key_F6)
    assert window.speech.player.read_button.hasFocus()
    press(qtbot, Qt.Key.Key_F6)
    assert window.contents.hasFocus()
    press(qtbot, Qt.Key.Key_F, CTRL)
    press(qtbot, Qt.Key.Key_F6)
    assert window.speech.player.read_button.hasFocus()
    press(qtbot, Qt.Key.Key_F6)
    assert window.contents.hasFocus()
    press(qtbot, Qt.Key.Key_F6, SHIFT)
    assert window.speech.player.read_button.hasFocus()
    press(qtbot, Qt.Key.Key_F6, SHIFT)
    assert window.parts.find.bar.field.hasFocus()
    press(qtbot, Qt.Key.Key_F6, SHIFT)
    assert window.focusWidget() is window.reading_pane


def tab_cycle(qtbot: QtBot, window: MainWindow, key: Qt.Key) -> list[QWidget]:
    start = window.focusWidget()
    assert start is not None
    seen: list[QWidget] = []
    for _ in range(40):
        press(qtbot, key)
        widget = window.focusWidget()
        assert widget is not None
        assert widget.isVisible()
        if widget is start:
            return seen
        seen.append(widget)
    raise AssertionError(f"Tab never came back to {start!r}: {seen!r}")


def test_tab_visits_every_pane_in_order_and_comes_back(qtbot: QtBot, window: MainWindow) -> None:
    window.contents.setFocus()
    forward = tab_cycle(qtbot, window, Qt.Key.Key_Tab)
    assert forward[0] is window.reading_pane
    # Then the player bar: its enabled buttons, the speed, the loudness and the highlight.
    player = window.speech.player
    assert forward[1:] == [player.read_button, player.rate, player.volume, player.highlight]
    press(qtbot, Qt.Key.Key_F, CTRL)
    type_text(window.parts.find.bar.field, "北疆")
    window.contents.setFocus()
    forward = tab_cycle(qtbot, window, Qt.Key.Key_Tab)
    names = [w.objectName() for w in forward]
    assert forward[0] is window.reading_pane
    assert "findField" in names
    backward = tab_cycle(qtbot, window, Qt.Key.Key_Backtab)
    assert backward == list(reversed(forward))


def test_focus_is_always_visible_on_a_block(window: MainWindow) -> None:
    window.navigator.go_to_section("education")
    pane = window.reading_pane
    assert window.focusWidget() is pane
    image = pane.viewport().grab().toImage()
    rect = pane.scrolled.block_rect(pane.caret.block)
    ring = QColor(window.parts.appearance.theme["focus_ring"]).rgb() & 0xFFFFFF
    border = {
        image.pixel(x, rect.top() + 1) & 0xFFFFFF for x in range(rect.left() + 8, rect.right() - 8)
    }
    assert border == {ring}


# The keys themselves --------------------------------------------------------------


def all_shortcuts(window: MainWindow) -> list[QKeySequence]:
    return [key for command in window.commands.actions() for key in command.shortcuts()]


def test_no_single_character_keys_and_none_of_the_screen_readers(window: MainWindow) -> None:
    for sequence in all_shortcuts(window):
        combo = sequence[0]  # type: ignore[index]  # PySide6's stubs lack __getitem__
        key, modifiers = combo.key(), combo.keyboardModifiers()
        assert modifiers & Qt.KeyboardModifier.KeypadModifier == Qt.KeyboardModifier.NoModifier
        assert key not in (Qt.Key.Key_Insert, Qt.Key.Key_CapsLock)
        is_function_key = Qt.Key.Key_F1.value <= key.value <= Qt.Key.Key_F35.value
        # Dedicated media keys are single keys, but they are not characters.
        is_media_key = key in (Qt.Key.Key_MediaPlay, Qt.Key.Key_MediaStop)
        has_modifier = bool(modifiers & (CTRL | Qt.KeyboardModifier.AltModifier))
        assert is_function_key or is_media_key or has_modifier, sequence.toString()


def test_no_two_commands_share_a_key(window: MainWindow) -> None:
    keys = [k.toString() for k in all_shortcuts(window)]
    assert len(keys) == len(set(keys))


def cell(dialog: ShortcutsDialog, row: int, column: int) -> str:
    item = dialog.table.item(row, column)
    assert item is not None
    return item.text()


def test_shortcuts_overview_lists_every_bound_key(qtbot: QtBot, window: MainWindow) -> None:
    shown: list[ShortcutsDialog] = []

    def look() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, ShortcutsDialog)
        shown.append(dialog)
        qtbot.keyClick(dialog.table, Qt.Key.Key_Escape)

    QTimer.singleShot(0, look)
    press(qtbot, Qt.Key.Key_F1)
    (dialog,) = shown
    rows = {cell(dialog, r, 0): cell(dialog, r, 1) for r in range(dialog.table.rowCount())}
    listed = [c for c in window.commands.commands if c.overview]
    for command in listed:
        text = plain(command.text)
        assert text in rows, command.name
        for key in command.keys:
            assert key.toString(QKeySequence.SequenceFormat.NativeText) in rows[text]
    assert rows["Word by word (in the text)"] == "Ctrl+Left, Ctrl+Right"
    assert rows["Line by line (in the text)"] == "Up, Down"
    assert rows["Move between the contents, text and find bar"] == "Tab, Shift+Tab"
    # And the keys of the panes that are not commands: the six of the caret in
    # the text, Enter in the contents and in the find bar, Escape, and Tab.
    assert len(rows) == len(listed) + 10


def in_menu(menu: QMenu) -> set[str]:
    """The object names of the actions in ``menu`` and its submenus."""
    found: set[str] = set()
    for item in menu.actions():
        submenu = item.menu()
        found |= in_menu(submenu) if isinstance(submenu, QMenu) else {item.objectName()}
    return found


def test_every_action_is_in_a_menu(window: MainWindow) -> None:
    in_menus: set[str] = set()
    for menu_action in window.menuBar().actions():
        menu = menu_action.menu()
        assert isinstance(menu, QMenu)
        in_menus |= in_menu(menu)
    assert {a.objectName() for a in window.commands.actions()} <= in_menus
    assert all("&" in a.text() for a in window.menuBar().actions())


# Resume ---------------------------------------------------------------------------


def test_reopens_where_the_reader_left_off(qtbot: QtBot, open_window: Opener) -> None:
    first = open_window()
    first.navigator.go_to_section("employment")
    qtbot.keyClick(first.focusWidget(), Qt.Key.Key_Down)
    qtbot.keyClick(first.focusWidget(), Qt.Key.Key_4, CTRL)
    place = first.navigator.position
    first.resize(700, 500)  # within the offscreen screen (800x600)
    size = (first.width(), first.height())
    first.close()

    second = open_window()
    assert second.navigator.position == place
    assert second.navigator.map.section_of(second.navigator.position).key == "employment"
    assert action(second, "unit-figure").isChecked()
    assert second.settings.get("window/geometry") != b""
    second.restoreGeometry(QByteArray(second.settings.get("window/geometry")))
    assert (second.width(), second.height()) == size


def test_a_damaged_settings_file_gives_defaults_and_a_message(
    open_window: Opener, settings_path: Path
) -> None:
    settings_path.write_bytes(
        b"\x00\xff[position]\nblock=lots\nsection=\x01\x02\n[reading]\nunit=9\n"
    )
    window = open_window()
    assert window.navigator.position == 0
    assert window.navigator.unit.value == "paragraph"
    assert window.settings.problems
    assert window.announcer.message in window.settings.problems


def test_settings_stored_where_a_folder_is_are_kept_aside(tmp_path: Path) -> None:
    path = tmp_path / "viewer.ini"
    path.mkdir()
    store = SettingsStore(path)
    assert (tmp_path / "viewer.ini.damaged").is_dir()
    assert store.problems
    store.set("position/block", 3)
    assert store.sync()
    assert int(QSettings(str(path), QSettings.Format.IniFormat).value("position/block")) == 3
