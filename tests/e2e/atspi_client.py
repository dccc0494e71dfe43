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


class EventClock:
    """When the events a client listens for last came, to know when a key's events are over."""

    def __init__(self) -> None:
        self.count = 0
        self.last = 0.0

    def heard(self) -> None:
        """Note that an event came now."""
        self.count += 1
        self.last = time.monotonic()


def press_keys_and_report(
    title: str,
    keys: list[str],
    take_heard: Callable[[], dict[str, Any]],
    clock: EventClock,
    *,
    quiet_ms: int = 300,
    longest_ms: int = 5000,
) -> None:
    """Focus the window called ``title``, press ``keys`` one by one, and print what each caused.

    After each key, the events are gathered until ``quiet_ms`` have passed
    without one since the first came (or for ``longest_ms`` if none comes): what
    a key causes arrives together, and a flood of events goes on while it lasts.
    ``take_heard`` returns (and forgets) what the event listeners gathered since
    it was last called. Prints a JSON list of ``{"key": ..., **heard}``, the first
    for no key.
    """
    from gi.repository import GLib

    subprocess.run([XDOTOOL, "windowfocus", "--sync", window_id(title)], check=True)
    steps: list[dict[str, Any]] = []
    state = {"pressed": time.monotonic(), "count": clock.count}

    def over() -> bool:
        now = time.monotonic()
        if now - state["pressed"] > longest_ms / 1000:
            return True
        came = clock.count > state["count"]
        return came and now - clock.last > quiet_ms / 1000

    def poll() -> bool:
        if steps and not over():  # what came before the first key is taken at once
            return True
        steps.append({"key": keys[len(steps) - 1] if steps else "", **take_heard()})
        if len(steps) > len(keys):
            pyatspi.Registry.stop()
            return False
        state["count"] = clock.count
        state["pressed"] = time.monotonic()
        subprocess.run([XDOTOOL, "key", keys[len(steps) - 1]], check=True)
        return True

    GLib.timeout_add(20, poll)
    pyatspi.Registry.start()
    print(json.dumps(steps, ensure_ascii=False))
