"""The text and spacing dialog: font, size, line height, paragraph and letter spacing."""

from __future__ import annotations

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

from viewer.themes.typography import ZOOM_MAX, ZOOM_MIN, Typography
from viewer.ui.theming import default_family


class TextSettingsDialog(QDialog):
    """Choices are shown at once; Cancel puts back what was there before."""

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

        self.zoom = QSpinBox()
        self.zoom.setObjectName("zoom")
        self.zoom.setRange(ZOOM_MIN, ZOOM_MAX)
        self.zoom.setSingleStep(10)
        self.zoom.setSuffix(" %")
        self.zoom.setValue(typography.zoom)

        self.line_height = QDoubleSpinBox()
        self.line_height.setObjectName("lineHeight")
        self.line_height.setRange(1.0, 2.0)
        self.line_height.setSingleStep(0.1)
        self.line_height.setDecimals(1)
        self.line_height.setValue(typography.line_height)

        self.paragraph_spacing = QDoubleSpinBox()
        self.paragraph_spacing.setObjectName("paragraphSpacing")
        self.paragraph_spacing.setRange(0.0, 2.0)
        self.paragraph_spacing.setSingleStep(0.1)
        self.paragraph_spacing.setDecimals(1)
        self.paragraph_spacing.setValue(typography.paragraph_spacing)

        self.letter_spacing = QSpinBox()
        self.letter_spacing.setObjectName("letterSpacing")
        self.letter_spacing.setRange(0, 12)
        self.letter_spacing.setSuffix(" %")
        self.letter_spacing.setValue(typography.letter_spacing)

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
