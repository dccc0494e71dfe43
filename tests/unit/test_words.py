"""Words of Chinese text, for moving the caret by word: jieba's cut, figures kept whole."""

from __future__ import annotations

import pytest

from viewer.reading.words import next_word_end, previous_word_start, word_at, words


def cut(text: str) -> list[str]:
    return [text[start:end] for start, end in words(text)]


def test_chinese_is_cut_into_words_without_punctuation() -> None:
    assert cut("健康是幸福生活的基础，康复是残疾人最迫切的需求。") == [
        "健康", "是", "幸福生活", "的", "基础", "康复", "是", "残疾人", "最", "迫切", "的", "需求",
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("覆盖率达到97.59%，累计", "97.59%"),
        ("累计精准康复服务残疾人41.48万余人次，实施", "41.48万余人次"),
        ("2018年以来，全区", "2018年"),
        ("全区建成残疾人康复机构293个，康复", "293个"),
        ("共募集款物4087.6万元，使", "4087.6万元"),
        ("比例近50%，残疾", "50%"),
    ],
)
def test_a_figure_is_one_word_with_its_unit(text: str, figure: str) -> None:
    assert figure in cut(text)


def test_moving_by_word_goes_from_word_end_to_word_end_and_back_by_starts() -> None:
    text = "健康是幸福生活的基础。"
    assert next_word_end(text, 0) == 2
    assert next_word_end(text, 2) == 3
    assert next_word_end(text, 3) == 7
    assert next_word_end(text, 10) is None  # only the full stop is left
    assert previous_word_start(text, 7) == 3
    assert previous_word_start(text, 3) == 2
    assert previous_word_start(text, 0) is None


def test_the_word_at_a_place() -> None:
    text = "残疾人最迫切的需求"
    assert word_at(text, 1) == (0, 3)
    assert word_at(text, len(text)) == (7, 9)  # at the end: the last word


def test_latin_words_and_spaces() -> None:
    assert cut("Say All reads to the end.") == ["Say", "All", "reads", "to", "the", "end"]
    assert cut("") == []
    assert cut("，。！") == []
