"""An installed wheel carries the review and the assets, and finds them."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).parents[2]


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--quiet",
            "--no-deps",
            "--no-build-isolation",
            "--wheel-dir",
            str(out),
            str(ROOT),
        ],
        check=True,
        capture_output=True,
        timeout=300,
    )
    (built,) = out.glob("viewer-*.whl")
    return built


def test_wheel_holds_content_assets_and_schemas(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    for required in (
        "viewer/_data/content/document.yaml",
        "viewer/_data/content/figures.yaml",
        "viewer/_data/content/pronunciations.yaml",
        "viewer/_data/assets/i18n/viewer_zh_CN.qm",
        "viewer/content/schema/document.schema.json",
        "viewer/content/schema/figures.schema.json",
        "viewer/content/schema/pronunciations.schema.json",
    ):
        assert required in names
    assert not any(name.startswith("tests/") for name in names)


def test_installed_wheel_finds_its_own_content(wheel: Path, tmp_path: Path) -> None:
    site = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(site)
    env = {**os.environ, "PYTHONPATH": str(site)}
    code = "import viewer.paths as p; print(p.__file__); print(p.bundled('content'))"
    result = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True
    )
    module, content = result.stdout.splitlines()
    assert Path(module).is_relative_to(site)
    assert Path(content) == site / "viewer" / "_data" / "content"

    check = subprocess.run(
        [sys.executable, "-m", "viewer", "--check"],
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert check.returncode == 0, check.stderr
    assert "valid: 18 sections, 30 statistics, 7 photos" in check.stdout
