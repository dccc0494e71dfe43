"""Navigation through the review by unit, without a window."""

from __future__ import annotations

import dataclasses
import itertools

import pytest

from viewer.content import Document
from viewer.reading.blocks import PHOTOS_KEY, Kind, Unit
from viewer.reading.reading_map import ReadingMap


def walk(reading_map: ReadingMap, unit: Unit, start: int = 0) -> list[int]:
    places, here = [], start
    while (here_next := reading_map.next(here, unit)) is not None:
        places.append(here_next)
        here = here_next
    return places


def key_at(reading_map: ReadingMap, index: int) -> str:
    return reading_map.section_of(index).key


def test_blocks_follow_the_document(reading_map: ReadingMap, review: Document) -> None:
    kinds = [b.kind for b in reading_map.blocks]
    assert kinds.count(Kind.HEADING) == sum(1 for _ in review.all_sections()) + 1
    assert kinds.count(Kind.FIGURE) == len(review.statistics)
    assert kinds.count(Kind.PHOTO) == len(review.photos)
    assert kinds.count(Kind.LIST_ITEM) == 18
    assert [b.index for b in reading_map.blocks] == list(range(len(reading_map.blocks)))
    assert reading_map.blocks[0].text == "总体思路"
    assert reading_map.blocks[-2].text == review.photos[-1].caption


def test_the_credit_line_ends_the_document(reading_map: ReadingMap, review: Document) -> None:
    last = reading_map.blocks[-1]
    assert (last.kind, last.text) == (Kind.CREDIT, "本版文图均由内蒙古自治区残联提供")
    assert review.credit == last.text
    # On the last page, in the part it ends, which now ends after it.
    assert key_at(reading_map, last.index) == PHOTOS_KEY
    assert reading_map.sections[-1].end_block == len(reading_map.blocks)
    assert reading_map.page_blocks(reading_map.page_count - 1)[-1] == last
    # A paragraph stop, so moving by paragraph reaches it.
    assert reading_map.next(last.index - 1, Unit.PARAGRAPH) == last.index
    assert reading_map.whereabouts(last.index).percent == 100


def test_a_report_without_photos_ends_with_its_credit_in_its_last_section(
    review: Document,
) -> None:
    no_photos = dataclasses.replace(review, photos=())
    reading_map = ReadingMap(no_photos, photos_title="Photos")
    last = reading_map.blocks[-1]
    assert last.kind is Kind.CREDIT
    assert key_at(reading_map, last.index) == "closing"
    assert reading_map.page_section(reading_map.page_count - 1).end_block == last.index + 1
    without = ReadingMap(dataclasses.replace(review, credit=None), photos_title="Photos")
    assert Kind.CREDIT not in {b.kind for b in without.blocks}


def test_next_section_skips_the_parts_of_a_section(reading_map: ReadingMap) -> None:
    keys = [key_at(reading_map, i) for i in walk(reading_map, Unit.SECTION)]
    assert keys == ["opening", "safety-net", "joint-effort", "equal-sharing", "closing", PHOTOS_KEY]
    inside = reading_map.section_start("rehabilitation")
    assert key_at(reading_map, reading_map.next(inside, Unit.SECTION) or 0) == "education"
    last_part = reading_map.section_start("legal-rights")
    assert key_at(reading_map, reading_map.next(last_part, Unit.SECTION) or 0) == "equal-sharing"


def test_previous_section(reading_map: ReadingMap) -> None:
    education = reading_map.section_start("education")
    assert reading_map.previous(education + 1, Unit.SECTION) == education
    assert reading_map.previous(education, Unit.SECTION) == reading_map.section_start(
        "rehabilitation"
    )
    rehab = reading_map.section_start("rehabilitation")
    assert reading_map.previous(rehab, Unit.SECTION) == reading_map.section_start("joint-effort")
    equal = reading_map.section_start("equal-sharing")
    assert reading_map.previous(equal, Unit.SECTION) == reading_map.section_start("joint-effort")
    assert reading_map.previous(0, Unit.SECTION) is None


def test_headings_visit_every_section_in_order(reading_map: ReadingMap, review: Document) -> None:
    keys = [key_at(reading_map, i) for i in [0, *walk(reading_map, Unit.HEADING)]]
    assert keys == [s.id for s in review.all_sections()] + [PHOTOS_KEY]


