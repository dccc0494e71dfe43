"""Start-up to the first section painted, and resident memory, against a bare Qt program.

The measuring is in bench/startup.py (a process-level harness under Xvfb); this
records its medians with the other figures.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from bench.conftest import Figure, Figures
from bench.startup import measure_startup
from pytest_benchmark.fixture import BenchmarkFixture


@pytest.mark.benchmark(group="start-up")
def test_startup_and_memory(benchmark: BenchmarkFixture, figures: Figures) -> None:
    result = benchmark.pedantic(measure_startup, kwargs={"runs": 6}, rounds=1, iterations=1)
    viewer, floor = result["viewer"], result["floor"]
    figures.record(
        Figure(
            "start-up to the first section painted (Xvfb)",
            viewer["painted_ms"],
            "ms",
            floor=floor["painted_ms"],
            floor_name="one QTextBrowser",
            target=1.3,
            note="median of 6 runs each, alternating; see docs/performance.md",
        )
    )
    figures.record(
        Figure(
            "resident memory, first section painted",
            viewer["rss_kb"] / 1024,
            "MiB",
            floor=floor["rss_kb"] / 1024,
            floor_name="one QTextBrowser",
            target=1.5,
        )
    )


@pytest.mark.benchmark(group="start-up")
def test_startup_on_1000x(
    benchmark: BenchmarkFixture, figures: Figures, report_1000x: Path
) -> None:
    result = benchmark.pedantic(
        measure_startup, kwargs={"runs": 3, "content": report_1000x}, rounds=1, iterations=1
    )
    figures.record(
        Figure(
            "1,000×: start-up to the first section painted (Xvfb)",
            result["viewer"]["painted_ms"] / 1000,
            "s",
            target=1,
            note=f"median of 3; RSS {result['viewer']['rss_kb'] / 1024:.0f} MiB",
        )
    )
