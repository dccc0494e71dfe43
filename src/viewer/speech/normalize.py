"""Text as the voice should say it: numbers as Chinese words, unspoken marks removed.

Pure Python, no Qt. espeak-ng's Mandarin voice reads digits poorly (it drops
the decimal point, says "%" in English and reads 2018年 as 二千十八年), so every
number is turned into words before the text reaches any engine. cn2an does the
number-to-words conversion; the tokenising around it (years, ranges, phone
numbers, thousands separators) is done here, where cn2an gets it wrong.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from functools import cache

_DIGITS = "零一二三四五六七八九"
_PHONE_DIGITS = "零幺二三四五六七八九"

# Full-width digits, point and signs become ASCII first; nothing else is touched.
_WIDTH = str.maketrans("０１２３４５６７８９．％－＋", "0123456789.%-+")

_NUMBER = r"\d+(?:\.\d+)?"
_RANGE_SEPARATORS = "—–\\-－~～至到"
_YEAR = r"[12]\d{3}"

_YEAR_RANGE = re.compile(
    rf"(?P<a>{_YEAR})(?P<a_nian>年?)\s*(?P<sep>[{_RANGE_SEPARATORS}])\s*(?P<b>{_YEAR})(?=年)"
)
_YEAR_WORD = re.compile(rf"(?<!\d)(?P<y>{_YEAR})(?=年)")
_BRACKET_YEAR = re.compile(r"(?<=[（(])(?P<y>(?:19|20)\d\d)(?=[）)])")
_PHONE = re.compile(r"(?<![\d.])(?P<n>\d{5,11})(?![\d.])(?=[^\d]{0,12}?(?:热线|电话))")
_PHONE_AFTER = re.compile(r"(?:电话|热线|拨打)[^\d]{0,6}?(?P<n>\d{5,11})(?![\d.])")
_THOUSANDS = re.compile(r"(?<![\d.,，])(\d{1,3}(?:[,，]\d{3})+)(?![\d,，])(?=\.\d|[^\d]|$)")
_PERCENT = re.compile(rf"(?P<neg>-)?(?P<n>{_NUMBER})\s*%")
_SIGNED = re.compile(rf"(?:(?<=^)|(?<=[\s\u3000（(：:，,、；;]|[\u4e00-\u9fff]))-(?P<n>{_NUMBER})")
_PLAIN = re.compile(_NUMBER)

_QUOTES = re.compile('[“”‘’「」『』"]')
_DROP = re.compile("[·•※]")
_LIST_DASH = re.compile(r"(?:^|(?<=\s))——")
_DASH = re.compile(r"——|\s+[—–]\s+|(?<=[\u4e00-\u9fff])[—–](?=[\u4e00-\u9fff])")
_BRACKETS = re.compile("[（）()【】]")
_PAUSE = "，"
_AFTER_PAUSE_MARKS = "。，、；：！？"


@cache
def _an2cn() -> Callable[[str, str], str]:
    # cn2an takes 0.2 s to import: only when the voice is first used.
    import cn2an

    function: Callable[[str, str], str] = cn2an.an2cn
    return function


def prepare() -> None:
    """Load what normalising needs, ahead of time (it takes a moment)."""
    _an2cn()


def _digit_by_digit(number: str, digits: str = _DIGITS) -> str:
    return "".join(digits[int(c)] if c.isdigit() else "点" for c in number)


def _number(number: str) -> str:
    """Say a plain number (integer or decimal) in words."""
    try:
        words = _an2cn()(number, "low")
    except Exception:  # noqa: BLE001 (cn2an refuses numbers it cannot say: read digits)
        return _digit_by_digit(number)
    return words or _digit_by_digit(number)


def _year(match: re.Match[str], group: str = "y") -> str:
    return _digit_by_digit(match.group(group))


def _year_range(match: re.Match[str]) -> str:
    separator = match.group("sep")
    word = separator if separator in "至到" else "至"
    first = _digit_by_digit(match.group("a")) + match.group("a_nian")
    return f"{first}{word}{_digit_by_digit(match.group('b'))}"


def _phone(match: re.Match[str]) -> str:
    start, end = match.span("n")
    whole = match.group(0)
    offset = match.start()
    return (
        whole[: start - offset]
        + _digit_by_digit(match.group("n"), _PHONE_DIGITS)
        + whole[end - offset :]
    )


def _percent(match: re.Match[str]) -> str:
    sign = "负" if match.group("neg") else ""
    return f"{sign}百分之{_number(match.group('n'))}"


def _tidy_pauses(text: str) -> str:
    text = re.sub(f"{_PAUSE}+", _PAUSE, text)
    text = re.sub(f"{_PAUSE}(?=[{_AFTER_PAUSE_MARKS}])", "", text)
    text = re.sub(f"(?<=[{_AFTER_PAUSE_MARKS}]){_PAUSE}", "", text)
    return text.strip(_PAUSE + " ")


def normalize_for_speech(text: str) -> str:
    """Return what the voice should say for ``text``.

    Numbers become Chinese words (158.58万 → 一百五十八点五八万, 97.59% →
    百分之九十七点五九), years are read digit by digit (2018年 → 二零一八年),
    year ranges get 至, hotline numbers are read digit by digit with 幺, and
    quotes, list dashes and brackets are dropped or become pauses.
    """
    text = text.translate(_WIDTH)
    text = _THOUSANDS.sub(lambda m: re.sub("[,，]", "", m.group(1)), text)
    text = _YEAR_RANGE.sub(_year_range, text)
    text = _YEAR_WORD.sub(_year, text)
    text = _BRACKET_YEAR.sub(_year, text)
    text = _PHONE.sub(_phone, text)
    text = _PHONE_AFTER.sub(_phone, text)
    text = _PERCENT.sub(_percent, text)
    text = _SIGNED.sub(lambda m: "负" + _number(m.group("n")), text)
    text = _PLAIN.sub(lambda m: _number(m.group(0)), text)
    text = _QUOTES.sub("", text)
    text = _DROP.sub("", text)
    text = _LIST_DASH.sub("", text)
    text = _DASH.sub(_PAUSE, text)
    text = _BRACKETS.sub(_PAUSE, text)
    return unicodedata.normalize("NFC", _tidy_pauses(text))


_END_MARKS = "。！？；…!?;"
_CLOSERS = "”’」』）)\"'"
_SENTENCE = re.compile(rf"[^{_END_MARKS}]*(?:[{_END_MARKS}]+[{_CLOSERS}]*|$)")


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Return the (start, end) spans of the sentences of ``text``, in order.

    A sentence ends after 。！？；… (and any closing quote or bracket after
    them); surrounding whitespace is left out of the spans.
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
