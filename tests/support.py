"""Helpers shared by the tests: running the viewer, and pressing keys as a person does."""

from __future__ import annotations

import contextlib
import shutil
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QFont, QRawFont
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from viewer.ui.page.reading_pane import ReadingPane

#: The themes the viewer must ship.
REQUIRED_THEMES = (
    "light",
    "dark",
    "high-contrast-yellow-on-black",
    "high-contrast-black-on-white",
    "high-contrast-white-on-black",
    "sepia",
)


def run_viewer(
    *args: str, env: dict[str, str] | None = None, timeout: int = 300
) -> subprocess.CompletedProcess[str]:
    """Run ``python -m viewer ARGS`` as a user would, and collect what it says."""
    return subprocess.run(
        [sys.executable, "-m", "viewer", *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
        env=env,
    )


def press(
    qtbot: QtBot, key: Qt.Key, modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
) -> None:
    """Press ``key`` where the keyboard focus is, as a keyboard does."""
    target = QApplication.focusWidget()
    assert target is not None, "no widget has the focus"
    qtbot.keyClick(target, key, modifiers)


def child_processes() -> set[int]:
    """The ids of this process's children, zombies included (Linux)."""
    children: set[int] = set()
    for task in Path("/proc/self/task").iterdir():
        with contextlib.suppress(OSError):  # a thread that just ended
            children.update(int(pid) for pid in (task / "children").read_text().split())
    return children


def faulty_worker(fault: str, text: str | None = None) -> list[str]:
    """The command of the speech worker with ``fault`` (see tests/faulty_speech_worker.py)."""
    script = Path(__file__).with_name("faulty_speech_worker.py")
    return [sys.executable, str(script), fault, *([text] if text else [])]


def action(window: QWidget, name: str) -> QAction:
    """The action of the command called ``name`` (its stable id) in ``window``'s menus."""
    found = window.findChild(QAction, name)
    assert isinstance(found, QAction), f"no command is called {name!r}"
    return found


def theme_action(window: QWidget, theme: str) -> QAction:
    """The action that chooses ``theme`` ("" to follow the system) in the Colours menu."""
    return action(window, f"theme-{theme or 'system'}")


def shown_text(pane: ReadingPane, block: int) -> str:
    """What the page draws for block ``block``: its note, its bullet and its text."""
    piece = pane.scrolled.piece(block)
    shown = piece.layout.text().replace("\u2028", "\n")
    if piece.bullet:
        shown = "• " + shown
    return f"{piece.note}: {shown}" if piece.note else shown


def shown_texts(pane: ReadingPane, first: int, end: int) -> list[str]:
    """What the page draws for blocks ``first`` to ``end`` - 1."""
    return [shown_text(pane, block) for block in range(first, end)]


def pdf_text(path: Path, family: str) -> str:
    """The text of a PDF file printed in ``family``, as pdftotext (poppler-utils) gives it.

    Noto CJK draws some ideographs and the radicals they stand for with one glyph
    (人 and ⼈, 民 and ⺠), and Qt's PDF writer names such a glyph by the lower
    code point, the radical: each radical is given back its ideograph here.
    """
    tool = shutil.which("pdftotext")
    assert tool is not None, "pdftotext is missing: run scripts/system-deps"
    result = subprocess.run(
        [tool, "-enc", "UTF-8", str(path), "-"], capture_output=True, text=True, check=True
    )
    text = result.stdout
    radicals = sorted({c for c in text if 0x2E80 <= ord(c) < 0x2FE0})
    if radicals:
        font = QRawFont.fromFont(QFont(family))
        ideographs = "".join(chr(c) for c in range(0x4E00, 0xA000))
        by_glyph: dict[int, str] = {}
        for ideograph, glyph in zip(
            ideographs, font.glyphIndexesForString(ideographs), strict=True
        ):
            by_glyph.setdefault(glyph, ideograph)
        for radical in radicals:
            glyph = font.glyphIndexesForString(radical)[0]
            text = text.replace(radical, by_glyph.get(glyph, radical))
    return text


def squeezed(text: str) -> str:
    """``text`` without white space, and a two-em dash as the two dashes it is drawn for.

    Noto CJK draws "——" as one glyph, which the PDF names "⸺" (a two-em dash).
    """
    return "".join(text.replace("\u2e3a", "——").split())
