"""The interface's language: Simplified Chinese by default, English on request."""

from __future__ import annotations

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from viewer.paths import bundled

# The interface's own strings are written in English in the code.
SOURCE_LANGUAGE = "en"


def install_translators(app: QApplication, language: str) -> list[QTranslator]:
    """Install the translations of the viewer and of Qt's own dialogs.

    Returns:
        The translators, which must be kept alive as long as they are used.
    """
    QLocale.setDefault(QLocale(language))
    if language == SOURCE_LANGUAGE:
        return []
    installed = []
    qt_translator = QTranslator(app)
    if qt_translator.load(
        f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    ):
        app.installTranslator(qt_translator)
        installed.append(qt_translator)
    own = QTranslator(app)
    if own.load(f"viewer_{language}", str(bundled("assets") / "i18n")):
        app.installTranslator(own)
        installed.append(own)
    return installed
