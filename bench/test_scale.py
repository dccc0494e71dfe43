"""A report a thousand times the review: loading, checking, finding, memory.

The synthetic reports are written by bench/scale_report.py and measured by
bench/scale_measure.py (no Qt); this records the 1,000× figures against their
targets, and the growth from 1× to 1,000× as a table.
"""

from __future__ import annotations

import pytest
from bench.conftest import Figure, Figures
from bench.scale_measure import growth_table
from pytest_benchmark.fixture import BenchmarkFixture


@pytest.mark.benchmark(group="scale")
def test_growth_from_1x_to_1000x(benchmark: BenchmarkFixture, figures: Figures) -> None:
    rows = benchmark.pedantic(growth_table, rounds=1, iterations=1)
    figures.table("growth from 1× to 1,000× (the review repeated)", rows)
    biggest, smallest = rows[-1], rows[0]
    assert biggest["scale"] == 1000
    figures.record(Figure("1,000×: load", biggest["load_s"], "s", target=2))
    figures.record(Figure("1,000×: viewer --check", biggest["check_s"], "s", target=2))
    figures.record(
        Figure(
            "1,000×: find every match of 残疾人",
            biggest["find_ms"],
            "ms",
            target=100,
            note=f"{biggest['matches']} matches; a rarer word (无障碍) "
            f"{biggest['find_typical_ms']:.0f} ms; the first search builds the index: "
            f"{biggest['first_find_ms']:.0f} ms",
        )
    )
    figures.record(
        Figure(
            "1,000×: peak memory per byte of text while loading",
            biggest["peak_per_text"],
            "B/B",
            floor=smallest["peak_per_text"],
            floor_name="the same at 1×",
            target=1.5,
            note="memory growing no faster than the text keeps this ratio near 1",
        )
    )
