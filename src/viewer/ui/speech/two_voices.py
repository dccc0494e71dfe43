"""The viewer's voice and a screen reader's never talk at once.

While the voice reads, a key that makes the screen reader speak (a move,
find, a dialog, even the screen reader's echo of the key) pauses the voice,
or stops it, as the reader chose; the voice's own keys (pause, stop, skip,
speed) and the player bar do not. It applies only while a screen reader is
running (``common.screen_reader`` tells). The player bar says that one is, the
first Read aloud says that both will speak, and the voice starts a moment
after its "Reading aloud." so that the screen reader says that first.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import QEvent, QKeyCombination, QObject, Qt, QTimer
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QWidget

from viewer.ui.commands.command import Command, KeyHint, Menu
from viewer.ui.ports import Settings
from viewer.ui.speech.read_aloud import ReadAloud
from viewer.ui.speech.speech_services import State

#: How long the voice waits after "Reading aloud." when a screen reader says it.
LEAD_IN_MS = 900
#: How often the viewer looks again whether a screen reader runs.
RECHECK_MS = 15_000
_MODIFIERS = frozenset(
    {
        Qt.Key.Key_Shift,
        Qt.Key.Key_Control,
        Qt.Key.Key_Alt,
        Qt.Key.Key_Meta,
        Qt.Key.Key_AltGr,
        Qt.Key.Key_CapsLock,
        Qt.Key.Key_NumLock,
        Qt.Key.Key_Super_L,
        Qt.Key.Key_Super_R,
    }
)
_SPEAKING = (State.PLAYING, State.LOADING)


class TwoVoices(QObject):
    """Pauses or stops the voice when the screen reader is about to speak."""

    def __init__(  # noqa: PLR0913 (what it watches and whom it tells, each once)
        self,
        read_aloud: ReadAloud,
        settings: Settings,
        own_keys: Callable[[], Iterable[QKeySequence]],
        exempt: QWidget,
        *,
        detect: Callable[[], bool],
        parent: QObject | None = None,
    ) -> None:
        """Start watching the keys.

        Args:
            read_aloud: The voice.
            settings: Where the reader's choice is kept.
            own_keys: The voice's own keys, which never pause it.
            exempt: Keys pressed in here (the player bar) never pause it either.
            detect: Whether a screen reader runs now.
            parent: The Qt parent.
        """
        super().__init__(parent)
        self._read_aloud = read_aloud
        self._settings = settings
        self._own_keys = own_keys
        self._exempt = exempt
        self._detect = detect
        self.screen_reader = False
        self._told = False  # the first Read aloud said that both will speak
        self._timer = QTimer(self)
        self._timer.setInterval(RECHECK_MS)
        self._timer.timeout.connect(self.refresh)
        self._timer.start()
        self.on_change: Callable[[bool], None] = lambda _running: None
        QTimer.singleShot(0, self, self.refresh)  # once the window is up
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    def refresh(self) -> None:
        """Look again whether a screen reader runs."""
        running = self._detect()
        self._read_aloud.lead_in_ms = LEAD_IN_MS if running else 0
        if running != self.screen_reader:
            self.screen_reader = running
            self.on_change(running)

    def first_notice(self) -> str:
        """What the first Read aloud with a screen reader running adds (once), else ""."""
        self.refresh()
        if not self.screen_reader or self._told:
            return ""
        self._told = True
        choice = self._settings.get("speech/screen_reader_speaks")
        if choice == "keep":
            return self.tr("A screen reader is running: it and this voice will both speak.")
        return self.tr(
            "A screen reader is running: this voice pauses when you press a key. "
            "Ctrl+Space resumes."
        )

    # The reader's choice ---------------------------------------------------------------

    def command_definitions(self) -> list[Command]:
        """What the voice does when the screen reader speaks: three choices."""
        choices = (
            ("voice-pauses", self.tr("When the screen reader speaks, pa&use the voice"), "pause"),
            ("voice-stops", self.tr("When the screen reader speaks, st&op the voice"), "stop"),
            ("voice-keeps", self.tr("When the screen reader speaks, &keep reading"), "keep"),
        )
        return [
            Command(
                name,
                Menu.READ,
                text,
                self._choose(value),
                checked=self._is_chosen(value),
                group="screen-reader-speaks",
                separator_after=value == "keep",
            )
            for name, text, value in choices
        ]

    def key_hints(self) -> list[KeyHint]:
        """None: its choices are in the Read aloud menu."""
        return []

    def _choose(self, value: str) -> Callable[[], None]:
        return lambda: self._settings.set("speech/screen_reader_speaks", value)

    def _is_chosen(self, value: str) -> Callable[[], bool]:
        return lambda: self._settings.get("speech/screen_reader_speaks") == value

    # Keys ------------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """A key that the screen reader will speak about pauses or stops the voice."""
        # A command's key comes as a shortcut (its press never arrives); any
        # other key comes as a press, after the same shortcut check.
        if (
            event.type() in (QEvent.Type.KeyPress, QEvent.Type.ShortcutOverride)
            and self.screen_reader
            and self._read_aloud.state in _SPEAKING
            and isinstance(event, QKeyEvent)
            and self._makes_it_speak(watched, event)
        ):
            if self._settings.get("speech/screen_reader_speaks") == "pause":
                self._read_aloud.pause()
            elif self._settings.get("speech/screen_reader_speaks") == "stop":
                self._read_aloud.stop()
        return False  # the key still does what it does

    def _makes_it_speak(self, watched: QObject, event: QKeyEvent) -> bool:
        if Qt.Key(event.key()) in _MODIFIERS:
            return False
        if isinstance(watched, QWidget) and self._exempt.isAncestorOf(watched):
            return False
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        pressed = QKeySequence(QKeyCombination(modifiers, Qt.Key(event.key())))
        return not any(
            pressed.matches(key) == QKeySequence.SequenceMatch.ExactMatch
            for key in self._own_keys()
        )
