"""Statistics that can be drawn on one axis, grouped by their unit.

Only figures with exactly the same unit share a chart: 万人 and 万人次 count
different things (people, visits), so mixing them would compare unlike with
unlike even though both are in ten thousands.
"""

from __future__ import annotations

from dataclasses import dataclass

from viewer.content import Document, Statistic


@dataclass(frozen=True)
class ChartGroup:
    """Statistics sharing one unit, so that they can be compared on one axis.

    Attributes:
        unit: The unit as printed (万人次, %).
        statistics: The statistics with that unit, in document order.
    """

    unit: str
    statistics: tuple[Statistic, ...]


def chart_groups(document: Document) -> tuple[ChartGroup, ...]:
    """Group the document's statistics by unit, keeping the groups worth a chart.

    Args:
        document: The loaded report.

    Returns:
        One group per unit that at least two statistics share, in the order in
        which each unit first appears; a lone figure has nothing to be compared with.
    """
    by_unit: dict[str, list[Statistic]] = {}
    for statistic in document.statistics:
        by_unit.setdefault(statistic.unit, []).append(statistic)
    return tuple(
        ChartGroup(unit, tuple(members)) for unit, members in by_unit.items() if len(members) >= 2
    )


def extremes(group: ChartGroup) -> tuple[Statistic, Statistic]:
    """Return the largest and the smallest statistic of a group, by value.

    Where several share the largest (or smallest) value, the first in document
    order is returned.

    Args:
        group: A group with at least one statistic.

    Returns:
        ``(largest, smallest)``.

    Raises:
        ValueError: The group has no statistics.
    """
    if not group.statistics:
        raise ValueError(f"the chart group of unit {group.unit!r} has no statistics")
    # max and min return the first of equal items, which keeps document order on ties.
    largest = max(group.statistics, key=lambda s: s.value)
    smallest = min(group.statistics, key=lambda s: s.value)
    return largest, smallest
