"""Fixtures for the window tests."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from viewer.content import Document
from viewer.paths import bundled
from viewer.speech.fake_engine import FakeEngine
from viewer.themes.theme import Theme, load_themes
from viewer.ui.accessibility import InterfaceFactory
from viewer.ui.appearance import Appearance
from viewer.ui.audio_output import PacedAudioOutput
from viewer.ui.main_window import MainWindow
from viewer.ui.settings_store import SettingsStore
from viewer.ui.speech_commands import SpeechServices

Opener = Callable[..., MainWindow]


@pytest.fixture(scope="session", autouse=True)
def accessible_interfaces() -> InterfaceFactory:
    """Blocks described to assistive technology, as the application does it."""
    accessibility = InterfaceFactory()
    accessibility.install()
    return accessibility


@pytest.fixture
def settings_path(tmp_path: Path) -> Path:
    return tmp_path / "viewer.ini"


@pytest.fixture
def fake_engine() -> FakeEngine:
    return FakeEngine()


@pytest.fixture
def fake_speech(fake_engine: FakeEngine) -> SpeechServices:
    """Speech through the fake engine, played at real-time pace with no sound device."""
    return SpeechServices(make_engine=lambda: fake_engine, make_output=PacedAudioOutput)


@pytest.fixture(scope="session")
def themes() -> dict[str, Theme]:
    found, problems = load_themes([bundled("assets") / "themes"])
    assert problems == []
    return found


@pytest.fixture
def open_window(
    qtbot: QtBot,
    qapp: QApplication,
    review: Document,
    settings_path: Path,
    fake_speech: SpeechServices,
    themes: dict[str, Theme],
) -> Opener:
    """Return a function that opens a window (on the review, with the fake speech, by default)."""

    def opener(
        document: Document = review,
        path: Path = settings_path,
        speech: SpeechServices = fake_speech,
        language: str = "en",
    ) -> MainWindow:
        store = SettingsStore(path)
        appearance = Appearance(qapp, themes, store, language)
        window = MainWindow(document, store, speech, appearance)
        qtbot.addWidget(window)
        window.resize(1100, 750)
        window.show()
        qtbot.waitExposed(window)
        window.activateWindow()
        # Window shortcuts work only in the active window.
        qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
        return window

    return opener


@pytest.fixture
def window(open_window: Opener) -> MainWindow:
    return open_window()
