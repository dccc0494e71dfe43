"""Saying one number in words, and the patterns the number rules share.

The rules that find numbers in text (``number_forms``, ``units``, ``symbols``
and ``normalize``) all say what they find through the functions here, so a
number reads the same whichever rule found it.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache

DIGITS = "零一二三四五六七八九"
PHONE_DIGITS = "零幺二三四五六七八九"  # 幺: "one" said so it is not heard as "seven"
CJK = "\u4e00-\u9fff"
# Pauses the rules add are marked with a noncharacter until they are tidied,
# so the text's own commas (a sentence ending in "，") are never touched.
ADDED = "\ufdd0"

MINUS = r"\-－−"  # escaped: it goes inside character classes
NUMBER = r"(?:[0-9]+(?:\.[0-9]+)?|(?<![0-9A-Za-z.])\.[0-9]+)"
# A minus is a sign only where no number stands before it: "3-5" is a range.
SIGN = rf"(?:^|(?<=[\s（(【：:，,、；;{CJK}]))[{MINUS}]"
YEAR = r"[12][0-9]{3}"
#: What joins the two ends of a range (至 and 到 are words already).
RANGE_MARK = rf"(?:——|[—–~～{MINUS}])"
#: Words that count things: "2" before one of them is 两, not 二.
MEASURE = (
    "个|人|名|项|次|家|位|件|种|天|周|倍|岁|条|所|座|批|份|台|辆|张|本|届|支|只|头|匹|"
    "户|间|栋|套|场|处|把|块|杯|瓶|起|例|篇|部|册|首|门|艘|架|趟|轮|对|双|片|颗|笔|"
    "年(?!级|度)|小时|分钟|秒钟|点(?![0-9])|万|千(?!分之)|百(?!分之)|亿|"
    "米|克|斤|吨|亩|升|瓦|元|美元|欧元|英镑|港元|平方|立方|公里|公斤|厘米|毫米|毫升|毫克"
)


@cache
def _an2cn() -> Callable[[str, str], str]:
    # cn2an takes 0.2 s to import: pay it when the voice is first used, not at start-up.
    import cn2an

    function: Callable[[str, str], str] = cn2an.an2cn
    return function


def prepare() -> None:
    """Load what saying numbers needs ahead of time (it takes a moment)."""
    _an2cn()


def digit_by_digit(number: str, digits: str = DIGITS) -> str:
    """Read ``number`` one digit at a time, "." as 点; anything else is dropped."""
    return "".join(
        digits[int(c)] if "0" <= c <= "9" else "点" for c in number if c in "0123456789."
    )


def phone_digits(number: str) -> str:
    """Read a telephone number's digits with 幺 for one."""
    return digit_by_digit(number, PHONE_DIGITS)


def say_number(number: str) -> str:
    """Say a bare number (integer or decimal) in words."""
    if number.startswith("."):
        number = "0" + number
    whole = number.split(".", 1)[0]
    if len(whole) > 1 and whole.startswith("0"):
        return digit_by_digit(number)  # 007 is a code, not seven
    try:
        words = _an2cn()(number, "low")
    except Exception:  # noqa: BLE001 (third-party, documents no exceptions; the voice must go on)
        return digit_by_digit(number)
    return words if isinstance(words, str) and words else digit_by_digit(number)


def say_count(number: str) -> str:
    """Say a number that counts something: 2 is 两 (两个, 两万), anything else as usual."""
    return "两" if number == "2" else say_number(number)


def say_value(number: str) -> str:
    """Say a number that is a clock or calendar value: no leading zero is said (05 → 五)."""
    stripped = number.lstrip("0")
    return say_number(stripped or "0")
