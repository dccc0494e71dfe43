"""What a blind reader hears: Orca, the screen reader, listening to the viewer.

Orca runs with its speech off and logs what it would say; the test presses keys
as a reader would and checks the words. Orca allows one instance per user, and
each test has its own private desktop, so these tests never run side by side.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import ExitStack
from pathlib import Path

import pytest

from tests.e2e.conftest import focus_window, press, running_viewer
from tests.e2e.orca_listener import Orca


class Reader:
    """A reader at the keyboard, with Orca speaking what happens."""

    def __init__(self, env: dict[str, str], orca: Orca) -> None:
        self._env = env
        self._orca = orca

    def hears_on_start(self, *expected: str) -> list[str]:
        """Bring the window to the front once Orca listens; what Orca says."""
        self._orca.wait_until_ready()
        focus_window(self._env, "大爱北疆")
        return self._hear(expected, timeout=40)

    def returns_to_window(self, *expected: str) -> list[str]:
        """Give the focus back to the main window; what Orca says."""
        focus_window(self._env, "大爱北疆")
        return self._hear(expected, timeout=20)

    def presses(self, key: str, *expected: str) -> list[str]:
        """Press ``key``; what Orca says until it has said everything ``expected``."""
        press(self._env, key)
        return self._hear(expected, timeout=20)

    def everything_said(self) -> list[str]:
        """All that Orca has said."""
        return self._orca.spoken()

    def _hear(self, expected: tuple[str, ...], timeout: float) -> list[str]:
        said = self._orca.wait_until_said_all(expected, timeout)
        for words in expected:
            assert any(words in line for line in said), f"Orca did not say {words!r}: {said}"
        return said


@pytest.fixture
def reader_at(desktop: dict[str, str], tmp_path: Path) -> Iterator[Callable[..., Reader]]:
    """Start the viewer (with the given arguments) and Orca beside it; the reader."""
    with ExitStack() as running:

        def start(*viewer_args: str) -> Reader:
            running.enter_context(running_viewer(desktop, list(viewer_args)))
            return Reader(desktop, running.enter_context(Orca(desktop, tmp_path)))

        yield start


def test_a_blind_reader_hears_the_title_the_headings_the_figures_and_the_text(
    reader_at: Callable[..., Reader],
) -> None:
    reader = reader_at("--section", "rehabilitation")
    # The window, named after the section and the document, then the place.
    reader.hears_on_start(
        "残疾人康复服务状况显著改善。 — 大爱北疆 温暖前行 frame.",
        "残疾人康复服务状况显著改善。 heading.",
        "Heading level 2.",
    )
    # A figure, its number in words (for the voice) and as printed (for braille).
    figure = "百分之九十七点五九 有康复需求的残疾人基本康复服务覆盖率"
    reader.presses("ctrl+shift+Down", f"{figure} read only.", "Figure, 97.59%")
    # Say All (Orca's Insert+Down, or + on the keypad) reads the text itself.
    reader.presses("KP_Add", figure)
    # Section by section and heading by heading, each heading and its level.
    reader.presses("ctrl+Next", "残疾人教育水平大幅度提高。 heading.", "Heading level 2.")
    reader.presses("ctrl+shift+Next", "残疾人就业创业实现新突破。 heading.", "Heading level 2.")
    reader.presses("ctrl+shift+Prior", "残疾人教育水平大幅度提高。 heading.")
    # The end of the document: the credit line of the report.
    reader.presses("ctrl+End", "本版文图均由内蒙古自治区残联提供")
    # A photo, which has only its caption, says so.
    reader.presses(
        "ctrl+shift+Up",
        "Photo (no image available): 巴彦淖尔市乌拉特前旗重度残疾人入住残疾人托养中心。 image.",
        "Photo without an image.",
    )
    # The viewer's own voice never started: it speaks only when asked.
    assert not any("Reading aloud" in line for line in reader.everything_said())


def test_a_blind_reader_operates_the_controls_and_hears_status_messages(
    reader_at: Callable[..., Reader],
) -> None:
    reader = reader_at()
    reader.hears_on_start(
        "总体思路 — 大爱北疆 温暖前行 frame.", "Contents tree", "总体思路", "Level 1."
    )
    # Every control says its name and role, and what it does where that helps.
    reader.presses("F6", "总体思路 heading.")
    reader.presses("F6", "Read aloud push button.", "Reads from the place being read (Ctrl+R)")
    reader.presses("Tab", "Speed: horizontal slider")
    # Status messages are spoken without moving the focus.
    reader.presses("ctrl+t", "Theme: Dark.")
    reader.presses("ctrl+i", "总体思路; heading; section 1 of 19; 0% of the document.")
    reader.presses("ctrl+plus", "Text size 110%.")
    reader.presses("ctrl+0", "Text size 100%.")
    # In a dialog, each field is named by its label, a combo box too.
    reader.presses("ctrl+shift+f", "Font: combo box")
    reader.presses("Tab", "Text size: 100 % spin button.")
    reader.presses("Escape", "escape")
    # No window manager runs to give the focus back to the window, as one would.
    reader.returns_to_window("Speed: horizontal slider")
    # The contents say each section's level, and a part is a level down.
    reader.presses("F6", "总体思路", "Level 1.")
    reader.presses("Down", "突出“三项重点”", "Level 2.")


def test_a_blind_reader_finds_a_figure_and_explores_a_chart(
    reader_at: Callable[..., Reader],
) -> None:
    reader = reader_at()
    reader.hears_on_start("总体思路 — 大爱北疆 温暖前行 frame.")
    # The dialog opens on its search field; Enter goes to the figure, in the text.
    reader.presses("ctrl+shift+g", "Search: text")
    for key in "1916":
        reader.presses(key, key)
    reader.presses("Return", "return")
    # No window manager runs to give the focus back to the window, as one would.
    reader.returns_to_window("一千九百一十六名 残疾考生被高等院校录取并享受助学资助")
    # The charts: each bar says what it counts and its value.
    reader.presses("ctrl+shift+g", "Search: text")
    reader.presses("alt+h", "Charts page tab", "Chart: combo box", "Figures in 万")
    # On the chart: the bar, the role, then the summary (the text alternative).
    reader.presses(
        "Tab",
        "残疾人: 158.58万, 1 of 2 chart.",
        "Figures in 万: 2 figures, from 11.2万 (建档立卡贫困残疾人全部如期脱贫) to 158.58万 "
        "(残疾人).",
    )
    reader.presses("Down", "建档立卡贫困残疾人全部如期脱贫: 11.2万, 2 of 2")
