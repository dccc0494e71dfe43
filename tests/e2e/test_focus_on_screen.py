"""The focused block is on screen, as a magnifier and a screen reader find it, at 100% and 400%.

The real viewer runs on a private X server (Xvfb, as large as the screen
asked for) with its accessibility bus; a pyatspi client presses the keys that
move by paragraph and by figure, and reads, from the component interface in
screen coordinates, where the block that took the focus is, and where the
page is: the block (or, taller than the page, the line of its caret) must lie
within the page. And the viewer reopens with the remembered block at the top.
"""

from __future__ import annotations

import json
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.e2e.conftest import running_viewer, start

HERE = Path(__file__).parent
SYSTEM_PYTHON = "/usr/bin/python3"  # the Python that has Debian's pyatspi
#: Moves through the whole review: by paragraph, then by figure (cards side by side).
WALK = ["F6", *["ctrl+Down"] * 60, "ctrl+Home", *["ctrl+shift+Down"] * 40]


@pytest.fixture(params=["1280x800", "1024x600"])
def screen(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[dict[str, str]]:
    """A private X display of a screen's size, with its D-Bus session and accessibility bus."""
    xvfb, dbus = shutil.which("Xvfb"), shutil.which("dbus-daemon")
    assert xvfb is not None, "make test installs Xvfb"
    assert dbus is not None, "make test installs dbus"
    runtime = tmp_path / "runtime"
    runtime.mkdir(mode=0o700)
    env = {
        "PATH": "/usr/bin:/bin",
        "HOME": str(tmp_path),
        "XDG_RUNTIME_DIR": str(runtime),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "XDG_DATA_HOME": str(tmp_path / "data"),
        "XDG_CACHE_HOME": str(tmp_path / "cache"),
        "SCREEN": str(request.param),
    }
    display = subprocess.Popen(
        [xvfb, "-displayfd", "1", "-screen", "0", f"{request.param}x24", "-nolisten", "tcp"],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    processes = [display]
    assert display.stdout is not None
    env["DISPLAY"] = ":" + display.stdout.readline().strip()
    bus = start([dbus, "--session", "--nofork", "--print-address=1"], env)
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


def client(env: dict[str, str], viewer_args: list[str], *keys: str) -> Any:
    """Run the viewer with ``viewer_args`` and ``atspi_view.py`` beside it; its JSON."""
    with running_viewer(env, viewer_args):
        result = subprocess.run(
            [SYSTEM_PYTHON, str(HERE / "atspi_view.py"), "大爱北疆", *keys],
            env=env,
            capture_output=True,
            text=True,
            timeout=600,
            check=False,
        )
    assert result.returncode == 0, result.stdout + result.stderr
    return json.loads(result.stdout)


def inside(inner: list[int], outer: list[int]) -> bool:
    x, y, width, height = inner
    left, top, room, tall = outer
    return left <= x and x + width <= left + room and top <= y and y + height <= top + tall


@pytest.mark.parametrize("zoom", ["100", "400"])
def test_every_block_and_card_moved_to_is_on_screen(screen: dict[str, str], zoom: str) -> None:
    steps = client(screen, ["--zoom", zoom], *WALK)
    width, height = (int(n) for n in screen["SCREEN"].split("x"))
    blocks, missed = set(), []
    for step in steps:  # the first as the viewer opens: at 400% the text has the focus
        block, page = step["block"], step["page"]
        if block is None:
            continue  # the focus is elsewhere, or the key moved it within the block
        blocks.add(block["name"])
        assert inside(page, [0, 0, width, height]), page  # the page itself is on the screen
        tall = block["extents"][3] > page[3]
        shown = block["caret"] if tall else block["extents"]
        if not inside(shown, page):
            missed.append((step["key"], block["role"], block["name"][:12], shown, page))
    assert missed == []
    assert len(blocks) > 60  # paragraphs, headings passed by, and the figure cards
    assert any(name.startswith("百分之九十七点五九") for name in blocks)  # a card


def test_reopens_with_the_remembered_block_at_the_top(screen: dict[str, str]) -> None:
    settings = Path(screen["XDG_CONFIG_HOME"]) / "viewer" / "viewer.ini"
    settings.parent.mkdir(parents=True)
    settings.write_text(
        "[position]\nsection=education\nblock=1\n[view]\nzoom=200\n", encoding="utf-8"
    )
    seen = client(screen, [], "top")
    assert seen["top"]["name"].startswith("教育是促进残疾人全面发展")
    top, page = seen["top"]["extents"][1], seen["page"][1]
    assert page <= top <= page + 60  # at the top of the text, not its last line at the bottom
