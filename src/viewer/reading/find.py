"""Finding text in the document, for Chinese and for full- and half-width forms.

Text and query are compared after Unicode NFKC normalisation and case folding,
so that "１２３８５" finds "12385", "，" finds ",", and "ABC" finds "abc".
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

from viewer.content.collector import collector_paused
from viewer.reading.reading_map import Block


@dataclass(frozen=True, slots=True)
class Match:
    """A match: characters ``start`` to ``end`` of block ``block``'s text."""

    block: int
    start: int
    end: int


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


class TextIndex:
    """The blocks' text, folded once, to search many times."""

    def __init__(self, blocks: Sequence[Block]) -> None:
        folded = [_fold_with_offsets(b.text) for b in blocks]
        # Plain lists of strings rather than an object per block: the cycle
        # collector has nothing to walk in them, however large the report.
        self._texts = [f.text for f in folded]
        self._offsets = [f.offsets for f in folded]

    def find_all(self, query: str) -> list[Match]:
        """Return every match of ``query`` in reading order (none for blank queries)."""
        needle = fold(query.strip())
        if not needle:
            return []
        # A search may make a Match for every line of a large report, all kept:
        # the collector would walk the whole report over and over meanwhile,
        # which took twice as long as the search itself.
        with collector_paused():
            return self._find(needle)

    def _find(self, needle: str) -> list[Match]:
        matches: list[Match] = []
        size = len(needle)
        for number, (text, offsets) in enumerate(zip(self._texts, self._offsets, strict=True)):
            start = text.find(needle)
            while start != -1:
                end = start + size
                if offsets is None:
                    matches.append(Match(number, start, end))
                else:
                    matches.append(Match(number, offsets[start], offsets[end]))
                start = text.find(needle, end)
        return matches
