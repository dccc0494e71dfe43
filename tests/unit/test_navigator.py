"""The reading place and every way of moving it, without a window."""

from __future__ import annotations

import pytest

from viewer.reading.blocks import PHOTOS_KEY, Kind, Unit
from viewer.reading.navigator import Move, Navigator
from viewer.reading.reading_map import ReadingMap


@pytest.fixture
def navigator(reading_map: ReadingMap) -> Navigator:
    return Navigator(reading_map)


@pytest.fixture
def moves(navigator: Navigator) -> list[Move]:
    seen: list[Move] = []
    navigator.on_move(seen.append)
    return seen


def test_every_move_is_told_with_where_from_and_the_focus(
    navigator: Navigator, moves: list[Move]
) -> None:
    navigator.go_to(5)
    navigator.go_to(9, focus=False)
    assert moves == [Move(5, 0, focus=True), Move(9, 5, focus=False)]
    assert navigator.position == 9


def test_places_are_kept_within_the_document(navigator: Navigator, moves: list[Move]) -> None:
    navigator.go_to(10_000)
    assert navigator.position == navigator.last == len(navigator.map.blocks) - 1
    navigator.go_to(-3)
    assert navigator.position == 0
    assert [m.index for m in moves] == [navigator.last, 0]


def test_a_move_past_either_end_changes_nothing_and_says_so(
    navigator: Navigator, moves: list[Move]
) -> None:
    assert not navigator.move_by(Unit.PARAGRAPH, -1)
    assert not navigator.step_block(-1)
    navigator.go_last()
    moves.clear()
    assert not navigator.move_by(Unit.SECTION, 1)
    assert not navigator.move_by(Unit.FIGURE, 1)
    assert not navigator.step_block(1)
    assert moves == []


def test_moving_by_each_unit(navigator: Navigator, reading_map: ReadingMap) -> None:
    assert navigator.move_by(Unit.FIGURE, 1)
    assert reading_map.blocks[navigator.position].kind is Kind.FIGURE
    assert reading_map.section_of(navigator.position).key == "opening"
    assert navigator.move_by(Unit.SECTION, 1)
    assert reading_map.section_of(navigator.position).key == "safety-net"
    navigator.unit = Unit.HEADING
    assert navigator.move_by_chosen(1)
    assert navigator.move_by_chosen(1)
    assert reading_map.section_of(navigator.position).key == "rehabilitation"
    assert navigator.step_block(1)
    assert reading_map.blocks[navigator.position].kind is Kind.PARAGRAPH


def test_jumps_are_kept_for_back_and_forward_and_small_steps_are_not(
    navigator: Navigator,
) -> None:
    navigator.go_to_section("education")
    navigator.step_block(1)
    here = navigator.position
    navigator.go_last()
    assert navigator.go_back()
    assert navigator.position == here  # the place left, with its small step
    assert navigator.go_back()
    assert navigator.position == 0
    assert not navigator.go_back()
    assert navigator.go_forward()
    assert navigator.go_forward()
    assert navigator.position == navigator.last
    assert not navigator.go_forward()


def test_sections_by_id_and_number_and_items_by_id(
    navigator: Navigator, reading_map: ReadingMap
) -> None:
    navigator.go_to_section_number(8)
    assert reading_map.section_of(navigator.position).key == "rehabilitation"
    assert navigator.section_number() == 8
    navigator.go_to_section_number(99)
    assert reading_map.section_of(navigator.position).key == PHOTOS_KEY
    assert navigator.go_to_item("rehab-coverage")
    assert reading_map.blocks[navigator.position].item_id == "rehab-coverage"
    assert not navigator.go_to_item("no-such-figure")
    assert reading_map.blocks[navigator.position].item_id == "rehab-coverage"
    with pytest.raises(KeyError):
        navigator.go_to_section("no-such-section")


def test_a_kept_place_is_found_again(navigator: Navigator, reading_map: ReadingMap) -> None:
    navigator.go_to(reading_map.section_start("employment") + 2)
    key, offset = navigator.bookmark()
    assert (key, offset) == ("employment", 2)
    assert Navigator(reading_map).place_of(key, offset) == navigator.position
    entry = reading_map.sections[reading_map.section_index("employment")]
    # A section that has become shorter, or gone, gives a place that exists.
    assert navigator.place_of("employment", 500) == entry.end_block - 1
    assert navigator.place_of("employment", -4) == entry.first_block
    assert navigator.place_of("gone", 3) == 0


def test_where_am_i_follows_the_place(navigator: Navigator) -> None:
    navigator.go_to_section("safety-net")
    where = navigator.whereabouts()
    assert (where.trail, where.unit) == (("兜底补短",), Unit.HEADING)
