"""Press keys in the viewer and report the focus events a screen reader receives.

Run by the end-to-end tests with the system's Python, which has pyatspi.
Arguments: the window title to look for, then the keys (xdotool names).
Prints, for each key, the objects that announced they had gained the focus
(AT-SPI's object:state-changed:focused events), as Orca hears them. For a view
such as the contents tree, the focused item is its selected child, which is
what Orca reads too.
"""

from __future__ import annotations

import json
import sys
from typing import Any

import pyatspi
from atspi_client import EventClock, find_app, press_keys_and_report  # beside this script


def describe(node: Any) -> dict[str, str]:
    try:
        views = ("tree", "table", "list")
        if node.getRoleName() in views and node.querySelection().nSelectedChildren:
            node = node.querySelection().getSelectedChild(0)
        return {"role": node.getRoleName(), "name": node.name, "description": node.description}
    except Exception as error:  # noqa: BLE001 (an object can vanish as it is described)
        return {"role": "gone", "name": str(error), "description": ""}


app = find_app("viewer", 30)
if app is None:
    print(json.dumps({"error": "the application did not appear on the accessibility bus"}))
    sys.exit(1)

focus_events: list[dict[str, str]] = []
clock = EventClock()


def on_focus(event: Any) -> None:
    if event.detail1 == 1 and event.host_application.name == "viewer":
        focus_events.append(describe(event.source))
        clock.heard()


pyatspi.Registry.registerEventListener(on_focus, "object:state-changed:focused")


def take_heard() -> dict[str, Any]:
    taken = {"focused": list(focus_events)}
    focus_events.clear()
    return taken


press_keys_and_report(sys.argv[1], sys.argv[2:], take_heard, clock)
