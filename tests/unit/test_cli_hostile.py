"""`viewer --check` on hostile folders: exit status 2, one line on stderr, no traceback."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.support import run_viewer
from tests.unit.test_fuzz_review import billion_laughs
from viewer.cli import EXIT_BAD_INPUT


def _laughs(folder: Path) -> str:
    (folder / "document.yaml").write_text(billion_laughs(12), "utf-8")
    return "document.yaml:1: anchors and aliases (&name, *name) are not allowed in content"


def _python_tag(folder: Path) -> str:
    pwned = folder.parent / "pwned"
    (folder / "document.yaml").write_text(
        f'title: !!python/object/apply:os.system ["touch {pwned}"]\n', "utf-8"
    )
    return "document.yaml:1: tag !!python/object/apply:os.system is not allowed in content"


def _not_utf8(folder: Path) -> str:
    (folder / "figures.yaml").write_bytes(b"format: 1\nstatistics: \xff\xfe\x00\n")
    return "figures.yaml:2: is not UTF-8 text (byte 0xff)"


def _deep(folder: Path) -> str:
    (folder / "document.yaml").write_text("a: " + "[" * 5000 + "]" * 5000 + "\n", "utf-8")
    return "document.yaml:1: "


def _pipe(folder: Path) -> str:
    (folder / "figures.yaml").unlink()
    os.mkfifo(folder / "figures.yaml")
    return "figures.yaml: is not a regular file"


def _link_out(folder: Path) -> str:
    (folder / "document.yaml").unlink()
    (folder / "document.yaml").symlink_to("/etc/passwd")
    return "document.yaml: is a link to a file outside the content folder"


CASES: list[Callable[[Path], str]] = [_laughs, _python_tag, _not_utf8, _deep, _link_out]
if hasattr(os, "mkfifo"):
    CASES.append(_pipe)


@pytest.mark.parametrize("make", CASES, ids=[c.__name__.strip("_") for c in CASES])
def test_check_refuses_a_hostile_folder_in_one_line(
    content_copy: Path, make: Callable[[Path], str]
) -> None:
    expected = make(content_copy)
    result = run_viewer("--check", str(content_copy), timeout=120)
    assert result.returncode == EXIT_BAD_INPUT
    assert result.stdout == ""
    assert "Traceback" not in result.stderr
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith(f"viewer: {content_copy}{os.sep}{expected}")
    assert not (content_copy.parent / "pwned").exists()
