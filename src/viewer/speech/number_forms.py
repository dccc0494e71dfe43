"""Numbers whose form says how to read them: telephones, dates, clock times, ratios, ranges.

Each rule rewrites an ``Aligned`` text, so what it says still points at the
whole of the original it reads. The rules are applied in the order
``normalize`` gives: telephones and dates before ranges (their dashes are not
ranges), ranges before the numbers in them are said.
"""

from __future__ import annotations

import re

from viewer.speech.aligned import Aligned
from viewer.speech.numerals import (
    ADDED,
    CJK,
    MEASURE,
    MINUS,
    NUMBER,
    RANGE_MARK,
    SIGN,
    YEAR,
    digit_by_digit,
    phone_digits,
    say_count,
    say_number,
    say_value,
)

# A number right before one of these counts something: 12385人 is no hotline.
_NOT_COUNTED = r"(?![0-9]|\.[0-9]|[%％‰万亿千百十元人个名次项户件多余几])"
_MOBILE = re.compile(
    rf"(?<![0-9.])(?:(?P<cc>\+86)[{MINUS} ]?)?(?P<a>1[3-9][0-9])(?P<s>[{MINUS} ]?)"
    rf"(?P<b>[0-9]{{4}})(?P=s)(?P<c>[0-9]{{4}}){_NOT_COUNTED}"
)
_SERVICE_LINE = re.compile(
    rf"(?<![0-9.])(?P<a>[48]00)(?P<s>[{MINUS} ]?)(?P<b>[0-9]{{3}})(?P=s)(?P<c>[0-9]{{4}})"
    + _NOT_COUNTED
)
# 0471-6965210, (010)12345678: an area code always starts with 0, so no range.
_LANDLINE = re.compile(
    rf"(?<![0-9.])(?P<open>[（(])?(?P<a>0[1-9][0-9]{{1,2}})(?(open)[）)] ?|[{MINUS}—– ])"
    rf"(?P<b>[1-9][0-9]{{6,7}})(?:[{MINUS}](?P<ext>[0-9]{{1,5}}))?(?![0-9])"
)
_HOTLINE = rf"(?:[0-9]{{2,4}}[{MINUS}][0-9]{{5,8}}|[0-9]{{5,11}}|11[0249]|12[02])(?!\.[0-9])"
_GAP = "[^0-9。！？；!?;]"  # the keyword must be in the same sentence
_JOINED = rf"(?:(?:[、/，,]|或者?|和|及|与){_HOTLINE})*"
_PHONE_BEFORE = re.compile(
    rf"(?<![0-9.])(?P<n>{_HOTLINE}){_NOT_COUNTED}"
    rf"(?={_GAP}{{0,12}}?(?:热线|电话|专线|客服)|报警|急救|火警|求助|救护|查号)"
)
_PHONE_AFTER = re.compile(
    rf"(?P<pre>(?:电话|热线|拨打|致电|呼叫|专线|客服|号码){_GAP}{{0,6}}?|拨)"
    rf"(?P<n>{_HOTLINE}{_JOINED}){_NOT_COUNTED}"
)
# The numbers everyone knows, read as numbers to dial even with no keyword near.
_WELL_KNOWN = (
    "110|112|114|119|120|122|12110|12306|12315|12320|12333|12345|12348|12351|12355|12358|"
    "12365|12366|12368|12369|12380|12385|12388|12390|12393|12395|10086|10010|95[0-9]{3}"
)
_ALONE_AFTER = r"(?=\s*(?:$|[、，,。；;：:！？!?）)】”’」』/])|(?:或者?|和|及|与)[0-9])"
_STANDING_ALONE = re.compile(rf"(?<![0-9.A-Za-z])(?P<n>{_WELL_KNOWN}){_ALONE_AFTER}")
# What may stand before a number alone (spaces aside): 达 120。 counts, 、120。 dials.
_ALONE_BEFORE = re.compile(
    r"(?:^|[\n、，,。；;！？!?（(【“‘「『/]|[幺零二三四五六七八九](?:或者?|和|及|与))\s*$"
)
_DURATION_WORDS = re.compile(r"(?:用时|耗时|历时|时长|成绩|用了)\s*(?:为|是)?\s*$")
_RATIO_WORDS = re.compile(r"(?:比分|比例|之比|比值|比率|比|按照?|以)\s*(?:为|是)?\s*$")

