"""No two items of a menu share an access key, nor any two things Alt reaches in one window.

In each language: every menu's items (submenus too); then, in the main window,
the menu bar's titles, every labelled field, button, check box, radio button,
group box and tab, shown or hidden (the find bar, the player bar, the Pause
button as Resume), and the commands bound to Alt and a letter; then each dialog
the viewer opens, on its own. A dialog's standard buttons are also checked with
the access keys GNOME gives them ("&Close"), which the offscreen platform does not.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QLabel,
    QMenu,
    QTabBar,
    QWidget,
)
from pytestqt.qtbot import QtBot

from tests.support import action, press
from viewer.ui.commands.command import Menu
from viewer.ui.common.i18n import install_translators
from viewer.ui.speech.speech_services import State
from viewer.ui.window.main_window import MainWindow

Opener = Callable[..., MainWindow]

#: The commands that open a dialog of the viewer's own.
DIALOGS = (
    "text-settings",
    "show-figures",
    "show-shortcuts",
    "choose-voice",
    "go-to-section",
    "show-spoken-text",
)
Button = QDialogButtonBox.StandardButton
#: What GNOME's platform theme calls the standard buttons (Qt's QGnomeTheme).
GNOME_BUTTONS = {
    Button.Ok: "&OK",
    Button.Save: "&Save",
    Button.Cancel: "&Cancel",
    Button.Close: "&Close",
}

#: Who holds a key (one control, one tab, one menu item), and its text.
Holder = tuple[str, str]


def access_key(text: str) -> str:
    """The key Alt goes with for ``text`` ("V" for "&View" and for "视图(&V)"), or ""."""
    key = QKeySequence.mnemonic(text).toString(QKeySequence.SequenceFormat.PortableText)
    return key.removeprefix("Alt+").upper()


def clashes(holders: dict[str, set[Holder]]) -> dict[str, list[Holder]]:
    """The keys held by more than one holder, with their holders."""
    by_key: dict[str, set[Holder]] = defaultdict(set)
    for who, found in holders.items():
        for key, text in found:
            if key:
                by_key[key].add((who, text))
    return {
        key: sorted(found)
        for key, found in sorted(by_key.items())
        if len({who for who, _ in found}) > 1
    }


def menu_clashes(menu: QMenu, path: str) -> dict[str, dict[str, list[Holder]]]:
    """The clashes inside ``menu`` and each of its submenus, by the menu's path."""
    holders: dict[str, set[Holder]] = {}
    found: dict[str, dict[str, list[Holder]]] = {}
    for number, item in enumerate(menu.actions()):
        if item.isSeparator():
            continue
        holders[f"{number}:{item.objectName()}"] = {(access_key(item.text()), item.text())}
        submenu = item.menu()
        if isinstance(submenu, QMenu):
            found |= menu_clashes(submenu, f"{path} › {item.text()}")
    if clash := clashes(holders):
        found[path] = clash
    return found


def control_keys(top: QWidget, holders: dict[str, set[Holder]]) -> None:
    """Add the access keys of every control of the window ``top`` to ``holders``."""
    for widget in [top, *top.findChildren(QWidget)]:
        if widget.window() is not top:  # a dialog, a window of its own
            continue
        who = f"{type(widget).__name__}:{widget.objectName() or id(widget)}"
        for where, text in texts_of(widget):
            holders.setdefault(f"{who}{where}", set()).add((access_key(text), text))


def texts_of(widget: QWidget) -> list[tuple[str, str]]:
    """The texts of ``widget`` that may carry an access key, each with where it is in it."""
    if isinstance(widget, QAbstractButton):
        return [("", widget.text())]
    if isinstance(widget, QGroupBox):
        return [("", widget.title())]
    if isinstance(widget, QLabel) and widget.buddy() is not None:
        return [("", widget.text())]
    if isinstance(widget, QTabBar):
        return [(f":tab{tab}", widget.tabText(tab)) for tab in range(widget.count())]
    if isinstance(widget, QDialogButtonBox):
        gnome = [(GNOME_BUTTONS.get(widget.standardButton(b)), id(b)) for b in widget.buttons()]
        return [
            (f":gnome{button}", QCoreApplication.translate("QGnomeTheme", text))
            for text, button in gnome
            if text is not None
        ]
    return []


