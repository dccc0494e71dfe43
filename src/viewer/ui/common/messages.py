"""Messages more than one part says, written once."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication


def not_saved(message: str, path: Path) -> str:
    """``message`` (why a save failed), and that the file already at ``path`` is unharmed.

    Saving is atomic (``viewer.saving``): a failed save never touches the file there.
    """
    if path.is_file():
        kept = QCoreApplication.translate("Messages", "The file already there is kept as it was.")
        return f"{message} {kept}"
    return message
