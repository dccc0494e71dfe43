"""Signs said as words: mathematics, list numbers (①, ⑴), № and the slash.

A sign that can mean something else away from numbers (< > × +) is said only
next to a number; one that cannot (≥ ≈ ±) is said wherever it stands. "/" is
never said as "slash": between units it is 每 (元/人 → 元每人), in 人/次 and
和/或 it is not said at all, and anywhere else it is a short pause.
"""

from __future__ import annotations

import re
import unicodedata

from viewer.speech.aligned import Aligned
from viewer.speech.numerals import ADDED, MINUS, say_number
from viewer.speech.units import PER_UNIT, unit_word

_LIST_NUMBER = re.compile(
    "[\u2460-\u249b\u24ea-\u24ff\u2776-\u2793\u3220-\u3229\u3251-\u325f\u3280-\u3289\u32b1-\u32bf]"
)
# A list number starts a line or follows a mark; elsewhere (见注①) it is a reference.
_LIST_PLACE = re.compile(rf"(?:^|[\n。；;：:！？!?，,、（(【{ADDED}])\s*$")
_NUMERO = re.compile(r"(?:№|(?<![A-Za-z])[Nn][Oo]\.) ?(?P<n>[0-9]+)号?")
_HASH = re.compile(r"(?<=[0-9])[#＃]")

_ALWAYS = {
    ">=": "大于等于", "≥": "大于等于", "≧": "大于等于", "⩾": "大于等于",
    "<=": "小于等于", "≤": "小于等于", "≦": "小于等于", "⩽": "小于等于",
    "≈": "约等于", "≒": "约等于", "≠": "不等于", "±": "正负", "÷": "除以", "∶": "比",
}  # fmt: skip
_ALWAYS_SAID = re.compile(r"\s*(?P<s>[<>]=(?!=)|[≥≧⩾≤≦⩽≈≒≠±÷∶])\s*|(?<![=<>!])\s*(?P<eq>=)\s*(?!=)")
_NEAR_NUMBER = re.compile(r"\s*(?P<s>[<>×✕✖*+])\s*")
_NUMBER_AFTER = re.compile(rf"[{MINUS}]?[¥￥$€£]?[0-9]")
_NUMBER_BEFORE = re.compile(r"[0-9][%％‰]?\s*$")
_BY_NUMBER = {"<": "小于", ">": "大于", "×": "乘", "✕": "乘", "✖": "乘", "*": "乘", "+": "加"}
# After these a "+" adds (5万+3万); elsewhere before a number it is a sign (增长+5%).
_ADDS_TO = re.compile(r"[0-9%‰℃A-Za-z万亿千元]")
# ~50%: about half; after 约 or 近 the sign says nothing more.
_APPROXIMATELY = re.compile(r"(?:^|(?<=[\s（(：:，,、；;]))[~～](?=[0-9])")
_ABOUT = re.compile(r"(?<=[约近])[~～](?=[0-9])")

_PER_LEFT = "元次人户件个吨米克斤升度台辆套份张亩瓦时里页字只箱袋包块万亿节帕"
_PER_RIGHT = (
    "人次|人|次|年|月|日|天|周|小时|时|分钟|秒|吨|千克|公斤|斤|克|平方米|立方米|米|公里|千米|"
    "亩|户|件|台|个|位|名|套|份|张|间|床|辆|升|度|家|所|篇|页"
)
_PER = re.compile(rf"(?<=[{_PER_LEFT}])/(?:(?P<word>{_PER_RIGHT})|(?P<unit>{PER_UNIT.pattern}))")
_UNSAID_SLASH = re.compile("(?<=[和及与])/(?=或)|(?<=人)/(?=次)")
_LETTERS_SLASH = re.compile("(?<=[A-Za-z])/(?=[A-Za-z])")  # GB/T, TCP/IP: one name
_SLASH = re.compile(r"\s*/\s*")


def _list_number(match: re.Match[str]) -> str:
    said = say_number(str(int(unicodedata.numeric(match.group(0)))))
    start = match.start()
    at_list_place = _LIST_PLACE.search(match.string, max(0, start - 8), start) is not None
    return said + ADDED if at_list_place else said


def list_numbers(text: Aligned) -> Aligned:
    """Say ①, ⑴, ⒈ and their kind as the numbers they are, a pause after a list's."""
    text = text.sub(_LIST_NUMBER, _list_number)
    text = text.sub(_NUMERO, lambda m: f"第{say_number(m.group('n'))}号")
    return text.sub(_HASH, "号")


def _before(match: re.Match[str]) -> str:
    """The character before the match, spaces aside ("" at the start)."""
    start = match.start()
    return match.string[max(0, start - 8) : start].rstrip()[-1:]


def _after(match: re.Match[str]) -> str:
    return match.string[match.end() : match.end() + 1]


def _near_number(match: re.Match[str]) -> str:
    sign, before, after = match.group("s"), _before(match), _after(match)
    number_after = _NUMBER_AFTER.match(match.string, match.end()) is not None
    start = match.start()
    number_before = _NUMBER_BEFORE.search(match.string, max(0, start - 8), start) is not None
    if sign == "+":
        if number_after:
            return "加" if _ADDS_TO.fullmatch(before or " ") else "正"
        return "多" if before.isdigit() and after != "+" else match.group(0)
    if sign == "*":
        return "乘" if number_before and number_after else match.group(0)
    return _BY_NUMBER[sign] if number_before or number_after else match.group(0)


def maths(text: Aligned) -> Aligned:
    """Say ≥ as 大于等于, 3×4 as 三乘四, 1+1=2 as 一加一等于二; run before signs are read."""
    text = text.sub(_ALWAYS_SAID, lambda m: _ALWAYS[m.group("s")] if m.group("s") else "等于")
    text = text.sub(_NEAR_NUMBER, _near_number)
    return text.sub(_APPROXIMATELY, "约").sub(_ABOUT, "")


def slashes(text: Aligned) -> Aligned:
    """Say the slashes left once numbers are read: 元/人 → 元每人, 人/次 → 人次, else a pause."""
    text = text.sub(_UNSAID_SLASH, "")
    text = text.sub(_PER, lambda m: "每" + (m.group("word") or unit_word(m.group("unit"))))
    return text.sub(_LETTERS_SLASH, " ").sub(_SLASH, ADDED)
