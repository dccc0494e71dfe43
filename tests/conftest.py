"""Fixtures shared by every test."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from viewer.content import Document, load_document
from viewer.paths import bundled

DATA = Path(__file__).resolve().parent / "data"


@pytest.fixture(autouse=True)
def own_config_folder(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Path:
    """A config folder of the test's own: the tester's themes and lists are not read."""
    folder = tmp_path_factory.mktemp("config")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(folder))
    return folder


@pytest.fixture(scope="session")
def source_text() -> str:
    """The review as it was received, before transcription (see tests/data/README.md)."""
    return (DATA / "source-review.txt").read_text("utf-8")


@pytest.fixture(scope="session")
def review_dir() -> Path:
    """The bundled content folder."""
    return bundled("content")


@pytest.fixture(scope="session")
def review(review_dir: Path) -> Document:
    """The bundled review, loaded."""
    return load_document(review_dir)


@pytest.fixture
def content_copy(tmp_path: Path, review_dir: Path) -> Path:
    """A writable copy of the bundled content folder, to break in a test."""
    target = tmp_path / "content"
    shutil.copytree(review_dir, target)
    return target