def window_holders(window: MainWindow) -> dict[str, set[Holder]]:
    """Everything Alt and a letter reaches in the main window."""
    holders: dict[str, set[Holder]] = {}
    for title in window.menuBar().actions():
        holders[f"menu:{title.text()}"] = {(access_key(title.text()), title.text())}
    player = window.speech.player
    for state in (State.IDLE, State.PAUSED):  # Pause, then Resume, on one button
        player.show_state(state)
        control_keys(window, holders)
    player.show_state(State.IDLE)
    for command in window.commands.commands:
        for key in command.keys:
            named = key.toString(QKeySequence.SequenceFormat.PortableText)
            if named.startswith("Alt+") and len(named) == len("Alt+X"):
                holders[f"command:{command.name}"] = {(named[-1], named)}
    return holders


def dialog_holders(qtbot: QtBot, window: MainWindow, command: str) -> dict[str, set[Holder]]:
    """Open the dialog of ``command``, take its access keys, and close it."""
    holders: dict[str, set[Holder]] = {}
    seen: list[QWidget] = []

    def look() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, QDialog) and not seen:
            seen.append(dialog)
            control_keys(dialog, holders)
            dialog.reject()

    looking = QTimer()
    looking.timeout.connect(look)
    looking.start(20)
    action(window, command).trigger()
    qtbot.waitUntil(lambda: bool(seen), timeout=10_000)
    looking.stop()
    return holders


@pytest.fixture(params=["en", "zh_CN"])
def language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    """The interface's language, installed as the application installs it."""
    locale = QLocale()
    translators = install_translators(qapp, request.param)
    yield request.param
    for translator in translators:
        qapp.removeTranslator(translator)
    QLocale.setDefault(locale)


def test_no_two_items_of_a_menu_share_an_access_key(open_window: Opener, language: str) -> None:
    window = open_window(language=language)
    found: dict[str, dict[str, list[Holder]]] = {}
    for title in window.menuBar().actions():
        menu = title.menu()
        assert isinstance(menu, QMenu)
        found |= menu_clashes(menu, title.text())
    assert found == {}


def test_no_menu_title_and_control_of_the_window_share_an_access_key(
    open_window: Opener, language: str
) -> None:
    window = open_window(language=language)
    holders = window_holders(window)
    shown = {text for found in holders.values() for _, text in found}
    # The menus, the find bar and the player bar are all there, Resume too.
    if language == "zh_CN":
        expected = ("文件(&F)", "视图(&V)", "查找(&D)：", "暂停(&P)", "继续(&U)")
    else:
        expected = ("&File", "&View", "Fin&d:", "&Pause", "Res&ume")
    assert set(expected) <= shown
    assert clashes(holders) == {}


@pytest.mark.parametrize("command", DIALOGS)
def test_no_two_controls_of_a_dialog_share_an_access_key(
    qtbot: QtBot, open_window: Opener, language: str, command: str
) -> None:
    window = open_window(language=language)
    holders = dialog_holders(qtbot, window, command)
    assert clashes(holders) == {}


def test_a_new_item_or_control_that_takes_a_key_in_use_is_caught(open_window: Opener) -> None:
    window = open_window()
    file = window.commands.menus[Menu.FILE]
    file.addAction("&Quit again")
    found = menu_clashes(file, "File")
    assert {text for _, text in found["File"]["Q"]} == {"&Quit", "&Quit again"}
    player = window.speech.player
    label = QLabel("&Voice:", player)  # as "&Volume:" once took View's Alt+V
    label.setBuddy(player.volume)
    label.hide()  # hidden or shown, Alt+V would reach it
    clash = clashes(window_holders(window))
    assert list(clash) == ["V"]
    assert {text for _, text in clash["V"]} == {"&View", "&Voice:"}


@pytest.mark.parametrize(
    ("letter", "menu"),
    [(Qt.Key.Key_F, Menu.FILE), (Qt.Key.Key_V, Menu.VIEW), (Qt.Key.Key_R, Menu.READ)],
    ids=["file", "view", "read aloud"],
)
def test_alt_and_a_menu_s_letter_opens_the_menu_with_both_bars_open(
    qtbot: QtBot, window: MainWindow, letter: Qt.Key, menu: Menu
) -> None:
    press(qtbot, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)  # the find bar, its field
    assert window.speech.player.isVisible()
    press(qtbot, letter, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is window.commands.menus[menu])
    window.commands.menus[menu].close()
