"""The fast reader of plain content YAML gives PyYAML's data, or leaves the text to PyYAML."""

from __future__ import annotations

import random
from pathlib import Path
from typing import Any

import pytest
import yaml

from viewer.content.plainyaml import load_plain
from viewer.content.yamlfile import MAX_DEPTH, MAX_VALUES, _StrictLoader


def pyyaml(text: str) -> Any:
    """What the strict PyYAML loader makes of ``text``, or the error it raises."""
    try:
        return yaml.load(text, Loader=_StrictLoader)  # noqa: S506 (a safe loader)
    except Exception as error:  # noqa: BLE001 (any refusal counts as one)
        return error


def plain(text: str) -> Any:
    """What the fast reader makes of ``text``, with the loader's limits."""
    return load_plain(text, _StrictLoader, max_lines=MAX_VALUES, max_depth=MAX_DEPTH)


def assert_same_or_left(text: str) -> None:
    fast = plain(text)
    if fast is None:
        return
    slow = pyyaml(text)
    assert not isinstance(slow, Exception), f"{text!r}: read, but PyYAML refuses it: {slow}"
    assert fast == slow, text
    assert [type(v) for v in _leaves(fast)] == [type(v) for v in _leaves(slow)], text


def _leaves(data: Any) -> list[Any]:
    if isinstance(data, dict):
        return [*data, *(leaf for value in data.values() for leaf in _leaves(value))]
    if isinstance(data, list):
        return [leaf for value in data for leaf in _leaves(value)]
    return [data]


@pytest.mark.parametrize("name", ["document.yaml", "figures.yaml"])
def test_the_review_is_read_fast_and_the_same(review_dir: Path, name: str) -> None:
    text = (review_dir / name).read_text("utf-8")
    fast = plain(text)
    assert fast is not None
    assert fast == pyyaml(text)


@pytest.mark.parametrize(
    "text",
    [
        "a: 1\nb: 1.5\nc: true\nd: null\ne: ~\nf:\ng: 0x1F\nh: 1_000\ni: .inf\nj: 190:20\n",
        "a: yes\nb: No\nc: 'x'\nd: \"y\"\ne: 2018年\nf: 100%\ng: 近50%\n",
        "list:\n- a\n- b\nnext: c\n",
        "list:\n  - a\n  -   b\n",
        (
            "s:\n  - id: x\n    blocks:\n      - paragraph: 文字，标点：全角\n"
            "      - list:\n          - 一\n"
        ),
        "f: {a: 1, b: \"%\", c: 'q', d: 文字 有空格 , e: x-y}\n",
        "f: {}\ng: []\n",
        "# comment\na: b # not a comment here? no: a comment\n",
        "a: b\r\nc: d\r\n",
        "  a: b\n",
        "a: b\n  c\n",
        "a: b\nc\n",
        "a:\n  b: c\n d: e\n",
        "- a\n- b\n",
        "a: &x b\nc: *x\n",
        "a: !!str 1\n",
        "a: |\n  b\n",
        "a: b\na: c\n",
        "f: {a: 1, a: 2}\n",
        "f: {a: 1,}\n",
        "f: {a: [1]}\n",
        "f: {a: b, c}\n",
        "a: 'it''s'\n",
        'a: "x\\ny"\n',
        "a: b: c\n",
        "a: b:\n",
        "a: 2018-01-01\n",
        "<<: {a: 1}\n",
        "a: =\n",
        "null: x\n",
        "yes: x\n",
        "a:\tb\n",
        "a: b\x85c\n",
        "a: \x00\n",
        "---\na: b\n",
        "%YAML 1.1\n---\na: b\n",
        "? a\n: b\n",
        "a:\n  - - b\n",
        "a:\n  -\n    b: c\n",
        "a:\n  - b\n  c: d\n",
        "a:\n  - b: c\n   d: e\n",
        "a: [b, c]\n",
        "a: 'b' c\n",
        'a: "b" # c\n',
        "a: -1\n",
        "a: @b\n",
        "",
        "# only a comment\n",
    ],
)
def test_same_data_or_left_to_pyyaml(text: str) -> None:
    assert_same_or_left(text)


