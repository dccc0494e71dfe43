"""The start-up floor: the least a Qt program can do to show the review's first section.

It reads ``content/document.yaml`` with libyaml and nothing else (no schema, no
checks), joins the first section's text (the document's title, the section's
heading and blocks, and those of its subsections, which the viewer's first page
shows too) into plain text, and shows it in one QTextBrowser in a main window.
When the browser's viewport has had its first paint it prints one JSON line and
exits::

    {"painted_ms": 312.4, "cpu_ms": 250.1, "rss_kb": 74448, "peak_rss_kb": 74448}

``painted_ms`` is the time since the process started, from the kernel's start
time of the process (resolution one clock tick, 10 ms); ``cpu_ms`` the CPU time
the process has used (all threads); ``rss_kb`` and ``peak_rss_kb`` are VmRSS
and VmHWM from ``/proc/self/status``. The viewer
prints the same line with ``--report-startup``; ``bench/startup.py`` runs both.

It imports nothing of the viewer and, of Qt, only QtWidgets (and QtCore, which
QtWidgets loads anyway), so that it is the floor of the start-up and not a
second viewer.
"""

from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path
from typing import Any

import yaml
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QTextBrowser

CONTENT = Path(__file__).resolve().parent.parent / "content"


def ms_since_process_start() -> float:
    """Milliseconds since the kernel started this process (Linux; to one clock tick)."""
    stat = Path("/proc/self/stat").read_text(encoding="ascii", errors="replace")
    # The command name (field 2) may hold spaces and parentheses: count from its end.
    fields = stat[stat.rindex(")") + 2 :].split()
    start_s = int(fields[19]) / os.sysconf("SC_CLK_TCK")  # field 22, starttime
    return (time.clock_gettime(time.CLOCK_BOOTTIME) - start_s) * 1000


def cpu_ms() -> float:
    """CPU time of this process so far (all threads, user and system), in milliseconds."""
    return time.process_time() * 1000


def memory_kb() -> dict[str, int]:
    """The resident memory now and at its peak, in KiB (Linux)."""
    wanted = {"VmRSS": "rss_kb", "VmHWM": "peak_rss_kb"}
    found: dict[str, int] = {}
    for line in Path("/proc/self/status").read_text(encoding="ascii").splitlines():
        name, _, value = line.partition(":")
        if name in wanted:
            found[wanted[name]] = int(value.split()[0])
    return found


def _section_lines(section: dict[str, Any]) -> list[str]:
    # The viewer titles a section by its heading, or by its label when it has none.
    lines = [str(section.get("heading") or section["label"])]
    if section.get("subheading"):
        lines.append(str(section["subheading"]))
    for block in section.get("blocks", []):
        if "paragraph" in block:
            lines.append(block["paragraph"])
        else:
            lines.extend(f"•\u2002{item}" for item in block["list"])
    for subsection in section.get("subsections", []):
        lines.extend(_section_lines(subsection))
    return lines


def first_section_text(folder: Path = CONTENT) -> str:
    """The title and the first top-level section of the report in ``folder``, as plain text."""
    with (folder / "document.yaml").open("rb") as file:
        data = yaml.load(file, Loader=yaml.CSafeLoader)
    title = [str(data[key]) for key in ("title", "subtitle") if data.get(key)]
    return "\n\n".join([*title, *_section_lines(data["sections"][0])])


class _FirstPaint(QObject):
    """Reports once, after the first paint of the widget it watches."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            # Posted, so it runs once this paint is done and flushed to the window.
            QTimer.singleShot(0, _report)
        return False


def _report() -> None:
    report = {"painted_ms": ms_since_process_start(), "cpu_ms": cpu_ms(), **memory_kb()}
    print(json.dumps(report), flush=True)
    QApplication.exit(0)


def main() -> int:
    """Show the first section; exit after its first paint."""
    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    browser = QTextBrowser(window)
    browser.setPlainText(first_section_text())
    window.setCentralWidget(browser)
    window.resize(1280, 800)
    spy = _FirstPaint(browser)
    browser.viewport().installEventFilter(spy)
    window.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
