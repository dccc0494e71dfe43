"""Choosing the voice: from those the engine offers, the best Mandarin voice first."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QInputDialog, QWidget

from viewer.ui.ports import Announcer, Settings
from viewer.ui.speech.read_aloud import ReadAloud


class VoiceChoice(QObject):
    """Offers the voices once the engine has started, and keeps the one chosen."""

    def __init__(
        self,
        read_aloud: ReadAloud,
        announcer: Announcer,
        settings: Settings,
        dialog_parent: QWidget,
    ) -> None:
        super().__init__(dialog_parent)
        self._read_aloud = read_aloud
        self._announcer = announcer
        self._settings = settings
        self._parent = dialog_parent
        # Asked for, and waiting for the engine to start.
        self._choosing = False
        read_aloud.host.ready.connect(self._offer)
        read_aloud.host.failed.connect(self._offer)

    def choose(self) -> None:
        """Let the reader pick the voice from those the engine offers.

        The engine is started first if need be, without waiting for it: the
        voices are offered once it has started, and if it cannot start,
        read-aloud says why.
        """
        host = self._read_aloud.host
        self._choosing = True
        if host.voice is not None and host.engine is not None:
            self._offer()
        else:
            self._read_aloud.ensure_engine()
            self._announcer.announce(self.tr("Starting the voice…"))

    def _offer(self) -> None:
        host = self._read_aloud.host
        voices = host.found
        wanted, self._choosing = self._choosing, False
        if not wanted or not voices:
            return
        best = host.choose_voice(voices)
        ordered = sorted(voices, key=lambda v: (v != best, v.name.lower()))
        names = [f"{v.name} ({v.id})" for v in ordered]
        name, ok = QInputDialog.getItem(
            self._parent,
            self.tr("Voice"),
            self.tr("Voice for reading aloud (the best Mandarin voice comes first):"),
            names,
            0,
            False,
        )
        if not ok:
            return
        voice = ordered[names.index(name)]
        self._settings.set("speech/voice", voice.id)
        self._read_aloud.stop()
        host.voice = voice
        self._announcer.announce(self.tr("Voice: {0}.").format(voice.name))
