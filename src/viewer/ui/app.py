"""The composition root: builds the application and every object it needs."""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from pathlib import Path
from typing import TYPE_CHECKING

from viewer.content import Document
from viewer.paths import theme_folders, user_config_dir

if TYPE_CHECKING:
    from PySide6.QtCore import QObject
    from PySide6.QtWidgets import QApplication, QWidget

    from viewer.ui.appearance import Appearance
    from viewer.ui.settings_store import SettingsStore
    from viewer.ui.speech_commands import SpeechServices

DEFAULT_SIZE = (1280, 800)
SETTINGS_FILE = "viewer.ini"


def run(document: Document, args: argparse.Namespace) -> int:
    """Open ``document`` in a window (or render it to ``args.screenshot``).

    Returns:
        The process exit status.
    """
    if args.screenshot is not None and "QT_QPA_PLATFORM" not in os.environ:
        # A screenshot needs no display: render offscreen.
        os.environ["QT_QPA_PLATFORM"] = "offscreen"

    from PySide6.QtCore import QByteArray
    from PySide6.QtWidgets import QApplication

    from viewer.ui.accessibility import InterfaceFactory
    from viewer.ui.i18n import install_translators
    from viewer.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("viewer")
    app.setApplicationDisplayName(document.title)
    language = args.lang or "zh_CN"
    translators = install_translators(app, language)
    accessibility = InterfaceFactory()
    accessibility.install()

    with tempfile.TemporaryDirectory() as scratch:
        settings = _settings(args, Path(scratch))
        appearance, problems = _appearance(app, settings, language, args.theme)
        window = MainWindow(document, settings, _speech_services(), appearance)
        for problem in problems:
            window.announce(problem)
        if args.section:
            window.go_to_section(args.section)
        if args.screenshot is not None:
            return _screenshot(app, window, Path(args.screenshot), args.size or DEFAULT_SIZE)
        geometry = settings.get("window/geometry")
        if not (geometry and window.restoreGeometry(QByteArray(geometry))):
            window.resize(*DEFAULT_SIZE)
        splitter = settings.get("window/splitter")
        if splitter:
            window.splitter.restoreState(QByteArray(splitter))
        window.show()
        page = window.reading_pane.widget()
        watchers = [_report_first_paint(app, page)] if args.report_startup and page else []
        status = app.exec()
    del translators, accessibility, watchers
    return status


def _speech_services() -> SpeechServices:
    from viewer.speech import normalize
    from viewer.speech.pyttsx3_engine import Pyttsx3Engine
    from viewer.ui.audio_output import QtAudioOutput, prepare_qt_multimedia
    from viewer.ui.speech_commands import SpeechServices

    def prepare_speech() -> None:
        normalize.prepare()
        prepare_qt_multimedia()

    return SpeechServices(Pyttsx3Engine, QtAudioOutput, prepare_speech)


def _appearance(
    app: QApplication, settings: SettingsStore, language: str, theme: str | None
) -> tuple[Appearance, list[str]]:
    from viewer.themes.theme import load_themes
    from viewer.ui.appearance import Appearance

    themes, problems = load_themes(theme_folders())
    for problem in problems:
        print(f"viewer: theme skipped: {problem}", file=sys.stderr)
    if theme:
        settings.set("view/theme", theme)  # asked for on the command line: kept
    return Appearance(app, themes, settings, language), problems


def _settings(args: argparse.Namespace, scratch: Path) -> SettingsStore:
    """The settings file: the user's, or a throwaway one for a screenshot."""
    from viewer.ui.settings_store import SettingsStore

    if args.screenshot is not None or args.report_startup:
        # A screenshot shows what was asked, not the last reading place, and
        # leaves the user's settings alone; so does a start-up measurement,
        # which must open at the first section every time.
        path = scratch / SETTINGS_FILE
    else:
        folder = user_config_dir()
        try:
            folder.mkdir(parents=True, exist_ok=True)
            path = folder / SETTINGS_FILE
        except OSError as error:
            print(f"viewer: settings cannot be kept in {folder}: {error}", file=sys.stderr)
            path = scratch / SETTINGS_FILE
    settings = SettingsStore(path)
    for problem in settings.problems:
        print(f"viewer: {problem}", file=sys.stderr)
    return settings


def _report_first_paint(app: QApplication, page: QWidget) -> QObject:
    """Print the start-up report once ``page`` has been painted, then quit ``app``.

    For ``--report-startup``: see ``bench/startup.py``. Returns the watcher,
    which must be kept alive until then.
    """
    from PySide6.QtCore import QEvent, QObject, QTimer

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


def _screenshot(app: object, window: object, path: Path, size: tuple[int, int]) -> int:
    from PySide6.QtCore import QMessageLogContext, QtMsgType, qInstallMessageHandler
    from PySide6.QtWidgets import QApplication, QWidget

    def quiet_offscreen(_kind: QtMsgType, _context: QMessageLogContext, message: str) -> None:
        # The offscreen platform has no window manager to pass size hints to and
        # says so on every window; everything else is still reported.
        if "does not support propagateSizeHints" not in message:
            print(message, file=sys.stderr)

    qInstallMessageHandler(quiet_offscreen)
    assert isinstance(app, QApplication)
    assert isinstance(window, QWidget)
    window.resize(*size)
    window.show()
    app.processEvents()
    image = window.grab()
    if not image.save(str(path), "PNG"):
        print(f"viewer: cannot write the screenshot {path}", file=sys.stderr)
        return 1
    print(f"viewer: wrote {path}")
    return 0
