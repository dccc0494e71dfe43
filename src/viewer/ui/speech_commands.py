"""The read-aloud commands of the window: what to read, follow-along, preview and export."""

from __future__ import annotations

import threading
from collections.abc import Callable
from concurrent.futures import CancelledError
from dataclasses import dataclass
from enum import Enum
from html import escape
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox, QProgressDialog

from viewer.reading.reading_map import PHOTOS_KEY, Kind
from viewer.speech import normalize
from viewer.speech.engine import (
    SpeechEngine,
    SpeechUnavailableError,
    VoiceSettings,
    choose_voice,
)
from viewer.speech.export import ExportCancelledError, export_audio
from viewer.speech.normalize import normalize_for_speech
from viewer.speech.utterances import BlockText, Utterance, spoken_words, utterances_of
from viewer.ui.audio_output import AudioOutput
from viewer.ui.player_bar import PlayerBar
from viewer.ui.read_aloud import ReadAloud, State

if TYPE_CHECKING:
    from viewer.ui.main_window import MainWindow

_RATE_STEP = 25
_SLOWER = 0.6  # a figure said again slowly, or digit by digit, at this part of the speed
_SLOWEST = 80  # the slowest speed the settings allow
_VOLUME_STEP = 10
# An export polls for cancel every tenth of a second: it ends well within this.
_JOIN_TIMEOUT_S = 5.0


class FigureReading(Enum):
    """How a figure is said on its own."""

    USUAL = "usual"
    SLOWLY = "slowly"
    DIGITS = "digits"  # slowly, each number digit by digit


@dataclass(frozen=True)
class SpeechServices:
    """What the composition root chooses: the engine and the audio output."""

    make_engine: Callable[[], SpeechEngine]
    make_output: Callable[[], AudioOutput]
    # Loads, off the GUI thread, what the first sentence needs.
    prepare: Callable[[], None] = normalize.prepare


class _ExportBridge(QObject):
    progress = Signal(int, int)
    done = Signal(object)


