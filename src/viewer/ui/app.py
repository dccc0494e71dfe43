"""The composition root: builds the application and every object it needs."""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

from viewer.content import Document

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

    from PySide6.QtCore import QByteArray, QStandardPaths
    from PySide6.QtWidgets import QApplication

    from viewer.speech import normalize
    from viewer.speech.pyttsx3_engine import Pyttsx3Engine
    from viewer.ui.audio_output import QtAudioOutput, prepare_qt_multimedia
    from viewer.ui.i18n import install_translators
    from viewer.ui.main_window import MainWindow
    from viewer.ui.settings_store import SettingsStore
    from viewer.ui.speech_commands import SpeechServices

    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("viewer")
    app.setOrganizationName("viewer")
    app.setApplicationDisplayName(document.title)
    translators = install_translators(app, args.lang or "zh_CN")

    with tempfile.TemporaryDirectory() as scratch:
        if args.screenshot is not None:
            # A screenshot shows what was asked, not the last reading place,
            # and leaves the user's settings alone.
            settings_path = Path(scratch) / SETTINGS_FILE
        else:
            folder = QStandardPaths.writableLocation(
                QStandardPaths.StandardLocation.AppConfigLocation
            )
            Path(folder).mkdir(parents=True, exist_ok=True)
            settings_path = Path(folder) / SETTINGS_FILE
        settings = SettingsStore(settings_path)
        for problem in settings.problems:
            print(f"viewer: {problem}", file=sys.stderr)

        def prepare_speech() -> None:
            normalize.prepare()
            prepare_qt_multimedia()

        speech = SpeechServices(Pyttsx3Engine, QtAudioOutput, prepare_speech)
        window = MainWindow(document, settings, speech)
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
        status = app.exec()
    del translators
    return status


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
