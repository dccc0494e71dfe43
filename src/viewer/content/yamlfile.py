"""Reading one YAML file of content: safely, strictly, and with line numbers.

Only plain data is accepted: mappings, sequences and scalars, as the safe loader
builds them. On top of what the safe loader refuses (``!!python/...`` tags and
other unknown tags) this module refuses duplicate keys, which YAML would silently
let the later one win; anchors and aliases, which let a small file expand into a
huge one ("billion laughs"); merge keys; integers too long to be a figure; and
files too large, too deeply nested or holding too many values to be read in
bounded time and memory. Content comes from anyone: whatever the text, the
result is data or a ContentError, never another exception.
"""

from __future__ import annotations

import os
import re
import stat
from collections.abc import Hashable, Sequence
from pathlib import Path
from typing import Any

import yaml

from viewer.content.errors import ContentError, quoted
from viewer.content.plainyaml import load_plain

#: Larger files are refused before they are read. A report 1,000 times the
#: bundled review (18,000 sections) takes some 15 MiB.
MAX_FILE_BYTES = 64 * 1024 * 1024

#: Mappings and lists may nest this deep; a report's deepest sections need 16.
MAX_DEPTH = 64

#: A file may hold this many values (mappings, lists and scalars), some four
#: times as many as the figures of a report 1,000 times the review. PyYAML's
#: nodes take some 400 bytes a value, so this bounds its memory.
MAX_VALUES = 2_000_000

#: Integers are written in at most this many characters (no figure needs more).
#: Longer ones would be slow to convert, or too large to be printed again.
MAX_INTEGER_CHARS = 100

#: PyYAML's safe loader, libyaml's where PyYAML has it: much faster than the
#: pure-Python one; it is part of the PyYAML wheels, but a source build without
#: libyaml lacks it.
FAST_SAFE_LOADER: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

PathPart = str | int


_MERGE = "tag:yaml.org,2002:merge"

# A key that can be shown as it is in a field name.
_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_-]{0,63}")


class _StrictLoader(FAST_SAFE_LOADER):  # type: ignore[misc, valid-type]
    """A safe loader that also refuses duplicate keys, merge keys and overlong integers.

    Anchors and aliases never reach it: ``_scan`` refuses them first.
    """

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
        seen: dict[Hashable, yaml.Node] = {}
        for key_node, _ in node.value:
            if key_node.tag == _MERGE:
                raise yaml.constructor.ConstructorError(
                    None, None, "merge keys (<<) are not allowed in content", key_node.start_mark
                )
            key = key_node.value if isinstance(key_node, yaml.ScalarNode) else id(key_node)
            if key in seen:
                first = seen[key].start_mark.line + 1
                shown = quoted(key) if isinstance(key, str) else "(a mapping or list)"
                reason = f"duplicate key {shown} (first at line {first})"
                raise yaml.constructor.ConstructorError(None, None, reason, key_node.start_mark)
            seen[key] = key_node
        return super().construct_mapping(node, deep=deep)  # type: ignore[no-any-return]


def _construct_integer(constructor: yaml.constructor.SafeConstructor, node: yaml.ScalarNode) -> int:
    # Python converts a long decimal in quadratic time and refuses more than
    # 4,300 digits; YAML's base-60 integers (1:20:30) would be slower still.
    if len(node.value) > MAX_INTEGER_CHARS:
        raise yaml.constructor.ConstructorError(
            None,
            None,
            f"integer of more than {MAX_INTEGER_CHARS} characters (no figure is that long)",
            node.start_mark,
        )
    return constructor.construct_yaml_int(node)


_StrictLoader.add_constructor("tag:yaml.org,2002:int", _construct_integer)


def read_text(path: Path) -> str:
    """Return the text of a content file, which must be non-empty UTF-8.

    Raises:
        ContentError: The file is missing, unreadable, too large, not UTF-8 or empty.
    """
    too_large = f"file is larger than {MAX_FILE_BYTES // 2**20} MiB"
    try:
        # Without blocking, so that a named pipe is refused rather than waited on.
        descriptor = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
        with os.fdopen(descriptor, "rb") as file:
            mode = os.fstat(descriptor)
            if stat.S_ISDIR(mode.st_mode):
                raise ContentError(path, "is a folder, not a file")
            if not stat.S_ISREG(mode.st_mode):
                # A device such as /dev/zero never ends; a pipe may never start.
                raise ContentError(path, "is not a regular file")
            if mode.st_size > MAX_FILE_BYTES:
                raise ContentError(path, too_large)
            # At most one byte more than allowed, in case the file grew meanwhile.
            data = file.read(MAX_FILE_BYTES + 1)
    except FileNotFoundError:
        raise ContentError(path, "file not found") from None
    except IsADirectoryError:
        raise ContentError(path, "is a folder, not a file") from None
    except OSError as error:
        raise ContentError(path, f"cannot be read: {error.strerror or error}") from None
    if len(data) > MAX_FILE_BYTES:
        raise ContentError(path, too_large)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        raise ContentError(
            path, f"is not UTF-8 text (byte 0x{data[error.start]:02x})", line=line
        ) from None
    if not text.strip():
        raise ContentError(path, "file is empty")
    return text


