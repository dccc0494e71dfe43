"""What the AT-SPI client scripts share (run with the system's Python, beside them)."""

from __future__ import annotations

import time
from typing import Any

import pyatspi


def find_app(name: str, timeout: float) -> Any:
    """The application called ``name`` on the accessibility bus, once it appears."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        for app in pyatspi.Registry.getDesktop(0):
            if app is not None and app.name == name:
                return app
        time.sleep(0.2)
    return None
