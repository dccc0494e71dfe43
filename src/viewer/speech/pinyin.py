"""Chinese characters as tone-numbered pinyin, for espeak-ng's Mandarin voice.

espeak-ng gives each Hanzi one fixed reading (服务 fú wu, 参与 cān yǔ) and no
一/不 sandhi, but its ``cmn-latn-pinyin`` voice reads tone-numbered pinyin
exactly (``yin2 hang2``). So for that voice the text is turned into pinyin
here, phrase by phrase with pypinyin's dictionary, then corrected where the
dictionary cannot know (``readings.py``): the particles 地 and 得, 以…为, and
the tone changes of 一 and 不. Third-tone sandhi is espeak-ng's own.

The input is text already normalised for speech (numbers are words). Each
syllable remembers the character it reads, so that the voice's word timings
lead back to the text on the page.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from functools import cache

from viewer.speech.readings import Word, correct_readings

HANZI = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f"
#: Characters that stand for a reading fixed by a pronunciation list.
FIXED_FIRST, FIXED_LAST = 0xF0000, 0xFFFFD
_FIXED = f"{chr(FIXED_FIRST)}-{chr(FIXED_LAST)}"

_TOKEN = re.compile(
    rf"(?P<hanzi>[{HANZI}]+)|(?P<fixed>[{_FIXED}])|(?P<latin>[A-Za-z]+)|(?P<digit>[0-9])"
    r"|(?P<stop>[。！？；…!?;.]+)|(?P<pause>[，、：,:—–\-]+)|(?P<space>\s+)"
)
_DIGITS = ("ling2", "yi1", "er4", "san1", "si4", "wu3", "liu4", "qi1", "ba1", "jiu3")
#: Latin letters said as Mandarin speakers name them (NVDA: en1 wei1 di4 ei1).
LETTERS: Mapping[str, tuple[str, ...]] = {
    "a": ("ei1",), "b": ("bi4",), "c": ("sei1",), "d": ("di4",), "e": ("yi4",),
    "f": ("ai2", "fu5"), "g": ("ji4",), "h": ("ai4", "chi3"), "i": ("ai4",),
    "j": ("jie4",), "k": ("kai4",), "l": ("ai2", "le5"), "m": ("ai2", "mu5"),
    "n": ("en1",), "o": ("ou1",), "p": ("pi4",), "q": ("kou4",), "r": ("a4", "er3"),
    "s": ("ai2", "si5"), "t": ("ti4",), "u": ("you1",), "v": ("wei1",),
    "w": ("da2", "bu5", "liu5"), "x": ("ai2", "ke4", "si5"), "y": ("wai4",), "z": ("zei4",),
}  # fmt: skip
#: espeak-ng's voice that reads tone-numbered pinyin: the one this front end is for.
PINYIN_VOICE = "cmn-latn-pinyin"


def reads_pinyin(voice_id: str | None) -> bool:
    """Whether the voice ``voice_id`` is given pinyin rather than Chinese characters."""
    return bool(voice_id) and PINYIN_VOICE in str(voice_id).lower()


#: A syllable of tone-numbered pinyin, as a pronunciation list may give it (ü as v).
SYLLABLE = re.compile(r"[a-z]{1,6}[1-5]")


@dataclass(frozen=True, slots=True)
class Syllable:
    """One piece of what the voice is given, and the characters it reads.

    Attributes:
        text: A syllable ("hang2"), or a pause mark ("," or ".").
        start: Where the characters it reads start in the input.
        end: Where they end.
    """

    text: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class PinyinText:
    """What the voice is given, and which characters of the input each part reads.

    Attributes:
        text: Syllables and pause marks, separated by spaces.
        syllables: Each piece of ``text`` in order; piece ``i`` starts at
            ``offsets[i]`` in ``text``.
        offsets: Where each piece starts in ``text``.
    """

    text: str
    syllables: tuple[Syllable, ...]
    offsets: tuple[int, ...]

    def source(self, start: int, end: int) -> tuple[int, int]:
        """The span of the input that ``text[start:end]`` reads."""
        import bisect

        first = max(0, bisect.bisect_right(self.offsets, start) - 1)
        last = max(first, bisect.bisect_left(self.offsets, end) - 1)
        if not self.syllables:
            return 0, 0
        if self.syllables[first].text in (",", "."):
            at = self.syllables[first].start
            return at, at  # a pause reads no word
        while last > first and self.syllables[last].text in (",", "."):
            last -= 1  # a pause after a syllable is not what the syllable reads
        return self.syllables[first].start, self.syllables[last].end


Converter = Callable[[str], list[str]]


@cache
def _converter() -> Converter:
    # pypinyin takes a fifth of a second to import: paid when the voice is first used.
    from pypinyin import Style, lazy_pinyin

    def convert(run: str) -> list[str]:
        return list(lazy_pinyin(run, style=Style.TONE3, neutral_tone_with_five=True))

    return convert


@cache
def _phrases() -> Mapping[str, list[list[str]]]:
    from pypinyin.constants import PHRASES_DICT

    phrases: Mapping[str, list[list[str]]] = PHRASES_DICT
    return phrases


@cache
def _tagger() -> Callable[[str], list[tuple[str, str]]]:
    import rjieba

    tag: Callable[[str], list[tuple[str, str]]] = rjieba.tag
    return tag


def prepare() -> None:
    """Load the dictionaries ahead of time (they take a moment)."""
    _converter()("一")
    _phrases()
    _tagger()("一")


def _hanzi_syllables(run: str) -> list[str]:
    """One syllable for each character of ``run`` (all Hanzi), corrected by context."""
    syllables = _converter()(run)
    if len(syllables) != len(run) or not all(SYLLABLE.fullmatch(s) for s in syllables):
        # A character the dictionary lacks comes back as itself, possibly joined
        # with its neighbours: read the run one character at a time instead.
        syllables = [_one(char) for char in run]
    words = [Word(text, tag) for text, tag in _tagger()(run)]
    _words_whole(words, syllables)
    return correct_readings(run, syllables, words)


def _words_whole(words: list[Word], syllables: list[str]) -> None:
    """A word jieba cut that the phrase dictionary knows is read as that phrase.

    pypinyin matches its phrases across word boundaries: in 残疾人参加 it
    finds 人参 (rénshēn), where jieba cuts 残疾人|参加.
    """
    at = 0
    for word in words:
        size = len(word.text)
        if size > 1:
            reading = _phrases().get(word.text)
            if reading and len(reading) == size:
                syllables[at : at + size] = [_tone3(options[0]) for options in reading]
        at += size


_TONE_MARKS = {
    **dict.fromkeys("āēīōūǖ", "1"), **dict.fromkeys("áéíóúǘń", "2"),
    **dict.fromkeys("ǎěǐǒǔǚň", "3"), **dict.fromkeys("àèìòùǜǹ", "4"),
}  # fmt: skip
_PLAIN = str.maketrans("āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹ", "aaaaeeeeiiiioooouuuuvvvvnnn")


def _tone3(marked: str) -> str:
    """Pypinyin's tone-marked syllable (zhǎng) as tone-numbered (zhang3)."""
    tone = next((_TONE_MARKS[c] for c in marked if c in _TONE_MARKS), "5")
    return marked.translate(_PLAIN).replace("ü", "v") + tone


