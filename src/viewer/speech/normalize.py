"""Text as the voice should say it: numbers as Chinese words, unspoken marks removed.

Pure Python, no Qt, no I/O. espeak-ng's Mandarin voice reads digits poorly (it
drops the decimal point, says "%" in English and reads 2018年 as 二千十八年), so
every number becomes words before the text reaches any engine. cn2an turns a
bare number into words; the tokenising around it (years, dates, times,
telephones, ranges, units, money, signs) is done here and in ``number_forms``,
``units`` and ``symbols`` with regular expressions, because ``cn2an.transform``
guesses wrong (it reads 12年 as a year).
"""

from __future__ import annotations

import re

from viewer.speech import number_forms, numerals, symbols, units
from viewer.speech.aligned import Aligned
from viewer.speech.numerals import (
    ADDED,
    CJK,
    MINUS,
    NUMBER,
    SIGN,
    YEAR,
    digit_by_digit,
    say_number,
)

_PAUSE = "，"

# Full-width digits count as ASCII ones, and so do the signs said next to them;
# nothing else is folded, so the report's full-width punctuation keeps its
# meaning (and its pauses).
_WIDE = str.maketrans("０１２３４５６７８９／＋＝＜＞", "0123456789/+=<>")
_WIDE_POINT = re.compile(r"(?<=[0-9])．(?=[0-9])")

_THOUSANDS = re.compile(r"(?<![0-9.,，])[0-9]{1,3}(?:[,，][0-9]{3})+(?![0-9]|[,，][0-9])")
_YEAR_RANGE = re.compile(
    rf"(?<![0-9.])(?P<open>[（(]?)(?P<a>{YEAR})(?P<a_nian>年?)\s*"
    rf"(?P<sep>——|[—–~～至到{MINUS}])\s*"
    rf"(?P<b>{YEAR})(?P<b_nian>年?)(?P<close>[）)]?)(?![0-9])"
)
_YEAR_WORD = re.compile(rf"(?<![0-9.])(?P<y>{YEAR})(?=年)")
_BRACKET_YEAR = re.compile(r"(?<=[（(])(?P<y>(?:19|20)[0-9]{2})(?=[）)])")
_PERCENT = re.compile(rf"(?:(?P<neg>{SIGN}))?(?P<n>{NUMBER})\s*(?P<p>[%％‰‱])")
_PER = {"%": "百分之", "％": "百分之", "‰": "千分之", "‱": "万分之"}
_SIGNED = re.compile(rf"{SIGN}(?P<n>{NUMBER})")
_PLAIN = re.compile(NUMBER)

_QUOTES = re.compile('[“”‘’「」『』"]')
_DROPPED = re.compile(r"[·•※]\s*")
_LIST_DASH = re.compile(r"(?:^|(?<=\s))——+(?=\S)")
_DASH = re.compile(rf"\s*——+\s*|\s+[—–]\s+|(?<=[{CJK}])[—–](?=[{CJK}])")
_BRACKETS = re.compile("[（）()【】]")
# A line break within a block (between a figure's number and what it counts).
_LINE_BREAK = re.compile(r"\s*\n\s*")
_MARKS = "。，、；：！？"


def prepare() -> None:
    """Load what normalising needs ahead of time (it takes a moment)."""
    numerals.prepare()


def _year(match: re.Match[str]) -> str:
    return digit_by_digit(match.group("y"))


def _year_range(match: re.Match[str]) -> str:
    a, b = match.group("a"), match.group("b")
    bracketed = bool(match.group("open") and match.group("close"))
    modern = all(y.startswith(("19", "20")) for y in (a, b))
    if not (match.group("a_nian") or match.group("b_nian") or (bracketed and modern)):
        return match.group(0)  # two plain numbers: the range rule reads them
    separator = match.group("sep")
    word = separator if separator in "至到" else "至"
    return "".join(
        (
            match.group("open"),
            digit_by_digit(a),
            match.group("a_nian"),
            word,
            digit_by_digit(b),
            match.group("b_nian"),
            match.group("close"),
        )
    )


def _years(text: Aligned) -> Aligned:
    text = text.sub(_YEAR_RANGE, _year_range)
    return text.sub(_YEAR_WORD, _year).sub(_BRACKET_YEAR, _year)


def _percent(match: re.Match[str]) -> str:
    sign = "负" if match.group("neg") else ""
    return f"{sign}{_PER[match.group('p')]}{say_number(match.group('n'))}"


