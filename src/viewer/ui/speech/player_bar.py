"""The player bar: the read-aloud controls, each reachable and named for a screen reader."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QLabel, QPushButton, QSlider, QWidget

from viewer.settings import setting
from viewer.ui.common.flow_layout import FlowLayout
from viewer.ui.common.mnemonics import name_plainly
from viewer.ui.speech.speech_services import State


class PlayerBar(QWidget):
    """Read, pause or resume, stop, previous and next sentence, and the speed."""

    read_requested = Signal()
    pause_requested = Signal()
    stop_requested = Signal()
    # -1 for the previous sentence, +1 for the next.
    skip_requested = Signal(int)
    rate_changed = Signal(int)
    volume_changed = Signal(int)
    highlight_changed = Signal(str)  # "sentence", "word" or "both"

    def __init__(
        self, rate: int, volume: int, highlight: str = "both", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("playerBar")
        self.read_button = QPushButton(self.tr("Read &aloud"))
        self.read_button.setAccessibleDescription(
            self.tr("Reads from the place being read (Ctrl+R)")
        )
        self.pause_button = QPushButton(self.tr("&Pause"))
        self.pause_button.setAccessibleDescription(self.tr("Ctrl+Space"))
        self.stop_button = QPushButton(self.tr("S&top"))
        self.stop_button.setAccessibleDescription(self.tr("Ctrl+E"))
        self.previous_button = QPushButton(self.tr("Previous senten&ce"))
        self.previous_button.setAccessibleDescription(self.tr("Alt+Shift+Left"))
        self.next_button = QPushButton(self.tr("Ne&xt sentence"))
        self.next_button.setAccessibleDescription(self.tr("Alt+Shift+Right"))
        self.rate_label = QLabel(self.tr("&Speed:"))
        self.rate = _slider("speechRate", "speech/rate", rate, self.tr("Speed"))
        self.rate_label.setBuddy(self.rate)
        self.volume_label = QLabel(self.tr("Volu&me:"))
        self.volume = _slider("speechVolume", "speech/volume", volume, self.tr("Volume"))
        self.volume_label.setBuddy(self.volume)
        self.rate_value = _value_label(self.rate, "{0}")
        self.volume_value = _value_label(self.volume, "{0}%")
        self.highlight_label = QLabel(self.tr("High&light:"))
        self.highlight = self._highlight_choice(highlight)
        self.highlight_label.setBuddy(self.highlight)
        self.status = QLabel()
        self.status.setObjectName("playerStatus")
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.screen_reader_note = QLabel()
        self.screen_reader_note.setObjectName("screenReaderNote")
        self.screen_reader_note.setTextFormat(Qt.TextFormat.PlainText)
        self.screen_reader_note.hide()

        layout = FlowLayout(self)
        layout.setContentsMargins(6, 2, 6, 2)
        for button in self.buttons():
            layout.addWidget(button)
        for widget in (self.rate_label, self.rate, self.rate_value):
            layout.addWidget(widget)
        for widget in (self.volume_label, self.volume, self.volume_value):
            layout.addWidget(widget)
        layout.addWidget(self.highlight_label)
        layout.addWidget(self.highlight)
        layout.addWidget(self.status)
        layout.addWidget(self.screen_reader_note)

        self.read_button.clicked.connect(self.read_requested)
        self.pause_button.clicked.connect(self.pause_requested)
        self.stop_button.clicked.connect(self.stop_requested)
        self.previous_button.clicked.connect(lambda: self.skip_requested.emit(-1))
        self.next_button.clicked.connect(lambda: self.skip_requested.emit(1))
        self.rate.valueChanged.connect(self.rate_changed)
        self.volume.valueChanged.connect(self.volume_changed)
        self.highlight.activated.connect(
            lambda index: self.highlight_changed.emit(self.highlight.itemData(index))
        )
        self.show_state(State.IDLE)

    def _highlight_choice(self, chosen: str) -> QComboBox:
        """What to mark while reading: the sentence, the word heard, or both."""
        choice = QComboBox()
        choice.setObjectName("highlightUnit")
        choice.setAccessibleName(self.tr("Highlight"))
        choice.addItem(self.tr("Sentence"), "sentence")
        choice.addItem(self.tr("Word"), "word")
        choice.addItem(self.tr("Sentence and word"), "both")
        choice.setCurrentIndex(max(0, choice.findData(chosen)))
        return choice

    def buttons(self) -> list[QPushButton]:
        """The buttons, in order."""
        return [
            self.read_button,
            self.pause_button,
            self.stop_button,
            self.previous_button,
            self.next_button,
        ]

    def tab_chain(self) -> list[QWidget]:
        """The bar's focusable widgets, in Tab order."""
        return [*self.buttons(), self.rate, self.volume, self.highlight]

    def show_screen_reader(self, running: bool) -> None:
        """Say on the bar, and on its Read aloud button, whether a screen reader runs too."""
        note = self.tr("Screen reader running")
        self.screen_reader_note.setText(note if running else "")
        self.screen_reader_note.setVisible(running)  # empty, it would take a row of its own
        description = self.tr("Reads from the place being read (Ctrl+R)")
        self.read_button.setAccessibleDescription(
            f"{description}. {note}" if running else description
        )

    def show_state(self, state: State) -> None:
        """Enable what makes sense now and say what the voice is doing."""
        active = state is not State.IDLE
        self.pause_button.setText(
            self.tr("Res&ume") if state is State.PAUSED else self.tr("&Pause")
        )
        name_plainly(self.pause_button)  # its name follows its text
        for button in (self.pause_button, self.stop_button, self.previous_button, self.next_button):
            button.setEnabled(active)
        texts = {
            State.IDLE: "",
            State.LOADING: self.tr("Preparing speech…"),
            State.PLAYING: self.tr("Reading aloud"),
            State.PAUSED: self.tr("Paused"),
        }
        self.status.setText(texts[state])
        self.status.setVisible(bool(texts[state]))  # empty, it would take a row of its own


def _slider(name: str, key: str, value: int, label: str) -> QSlider:
    """A slider for the whole-number setting ``key``, with its limits and steps."""
    declared = setting(key)
    slider = QSlider(Qt.Orientation.Horizontal)
    slider.setObjectName(name)
    slider.setRange(*declared.limits)
    slider.setSingleStep(declared.step)
    slider.setPageStep(declared.page_step)
    slider.setValue(value)
    slider.setAccessibleName(label)
    slider.setMinimumWidth(160)
    return slider


def _value_label(slider: QSlider, shown: str) -> QLabel:
    """The slider's value, as ``shown``, beside it; Qt gives it to screen readers itself."""
    label = QLabel(shown.format(slider.value()))
    label.setTextFormat(Qt.TextFormat.PlainText)
    # As wide as the widest value, so that the bar does not shift as the value changes.
    label.setMinimumWidth(label.fontMetrics().horizontalAdvance(shown.format(slider.maximum())))
    slider.valueChanged.connect(lambda value: label.setText(shown.format(value)))
    return label
