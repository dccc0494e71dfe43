"""Benchmarks: run with `make bench`, never as part of `make test`.

Each benchmark records its figures with the ``figures`` fixture: the median, the
floor it is compared with (measured in the same run, since absolute times on a
shared machine drift) and the target. At the end the run prints one table and
writes it as JSON to bench/results/latest.json; with ``--check`` it fails when a
figure misses its target, and says which.
"""

from __future__ import annotations

import json
import os
import platform
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

RESULTS = Path(__file__).parent / "results"


@dataclass
class Figure:
    """One measured figure.

    Attributes:
        name: What was measured.
        value: The median (or the percentile named in ``name``).
        unit: Its unit (ms, MiB, s).
        floor: The same measure of the floor, if compared with one.
        floor_name: What the floor is.
        target: The most the ratio to the floor may be, or, with no floor, the
            most the value may be.
        note: How it was measured, or why it misses.
    """

    name: str
    value: float
    unit: str
    floor: float | None = None
    floor_name: str = ""
    target: float | None = None
    note: str = ""

    @property
    def ratio(self) -> float | None:
        """The value as a multiple of the floor."""
        return self.value / self.floor if self.floor else None

    @property
    def met(self) -> bool | None:
        """Whether the target is met (None: no target)."""
        if self.target is None:
            return None
        measured = self.ratio if self.floor is not None else self.value
        return measured is not None and measured <= self.target


class Figures:
    """The figures of a run, in the order they were recorded."""

    def __init__(self) -> None:
        self.all: list[Figure] = []
        self.tables: dict[str, list[dict[str, Any]]] = {}

    def record(self, figure: Figure) -> Figure:
        """Add ``figure`` (replacing one of the same name)."""
        self.all = [f for f in self.all if f.name != figure.name] + [figure]
        return figure

    def table(self, name: str, rows: list[dict[str, Any]]) -> None:
        """Add a table of rows (such as growth from 1× to 1,000×), printed and saved."""
        self.tables[name] = rows


_FIGURES = Figures()


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--check",
        action="store_true",
        help="fail when a figure misses its target, and say which",
    )


@pytest.fixture(scope="session")
def figures() -> Figures:
    """Where benchmarks record their figures."""
    return _FIGURES


@pytest.fixture(scope="session")
def report_1000x(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A content folder holding the review repeated 1,000 times (about 15 MB)."""
    from bench.scale_report import write_scaled_report

    return write_scaled_report(1000, tmp_path_factory.mktemp("report-1000x"))


def _format(value: float | None, unit: str = "") -> str:
    if value is None:
        return "—"
    digits = 0 if abs(value) >= 100 else 1 if abs(value) >= 10 else 2
    return f"{value:.{digits}f}{(' ' + unit) if unit else ''}"


def _rows() -> list[list[str]]:
    rows = [["figure", "value", "floor", "ratio", "target", "met"]]
    for f in _FIGURES.all:
        target = "—"
        if f.target is not None:
            target = f"≤ {f.target:g}×" if f.floor is not None else f"≤ {f.target:g} {f.unit}"
        met = {True: "yes", False: "NO", None: "—"}[f.met]
        floor = f"{_format(f.floor, f.unit)} ({f.floor_name})" if f.floor is not None else "—"
        rows.append([f.name, _format(f.value, f.unit), floor, _format(f.ratio), target, met])
    return rows


def _aligned(rows: list[list[str]], *, right: bool = False) -> list[str]:
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    pad = str.rjust if right else str.ljust
    return ["  ".join(pad(c, w) for c, w in zip(row, widths, strict=True)) for row in rows]


def _save() -> Path:
    RESULTS.mkdir(exist_ok=True)
    path = RESULTS / "latest.json"
    path.write_text(
        json.dumps(
            {
                "machine": {"python": platform.python_version(), "cpus": os.cpu_count()},
                "figures": [{**asdict(f), "ratio": f.ratio, "met": f.met} for f in _FIGURES.all],
                "tables": _FIGURES.tables,
            },
            ensure_ascii=False,
            indent=2,
        ),
        "utf-8",
    )
    return path


def pytest_terminal_summary(terminalreporter: Any, exitstatus: int, config: pytest.Config) -> None:
    del exitstatus
    if not _FIGURES.all and not _FIGURES.tables:
        return
    write = terminalreporter.write_line
    terminalreporter.section("figures")
    for line in _aligned(_rows()):
        write(line)
    for name, table in _FIGURES.tables.items():
        write("")
        write(name)
        if table:
            keys = list(table[0])
            for line in _aligned(
                [keys] + [[str(r.get(k, "")) for k in keys] for r in table], right=True
            ):
                write(line)
    for figure in _FIGURES.all:
        if figure.note:
            write(f"note — {figure.name}: {figure.note}")
    write(f"written to {_save()}")
    if config.getoption("--check"):
        misses = [f.name for f in _FIGURES.all if f.met is False]
        write("\n".join(f"MISSED: {m}" for m in misses) or "every figure meets its target")


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    del exitstatus
    if session.config.getoption("--check") and any(f.met is False for f in _FIGURES.all):
        session.exitstatus = 1
