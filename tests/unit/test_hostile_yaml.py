"""YAML that would run code, expand, nest or grow without end is refused, with its line."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from viewer.content import ContentError, load_document, yamlfile
from viewer.content.yamlfile import MAX_DEPTH

TITLE = "title: 大爱北疆 温暖前行"


def refused_with(folder: Path, name: str, text: str) -> ContentError:
    (folder / name).write_text(text, "utf-8")
    with pytest.raises(ContentError) as raised:
        load_document(folder)
    error = raised.value
    assert error.path == folder / name
    assert "\n" not in str(error)
    assert len(str(error)) < 400
    return error


def document_with(folder: Path, old: str, new: str) -> str:
    text = (folder / "document.yaml").read_text("utf-8")
    assert old in text
    return text.replace(old, new, 1)


def billion_laughs(levels: int = 9) -> str:
    lines = ["a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]"]
    for level in range(1, levels + 1):
        previous, name = chr(ord("a") + level - 1), chr(ord("a") + level)
        lines.append(f"{name}: &{name} [" + ", ".join([f"*{previous}"] * 9) + "]")
    return "\n".join(lines) + "\n"


def test_billion_laughs_is_refused_at_once(content_copy: Path) -> None:
    start = time.monotonic()
    error = refused_with(content_copy, "document.yaml", billion_laughs())
    assert time.monotonic() - start < 5
    assert error.reason == "anchors and aliases (&name, *name) are not allowed in content"
    assert error.line == 1


@pytest.mark.parametrize(
    ("new", "line"),
    [
        (
            "title: &t 大爱北疆 温暖前行",
            9,
        ),  # an anchor alone expands nothing, but is not plain data
        ("title: *t", 9),  # an alias to nothing
        ("title: &t [a, *t]", 9),  # a recursive alias
    ],
)
def test_anchors_and_aliases_are_refused(content_copy: Path, new: str, line: int) -> None:
    error = refused_with(content_copy, "document.yaml", document_with(content_copy, TITLE, new))
    assert error.line == line
    assert "alias" in error.reason


@pytest.mark.parametrize(
    "tag",
    [
        '!!python/object/apply:os.system ["touch /tmp/pwned"]',
        "!!python/object/new:os.system [x]",
        "!!python/name:os.system",
        "!!python/module:os",
        "!!python/object:builtins.object {}",
        "!!python/tuple [1, 2]",
        "!!python/bytes aGk=",
        "!custom x",
        "!<tag:example.invalid,2024:x> y",
    ],
)
def test_tags_are_refused(content_copy: Path, tag: str) -> None:
    text = document_with(content_copy, TITLE, f"title: {tag}")
    error = refused_with(content_copy, "document.yaml", text)
    assert error.line == 9
    assert "is not allowed in content" in error.reason


def test_merge_keys_are_refused(content_copy: Path) -> None:
    text = document_with(content_copy, TITLE, TITLE + "\n<<: {subtitle: 另一个}")
    error = refused_with(content_copy, "document.yaml", text)
    assert error.reason == "merge keys (<<) are not allowed in content"
    assert error.line == 10


@pytest.mark.parametrize(
    "value",
    [
        "9" * 5000,  # beyond Python's limit on converting decimals
        "0x" + "f" * 5000,  # converts, but could not be printed as a decimal again
        "1" + ":59" * 100_000,  # base 60: quadratic to convert
        "-" + "1" * 101,
    ],
)
def test_overlong_integers_are_refused(content_copy: Path, value: str) -> None:
    path = content_copy / "figures.yaml"
    text = path.read_text("utf-8").replace("value: 11.2,", f"value: {value},", 1)
    start = time.monotonic()
    error = refused_with(content_copy, "figures.yaml", text)
    assert time.monotonic() - start < 5
    assert error.reason == "integer of more than 100 characters (no figure is that long)"
    assert error.line == 11


@pytest.mark.parametrize(("character", "code"), [("\x00", "0000"), ("\x07", "0007")])
def test_control_characters_are_refused_with_their_line(
    content_copy: Path, character: str, code: str
) -> None:
    text = document_with(content_copy, TITLE, f"title: 大爱{character}北疆")
    error = refused_with(content_copy, "document.yaml", text)
    assert error.reason == f"character U+{code} is not allowed in YAML"
    assert error.line == 9


@pytest.mark.parametrize(
    "text",
    [
        "a: " + "[" * (MAX_DEPTH + 1) + "]" * (MAX_DEPTH + 1) + "\n",
        "a: " + "{a: " * (MAX_DEPTH + 1) + "1" + "}" * (MAX_DEPTH + 1) + "\n",
        "".join(" " * i + f"k{i}:\n" for i in range(MAX_DEPTH + 5)) + " " * 70 + "x: 1\n",
        "a:\n" + "".join(" " * i + "-\n" for i in range(1, MAX_DEPTH + 5)) + " " * 70 + "x\n",
        "a: " + "[" * 5000 + "]" * 5000 + "\n",
    ],
    ids=["flow lists", "flow mappings", "block mappings", "block lists", "5000 deep"],
)
def test_deep_nesting_is_refused(content_copy: Path, text: str) -> None:
    error = refused_with(content_copy, "document.yaml", text)
    assert "nest" in error.reason
    assert error.line is not None


def test_nesting_within_the_limit_reaches_the_schema(content_copy: Path) -> None:
    depth = MAX_DEPTH - 2
    text = "a:\n" + "".join(" " * i + f"k{i}:\n" for i in range(1, depth)) + " " * depth + "x\n"
    error = refused_with(content_copy, "document.yaml", text)
    assert error.reason == "missing field 'format'"


def test_too_many_values_are_refused_before_they_are_built(
    content_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The real limit (two million) takes seconds to reach; the counting is the same.
    monkeypatch.setattr(yamlfile, "MAX_VALUES", 1000)
    flow = "a: [" + ", ".join(["1"] * 1200) + "]\n"
    error = refused_with(content_copy, "document.yaml", flow)
    assert error.reason == "more than 1,000 values in one file"
    # Block lists are read by the fast reader, which leaves more lines than that to the scan.
    block = "a:\n" + "- 1\n" * 1200
    error = refused_with(content_copy, "document.yaml", block)
    assert error.reason == "more than 1,000 values in one file"
    assert error.line == 999  # "a:", its list, then the 998th item


def test_huge_keys_and_tags_give_short_messages(content_copy: Path) -> None:
    key = "k" * 100_000
    error = refused_with(content_copy, "figures.yaml", f"format: 1\n? {key}\n: 1\n")
    assert error.reason.startswith("unknown key 'kkkk")
    assert error.field is not None
    assert len(error.field) < 60
    error = refused_with(content_copy, "figures.yaml", f"a: !{key} x\n")
    assert "is not allowed in content" in error.reason
    error = refused_with(content_copy, "figures.yaml", f"? {key}\n: 1\n? {key}\n: 2\n")
    assert error.reason.startswith("duplicate key 'kkkk")


def test_a_key_with_a_line_break_stays_on_one_line(content_copy: Path) -> None:
    error = refused_with(content_copy, "figures.yaml", 'format: 1\n"a\\nb": 1\n')
    assert error.field == "['a\\nb']"
