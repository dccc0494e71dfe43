"""Press keys in the text and report the caret a screen reader sees after each.

Run by the end-to-end tests with the system's Python, which has pyatspi.
Arguments: the window title to look for, then the keys (xdotool names).
Prints, for each key, the caret moves reported (object:text-caret-moved: the
block's name and the offset), the caret offset the block then answers, the
block that gained the focus, and the notifications shown (the viewer's own
messages: the word, the line or the selection).
"""

from __future__ import annotations

import json
import sys
from typing import Any

import pyatspi
from atspi_client import EventClock, find_app, press_keys_and_report  # beside this script

heard: dict[str, Any] = {"carets": [], "focused": [], "notifications": []}
clock = EventClock()


def on_event(event: Any) -> None:
    if event.host_application.name != "viewer":
        return
    source = event.source
    if event.type.startswith("object:text-caret-moved"):
        text = source.queryText()
        heard["carets"].append(
            {
                "name": source.name,
                "offset": event.detail1,
                "answers": text.caretOffset,
                "character": text.getText(event.detail1, event.detail1 + 1),
            }
        )
    elif event.type.startswith("object:state-changed:focused") and event.detail1 == 1:
        heard["focused"].append({"role": source.getRoleName(), "name": source.name})
    elif event.detail1 == 1 and source.getRoleName() == "notification":
        source.clear_cache()  # the name changed since it was last asked
        heard["notifications"].append(source.name)
    else:
        return
    clock.heard()


app = find_app("viewer", 30)
if app is None:
    print(json.dumps({"error": "the application did not appear on the accessibility bus"}))
    sys.exit(1)
pyatspi.Registry.registerEventListener(
    on_event,
    "object:text-caret-moved",
    "object:state-changed:focused",
    "object:state-changed:showing",
)


def take_heard() -> dict[str, Any]:
    taken = {key: list(value) for key, value in heard.items()}
    for value in heard.values():
        value.clear()
    return taken


press_keys_and_report(sys.argv[1], sys.argv[2:], take_heard, clock, quiet_ms=400, longest_ms=1500)
