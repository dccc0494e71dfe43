"""Fixtures for the window tests."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtPrintSupport import QPrintDialog
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tests.doubles import FakeEngine, ManualClock, SilentOutput
from viewer.content import Document
from viewer.paths import bundled
from viewer.themes.theme import Theme, load_themes
from viewer.ui.accessibility import InterfaceFactory
from viewer.ui.app import build_window
from viewer.ui.appearance.appearance import Appearance
from viewer.ui.common.settings_store import SettingsStore
from viewer.ui.speech.speech_services import SpeechServices
from viewer.ui.window.main_window import MainWindow

Opener = Callable[..., MainWindow]


@pytest.fixture(scope="session", autouse=True)
def accessible_interfaces(qapp: QApplication) -> InterfaceFactory:  # noqa: ARG001 (made first)
    """Blocks described to assistive technology, as the application does it."""
    accessibility = InterfaceFactory()
    accessibility.install()
    return accessibility


@pytest.fixture(autouse=True)
def no_printing(monkeypatch: pytest.MonkeyPatch) -> None:
    """No test prints on a real printer: the print dialog is cancelled, unless a test answers it.

    Qt's print dialog is modal, and Enter in it would print (a storm of keys presses Enter).
    """
    monkeypatch.setattr(QPrintDialog, "exec", lambda _dialog: 0)


@pytest.fixture
def settings_path(tmp_path: Path) -> Path:
    return tmp_path / "viewer.ini"


@pytest.fixture
def fake_engine() -> FakeEngine:
    return FakeEngine()


@pytest.fixture
def fake_speech(fake_engine: FakeEngine) -> SpeechServices:
    """Speech through the fake engine, each clip played into nothing at once."""
    return SpeechServices(make_engine=lambda: fake_engine, make_output=SilentOutput)


@pytest.fixture
def clock() -> ManualClock:
    """Time for the audio output, moved by the test."""
    return ManualClock()


@pytest.fixture
def clocked_speech(fake_engine: FakeEngine, clock: ManualClock) -> SpeechServices:
    """Speech through the fake engine, each clip played as ``clock`` moves."""
    return SpeechServices(make_engine=lambda: fake_engine, make_output=lambda: SilentOutput(clock))


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
        # Saved a moment after each change: the tests of saving wait for it.
        store = SettingsStore(path, autosave_ms=10)
        appearance = Appearance(qapp, themes, store, language)
        window = build_window(document, store, speech, appearance)
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


@pytest.fixture
def clocked_window(open_window: Opener, clocked_speech: SpeechServices) -> MainWindow:
    """A window whose voice plays as the test's clock moves."""
    return open_window(speech=clocked_speech)
