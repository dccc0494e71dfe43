"""What the AT-SPI client scripts share (run with the system's Python, beside them)."""

from __future__ import annotations

import shutil
import subprocess
import time
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
