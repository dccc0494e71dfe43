"""The bundled review's files, broken in every way at hand: each loads or is refused, in bounds.

Each example takes the review and breaks one or both of its files a few times
over: cut short anywhere, bytes changed or inserted (invalid UTF-8, byte-order
marks, NUL), lines dropped, doubled or moved (duplicate keys), values replaced
by values of the wrong type, tags (``!!python/...``), anchors, aliases and
the "billion laughs", nesting thousands deep, huge text, thousands of sections.
Whatever comes out must be a Document or a ContentError with one clear
message (tests/unit/bounded.py), within the time and memory bounds.
"""

from __future__ import annotations

import re
import tempfile
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.unit.bounded import REPRODUCIBLE, load_bounded
from viewer.content import Document
from viewer.paths import bundled

REVIEW = {
    name: (bundled("content") / name).read_bytes() for name in ("document.yaml", "figures.yaml")
}

_BYTES = [
    b"\x00",
    b"\xff",
    b"\xc3",  # a sequence cut short
    b"\xed\xa0\x80",  # a surrogate, which UTF-8 does not allow
    b"\xef\xbb\xbf",  # a byte-order mark
    b"\xfe\xff",
    b"\t",
    b"\r",
    b"\n",
    b"\xc2\x85",  # NEL, a line break to YAML 1.1
    b"\xe2\x80\xa8",  # LINE SEPARATOR
    b"\x1b[31m",
    b"#",
    b": ",
    b"- ",
    b"&",
    b"*",
    b"!",
    b"{",
    b"[",
    b'"',
    b"'",
    b"\\",
]


def billion_laughs(levels: int) -> str:
    lines = ["lol0: &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]"]
    lines += [f"lol{n}: &l{n} [" + ", ".join([f"*l{n - 1}"] * 9) + "]" for n in range(1, levels)]
    return "\n".join(lines)


_VALUES = [
    "[1, 2]",
    "{a: 1}",
    "[]",
    "{}",
    "null",
    "~",
    "",
    "true",
    "no",
    "1e999",
    ".nan",
    "-.inf",
    "-1",
    "0",
    "1:2:3",
    "2001-12-14",
    "0x" + "f" * 200,
    "9" * 5000,
    '!!python/object/apply:os.system ["echo pwned"]',
    "!!python/object/new:subprocess.Popen [[ls]]",
    "!!python/name:builtins.eval",
    "!!python/module:os",
    "!!python/tuple [1]",
    "!!binary aGk=",
    "!!set {a}",
    "!!omap [a: 1]",
    "!!str 1",
    "!!int x",
    "!local x",
    "&a x",
    "*a",
    "&a [*a, *a]",
    "|\n  two\n  lines",
    ">-\n folded",
    "'unterminated",
    '"\\u0000\\x85\\uD800"',
    '"\\',
    "<b>bold</b>",
    '<img src="file:///etc/passwd">',
    "<<: {a: 1}",
    "? complex\n: key",
    "--- second document",
    "...",
    "%TAG ! tag:x,2000:",
]


Step = tuple[bytes, str]  # the file after a mutation, and what the mutation did


def _truncate(draw: st.DrawFn, data: bytes) -> Step:
    at = draw(st.integers(0, len(data)))
    return data[:at], f"cut at byte {at}"


def _change_bytes(draw: st.DrawFn, data: bytes) -> Step:
    buffer = bytearray(data)
    changes = []
    for _ in range(draw(st.integers(1, 8))):
        if not buffer:
            break
        at = draw(st.integers(0, len(buffer) - 1))
        buffer[at] = draw(st.integers(0, 255))
        changes.append(f"{at}={buffer[at]:#04x}")
    return bytes(buffer), "bytes changed: " + " ".join(changes)


def _insert_bytes(draw: st.DrawFn, data: bytes) -> Step:
    at = draw(st.integers(0, len(data)))
    piece = draw(st.one_of(st.sampled_from(_BYTES), st.binary(min_size=1, max_size=16)))
    times = draw(st.sampled_from([1, 1, 2, 1000]))
    return data[:at] + piece * times + data[at:], f"{piece!r} * {times} inserted at {at}"


def _edit_lines(draw: st.DrawFn, data: bytes) -> Step:
    lines = data.split(b"\n")
    line = draw(st.integers(0, len(lines) - 1))
    other = draw(st.integers(0, len(lines) - 1))
    edit = draw(st.sampled_from(["drop", "double", "move", "indent", "dedent"]))
    if edit == "drop":
        del lines[line]
    elif edit == "double":  # a key twice, or an item twice (a duplicate id)
        lines.insert(other, lines[line])
    elif edit == "move":
        lines.insert(other, lines.pop(line))
    elif edit == "indent":
        lines[line] = b" " * draw(st.integers(1, 9)) + lines[line]
    else:
        lines[line] = lines[line].lstrip(b" ")
    return b"\n".join(lines), f"line {line + 1}: {edit} (other line {other + 1})"


_VALUE = re.compile(rb"(?m)(^[ -]*[a-z]+: |, [a-z]+: |\{[a-z]+: )([^,}\n]*)")


