"""Where a phrase dictionary's reading is wrong for its context, and the tones of 一 and 不.

Each rule here was chosen by the cases in ``tests/unit/test_readings.py`` and
the evaluation set ``tests/data/pinyin/phrases.tsv``: a rule stays only while
it gets more of them right than wrong. The words and their parts of speech
come from jieba's tagger (``rjieba.tag``).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Word:
    """A word of the text and its part of speech (jieba's tags: v verb, n noun, …)."""

    text: str
    tag: str


#: Characters after which 一 is the number one, said yī (第一, 十一, 二零一八).
_NUMBER_BEFORE = set("第初十百千万亿零〇点两二三四五六七八九一") | {"星期", "礼拜", "周"}
#: Characters after 一 that make it a digit of a number (一二三, 一九四九).
_DIGIT_AFTER = set("一二三四五六七八九〇零十点")
#: 一月, 一号: a date, said yī.
_DATE_AFTER = set("月号")
#: Words in which 以 starts the 以…为 frame (以人民为中心: wéi) is not meant.
_NOT_YI_FRAME = ("为了", "为什么", "为何", "因为", "为此")
#: The words that open it: 以, 以此 (以此为契机), 以之.
_YI_WORDS = ("以", "以此", "以之")
#: How far after 以 its 为 may come (以人民为中心, 以满足人民群众需求为目标).
_YI_WEI_REACH = 20


def _tone(syllable: str) -> str:
    return syllable[-1] if syllable[-1:].isdigit() else ""


def _with_tone(syllable: str, tone: str) -> str:
    return syllable[:-1] + tone if _tone(syllable) else syllable


def _word_spans(words: list[Word]) -> list[tuple[int, int, Word]]:
    spans = []
    at = 0
    for word in words:
        spans.append((at, at + len(word.text), word))
        at += len(word.text)
    return spans


def correct_readings(run: str, syllables: list[str], words: list[Word]) -> list[str]:
    """Correct the dictionary's ``syllables`` (one per character of ``run``) by context.

    Args:
        run: A run of Hanzi.
        syllables: pypinyin's reading of each character, tone-numbered.
        words: ``run`` cut into tagged words.

    Returns:
        The corrected syllables, as many as there are characters.
    """
    result = list(syllables)
    spans = _word_spans(words)
    if sum(len(w.text) for w in words) != len(run):
        spans = []  # the tagger disagreed with the text: keep the dictionary's readings
    _fixed_phrases(run, result)
    _particles(result, spans)
    _complements(result, spans)
    _yi_wei(run, result, spans)
    _yi_bu(run, result, spans)
    return result


#: Words the phrase dictionary reads wrongly, with the readings of 现代汉语词典.
_PHRASES = {
    "蒙古": ("meng3", "gu3"),
    "郭勒": ("guo1", "le4"),
    "奔小康": ("ben4", "xiao3", "kang1"),
    "商量": ("shang1", "liang5"),
    "头发": ("tou2", "fa5"),
    "数一数": ("shu3", "yi5", "shu3"),
}


def _fixed_phrases(run: str, result: list[str]) -> None:
    for phrase, reading in _PHRASES.items():
        at = run.find(phrase)
        while at >= 0:
            result[at : at + len(phrase)] = reading
            at = run.find(phrase, at + len(phrase))


def _complements(result: list[str], spans: list[tuple[int, int, Word]]) -> None:
    """A verb's complement after 得 or 不: 看得见 de, 摸得着 zháo, 睡不着 zháo."""
    for start, _, word in spans:
        text = word.text
        if len(text) == 3 and text[1] == "得" and result[start + 1] == "de2":
            result[start + 1] = "de5"
        if len(text) == 3 and text[1] in "得不" and text[2] == "着":
            result[start + 2] = "zhao2"


def _particles(result: list[str], spans: list[tuple[int, int, Word]]) -> None:
    """地 and 得 as particles (积极地 de, 跑得快 de, 你得去 děi)."""
    for index, (start, end, word) in enumerate(spans):
        if end - start != 1 or word.text not in "地得":
            continue
        before = spans[index - 1][2] if index else None
        after = spans[index + 1][2] if index + 1 < len(spans) else None
        if word.text == "地" and word.tag == "uv":
            result[start] = "de5"
        elif word.text == "得" and word.tag == "ud":
            must = (
                after is not None
                and after.tag.startswith("v")
                and (before is None or before.tag[:1] in ("r", "n", "d"))
            )
            result[start] = "dei3" if must else "de5"


def _yi_wei(run: str, result: list[str], spans: list[tuple[int, int, Word]]) -> None:
    """以…为 is wéi (以人民为中心, 以此为契机); 为 meaning "for" is wèi."""
    opens = [start for start, _, word in spans if word.text in _YI_WORDS]
    for start, _end, word in spans:
        if word.text != "为" or _end - start != 1 or run[start : start + 2] in _NOT_YI_FRAME:
            continue
        if any(0 < start - opened <= _YI_WEI_REACH for opened in opens):
            result[start] = "wei2"
        elif word.tag == "p":
            # 为 with a noun that ends the clause is "as" (…为主题, …为指导: wéi);
            # with more after it, "for" (为人民服务: wèi; the dictionary's 为人 is wéirén).
            rest = [w for a, _, w in spans if a > start]
            noun = len(rest) == 1 and rest[0].tag[:1] in ("n", "v")
            result[start] = "wei2" if noun else "wei4"


def _yi_bu(run: str, result: list[str], spans: list[tuple[int, int, Word]]) -> None:
    """The tone 一 and 不 take from the syllable after them."""
    ends_word = {end - 1 for start, end, _ in spans if end - start > 1}
    for index, char in enumerate(run):
        if char not in "一不":
            continue
        after = run[index + 1] if index + 1 < len(run) else ""
        next_tone = _tone(result[index + 1]) if after else ""
        if char == "不":
            if next_tone and _tone(result[index]) != "5":
                result[index] = "bu2" if next_tone == "4" else "bu4"
            continue
        result[index] = _yi(run, index, next_tone, index in ends_word)


def _yi(run: str, index: int, next_tone: str, ends_word: bool) -> str:
    before = run[index - 1] if index else ""
    after = run[index + 1] if index + 1 < len(run) else ""
    if not after or ends_word or after in _DIGIT_AFTER or after in _DATE_AFTER:
        return "yi1"
    if before in _NUMBER_BEFORE or run[max(0, index - 2) : index] in _NUMBER_BEFORE:
        return "yi1"
    if before == "月" and after in "日号":
        return "yi1"  # 五月一日
    if before and before == after:
        return "yi5"  # 看一看, 想一想
    return "yi2" if next_tone in ("4", "5") else "yi4"
