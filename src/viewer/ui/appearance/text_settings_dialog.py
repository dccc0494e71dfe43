"""The text and spacing dialog: font, size, line height, paragraph and letter spacing.

Each field's limits and step are those of its setting (``viewer.settings``).
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
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
        self.paragraph_spacing = _times("view/paragraph_spacing", typography.paragraph_spacing)
        self.paragraph_spacing.setObjectName("paragraphSpacing")
        self.letter_spacing = _whole("view/letter_spacing", typography.letter_spacing, " %")
        self.letter_spacing.setObjectName("letterSpacing")

        form = QFormLayout()
        rows = (
            (self.tr("&Font:"), self.family),
            (self.tr("Text &size:"), self.zoom),
            (self.tr("&Line height (times the font size):"), self.line_height),
            (self.tr("&Paragraph spacing (times the font size):"), self.paragraph_spacing),
            (self.tr("L&etter spacing (percent of the font size):"), self.letter_spacing),
        )
        for text, field in rows:
            label = QLabel(text)
            label.setBuddy(field)  # the label is the field's accessible name
            field.setAccessibleName(label.text().replace("&", ""))
            form.addRow(label, field)
        for spin in (self.zoom, self.line_height, self.paragraph_spacing, self.letter_spacing):
            spin.valueChanged.connect(self.changed)
        self.family.currentIndexChanged.connect(self.changed)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def typography(self) -> Typography:
        """The choices made."""
        return Typography(
            zoom=self.zoom.value(),
            family=str(self.family.currentData() or ""),
            line_height=self.line_height.value(),
            paragraph_spacing=self.paragraph_spacing.value(),
            letter_spacing=self.letter_spacing.value(),
        )
