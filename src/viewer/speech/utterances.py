"""What the voice says, sentence by sentence, and where each sentence stands in the text."""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from viewer.reading.words import words as word_spans
from viewer.speech.aligned import Aligned
from viewer.speech.normalize import normalize_aligned, split_sentences
from viewer.speech.pinyin import to_pinyin
from viewer.speech.pronouncing import NO_PRONUNCIATIONS, PronunciationList


@dataclass(frozen=True, slots=True)
class BlockText:
    """A block's text, and what to say before it (for a photo: "Photo:").

    Attributes:
        text: The text as shown.
        spoken_prefix: Said before the first sentence.
        spoken: Said instead of the text, when the shown words are the
            interface's rather than the document's (the photos part's title).
        lexicon: How to say the words of the report's and the reader's
            pronunciation lists.
    """

    text: str
    spoken_prefix: str = ""
    spoken: str | None = None
    lexicon: PronunciationList = field(default=NO_PRONUNCIATIONS, compare=False)


@dataclass(frozen=True)
class SpokenWords:
    """Words the voice says that are not in the document, in its language, and its lexicon."""

    photos_title: str
    photo_prefix: str
    lexicon: PronunciationList = field(default=NO_PRONUNCIATIONS, compare=False)


def spoken_words(language: str, lexicon: PronunciationList = NO_PRONUNCIATIONS) -> SpokenWords:
    """Return the voice's own words for a document in ``language`` (a BCP 47 tag).

    They follow the document, not the interface: a Mandarin voice reading an
    English word would switch to English in the middle of the text.
    """
    if language.lower().startswith(("zh", "cmn")):
        return SpokenWords("图片", "图片：", lexicon)
    return SpokenWords("Photos", "Photo: ", lexicon)


@dataclass(frozen=True, slots=True)
class VoiceInput:
    """What one voice is given for an utterance, and where each part of it is on the page.

    Attributes:
        text: The text for the engine: Chinese words, or tone-numbered pinyin.
        source: Maps a span of ``text`` to the span of the block's text it reads.
    """

    text: str
    source: Callable[[int, int], tuple[int, int]]


@dataclass(frozen=True, slots=True)
class Utterance:
    """One sentence to speak (or a part of a sentence too long for one breath).

    Attributes:
        block: The block of the document it comes from.
        start: Where it starts in the block's text.
        end: Where it ends in the block's text.
        spoken: What the voice says (numbers as words, no unspoken marks).
        said: ``spoken`` before the words with fixed pinyin were given back,
            each character mapped to the block's text; None when made from
            ``spoken`` alone.
        lexicon: The pronunciation list ``said`` was made with.
    """

    block: int
    start: int
    end: int
    spoken: str
    said: Aligned | None = field(default=None, compare=False, repr=False)
    lexicon: PronunciationList = field(default=NO_PRONUNCIATIONS, compare=False, repr=False)

    def voice_input(self, *, pinyin: bool) -> VoiceInput:
        """What to give a voice: pinyin for espeak-ng's pinyin voice, else the words."""
        said = self.said if self.said is not None else Aligned.inserted(self.spoken, self.start)
        if not pinyin:
            words = self.lexicon.restore(said)
            return VoiceInput(words.text, words.source)
        syllables = to_pinyin(said.text, self.lexicon.readings)

        def source(start: int, end: int) -> tuple[int, int]:
            return said.source(*syllables.source(start, end))

        return VoiceInput(syllables.text, source)


#: The most a voice is given at once, in characters of what it says (a Latin
#: letter counts as three: it is said in up to three syllables): a sentence
#: longer than that is cut into parts at a comma, else between words, so that
#: its audio comes soon and no engine times out on it.
MOST_AT_ONCE = 300
#: The longest clause a voice is given: espeak-ng drops what follows some 136
#: syllables without a pause; a longer clause is given a pause between words.
LONGEST_CLAUSE = 100
_CLAUSE_END = re.compile("[，、；：。！？,;:.!?]")
_LATIN = re.compile("[A-Za-z]")
_WORDLIKE = re.compile(r"\w")
_PAUSE_AFTER = set("，、：；,:;")


def utterances_of(  # noqa: PLR0913 (all but the first two are optional refinements)
    block: int,
    text: str,
    *,
    spoken_prefix: str = "",
    spoken: str | None = None,
    start: int = 0,
    end: int | None = None,
    lexicon: PronunciationList = NO_PRONUNCIATIONS,
) -> list[Utterance]:
    """Split one block's text into utterances.

    Args:
        block: The block's index.
        text: Its text.
        spoken_prefix: Said before the first sentence (e.g. "图片：" for a photo).
        spoken: Said instead of the text, as one utterance.
        start: Speak from this character (a selection, or the middle of a paragraph).
        end: Speak up to this character.
        lexicon: The pronunciations to apply.

    Returns:
        The sentences in order (a long one in parts); a sentence that becomes
        empty once normalised (only punctuation) is left out.
    """
    stop = len(text) if end is None else end
    result: list[Utterance] = []
    if spoken is not None:
        return [Utterance(block, start, stop, spoken)] if spoken.strip() and start < stop else []
    for first, last in split_sentences(text):
        lo, hi = max(first, start), min(last, stop)
        for part_lo, part_hi in _parts(text, lo, hi, lexicon):
            said = _said(text, part_lo, part_hi, lexicon)
            if not result and spoken_prefix:
                said = Aligned.inserted(spoken_prefix, part_lo) + said
            words = lexicon.restore(said).text if lexicon else said.text
            if words.strip("，。、；：！？ "):
                result.append(Utterance(block, part_lo, part_hi, words, said, lexicon))
    return result


