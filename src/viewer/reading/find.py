"""Finding text in the document, for Chinese and for full- and half-width forms.

Text and query are compared after Unicode NFKC normalisation and case folding,
so that "１２３８５" finds "12385", "，" finds ",", and "ABC" finds "abc".
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left, bisect_right
from collections.abc import Generator, Sequence
from dataclasses import dataclass
from typing import overload

from viewer.content.collector import collector_paused
from viewer.reading.blocks import Block


@dataclass(frozen=True, slots=True)
class Match:
    """A match: characters ``start`` to ``end`` of block ``block``'s text."""

    block: int
    start: int
    end: int


#: How many characters of a match's sentence are said on each side of it, at most.
CONTEXT_ROOM = 12
#: Where a sentence ends, for the context of a match.
_SENTENCE_END = re.compile(r"[。！？；!?;\n]")


def context_of(text: str, start: int, end: int, room: int = CONTEXT_ROOM) -> str:
    """The match ``text[start:end]`` in its sentence, cut to ``room`` characters each side.

    Where the sentence is cut, "……" stands for what is left out, as Chinese
    writes an ellipsis.
    """
    begin = max((m.end() for m in _SENTENCE_END.finditer(text, 0, start)), default=0)
    after = _SENTENCE_END.search(text, end)
    stop = after.end() if after is not None else len(text)
    left = max(begin, start - room)
    right = min(stop, end + room)
    before = "……" if left > begin else ""
    beyond = "……" if right < stop else ""
    return f"{before}{text[left:right].strip()}{beyond}"


def fold(text: str) -> str:
    """Return the form in which text is compared: NFKC, then case-folded."""
    return unicodedata.normalize("NFKC", text).casefold()


@dataclass(frozen=True, slots=True)
class _Folded:
    text: str
    # offsets[i] is the index in the original text of folded character i, and
    # offsets[len(text)] the original length; None when folding kept every offset.
    offsets: tuple[int, ...] | None


def _fold_with_offsets(text: str) -> _Folded:
    folded = fold(text)
    if len(folded) == len(text):
        # Almost always: CJK text and full-width forms fold one to one.
        return _Folded(folded, None)
    pieces: list[str] = []
    offsets: list[int] = []
    for i, char in enumerate(text):
        part = fold(char)
        pieces.append(part)
        offsets.extend([i] * len(part))
    offsets.append(len(text))
    return _Folded("".join(pieces), tuple(offsets))


#: Joins the blocks' folded text into one string to search at once. A noncharacter:
#: folding never produces it, and a query that holds it finds nothing.
_SEPARATOR = "\uffff"


class Matches(Sequence[Match]):
    """Every match of a query, made into a Match only when asked for.

    A word on every line of a large report matches a hundred thousand times;
    the find bar needs the count, one match at a time, and the first match from
    a place, so only the matches' offsets in the joined text are kept.
    """

    def __init__(self, index: TextIndex, starts: list[int], size: int) -> None:
        self._index = index
        self._starts = starts
        self._size = size

    def __len__(self) -> int:
        return len(self._starts)

    @overload
    def __getitem__(self, item: int) -> Match: ...
    @overload
    def __getitem__(self, item: slice) -> list[Match]: ...
    def __getitem__(self, item: int | slice) -> Match | list[Match]:
        if isinstance(item, slice):
            return [self[i] for i in range(*item.indices(len(self)))]
        return self._index.match_at(self._starts[item], self._size)

    def first_from(self, block: int) -> int:
        """Return the number of the first match in block ``block`` or after it (-1: none).

        After the last match, the search wraps to the first.
        """
        if not self._starts:
            return -1
        number = bisect_left(self._starts, self._index.block_start(block))
        return number if number < len(self._starts) else 0


def index_in_steps(
    blocks: Sequence[Block], blocks_per_step: int = 400
) -> Generator[None, None, TextIndex]:
    """Fold ``blocks`` a slice at a time, yielding between slices; return their index.

    Folding a large report takes most of a second; done in slices while the
    reader reads, it is ready before the first search without holding up a key
    (a slice of 400 blocks takes some 5 ms).
    """
    folded: list[_Folded] = []
    for first in range(0, len(blocks), blocks_per_step):
        folded.extend(_fold_with_offsets(b.text) for b in blocks[first : first + blocks_per_step])
        yield
    return TextIndex(folded=folded)


class TextIndex:
    """The blocks' text, folded once, to search many times."""

    def __init__(
        self, blocks: Sequence[Block] = (), *, folded: Sequence[_Folded] | None = None
    ) -> None:
        if folded is None:
            folded = [_fold_with_offsets(b.text) for b in blocks]
        # One string and plain lists rather than an object per block: a search
        # is one scan in C, and the cycle collector has nothing to walk.
        self._offsets = [f.offsets for f in folded]
        self._starts: list[int] = []
        position = 0
        for f in folded:
            self._starts.append(position)
            position += len(f.text) + 1
        self._joined = _SEPARATOR.join(f.text for f in folded)

    def find_all(self, query: str) -> Matches:
        """Return every match of ``query`` in reading order (none for blank queries)."""
        needle = fold(query.strip())
        if not needle or _SEPARATOR in needle:
            return Matches(self, [], 0)
        # A search may find a match on every line of a large report: the
        # collector would walk them all over and over meanwhile.
        with collector_paused():
            starts = [m.start() for m in re.finditer(re.escape(needle), self._joined)]
        return Matches(self, starts, len(needle))

    def block_start(self, block: int) -> int:
        """Return where block ``block`` begins in the joined text (its end, past the last)."""
        if block >= len(self._starts):
            return len(self._joined) + 1
        return self._starts[max(block, 0)]

    def match_at(self, start: int, size: int) -> Match:
        """Return the match of ``size`` folded characters from ``start`` in the joined text."""
        block = bisect_right(self._starts, start) - 1
        local = start - self._starts[block]
        offsets = self._offsets[block]
        if offsets is None:
            return Match(block, local, local + size)
        return Match(block, offsets[local], offsets[local + size])
