"""Applying a theme and a typography to the whole application.

The palette and the style sheet are both generated from the theme's colours,
so every widget, Qt's own dialogs included, follows the theme; the fonts come
from the typography, so the whole interface, not only the text, follows the
zoom.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont, QFontDatabase, QPalette
from PySide6.QtWidgets import QApplication

from viewer.themes.theme import Theme
from viewer.themes.typography import Typography

#: Families tried, in order, when the reader has not chosen one.
_CJK_FAMILIES = ("Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", "PingFang SC")
#: The focus frame: at least 2 px (WCAG 2.4.13), here 3.
FOCUS_WIDTH_PX = 3


def default_family() -> str:
    """The first installed CJK sans-serif family, or the system's default."""
    installed = set(QFontDatabase.families())
    for family in _CJK_FAMILIES:
        if family in installed:
            return family
    return QFontDatabase.systemFont(QFontDatabase.SystemFont.GeneralFont).family()


def palette_for(theme: Theme) -> QPalette:
    """A palette with every role taken from the theme."""
    palette = QPalette()
    role = QPalette.ColorRole
    colours = {
        role.Window: theme["window"],
        role.WindowText: theme["window_text"],
        role.Base: theme["background"],
        role.AlternateBase: theme["window"],
        role.Text: theme["text"],
        role.Button: theme["button"],
        role.ButtonText: theme["button_text"],
        role.Highlight: theme["selection_background"],
        role.HighlightedText: theme["selection_text"],
        role.Link: theme["link"],
        role.LinkVisited: theme["link"],
        role.ToolTipBase: theme["background"],
        role.ToolTipText: theme["text"],
        role.PlaceholderText: theme["disabled_text"],
        role.BrightText: theme["text"],
    }
    for colour_role, colour in colours.items():
        palette.setColor(colour_role, QColor(colour))
    for colour_role in (role.Text, role.WindowText, role.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, colour_role, QColor(theme["disabled_text"]))
    return palette


def style_sheet_for(theme: Theme, typography: Typography) -> str:
    """The style sheet: colours by role, the focus frame, and sizes by kind of text."""
    t = theme
    ring = f"{FOCUS_WIDTH_PX}px solid {t['focus_ring']}"
    ui = f"{typography.interface_pt:.1f}pt"
    return f"""
QWidget {{ font-size: {ui}; }}
QMainWindow, QDialog, QStatusBar, QMenuBar {{
    background: {t["window"]}; color: {t["window_text"]};
}}
QMenu {{ background: {t["window"]}; color: {t["window_text"]}; border: 1px solid {t["border"]}; }}
QMenu::item:selected, QMenuBar::item:selected {{
    background: {t["selection_background"]}; color: {t["selection_text"]};
}}
QMenu::item:disabled {{ color: {t["disabled_text"]}; }}
QLabel {{ color: {t["window_text"]}; }}
QPushButton {{
    background: {t["button"]}; color: {t["button_text"]};
    border: 2px solid {t["border"]}; border-radius: 4px; padding: 4px 10px;
}}
QPushButton:disabled {{ color: {t["disabled_text"]}; border-color: {t["disabled_text"]}; }}
QPushButton:focus {{ border: {ring}; }}
QLineEdit, QSpinBox, QDoubleSpinBox, QComboBox {{
    background: {t["background"]}; color: {t["text"]};
    border: 2px solid {t["border"]}; padding: 2px 4px;
    selection-background-color: {t["selection_background"]}; selection-color: {t["selection_text"]};
}}
QLineEdit:focus, QSpinBox:focus, QDoubleSpinBox:focus, QComboBox:focus {{ border: {ring}; }}
QTreeView, QTableView, QListView {{
    background: {t["background"]}; color: {t["text"]}; border: 2px solid {t["border"]};
    selection-background-color: {t["selection_background"]}; selection-color: {t["selection_text"]};
}}
QTreeView:focus, QTableView:focus, QListView:focus {{ border: {ring}; }}
QHeaderView::section {{
    background: {t["window"]}; color: {t["window_text"]}; border: 1px solid {t["border"]};
}}
QSlider {{ border: 2px solid transparent; }}
QSlider:focus {{ border: {ring}; }}
QCheckBox, QRadioButton {{ color: {t["window_text"]}; }}
QAbstractScrollArea#readingPane {{ border: 2px solid {t["border"]}; }}
"""


def apply(app: QApplication, theme: Theme, typography: Typography) -> None:
    """Apply ``theme`` and ``typography`` to every window of ``app``, at once."""
    app.setStyle("Fusion")  # the same look on every platform, drawn from the palette
    font = QFont(typography.family or default_family())
    font.setPointSizeF(typography.interface_pt)
    font.setLetterSpacing(QFont.SpacingType.PercentageSpacing, 100 + typography.letter_spacing)
    app.setFont(font)
    app.setPalette(palette_for(theme))
    app.setStyleSheet(style_sheet_for(theme, typography))