def _numbers(text: Aligned) -> Aligned:
    """Turn every number of ``text`` into words, the specific forms first.

    The order matters: telephones and dates hold dashes and dots that are no
    ranges or decimal points, a range is found while its ends are still
    digits, a unit is read while the number before it still shows it is one,
    and a sign is read after the signs that say what it is (零下五摄氏度).
    """
    text = text.translate(_WIDE).sub(_WIDE_POINT, ".")
    text = symbols.list_numbers(text)
    text = number_forms.standards(number_forms.telephones(text))
    text = text.sub(_THOUSANDS, lambda m: re.sub("[,，]", "", m.group(0)))
    text = number_forms.hotlines(number_forms.dates(text))
    text = _years(number_forms.ranges(text))
    text = number_forms.clock_times(number_forms.calendar_values(text))
    text = units.money(units.units(number_forms.fractions(text)))
    text = number_forms.two_as_liang(symbols.maths(text))
    text = units.below_zero(text.sub(_PERCENT, _percent))
    text = text.sub(_SIGNED, lambda m: "负" + say_number(m.group("n")))
    return text.sub(_PLAIN, lambda m: say_number(m.group(0)))


def _marks(text: Aligned) -> Aligned:
    """Drop the marks a voice would say or stumble on; make pauses of the others."""
    text = symbols.slashes(text)
    text = text.sub(_QUOTES, "").sub(_DROPPED, "").sub(_LIST_DASH, "")
    text = text.sub(_DASH, ADDED).sub(_LINE_BREAK, ADDED)
    return text.sub(_BRACKETS, ADDED)


_ADDED_RUN = re.compile(rf"\s*{ADDED}[\s{ADDED}]*")
_ADDED_NEEDLESS = re.compile(rf"{ADDED}(?=[{_MARKS}]|\Z)|(?<=[{_MARKS}]){ADDED}|^{ADDED}")
_ADDED_ONE = re.compile(ADDED)


def _tidy_pauses(text: Aligned) -> Aligned:
    """Make the added pauses commas, but none doubled, next to a mark or at either end."""
    text = text.sub(_ADDED_RUN, ADDED).sub(_ADDED_NEEDLESS, "")
    return text.sub(_ADDED_ONE, _PAUSE)


def normalize_for_speech(text: str) -> str:
    """Return what the voice should say for ``text``.

    Numbers become Chinese words (158.58万 → 一百五十八点五八万, 97.59% →
    百分之九十七点五九, -5 → 负五, 1/3 → 三分之一, 2个 → 两个), years are read
    digit by digit (2018年 → 二零一八年), dates and clock times as dates and
    times (2023-05-01 → 二零二三年五月一日, 8:30 → 八点三十分), ranges are
    joined by 至, telephone numbers are read digit by digit with 幺, units,
    money and mathematical signs are said in words (5km → 五千米, ¥100 →
    一百元, ≥ → 大于等于, -5℃ → 零下五摄氏度), and quotes, dashes and
    brackets are dropped or become pauses. Normalising the result again
    changes nothing.

    Args:
        text: Any text; never raises.

    Returns:
        The text to give the voice.
    """
    return normalize_aligned(Aligned.of(text)).text


def normalize_aligned(text: Aligned) -> Aligned:
    """``normalize_for_speech`` keeping where each character of what is said came from."""
    return _tidy_pauses(_marks(_numbers(text)))


def spell_out_numbers(text: str) -> str:
    """Return what the voice should say for ``text``, each number digit by digit.

    For hearing a figure again, one digit at a time: 97.59% → 百分之九、七、点、五、九;
    the rest of the text is said as ``normalize_for_speech`` says it.

    Args:
        text: Any text; never raises.

    Returns:
        The text to give the voice.
    """

    def digits(number: str) -> str:
        return "、".join(digit_by_digit(c) for c in number if c not in ",，")

    def percent(match: re.Match[str]) -> str:
        sign = "负" if match.group("neg") else ""
        return f"{sign}{_PER[match.group('p')]}{digits(match.group('n'))}"

    aligned = Aligned.of(text).translate(_WIDE).sub(_WIDE_POINT, ".")
    aligned = aligned.sub(_THOUSANDS, lambda m: re.sub("[,，]", "", m.group(0)))
    aligned = units.money(units.units(aligned), digits)
    aligned = aligned.sub(_PERCENT, percent)
    aligned = aligned.sub(_SIGNED, lambda m: "负" + digits(m.group("n")))
    aligned = aligned.sub(_PLAIN, lambda m: digits(m.group(0)))
    return _tidy_pauses(_marks(aligned)).text


_END_MARKS = "。！？；…!?;"
_CLOSERS = "”’」』）)"
_SENTENCE = re.compile(rf"[^{_END_MARKS}]*(?:[{_END_MARKS}]+[{_CLOSERS}]*|\Z)")


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Return the (start, end) spans of the sentences of ``text``, in order.

    A sentence ends after a run of 。！？；… !?; and the closing quotes or
    brackets right after it; "." is no end mark, so 97.59 stays whole.

    Args:
        text: The original text.

    Returns:
        Spans into ``text``, without surrounding whitespace; [] for blank text.
    """
    spans: list[tuple[int, int]] = []
    for match in _SENTENCE.finditer(text):
        start, end = match.span()
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if start < end:
            spans.append((start, end))
    return spans
