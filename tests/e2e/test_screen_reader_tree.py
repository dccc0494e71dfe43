"""The viewer as a screen reader sees it: a real AT-SPI client walks its tree.

The viewer runs as its own process on a private X server (Xvfb) with a private
D-Bus session and accessibility bus, exactly as on a desktop with Orca; the
client is pyatspi, the library Orca itself uses.
"""

from __future__ import annotations

import itertools
import json
import subprocess
from pathlib import Path
from typing import Any

from tests.e2e.conftest import running_viewer

HERE = Path(__file__).parent
SYSTEM_PYTHON = "/usr/bin/python3"  # the Python that has Debian's pyatspi


def run_client(env: dict[str, str], viewer_args: list[str], client: list[str]) -> Any:
    """Run an AT-SPI client script beside the running viewer; return its JSON output."""
    with running_viewer(env, viewer_args):
        result = subprocess.run(
            [SYSTEM_PYTHON, str(HERE / client[0]), *client[1:]],
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )
    assert result.returncode == 0, result.stdout + result.stderr
    return json.loads(result.stdout)


def accessibility_tree(env: dict[str, str], *args: str) -> list[dict[str, Any]]:
    tree = run_client(env, list(args), ["atspi_tree.py", "viewer", "30"])
    nodes: list[dict[str, Any]] = tree["nodes"]
    return nodes


def test_headings_paragraphs_and_names_as_a_screen_reader_gets_them(
    desktop: dict[str, str],
) -> None:
    nodes = accessibility_tree(desktop, "--section", "rehabilitation")
    frame = next(n for n in nodes if n["role"] == "frame")
    assert frame["name"] == "大爱北疆 温暖前行"
    # The page is a document; its blocks are its children, lists hold their items.
    (page,) = [n for n in nodes if n["role"] == "document frame"]
    assert page["name"] == "Text"
    headings = [(n["name"], n["attributes"]) for n in nodes if n["role"] == "heading"]
    assert ("凝聚合力", ["level:1"]) in headings
    assert ("残疾人康复服务状况显著改善。", ["level:2"]) in headings
    paragraphs = [n for n in nodes if n["role"] == "paragraph"]
    health = next(p for p in paragraphs if p["name"].startswith("健康是幸福生活的基础"))
    # The text interface gives the whole text, and it by sentence, as screen readers read it.
    assert health["text"] == health["name"]
    assert health["sentence"] == "健康是幸福生活的基础，康复是残疾人最迫切的需求。"
    # A figure: its name says the number in words, its text has it as printed.
    figure = next(n for n in nodes if n["name"].startswith("百分之九十七点五九"))
    assert figure["name"] == "百分之九十七点五九 有康复需求的残疾人基本康复服务覆盖率"
    assert figure["text"] == "97.59%\n有康复需求的残疾人基本康复服务覆盖率"
    assert figure["description"] == "Figure"
    # Nothing is called read only or focusable (the window is not active: none is focused).
    blocks = [
        n for n in nodes if n["role"] in ("heading", "paragraph", "list item") and n["in_document"]
    ]
    assert not any(n["read_only"] or n["focusable"] or n["focused"] for n in blocks)
    # Every control a keyboard can reach has a name a screen reader can say.
    unnamed = [n for n in nodes if n["focusable"] and n["showing"] and not n["name"].strip()]
    assert unnamed == [], unnamed


def test_every_block_flows_to_the_next_and_lists_hold_their_items(
    desktop: dict[str, str],
) -> None:
    nodes = accessibility_tree(desktop)
    blocks = [
        n for n in nodes if n["role"] in ("heading", "paragraph", "list item") and n["in_document"]
    ]
    names = [n["name"] for n in blocks]
    assert names[0] == "总体思路"
    assert names[-1] == "本版文图均由内蒙古自治区残联提供"
    # Each flows to the one after it, across sections, to the end of the document.
    for block, following in itertools.pairwise(blocks):
        assert block["flows_to"] == [following["name"]], block["name"]
    assert blocks[-1]["flows_to"] == []
    # The first list: three items, as a screen reader says on entering it.
    lists = [n for n in nodes if n["role"] == "list" and n["parent_role"] == "document frame"]
    assert lists[0]["children"] == 3
    items = [n for n in nodes if n["role"] == "list item" and n["in_document"]]
    assert items[0]["name"] == "巩固拓展残疾人脱贫攻坚成果与乡村振兴有效衔接"
    # PySide cannot tell a selection's characters: none is reported (the viewer says it).
    assert all(n["selections"] == 0 for n in blocks)


def test_the_contents_name_every_section(desktop: dict[str, str]) -> None:
    nodes = accessibility_tree(desktop, "--section", "closing")
    roles = {n["role"] for n in nodes if n["name"] == "凝聚合力"}
    assert roles & {"tree item", "table cell", "list item"}, roles
    names = {n["name"] for n in nodes}
    for title in ("总体思路", "残疾人康复服务状况显著改善。", "回首过去五年", "Photos"):
        assert title in names


