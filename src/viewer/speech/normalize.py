"""Text as the voice should say it: numbers as Chinese words, unspoken marks removed.

Pure Python, no Qt, no I/O. espeak-ng's Mandarin voice reads digits poorly (it
drops the decimal point, says "%" in English and reads 2018年 as 二千十八年), so
every number becomes words before the text reaches any engine. cn2an turns a
bare number into words; the tokenising around it (years, ranges, hotlines,
thousands separators, signs) is done here with regular expressions, because
``cn2an.transform`` guesses wrong (it reads 12年 as a year).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

_DIGITS = "零一二三四五六七八九"
_PHONE_DIGITS = "零幺二三四五六七八九"  # 幺: "one" said so it is not heard as "seven"
_CJK = "\u4e00-\u9fff"
_PAUSE = "，"
# Pauses this module adds are marked with a noncharacter until they are tidied,
# so the text's own commas (a sentence ending in "，") are never touched.
_ADDED = "\ufdd0"

# Full-width digits count as ASCII ones; nothing else is folded, so the
# report's full-width punctuation keeps its meaning (and its pauses).
_WIDE_DIGITS = str.maketrans("０１２３４５６７８９", "0123456789")
_WIDE_POINT = re.compile(r"(?<=[0-9])．(?=[0-9])")

_MINUS = r"\-－−"  # escaped: it goes inside character classes
_NUMBER = r"(?:[0-9]+(?:\.[0-9]+)?|(?<![0-9A-Za-z.])\.[0-9]+)"
# A minus is a sign only where no number stands before it: "3-5" is a range.
_SIGN = rf"(?:^|(?<=[\s（(【：:，,、；;{_CJK}]))[{_MINUS}]"
_YEAR = r"[12][0-9]{3}"

_THOUSANDS = re.compile(r"(?<![0-9.,，])[0-9]{1,3}(?:[,，][0-9]{3})+(?![0-9]|[,，][0-9])")
_YEAR_RANGE = re.compile(
    rf"(?<![0-9.])(?P<open>[（(]?)(?P<a>{_YEAR})(?P<a_nian>年?)\s*"
    rf"(?P<sep>——|[—–~～至到{_MINUS}])\s*"
    rf"(?P<b>{_YEAR})(?P<b_nian>年?)(?P<close>[）)]?)(?![0-9])"
)
_YEAR_WORD = re.compile(rf"(?<![0-9.])(?P<y>{_YEAR})(?=年)")
_BRACKET_YEAR = re.compile(r"(?<=[（(])(?P<y>(?:19|20)[0-9]{2})(?=[）)])")
_PHONE_NUMBER = rf"(?P<n>[0-9]{{2,4}}[{_MINUS}][0-9]{{5,8}}|[0-9]{{5,11}})(?![0-9]|\.[0-9])"
_PHONE_GAP = "[^0-9。！？；!?;]"  # the keyword must be in the same sentence
_PHONE_BEFORE = re.compile(
    rf"(?<![0-9.])(?P<pre>){_PHONE_NUMBER}(?={_PHONE_GAP}{{0,12}}?(?:热线|电话))"
)
_PHONE_AFTER = re.compile(rf"(?P<pre>(?:电话|热线|拨打){_PHONE_GAP}{{0,6}}?){_PHONE_NUMBER}")
# 3-5名, 5%-10%, 3月-5月: a dash right after a number (and its unit) starts a range.
_RANGE = re.compile(rf"(?<=[0-9%％])(?P<unit>[{_CJK}]?)[—–~～{_MINUS}](?=[0-9])")
_PERCENT = re.compile(rf"(?:(?P<neg>{_SIGN}))?(?P<n>{_NUMBER})\s*[%％]")
_SIGNED = re.compile(rf"{_SIGN}(?P<n>{_NUMBER})")
_PLAIN = re.compile(_NUMBER)

_QUOTES = re.compile('[“”‘’「」『』"]')
_DROPPED = re.compile(r"[·•※]\s*")
_LIST_DASH = re.compile(r"(?:^|(?<=\s))——+(?=\S)")
_DASH = re.compile(rf"\s*——+\s*|\s+[—–]\s+|(?<=[{_CJK}])[—–](?=[{_CJK}])")
_BRACKETS = re.compile("[（）()【】]")
# A line break within a block (between a figure's number and what it counts).
_LINE_BREAK = re.compile(r"\s*\n\s*")
_MARKS = "。，、；：！？"


@cache
def _an2cn() -> Callable[[str, str], str]:
    # cn2an takes 0.2 s to import: pay it when the voice is first used, not at start-up.
    import cn2an

    function: Callable[[str, str], str] = cn2an.an2cn
    return function


def prepare() -> None:
    """Load what normalising needs ahead of time (it takes a moment)."""
    _an2cn()


def _digit_by_digit(number: str, digits: str = _DIGITS) -> str:
    """Read ``number`` one digit at a time, "." as 点."""
    return "".join(digits[int(c)] if "0" <= c <= "9" else "点" for c in number)


def _number(number: str) -> str:
    """Say a bare number (integer or decimal) in words."""
    if number.startswith("."):
        number = "0" + number
    whole = number.split(".", 1)[0]
    if len(whole) > 1 and whole.startswith("0"):
        return _digit_by_digit(number)  # 007 is a code, not seven
    try:
        words = _an2cn()(number, "low")
    except Exception:  # noqa: BLE001 (third-party, documents no exceptions; the voice must go on)
        return _digit_by_digit(number)
    return words if isinstance(words, str) and words else _digit_by_digit(number)


def _year(match: re.Match[str]) -> str:
    return _digit_by_digit(match.group("y"))


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
            _digit_by_digit(a),
            match.group("a_nian"),
            word,
            _digit_by_digit(b),
            match.group("b_nian"),
            match.group("close"),
        )
    )


def _phone(match: re.Match[str]) -> str:
    groups = re.split(f"[{_MINUS}]", match.group("n"))
    return match.group("pre") + _ADDED.join(_digit_by_digit(g, _PHONE_DIGITS) for g in groups)


def _percent(match: re.Match[str]) -> str:
    sign = "负" if match.group("neg") else ""
    return f"{sign}百分之{_number(match.group('n'))}"


def _numbers(text: str) -> str:
    """Turn every number of ``text`` into words, the specific forms first."""
    text = _WIDE_POINT.sub(".", text.translate(_WIDE_DIGITS))
    text = _THOUSANDS.sub(lambda m: re.sub("[,，]", "", m.group(0)), text)
    text = _YEAR_RANGE.sub(_year_range, text)
    text = _YEAR_WORD.sub(_year, text)
    text = _BRACKET_YEAR.sub(_year, text)
    text = _PHONE_BEFORE.sub(_phone, text)
    text = _PHONE_AFTER.sub(_phone, text)
    text = _RANGE.sub(lambda m: m.group("unit") + "至", text)
    text = _PERCENT.sub(_percent, text)
    text = _SIGNED.sub(lambda m: "负" + _number(m.group("n")), text)
    return _PLAIN.sub(lambda m: _number(m.group(0)), text)


def _marks(text: str) -> str:
    """Drop the marks a voice would say or stumble on; make pauses of the others."""
    text = _QUOTES.sub("", text)
    text = _DROPPED.sub("", text)
    text = _LIST_DASH.sub("", text)
    text = _DASH.sub(_ADDED, text)
    text = _LINE_BREAK.sub(_ADDED, text)
    return _BRACKETS.sub(_ADDED, text)


def _tidy_pauses(text: str) -> str:
    """Make the added pauses commas, but none doubled, next to a mark or at either end."""
    text = re.sub(rf"\s*{_ADDED}[\s{_ADDED}]*", _ADDED, text)
    text = re.sub(rf"{_ADDED}(?=[{_MARKS}]|\Z)|(?<=[{_MARKS}]){_ADDED}|^{_ADDED}", "", text)
    return text.replace(_ADDED, _PAUSE)


def normalize_for_speech(text: str) -> str:
    """Return what the voice should say for ``text``.

    Numbers become Chinese words (158.58万 → 一百五十八点五八万, 97.59% →
    百分之九十七点五九, -5 → 负五), years are read digit by digit (2018年 →
    二零一八年), year ranges are joined by 至, hotline numbers are read digit
    by digit with 幺, and quotes, dashes and brackets are dropped or become
    pauses. Normalising the result again changes nothing.

    Args:
        text: Any text; never raises.

    Returns:
        The text to give the voice.
    """
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
        return "、".join(_digit_by_digit(c) for c in number if c not in ",，")

    def percent(match: re.Match[str]) -> str:
        sign = "负" if match.group("neg") else ""
        return f"{sign}百分之{digits(match.group('n'))}"

    text = _WIDE_POINT.sub(".", text.translate(_WIDE_DIGITS))
    text = _PERCENT.sub(percent, text)
    text = _PLAIN.sub(lambda m: digits(m.group(0)), text)
    return _tidy_pauses(_marks(text))


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