def load_yaml(path: Path, text: str) -> Any:
    """Parse the text of a YAML file into plain data.

    Raises:
        ContentError: Syntax errors, unknown tags, aliases, duplicate keys, or a
            file holding only comments.
    """
    # Content as it is usually written is read without PyYAML's nodes, which
    # take seconds for a large report; the same data comes out. Anything else,
    # errors included, is left to PyYAML.
    data = load_plain(text, _StrictLoader, max_lines=MAX_VALUES, max_depth=MAX_DEPTH)
    if data is not None:
        return data
    try:
        _scan(path, text)
        data = yaml.load(text, Loader=_StrictLoader)  # noqa: S506 (a safe loader)
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        reason = _describe_yaml_error(error)
        raise ContentError(path, reason, line=mark.line + 1 if mark else None) from None
    except yaml.reader.ReaderError as error:
        # libyaml counts the position in bytes of UTF-8, PyYAML's own reader in characters.
        if FAST_SAFE_LOADER is yaml.SafeLoader:
            line = text.count("\n", 0, error.position) + 1
        else:
            line = text.encode()[: error.position].count(b"\n") + 1
        reason = f"character U+{error.character:04X} is not allowed in YAML"
        raise ContentError(path, reason, line=line) from None
    except yaml.YAMLError as error:
        raise ContentError(path, "YAML error: " + _one_line(str(error))) from None
    except RecursionError:  # only without libyaml, whose parser caps nesting itself
        raise ContentError(path, "nested too deeply") from None
    if data is None:
        raise ContentError(path, "file is empty (it holds only comments)")
    return data


def _scan(path: Path, text: str) -> None:
    """Refuse anchors, aliases, deep nesting and too many values, before PyYAML builds nodes.

    The parser's events stream past one at a time, so this takes little memory
    whatever the text; building nodes for all of it could take gigabytes.
    Syntax errors are raised as they come, as PyYAML's own errors.
    """
    depth = 0
    values = 0
    for event in yaml.parse(text, Loader=FAST_SAFE_LOADER):
        if isinstance(event, yaml.NodeEvent):
            if isinstance(event, yaml.AliasEvent) or event.anchor is not None:
                raise _event_error(
                    path, event, "anchors and aliases (&name, *name) are not allowed in content"
                )
            values += 1
            if values > MAX_VALUES:
                raise _event_error(path, event, f"more than {MAX_VALUES:,} values in one file")
            if isinstance(event, yaml.CollectionStartEvent):
                depth += 1
                if depth > MAX_DEPTH:
                    reason = f"lists and mappings are nested more than {MAX_DEPTH} deep"
                    raise _event_error(path, event, reason)
        elif isinstance(event, yaml.CollectionEndEvent):
            depth -= 1


def _event_error(path: Path, event: yaml.Event, reason: str) -> ContentError:
    mark = event.start_mark
    return ContentError(path, reason, line=int(mark.line) + 1 if mark is not None else None)


def _describe_yaml_error(error: yaml.MarkedYAMLError) -> str:
    problem = _one_line(error.problem or "invalid YAML")
    if "could not determine a constructor for the tag" in problem:
        tag = problem.split(" the tag ", 1)[-1].strip("'").replace("tag:yaml.org,2002:", "!!")
        tag = tag if len(tag) <= 60 else tag[:57] + "..."
        return f"tag {tag} is not allowed in content (only plain data is)"
    if isinstance(error, yaml.constructor.ConstructorError):
        return problem
    parts = [_one_line(p) for p in (error.context, problem) if p]
    return "YAML syntax error: " + ", ".join(parts)


def _one_line(text: str) -> str:
    """PyYAML's messages may span lines; a message for authors is one line."""
    return " ".join(text.split())


def line_of(text: str, path_parts: Sequence[PathPart], *, key: str | None = None) -> int | None:
    """Return the 1-based line of the value at ``path_parts`` in a YAML text.

    Args:
        text: The YAML text, already known to parse.
        path_parts: Mapping keys and sequence indices leading to the value.
        key: A key of that mapping to point at instead of the mapping itself.
    """
    try:
        node = yaml.compose(text, Loader=FAST_SAFE_LOADER)
    except yaml.YAMLError:
        return None
    if node is None:
        return None
    for part in [*path_parts, *([key] if key is not None else [])]:
        child = _child(node, part, want_key=part == key and key is not None)
        if child is None:
            break
        node = child
    return int(node.start_mark.line) + 1


def _child(node: yaml.Node, part: PathPart, *, want_key: bool) -> yaml.Node | None:
    if isinstance(node, yaml.MappingNode):
        for key_node, value_node in node.value:
            if isinstance(key_node, yaml.ScalarNode) and key_node.value == str(part):
                return key_node if want_key else value_node
    elif (
        isinstance(node, yaml.SequenceNode)
        and isinstance(part, int)
        and 0 <= part < len(node.value)
    ):
        return node.value[part]  # type: ignore[no-any-return]
    return None


def field_name(path_parts: Sequence[PathPart]) -> str:
    """Spell a data path the way an author reads it: ``sections[2].blocks[0]``."""
    name = ""
    for part in path_parts:
        if isinstance(part, int):
            name += f"[{part}]"
        elif _NAME.fullmatch(part) is None:
            name += f"[{quoted(part)}]"  # an unknown key may be anything, of any length
        else:
            name += f".{part}" if name else part
    return name
