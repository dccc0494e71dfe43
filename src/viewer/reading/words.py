"""Where the words of the text begin and end: Chinese by jieba's dictionary, figures whole.

Chinese is written without spaces, so a word is found by segmentation:
rjieba (the Rust port of jieba, the segmenter NVDA also uses) cuts a text
into words, loaded on first use. A number stays one word with what is
written round it as part of the figure (97.59%, 41.48万余人次, 2018年), so
that moving by word reads a figure whole. Punctuation and spaces are not
words: moving by word passes over them.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from typing import Protocol

#: A number as written in the review: digits, one decimal point, full-width too.
_NUMBER = re.compile(r"^[0-9０-９]+(?:[.．][0-9０-９]+)?[%％‰]?$")
#: What stays with a number before it: counts, units and 近/余/多/以上 kinds of words.
_WITH_NUMBER = re.compile(
    r"^(?:[万亿千百十]?[余多]?(?:人次|万人|亿元|元|人|个|名|所|家|件|项|户|座|条|次|岁|年|月|日|号|倍|天"
    r"|平方米|公里|千米|米|吨|台|套|部|张|本|种|类|批|期|届|位)?(?:以上|以下|左右)?)$"
)
#: Characters that make a token a word (not only punctuation or spaces).
_WORDLIKE = re.compile(r"\w")


class Segmenter(Protocol):
    """What cuts a text into words (rjieba's ``cut``)."""

    def __call__(self, text: str) -> Sequence[str]:
        """The words of ``text``, in order, every character in one of them."""


@lru_cache(maxsize=1)
def _segmenter() -> Segmenter:
    import rjieba

    cut: Segmenter = rjieba.cut
    return cut


def prepare() -> None:
    """Load the dictionary now (a tenth of a second), off the GUI thread if called there."""
    _segmenter()("准备")


@lru_cache(maxsize=4096)
def words(text: str) -> tuple[tuple[int, int], ...]:
    """The words of ``text``, as (start, end) offsets, in order."""
    tokens = list(_segmenter()(text))
    spans: list[tuple[int, int]] = []
    offset = 0
    index = 0
    while index < len(tokens):
        token = tokens[index]
        start = text.find(token, offset)
        if start < 0:  # the segmenter changed the text (it never should): give up on the rest
            break
        end = start + len(token)
        if _NUMBER.match(token) and index + 1 < len(tokens):
            following = tokens[index + 1]
            if text.startswith(following, end) and following and _WITH_NUMBER.match(following):
                end += len(following)
                index += 1
        if _WORDLIKE.search(text[start:end]):
            spans.append((start, end))
        offset = end
        index += 1
    return tuple(spans)


def next_word_end(text: str, offset: int) -> int | None:
    """Where the first word that ends after ``offset`` ends; None if no word does."""
    return next((end for _, end in words(text) if end > offset), None)


def previous_word_start(text: str, offset: int) -> int | None:
    """Where the last word that starts before ``offset`` starts; None if none does."""
    return next((start for start, _ in reversed(words(text)) if start < offset), None)


def word_at(text: str, offset: int) -> tuple[int, int] | None:
    """The word that holds ``offset`` (or ends there), if any."""
    for start, end in words(text):
        if start <= offset < end or (offset == end and end == len(text)):
            return start, end
    return None