def _replace_value(draw: st.DrawFn, data: bytes) -> Step:
    found = list(_VALUE.finditer(data))
    if not found:
        return data, "no value to replace"
    match = draw(st.sampled_from(found))
    value = draw(
        st.one_of(
            st.sampled_from(_VALUES),
            st.text(max_size=30),
            st.sampled_from(["x", "字", "<qt>"]).map(lambda s: s * 1_000_000),
            st.integers(1, 5000).map(lambda n: "[" * n + "]" * n),
            st.integers(1, 5000).map(lambda n: "{a: " * n + "1" + "}" * n),
        )
    )
    new = data[: match.start(2)] + value.encode("utf-8", "surrogatepass") + data[match.end(2) :]
    return new, f"value at byte {match.start(2)} replaced by {_short(value)}"


def _add_lines(draw: st.DrawFn, data: bytes) -> Step:
    """Something hostile as a line of its own: at the top level, or among the sections."""
    depth = draw(st.integers(1, 3000))
    piece = draw(
        st.sampled_from(
            [
                billion_laughs(draw(st.integers(2, 12))),
                'pwned: !!python/object/apply:os.system ["echo pwned"]',
                "deep:\n" + "".join(" " * n + f"k{n}:\n" for n in range(1, depth)) + "x: 1",
                "deep: " + "[" * depth + "]" * depth,
                "huge: " + "长" * draw(st.integers(1, 3_000_000)),
                "format: 1",
                "sections: []",
                "---",
            ]
        )
    )
    at = draw(st.sampled_from([0, len(data)]))
    return data[:at] + piece.encode() + b"\n" + data[at:], f"added at {at}: {_short(piece)}"


def _many_sections(draw: st.DrawFn, data: bytes) -> Step:
    count = draw(st.integers(1, 3000))
    same_id = draw(st.booleans())
    sections = "".join(
        f"  - id: {'many' if same_id else f'many-{n}'}\n"
        f"    heading: 第{n}节\n    blocks:\n      - paragraph: 文字{n}\n"
        for n in range(count)
    )
    marker = b"sections:\n"
    if marker not in data:
        return data, "no sections to add to"
    new = data.replace(marker, marker + sections.encode(), 1)
    return new, f"{count} sections added" + (" with one id" if same_id else "")


def _short(text: str) -> str:
    return repr(text) if len(text) <= 60 else f"{text[:40]!r}... ({len(text)} characters)"


# Each draws what it needs; a strategy holding the bytes would be shown whole in reports.
_MUTATIONS: list[Callable[[st.DrawFn, bytes], Step]] = [
    _truncate,
    _change_bytes,
    _insert_bytes,
    _edit_lines,
    _replace_value,
    _replace_value,
    _add_lines,
    _many_sections,
]


class Broken:
    """The review's files, broken; shown by what was done to them, not by their bytes.

    Not a dataclass: Hypothesis would show every field of one, the bytes too.
    """

    def __init__(self, files: dict[str, bytes], steps: tuple[str, ...]) -> None:
        self.files = files
        self.steps = steps

    def __repr__(self) -> str:
        return f"Broken({'; '.join(self.steps)})"


@st.composite
def broken_reviews(draw: st.DrawFn) -> Broken:
    """The review's two files, one or both broken by one to three mutations."""
    files = dict(REVIEW)
    steps: list[str] = []
    names = draw(st.sampled_from([["document.yaml"], ["figures.yaml"], sorted(files)]))
    for name in names:
        for _ in range(draw(st.integers(1, 3))):
            mutation = draw(st.sampled_from(_MUTATIONS))
            files[name], step = mutation(draw, files[name])
            steps.append(f"{name}: {step}")
    if draw(st.integers(0, 9)) == 0:  # now and then, nothing of the review at all
        name = draw(st.sampled_from(names))
        files[name] = draw(st.binary(max_size=200))
        steps.append(f"{name}: replaced by {files[name]!r}")
    return Broken(files, tuple(steps))


def broken_review_loads_or_is_refused(broken: Broken) -> None:
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        for file_name, data in broken.files.items():
            (folder / file_name).write_bytes(data)
        result = load_bounded(folder)
    if isinstance(result, Document):
        # What loads keeps the rules that the rest of the viewer relies on.
        sections = list(result.all_sections())
        ids = [s.id for s in sections]
        ids += [s.id for s in result.statistics] + [p.id for p in result.photos]
        assert len(ids) == len(set(ids))
        known = {s.id for s in sections}
        assert all(s.section_id in known for s in result.statistics)
        assert all(p.image is None for p in result.photos)  # the review has no pictures


test_broken_review_loads_or_is_refused = settings(REPRODUCIBLE, max_examples=150)(
    given(broken_reviews())(broken_review_loads_or_is_refused)
)
test_broken_review_loads_or_is_refused_soak = pytest.mark.soak(
    settings(REPRODUCIBLE, max_examples=5000)(
        given(broken_reviews())(broken_review_loads_or_is_refused)
    )
)
