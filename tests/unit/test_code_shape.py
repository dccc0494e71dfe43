"""The shape of the code: layers that point one way, no circles, small files that say why."""

from __future__ import annotations

import ast
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path
from typing import Any

import grimp
import pytest

ROOT = Path(__file__).parents[2]
SOURCE = ROOT / "src" / "viewer"
MAX_LINES = 300
#: The packages and modules that must not import Qt.
PURE = (
    "content",
    "reading",
    "settings",
    "speech",
    "figures",
    "themes",
    "speech_file",
    "saving",
    "paths",
)


def contracts() -> list[dict[str, Any]]:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))
    found: list[dict[str, Any]] = config["tool"]["importlinter"]["contracts"]
    return found


def children(package: Path) -> set[str]:
    """The modules and packages directly inside ``package``, by name."""
    names = {p.stem for p in package.glob("*.py") if p.stem != "__init__"}
    names |= {p.name for p in package.iterdir() if (p / "__init__.py").is_file()}
    return names


def layered(contract: dict[str, Any]) -> set[str]:
    return {name.strip() for layer in contract["layers"] for name in layer.split("|")}


def source_files() -> list[Path]:
    return sorted(SOURCE.rglob("*.py"))


@pytest.fixture(scope="module")
def graph() -> grimp.ImportGraph:
    # Imports made only for type checking count: a circle of them is still a circle.
    return grimp.build_graph("viewer", include_external_packages=False)


def test_no_module_takes_part_in_an_import_circle(graph: grimp.ImportGraph) -> None:
    circles = [
        (importer, imported)
        for importer in sorted(graph.modules)
        for imported in sorted(graph.find_modules_directly_imported_by(importer))
        if graph.chain_exists(importer=imported, imported=importer)
    ]
    assert circles == []


def test_only_the_composition_root_knows_the_main_window(graph: grimp.ImportGraph) -> None:
    importers = graph.find_modules_that_directly_import("viewer.ui.window.main_window")
    assert importers <= {"viewer.ui.app"}


def test_every_package_is_in_the_layers_and_every_pure_one_kept_from_qt() -> None:
    by_name = {c["name"]: c for c in contracts()}
    top = next(c for c in by_name.values() if c["type"] == "layers" and "containers" not in c)
    assert layered(top) == {f"viewer.{name}" for name in children(SOURCE)}
    window = next(c for c in by_name.values() if c.get("containers") == ["viewer.ui"])
    assert layered(window) == children(SOURCE / "ui")
    qt = next(c for c in by_name.values() if c["type"] == "forbidden")
    assert set(qt["source_modules"]) == {f"viewer.{name}" for name in PURE}
    assert set(qt["forbidden_modules"]) == {"PySide6", "shiboken6"}
    # Everything but the window and the command line that starts it is pure.
    assert set(PURE) == children(SOURCE) - {"ui", "cli", "__main__"}


def test_an_import_against_the_layers_breaks_the_check(tmp_path: Path) -> None:
    """Qt in any pure module, the window below its parts, or one part in another: each refused."""
    copy = tmp_path / "src" / "viewer"
    shutil.copytree(SOURCE, copy, ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(ROOT / "pyproject.toml", tmp_path / "pyproject.toml")
    smuggled = {
        "themes/contrast.py": "import PySide6\nimport viewer.ui.window.main_window\n",
        "paths.py": "import PySide6\n",
        "saving.py": "import shiboken6\n",
        "content/errors.py": "import PySide6.QtCore\n",
        "reading/history.py": "import PySide6\n",
        "settings/declarations.py": "import PySide6\n",
        "speech/audio.py": "import PySide6\n",
        "figures/charts.py": "import PySide6\n",
        "speech_file.py": "import PySide6\n",
        "ui/find/find_commands.py": "import viewer.ui.speech.speech_commands\n",
    }
    for name, line in smuggled.items():
        path = copy / name
        path.write_text(path.read_text("utf-8") + "\n" + line, "utf-8")
    result = subprocess.run(
        [str(Path(sys.executable).with_name("lint-imports")), "--no-cache"],
        cwd=tmp_path,
        env={"PYTHONPATH": str(tmp_path / "src"), "PATH": ""},
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )
    assert result.returncode != 0, result.stdout
    for name in smuggled:
        module = "viewer." + name.removesuffix(".py").replace("/", ".")
        assert f"{module} -> " in result.stdout or f"{module} is not allowed" in result.stdout, (
            module
        )
    assert "viewer.themes.contrast -> viewer.ui" in result.stdout


@pytest.mark.parametrize("path", source_files(), ids=lambda p: str(p.relative_to(SOURCE)))
def test_every_file_is_small_and_says_what_it_is_for(path: Path) -> None:
    text = path.read_text("utf-8")
    assert text.count("\n") <= MAX_LINES, f"{path.name} has more than {MAX_LINES} lines"
    docstring = ast.get_docstring(ast.parse(text))
    assert docstring, f"{path.name} does not say what it is for"
