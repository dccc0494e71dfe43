"""A fast reader for the plain subset of YAML in which content is written.

PyYAML builds a node, two marks and a resolver call for every scalar before it
builds the data, which takes seconds for a report of a few megabytes. Content
files use a small part of YAML: block mappings and sequences, one-line plain or
quoted scalars, one-line flow mappings of scalars (the statistics) and comments.
This module reads exactly that part, line by line, and gives up (returns None)
at anything else: then the caller reads the file with PyYAML, which also gives
every error its message. Where it does not give up, it returns the same data
PyYAML's safe loader does: scalars are resolved by the loader's own implicit
resolvers and built by its own constructors, and anything doubtful (escapes,
anchors, tags, multi-line scalars, duplicate keys, odd indentation, special
characters) counts as "anything else".
"""

from __future__ import annotations

import re
from itertools import repeat
from typing import Any

import yaml

# Characters outside these are left to PyYAML: tabs, line breaks other than
# "\n" (NEL, LS, PS), the byte-order mark, control and non-printable characters.
_UNUSUAL = re.compile(
    "[^\n\x20-\x7e\xa0-\u2027\u202a-\ud7ff\ue000-\ufefe\uff00-\ufffd\U00010000-\U0010ffff]"
)

# A key as content writes it; other keys (quoted, complex, long) go to PyYAML.
_KEY = re.compile(r"([A-Za-z_][A-Za-z0-9_-]{0,63}):(?: +(.*))?\Z")

# A one-line flow mapping whose keys are as above and whose values are quoted
# without escapes, or plain; neither holds a comma, a quote of its own kind or
# (plain) any of []{}#:?, and a plain value starts with no indicator.
_FLOW_KEY = r"[A-Za-z_][A-Za-z0-9_-]{0,63}"
_FLOW_QUOTED = r""""[^"\\,]*"|'[^',]*'"""
_FLOW_PLAIN_FIRST = r"""[^ \-?:,\[\]{}#&*!|>'"%@`]"""
_FLOW_PLAIN_REST = r"[^,\[\]{}#:?]"
_FLOW_PAIR = rf"{_FLOW_KEY}: +(?:{_FLOW_QUOTED}|{_FLOW_PLAIN_FIRST}{_FLOW_PLAIN_REST}*)"
_FLOW_MAPPING = re.compile(rf"\{{ *{_FLOW_PAIR}(?: *, *{_FLOW_PAIR})* *\}}\Z")
_EMPTY_FLOW_MAPPING = re.compile(r"\{ *\}\Z")

# Characters that give a scalar's first character a meaning other than text.
_INDICATORS = frozenset("-?:,[]{}#&*!|>'\"%@`")

_STR = "tag:yaml.org,2002:str"
# The tags a plain scalar may resolve to here; others (timestamps, merge keys)
# go to PyYAML.
_SCALAR_TAGS = frozenset(
    {
        _STR,
        "tag:yaml.org,2002:int",
        "tag:yaml.org,2002:float",
        "tag:yaml.org,2002:bool",
        "tag:yaml.org,2002:null",
    }
)


class _UnsupportedError(Exception):
    """The text leaves the subset: PyYAML must read it."""


