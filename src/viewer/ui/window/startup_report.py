"""``--report-startup``: how long the window took to show its first page, and the memory it took.

See ``bench/startup.py``, which runs the viewer with it.
"""

from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget


def report_first_paint(app: QApplication, page: QWidget) -> QObject:
    """Print the start-up report once ``page`` has been painted, then quit ``app``.

    For ``--report-startup``: see ``bench/startup.py``. Returns the watcher,
    which must be kept alive until then.
    """

    def report() -> None:
        print(json.dumps(_startup_report()), flush=True)
        # Not close(): the window would then save its settings and stop speech,
        # which is no part of starting.
        app.exit(0)

    class FirstPaint(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                watched.removeEventFilter(self)
                # Posted, so it runs once this paint (the page's blocks are its
                # children) is done and flushed to the window.
                QTimer.singleShot(0, report)
            return False

    spy = FirstPaint(page)
    page.installEventFilter(spy)
    return spy


def _startup_report() -> dict[str, float]:
    """Time since the process started and CPU time (ms), resident memory now and at peak (KiB).

    Linux only (``/proc``); elsewhere only the CPU time is given. The time is
    from the kernel's start time of the process, to one clock tick.
    """
    cpu_ms = time.process_time() * 1000
    if not sys.platform.startswith("linux"):
        return {"cpu_ms": cpu_ms}
    now = time.clock_gettime(time.CLOCK_BOOTTIME)  # the clock of the process start times
    try:
        stat = Path("/proc/self/stat").read_text(encoding="ascii", errors="replace")
        status = Path("/proc/self/status").read_text(encoding="ascii", errors="replace")
    except OSError:
        return {"cpu_ms": cpu_ms}
    # The command name (field 2) may hold spaces and parentheses: count from its end.
    start_s = int(stat[stat.rindex(")") + 2 :].split()[19]) / os.sysconf("SC_CLK_TCK")
    report = {"painted_ms": (now - start_s) * 1000, "cpu_ms": cpu_ms}
    names = {"VmRSS": "rss_kb", "VmHWM": "peak_rss_kb"}
    for line in status.splitlines():
        name, _, value = line.partition(":")
        if name in names:
            report[names[name]] = int(value.split()[0])
    return report