def test_figures_visit_statistics_then_photos(reading_map: ReadingMap, review: Document) -> None:
    items = [reading_map.blocks[i].item_id for i in walk(reading_map, Unit.FIGURE)]
    assert items == [s.id for s in review.statistics] + [p.id for p in review.photos]


def test_paragraphs_include_list_items_and_subheadings(reading_map: ReadingMap) -> None:
    kinds = {reading_map.blocks[i].kind for i in walk(reading_map, Unit.PARAGRAPH)}
    assert kinds == {Kind.PARAGRAPH, Kind.LIST_ITEM, Kind.SUBHEADING, Kind.CREDIT}


# Previous section first returns to the start of the current one: tested above.
@pytest.mark.parametrize("unit", [Unit.HEADING, Unit.PARAGRAPH, Unit.FIGURE])
def test_previous_undoes_next(reading_map: ReadingMap, unit: Unit) -> None:
    places = [reading_map.first(unit), *walk(reading_map, unit, reading_map.first(unit) or 0)]
    for before, after in itertools.pairwise(places):
        assert reading_map.previous(after or 0, unit) == before


def test_first_and_last(reading_map: ReadingMap) -> None:
    assert reading_map.first(Unit.HEADING) == 0
    assert reading_map.last(Unit.FIGURE) == len(reading_map.blocks) - 2  # the credit follows
    assert reading_map.next(len(reading_map.blocks) - 1, Unit.PARAGRAPH) is None


def test_whereabouts(reading_map: ReadingMap) -> None:
    rehab = reading_map.section_start("rehabilitation")
    where = reading_map.whereabouts(rehab + 1)
    assert where.trail == ("凝聚合力", "残疾人康复服务状况显著改善。")
    assert (where.unit, where.number, where.count) == (Unit.PARAGRAPH, 1, 1)
    assert (where.section_number, where.section_count) == (9, 19)
    assert reading_map.whereabouts(0).percent == 0
    assert reading_map.whereabouts(len(reading_map.blocks) - 1).percent == 100
    plan = reading_map.whereabouts(reading_map.section_start("plan-five-roles") + 3)
    # The heading, the subheading (paragraph 1), the first item (2), the second (3).
    assert (plan.unit, plan.number, plan.count) == (Unit.PARAGRAPH, 3, 6)
    heading = reading_map.whereabouts(rehab)
    assert (heading.unit, heading.number, heading.count) == (Unit.HEADING, 0, 0)
    figure = reading_map.whereabouts(reading_map.block_of_item("rehab-institutions"))
    assert (figure.unit, figure.number, figure.count) == (Unit.FIGURE, 4, 7)


def test_pages(reading_map: ReadingMap) -> None:
    assert reading_map.page_count == 7
    joint = reading_map.page_of(reading_map.section_start("legal-rights"))
    assert reading_map.page_section(joint).key == "joint-effort"
    blocks = reading_map.page_blocks(joint)
    assert blocks[0].text == "凝聚合力"
    assert {reading_map.sections[b.section].page for b in blocks} == {joint}


def test_block_of_item(reading_map: ReadingMap) -> None:
    index = reading_map.block_of_item("rehab-coverage")
    assert reading_map.blocks[index].text == "97.59%\n有康复需求的残疾人基本康复服务覆盖率"
    with pytest.raises(KeyError):
        reading_map.block_of_item("nothing")


def test_list_items_know_their_list(reading_map: ReadingMap) -> None:
    start = reading_map.section_start("plan-five-actions")
    items = [b for b in reading_map.page_blocks(0) if b.kind is Kind.LIST_ITEM]
    groups = [b.group for b in items if b.group is not None]
    assert len(groups) == len(items)
    assert groups == sorted(groups)  # in document order
    assert len(set(groups)) == 4  # the plan's four lists
    first = next(b.index for b in reading_map.blocks[start:] if b.kind is Kind.LIST_ITEM)
    assert reading_map.list_place(first) == (1, 5)
    assert reading_map.list_place(first + 4) == (5, 5)
    assert reading_map.list_bounds(first + 2) == range(first, first + 5)
    where = reading_map.whereabouts(first + 1)
    assert (where.list_position, where.list_size) == (2, 5)
    assert reading_map.list_place(start) is None
    assert reading_map.whereabouts(start).list_size == 0
