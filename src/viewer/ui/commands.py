"""Every command of the viewer, with its menu and keys, in one table.

The menus, the key bindings and the shortcuts overview (F1) are all built from
this table, so they can never disagree. Keys avoid what screen readers take for
themselves (Insert and Caps Lock combinations, the numeric keypad) and no key
is a single character without a modifier.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QKeySequence


@dataclass(frozen=True)
class Command:
    """A command.

    Attributes:
        name: Stable id; the window binds each name to what it does.
        menu: The menu it is in: file, go, find, read, view or help.
        text: Its menu text, translated, with & before the accelerator letter.
        keys: Its keys, the first shown in the menu.
        unit: For the "move by" choices, the unit chosen.
    """

    name: str
    menu: str
    text: str
    keys: tuple[QKeySequence, ...]
    unit: str | None = None


def _keys(*sequences: str) -> tuple[QKeySequence, ...]:
    return tuple(QKeySequence(sequence) for sequence in sequences)


def build_commands() -> tuple[Command, ...]:
    """Return the table of commands, translated into the current language."""
    return (
        Command(
            "next-section",
            "go",
            QCoreApplication.translate("Commands", "Next &section"),
            _keys("Ctrl+PgDown"),
        ),
        Command(
            "previous-section",
            "go",
            QCoreApplication.translate("Commands", "Previous s&ection"),
            _keys("Ctrl+PgUp"),
        ),
        Command(
            "next-heading",
            "go",
            QCoreApplication.translate("Commands", "Next &heading"),
            _keys("Ctrl+Shift+PgDown"),
        ),
        Command(
            "previous-heading",
            "go",
            QCoreApplication.translate("Commands", "Previous headin&g"),
            _keys("Ctrl+Shift+PgUp"),
        ),
        Command(
            "next-paragraph",
            "go",
            QCoreApplication.translate("Commands", "Next &paragraph"),
            _keys("Ctrl+Down"),
        ),
        Command(
            "previous-paragraph",
            "go",
            QCoreApplication.translate("Commands", "Previous p&aragraph"),
            _keys("Ctrl+Up"),
        ),
        Command(
            "next-figure",
            "go",
            QCoreApplication.translate("Commands", "Next &figure"),
            _keys("Ctrl+Shift+Down"),
        ),
        Command(
            "previous-figure",
            "go",
            QCoreApplication.translate("Commands", "Previous f&igure"),
            _keys("Ctrl+Shift+Up"),
        ),
        Command(
            "next-unit",
            "go",
            QCoreApplication.translate("Commands", "Next by chosen &unit"),
            _keys("Alt+Down"),
        ),
        Command(
            "previous-unit",
            "go",
            QCoreApplication.translate("Commands", "Previous by chosen u&nit"),
            _keys("Alt+Up"),
        ),
        Command(
            "unit-section",
            "go",
            QCoreApplication.translate("Commands", "Move by sections"),
            _keys("Ctrl+1"),
            "section",
        ),
        Command(
            "unit-heading",
            "go",
            QCoreApplication.translate("Commands", "Move by headings"),
            _keys("Ctrl+2"),
            "heading",
        ),
        Command(
            "unit-paragraph",
            "go",
            QCoreApplication.translate("Commands", "Move by paragraphs"),
            _keys("Ctrl+3"),
            "paragraph",
        ),
        Command(
            "unit-figure",
            "go",
            QCoreApplication.translate("Commands", "Move by figures"),
            _keys("Ctrl+4"),
            "figure",
        ),
        Command(
            "go-first",
            "go",
            QCoreApplication.translate("Commands", "S&tart of the document"),
            _keys("Ctrl+Home"),
        ),
        Command(
            "go-last",
            "go",
            QCoreApplication.translate("Commands", "&End of the document"),
            _keys("Ctrl+End"),
        ),
        Command(
            "go-back", "go", QCoreApplication.translate("Commands", "&Back"), _keys("Alt+Left")
        ),
        Command(
            "go-forward",
            "go",
            QCoreApplication.translate("Commands", "F&orward"),
            _keys("Alt+Right"),
        ),
        Command(
            "go-to-section",
            "go",
            QCoreApplication.translate("Commands", "Go to section &number…"),
            _keys("Ctrl+G"),
        ),
        Command(
            "where-am-i",
            "go",
            QCoreApplication.translate("Commands", "&Where am I?"),
            _keys("Ctrl+I"),
        ),
        Command("find", "find", QCoreApplication.translate("Commands", "&Find…"), _keys("Ctrl+F")),
        Command(
            "find-next", "find", QCoreApplication.translate("Commands", "Find &next"), _keys("F3")
        ),
        Command(
            "find-previous",
            "find",
            QCoreApplication.translate("Commands", "Find &previous"),
            _keys("Shift+F3"),
        ),
        Command(
            "read-from-here",
            "read",
            QCoreApplication.translate("Commands", "&Read from here"),
            _keys("Ctrl+R"),
        ),
        Command(
            "read-section",
            "read",
            QCoreApplication.translate("Commands", "Read this &section"),
            _keys("Ctrl+Shift+R"),
        ),
        Command(
            "read-document",
            "read",
            QCoreApplication.translate("Commands", "Read the whole &document"),
            _keys("Ctrl+Shift+D"),
        ),
        Command(
            "read-selection",
            "read",
            QCoreApplication.translate("Commands", "Read the se&lection"),
            _keys("Ctrl+Shift+L"),
        ),
        Command(
            "pause-reading",
            "read",
            QCoreApplication.translate("Commands", "&Pause or resume"),
            _keys("Ctrl+P", "Media Play"),
        ),
        Command(
            "stop-reading",
            "read",
            QCoreApplication.translate("Commands", "S&top reading"),
            _keys("Ctrl+E", "Media Stop"),
        ),
        Command(
            "next-sentence",
            "read",
            QCoreApplication.translate("Commands", "&Next sentence"),
            _keys("Ctrl+Right"),
        ),
        Command(
            "previous-sentence",
            "read",
            QCoreApplication.translate("Commands", "Pre&vious sentence"),
            _keys("Ctrl+Left"),
        ),
        Command(
            "next-paragraph-aloud",
            "read",
            QCoreApplication.translate("Commands", "Ne&xt paragraph aloud"),
            _keys("Ctrl+Shift+Right"),
        ),
        Command(
            "previous-paragraph-aloud",
            "read",
            QCoreApplication.translate("Commands", "Previous p&aragraph aloud"),
            _keys("Ctrl+Shift+Left"),
        ),
        Command(
            "faster",
            "read",
            QCoreApplication.translate("Commands", "&Faster"),
            _keys("Ctrl+]"),
        ),
        Command(
            "slower",
            "read",
            QCoreApplication.translate("Commands", "Slo&wer"),
            _keys("Ctrl+["),
        ),
        Command(
            "louder",
            "read",
            QCoreApplication.translate("Commands", "&Louder"),
            _keys("Alt+]"),
        ),
        Command(
            "softer",
            "read",
            QCoreApplication.translate("Commands", "S&ofter"),
            _keys("Alt+["),
        ),
        Command(
            "choose-voice",
            "read",
            QCoreApplication.translate("Commands", "&Voice…"),
            _keys("Ctrl+Shift+V"),
        ),
        Command(
            "toggle-highlight",
            "read",
            QCoreApplication.translate("Commands", "&Highlight the sentence read"),
            _keys("Ctrl+Shift+H"),
        ),
        Command(
            "show-spoken-text",
            "read",
            QCoreApplication.translate("Commands", "Show the sentence as &spoken…"),
            _keys("Ctrl+Shift+T"),
        ),
        Command(
            "say-figure",
            "read",
            QCoreApplication.translate("Commands", "Say the fi&gure"),
            _keys("Ctrl+K"),
        ),
        Command(
            "say-figure-slowly",
            "read",
            QCoreApplication.translate("Commands", "Say the figure s&lowly"),
            _keys("Ctrl+Shift+K"),
        ),
        Command(
            "say-figure-digits",
            "read",
            QCoreApplication.translate("Commands", "Say the figure digit &by digit"),
            _keys("Ctrl+Alt+K"),
        ),
        Command(
            "show-figures",
            "go",
            QCoreApplication.translate("Commands", "All &figures and charts…"),
            _keys("Ctrl+Shift+G"),
        ),
        Command(
            "export-figures",
            "file",
            QCoreApplication.translate("Commands", "Export figures as &CSV…"),
            (),
        ),
        Command(
            "save-section-audio",
            "file",
            QCoreApplication.translate("Commands", "Save section as &audio…"),
            _keys("Ctrl+S"),
        ),
        Command(
            "save-document-audio",
            "file",
            QCoreApplication.translate("Commands", "Save &document as audio…"),
            _keys("Ctrl+Shift+S"),
        ),
        Command(
            "next-theme",
            "view",
            QCoreApplication.translate("Commands", "Next &theme"),
            _keys("Ctrl+T"),
        ),
        Command(
            "zoom-in",
            "view",
            QCoreApplication.translate("Commands", "&Bigger text"),
            _keys("Ctrl++", "Ctrl+="),
        ),
        Command(
            "zoom-out",
            "view",
            QCoreApplication.translate("Commands", "&Smaller text"),
            _keys("Ctrl+-"),
        ),
        Command(
            "zoom-reset",
            "view",
            QCoreApplication.translate("Commands", "&Normal text size"),
            _keys("Ctrl+0"),
        ),
        Command(
            "text-settings",
            "view",
            QCoreApplication.translate("Commands", "Text and &spacing…"),
            _keys("Ctrl+Shift+F"),
        ),
        Command(
            "toggle-player-bar",
            "view",
            QCoreApplication.translate("Commands", "Show the &player bar"),
            _keys("Ctrl+Shift+B"),
        ),
        Command(
            "next-pane", "view", QCoreApplication.translate("Commands", "Next &pane"), _keys("F6")
        ),
        Command(
            "previous-pane",
            "view",
            QCoreApplication.translate("Commands", "Previous p&ane"),
            _keys("Shift+F6"),
        ),
        Command(
            "show-shortcuts",
            "help",
            QCoreApplication.translate("Commands", "&Keyboard shortcuts"),
            _keys("F1"),
        ),
        Command(
            "quit",
            "file",
            QCoreApplication.translate("Commands", "&Quit"),
            _keys("Ctrl+Q"),
        ),
    )


def menu_titles() -> dict[str, str]:
    """Return the translated title of each menu, in menu-bar order."""
    return {
        "file": QCoreApplication.translate("Commands", "&File"),
        "go": QCoreApplication.translate("Commands", "&Go"),
        "find": QCoreApplication.translate("Commands", "F&ind"),
        "read": QCoreApplication.translate("Commands", "&Read aloud"),
        "view": QCoreApplication.translate("Commands", "&View"),
        "help": QCoreApplication.translate("Commands", "&Help"),
    }


def plain(text: str) -> str:
    """Return a menu text without its accelerator mark and ellipsis.

    Handles both styles: "&Quit" and, as Chinese menus write it, "退出(&Q)".
    """
    text = re.sub(r"\(&[^&]\)", "", text)
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").removesuffix("…")
