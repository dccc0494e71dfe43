"""Applying a theme and a typography to the whole application.

Every widget is drawn by one style (``ThemeStyle``: Fusion, with the focus frame,
edges and controls' parts from the theme), set once; the palette carries the
theme's colours by role and the application font the typography's size, so the
whole interface, Qt's own dialogs included, follows both. A theme switch is a
palette change and a zoom step a font change: each widget is repainted, or laid
out and repainted, and none is polished again (there is no style sheet).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtGui import QColor, QFont, QFontDatabase, QPalette
from PySide6.QtWidgets import QApplication

from viewer.themes.theme import Theme
from viewer.themes.typography import Typography
from viewer.ui.appearance.proxy_style import ThemeStyle
from viewer.ui.appearance.style_parts import Colours

#: Families tried, in order, when the reader has not chosen one.
_CJK_FAMILIES = ("Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", "PingFang SC")
_CHANGES = (
    QEvent.Type.ApplicationFontChange,
    QEvent.Type.ApplicationPaletteChange,
    QEvent.Type.LayoutRequest,
)
# The style, kept from Python's collector for as long as the application uses it.
_styles: list[ThemeStyle] = []


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
        role.Accent: theme["selection_background"],
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


def interface_font(typography: Typography) -> QFont:
    """The font of the whole interface: the typography's family, size and spacing."""
    font = QFont(typography.family or default_family())
    font.setPointSizeF(typography.interface_pt)
    font.setLetterSpacing(QFont.SpacingType.PercentageSpacing, 100 + typography.letter_spacing)
    return font


def install_style(app: QApplication) -> ThemeStyle:
    """The application's ``ThemeStyle``, set now if it has none.

    Set before the widgets are made, so that none is polished twice, and only
    once: a style change re-polishes every widget.
    """
    style = app.style()
    if isinstance(style, ThemeStyle):
        return style
    style = ThemeStyle()
    _styles.append(style)
    app.setStyle(style)
    return style


def apply(app: QApplication, theme: Theme, typography: Typography) -> None:
    """Apply ``theme`` and ``typography`` to every window of ``app``, at once.

    Only what differs is set: setting the font lays out every widget again,
    even when it is the same font.
    """
    style = install_style(app)
    new_colours = style.use(Colours.of(theme))
    font = interface_font(typography)
    if app.font() != font:
        app.setFont(font)
    palette = palette_for(theme)
    if palette.resolve(app.palette()) != app.palette():
        app.setPalette(palette)  # which repaints every widget
    elif new_colours:
        for widget in app.allWidgets():
            widget.update()
    # Qt posts the change to each widget, and each widget's new layout: both given
    # now, so that what comes next (the page's own restyling, the next paint, a
    # screen reader asking for sizes) finds the new palette and sizes everywhere.
    for kind in _CHANGES:
        QCoreApplication.sendPostedEvents(None, kind)