def _one(char: str) -> str:
    found = _converter()(char)
    return found[0] if len(found) == 1 and SYLLABLE.fullmatch(found[0]) else char


def to_pinyin(text: str, fixed: Sequence[tuple[str, ...]] = ()) -> PinyinText:
    """Turn normalised ``text`` into what espeak-ng's pinyin voice reads.

    Args:
        text: Text normalised for speech: Hanzi, Latin words, pause marks.
        fixed: The readings a pronunciation list fixes; character
            ``FIXED_FIRST + i`` in ``text`` is read as ``fixed[i]``.

    Returns:
        The syllables, one per Hanzi, each Latin letter by its name, and a
        pause mark for each run of punctuation; other characters are left out.
    """
    pieces: list[Syllable] = []
    for match in _TOKEN.finditer(text):
        kind, start, end = match.lastgroup, match.start(), match.end()
        if kind == "hanzi":
            syllables = _hanzi_syllables(match.group())
            pieces.extend(Syllable(s, start + i, start + i + 1) for i, s in enumerate(syllables))
        elif kind == "fixed":
            index = ord(match.group()) - FIXED_FIRST
            reading = fixed[index] if index < len(fixed) else ()
            pieces.extend(Syllable(s, start, end) for s in reading)
        elif kind == "latin":
            for i, letter in enumerate(match.group().lower()):
                pieces.extend(Syllable(s, start + i, start + i + 1) for s in LETTERS[letter])
        elif kind == "digit":
            pieces.append(Syllable(_DIGITS[int(match.group())], start, end))
        elif kind in ("stop", "pause") and pieces and pieces[-1].text not in ",.":
            pieces.append(Syllable("." if kind == "stop" else ",", start, end))
    return _joined(pieces)


def _joined(pieces: list[Syllable]) -> PinyinText:
    offsets: list[int] = []
    parts: list[str] = []
    at = 0
    for piece in pieces:
        if piece.text in ",." and parts:
            parts[-1] += piece.text  # "hang2, zhang3": the mark belongs to its syllable
            offsets.append(at)
            at += len(piece.text)
            continue
        if parts:
            at += 1
        offsets.append(at)
        parts.append(piece.text)
        at += len(piece.text)
    return PinyinText(" ".join(parts), tuple(pieces), tuple(offsets))
