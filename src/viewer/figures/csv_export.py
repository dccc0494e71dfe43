"""The report's statistics as a CSV file, for spreadsheets and screen-reader tables.

The file is written as UTF-8 with a byte-order mark: without it, common
spreadsheet programs take the file for the local legacy encoding and show the
Chinese as mojibake. It is written atomically, so a failed export never leaves
a half-written file in place of a good one.
"""

from __future__ import annotations

import csv
from pathlib import Path

from viewer.content import Document
from viewer.content.loader import format_number
from viewer.saving import saved_atomically

#: The header of the file, in column order. Tools read columns by these names: keep them stable.
COLUMNS: tuple[str, ...] = (
    "id",
    "section_id",
    "section",
    "printed",
    "value",
    "qualifier",
    "unit",
    "label",
)

_ENCODING = "utf-8-sig"  # writes the byte-order mark, and skips it when reading


class FiguresExportError(Exception):
    """The figures could not be saved; the message names the file and the reason."""


def _value_text(value: float) -> str:
    # A whole number that arrived as a float (293.0) is printed 293 in the report.
    if isinstance(value, float) and value.is_integer():
        return format_number(int(value))
    return format_number(value)


def _text_cell(text: str) -> str:
    # Content is untrusted: text that starts like a formula would be run by a
    # spreadsheet program; a leading apostrophe keeps it text (OWASP's advice).
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


def figure_rows(document: Document) -> list[dict[str, str]]:
    """Return one row per statistic of ``document``, in document order.

    Args:
        document: The loaded report.

    Returns:
        Rows keyed by the names in ``COLUMNS``; every value is text. ``value``
        is the number without a trailing ".0" (293, 97.59), ``section`` the
        title of the section that states it, ``qualifier`` empty when there is none.
        Text that a spreadsheet would take for a formula starts with an apostrophe.
    """
    return [
        {
            "id": statistic.id,
            "section_id": statistic.section_id,
            "section": _text_cell(document.section(statistic.section_id).title),
            "printed": _text_cell(statistic.printed),
            "value": _value_text(statistic.value),
            "qualifier": statistic.qualifier or "",
            "unit": _text_cell(statistic.unit),
            "label": _text_cell(statistic.label),
        }
        for statistic in document.statistics
    ]


def _reason(error: OSError, path: Path) -> str:
    if isinstance(error, FileNotFoundError) and not path.parent.is_dir():
        return f"the folder {path.parent} does not exist"
    reason = error.strerror or str(error) or type(error).__name__
    return reason[:1].lower() + reason[1:]


def write_figures_csv(document: Document, path: Path) -> None:
    """Write every statistic of ``document`` to a CSV file at ``path``, atomically.

    The rows replace ``path`` only once complete (``viewer.saving``); on any
    failure a previous file at ``path``, if any, is left as it was.

    Args:
        document: The loaded report.
        path: The file to write; replaced if it exists.

    Raises:
        FiguresExportError: The file could not be written (folder missing or
            not writable, disk full, a folder or a device in its place, ...).
    """
    rows = figure_rows(document)
    try:
        with saved_atomically(path, "x", encoding=_ENCODING, newline="") as file:
            writer = csv.DictWriter(file, fieldnames=COLUMNS)
            writer.writeheader()
            for row in rows:
                writer.writerow(row)
    except OSError as error:
        raise FiguresExportError(
            f"cannot save the figures to {path}: {_reason(error, path)}"
        ) from error


def read_figures_csv(path: Path) -> list[dict[str, str]]:
    """Read a file written by ``write_figures_csv``.

    Args:
        path: The CSV file.

    Returns:
        Its rows, keyed by the header's names, as ``figure_rows`` returns them.

    Raises:
        OSError: The file cannot be read.
    """
    with path.open(encoding=_ENCODING, newline="") as file:
        return [dict(row) for row in csv.DictReader(file)]
