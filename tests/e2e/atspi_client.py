"""What the AT-SPI client scripts share (run with the system's Python, beside them)."""

from __future__ import annotations

import json
import shutil
import subprocess
import time
from collections.abc import Callable
from typing import Any

import pyatspi

XDOTOOL = shutil.which("xdotool") or "/usr/bin/xdotool"


def find_app(name: str, timeout: float) -> Any:
    """The application called ``name`` on the accessibility bus, once it appears."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        for app in pyatspi.Registry.getDesktop(0):
            if app is not None and app.name == name:
                return app
        time.sleep(0.2)
    return None


def window_id(title: str, timeout: float = 20) -> str:
    """The X window whose title holds ``title``, once it appears."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        found = subprocess.run(
            [XDOTOOL, "search", "--name", title], capture_output=True, text=True, check=False
        ).stdout.split()
        if found:
            return found[0]
        time.sleep(0.2)
    raise SystemExit(f"no window called {title!r}")


def press_keys_and_report(
    title: str, keys: list[str], take_heard: Callable[[], dict[str, Any]], settle_ms: int
) -> None:
    """Focus the window called ``title``, press ``keys`` one by one, and print what each caused.

    ``take_heard`` returns (and forgets) what the event listeners gathered since
    it was last called; it is called once before the first key and ``settle_ms``
    after each. Prints a JSON list of ``{"key": ..., **heard}``, the first for no key.
    """
    from gi.repository import GLib

    subprocess.run([XDOTOOL, "windowfocus", "--sync", window_id(title)], check=True)
    steps: list[dict[str, Any]] = []

    def next_step() -> bool:
        steps.append({"key": keys[len(steps) - 1] if steps else "", **take_heard()})
        if len(steps) > len(keys):
            pyatspi.Registry.stop()
            return False
        subprocess.run([XDOTOOL, "key", keys[len(steps) - 1]], check=True)
        return True

    GLib.timeout_add(settle_ms, next_step)
    pyatspi.Registry.start()
    print(json.dumps(steps, ensure_ascii=False))