# GB 50763-2012, ISO 9001:2015: a standard's number and year are read digit by digit.
_STANDARD = re.compile(
    r"(?<![A-Za-z])(?:GB|JGJ|JG|CJJ|JTG|CECS|DB|YY|WS|HJ|ISO|IEC|ANSI|ASTM|DIN|JIS)"
    rf"(?:/(?:[TZ]|IEC))? ?(?P<n>[0-9]{{2,}}(?:\.[0-9]+)*)(?:[{MINUS}—–:：](?P<y>{YEAR}))?(?![0-9])"
)
_MONTH = "(?:1[0-2]|0?[1-9])"
_DAY = "(?:3[01]|[12][0-9]|0?[1-9])"
_TO = rf"\s*(?:{RANGE_MARK}|至|到)\s*"
_END = r"(?![0-9]|\.[0-9])"
# 2023-05-01, 2023/5/1, 2023.5.1, and a range to a second date (its year may be left out).
_DATE = re.compile(
    rf"(?<![0-9.])(?P<y>{YEAR})(?P<s>[-/.])(?P<m>{_MONTH})(?P=s)(?P<d>{_DAY}){_END}"
    rf"(?:(?P<to>{_TO})(?:(?P<y2>{YEAR})(?P=s))?(?P<m2>{_MONTH})(?P=s)(?P<d2>{_DAY}){_END})?"
)
# 2023-05 and 2023/5; 2023.5 only in a range (2019.9—2023.6), as alone it may be 2023.5万.
_YEAR_MONTH = re.compile(
    rf"(?<![0-9.])(?P<y>(?:19|20)[0-9]{{2}})(?P<s>[-/])(?P<m>{_MONTH})(?![0-9]|[-/.][0-9])"
    rf"(?:(?P<to>{_TO})(?P<y2>(?:19|20)[0-9]{{2}})(?P=s)(?P<m2>{_MONTH})(?![0-9]|[-/.][0-9]))?"
)
_NO_AMOUNT = r"(?![0-9]|\.[0-9]|\s?[万亿千百元%％‰个人名次项户件])"
_DOTTED_MONTHS = re.compile(
    rf"(?<![0-9.])(?P<y>(?:19|20)[0-9]{{2}})\.(?P<m>{_MONTH})(?P<to>{_TO})"
    rf"(?P<y2>(?:19|20)[0-9]{{2}})\.(?P<m2>{_MONTH}){_NO_AMOUNT}"
    # 1985.06 alone is a month too: a number is not written with that zero.
    rf"|(?<![0-9.])(?P<y1>(?:19|20)[0-9]{{2}})\.(?P<mm>0[1-9]|1[0-2]){_NO_AMOUNT}"
)
_LEADING_ZERO = re.compile(r"(?<![0-9.])0[0-9](?=月|日|号|时|点|分|秒)")
_CLOCK = re.compile(
    r"(?<![0-9.:：])(?P<n>[0-9]+(?:\.[0-9]+)?(?:[:：][0-9]+(?:\.[0-9]+)?)+)"
    r"(?P<whole> ?整)?(?![0-9]|[:：][0-9])"
)
_FRACTION = re.compile(
    rf"(?P<neg>{SIGN})?(?<![0-9./])(?P<a>[0-9]+(?:\.[0-9]+)?) ?/ ?(?P<b>[0-9]+)(?![0-9]|[./][0-9])"
)
# 5-10% is 百分之五至百分之十: the first end gets its own sign before the range is read.
_PERCENT_RANGE = re.compile(
    rf"(?<![0-9.])(?P<a>{NUMBER})(?P<to>{_TO})(?P<b>{NUMBER})\s*(?P<p>[%％‰‱])"
)
# 3-5名, 5%-10%, 3月-5月, 5kg-10kg: a dash right after a number (and its unit) starts a range.
_RANGE = re.compile(
    rf"(?<=[0-9%％‰‱℃℉])(?P<unit>[{CJK}]{{0,3}}|[A-Za-z°²³/]{{1,5}})\s*{RANGE_MARK}\s*"
    rf"(?=[{MINUS}]?[¥￥$€£]?[0-9])"
)
_TWO = re.compile(rf"(?<![0-9.．第初A-Za-z{MINUS}+])2(?![0-9.])(?=\s?(?:{MEASURE}))")


def _groups(*parts: str) -> str:
    return ADDED.join(phone_digits(p) for p in parts)


def _mobile(match: re.Match[str]) -> str:
    country = "加八六" + ADDED if match.group("cc") else ""
    return country + _groups(match.group("a"), match.group("b"), match.group("c"))


def _landline(match: re.Match[str]) -> str:
    said = _groups(match.group("a"), match.group("b"))
    extension = match.group("ext")
    return said + (f"转{phone_digits(extension)}" if extension else "")


def _hotlines(text: str) -> str:
    """Each number of a list of them (110、120或119), its groups apart."""
    return re.sub(rf"[0-9{MINUS}]+", lambda m: _groups(*re.split(f"[{MINUS}]", m.group(0))), text)


def telephones(text: Aligned) -> Aligned:
    """Read mobile and service numbers digit by digit, in the groups people say."""
    text = text.sub(_MOBILE, _mobile)
    return text.sub(_SERVICE_LINE, lambda m: _groups(m.group("a"), m.group("b"), m.group("c")))


def _standard(match: re.Match[str]) -> str:
    name = match.string[match.start() : match.start("n")]
    year = match.group("y")
    return name + digit_by_digit(match.group("n")) + (ADDED + digit_by_digit(year) if year else "")


def standards(text: Aligned) -> Aligned:
    """Read a standard's number digit by digit: GB 50763-2012 → GB 五零七六三，二零一二."""
    return text.sub(_STANDARD, _standard)