class _Reader:
    """Reads the subset from the text's content lines: (indent, text) pairs.

    The lines end with a sentinel of indent -1, which ends every block.
    """

    def __init__(
        self, lines: list[tuple[int, str]], loader: type[yaml.SafeLoader], max_depth: int
    ) -> None:
        self.lines = lines
        self.pos = 0
        # How deep the block being read is nested, counting a flow mapping in it.
        self.depth = 1
        self.max_depth = max_depth
        resolvers = loader.yaml_implicit_resolvers
        wildcard = resolvers.get(None, [])
        # The resolvers to try, by first character ("" for the empty scalar), as
        # Resolver.resolve tries them; most text starts with none of these.
        self._by_first = {k: [*v, *wildcard] for k, v in resolvers.items() if k is not None}
        self._wildcard = wildcard
        self._constructors = loader.yaml_constructors
        # The constructors of scalars only read node.value (and bool_values).
        self._builder = yaml.constructor.SafeConstructor()
        self._resolved: dict[str, Any] = {}
        self._keys: dict[str, str] = {}

    def document(self) -> dict[Any, Any]:
        if self.lines[0][0] != 0:
            raise _UnsupportedError  # nothing but comments, or an indented document
        data = self.mapping(0)
        if self.pos != len(self.lines) - 1:
            raise _UnsupportedError
        return data

    def block(self, indent: int) -> Any:
        """Read the mapping or sequence whose first line is the current one."""
        self.enter()
        data = self.sequence(indent) if _is_entry(self.lines[self.pos][1]) else self.mapping(indent)
        self.depth -= 1
        return data

    def enter(self) -> None:
        """Go one level deeper; deeper than allowed is for PyYAML's scan to refuse."""
        self.depth += 1
        if self.depth >= self.max_depth:  # >=: a flow mapping may be one level deeper
            raise _UnsupportedError

    def mapping(self, indent: int) -> dict[Any, Any]:
        # The position is kept in a local and handed over around recursion:
        # this loop runs once per line of the file.
        lines = self.lines
        keys = self._keys
        pos = self.pos
        data: dict[Any, Any] = {}
        while True:
            line_indent, text = lines[pos]
            if line_indent != indent:
                break
            match = _KEY.match(text)
            if match is None:
                raise _UnsupportedError
            name, value = match.groups()
            key = keys.get(name) or self.key(name)
            if key in data:
                raise _UnsupportedError  # a duplicate key: PyYAML says where
            pos += 1
            if value is not None:
                data[key] = self.inline(value)
                continue
            next_indent, next_text = lines[pos]
            # A nested block; YAML also lets a sequence start at its key's indent.
            if next_indent > indent or (next_indent == indent and _is_entry(next_text)):
                self.pos = pos
                data[key] = self.block(next_indent)
                pos = self.pos
            else:
                data[key] = self.plain("")
        self.pos = pos
        if line_indent > indent:
            raise _UnsupportedError  # a deeper line: a scalar going on, or an error
        return data

    def sequence(self, indent: int) -> list[Any]:
        lines = self.lines
        pos = self.pos
        plain_text = not self._wildcard  # resolvers by first character (ASCII) only
        data: list[Any] = []
        while True:
            line_indent, text = lines[pos]
            if line_indent != indent or not text.startswith("- "):
                break  # the end, or, at the indent, a key of the mapping it is in
            rest = text[2:].lstrip(" ")
            if not rest or rest[0] == "-":
                raise _UnsupportedError  # an empty entry, or a sequence in a sequence
            if rest[0] <= "\x7f" and _KEY.match(rest):
                # "- key: value" starts a mapping at the column of its key.
                item_indent = indent + len(text) - len(rest)
                lines[pos] = (item_indent, rest)
                self.pos = pos
                self.enter()
                data.append(self.mapping(item_indent))
                self.depth -= 1
                pos = self.pos
                continue
            pos += 1
            # Text that starts with a Chinese character is text (no key, indicator or
            # resolver starts so): the bulk of a long list, taken as it is.
            chinese = plain_text and rest[0] > "\x7f" and rest[-1] != ":"
            if chinese and ": " not in rest and " #" not in rest:
                data.append(rest)
            else:
                data.append(self.inline(rest))
            if lines[pos][0] > indent:
                raise _UnsupportedError  # the scalar goes on below
        self.pos = pos
        if line_indent > indent or (line_indent == indent and text == "-"):
            raise _UnsupportedError
        return data

    def inline(self, text: str) -> Any:
        """Return the value written after "key: " or "- " on one line."""
        first = text[0]
        if first in _INDICATORS:
            if first == "{":
                return self.flow_mapping(text)
            if text == "[]":
                return []
            if first in "\"'":
                return self.quoted(text)
            raise _UnsupportedError
        if ": " in text or " #" in text or text[-1] == ":":
            raise _UnsupportedError
        return self.plain(text)

    def flow_mapping(self, text: str) -> dict[Any, Any]:
        if _FLOW_MAPPING.match(text) is None:
            if _EMPTY_FLOW_MAPPING.match(text):
                return {}
            raise _UnsupportedError
        # Checked as a whole by the pattern, the mapping can be cut at its commas
        # (no key or value holds one) and each pair at its first colon (no key
        # holds one); a quoted value is known to be closed by its own quote.
        pairs = text[1:-1].split(",")
        keys = self._keys
        by_first = self._by_first
        data: dict[Any, Any] = {}
        for pair in pairs:
            name, _, value = pair.partition(":")
            name = name.strip(" ")
            value = value.strip(" ")
            first = value[0]
            if first in "\"'":
                value = value[1:-1]
            elif first in by_first or self._wildcard:
                value = self.plain(value)
            data[keys.get(name) or self.key(name)] = value
        if len(data) != len(pairs):
            raise _UnsupportedError  # a duplicate key: PyYAML says where
        return data

    @staticmethod
    def quoted(text: str) -> str:
        quote = text[0]
        inner = text[1:-1]
        if len(text) < 2 or text[-1] != quote or quote in inner or "\\" in inner:
            raise _UnsupportedError  # escapes, doubled quotes, or text after the quote
        return inner

    def key(self, name: str) -> str:
        """Return a plain key, which must be text (content has a few, used often)."""
        key = self._keys.get(name)
        if key is None:
            value = self.plain(name)
            if not isinstance(value, str):
                raise _UnsupportedError  # such as "yes" or "null", which are not text keys
            key = self._keys[name] = value
        return key

    def plain(self, text: str) -> Any:
        """Return a plain scalar as the safe loader resolves and builds it."""
        candidates = self._by_first.get(text[:1], self._wildcard)
        if not candidates:
            return text
        if text in self._resolved:
            return self._resolved[text]
        tag = next((t for t, pattern in candidates if pattern.match(text)), _STR)
        if tag not in _SCALAR_TAGS:
            raise _UnsupportedError
        if tag == _STR:
            return text
        value = self._constructors[tag](self._builder, yaml.ScalarNode(tag, text))
        # Numbers and nulls repeat; text that merely starts like one is not kept.
        self._resolved[text] = value
        return value


