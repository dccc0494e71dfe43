"""Units of measure and money after a number, said as a Putonghua announcer says them.

A unit is read only right after a number (5km, 5 km, 3万kW): on its own, or
inside a word, its letters are left for the pinyin stage to spell. Each unit
becomes words in its own place, so the number before it still points at
itself and the unit's words at the unit.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from viewer.speech.aligned import Aligned
from viewer.speech.numerals import MINUS, NUMBER, SIGN, say_count, say_number

_UNIT_WORDS: dict[str, str] = {
    # length, area, volume
    "km": "千米", "Km": "千米", "KM": "千米", "㎞": "千米", "m": "米", "dm": "分米",
    "cm": "厘米", "㎝": "厘米", "mm": "毫米", "㎜": "毫米", "μm": "微米", "nm": "纳米",
    "km²": "平方千米", "km2": "平方千米", "㎢": "平方千米", "m²": "平方米", "m2": "平方米",
    "㎡": "平方米", "cm²": "平方厘米", "cm2": "平方厘米", "m³": "立方米", "m3": "立方米",
    "㎥": "立方米", "cm³": "立方厘米", "cm3": "立方厘米", "L": "升", "ℓ": "升",
    "mL": "毫升", "ml": "毫升", "㎖": "毫升",
    # mass
    "kg": "千克", "Kg": "千克", "KG": "千克", "㎏": "千克", "g": "克", "mg": "毫克",
    "㎎": "毫克", "μg": "微克", "t": "吨",
    # time
    "h": "小时", "min": "分钟", "s": "秒", "ms": "毫秒",
    # power, energy, electricity, frequency, pressure, sound
    "W": "瓦", "kW": "千瓦", "KW": "千瓦", "kw": "千瓦", "MW": "兆瓦", "GW": "吉瓦",
    "kWh": "千瓦时", "KWh": "千瓦时", "kwh": "千瓦时", "kW·h": "千瓦时", "kcal": "千卡",
    "V": "伏", "kV": "千伏", "mA": "毫安", "Hz": "赫兹", "kHz": "千赫兹", "MHz": "兆赫兹",
    "GHz": "吉赫兹", "Pa": "帕", "kPa": "千帕", "MPa": "兆帕", "mmHg": "毫米汞柱",
    "mmol": "毫摩尔", "dB": "分贝",
    # data
    "KB": "千字节", "kB": "千字节", "MB": "兆字节", "GB": "吉字节", "TB": "太字节",
    # temperature and angle
    "℃": "摄氏度", "°C": "摄氏度", "℉": "华氏度", "°F": "华氏度", "°": "度",
}  # fmt: skip
_UNIT = "|".join(re.escape(u) for u in sorted(_UNIT_WORDS, key=len, reverse=True))
# Right after a number, or after the 万 or 亿 of one (3万kW); a space between is allowed.
_UNITS = re.compile(
    rf"(?:(?<=[0-9])|(?<=[0-9][万亿])) ?(?P<u>{_UNIT})(?:/(?P<per>{_UNIT}))?(?![A-Za-z])"
)
#: Unit words that may come after "/" and a unit, for 元/kg (元每千克).
PER_UNIT = re.compile(rf"(?P<u>{_UNIT})(?![A-Za-z0-9])")

_BELOW_ZERO = re.compile(rf"{SIGN}(?P<n>{NUMBER})(?=(?:至[{MINUS}]?{NUMBER})?(?:摄氏度|华氏度))")

_CURRENCY_WORDS = {
    "¥": "元", "￥": "元", "$": "美元", "＄": "美元", "US$": "美元", "HK$": "港元",
    "€": "欧元", "£": "英镑", "￡": "英镑",
}  # fmt: skip
_MONEY = re.compile(
    rf"(?P<neg>{SIGN})?(?P<cur>US\$|HK\$|[¥￥$＄€£￡])\s?(?P<n>{NUMBER})"
    r"(?P<mag>[十百千万亿]*)(?P<word>元|美元|欧元|英镑|港元)?"
)


def unit_word(unit: str) -> str:
    """The words for a unit symbol of the table (km → 千米)."""
    return _UNIT_WORDS[unit]


def _units(match: re.Match[str]) -> str:
    said = _UNIT_WORDS[match.group("u")]
    per = match.group("per")
    return said + (f"每{_UNIT_WORDS[per]}" if per else "")


def units(text: Aligned) -> Aligned:
    """Say the unit after a number: 5km → 5千米, 50km/h → 50千米每小时, 36.5℃ → 36.5摄氏度."""
    return text.sub(_UNITS, _units)


def below_zero(text: Aligned) -> Aligned:
    """A temperature under zero is 零下 (零下五摄氏度), not 负; run after ``units``."""
    return text.sub(_BELOW_ZERO, lambda m: "零下" + say_number(m.group("n")))


def money(text: Aligned, say: Callable[[str], str] = say_count) -> Aligned:
    """Say an amount after a currency sign with the currency after it: ¥100 → 一百元.

    Args:
        text: The text to rewrite.
        say: How to say the amount's number (digit by digit, to spell it out).

    Returns:
        The text with each amount in words.
    """

    def said(match: re.Match[str]) -> str:
        sign = "负" if match.group("neg") else ""
        word = match.group("word") or _CURRENCY_WORDS[match.group("cur")]
        return f"{sign}{say(match.group('n'))}{match.group('mag')}{word}"

    return text.sub(_MONEY, said)
