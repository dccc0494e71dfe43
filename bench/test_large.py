"""Large reports: a list of a million items and the review 6,000 times over.

Each is opened as a reader opens it (``viewer --content DIR``, here with
``--report-startup``, which prints the time to the first paint and the memory
and quits), and then its keys are timed in the window, as in test_keys.
Target: open in under 3 s; memory bounded by the content (under ten bytes for
each byte of its files); every key under one frame.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from bench.conftest import Figure, Figures
from bench.long_list_report import write_long_list_report
from bench.scale_report import write_scaled_report
from bench.test_keys import measure_key, open_window, record_p95
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytest_benchmark.fixture import BenchmarkFixture
from pytestqt.qtbot import QtBot

from viewer.content import load_document

OPEN_TARGET_S = 3.0
BYTES_PER_BYTE = 10.0
CTRL = Qt.KeyboardModifier.ControlModifier
NO = Qt.KeyboardModifier.NoModifier


@pytest.fixture(scope="module")
def long_list(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_long_list_report(1_000_000, tmp_path_factory.mktemp("list-1000000"))


@pytest.fixture(scope="module")
def report_6000x(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_scaled_report(6000, tmp_path_factory.mktemp("report-6000x"))


REPORTS = {"1,000,000-item list": "long_list", "6,000×": "report_6000x"}


def open_and_report(folder: Path) -> dict[str, float]:
    """Open the viewer on ``folder`` until its first paint; what it reports."""
    result = subprocess.run(
        [sys.executable, "-m", "viewer", "--content", str(folder), "--report-startup"],
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        capture_output=True,
        text=True,
        timeout=300,
        check=True,
    )
    report: dict[str, float] = json.loads(result.stdout.strip().splitlines()[-1])
    return report


@pytest.mark.benchmark(group="large")
@pytest.mark.parametrize("name", list(REPORTS))
def test_open_time_and_memory(
    name: str, request: pytest.FixtureRequest, benchmark: BenchmarkFixture, figures: Figures
) -> None:
    folder: Path = request.getfixturevalue(REPORTS[name])
    size = sum(f.stat().st_size for f in folder.iterdir())
    report = benchmark.pedantic(open_and_report, args=(folder,), rounds=1, iterations=1)
    figures.record(
        Figure(
            f"{name}: open to the first paint",
            report["painted_ms"] / 1000,
            "s",
            target=OPEN_TARGET_S,
            note=f"{size / 2**20:.0f} MiB of content; one run, offscreen",
        )
    )
    figures.record(
        Figure(
            f"{name}: peak memory per byte of content",
            report["peak_rss_kb"] * 1024 / size,
            "B/B",
            target=BYTES_PER_BYTE,
            note=f"peak {report['peak_rss_kb'] / 1024:.0f} MiB",
        )
    )


LARGE_KEYS: dict[str, list[tuple[Qt.Key, Qt.KeyboardModifier]]] = {
    "character (Right)": [(Qt.Key.Key_Right, NO)],
    "word (Ctrl+Right)": [(Qt.Key.Key_Right, CTRL)],
    "line (Down)": [(Qt.Key.Key_Down, NO)],
    "next paragraph (Ctrl+Down)": [(Qt.Key.Key_Down, CTRL)],
    "next section (Ctrl+PgDown)": [(Qt.Key.Key_PageDown, CTRL)],
    "end and start (Ctrl+End, Ctrl+Home)": [(Qt.Key.Key_End, CTRL), (Qt.Key.Key_Home, CTRL)],
}


@pytest.mark.parametrize("name", list(REPORTS))
def test_keys_on_large_reports(
    name: str,
    request: pytest.FixtureRequest,
    benchmark: BenchmarkFixture,
    qtbot: QtBot,
    qapp: QApplication,
    tmp_path: Path,
    figures: Figures,
) -> None:
    folder: Path = request.getfixturevalue(REPORTS[name])
    window = open_window(qtbot, qapp, load_document(folder), tmp_path)
    window.navigator.go_to(len(window.navigator.map.blocks) // 2)
    samples: dict[str, list[float]] = {}

    def run() -> None:
        for key_name, keys in LARGE_KEYS.items():
            samples[key_name] = measure_key(window, keys)

    benchmark.pedantic(run, rounds=1, iterations=1)
    for key_name, values in samples.items():
        record_p95(figures, key_name, values, prefix=f"{name}: ")
