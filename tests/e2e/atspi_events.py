"""Press keys in the viewer and count the events a screen reader receives for each.

Run by the end-to-end tests with the system's Python, which has pyatspi.
Arguments: the window title to look for, then the keys (xdotool names).
Prints, for each key, how many text-changed events came, and the names of the
notifications that were shown (the status messages screen readers speak).
"""

from __future__ import annotations

import json
import sys
from typing import Any

import pyatspi
from atspi_client import EventClock, find_app, press_keys_and_report  # beside this script

heard: dict[str, Any] = {"text_changes": 0, "notifications": []}
clock = EventClock()


def on_event(event: Any) -> None:
    if event.host_application.name != "viewer":
        return
    if event.type.startswith("object:text-changed"):
        heard["text_changes"] += 1
        clock.heard()
    elif event.detail1 == 1 and event.source.getRoleName() == "notification":
        event.source.clear_cache()  # the name changed since it was last asked
        heard["notifications"].append(event.source.name)
        clock.heard()


app = find_app("viewer", 30)
if app is None:
    print(json.dumps({"error": "the application did not appear on the accessibility bus"}))
    sys.exit(1)
pyatspi.Registry.registerEventListener(
    on_event, "object:text-changed", "object:state-changed:showing"
)


def take_heard() -> dict[str, Any]:
    taken = dict(heard)
    heard.update(text_changes=0, notifications=[])
    return taken


# A flood of text events, if any, comes after the message; a key may cause no
# event at all, and then the whole time is waited.
press_keys_and_report(sys.argv[1], sys.argv[2:], take_heard, clock, quiet_ms=600, longest_ms=1500)