def test_what_it_must_leave_to_pyyaml() -> None:
    # Each of these means something else, or is refused, in YAML.
    for text in (
        "a: b\n  c\n",
        "a: &x b\nc: *x\n",
        "a: !!python/name:os.system\n",
        "a: b\na: c\n",
        "a: 2018-01-01\n",
        "<<: {a: 1}\n",
        "yes: x\n",
        "a: b: c\n",
        "",
    ):
        assert plain(text) is None, text


# Pieces of lines, chosen to sit on the edges of the subset.
_KEYS = ["a", "id", "b-c", "yes", "null", "x_1", "on"]
_VALUES = [
    "text",
    "文字",
    "文字 有空格",
    "1",
    "-1",
    "1.5",
    "1e3",
    "0o17",
    "1_0",
    ".5",
    "~",
    "null",
    "true",
    "Off",
    "2018-01-01",
    "2018年",
    "100%",
    "%",
    '"q"',
    "'q'",
    "'it''s'",
    '"a\\tb"',
    "a: b",
    "a:b",
    "a #b",
    "a#b",
    "#c",
    "-",
    "- x",
    "-x",
    "?x",
    ":x",
    "x:",
    "[a]",
    "[]",
    "{}",
    "{a: 1}",
    "{a: 1, b: x y}",
    "{a: 'x, y'}",
    '{a: "x"}',
    "{a: b:c}",
    "{a: b}c",
    "a, b",
    "a]",
    "&a x",
    "*a",
    "!t x",
    "|",
    ">",
    "@x",
    "`x",
    "=",
    "<<",
    "190:20",
]


def _random_document(rng: random.Random) -> str:
    lines: list[str] = []
    # Mostly distinct keys, so that not every document repeats one.
    for key in rng.sample(_KEYS, rng.randint(1, 5)):
        indent = " " * rng.choice([0, 0, 0, 0, 0, 1, 2])
        shape = rng.random()
        if shape < 0.5:
            lines.append(f"{indent}{key}: {rng.choice(_VALUES)}")
        elif shape < 0.7:
            lines.append(f"{indent}{key}:")
            for _ in range(rng.randint(0, 3)):
                dash = rng.choice(["- ", "-  ", "-", "  - ", "- k: "])
                lines.append(f"{indent}{dash}{rng.choice(_VALUES)}")
        elif shape < 0.85:
            lines.append(f"{indent}{key}:")
            inner = indent + " " * rng.choice([1, 2, 3])
            lines.extend(
                f"{inner}{rng.choice(_KEYS)}: {rng.choice(_VALUES)}"
                for _ in range(rng.randint(1, 3))
            )
        else:
            lines.append(rng.choice(["# note", "", "   ", f"{indent}{rng.choice(_VALUES)}"]))
    return "\n".join(lines) + rng.choice(["\n", "", "\n\n"])


def test_random_documents_read_the_same_or_are_left() -> None:
    rng = random.Random(20240607)  # noqa: S311 (a fixed seed: the same documents every run)
    read = 0
    for _ in range(3000):
        text = _random_document(rng)
        assert_same_or_left(text)
        read += plain(text) is not None
    # The subset is not empty: a good share of plain documents is read fast.
    assert read > 100


@pytest.mark.parametrize(
    "item",
    [
        "第一项",
        "第一项：说明",
        "第一项 # 不是注释",
        "第一项:",
        "“引号”开头",
        "一\u3000二",
        "第0项 2018年",
    ],
)
def test_list_items_in_chinese_read_as_pyyaml_reads_them(item: str) -> None:
    assert_same_or_left(f"list:\n  - 开头\n  - {item}\n  - 结尾\n")
