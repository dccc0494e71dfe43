"""What a blind reader hears: Orca, the screen reader, listening to the viewer.

Orca runs with its speech off and logs what it would say; the test presses keys
as a reader would and checks the words. Orca allows one instance per user, and
each test has its own private desktop, so these tests never run side by side.
"""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable, Iterator
from contextlib import ExitStack
from pathlib import Path

import pytest

from tests.e2e.conftest import focus_window, press, running_sound_server, running_viewer
from tests.e2e.orca_listener import Orca
from viewer.content import load_document
from viewer.paths import bundled
from viewer.reading.reading_map import ReadingMap


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

    def presses_and_waits(self, key: str) -> list[str]:
        """Press ``key``; all that Orca says until it has been quiet a moment."""
        press(self._env, key)
        return self._orca.wait_until_quiet()

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
    # The window, named after the document, then the place: the heading and its level, once.
    said = reader.hears_on_start(
        "大爱北疆 温暖前行 frame.", "残疾人康复服务状况显著改善。 heading level 2."
    )
    assert not any("heading." in line for line in said)
    # A figure: its number in words (for the voice), that it is a figure; nothing "read only".
    figure = "百分之九十七点五九 有康复需求的残疾人基本康复服务覆盖率"
    said = reader.presses("ctrl+shift+Down", f"{figure}.", "Figure.")
    assert not any("read only" in line or "97.59%" in line for line in said)
    # Section by section and heading by heading, each heading and its level.
    reader.presses("ctrl+Next", "残疾人教育水平大幅度提高。 heading level 2.")
    reader.presses("ctrl+shift+Next", "残疾人就业创业实现新突破。 heading level 2.")
    reader.presses("ctrl+shift+Prior", "残疾人教育水平大幅度提高。 heading level 2.")
    # The end of the document: the credit line of the report.
    reader.presses("ctrl+End", "本版文图均由内蒙古自治区残联提供")
    # A photo, which has only its caption, says so once.
    said = reader.presses(
        "ctrl+shift+Up",
        "巴彦淖尔市乌拉特前旗重度残疾人入住残疾人托养中心。",
        "Photo without an image.",
    )
    assert not any("image." in line and "Photo" not in line for line in said)
    # The viewer's own voice never started: it speaks only when asked.
    assert not any("Reading aloud" in line for line in reader.everything_said())


def squeezed(text: str) -> str:
    """Text without spaces and line breaks, as Orca's utterances are compared with the blocks."""
    return "".join(text.split())


def test_say_all_reads_the_whole_document_in_order(reader_at: Callable[..., Reader]) -> None:
    reader = reader_at()
    reader.hears_on_start("大爱北疆 温暖前行 frame.")
    reader.presses("F6", "总体思路 heading level 1.")
    review = ReadingMap(load_document(bundled("content")), "Photos")
    last = review.blocks[-1].text
    said = squeezed("".join(reader.presses("KP_Add", last)))
    # Every block, from the first to the credit line, in order: none left out.
    at = 0
    for block in review.blocks:
        found = said.find(squeezed(block.text), at)
        assert found >= 0, f"Say All left out block {block.index}: {block.text[:30]}"
        at = found + len(squeezed(block.text))


def test_the_caret_reads_by_character_word_and_line_and_copies(
    reader_at: Callable[..., Reader], desktop: dict[str, str]
) -> None:
    reader = reader_at("--section", "rehabilitation")
    reader.hears_on_start("残疾人康复服务状况显著改善。 heading level 2.")
    paragraph = ReadingMap(load_document(bundled("content")), "Photos").blocks[41].text
    assert paragraph.startswith("健康是幸福生活的基础")
    reader.presses("ctrl+Down", paragraph[:20])
    # Right says the character it moves to; Ctrl+Right the word it passes, a Chinese word.
    assert reader.presses("Right", "康")[-1] == "康"
    assert reader.presses("ctrl+Right", "健康")[-1] == "健康."
    reader.presses("ctrl+Right", "是")
    assert reader.presses("ctrl+Right", "幸福生活")[-1] == "幸福生活."
    # Down says the line below, as it is wrapped on screen: a part of the paragraph.
    line = reader.presses_and_waits("Down")[-1].removesuffix(".")
    assert 10 < len(line) < len(paragraph)
    assert line in paragraph
    # Shift+Right three times selects three characters, each said; Ctrl+C copies them.
    reader.presses_and_waits("Home")
    picked = [reader.presses("shift+Right", "selected")[-1] for _ in range(3)]
    assert all(p.endswith(" selected.") for p in picked)
    chosen = "".join(p.removesuffix(" selected.") for p in picked)
    assert chosen == line[:3]
    reader.presses("ctrl+c", f"Copied: {chosen}")
    assert clipboard(desktop) == chosen


