"""Saving speech as a WAV file from the window: asked where, shown as it goes, told how it went."""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QFileDialog, QProgressDialog, QWidget

from viewer.saving import destination
from viewer.speech.engine import SpeechEngine, SpeechUnavailableError, VoiceSettings, choose_voice
from viewer.speech.export import ExportCancelledError, export_audio
from viewer.speech.utterances import BlockText
from viewer.ui.common.background import Background
from viewer.ui.common.messages import not_saved
from viewer.ui.ports import Announcer
from viewer.ui.speech.read_aloud import ReadAloud


class AudioExport(QObject):
    """Speaks blocks into a file on a thread of its own, with a progress dialog to cancel it."""

    def __init__(
        self,
        read_aloud: ReadAloud,
        background: Background,
        announcer: Announcer,
        dialog_parent: QWidget,
    ) -> None:
        super().__init__(dialog_parent)
        self._read_aloud = read_aloud
        self._background = background
        self._announcer = announcer
        self._parent = dialog_parent
        # How to cancel each export still running.
        self._cancels: list[threading.Event] = []

    def ask_and_save(self, blocks: list[BlockText], suggested_name: str) -> None:
        """Ask for a file, then save ``blocks`` as speech to it."""
        name, _ = QFileDialog.getSaveFileName(
            self._parent,
            self.tr("Save as audio"),
            suggested_name,
            self.tr("WAV audio (*.wav)"),
        )
        if name:
            self.save(blocks, Path(name))

    def save(self, blocks: list[BlockText], path: Path) -> None:
        """Save ``blocks`` as speech to ``path``, showing the progress; then say how it went."""
        try:
            destination(path)  # a folder or a device there: said before any speech is made
        except OSError as error:
            self._announcer.announce(self._outcome(error, path, None))
            return
        engine = self._read_aloud.ensure_engine()
        dialog = QProgressDialog(self.tr("Saving speech…"), self.tr("Cancel"), 0, 100, self._parent)
        dialog.setWindowTitle(self.tr("Save as audio"))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(0)
        cancel = threading.Event()
        dialog.canceled.connect(cancel.set)
        self._cancels.append(cancel)
        wanted = self._read_aloud.current_settings()
        no_voice = self._read_aloud.host.no_voice_message()

        def show_progress(done: int, total: int) -> None:
            # Not once cancelled: a value set then would show the closed dialog again.
            if not cancel.is_set():
                dialog.setValue(done * 100 // max(1, total))

        def work() -> None:
            # On the export's own thread: only plain values cross over.
            voice = choose_voice(engine.start().result(), wanted.voice_id)
            if voice is None:
                raise SpeechUnavailableError(no_voice)
            export_audio(
                engine,
                VoiceSettings(voice.id, wanted.rate, wanted.volume),
                blocks,
                path,
                progress=lambda done, total: self._background.deliver(show_progress, done, total),
                cancelled=cancel.is_set,
            )

        def finish(result: object) -> None:
            self._cancels.remove(cancel)
            dialog.reset()
            dialog.deleteLater()  # one per export: gone with it
            self._announcer.announce(self._outcome(result, path, engine))

        self._background.run_in_background(work, finish, name="speech-export")

    def _outcome(self, result: object, path: Path, engine: SpeechEngine | None) -> str:
        """What to tell the reader once an export has ended with ``result``."""
        if result is None:
            return self.tr("Saved {0}.").format(path)
        if isinstance(result, ExportCancelledError):
            return self.tr("Saving was cancelled.")
        if isinstance(result, OSError) and not isinstance(result, TimeoutError):
            message = self.tr("The audio could not be saved to {0} ({1}).").format(
                path, result.strerror or result
            )
            return not_saved(message, path)
        # The engine failed, did not answer (TimeoutError), offers no Mandarin
        # voice, or was closed as it started (CancelledError).
        if engine is not None and self._read_aloud.host.engine is engine:
            self._read_aloud.shutdown()  # a failed engine is replaced at its next use
        return self.tr("The audio could not be saved: {0}").format(result)

    def cancel_all(self) -> None:
        """Cancel every export running (the window closes); each ends within a tenth of a second."""
        for cancel in self._cancels:
            cancel.set()