class SpeechCommands(QObject):
    """Wires read-aloud into the window."""

    def __init__(self, window: MainWindow, services: SpeechServices) -> None:
        super().__init__(window)
        self.window = window
        settings = window.settings
        self.player = PlayerBar(
            int(settings.get("speech/rate")), int(settings.get("speech/volume"))
        )
        self.read_aloud = ReadAloud(
            services.make_engine,
            services.make_output,
            self.block_text,
            self.voice_settings,
            self,
            prepare=services.prepare,
        )
        self.highlight = bool(settings.get("speech/highlight"))
        self._words = spoken_words(window.document.language)
        self._highlighted: int | None = None
        self._state = State.IDLE
        # The figure being said on its own, and how (None: reading as usual).
        self._figure: tuple[int, FigureReading] | None = None
        self.read_aloud.sentence_started.connect(self._follow)
        self.read_aloud.state_changed.connect(self._on_state)
        self.read_aloud.message.connect(window.announce)
        # The voices are offered once the engine has started (see choose_voice).
        self._choosing = False
        # Exports running, and how to cancel each.
        self._exports: list[tuple[threading.Thread, threading.Event]] = []
        self.read_aloud.host.ready.connect(self._offer_voices)
        self.read_aloud.host.failed.connect(self._offer_voices)
        self.player.read_requested.connect(self.read_from_here)
        self.player.pause_requested.connect(self.read_aloud.toggle_pause)
        self.player.stop_requested.connect(self.read_aloud.stop)
        self.player.skip_requested.connect(self.read_aloud.skip_sentence)
        self.player.rate_changed.connect(self._store_rate)
        self.player.volume_changed.connect(self._store_volume)

    # What the voice reads --------------------------------------------------------------

    def block_text(self, index: int) -> BlockText:
        """The text of block ``index``, with "Photo:" said before a photo."""
        block = self.window.map.blocks[index]
        words = self._words
        if self._figure == (index, FigureReading.DIGITS):
            statistic = self.window.reading_pane.statistics[block.item_id or ""]
            return BlockText(
                block.text,
                spoken=f"{normalize.spell_out_numbers(statistic.printed)}，{statistic.label}",
            )
        if block.kind is Kind.PHOTO:
            return BlockText(block.text, spoken_prefix=words.photo_prefix)
        if block.kind is Kind.HEADING and self.window.map.section_of(index).key == PHOTOS_KEY:
            return BlockText(block.text, spoken=words.photos_title)
        return BlockText(block.text)

    def voice_settings(self) -> VoiceSettings:
        """The voice, speed and loudness chosen."""
        settings = self.window.settings
        voice = str(settings.get("speech/voice")) or None
        rate = int(settings.get("speech/rate"))
        if self._figure is not None and self._figure[1] is not FigureReading.USUAL:
            rate = max(_SLOWEST, round(rate * _SLOWER))  # a figure heard again, more slowly
        return VoiceSettings(voice, rate, settings.get("speech/volume") / 100)

    def handlers(self) -> dict[str, Callable[[], object]]:
        """The read-aloud commands, by name."""
        read_aloud = self.read_aloud
        return {
            "read-from-here": self.read_from_here,
            "read-section": self.read_section,
            "read-document": lambda: self._read(0, len(self.window.map.blocks) - 1),
            "read-selection": self.read_selection,
            "pause-reading": read_aloud.toggle_pause,
            "stop-reading": read_aloud.stop,
            "next-sentence": lambda: read_aloud.skip_sentence(1),
            "previous-sentence": lambda: read_aloud.skip_sentence(-1),
            "next-paragraph-aloud": lambda: read_aloud.skip_paragraph(1),
            "previous-paragraph-aloud": lambda: read_aloud.skip_paragraph(-1),
            "faster": lambda: self.player.rate.setValue(self.player.rate.value() + _RATE_STEP),
            "slower": lambda: self.player.rate.setValue(self.player.rate.value() - _RATE_STEP),
            "toggle-highlight": self.toggle_highlight,
            "show-spoken-text": self.show_spoken_text,
            "choose-voice": self.choose_voice,
            "louder": lambda: self.player.volume.setValue(
                self.player.volume.value() + _VOLUME_STEP
            ),
            "softer": lambda: self.player.volume.setValue(
                self.player.volume.value() - _VOLUME_STEP
            ),
            "say-figure": lambda: self.say_figure(FigureReading.USUAL),
            "say-figure-slowly": lambda: self.say_figure(FigureReading.SLOWLY),
            "say-figure-digits": lambda: self.say_figure(FigureReading.DIGITS),
            "save-section-audio": lambda: self.save_audio(whole=False),
            "save-document-audio": lambda: self.save_audio(whole=True),
        }

    def read_from_here(self) -> None:
        """Read from the block being read to the end of the document."""
        self._read(self.window.position, len(self.window.map.blocks) - 1)

    def read_section(self) -> None:
        """Read the section being read, its parts included."""
        entry = self.window.map.section_of(self.window.position)
        self._read(entry.first_block, entry.end_block - 1)

    def read_selection(self) -> None:
        """Read the text selected in the focused block."""
        view = self.window.reading_pane.current_view()
        if view is None or not view.hasSelectedText():
            self.window.announce(self.tr("Select some text to read first."))
            return
        start = max(0, view.selectionStart() - len(view.prefix))
        end = start + len(view.selectedText())
        self._read(view.block.index, view.block.index, start=start, end=end)

    def _read(self, first: int, last: int, *, start: int = 0, end: int | None = None) -> None:
        self._figure = None
        self.read_aloud.read(first, last, start=start, end=end)

    def say_figure(self, how: FigureReading) -> None:
        """Say the figure being read on its own: as usual, slowly, or digit by digit."""
        index = self.window.position
        block = self.window.map.blocks[index]
        statistics = self.window.reading_pane.statistics
        if block.kind is not Kind.FIGURE or block.item_id not in statistics:
            self.window.announce(self.tr("Move to a figure first (Ctrl+Shift+Down)."))
            return
        self._figure = (index, how)
        self.read_aloud.read(index, index)

    # Follow along ---------------------------------------------------------------------------

    def _follow(self, utterance: Utterance) -> None:
        window = self.window
        if window.position != utterance.block:
            window.go_to(utterance.block, focus=False)
        self._clear_highlight()
        view = window.reading_pane.view(utterance.block)
        if view is not None and self.highlight:
            view.set_reading_range(utterance.start, utterance.end)
            self._highlighted = utterance.block

    def _clear_highlight(self) -> None:
        if self._highlighted is not None:
            view = self.window.reading_pane.view(self._highlighted)
            if view is not None:
                view.set_reading_range(None)
            self._highlighted = None

    def _on_state(self, state: State) -> None:
        self.player.show_state(state)
        previous, self._state = self._state, state
        status = self.window
        if state is State.IDLE:
            self._clear_highlight()
            status.announce(self.tr("Reading aloud stopped."))
        elif state is State.PAUSED:
            status.announce(self.tr("Reading aloud paused."))
        elif previous in (State.IDLE, State.PAUSED):
            # Said once when reading starts or resumes, not between sentences.
            status.announce(self.tr("Reading aloud."))

    def toggle_highlight(self) -> None:
        """Turn the follow-along highlight on or off."""
        self.highlight = not self.highlight
        self.window.settings.set("speech/highlight", self.highlight)
        self.window.actions_by_name["toggle-highlight"].setChecked(self.highlight)
        current = self.read_aloud.current
        if not self.highlight:
            self._clear_highlight()
        elif current is not None:
            self._follow(current)

    def _store_volume(self, volume: int) -> None:
        self.window.settings.set("speech/volume", volume)
        self.window.announce(self.tr("Volume {0}%.").format(volume))

    def choose_voice(self) -> None:
        """Let the user pick the voice from those the engine offers.

        The engine is started first if need be, without waiting for it: the
        voices are offered once it has started, and if it cannot start,
        read-aloud says why.
        """
        host = self.read_aloud.host
        self._choosing = True
        if host.voice is not None and host.engine is not None:
            self._offer_voices()
        else:
            self.read_aloud.ensure_engine()
            self.window.announce(self.tr("Starting the voice…"))

    def _offer_voices(self) -> None:
        voices = self.read_aloud.host.found
        if not self._choosing or not voices:
            self._choosing = False
            return
        self._choosing = False
        best = self.read_aloud.host.choose_voice(voices)
        ordered = sorted(voices, key=lambda v: (v != best, v.name.lower()))
        names = [f"{v.name} ({v.id})" for v in ordered]
        name, ok = QInputDialog.getItem(
            self.window,
            self.tr("Voice"),
            self.tr("Voice for reading aloud (the best Mandarin voice comes first):"),
            names,
            0,
            False,
        )
        if not ok:
            return
        voice = ordered[names.index(name)]
        self.window.settings.set("speech/voice", voice.id)
        self.read_aloud.stop()
        self.read_aloud.host.voice = voice
        self.window.announce(self.tr("Voice: {0}.").format(voice.name))

    def _store_rate(self, rate: int) -> None:
        self.window.settings.set("speech/rate", rate)
        self.window.announce(self.tr("Speed {0} words a minute.").format(rate))

    # Preview and export ------------------------------------------------------------------

    def show_spoken_text(self) -> None:
        """Show the sentence being read (or the first of the block) as the voice says it."""
        current = self.read_aloud.current
        if current is None:
            block = self.block_text(self.window.position)
            found = utterances_of(
                self.window.position,
                block.text,
                spoken_prefix=block.spoken_prefix,
                spoken=block.spoken,
            )
            current = found[0] if found else None
        if current is None:
            return
        original = self.window.map.blocks[current.block].text[current.start : current.end]
        box = QMessageBox(self.window)
        box.setWindowTitle(self.tr("Spoken text"))
        box.setTextFormat(Qt.TextFormat.RichText)
        box.setText(
            self.tr("Text: {0}<br><br>Spoken: {1}").format(
                escape(original), escape(normalize_for_speech(original))
            )
        )
        box.exec()

    def save_audio(self, *, whole: bool) -> None:
        """Ask for a file and save the section (or the document) as speech."""
        window = self.window
        entry = window.map.section_of(window.position)
        first, last = (
            (0, len(window.map.blocks) - 1) if whole else (entry.first_block, entry.end_block - 1)
        )
        name, _ = QFileDialog.getSaveFileName(
            window,
            self.tr("Save as audio"),
            f"{entry.key if not whole else 'document'}.wav",
            self.tr("WAV audio (*.wav)"),
        )
        if not name:
            return
        blocks = [self.block_text(i) for i in range(first, last + 1)]
        self._run_export(self.read_aloud.ensure_engine(), blocks, Path(name))

    def _run_export(self, engine: SpeechEngine, blocks: list[BlockText], path: Path) -> None:
        dialog = QProgressDialog(self.tr("Saving speech…"), self.tr("Cancel"), 0, 100, self.window)
        dialog.setWindowTitle(self.tr("Save as audio"))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(0)
        cancel = threading.Event()
        dialog.canceled.connect(cancel.set)
        bridge = _ExportBridge(self)

        def show_progress(done: int, total: int) -> None:
            # Not once cancelled: a value set then would show the closed dialog again.
            if not cancel.is_set():
                dialog.setValue(done * 100 // max(1, total))

        bridge.progress.connect(show_progress)
        wanted = self.read_aloud.current_settings()
        no_voice = self.read_aloud.host.no_voice_message()

        def finish(result: object) -> None:
            dialog.reset()
            # One of each per export: gone with it, not kept until the window closes.
            dialog.deleteLater()
            bridge.deleteLater()
            self.window.announce(self._export_outcome(result, path, engine))

        bridge.done.connect(finish)

        def work() -> None:
            # On the export's own thread: only plain values cross over.
            try:
                voice = choose_voice(engine.start().result(), wanted.voice_id)
                if voice is None:
                    raise SpeechUnavailableError(no_voice)  # noqa: TRY301 (reported like the others)
                export_audio(
                    engine,
                    VoiceSettings(voice.id, wanted.rate, wanted.volume),
                    blocks,
                    path,
                    progress=bridge.progress.emit,
                    cancelled=cancel.is_set,
                )
            except (
                ExportCancelledError,
                OSError,  # TimeoutError too: the engine did not answer
                SpeechUnavailableError,
                RuntimeError,
                ValueError,
                CancelledError,  # the engine was closed as it started
            ) as error:
                bridge.done.emit(error)
            else:
                bridge.done.emit(None)

        thread = threading.Thread(target=work, name="speech-export", daemon=True)
        self._exports = [(t, c) for t, c in self._exports if t.is_alive()]
        self._exports.append((thread, cancel))
        thread.start()

    def _export_outcome(self, result: object, path: Path, engine: SpeechEngine) -> str:
        """What to tell the user once an export has ended with ``result``."""
        if result is None:
            return self.tr("Saved {0}.").format(path)
        if isinstance(result, ExportCancelledError):
            return self.tr("Saving was cancelled.")
        if isinstance(result, OSError) and not isinstance(result, TimeoutError):
            message = self.tr("The audio could not be saved to {0} ({1}).").format(
                path, result.strerror or result
            )
            if path.is_file():
                message += " " + self.tr("The file already there is kept as it was.")
            return message
        if self.read_aloud.host.engine is engine:
            self.read_aloud.shutdown()  # a failed engine is replaced at its next use
        return self.tr("The audio could not be saved: {0}").format(result)

    def shutdown(self) -> None:
        """Stop reading and saving, and end the speech threads (the window closes)."""
        for _, cancel in self._exports:
            cancel.set()
        self.read_aloud.shutdown(wait=True)  # an export waiting on the engine is answered
        for thread, _ in self._exports:
            thread.join(timeout=_JOIN_TIMEOUT_S)
        self._exports = []
