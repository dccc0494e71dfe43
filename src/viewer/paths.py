"""Where the bundled content and assets are, from a checkout or an installed wheel."""

from __future__ import annotations

import os
import sys
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def bundled(name: str) -> Path:
    """Return the bundled folder ``content`` or ``assets``.

    A wheel carries them inside the package (``viewer/_data/NAME``); a checkout,
    installed editable or run from ``src``, has them at the top of the tree.

    Raises:
        FileNotFoundError: Neither place has the folder (a broken install).
    """
    for candidate in (_PACKAGE / "_data" / name, _PACKAGE.parent.parent / name):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"the bundled folder {name!r} is missing from this installation")


def user_config_dir() -> Path:
    """The folder of the user's settings and own themes (as Qt's AppConfigLocation).

    Linux: $XDG_CONFIG_HOME/viewer (~/.config/viewer); macOS:
    ~/Library/Preferences/viewer; Windows: %LOCALAPPDATA%/viewer.
    """
    if sys.platform == "win32":
        base = Path(os.environ.get("LOCALAPPDATA") or Path.home() / "AppData" / "Local")
    elif sys.platform == "darwin":
        base = Path.home() / "Library" / "Preferences"
    else:
        base = Path(os.environ.get("XDG_CONFIG_HOME") or Path.home() / ".config")
    return base / "viewer"


def theme_folders() -> list[Path]:
    """Where themes are found: the bundled ones, then the user's own (which win)."""
    return [bundled("assets") / "themes", user_config_dir() / "themes"]


def user_pronunciations() -> Path:
    """The reader's own pronunciation list (``pronunciations.yaml`` in the config folder)."""
    return user_config_dir() / "pronunciations.yaml"
