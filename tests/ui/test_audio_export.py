"""Saving speech from the window: a file of the section's sentences, and what the reader is told."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from tests.doubles import FakeEngine
from tests.support import press
from viewer.speech.audio import read_wav
from viewer.speech.engine import VoiceSettings
from viewer.speech.export import BLOCK_PAUSE_MS, SENTENCE_PAUSE_MS
from viewer.ui.window.main_window import MainWindow

CTRL = Qt.KeyboardModifier.ControlModifier


def answer_save_dialog(monkeypatch: pytest.MonkeyPatch, path: Path) -> list[str]:
    """Answer the save dialog with ``path``; the file names it suggested."""
    suggested: list[str] = []

    def save_file_name(_parent: object, _title: str, name: str, _filter: str) -> tuple[str, str]:
        suggested.append(name)
        return str(path), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_file_name)
    return suggested


def test_a_section_is_saved_as_speech(
    qtbot: QtBot,
    window: MainWindow,
    fake_engine: FakeEngine,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    fake_engine.ms_per_char = 1
    path = tmp_path / "section.wav"
    suggested = answer_save_dialog(monkeypatch, path)
    window.navigator.go_to_section("safety-net")
    press(qtbot, Qt.Key.Key_S, CTRL)
    qtbot.waitUntil(lambda: window.announcer.message == f"Saved {path}.", timeout=10_000)
    assert suggested == ["safety-net.wav"]
    spoken = list(fake_engine.spoken)
    assert spoken[0] == "兜底补短"
    # Every sentence's clip, with a pause after each: longer between blocks.
    clips = sum(fake_engine.clip_for(s, VoiceSettings()).duration_ms for s in spoken)
    saved = read_wav(path).duration_ms
    assert clips + (len(spoken) - 1) * SENTENCE_PAUSE_MS <= saved
    assert saved <= clips + (len(spoken) - 1) * BLOCK_PAUSE_MS


def test_a_folder_in_the_files_place_is_said_before_any_speech_is_made(
    qtbot: QtBot,
    window: MainWindow,
    fake_engine: FakeEngine,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    folder = tmp_path / "a folder.wav"
    folder.mkdir()
    answer_save_dialog(monkeypatch, folder)
    press(qtbot, Qt.Key.Key_S, CTRL | Qt.KeyboardModifier.ShiftModifier)
    assert window.announcer.message == (
        f"The audio could not be saved to {folder} (it is a folder, not a file)."
    )
    assert fake_engine.spoken == []
    assert folder.is_dir()