def _piece(text: str, lo: int, hi: int) -> Aligned:
    """``text[lo:hi]``, mapped to offsets in ``text``."""
    return Aligned(text[lo:hi], tuple(range(lo, hi)), tuple(range(lo + 1, hi + 1)))


def _said(text: str, lo: int, hi: int, lexicon: PronunciationList) -> Aligned:
    """``text[lo:hi]`` as the voice says it, mapped to offsets in ``text``."""
    return _breathe(normalize_aligned(lexicon.apply(_piece(text, lo, hi))).strip())


def _breathe(said: Aligned) -> Aligned:
    """``said`` with a pause between two words of each clause too long to say in one breath."""
    text = said.text
    if _weight(text) <= LONGEST_CLAUSE:
        return said
    pieces: list[Aligned] = []
    done = 0
    for clause in _clauses(text):
        first, last = clause
        if _weight(text[first:last]) <= LONGEST_CLAUSE:
            continue
        at, weight = first, 0
        for start, end in word_spans(text[first:last]):
            size = _weight(text[first + start : first + end])
            if weight + size > LONGEST_CLAUSE and first + start > at:
                pieces.append(said.part(done, first + start))
                pieces.append(Aligned.inserted("，", said.source(first + start, first + start)[0]))
                done = at = first + start
                weight = 0
            weight += size
    if not pieces:
        return said
    pieces.append(said.part(done, len(text)))
    joined = pieces[0]
    for piece in pieces[1:]:
        joined = joined + piece
    return joined


def _clauses(text: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    for mark in _CLAUSE_END.finditer(text):
        spans.append((start, mark.start()))
        start = mark.end()
    spans.append((start, len(text)))
    return spans


def _weight(said: str) -> int:
    return len(said) + 2 * len(_LATIN.findall(said))


def _parts(text: str, lo: int, hi: int, lexicon: PronunciationList) -> list[tuple[int, int]]:
    """``text[lo:hi]`` cut where needed so that no part says more than MOST_AT_ONCE."""
    if lo >= hi:
        return []
    whole = normalize_aligned(lexicon.apply(_piece(text, lo, hi)))
    if _weight(whole.text) <= MOST_AT_ONCE:
        return [(lo, hi)]

    def weight(first: int, last: int) -> int:
        """What the voice says for ``text[first:last]``, weighed (from the whole's map)."""
        begin = bisect.bisect_left(whole.starts, first)
        return _weight(whole.text[begin : bisect.bisect_left(whole.starts, last, begin)])

    # Where a part may end: after a comma is best, else between two words.
    ends = [b + lo for _, b in word_spans(text[lo:hi])]
    parts: list[tuple[int, int]] = []
    at = lo
    while at < hi:
        best = _longest_part(text, at, hi, [e for e in ends if e > at], weight)
        if not _WORDLIKE.search(text, best, hi):
            best = hi  # only marks are left: they end this part
        parts.append((at, best))
        at = best
        while at < hi and text[at].isspace():
            at += 1
    return parts


def _longest_part(
    text: str, at: int, hi: int, ends: list[int], weight: Callable[[int, int], int]
) -> int:
    """Where the longest good part starting at ``at`` ends (``ends``: where words end)."""
    fitting = at
    by_comma = 0
    for end in ends or [hi]:
        if weight(at, end) > MOST_AT_ONCE:
            break
        fitting = end
        if text[end - 1] in _PAUSE_AFTER or (end < hi and text[end] in _PAUSE_AFTER):
            by_comma = end + (1 if end < hi and text[end] in _PAUSE_AFTER else 0)
    if by_comma > at and by_comma - at >= (fitting - at) // 3:
        return by_comma
    if fitting > at:
        return fitting
    # One word too long to say at once (a run of letters): cut it by characters.
    end = at + 1
    while end < hi and weight(at, end + 1) <= MOST_AT_ONCE:
        end += 1
    return end


def pinyin_of(text: str, lexicon: PronunciationList = NO_PRONUNCIATIONS) -> str:
    """The tone-numbered pinyin espeak-ng's pinyin voice is given for ``text``, all of it."""
    found = utterances_of(0, text, lexicon=lexicon)
    return " ".join(u.voice_input(pinyin=True).text for u in found)
