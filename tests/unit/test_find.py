"""Find: Chinese text, full- and half-width forms, and exact match positions."""

from __future__ import annotations

import pytest

from viewer.reading.blocks import Block, Kind
from viewer.reading.find import Match, TextIndex, context_of, fold, index_in_steps


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
    assert list(matches) == [Match(0, 0, 3), Match(0, 4, 7), Match(2, 0, 3)]


def test_offsets_survive_folding_that_changes_length() -> None:
    # NFKC turns "㎡" into "m2": offsets must still point into the original text.
    text = "面积100㎡的房屋"
    (match,) = index_of(text).find_all("的房屋")
    assert text[match.start : match.end] == "的房屋"
    (unit,) = index_of(text).find_all("m2")
    assert text[unit.start : unit.end] == "㎡"


@pytest.mark.parametrize("query", ["", "   ", "\t"])
def test_blank_queries_match_nothing(query: str) -> None:
    assert len(index_of("残疾人").find_all(query)) == 0


def test_no_match() -> None:
    assert len(index_of("残疾人").find_all("不存在")) == 0


def test_a_match_never_spans_two_blocks() -> None:
    assert len(index_of("残疾", "人").find_all("残疾人")) == 0
    assert len(index_of("残疾", "人").find_all("残疾\uffff人")) == 0


@pytest.mark.parametrize(
    ("block", "expected"),
    [(0, 0), (1, 2), (2, 2), (3, 3), (4, 0), (99, 0)],
)
def test_first_match_from_a_block_wraps_after_the_last(block: int, expected: int) -> None:
    # matches: block 0 twice, block 2, block 3; from block 4 on, back to the first
    matches = index_of("人人", "无", "人", "人", "无").find_all("人")
    assert matches.first_from(block) == expected


def test_matches_by_slice_and_negative_index() -> None:
    matches = index_of("人人", "无", "人").find_all("人")
    assert matches[-1] == Match(2, 0, 1)
    assert matches[1:] == [Match(0, 1, 2), Match(2, 0, 1)]
    assert index_of("人").find_all("无").first_from(0) == -1


def test_an_index_built_in_steps_finds_the_same() -> None:
    texts = ["人人", "㎡人", "无", "人"] * 5
    blocks = [Block(i, Kind.PARAGRAPH, t, 0) for i, t in enumerate(texts)]
    steps = index_in_steps(blocks, blocks_per_step=3)
    slices = 0
    while True:
        try:
            next(steps)
            slices += 1
        except StopIteration as done:
            stepwise: TextIndex = done.value
            break
    assert slices == 7  # 20 blocks, 3 at a time
    assert list(stepwise.find_all("人")) == list(TextIndex(blocks).find_all("人"))
    assert list(stepwise.find_all("m2")) == [Match(i, 0, 1) for i in range(1, 20, 4)]


def test_a_match_is_said_in_its_sentence() -> None:
    text = (
        "健康是幸福生活的基础。"
        "五年来，全区持续开展精准康复行动，有康复需求的残疾人基本康复服务覆盖率达到97.59%。"
    )
    start = text.index("精准康复")
    # Its own sentence only, cut a few characters each side, an ellipsis where cut.
    said = context_of(text, start, start + 4, room=6)
    assert said == "……全区持续开展精准康复行动，有康复……"
    assert "健康" not in said
    # A short sentence is said whole.
    assert context_of(text, 0, 2) == "健康是幸福生活的基础。"
    end = len(text)
    assert context_of(text, end - 7, end - 1, room=3) == "……率达到97.59%。"
