"""What the voice is given stays tied to the page: aligned rewrites, long sentences, timings."""

from __future__ import annotations

import re

from viewer.speech.aligned import Aligned
from viewer.speech.audio import WordMark
from viewer.speech.normalize import normalize_aligned
from viewer.speech.timings import WordTiming, heard_at, widened, word_timings
from viewer.speech.utterances import LONGEST_CLAUSE, MOST_AT_ONCE, utterances_of

HANZI = re.compile("[\u4e00-\u9fff]")


def test_a_rewrite_keeps_where_each_character_came_from() -> None:
    original = "增长97.59%，达到2018年"
    said = normalize_aligned(Aligned.of(original))
    assert said.text == "增长百分之九十七点五九，达到二零一八年"
    spoken_figure = said.text.index("百")
    assert said.source(spoken_figure, spoken_figure + 9) == (2, 8)  # all of 97.59%
    assert original[slice(*said.source(0, 2))] == "增长"
    year = said.text.index("二零")
    assert original[slice(*said.source(year, year + 4))] == "2018"
    assert original[slice(*said.source(year + 4, year + 5))] == "年"


def test_what_a_rewrite_keeps_at_its_ends_keeps_its_own_place() -> None:
    text = Aligned.of("ab12cd").sub(re.compile("b12c"), "bXc")
    assert text.text == "abXcd"
    assert [text.source(i, i + 1) for i in range(5)] == [(0, 1), (1, 2), (2, 4), (4, 5), (5, 6)]


def test_an_inserted_text_stands_for_nothing_on_the_page() -> None:
    text = Aligned.inserted("图片：", 0) + Aligned.of("大桥")
    assert text.source(0, 3) == (0, 0)
    assert text.source(3, 5) == (0, 2)


def _long_sentence(source_text: str, size: int) -> str:
    hanzi = "".join(HANZI.findall(source_text))
    return (hanzi * (size // len(hanzi) + 1))[:size]


def test_a_sentence_of_ten_thousand_characters_is_given_whole_in_parts(source_text: str) -> None:
    text = _long_sentence(source_text, 10_000) + "。"
    found = utterances_of(0, text)
    assert "".join(text[u.start : u.end] for u in found) == text  # nothing left out
    syllables = 0
    for utterance in found:
        said = utterance.voice_input(pinyin=True).text
        for clause in re.split("[,.]", said):
            assert len(clause.split()) <= LONGEST_CLAUSE
        assert len(said.split()) <= MOST_AT_ONCE + MOST_AT_ONCE // LONGEST_CLAUSE
        syllables += len(said.split())
    assert syllables == 10_000


def test_a_sentence_of_usual_length_is_one_utterance() -> None:
    text = "五年来，全区深入开展贫困残疾人脱贫行动，农村贫困残疾人家庭危房改造率达到100%，"
    text += "建档立卡贫困残疾人全部如期脱贫，广大残疾人沐浴在党的阳光下，共赴美好生活。"
    (only,) = utterances_of(3, text)
    assert (only.block, only.start, only.end) == (3, 0, len(text))


def test_timings_put_the_syllables_of_a_figure_together() -> None:
    (utterance,) = utterances_of(0, "增长97.59%。")
    said = utterance.voice_input(pinyin=True)
    syllables = said.text.split()
    marks, at = [], 0
    for index, syllable in enumerate(syllables):
        start = said.text.index(syllable, at)
        at = start + len(syllable)
        marks.append(WordMark(start, at, index * 100))
    timings = word_timings(marks, 1_500, said.source)
    assert timings == (
        WordTiming(0, 1, 0, 100),
        WordTiming(1, 2, 100, 200),
        WordTiming(2, 8, 200, 1_500),  # 百分之九十七点五九: 97.59% as one
    )
    assert heard_at(timings, 150) == timings[1]
    assert heard_at(timings, 900) == timings[2]
    assert widened(timings[0], [(0, 2), (2, 8)]) == (0, 2)


def test_timings_leave_out_words_the_page_does_not_show() -> None:
    (utterance,) = utterances_of(0, "大桥", spoken_prefix="图片：")
    said = utterance.voice_input(pinyin=True)
    assert said.text.split()[:2] == ["tu2", "pian4,"]
    marks = [WordMark(o, o + 3, i * 100) for i, o in enumerate((0, 4, 11, 15))]
    timings = word_timings(marks, 400, said.source)
    assert [(t.start, t.end) for t in timings] == [(0, 1), (1, 2)]
    assert timings[0].begin_ms == 200
