"""The statistics saved as CSV: every figure once, readable by spreadsheets, written atomically."""

from __future__ import annotations

import csv
import errno
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from viewer.content import Document, Statistic
from viewer.figures import (
    COLUMNS,
    FiguresExportError,
    figure_rows,
    read_figures_csv,
    write_figures_csv,
)

PREVIOUS = b"previous export\r\n"


def test_every_statistic_appears_once_in_document_order(review: Document, tmp_path: Path) -> None:
    path = tmp_path / "figures.csv"
    write_figures_csv(review, path)
    rows = read_figures_csv(path)
    assert [r["id"] for r in rows] == [s.id for s in review.statistics]
    assert len(rows) == 30


def test_the_file_starts_with_the_byte_order_mark(review: Document, tmp_path: Path) -> None:
    path = tmp_path / "figures.csv"
    write_figures_csv(review, path)
    data = path.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    assert data.count(b"\xef\xbb\xbf") == 1
    header = data[3:].split(b"\r\n", 1)[0].decode("ascii")
    assert header == "id,section_id,section,printed,value,qualifier,unit,label"


def test_the_chinese_is_utf8(review: Document, tmp_path: Path) -> None:
    path = tmp_path / "figures.csv"
    write_figures_csv(review, path)
    assert "41.48万余人次".encode() in path.read_bytes()


def test_round_trip_equals_the_rows(review: Document, tmp_path: Path) -> None:
    path = tmp_path / "figures.csv"
    write_figures_csv(review, path)
    rows = read_figures_csv(path)
    assert rows == figure_rows(review)
    assert all(tuple(r) == COLUMNS for r in rows)


def test_rows_say_what_the_report_prints(review: Document) -> None:
    rows = {r["id"]: r for r in figure_rows(review)}
    assert rows["rehab-services"] == {
        "id": "rehab-services",
        "section_id": "rehabilitation",
        "section": review.section("rehabilitation").title,
        "printed": "41.48万余人次",
        "value": "41.48",
        "qualifier": "余",
        "unit": "万人次",
        "label": "累计精准康复服务残疾人",
    }
    assert rows["rehab-coverage"]["value"] == "97.59"
    assert rows["rehab-institutions"]["value"] == "293"
    assert rows["rehab-institutions"]["qualifier"] == ""


def test_whole_numbers_lose_their_trailing_zero(review: Document) -> None:
    whole = Statistic(
        id="whole", section_id="opening", printed="293个", value=293.0, unit="个", label="x"
    )
    tiny = replace(whole, id="tiny", value=0.0001)
    (row, small) = figure_rows(replace(review, statistics=(whole, tiny)))
    assert row["value"] == "293"
    assert small["value"] == "0.0001"


def test_text_that_needs_quoting_survives(review: Document, tmp_path: Path) -> None:
    tricky = replace(review.statistics[0], label='逗号, "引号"\n换行')
    document = replace(review, statistics=(tricky,))
    path = tmp_path / "figures.csv"
    write_figures_csv(document, path)
    assert read_figures_csv(path) == figure_rows(document)


def test_a_new_file_replaces_an_old_one(review: Document, tmp_path: Path) -> None:
    path = tmp_path / "figures.csv"
    path.write_bytes(PREVIOUS)
    write_figures_csv(review, path)
    assert read_figures_csv(path) == figure_rows(review)
    assert [p.name for p in tmp_path.iterdir()] == ["figures.csv"]


def fail_after(rows: int, error: BaseException, monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Make the CSV writer fail once ``rows`` rows (the header included) are written."""
    written: list[int] = []
    real = csv.DictWriter.writerow

    def writerow(self: csv.DictWriter[str], row: Any) -> Any:
        if len(written) == rows:
            raise error
        written.append(1)
        return real(self, row)

    monkeypatch.setattr(csv.DictWriter, "writerow", writerow)
    return written


def test_a_disk_full_midway_keeps_the_previous_file(
    review: Document, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "figures.csv"
    path.write_bytes(PREVIOUS)
    written = fail_after(10, OSError(errno.ENOSPC, "No space left on device"), monkeypatch)
    with pytest.raises(FiguresExportError) as caught:
        write_figures_csv(review, path)
    assert len(written) == 10, "the failure came in the middle of the rows"
    assert str(caught.value) == f"cannot save the figures to {path}: no space left on device"
    assert path.read_bytes() == PREVIOUS
    assert [p.name for p in tmp_path.iterdir()] == ["figures.csv"]


def test_any_error_midway_keeps_the_previous_file(
    review: Document, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "figures.csv"
    path.write_bytes(PREVIOUS)
    fail_after(5, RuntimeError("boom"), monkeypatch)
    with pytest.raises(RuntimeError, match="boom"):
        write_figures_csv(review, path)
    assert path.read_bytes() == PREVIOUS
    assert [p.name for p in tmp_path.iterdir()] == ["figures.csv"]


def test_a_failed_rename_keeps_the_previous_file(
    review: Document, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "figures.csv"
    path.write_bytes(PREVIOUS)
    renamed: list[tuple[Path, Path]] = []

    def refuse(self: Path, target: Path) -> Path:
        renamed.append((self, target))
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(Path, "replace", refuse)
    with pytest.raises(FiguresExportError, match=r"permission denied$"):
        write_figures_csv(review, path)
    ((temp, target),) = renamed
    assert target == path
    assert temp.parent == tmp_path
    assert temp != path
    assert path.read_bytes() == PREVIOUS
    assert [p.name for p in tmp_path.iterdir()] == ["figures.csv"]


def test_a_missing_folder_is_named(review: Document, tmp_path: Path) -> None:
    path = tmp_path / "nowhere" / "figures.csv"
    with pytest.raises(FiguresExportError) as caught:
        write_figures_csv(review, path)
    assert str(caught.value) == (
        f"cannot save the figures to {path}: the folder {path.parent} does not exist"
    )
    assert isinstance(caught.value.__cause__, FileNotFoundError)
    assert list(tmp_path.iterdir()) == []


def test_a_folder_in_the_way_is_not_replaced(review: Document, tmp_path: Path) -> None:
    path = tmp_path / "figures.csv"
    path.mkdir()
    (path / "kept").write_bytes(PREVIOUS)
    with pytest.raises(FiguresExportError, match=f"^cannot save the figures to {path}: "):
        write_figures_csv(review, path)
    assert (path / "kept").read_bytes() == PREVIOUS
    assert [p.name for p in tmp_path.iterdir()] == ["figures.csv"]


def test_text_a_spreadsheet_would_run_stays_text(review: Document) -> None:
    first = review.statistics[0]
    hostile = replace(first, label='=HYPERLINK("http://example.com","x")', printed="+1")
    document = replace(review, statistics=(hostile, *review.statistics[1:]))
    row = figure_rows(document)[0]
    assert row["label"] == '\'=HYPERLINK("http://example.com","x")'
    assert row["printed"] == "'+1"
    assert row["value"] == figure_rows(review)[0]["value"]  # numbers are left alone
