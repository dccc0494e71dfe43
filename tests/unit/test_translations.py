"""Every string of the interface is translated, and the compiled file is current."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from viewer.paths import bundled

I18N = bundled("assets") / "i18n"
ROOT = Path(__file__).parents[2]
TOOLS = Path(sys.executable).parent


def tool(name: str) -> str:
    path = shutil.which(f"pyside6-{name}", path=str(TOOLS))
    assert path is not None, f"pyside6-{name} is not installed"
    return path


@pytest.fixture(params=sorted(I18N.glob("viewer_*.ts")), ids=lambda p: p.stem)
def ts_file(request: pytest.FixtureRequest) -> Path:
    return Path(request.param)


def test_chinese_is_shipped() -> None:
    assert (I18N / "viewer_zh_CN.ts").is_file()
    assert (I18N / "viewer_zh_CN.qm").is_file()


def test_every_message_is_translated(ts_file: Path) -> None:
    messages = list(ET.parse(ts_file).getroot().iter("message"))
    assert messages
    untranslated = []
    for message in messages:
        translation = message.find("translation")
        if translation is None or translation.get("type") or not (translation.text or "").strip():
            untranslated.append(message.findtext("source"))
    assert untranslated == []


def test_every_string_in_the_code_is_in_the_translation_file(ts_file: Path, tmp_path: Path) -> None:
    copy = tmp_path / ts_file.name
    shutil.copy(ts_file, copy)
    sources = sorted(str(p) for p in (ROOT / "src" / "viewer" / "ui").rglob("*.py"))
    subprocess.run(
        [tool("lupdate"), *sources, "-ts", str(copy), "-no-obsolete", "-locations", "none"],
        check=True,
        capture_output=True,
    )
    assert copy.read_text("utf-8") == ts_file.read_text("utf-8"), "run: make translations"


def test_compiled_file_is_current(ts_file: Path, tmp_path: Path) -> None:
    qm = tmp_path / "out.qm"
    subprocess.run([tool("lrelease"), "-silent", str(ts_file), "-qm", str(qm)], check=True)
    assert qm.read_bytes() == ts_file.with_suffix(".qm").read_bytes(), "run: make translations"
