"""Every dialog over the window fits the screen, also those Qt makes (Go to section, Voice).

A dialog of Qt's own (``QInputDialog``, a message box, the file dialog) is
as wide as its longest line: at a large text size wider than the screen,
its buttons out of reach. When one is shown, its labels wrap and its choice
lists may narrow (their lists still show each choice whole) where the
screen is too narrow for them, and it is kept within the screen.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QComboBox, QDialog, QLabel, QSizePolicy

from viewer.ui.common.screen_fit import fit_to_screen, screen_room

#: A choice list that must narrow still shows this many characters.
_CHOICE_CHARACTERS = 8


class DialogFit(QObject):
    """Keeps each dialog it watches within the screen when it is shown."""

    def watch(self, child: QObject) -> None:
        """Watch ``child`` if it is a dialog (fitting it now if it is already shown)."""
        if isinstance(child, QDialog):
            child.installEventFilter(self)
            if child.isVisible():  # Qt's own are shown before the window hears of them
                fit_dialog(child)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """As a dialog is shown, fit it to the screen."""
        if event.type() == QEvent.Type.Show and isinstance(watched, QDialog):
            fit_dialog(watched)
        return False


def fit_dialog(dialog: QDialog) -> None:
    """Let ``dialog`` narrow where the screen is narrower than it, and keep it on the screen."""
    room = screen_room(dialog)
    if dialog.minimumSizeHint().width() > room.width():
        for label in dialog.findChildren(QLabel):
            label.setWordWrap(True)
            # Some are made as wide and no taller than their text on one line.
            policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
            policy.setHeightForWidth(True)
            label.setSizePolicy(policy)
        for choice in dialog.findChildren(QComboBox):
            choice.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            choice.setMinimumContentsLength(_CHOICE_CHARACTERS)
            choice.setMinimumWidth(choice.sizeHint().width())  # not as wide as its longest
        layout = dialog.layout()
        if layout is not None:
            layout.invalidate()
            layout.activate()  # its least size, with the labels wrapped
        dialog.resize(dialog.sizeHint())
    fit_to_screen(dialog)
