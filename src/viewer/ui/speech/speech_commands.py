"""The Read aloud menu and the player bar: what to read, how fast and loud, and saving speech.

The voice speaks only when asked, so it never talks over a screen reader; it
says when it starts, pauses and stops, through the window's announcements.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import Enum
from html import escape

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QMessageBox, QSlider, QWidget

from viewer.content import Document
from viewer.paths import user_pronunciations
from viewer.reading.blocks import Kind
from viewer.reading.navigator import Navigator
from viewer.settings import setting
from viewer.speech import normalize
from viewer.speech.block_speech import block_speech
from viewer.speech.engine import VoiceSettings
from viewer.speech.pronouncing import reader_lexicon
from viewer.speech.utterances import BlockText, spoken_words, utterances_of
from viewer.ui.commands.command import Command, KeyHint, Menu, keys
from viewer.ui.common.background import Background
from viewer.ui.ports import Announcer, PageView, Settings
from viewer.ui.speech.audio_export import AudioExport
from viewer.ui.speech.follow_along import FollowAlong
from viewer.ui.speech.player_bar import PlayerBar
from viewer.ui.speech.read_aloud import ReadAloud
from viewer.ui.speech.speech_services import SpeechServices, State
from viewer.ui.speech.voice_choice import VoiceChoice

#: A figure said again slowly, or digit by digit, at this part of the speed.
_SLOWER = 0.6


class FigureReading(Enum):
    """How a figure is said on its own."""

    USUAL = "usual"
    SLOWLY = "slowly"
    DIGITS = "digits"  # slowly, each number digit by digit


class SpeechCommands(QObject):
    """Reads the document aloud with the viewer's own voice."""

    def __init__(  # noqa: PLR0913 (the window's parts that speech works with, each once)
        self,
        document: Document,
        navigator: Navigator,
        *,
        page: PageView,
        announcer: Announcer,
        settings: Settings,
        services: SpeechServices,
        dialog_parent: QWidget,
    ) -> None:
        super().__init__(dialog_parent)
        self._document = document
        self._navigator = navigator
        self._page = page
        self._announcer = announcer
        self._settings = settings
        self._parent = dialog_parent
        lexicon, problem = reader_lexicon(document.pronunciations, user_pronunciations())
        if problem is not None:
            announcer.announce(self.tr("Your pronunciation list was not used: {0}").format(problem))
        self._words = spoken_words(document.language, lexicon)
        self._statistics = {s.id: s for s in document.statistics}
        # The figure being said on its own, and how (None: reading as usual).
        self._figure: tuple[int, FigureReading] | None = None
        self.background = Background(self)
        self.read_aloud = ReadAloud(
            services, self.block_text, self.voice_settings, self.background, self
        )
        self.follow_along = FollowAlong(self.read_aloud, navigator, page, settings)
        self.voices = VoiceChoice(self.read_aloud, announcer, settings, dialog_parent)
        self.export = AudioExport(self.read_aloud, self.background, announcer, dialog_parent)
        # In the window from the start: a widget of no parent would be shown
        # as a window of its own.
        self.player = PlayerBar(
            int(settings.get("speech/rate")),
            int(settings.get("speech/volume")),
            str(settings.get("speech/highlight_unit")),
            dialog_parent,
        )
        self.player.setVisible(bool(settings.get("view/player_bar")))
        self._state = State.IDLE
        # What the first Read aloud adds (that a screen reader speaks too).
        self.starting_notice: Callable[[], str] = lambda: ""
        read_aloud = self.read_aloud
        read_aloud.state_changed.connect(self._on_state)
        read_aloud.message.connect(announcer.announce)
        self.player.read_requested.connect(self.read_from_here)
        self.player.pause_requested.connect(read_aloud.toggle_pause)
        self.player.stop_requested.connect(read_aloud.stop)
        self.player.skip_requested.connect(read_aloud.skip_sentence)
        self.player.rate_changed.connect(self._keep_rate)
        self.player.volume_changed.connect(self._keep_volume)
        self.player.highlight_changed.connect(self.follow_along.set_unit)

    # The commands --------------------------------------------------------------------

    def command_definitions(self) -> list[Command]:
        """The Read aloud menu, saving audio (File) and the player bar (View)."""
        aloud, read = self.read_aloud, Menu.READ
        rate, volume = setting("speech/rate").step, setting("speech/volume").step
        return [
            Command("read-from-here", read, self.tr("&Read from here"), self.read_from_here,
                    keys("Ctrl+R")),
            Command("read-section", read, self.tr("Read this &section"), self.read_section,
                    keys("Ctrl+Shift+R")),
            Command("read-document", read, self.tr("Read the whole &document"), self.read_document,
                    keys("Ctrl+Shift+D")),
            Command("read-selection", read, self.tr("Read the select&ion"), self.read_selection,
                    keys("Ctrl+Shift+L")),
            Command("pause-reading", read, self.tr("&Pause or resume"), aloud.toggle_pause,
                    keys("Ctrl+Space", "Media Play")),
            Command("stop-reading", read, self.tr("S&top reading"), aloud.stop,
                    keys("Ctrl+E", "Media Stop")),
            Command("next-sentence", read, self.tr("&Next sentence"),
                    lambda: aloud.skip_sentence(1), keys("Alt+Shift+Right")),
            Command("previous-sentence", read, self.tr("Previous senten&ce"),
                    lambda: aloud.skip_sentence(-1), keys("Alt+Shift+Left")),
            Command("next-paragraph-aloud", read, self.tr("Ne&xt paragraph aloud"),
                    lambda: aloud.skip_paragraph(1), keys("Alt+Shift+Down")),
            Command("previous-paragraph-aloud", read, self.tr("Previous p&aragraph aloud"),
                    lambda: aloud.skip_paragraph(-1), keys("Alt+Shift+Up")),
            Command("faster", read, self.tr("&Faster"), lambda: self._step(self.player.rate, rate),
                    keys("Ctrl+]")),
            Command("slower", read, self.tr("Slo&wer"), lambda: self._step(self.player.rate, -rate),
                    keys("Ctrl+[")),
            Command("louder", read, self.tr("&Louder"),
                    lambda: self._step(self.player.volume, volume), keys("Alt+]")),
            Command("softer", read, self.tr("&Quieter"),
                    lambda: self._step(self.player.volume, -volume), keys("Alt+[")),
            Command("choose-voice", read, self.tr("&Voice…"), self.voices.choose,
                    keys("Ctrl+Shift+V")),
            Command("toggle-highlight", read, self.tr("&Highlight what is read"),
                    self.follow_along.toggle_highlight, keys("Ctrl+Shift+H"),
                    checked=lambda: self.follow_along.highlight),
            Command("show-spoken-text", read, self.tr("Show the s&entence as spoken…"),
                    self.show_spoken_text, keys("Ctrl+Shift+T")),
            Command("say-figure", read, self.tr("Say the fi&gure"),
                    lambda: self.say_figure(FigureReading.USUAL), keys("Ctrl+K")),
            Command("say-figure-slowly", read, self.tr("Say the figure slowl&y"),
                    lambda: self.say_figure(FigureReading.SLOWLY), keys("Ctrl+Shift+K")),
            Command("say-figure-digits", read, self.tr("Say the figure digit &by digit"),
                    lambda: self.say_figure(FigureReading.DIGITS), keys("Ctrl+Alt+K")),
            Command("save-section-audio", Menu.FILE, self.tr("Save section as &audio…"),
                    lambda: self.save_audio(whole=False), keys("Ctrl+S")),
            Command("save-document-audio", Menu.FILE, self.tr("Save &document as audio…"),
                    lambda: self.save_audio(whole=True), keys("Ctrl+Shift+S")),
            Command("toggle-player-bar", Menu.VIEW, self.tr("Show the p&layer bar"),
                    self.toggle_player_bar, keys("Ctrl+Shift+B"),
                    checked=lambda: bool(self._settings.get("view/player_bar"))),
        ]  # fmt: skip

    def key_hints(self) -> list[KeyHint]:
        """None: the player bar's buttons say their keys themselves."""
        return []

    # What the voice reads ------------------------------------------------------------

    def block_text(self, index: int) -> BlockText:
        """The text of block ``index`` as the voice reads it now."""
        if self._figure == (index, FigureReading.DIGITS):
            block = self._navigator.map.blocks[index]
            statistic = self._statistics[block.item_id or ""]
            return BlockText(
                block.text,
                spoken=f"{normalize.spell_out_numbers(statistic.printed)}，{statistic.label}",
            )
        return block_speech(self._navigator.map, index, self._words)

    def voice_settings(self) -> VoiceSettings:
        """The voice, speed and loudness chosen (slower for a figure said again)."""
        settings = self._settings
        voice = str(settings.get("speech/voice")) or None
        rate = int(settings.get("speech/rate"))
        if self._figure is not None and self._figure[1] is not FigureReading.USUAL:
            rate = setting("speech/rate").clamp(round(rate * _SLOWER))
        return VoiceSettings(voice, rate, settings.get("speech/volume") / 100)

    def read_from_here(self) -> None:
        """Read from the block being read to the end of the document."""
        self._read(self._navigator.position, self._navigator.last)

    def read_section(self) -> None:
        """Read the section being read, its parts included."""
        entry = self._navigator.map.section_of(self._navigator.position)
        self._read(entry.first_block, entry.end_block - 1)

    def read_document(self) -> None:
        """Read the whole document, from its start."""
        self._read(0, self._navigator.last)

    def read_selection(self) -> None:
        """Read the text selected in the block being read."""
        span = self._page.selection()
        if span is None:
            self._announcer.announce(self.tr("Select some text to read first."))
            return
        self._read(span.block, span.block, start=span.start, end=span.end)

    def _read(self, first: int, last: int, *, start: int = 0, end: int | None = None) -> None:
        self._figure = None
        self.read_aloud.read(first, last, start=start, end=end)

    def say_figure(self, how: FigureReading) -> None:
        """Say the figure being read on its own: as usual, slowly, or digit by digit."""
        index = self._navigator.position
        block = self._navigator.map.blocks[index]
        if block.kind is not Kind.FIGURE or block.item_id not in self._statistics:
            self._announcer.announce(self.tr("Move to a figure first (Ctrl+Shift+Down)."))
            return
        self._figure = (index, how)
        self.read_aloud.read(index, index)

    def show_spoken_text(self) -> None:
        """Show the sentence being read (or the first of the block) as the voice says it."""
        current = self.read_aloud.current
        if current is None:
            text = self.block_text(self._navigator.position)
            found = utterances_of(
                self._navigator.position,
                text.text,
                spoken_prefix=text.spoken_prefix,
                spoken=text.spoken,
                lexicon=text.lexicon,
            )
            current = found[0] if found else None
        if current is None:
            return
        original = self._navigator.map.blocks[current.block].text[current.start : current.end]
        box = QMessageBox(self._parent)
        box.setWindowTitle(self.tr("Spoken text"))
        box.setTextFormat(Qt.TextFormat.RichText)
        pinyin = current.voice_input(pinyin=True).text
        box.setText(
            self.tr("Text: {0}<br><br>Spoken: {1}<br><br>Pinyin: {2}").format(
                escape(original), escape(current.spoken), escape(pinyin)
            )
        )
        box.exec()
        box.deleteLater()

    def save_audio(self, *, whole: bool) -> None:
        """Ask for a file and save the section (or the document) as speech."""
        navigator = self._navigator
        entry = navigator.map.section_of(navigator.position)
        first, last = (0, navigator.last) if whole else (entry.first_block, entry.end_block - 1)
        blocks = [self.block_text(i) for i in range(first, last + 1)]
        self.export.ask_and_save(blocks, f"{'document' if whole else entry.key}.wav")

    # Speed, volume and the bar ---------------------------------------------------------

    @staticmethod
    def _step(slider: QSlider, step: int) -> None:
        slider.setValue(slider.value() + step)

    def _keep_rate(self, rate: int) -> None:
        self._settings.set("speech/rate", rate)
        self._announcer.announce(self.tr("Speed {0} words a minute.").format(rate))

    def _keep_volume(self, volume: int) -> None:
        self._settings.set("speech/volume", volume)
        self._announcer.announce(self.tr("Volume {0}%.").format(volume))

    def toggle_player_bar(self) -> None:
        """Show or hide the player bar (its keys work either way)."""
        shown = not bool(self._settings.get("view/player_bar"))
        self.player.setVisible(shown)
        self._settings.set("view/player_bar", shown)
        self._announcer.announce(
            self.tr("Player bar shown.") if shown else self.tr("Player bar hidden.")
        )

    def _on_state(self, state: State) -> None:
        self.player.show_state(state)
        previous, self._state = self._state, state
        if state is State.IDLE:
            self._announcer.announce(self.tr("Reading aloud stopped."))
        elif state is State.PAUSED:
            self._announcer.announce(self.tr("Reading aloud paused."))
        elif previous in (State.IDLE, State.PAUSED):
            # Said once when reading starts or resumes, not between sentences,
            # and short: before the voice begins.
            notice = self.starting_notice()
            self._announcer.announce(f"{self.tr('Reading aloud.')} {notice}".strip())

    def shutdown(self) -> None:
        """Stop reading and saving, and end the speech threads (the window closes)."""
        self.export.cancel_all()
        self.read_aloud.shutdown(wait=True)  # an export waiting on the engine is answered
        self.background.join()
