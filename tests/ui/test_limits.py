"""Every limit and step is the one the settings declare: sliders, keys, the dialog, the store."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.support import press
from viewer.settings import setting
from viewer.themes.typography import Typography
from viewer.ui.appearance.text_settings_dialog import TextSettingsDialog
from viewer.ui.common.settings_store import SettingsStore
from viewer.ui.window.main_window import MainWindow

CTRL = Qt.KeyboardModifier.ControlModifier


def test_the_sliders_and_their_keys_follow_the_declared_limits(
    qtbot: QtBot, window: MainWindow
) -> None:
    player = window.speech.player
    for slider, key in ((player.rate, "speech/rate"), (player.volume, "speech/volume")):
        declared = setting(key)
        assert (slider.minimum(), slider.maximum()) == declared.limits
        assert (slider.singleStep(), slider.pageStep()) == (declared.step, declared.page_step)
    rate = setting("speech/rate")
    slowest, fastest = rate.limits
    for _ in range((fastest - slowest) // rate.step + 1):  # enough from any speed
        press(qtbot, Qt.Key.Key_BracketRight, CTRL)
    assert window.settings.get("speech/rate") == fastest
    press(qtbot, Qt.Key.Key_BracketLeft, CTRL)
    assert window.settings.get("speech/rate") == fastest - rate.step


def test_the_text_settings_dialog_follows_the_declared_limits(window: MainWindow) -> None:
    dialog = TextSettingsDialog(Typography(), window)
    for field, key, scale in (
        (dialog.zoom, "view/zoom", 1),
        (dialog.line_height, "view/line_height", 100),
        (dialog.paragraph_spacing, "view/paragraph_spacing", 100),
        (dialog.letter_spacing, "view/letter_spacing", 1),
    ):
        declared = setting(key)
        low, high = declared.limits
        assert (field.minimum(), field.maximum()) == (low / scale, high / scale), key
        assert field.singleStep() == declared.step / scale, key
    dialog.deleteLater()


def test_typography_is_kept_within_the_declared_limits() -> None:
    wild = Typography(zoom=10_000, line_height=9, paragraph_spacing=-1, letter_spacing=99)
    kept = wild.clamped().settings()
    for key, value in kept.items():
        if key != "view/font":
            assert isinstance(value, int)
            assert setting(key).clamp(value) == value, key
    assert kept["view/zoom"] == setting("view/zoom").maximum


def test_a_value_a_setting_does_not_allow_is_refused_and_the_old_one_kept(
    settings_path: Path,
) -> None:
    store = SettingsStore(settings_path)
    store.set("speech/rate", 200)
    with pytest.raises(ValueError, match="speech/rate"):
        store.set("speech/rate", 10_000)
    with pytest.raises(ValueError, match="reading/unit"):
        store.set("reading/unit", "chapter")
    with pytest.raises(KeyError):
        store.set("no/such", 1)
    assert store.get("speech/rate") == 200
    assert store.get("reading/unit") == "paragraph"
    store.set("speech/rate", "250")  # as a file would hold it: kept as the number
    assert store.get("speech/rate") == 250
    assert store.sync()
    assert SettingsStore(settings_path).get("speech/rate") == 250