def _is_entry(text: str) -> bool:
    """Whether a line's text is a sequence entry ("- ..." or a lone "-")."""
    return text.startswith("- ") or text == "-"


def load_plain(
    text: str, loader: type[yaml.SafeLoader], *, max_lines: int, max_depth: int
) -> Any | None:
    """Return the data of ``text`` as ``loader`` builds it, or None if the text leaves the subset.

    Args:
        text: The YAML text.
        loader: The safe loader whose resolvers and constructors decide what
            plain scalars mean; a constructor that refuses a scalar leaves the
            text to PyYAML, which says where.
        max_lines: More lines than this are left to PyYAML (whose caller
            refuses that many values before building them).
        max_depth: Blocks nested deeper than this are left to PyYAML too.
    """
    if text.count("\n") > max_lines:
        return None
    if "\r" in text:
        # CRLF line ends are one line break to YAML, and values never span lines here.
        text = text.replace("\r\n", "\n")
    if _UNUSUAL.search(text):
        return None
    raw = text.split("\n")
    contents = map(str.lstrip, raw, repeat(" "))  # in C, as is the split
    lines = [
        (len(line) - len(content), content.rstrip(" "))
        for line, content in zip(raw, contents, strict=True)
        if content and content[0] != "#"
    ]
    del raw, contents  # a file's worth of memory, not needed any more
    lines.append((-1, ""))
    try:
        return _Reader(lines, loader, max_depth).document()
    except (_UnsupportedError, RecursionError, yaml.YAMLError):
        return None