def focus_after_keys(env: dict[str, str], *keys: str) -> list[tuple[str, str, str, str]]:
    """Press ``keys``; for each, the last object that told AT-SPI it gained the focus."""
    steps = run_client(env, [], ["atspi_focus.py", "大爱北疆", *keys])
    seen = []
    for step in steps:
        assert step["focused"], f"no focus event after {step['key']!r}"
        last = step["focused"][-1]
        seen.append((step["key"], last["role"], last["name"], last["description"]))
    return seen


def test_keyboard_moves_the_focus_a_screen_reader_follows(desktop: dict[str, str]) -> None:
    keys = ["F6"] * 4 + ["ctrl+Next", "ctrl+shift+Next", "ctrl+Down"] + ["Tab"] * 12
    seen = focus_after_keys(desktop, *keys)
    # The contents have the focus on start, on the section being read.
    assert seen[0] == ("", "table cell", "总体思路", "Level 1")
    # F6 goes round the panes: the text (at its block), the player bar, the contents, and back.
    assert seen[1] == ("F6", "heading", "总体思路", "")
    assert seen[2][:3] == ("F6", "push button", "Read aloud")
    assert seen[3] == ("F6", "table cell", "总体思路", "Level 1")
    assert seen[4] == seen[1]
    # Moving by section and by heading lands on the heading, by paragraph on the paragraph.
    assert seen[5] == ("ctrl+Next", "heading", "党的十八大以来", "")
    assert seen[6] == ("ctrl+shift+Next", "heading", "兜底补短", "")
    assert seen[7] == ("ctrl+Down", "paragraph", "实现精准脱贫奔小康", "")
    # Tab goes through every control of the player bar, then the contents (on
    # the section now read), then back to the place in the text.
    tabbed = [(role, name) for _key, role, name, _description in seen[8:]]
    assert tabbed[:3] == [("push button", "Read aloud"), ("slider", "Speed"), ("slider", "Volume")]
    contents = tabbed.index(("table cell", "兜底补短"))
    assert tabbed[contents + 1] == ("paragraph", "实现精准脱贫奔小康")
    controls = tabbed[:contents]
    assert len(set(controls)) == len(controls), "Tab visits each control once"
    assert all(name for _role, name in controls)


def test_status_messages_reach_screen_readers_without_a_flood_of_text_events(
    desktop: dict[str, str],
) -> None:
    keys = ["ctrl+t", "ctrl+plus", "ctrl+Next", "ctrl+i"]
    steps = run_client(desktop, [], ["atspi_events.py", "大爱北疆", *keys])
    heard = {step["key"]: step for step in steps}
    # Each message is shown as a notification, which Orca speaks.
    assert heard["ctrl+t"]["notifications"] == ["Theme: Dark."]
    assert heard["ctrl+plus"]["notifications"] == ["Text size 110%."]
    assert heard["ctrl+i"]["notifications"] == [
        "党的十八大以来; heading; section 6 of 19; 29% of the document."
    ]
    # Restyling the text does not report it as changed: hundreds of such
    # events would make Orca drop the message.
    assert [step["text_changes"] for step in steps] == [0] * len(steps)


def test_the_caret_moves_as_a_screen_reader_is_told(desktop: dict[str, str]) -> None:
    keys = ["F6", "ctrl+Down", "Right", "Right", "ctrl+Right", "Down", "shift+Right", "End"]
    steps = run_client(desktop, [], ["atspi_caret.py", "大爱北疆", *keys])
    by_key = {step["key"]: step for step in steps[1:]}
    paragraph = "未来五年全区残疾人工作的总体思路是"
    assert by_key["ctrl+Down"]["focused"][-1]["name"].startswith(paragraph)
    # Each character move: the caret's offset, which the block then answers too.
    first, second = steps[3]["carets"], steps[4]["carets"]
    assert [(c["offset"], c["answers"], c["character"]) for c in first] == [(1, 1, "来")]
    assert [(c["offset"], c["answers"], c["character"]) for c in second] == [(2, 2, "五")]
    assert first[0]["name"].startswith(paragraph)
    # A word, a line and a selection are said by the viewer (the bridge would give
    # a Chinese word as one character and a line as the whole block).
    assert by_key["ctrl+Right"]["carets"] == []
    assert by_key["ctrl+Right"]["notifications"] == ["五年"]
    line = by_key["Down"]["notifications"]
    assert len(line) == 1
    assert line[0]
    assert line[0] in by_key["ctrl+Down"]["focused"][-1]["name"]
    assert by_key["shift+Right"]["notifications"][0].endswith(" selected")
    # End, like Home, is a character move: the screen reader says the character there.
    assert len(by_key["End"]["carets"]) == 1
