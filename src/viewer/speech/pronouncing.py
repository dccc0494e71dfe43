"""Applying pronunciation lists to a sentence before it is normalised for the voice.

A word with other words to say is replaced by them (they are then normalised
like any text). A word with fixed pinyin becomes one placeholder character,
which the pinyin front end reads as that pinyin, and which a voice that reads
Chinese characters itself is given back as the word.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path

from viewer.content.errors import ContentError
from viewer.content.model import Pronunciation
from viewer.content.pronunciations import load_pronunciations
from viewer.speech.aligned import Aligned
from viewer.speech.pinyin import FIXED_FIRST, FIXED_LAST

_FIXED = re.compile(f"[{chr(FIXED_FIRST)}-{chr(FIXED_LAST)}]")


def _word_pattern(word: str) -> str:
    """``word`` as a pattern; a Latin word only where no letter goes on (NVDA, not NVDAs)."""
    pattern = re.escape(word)
    if word[0].isascii() and word[0].isalnum():
        pattern = r"(?<![A-Za-z0-9])" + pattern
    if word[-1].isascii() and word[-1].isalnum():
        pattern += r"(?![A-Za-z0-9])"
    return pattern


class PronunciationList:
    """Words and how to say them; where two lists give the same word, the later wins."""

    def __init__(self, *lists: Iterable[Pronunciation]) -> None:
        """Merge ``lists`` in order (the report's, then the reader's)."""
        by_word: dict[str, Pronunciation] = {}
        for entries in lists:
            for entry in entries:
                by_word.pop(entry.word, None)
                by_word[entry.word] = entry
        self.entries = tuple(by_word.values())[: FIXED_LAST - FIXED_FIRST]
        self._index = {entry.word: i for i, entry in enumerate(self.entries)}
        self.readings = tuple(entry.pinyin for entry in self.entries)
        words = sorted(self._index, key=len, reverse=True)  # the longest word first
        self._pattern = re.compile("|".join(map(_word_pattern, words))) if words else None

    def __bool__(self) -> bool:
        return bool(self.entries)

    def apply(self, text: Aligned) -> Aligned:
        """Put each listed word's pronunciation in ``text``."""
        if self._pattern is None:
            return text
        return text.sub(self._pattern, self._replacement)

    def _replacement(self, match: re.Match[str]) -> str:
        index = self._index[match.group()]
        entry = self.entries[index]
        return entry.say if entry.say is not None else chr(FIXED_FIRST + index)

    def restore(self, text: Aligned) -> Aligned:
        """Give back the words that ``apply`` fixed the pinyin of."""
        return text.sub(_FIXED, lambda m: self._word(ord(m.group()) - FIXED_FIRST))

    def _word(self, index: int) -> str:
        return self.entries[index].word if index < len(self.entries) else ""


NO_PRONUNCIATIONS = PronunciationList()


def reader_lexicon(
    report: Iterable[Pronunciation], reader_list: Path
) -> tuple[PronunciationList, str | None]:
    """The report's pronunciations, and the reader's own list over them.

    Returns:
        The merged list, and why the reader's list was left out (it is not
        valid: the message says where), or None.
    """
    own: tuple[Pronunciation, ...] = ()
    problem = None
    if reader_list.exists() or reader_list.is_symlink():
        try:
            own = load_pronunciations(reader_list)
        except ContentError as error:
            problem = str(error)
    return PronunciationList(report, own), problem
