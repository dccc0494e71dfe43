"""Statistics grouped for charts: one unit per axis, only groups worth comparing."""

from __future__ import annotations

from dataclasses import replace

import pytest

from viewer.content import Document, Statistic
from viewer.figures import ChartGroup, chart_groups, extremes


def stat(stat_id: str, value: float, unit: str = "%") -> Statistic:
    return Statistic(
        id=stat_id, section_id="s", printed=f"{value}{unit}", value=value, unit=unit, label=stat_id
    )


def test_groups_never_mix_units_and_have_two_members_or_more(review: Document) -> None:
    groups = chart_groups(review)
    assert groups
    for group in groups:
        assert len(group.statistics) >= 2, group.unit
        assert {s.unit for s in group.statistics} == {group.unit}
    units = [g.unit for g in groups]
    assert len(units) == len(set(units)), "one group per unit"


def test_every_unit_shared_by_two_figures_has_its_group(review: Document) -> None:
    counts: dict[str, int] = {}
    for s in review.statistics:
        counts[s.unit] = counts.get(s.unit, 0) + 1
    shared = {unit for unit, count in counts.items() if count >= 2}
    assert {g.unit for g in chart_groups(review)} == shared
    # People and visits are both in ten thousands, yet never on one axis.
    assert {"万人", "万人次"} <= shared


def test_groups_keep_document_order(review: Document) -> None:
    position = {s.id: i for i, s in enumerate(review.statistics)}
    groups = chart_groups(review)
    for group in groups:
        indexes = [position[s.id] for s in group.statistics]
        assert indexes == sorted(indexes), group.unit
    firsts = [position[g.statistics[0].id] for g in groups]
    assert firsts == sorted(firsts), "groups come in the order their unit first appears"


def test_percentages_are_one_group(review: Document) -> None:
    (percent,) = [g for g in chart_groups(review) if g.unit == "%"]
    values = {s.id: s.value for s in percent.statistics}
    assert values["rehab-coverage"] == 97.59
    assert values["assistive-fit-rate"] == 99.02
    assert set(values) == {s.id for s in review.statistics if s.unit == "%"}


def test_a_lone_unit_gets_no_group(review: Document) -> None:
    # The funds raised (4087.6万元) are the only figure counted in 万元.
    assert [s.id for s in review.statistics if s.unit == "万元"] == ["funds-raised"]
    assert all(g.unit != "万元" for g in chart_groups(review))
    grouped = {s.id for g in chart_groups(review) for s in g.statistics}
    assert "funds-raised" not in grouped


def test_extremes_of_the_percentages(review: Document) -> None:
    (percent,) = [g for g in chart_groups(review) if g.unit == "%"]
    largest, smallest = extremes(percent)
    # Two figures are 100%: the first in the text wins.
    assert largest.id == "housing-renovation-rate"
    assert largest.value == 100
    assert smallest.id == "inclusive-schooling"
    assert smallest.printed == "近50%"


def test_extremes_keep_document_order_on_ties() -> None:
    group = ChartGroup("%", (stat("a", 5), stat("b", 9), stat("c", 9), stat("d", 5)))
    largest, smallest = extremes(group)
    assert (largest.id, smallest.id) == ("b", "a")


def test_extremes_of_a_group_whose_members_are_equal() -> None:
    group = ChartGroup("个", (stat("a", 3, "个"), stat("b", 3, "个")))
    assert [s.id for s in extremes(group)] == ["a", "a"]


def test_extremes_of_an_empty_group_is_an_error() -> None:
    with pytest.raises(ValueError, match="no statistics"):
        extremes(ChartGroup("%", ()))


def test_no_groups_without_statistics(review: Document) -> None:
    assert chart_groups(replace(review, statistics=())) == ()
