"""The viewer as a screen reader sees it: a real AT-SPI client walks its tree.

The viewer runs as its own process on a private X server (Xvfb) with a private
D-Bus session and accessibility bus, exactly as on a desktop with Orca; the
client is pyatspi, the library Orca itself uses.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

HERE = Path(__file__).parent
SYSTEM_PYTHON = "/usr/bin/python3"  # the Python that has Debian's pyatspi


def start(command: list[str], env: dict[str, str]) -> subprocess.Popen[str]:
    return subprocess.Popen(
        command, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True
    )


@pytest.fixture
def desktop(tmp_path: Path) -> Iterator[dict[str, str]]:
    """A private X display, D-Bus session and accessibility bus."""
    xvfb_program, dbus_program = shutil.which("Xvfb"), shutil.which("dbus-daemon")
    assert xvfb_program is not None, "make test installs Xvfb"
    assert dbus_program is not None, "make test installs dbus"
    runtime = tmp_path / "runtime"
    runtime.mkdir(mode=0o700)
    env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "HOME": str(tmp_path),
        "XDG_RUNTIME_DIR": str(runtime),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "XDG_DATA_HOME": str(tmp_path / "data"),
        "XDG_CACHE_HOME": str(tmp_path / "cache"),
    }
    processes: list[subprocess.Popen[str]] = []
    xvfb = subprocess.Popen(
        [xvfb_program, "-displayfd", "1", "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    processes.append(xvfb)
    assert xvfb.stdout is not None
    env["DISPLAY"] = ":" + xvfb.stdout.readline().strip()
    bus = start([dbus_program, "--session", "--nofork", "--print-address=1"], env)
    processes.append(bus)
    assert bus.stdout is not None
    env["DBUS_SESSION_BUS_ADDRESS"] = bus.stdout.readline().strip()
    processes.append(start(["/usr/libexec/at-spi-bus-launcher", "--launch-immediately"], env))
    try:
        yield env
    finally:
        for process in reversed(processes):
            process.terminate()
            process.wait(timeout=10)
            if process.stdout is not None:
                process.stdout.close()


def run_client(env: dict[str, str], viewer_args: list[str], client: list[str]) -> Any:
    """Run an AT-SPI client script beside the running viewer; return its JSON output."""
    viewer_env = {**env, "QT_LINUX_ACCESSIBILITY_ALWAYS_ON": "1", "QT_QPA_PLATFORM": "xcb"}
    viewer = subprocess.Popen(
        [sys.executable, "-m", "viewer", "--lang", "en", *viewer_args],
        env=viewer_env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        result = subprocess.run(
            [SYSTEM_PYTHON, str(HERE / client[0]), *client[1:]],
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )
    finally:
        viewer.terminate()
        viewer.wait(timeout=15)
    assert result.returncode == 0, result.stdout + result.stderr
    return json.loads(result.stdout)


def accessibility_tree(env: dict[str, str], *args: str) -> list[dict[str, Any]]:
    tree = run_client(env, list(args), ["atspi_tree.py", "viewer", "30"])
    nodes: list[dict[str, Any]] = tree["nodes"]
    return nodes


def test_headings_paragraphs_and_names_as_a_screen_reader_gets_them(
    desktop: dict[str, str],
) -> None:
    nodes = accessibility_tree(desktop, "--section", "rehabilitation")
    frame = next(n for n in nodes if n["role"] == "frame")
    assert frame["name"] == "残疾人康复服务状况显著改善。 — 大爱北疆 温暖前行"
    headings = [(n["name"], n["description"]) for n in nodes if n["role"] == "heading"]
    assert ("凝聚合力", "Heading level 1") in headings
    assert ("残疾人康复服务状况显著改善。", "Heading level 2") in headings
    paragraphs = [n["name"] for n in nodes if n["role"] == "paragraph"]
    assert any(p.startswith("健康是幸福生活的基础") for p in paragraphs)
    figures = [n["name"] for n in nodes if n["description"] == "Figure"]
    assert "97.59% — 有康复需求的残疾人基本康复服务覆盖率" in figures
    # Every control a keyboard can reach has a name a screen reader can say.
    unnamed = [n for n in nodes if n["focusable"] and n["showing"] and not n["name"].strip()]
    assert unnamed == [], unnamed


def test_the_contents_name_every_section(desktop: dict[str, str]) -> None:
    nodes = accessibility_tree(desktop, "--section", "closing")
    roles = {n["role"] for n in nodes if n["name"] == "凝聚合力"}
    assert roles & {"tree item", "table cell", "list item"}, roles
    names = {n["name"] for n in nodes}
    for title in ("总体思路", "残疾人康复服务状况显著改善。", "回首过去五年", "Photos"):
        assert title in names


def focus_after_keys(env: dict[str, str], *keys: str) -> list[dict[str, str]]:
    steps: list[dict[str, str]] = run_client(env, [], ["atspi_focus.py", "大爱北疆", *keys])
    return steps


def test_keyboard_moves_the_focus_a_screen_reader_follows(desktop: dict[str, str]) -> None:
    steps = focus_after_keys(desktop, "F6", "F6", "F6", "ctrl+Next", "ctrl+shift+Next", "Tab")
    seen = [(s["key"], s["role"], s["name"]) for s in steps]
    # F6 goes round the panes: contents, the text, the player bar, and back.
    assert seen[1][1:] == ("heading", "总体思路")
    assert seen[2][1:] == ("push button", "Read aloud")
    assert seen[3][1:] == ("table cell", "总体思路")  # the contents, on the section being read
    # Moving by section and by heading lands on the heading, which a screen reader reads.
    assert seen[4][1:] == ("heading", "党的十八大以来")
    assert seen[5][1:] == ("heading", "兜底补短")
    assert steps[5]["description"] == "Heading level 1"
    # Tab leaves the text for the next pane.
    assert seen[6][1:] == ("push button", "Read aloud")
