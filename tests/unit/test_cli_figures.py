"""``viewer --export-figures FILE.csv``, run the way a user runs it."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests.support import run_viewer
from viewer.cli import EXIT_BAD_INPUT, EXIT_OK, main
from viewer.content import Document
from viewer.figures import figure_rows, read_figures_csv


def test_export_writes_every_figure_and_says_where(
    review: Document, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "figures.csv"
    assert main(["--export-figures", str(path)]) == EXIT_OK
    assert read_figures_csv(path) == figure_rows(review)
    out, err = capsys.readouterr()
    assert out == f"viewer: wrote {path} (30 statistics)\n"
    assert err == ""


def test_export_uses_the_content_option(
    content_copy: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (content_copy / "figures.yaml").unlink()
    path = tmp_path / "figures.csv"
    assert main(["--content", str(content_copy), "--export-figures", str(path)]) == EXIT_OK
    assert path.read_bytes().startswith(b"\xef\xbb\xbfid,section_id,")
    assert read_figures_csv(path) == []
    assert "(0 statistics)" in capsys.readouterr().out


def test_export_to_a_missing_folder_exits_2_with_one_line(tmp_path: Path) -> None:
    path = tmp_path / "nowhere" / "figures.csv"
    result = run_viewer("--export-figures", str(path))
    assert result.returncode == EXIT_BAD_INPUT
    assert result.stdout == ""
    assert result.stderr == (
        f"viewer: cannot save the figures to {path}: the folder {path.parent} does not exist\n"
    )
    assert not path.parent.exists()


def test_export_of_bad_content_exits_2_and_keeps_the_previous_file(
    content_copy: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (content_copy / "figures.yaml").write_text("statistics: [\n", "utf-8")
    path = tmp_path / "figures.csv"
    path.write_bytes(b"previous")
    assert main(["--content", str(content_copy), "--export-figures", str(path)]) == EXIT_BAD_INPUT
    out, err = capsys.readouterr()
    assert out == ""
    assert err.startswith(f"viewer: {content_copy / 'figures.yaml'}:")
    assert path.read_bytes() == b"previous"


def test_export_and_check_together_are_refused(review_dir: Path, tmp_path: Path) -> None:
    path = tmp_path / "figures.csv"
    result = run_viewer("--check", str(review_dir), "--export-figures", str(path))
    assert result.returncode == 2
    assert "not allowed with argument --check" in result.stderr
    assert not path.exists()


def test_export_does_not_load_qt(tmp_path: Path) -> None:
    path = tmp_path / "figures.csv"
    code = (
        "import sys\n"
        "from viewer.cli import main\n"
        f"assert main(['--export-figures', {str(path)!r}]) == 0\n"
        "assert not any(m.startswith('PySide6') for m in sys.modules), 'Qt was imported'\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=False
    )
    assert result.returncode == 0, result.stderr
    assert path.is_file()
