"""The synthetic N× report of the growth benchmarks is valid content, N times the review."""

from __future__ import annotations

from pathlib import Path

from bench.scale_report import scaled_texts, write_scaled_report

from viewer.cli import EXIT_OK, main
from viewer.content import Document, load_document


def test_twice_the_review_loads_with_twice_everything(tmp_path: Path, review: Document) -> None:
    folder = write_scaled_report(2, tmp_path / "x2")
    report = load_document(folder)
    sections = list(report.all_sections())
    assert len(sections) == 2 * sum(1 for _ in review.all_sections())
    assert len(report.sections) == 2 * len(review.sections)
    assert len(report.statistics) == 2 * len(review.statistics)
    assert len(report.photos) == 2 * len(review.photos)
    ids = [s.id for s in sections] + [s.id for s in report.statistics + report.photos]
    assert len(ids) == len(set(ids))
    # The first copy is the review itself; the second its ids with -r1.
    assert {s.id for s in review.statistics} < set(ids)
    assert {f"{s.id}-r1" for s in review.statistics} < set(ids)
    for stat in report.statistics:
        assert stat.printed in "".join(report.section(stat.section_id).text_blocks())


def test_the_check_accepts_it(tmp_path: Path) -> None:
    folder = write_scaled_report(3, tmp_path / "x3")
    assert main(["--check", str(folder)]) == EXIT_OK


def test_the_same_scale_writes_the_same_text() -> None:
    assert scaled_texts(3) == scaled_texts(3)