def hotlines(text: Aligned) -> Aligned:
    """Read landlines, hotlines near their keyword and the well-known numbers digit by digit."""
    text = text.sub(_LANDLINE, _landline)
    text = text.sub(_PHONE_BEFORE, lambda m: _hotlines(m.group("n")))
    text = text.sub(_PHONE_AFTER, lambda m: m.group("pre") + _hotlines(m.group("n")))
    return text.sub(_STANDING_ALONE, _standing_alone)


def _standing_alone(match: re.Match[str]) -> str:
    start = match.start()
    alone = _ALONE_BEFORE.search(match.string, max(0, start - 8), start) is not None
    return _hotlines(match.group("n")) if alone else match.group(0)


def _to(match: re.Match[str]) -> str:
    return "到" if match.group("to").strip() == "到" else "至"


def _date(match: re.Match[str]) -> str:
    said = f"{digit_by_digit(match.group('y'))}年{say_value(match.group('m'))}月"
    said += f"{say_value(match.group('d'))}日"
    if match.group("to") is None:
        return said
    year = match.group("y2")
    said += _to(match) + (f"{digit_by_digit(year)}年" if year else "")
    return said + f"{say_value(match.group('m2'))}月{say_value(match.group('d2'))}日"


def _year_month(match: re.Match[str]) -> str:
    if match.group("y") is None:  # the lone 1985.06 of _DOTTED_MONTHS
        return f"{digit_by_digit(match.group('y1'))}年{say_value(match.group('mm'))}月"
    said = f"{digit_by_digit(match.group('y'))}年{say_value(match.group('m'))}月"
    if match.group("to") is None:
        return said
    return (
        said + f"{_to(match)}{digit_by_digit(match.group('y2'))}年{say_value(match.group('m2'))}月"
    )


def dates(text: Aligned) -> Aligned:
    """Say written-out dates as dates: 2023-05-01 → 二零二三年五月一日, never a range."""
    text = text.sub(_DATE, _date).sub(_YEAR_MONTH, _year_month)
    return text.sub(_DOTTED_MONTHS, _year_month)


def calendar_values(text: Aligned) -> Aligned:
    """A month, day, hour or minute written with a leading zero: 05月 → 五月, not 零五月."""
    return text.sub(_LEADING_ZERO, lambda m: say_value(m.group(0)))


def _is_time(parts: list[str]) -> bool:
    if len(parts) > 3 or not all(p.isdigit() for p in parts):
        return False
    hour, rest = parts[0], parts[1:]
    return len(hour) <= 2 and int(hour) <= 24 and all(len(p) == 2 and int(p) < 60 for p in rest)


def _time(parts: list[str]) -> str:
    hour, minute = int(parts[0]), int(parts[1])
    second = int(parts[2]) if len(parts) == 3 else 0
    said = say_count(str(hour)) + "点"
    if minute or second:
        said += _sixtieths(minute) + "分"
    if second:
        said += _sixtieths(second) + "秒"
    return said


def _sixtieths(value: int) -> str:
    """Minutes or seconds as the clock says them: 05 is 零五, 00 is 零."""
    return ("零" if 0 < value < 10 else "") + say_number(str(value))


def _clock(match: re.Match[str]) -> str:
    parts = re.split("[:：]", match.group("n"))
    whole = match.group("whole") or ""
    # 比分3:2, 比例1:1000: after 比 it is a ratio even where it looks like a time.
    start = match.start()
    after_bi = _RATIO_WORDS.search(match.string, max(0, start - 6), start)
    if after_bi or not _is_time(parts):
        return "比".join(say_number(p) for p in parts) + whole
    if len(parts) == 3 and _DURATION_WORDS.search(match.string, max(0, start - 6), start):
        hours, minutes, seconds = (str(int(p)) for p in parts)  # 用时2:15:30: how long
        said = f"{say_count(hours)}小时{say_number(minutes)}分{say_number(seconds)}秒"
        return said + whole.strip()
    return _time(parts) + whole.strip()


def clock_times(text: Aligned) -> Aligned:
    """Say 8:30 as 八点三十分 and 3:2 (or 比分3:2) as 三比二."""
    return text.sub(_CLOCK, _clock)


def fractions(text: Aligned) -> Aligned:
    """Say 1/3 as 三分之一 (a date is read as a date before this)."""
    return text.sub(
        _FRACTION,
        lambda m: (
            ("负" if m.group("neg") else "")
            + f"{say_number(m.group('b'))}分之{say_number(m.group('a'))}"
        ),
    )


def ranges(text: Aligned) -> Aligned:
    """Join the ends of a range with 至, giving a percentage's sign to both ends."""
    text = text.sub(
        _PERCENT_RANGE,
        lambda m: m.group("a") + m.group("p") + m.group("to") + m.group("b") + m.group("p"),
    )
    return text.sub(_RANGE, lambda m: m.group("unit") + "至")


def two_as_liang(text: Aligned) -> Aligned:
    """Say 2 before a measure word as 两 (两个, 两万), but not in 第2 or 12个."""
    return text.sub(_TWO, "两")
