"""The text and spacing dialog: font, size, line height, line length, paragraph and letter spacing.

Each field's limits and step are those of its setting (``viewer.settings``).
At a large text size the dialog never grows past the screen: its fields
scroll inside it, and a label goes above its field where both do not fit.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QFrame,
    QLabel,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from viewer.settings import setting
from viewer.themes.typography import PERCENT, Typography
from viewer.ui.appearance.theming import default_family


def _whole(key: str, value: int, suffix: str = "") -> QSpinBox:
    declared = setting(key)
    field = QSpinBox()
    field.setRange(*declared.limits)
    field.setSingleStep(declared.step)
    field.setSuffix(suffix)
    field.setValue(value)
    return field


def _times(key: str, value: float) -> QDoubleSpinBox:
    """A field in multiples of the font size, for a setting kept in percent."""
    declared = setting(key)
    low, high = declared.limits
    field = QDoubleSpinBox()
    field.setRange(low / PERCENT, high / PERCENT)
    field.setSingleStep(declared.step / PERCENT)
    field.setDecimals(1)
    field.setValue(value)
    return field


class TextSettingsDialog(QDialog):
    """Choices are shown at once; Cancel puts back what was there before."""

    # A field changed: the choices are to be shown at once.
    changed = Signal()

    def __init__(self, typography: Typography, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Text and spacing"))
        self.original = typography
        chinese = QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese)
        others = [f for f in QFontDatabase.families() if f not in chinese]

        self.family = QComboBox()
        self.family.setObjectName("fontFamily")
        self.family.addItem(self.tr("Default ({0})").format(default_family()), "")
        for family in [*chinese, *others]:
            self.family.addItem(family, family)
        index = self.family.findData(typography.family)
        self.family.setCurrentIndex(max(0, index))

        self.zoom = _whole("view/zoom", typography.zoom, " %")
        self.zoom.setObjectName("zoom")
        self.line_height = _times("view/line_height", typography.line_height)
        self.line_height.setObjectName("lineHeight")
        self.line_length = _whole("view/line_length", typography.line_length)
        self.line_length.setSuffix(self.tr(" characters"))
        self.line_length.setSpecialValueText(self.tr("As wide as the window"))  # at 0
        self.line_length.setObjectName("lineLength")
        self.paragraph_spacing = _times("view/paragraph_spacing", typography.paragraph_spacing)
        self.paragraph_spacing.setObjectName("paragraphSpacing")
        self.letter_spacing = _whole("view/letter_spacing", typography.letter_spacing, " %")
        self.letter_spacing.setObjectName("letterSpacing")

        fields = QWidget()
        form = QFormLayout(fields)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        rows = (
            (self.tr("&Font:"), self.family),
            (self.tr("Text &size:"), self.zoom),
            (self.tr("&Line height (times the font size):"), self.line_height),
            (self.tr("Longest li&ne (Chinese characters):"), self.line_length),
            (self.tr("&Paragraph spacing (times the font size):"), self.paragraph_spacing),
            (self.tr("L&etter spacing (percent of the font size):"), self.letter_spacing),
        )
        for text, field in rows:
            label = QLabel(text)
            label.setBuddy(field)  # the label is the field's accessible name
            field.setAccessibleName(label.text().replace("&", ""))
            form.addRow(label, field)
        spins = (self.zoom, self.line_height, self.line_length, self.paragraph_spacing)
        for spin in (*spins, self.letter_spacing):
            spin.valueChanged.connect(self.changed)
        self.family.currentIndexChanged.connect(self.changed)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        scroll = QScrollArea()
        scroll.setWidget(fields)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the fields take the focus, not their frame
        self.family.setFocus()
        layout = QVBoxLayout(self)
        layout.addWidget(scroll)
        layout.addWidget(buttons)
        self._fit_the_screen(fields, buttons)

    def _fit_the_screen(self, fields: QWidget, buttons: QWidget) -> None:
        """As large as the fields need, but never larger than the screen (they scroll then)."""
        parent = self.parentWidget()
        screen = parent.screen() if parent is not None else QGuiApplication.primaryScreen()
        room = screen.availableGeometry()
        self.setMaximumSize(room.size())
        width = max(fields.sizeHint().width(), buttons.sizeHint().width()) + 40
        height = fields.sizeHint().height() + buttons.sizeHint().height() + 60
        self.resize(min(room.width(), width), min(room.height(), height))

    def typography(self) -> Typography:
        """The choices made."""
        return Typography(
            zoom=self.zoom.value(),
            family=str(self.family.currentData() or ""),
            line_height=self.line_height.value(),
            paragraph_spacing=self.paragraph_spacing.value(),
            letter_spacing=self.letter_spacing.value(),
            line_length=self.line_length.value(),
        )
