"""Whether a screen reader is running, as far as the system tells.

- Linux: AT-SPI's ``ScreenReaderEnabled`` (set by desktops that start Orca),
  or a process called orca (started by hand, as in a terminal).
- Windows: the system's screen reader flag (SPI_GETSCREENREADER), which NVDA,
  JAWS, Narrator and 争渡读屏 set.
- Elsewhere (macOS's VoiceOver), no answer: False.

Each check takes a few milliseconds.
"""

from __future__ import annotations

import ctypes
import sys
from pathlib import Path

from PySide6.QtDBus import QDBusConnection, QDBusInterface

#: The names screen readers run under, as /proc/PID/comm gives them.
SCREEN_READER_PROCESSES = frozenset({"orca"})
_SPI_GETSCREENREADER = 0x0046


def screen_reader_running() -> bool:
    """Whether a screen reader is running now."""
    system = str(sys.platform)  # checked as a value: each branch is checked on every system
    if system == "win32":
        return _windows_flag()
    if system.startswith("linux"):
        return _atspi_flag() or process_running(Path("/proc"))
    return False


def process_running(proc: Path, names: frozenset[str] = SCREEN_READER_PROCESSES) -> bool:
    """Whether a process of one of ``names`` runs, by the ``comm`` files under ``proc``."""
    try:
        entries = list(proc.iterdir())
    except OSError:
        return False
    for entry in entries:
        if not entry.name.isdigit():
            continue
        try:
            if (entry / "comm").read_text("utf-8", errors="replace").strip() in names:
                return True
        except OSError:  # the process ended, or is not ours to read
            continue
    return False


def _atspi_flag() -> bool:
    bus = QDBusConnection.sessionBus()
    if not bus.isConnected():
        return False
    status = QDBusInterface("org.a11y.Bus", "/org/a11y/bus", "org.a11y.Status", bus)
    if not status.isValid():
        return False
    return bool(status.property("ScreenReaderEnabled"))


def _windows_flag() -> bool:  # pragma: no cover (Windows only)
    flag = ctypes.c_int(0)
    windll = getattr(ctypes, "windll", None)
    if windll is None:
        return False
    ok = windll.user32.SystemParametersInfoW(_SPI_GETSCREENREADER, 0, ctypes.byref(flag), 0)
    return bool(ok and flag.value)
