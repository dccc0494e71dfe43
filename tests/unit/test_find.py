"""Find: Chinese text, full- and half-width forms, and exact match positions."""

from __future__ import annotations

import pytest

from viewer.reading.find import Match, TextIndex, fold
from viewer.reading.reading_map import Block, Kind


def index_of(*texts: str) -> TextIndex:
    return TextIndex([Block(i, Kind.PARAGRAPH, t, 0) for i, t in enumerate(texts)])


@pytest.mark.parametrize(
    ("query", "text"),
    [
        ("１２３８５", "实现12385残疾人服务热线"),
        ("12385", "实现１２３８５残疾人服务热线"),
        ("97.59%", "覆盖率达到９７．５９％，"),
        ("，", "hello, world"),
        ("ABC", "abc"),
        ("（2020）", "首届(2020)残疾人"),
    ],
)
def test_width_and_case_do_not_matter(query: str, text: str) -> None:
    (match,) = index_of(text).find_all(query)
    assert fold(text[match.start : match.end]) == fold(query)


def test_every_match_in_reading_order() -> None:
    matches = index_of("残疾人和残疾人", "无", "残疾人").find_all("残疾人")
    assert matches == [Match(0, 0, 3), Match(0, 4, 7), Match(2, 0, 3)]


def test_offsets_survive_folding_that_changes_length() -> None:
    # NFKC turns "㎡" into "m2": offsets must still point into the original text.
    text = "面积100㎡的房屋"
    (match,) = index_of(text).find_all("的房屋")
    assert text[match.start : match.end] == "的房屋"
    (unit,) = index_of(text).find_all("m2")
    assert text[unit.start : unit.end] == "㎡"


@pytest.mark.parametrize("query", ["", "   ", "\t"])
def test_blank_queries_match_nothing(query: str) -> None:
    assert index_of("残疾人").find_all(query) == []


def test_no_match() -> None:
    assert index_of("残疾人").find_all("不存在") == []
