"""Press keys in the viewer and report, after each, what AT-SPI says has the focus.

Run by the end-to-end tests with the system's Python, which has pyatspi.
Arguments: the window title to look for, then the keys (xdotool names).
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import time
from typing import Any

import pyatspi
from atspi_client import find_app  # beside this script

_CELLS = {"table cell", "tree item", "list item"}


def focused_nodes(node: Any, out: list[Any]) -> None:
    try:
        if node.getState().contains(pyatspi.STATE_FOCUSED):
            out.append(node)
        for index in range(node.childCount):
            focused_nodes(node.getChildAtIndex(index), out)
    except Exception:  # noqa: BLE001 (a node can vanish while it is walked)
        return


def focused(app: Any) -> Any:
    """The object with the keyboard focus.

    Qt marks a view's current cell as focused even while the view itself has
    lost the focus, so a cell counts only when its view has the focus too.
    """
    nodes: list[Any] = []
    focused_nodes(app, nodes)
    others = [n for n in nodes if n.getRoleName() not in _CELLS | {"tree", "table", "list"}]
    if others:
        return others[-1]
    cells = [n for n in nodes if n.getRoleName() in _CELLS]
    return cells[-1] if cells and len(nodes) > len(cells) else None


def describe(app: Any) -> dict[str, str]:
    node = None
    for _ in range(20):  # the focus settles after the key
        node = focused(app)
        if node is not None:
            break
        time.sleep(0.1)
    if node is None:
        return {"role": "", "name": ""}
    return {"role": node.getRoleName(), "name": node.name, "description": node.description}


XDOTOOL = shutil.which("xdotool") or "/usr/bin/xdotool"
app = find_app("viewer", 30)
if app is None:
    print(json.dumps({"error": "the application did not appear on the accessibility bus"}))
    sys.exit(1)
window = ""
for _ in range(50):
    found = subprocess.run(
        [XDOTOOL, "search", "--name", sys.argv[1]], capture_output=True, text=True, check=False
    ).stdout.split()
    if found:
        window = found[0]
        break
    time.sleep(0.2)
subprocess.run([XDOTOOL, "windowfocus", "--sync", window], check=True)
time.sleep(0.5)
steps = [{"key": "", **describe(app)}]
for key in sys.argv[2:]:
    subprocess.run([XDOTOOL, "key", key], check=True)
    time.sleep(0.4)
    steps.append({"key": key, **describe(app)})
print(json.dumps(steps, ensure_ascii=False))
