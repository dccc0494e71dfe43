"""The command line, run the way a user runs it."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests.support import run_viewer
from viewer import __version__
from viewer.cli import EXIT_BAD_INPUT, EXIT_OK, main


def test_check_reports_what_it_found(review_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--check", str(review_dir)]) == EXIT_OK
    out = capsys.readouterr().out
    assert out == f"{review_dir}: valid: 18 sections, 30 statistics, 7 photos\n"


def test_check_without_a_folder_checks_the_bundled_review(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["--check"]) == EXIT_OK
    assert "valid: 18 sections" in capsys.readouterr().out


def test_check_uses_the_content_option(
    content_copy: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (content_copy / "figures.yaml").unlink()
    assert main(["--content", str(content_copy), "--check"]) == EXIT_OK
    assert "0 statistics, 0 photos" in capsys.readouterr().out


def test_bad_content_exits_2_with_one_line_and_no_traceback(content_copy: Path) -> None:
    (content_copy / "document.yaml").write_text("title: [\n", "utf-8")
    result = run_viewer("--check", str(content_copy))
    assert result.returncode == EXIT_BAD_INPUT
    assert result.stdout == ""
    lines = result.stderr.splitlines()
    assert len(lines) == 1
    assert lines[0].startswith(f"viewer: {content_copy / 'document.yaml'}:2: YAML syntax error")
    assert "Traceback" not in result.stderr


def test_opening_bad_content_exits_2_before_any_window(content_copy: Path) -> None:
    (content_copy / "figures.yaml").write_bytes(b"\xff\xfe")
    result = run_viewer("--content", str(content_copy))
    assert result.returncode == EXIT_BAD_INPUT
    assert "figures.yaml:1: is not UTF-8 text" in result.stderr


def test_check_does_not_load_qt(review_dir: Path) -> None:
    code = (
        "import sys\n"
        "from viewer.cli import main\n"
        f"assert main(['--check', {str(review_dir)!r}]) == 0\n"
        "assert not any(m.startswith('PySide6') for m in sys.modules), 'Qt was imported'\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=False
    )
    assert result.returncode == 0, result.stderr


def test_unknown_section(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--section", "nowhere"]) == EXIT_BAD_INPUT
    assert "no section has the id 'nowhere'" in capsys.readouterr().err


def test_version() -> None:
    result = run_viewer("--version")
    assert result.stdout.strip() == f"viewer {__version__}"


@pytest.mark.parametrize("size", ["12x", "axb", "100x100"])
def test_bad_size_is_refused(size: str) -> None:
    result = run_viewer("--screenshot", "x.png", "--size", size)
    assert result.returncode == 2
    assert "--size" in result.stderr