def clipboard(env: dict[str, str]) -> str:
    """What the clipboard of the private display holds, read as another program would."""
    script = (
        "import sys\n"
        "from PySide6.QtGui import QGuiApplication\n"
        "app = QGuiApplication(sys.argv)\n"
        "sys.stdout.write(app.clipboard().text())\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script],
        env={**env, "QT_QPA_PLATFORM": "xcb"},
        capture_output=True,
        text=True,
        timeout=30,
        check=True,
    )
    return result.stdout


def test_a_list_says_its_size_and_where_it_ends(reader_at: Callable[..., Reader]) -> None:
    reader = reader_at("--section", "plan-three-priorities")
    reader.hears_on_start("突出“三项重点” heading level 2.")
    reader.presses("Down", "着力完善残疾人社会保障制度")
    reader.presses("Down", "List with 3 items.", "巩固拓展残疾人脱贫攻坚成果与乡村振兴有效衔接")
    said = reader.presses("Down", "助力完善残疾人民生保障制度")
    assert not any("List" in line for line in said)
    # The viewer's where-am-I gives the item's place in its list.
    reader.presses("ctrl+i", "list item 2 of 3")
    reader.presses("Down", "大力发展残疾人托养照护服务")
    reader.presses("Down", "leaving list.", "夯实“五个基础” heading level 2.")


def test_find_says_the_match_in_its_sentence(reader_at: Callable[..., Reader]) -> None:
    reader = reader_at("--section", "rehabilitation")
    reader.hears_on_start("残疾人康复服务状况显著改善。 heading level 2.")
    reader.presses("ctrl+f", "Find")
    for key in ("9", "7", "period", "5", "9"):
        reader.presses_and_waits(key)
    said = reader.presses("F3", "Match 2 of 2: ")
    (message,) = [line for line in said if line.startswith("Match 2 of 2")]
    assert "97.59%" in message
    assert said.count(message) == 1  # once, not again as the field's description
    # From the text, F3 goes to the match and says it, not the whole block again.
    reader.presses("Escape", "")
    said = reader.presses("F3", "Match 1 of 2: ")
    assert not any("健康是幸福生活的基础" in line for line in said)


def test_the_voice_pauses_when_orca_speaks(
    reader_at: Callable[..., Reader], desktop: dict[str, str]
) -> None:
    with running_sound_server(desktop):
        reader = reader_at("--section", "rehabilitation")
        reader.hears_on_start("残疾人康复服务状况显著改善。 heading level 2.")
        # Orca runs: the first Read aloud says that both speak, before the voice begins.
        reader.presses("ctrl+r", "Reading aloud. A screen reader is running")
        # A key that makes Orca speak pauses the voice; Ctrl+Space goes on.
        said = reader.presses("ctrl+Down", "Reading aloud paused.", "健康是幸福生活的基础")
        assert said.count("Reading aloud paused.") == 1
        reader.presses("ctrl+space", "Reading aloud.")
        reader.presses("ctrl+e", "Reading aloud stopped.")


#: A tour of the viewer's commands, as a reader might press them.
TOUR = [
    "F6", "ctrl+Down", "Right", "ctrl+Right", "Down", "End", "Home", "shift+Right", "ctrl+c",
    "ctrl+Up", "ctrl+Next", "ctrl+Prior", "ctrl+shift+Next", "ctrl+shift+Prior",
    "ctrl+shift+Down", "ctrl+shift+Up", "alt+Down", "alt+Up", "ctrl+4", "alt+Down", "ctrl+1",
    "ctrl+End", "ctrl+Home", "alt+Left", "alt+Right", "ctrl+i", "ctrl+a", "ctrl+t", "ctrl+plus",
    "ctrl+minus", "ctrl+0", "ctrl+shift+h", "ctrl+shift+h", "ctrl+shift+b", "ctrl+shift+b",
    "ctrl+f", "1", "9", "F3", "shift+F3", "Escape", "F3", "F6", "F6",
]  # fmt: skip


def test_no_key_makes_orca_say_anything_twice(reader_at: Callable[..., Reader]) -> None:
    reader = reader_at()
    reader.hears_on_start("大爱北疆 温暖前行 frame.")
    for key in TOUR:
        said = [line for line in reader.presses_and_waits(key) if not is_key_echo(line)]
        repeated = {line for line in said if said.count(line) > 1}
        assert not repeated, f"{key}: {said}"


def is_key_echo(line: str) -> bool:
    """Orca's echo of a modifier key, said for every press of it."""
    return line.strip() in {"left control", "left shift", "left alt", "plus", "minus", "escape"}


def test_a_blind_reader_operates_the_controls_and_hears_status_messages(
    reader_at: Callable[..., Reader],
) -> None:
    reader = reader_at()
    reader.hears_on_start("大爱北疆 温暖前行 frame.", "Contents tree", "总体思路", "Level 1.")
    # Every control says its name and role, and what it does where that helps.
    reader.presses("F6", "总体思路 heading level 1.")
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
    reader.hears_on_start("大爱北疆 温暖前行 frame.")
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
    # The end of the chart is said, where it was silent.
    reader.presses("Down", "Last bar.")
