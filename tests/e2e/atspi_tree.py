"""Print the viewer's accessibility tree as JSON, as an AT-SPI client sees it.

Run by the end-to-end tests with the system's Python, which has pyatspi
(Debian's python3-pyatspi); it knows nothing of the viewer's code.
"""

from __future__ import annotations

import json
import sys
from typing import Any

import pyatspi
from atspi_client import find_app  # beside this script


def walk(
    node: Any, out: list[dict[str, Any]], depth: int = 0, *, in_document: bool = False
) -> None:
    try:
        states = node.getState()
        interfaces = node.get_interfaces()
        out.append(
            {
                "role": node.getRoleName(),
                "name": node.name,
                "description": node.description,
                "focusable": states.contains(pyatspi.STATE_FOCUSABLE),
                "showing": states.contains(pyatspi.STATE_SHOWING),
                "depth": depth,
                # What a screen reader reads by character, word and sentence.
                "text": node.queryText().getText(0, -1) if "Text" in interfaces else None,
                "sentence": (
                    node.queryText().getTextAtOffset(0, pyatspi.TEXT_BOUNDARY_SENTENCE_START)[0]
                    if "Text" in interfaces
                    else None
                ),
                "caret": node.queryText().caretOffset if "Text" in interfaces else None,
                "selections": node.queryText().getNSelections() if "Text" in interfaces else None,
                "attributes": sorted(node.getAttributes()),
                "children": node.childCount,
                "parent_role": node.parent.getRoleName() if node.parent is not None else "",
                # Where a screen reader's Say All goes on reading.
                "flows_to": [
                    relation.getTarget(0).name
                    for relation in node.getRelationSet()
                    if relation.getRelationType() == pyatspi.RELATION_FLOWS_TO
                ],
                "focused": states.contains(pyatspi.STATE_FOCUSED),
                "read_only": states.contains(pyatspi.STATE_READ_ONLY),
                # Part of the page (not a list of the player bar, say).
                "in_document": in_document,
            }
        )
        inside = in_document or node.getRoleName() == "document frame"
        for index in range(node.childCount):
            walk(node.getChildAtIndex(index), out, depth + 1, in_document=inside)
    except Exception as error:  # noqa: BLE001 (a node can vanish while it is walked)
        out.append({"role": "error", "name": str(error), "depth": depth})


app = find_app(sys.argv[1], float(sys.argv[2]))
if app is None:
    print(json.dumps({"error": "the application did not appear on the accessibility bus"}))
    sys.exit(1)
nodes: list[dict[str, Any]] = []
walk(app, nodes)
print(json.dumps({"nodes": nodes}, ensure_ascii=False))
