"""``viewer --print-to FILE.pdf``: the report, or one section, printed to a PDF, with no window.

The same print as File → Print gives (``printed_text``), at the normal text
size, on A4. The destination is checked before Qt starts (a folder or a
device is refused), and the file is written atomically: it appears complete
or not at all.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QBuffer, QCoreApplication, QIODevice
from PySide6.QtGui import QPageSize, QPdfWriter
from PySide6.QtWidgets import QApplication

from viewer.content import Document
from viewer.reading.reading_map import ReadingMap
from viewer.saving import destination, not_saved, saved_atomically
from viewer.themes.typography import Typography
from viewer.ui.common.i18n import install_translators
from viewer.ui.printing.printed_text import printed_document

EXIT_OK = 0
EXIT_FAILED = 1


def print_to_pdf(
    document: Document,
    section_id: str | None,
    path: Path,
    language: str,
    family: Callable[[], str],
) -> int:
    """Save ``document`` (or the section ``section_id``) as a PDF at ``path``.

    Args:
        document: The report.
        section_id: The section to print, or None for all of it.
        path: The PDF file to write.
        language: The interface's language, of the words the print adds
            ("Photos", the note on a photo).
        family: Returns the font family to print in (once Qt has started).

    Returns:
        The process exit status; what was written, or why not, is printed.
    """
    try:
        destination(path)
    except OSError as error:
        print(f"viewer: {path}: the PDF could not be saved ({error.strerror})", file=sys.stderr)
        return EXIT_FAILED
    # No window is shown, and none needs a display.
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    translators = install_translators(app, language)
    photos = QCoreApplication.translate("MainWindow", "Photos")
    reading_map = ReadingMap(document, photos)
    if section_id is None:
        blocks = range(len(reading_map.blocks))
        title = [t for t in (document.title, document.subtitle) if t]
    else:
        entry = reading_map.sections[reading_map.section_index(section_id)]
        blocks, title = range(entry.first_block, entry.end_block), []
    text = printed_document(reading_map, blocks, Typography(), family(), title=title)
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setTitle(document.title)
    writer.setCreator("viewer")
    text.print_(writer)  # its painter, ending, finishes the PDF
    buffer.close()
    del translators
    try:
        with saved_atomically(path) as file:
            file.write(bytes(buffer.data().data()))
    except OSError as error:
        message = f"viewer: {path}: the PDF could not be saved ({error.strerror or error})"
        print(not_saved(message, path), file=sys.stderr)
        return EXIT_FAILED
    print(f"viewer: wrote {path}")
    return EXIT_OK
