"""Press keys in the viewer and report where the focused block is on screen, and the page.

Run by the end-to-end tests with the system's Python, which has pyatspi.
Arguments: the window title to look for, then the keys (xdotool names).
Prints, for each key, the block that last gained the focus, with its extents
and those of the character at its caret (the component and text interfaces,
in screen coordinates), and the extents of the page (the document frame):
what a magnifier follows. With the single key ``top``, presses nothing and
prints the block shown at the top of the page instead. The text of no block
is asked for: a screen reader reading a block brings it into view.
"""

from __future__ import annotations

import json
import sys
from typing import Any

import pyatspi
from atspi_client import EventClock, find_app, press_keys_and_report, window_id  # beside this

Box = list[int]


def box(extents: Any) -> Box:
    return [int(extents.x), int(extents.y), int(extents.width), int(extents.height)]


def find_page(node: Any) -> Any:
    """The document frame, found without walking into it (its blocks are made when asked for)."""
    if node.getRoleName() == "document frame":
        return node
    for index in range(node.childCount):
        found = find_page(node.getChildAtIndex(index))
        if found is not None:
            return found
    return None


def where(block: Any) -> dict[str, Any]:
    """The block's name and role, its extents and its caret's."""
    try:
        text = block.queryText()
        caret = text.getCharacterExtents(text.caretOffset, pyatspi.DESKTOP_COORDS)
        return {
            "role": block.getRoleName(),
            "name": block.name,
            "extents": box(block.queryComponent().getExtents(pyatspi.DESKTOP_COORDS)),
            "caret": [int(n) for n in caret],
        }
    except Exception as error:  # noqa: BLE001 (an object can vanish as it is described)
        return {"role": "gone", "name": str(error), "extents": [], "caret": []}


app = find_app("viewer", 30)
if app is None:
    print(json.dumps({"error": "the application did not appear on the accessibility bus"}))
    sys.exit(1)
window_id(sys.argv[1])  # the window is mapped: its page has its place and size
page = find_page(app)
while page is None:  # the window's widgets are told of a moment after it appears
    page = find_page(app)


def page_box() -> Box:
    assert page is not None
    return box(page.queryComponent().getExtents(pyatspi.DESKTOP_COORDS))


if sys.argv[2:] == ["top"]:
    x, y, width, _ = page_box()
    shown = page.queryComponent().getAccessibleAtPoint(
        x + width // 3, y + 60, pyatspi.DESKTOP_COORDS
    )
    print(json.dumps({"page": page_box(), "top": where(shown)}, ensure_ascii=False))
    sys.exit(0)

focused: list[Any] = []
clock = EventClock()


def on_focus(event: Any) -> None:
    if event.detail1 == 1 and event.host_application.name == "viewer":
        focused.append(event.source)
        clock.heard()


pyatspi.Registry.registerEventListener(on_focus, "object:state-changed:focused")


def take_heard() -> dict[str, Any]:
    # Asked once the key's events are over: the page has scrolled by then.
    last = focused[-1] if focused else None
    focused.clear()
    if (
        last is None
        or last.parent is None
        or last.parent.getRoleName()
        not in (
            "document frame",
            "list",
        )
    ):
        return {"block": None, "page": page_box()}
    return {"block": where(last), "page": page_box()}


press_keys_and_report(sys.argv[1], sys.argv[2:], take_heard, clock, quiet_ms=400, longest_ms=3000)
