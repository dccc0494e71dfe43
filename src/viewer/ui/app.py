"""The composition root: builds the application, the window and every part of it.

Only this module knows all the parts; each part is given what it needs (the
navigator, the page as a ``PageView``, the window as an ``Announcer``, the
settings) and declares its own commands, from which the menus are made.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from viewer.content import Document
from viewer.paths import theme_folders, user_config_dir

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

    from viewer.ui.appearance.appearance import Appearance
    from viewer.ui.commands.menus import CommandMenus
    from viewer.ui.common.settings_store import SettingsStore
    from viewer.ui.ports import CommandOwner
    from viewer.ui.speech.speech_services import SpeechServices
    from viewer.ui.window.main_window import MainWindow, WindowParts
    from viewer.ui.window.panes import Panes

DEFAULT_SIZE = (1280, 800)
SETTINGS_FILE = "viewer.ini"


def build_window(
    document: Document,
    settings: SettingsStore,
    speech: SpeechServices,
    appearance: Appearance,
) -> MainWindow:
    """Make the window for ``document`` and its parts, and join them up."""
    from viewer.ui.commands.menus import CommandMenus
    from viewer.ui.window.main_window import MainWindow
    from viewer.ui.window.panes import Panes
    from viewer.ui.window.window_commands import WindowCommands

    window = MainWindow(settings)
    # It lives as long as the window: its system-change signals end with it.
    appearance.setParent(window)
    parts = _make_parts(window, document, settings, speech, appearance)
    panes = Panes(window, parts.contents, parts.reading_pane, parts.find.bar, parts.speech.player)
    window_commands = WindowCommands(window, panes)
    owners: list[CommandOwner] = [
        parts.page,
        parts.navigation,
        parts.find,
        parts.figures,
        parts.looks,
        parts.speech,
        parts.two_voices,
        parts.printing,
        window.room,  # the contents shown or hidden (F9)
        window_commands,
    ]
    menus = CommandMenus(window, [c for owner in owners for c in owner.command_definitions()])
    window_commands.overview = (menus.commands, [h for o in owners for h in o.key_hints()])
    window.install(parts, menus, [parts.find.bar, parts.speech.player])
    _join_up(window, parts, panes, menus)
    appearance.apply()
    parts.navigation.resume()
    parts.contents.setFocus()
    for problem in settings.problems:
        window.announce(problem)
    settings.save_failed = window.announce
    return window


def _make_parts(
    window: MainWindow,
    document: Document,
    settings: SettingsStore,
    speech: SpeechServices,
    appearance: Appearance,
) -> WindowParts:
    from PySide6.QtCore import QCoreApplication

    from viewer.reading.blocks import Unit
    from viewer.reading.navigator import Navigator
    from viewer.reading.reading_map import ReadingMap
    from viewer.ui.appearance.appearance_commands import AppearanceCommands
    from viewer.ui.figures.figure_commands import FigureCommands
    from viewer.ui.find.find_commands import FindCommands
    from viewer.ui.navigation.contents_tree import ContentsTree
    from viewer.ui.navigation.navigation_commands import NavigationCommands
    from viewer.ui.page.page_commands import PageCommands
    from viewer.ui.page.reading_pane import ReadingPane
    from viewer.ui.printing.print_commands import PrintCommands
    from viewer.ui.speech.speech_commands import SpeechCommands
    from viewer.ui.speech.two_voices import TwoVoices
    from viewer.ui.window.main_window import WindowParts
    from viewer.ui.window.status import PositionStatus

    photos = QCoreApplication.translate("MainWindow", "Photos")
    navigator = Navigator(ReadingMap(document, photos), unit=Unit(settings.get("reading/unit")))
    # The document's title heads every page and scrolls with it, so that at
    # large text sizes it does not take the room of the text.
    title = "\n".join(t for t in (document.title, document.subtitle) if t)
    pane = ReadingPane(navigator.map, {s.id: s for s in document.statistics}, title, window)
    pane.setAccessibleName(QCoreApplication.translate("MainWindow", "Text"))
    # The page follows a move first, so that the other parts see the block shown.
    navigator.on_move(lambda move: pane.show_block(move.index, focus=move.focus))
    speech_commands = SpeechCommands(
        document,
        navigator,
        page=pane,
        announcer=window,
        settings=settings,
        services=speech,
        dialog_parent=window,
    )
    return WindowParts(
        navigator=navigator,
        contents=ContentsTree(navigator),
        reading_pane=pane,
        page=PageCommands(pane, settings, window, window),
        navigation=NavigationCommands(navigator, window, settings, window, pane.focus_current),
        find=FindCommands(navigator, pane, window, pane.focus_current, window),
        figures=FigureCommands(document, navigator, window, lambda: appearance.theme, window),
        speech=speech_commands,
        two_voices=TwoVoices(
            speech_commands.read_aloud,
            settings,
            lambda: [k for c in speech_commands.command_definitions() for k in c.keys],
            speech_commands.player,
            detect=speech.screen_reader_running,
            parent=window,
        ),
        appearance=appearance,
        looks=AppearanceCommands(appearance, window, window),
        printing=PrintCommands(navigator, window, lambda: appearance.typography, window),
        status=PositionStatus(navigator, window, document.title),
    )


def _join_up(window: MainWindow, parts: WindowParts, panes: Panes, menus: CommandMenus) -> None:
    """Connect what one part does to what the others follow with."""
    navigator, pane = parts.navigator, parts.reading_pane

    def reading_moved_to(index: int) -> None:  # a block clicked, or reached by Tab
        if index != navigator.position:
            navigator.go_to(index, focus=False)

    pane.block_focused.connect(reading_moved_to)
    panes.order_tabs()
    parts.contents.read_requested.connect(pane.focus_current)
    parts.appearance.on_change(pane.apply_style)
    parts.appearance.on_change(lambda _theme, _typography: menus.refresh())
    parts.appearance.changed.connect(window.announce)
    parts.speech.starting_notice = parts.two_voices.first_notice
    parts.two_voices.on_change = parts.speech.player.show_screen_reader
    window.on_close(parts.speech.shutdown)


def run(document: Document, args: argparse.Namespace) -> int:
    """Open ``document`` in a window (or render it to ``args.screenshot``).

    Returns:
        The process exit status.
    """
    if args.screenshot is not None and "QT_QPA_PLATFORM" not in os.environ:
        # A screenshot needs no display: render offscreen.
        os.environ["QT_QPA_PLATFORM"] = "offscreen"

    from PySide6.QtCore import QByteArray, QSize
    from PySide6.QtWidgets import QApplication

    from viewer.ui.accessibility import InterfaceFactory
    from viewer.ui.common.i18n import install_translators
    from viewer.ui.window.startup_report import report_first_paint

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
        if args.zoom is not None:  # asked for: kept (a screenshot's settings are thrown away)
            settings.set("view/zoom", args.zoom)
        appearance, problems = _appearance(app, settings, language, args.theme)
        window = build_window(document, settings, _speech_services(), appearance)
        for problem in problems:
            window.announce(problem)
        if args.section:
            window.navigator.go_to_section(args.section)
        if args.screenshot is not None:
            return _screenshot(app, window, Path(args.screenshot), args.size or DEFAULT_SIZE)
        geometry = settings.get("window/geometry")
        if not (geometry and window.restoreGeometry(QByteArray(geometry))):
            # Never larger than the screen (a small laptop's, a magnifier's).
            window.resize(QSize(*DEFAULT_SIZE).boundedTo(window.screen().availableSize()))
        splitter = settings.get("window/splitter")
        if splitter:
            window.splitter.restoreState(QByteArray(splitter))
        window.show()
        page = window.reading_pane.viewport()
        watchers = [report_first_paint(app, page)] if args.report_startup else []
        status = app.exec()
    del translators, accessibility, watchers
    return status


def _speech_services() -> SpeechServices:
    from viewer.speech import normalize, pinyin
    from viewer.speech.pyttsx3_engine import Pyttsx3Engine
    from viewer.ui.common.screen_reader import screen_reader_running
    from viewer.ui.speech.audio_output import QtAudioOutput, prepare_qt_multimedia
    from viewer.ui.speech.speech_services import SpeechServices

    def prepare_speech() -> None:
        normalize.prepare()
        pinyin.prepare()  # the front end of espeak-ng's voice: dictionaries, a fifth of a second
        prepare_qt_multimedia()

    return SpeechServices(Pyttsx3Engine, QtAudioOutput, prepare_speech, screen_reader_running)


def _appearance(
    app: QApplication, settings: SettingsStore, language: str, theme: str | None
) -> tuple[Appearance, list[str]]:
    from viewer.themes.theme import load_themes
    from viewer.ui.appearance.appearance import Appearance

    themes, problems = load_themes(theme_folders())
    for problem in problems:
        print(f"viewer: theme skipped: {problem}", file=sys.stderr)
    if theme:
        settings.set("view/theme", theme)  # asked for on the command line: kept
    return Appearance(app, themes, settings, language), problems


def _settings(args: argparse.Namespace, scratch: Path) -> SettingsStore:
    """The settings file: the user's, or a throwaway one for a screenshot."""
    from viewer.ui.common.settings_store import SettingsStore

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
    for _ in range(3):  # and what is fitted to the window once it has its size
        app.processEvents()
    image = window.grab()
    if not image.save(str(path), "PNG"):
        print(f"viewer: cannot write the screenshot {path}", file=sys.stderr)
        return 1
    print(f"viewer: wrote {path}")
    return 0
