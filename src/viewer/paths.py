"""Where the bundled content and assets are, from a checkout or an installed wheel."""

from __future__ import annotations

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
