"""Text being rewritten for the voice that still knows where each character came from.

The voice is given other words than the page shows (97.59% becomes
百分之九十七点五九), but what it is saying must be shown on the page: the word
highlight and the timings in an exported marks file point into the original
text. ``Aligned`` is a text with, for every character, the span of the
original it stands for; each rewrite keeps that map. A replaced run maps as a
whole to the whole of what it replaced, so 百分之九十七点五九 points at all of
"97.59%" and never at a part of it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass

Replacement = str | Callable[[re.Match[str]], str]


@dataclass(frozen=True, slots=True)
class Aligned:
    """A text, and for each of its characters the original span it stands for.

    Attributes:
        text: The rewritten text.
        starts: For each character of ``text``, where its original span starts.
        ends: For each character of ``text``, where its original span ends.
    """

    text: str
    starts: tuple[int, ...]
    ends: tuple[int, ...]

    @classmethod
    def of(cls, text: str) -> Aligned:
        """``text`` as it is: each character stands for itself."""
        positions = tuple(range(len(text)))
        return cls(text, positions, tuple(range(1, len(text) + 1)))

    @classmethod
    def inserted(cls, text: str, at: int) -> Aligned:
        """``text`` said at position ``at`` of the original, where nothing stands for it."""
        return cls(text, (at,) * len(text), (at,) * len(text))

    def source(self, start: int, end: int) -> tuple[int, int]:
        """The span of the original that ``text[start:end]`` stands for."""
        if start >= end:
            at = self._point(start)
            return at, at
        return self.starts[start], self.ends[end - 1]

    def _point(self, index: int) -> int:
        if index < len(self.text):
            return self.starts[index]
        return self.ends[-1] if self.ends else 0

    def sub(self, pattern: re.Pattern[str], replacement: Replacement) -> Aligned:
        """Like ``pattern.sub(replacement, text)``, keeping the map.

        What a replacement keeps of the matched text at its start and at its end
        keeps its own characters' spans; the rest stands for the whole match.
        """
        pieces: list[str] = []
        starts: list[int] = []
        ends: list[int] = []
        done = 0
        for match in pattern.finditer(self.text):
            first, last = match.span()
            new = match.expand(replacement) if isinstance(replacement, str) else replacement(match)
            if new == match.group(0):
                continue
            pieces.append(self.text[done:first])
            starts.extend(self.starts[done:first])
            ends.extend(self.ends[done:first])
            pieces.append(new)
            new_starts, new_ends = self._replaced(first, last, new)
            starts.extend(new_starts)
            ends.extend(new_ends)
            done = last
        if not pieces:
            return self
        pieces.append(self.text[done:])
        starts.extend(self.starts[done:])
        ends.extend(self.ends[done:])
        return Aligned("".join(pieces), tuple(starts), tuple(ends))

    def _replaced(self, first: int, last: int, new: str) -> tuple[list[int], list[int]]:
        """The spans of the characters of ``new``, put for ``text[first:last]``."""
        old = self.text[first:last]
        keep_head = _common_prefix(old, new)
        keep_tail = _common_prefix(old[keep_head:][::-1], new[keep_head:][::-1])
        middle = len(new) - keep_head - keep_tail
        lo, hi = self.source(first + keep_head, last - keep_tail)
        starts = [*self.starts[first : first + keep_head], *[lo] * middle]
        ends = [*self.ends[first : first + keep_head], *[hi] * middle]
        starts.extend(self.starts[last - keep_tail : last])
        ends.extend(self.ends[last - keep_tail : last])
        return starts, ends

    def translate(self, table: Mapping[int, int | str | None]) -> Aligned:
        """Like ``str.translate`` for a table that maps characters one to one."""
        text = self.text.translate(dict(table))
        if len(text) != len(self.text):
            raise ValueError("translate keeps the map only for one-to-one tables")
        return Aligned(text, self.starts, self.ends)

    def part(self, start: int, end: int) -> Aligned:
        """``text[start:end]``, with its map."""
        return Aligned(self.text[start:end], self.starts[start:end], self.ends[start:end])

    def strip(self) -> Aligned:
        """Without white space at either end."""
        text = self.text
        first = len(text) - len(text.lstrip())
        last = len(text.rstrip())
        if first == 0 and last == len(text):
            return self
        return Aligned(text[first:last], self.starts[first:last], self.ends[first:last])

    def __add__(self, other: Aligned) -> Aligned:
        return Aligned(self.text + other.text, self.starts + other.starts, self.ends + other.ends)


def _common_prefix(a: str, b: str) -> int:
    count = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        count += 1
    return count
