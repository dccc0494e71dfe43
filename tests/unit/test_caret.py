"""Places in the text, selections across blocks, and what copying a selection gives."""

from __future__ import annotations

import pytest

from viewer.reading.blocks import Kind
from viewer.reading.caret import Place, TextRange, plain_text, section_range
from viewer.reading.reading_map import ReadingMap


def test_a_range_is_the_same_whichever_way_it_was_made() -> None:
    one, other = Place(3, 5), Place(1, 2)
    assert TextRange.between(one, other) == TextRange.between(other, one)
    assert TextRange.between(one, other).start == other
    assert TextRange.between(one, one).empty


def test_copying_within_a_block_gives_those_characters(reading_map: ReadingMap) -> None:
    index = reading_map.section_start("rehabilitation") + 1
    text = reading_map.blocks[index].text
    chosen = TextRange(Place(index, 3), Place(index, 10))
    assert plain_text(reading_map, chosen) == text[3:10]


def test_copying_across_blocks_gives_a_block_a_line_without_bullets(
    reading_map: ReadingMap,
) -> None:
    start = reading_map.section_start("plan-five-actions")
    items = [b for b in reading_map.blocks[start:] if b.kind is Kind.LIST_ITEM][:5]
    chosen = TextRange(Place(items[0].index, 0), Place(items[-1].index, len(items[-1].text)))
    copied = plain_text(reading_map, chosen)
    assert copied.split("\n") == [item.text for item in items]
    assert "•" not in copied


def test_copying_a_figure_gives_its_printed_number_and_label(reading_map: ReadingMap) -> None:
    index = reading_map.block_of_item("rehab-coverage")
    block = reading_map.blocks[index]
    copied = plain_text(reading_map, TextRange(Place(index, 0), Place(index, len(block.text))))
    assert copied == "97.59%\n有康复需求的残疾人基本康复服务覆盖率"


@pytest.mark.parametrize("section", ["plan", "rehabilitation", "closing"])
def test_select_all_selects_the_section_with_its_parts(
    reading_map: ReadingMap, section: str
) -> None:
    entry = reading_map.sections[reading_map.section_index(section)]
    chosen = section_range(reading_map, entry.first_block + 1)
    assert chosen.start == Place(entry.first_block, 0)
    last = reading_map.blocks[entry.end_block - 1]
    assert chosen.end == Place(last.index, len(last.text))
