"""Reading one YAML file of content: safely, strictly, and with line numbers.

Only plain data is accepted: mappings, sequences and scalars, as the safe loader
builds them. On top of what the safe loader refuses (``!!python/...`` tags and
other unknown tags) this module refuses duplicate keys, which YAML would silently
let the later one win, and aliases, which let a small file expand into a huge
one ("billion laughs").
"""

from __future__ import annotations

from collections.abc import Hashable, Sequence
from pathlib import Path
from typing import Any

import yaml

from viewer.content.errors import ContentError
from viewer.content.plainyaml import load_plain

#: Larger files are refused before they are parsed.
MAX_FILE_BYTES = 256 * 1024 * 1024

# libyaml's parser is much faster than the pure-Python one; it is part of the
# PyYAML wheels, but a source build without libyaml lacks it.
_BaseLoader: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

PathPart = str | int


class _AliasError(Exception):
    """An alias was met while building the data."""


class _StrictLoader(_BaseLoader):  # type: ignore[misc, valid-type]
    """A safe loader that also refuses aliases and duplicate keys."""

    def construct_object(self, node: yaml.Node, deep: bool = False) -> Any:
        # The composer hands out the anchored node again for every alias, so a
        # node constructed twice is an alias.
        if node in self.constructed_objects or node in self.recursive_objects:
            raise _AliasError
        return super().construct_object(node, deep=deep)

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
        seen: dict[Hashable, yaml.Node] = {}
        for key_node, _ in node.value:
            key = key_node.value if isinstance(key_node, yaml.ScalarNode) else id(key_node)
            if key in seen:
                first = seen[key].start_mark.line + 1
                raise yaml.constructor.ConstructorError(
                    None,
                    None,
                    f"duplicate key {key!r} (first at line {first})",
                    key_node.start_mark,
                )
            seen[key] = key_node
        return super().construct_mapping(node, deep=deep)  # type: ignore[no-any-return]


def read_text(path: Path) -> str:
    """Return the text of a content file, which must be non-empty UTF-8.

    Raises:
        ContentError: The file is missing, unreadable, too large, not UTF-8 or empty.
    """
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise ContentError(path, f"file is larger than {MAX_FILE_BYTES // 2**20} MiB")
        data = path.read_bytes()
    except FileNotFoundError:
        raise ContentError(path, "file not found") from None
    except IsADirectoryError:
        raise ContentError(path, "is a folder, not a file") from None
    except OSError as error:
        raise ContentError(path, f"cannot be read: {error.strerror or error}") from None
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
    data = load_plain(text, _StrictLoader)
    if data is not None:
        return data
    try:
        data = yaml.load(text, Loader=_StrictLoader)  # noqa: S506 (a safe loader)
    except _AliasError:
        raise ContentError(
            path, "aliases (*name) are not allowed in content", line=_first_alias_line(text)
        ) from None
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        reason = _describe_yaml_error(error)
        raise ContentError(path, reason, line=mark.line + 1 if mark else None) from None
    except yaml.YAMLError as error:
        raise ContentError(path, f"YAML error: {error}") from None
    except RecursionError:
        raise ContentError(path, "nested too deeply") from None
    if data is None:
        raise ContentError(path, "file is empty (it holds only comments)")
    return data


def _first_alias_line(text: str) -> int | None:
    # Only reached on error, so the second parse costs nothing in normal use.
    for event in yaml.parse(text, Loader=_BaseLoader):
        if isinstance(event, yaml.AliasEvent) and event.start_mark is not None:
            return int(event.start_mark.line) + 1
    return None


def _describe_yaml_error(error: yaml.MarkedYAMLError) -> str:
    problem = error.problem or "invalid YAML"
    if "could not determine a constructor for the tag" in problem:
        tag = problem.rsplit(" ", 1)[-1].strip("'").replace("tag:yaml.org,2002:", "!!")
        return f"tag {tag} is not allowed in content (only plain data is)"
    if isinstance(error, yaml.constructor.ConstructorError):
        return problem
    parts = [p for p in (error.context, problem) if p]
    return "YAML syntax error: " + ", ".join(parts)


def line_of(text: str, path_parts: Sequence[PathPart], *, key: str | None = None) -> int | None:
    """Return the 1-based line of the value at ``path_parts`` in a YAML text.

    Args:
        text: The YAML text, already known to parse.
        path_parts: Mapping keys and sequence indices leading to the value.
        key: A key of that mapping to point at instead of the mapping itself.
    """
    try:
        node = yaml.compose(text, Loader=_BaseLoader)
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
        else:
            name += f".{part}" if name else part
    return name
