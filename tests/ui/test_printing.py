"""Printing: File → Print and Print section, and ``viewer --print-to FILE.pdf``.

Black on white whatever the theme, at the reader's text size; a PDF's text is
the report's text (read back with pdftotext), in order, list dashes included.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tests.support import pdf_text, press, run_viewer, squeezed
from viewer.content import Document, load_document
from viewer.reading.blocks import Kind
from viewer.reading.reading_map import ReadingMap
from viewer.ui.appearance.theming import default_family
from viewer.ui.window.main_window import MainWindow

Opener = Callable[..., MainWindow]
CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def printed_blocks(review: Document, section: str) -> list[str]:
    """The texts a print of ``section`` must hold, in order (a list item after its dash)."""
    reading_map = ReadingMap(review, "图片")
    entry = reading_map.sections[reading_map.section_index(section)]
    return [
        f"——{b.text}" if b.kind is Kind.LIST_ITEM else b.text
        for b in reading_map.blocks[entry.first_block : entry.end_block]
    ]


def missing(expected: list[str], text: str) -> list[str]:
    """The texts of ``expected`` that ``text`` does not hold in that order (spaces aside)."""
    left, at, text = [], 0, squeezed(text)
    for wanted in expected:
        found = text.find(squeezed(wanted), at)
        if found < 0:
            left.append(wanted)
        else:
            at = found + len(squeezed(wanted))
    return left


def grey_levels(image: QImage) -> tuple[bool, int, int]:
    """Whether every pixel of ``image`` is a grey (no colour), and the darkest and lightest."""
    rgb = image.convertToFormat(QImage.Format.Format_RGB888)
    data = bytes(rgb.constBits())
    width, line = rgb.width() * 3, rgb.bytesPerLine()
    pixels = b"".join(data[row * line : row * line + width] for row in range(rgb.height()))
    red, green, blue = pixels[0::3], pixels[1::3], pixels[2::3]
    return red == green == blue, min(pixels), max(pixels)


@pytest.fixture(autouse=True)
def plain_application(qapp: QApplication) -> Iterator[None]:
    # Themes are applied to the whole application: leave it as it was found.
    palette, sheet, font = qapp.palette(), qapp.styleSheet(), qapp.font()
    yield
    qapp.setStyleSheet(sheet)
    qapp.setPalette(palette)
    qapp.setFont(font)


@dataclass(frozen=True)
class Asked:
    """A print dialog that was opened: its title, and the printer and file it chose."""

    title: str
    document: str
    pdf: Path


@pytest.fixture
def print_dialogs(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> list[Asked]:
    """The print dialogs opened; each chooses at once to print to a PDF file in ``tmp_path``."""
    opened: list[Asked] = []

    def answer(dialog: QPrintDialog) -> int:
        printer = dialog.printer()
        pdf = tmp_path / f"printed-{len(opened)}.pdf"
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(pdf))
        opened.append(Asked(dialog.windowTitle(), printer.docName(), pdf))
        return 1  # Print

    monkeypatch.setattr(QPrintDialog, "exec", answer)
    return opened


# The window -----------------------------------------------------------------------------


def test_ctrl_p_asks_where_to_print_the_document(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[str] = []

    def cancel(dialog: QPrintDialog) -> int:
        asked.append(dialog.windowTitle())
        return 0

    monkeypatch.setattr(QPrintDialog, "exec", cancel)
    press(qtbot, Qt.Key.Key_P, CTRL)
    assert asked == ["Print the document"]
    assert window.announcer.message == "Printing cancelled."


def test_print_section_prints_the_section_being_read(
    qtbot: QtBot, window: MainWindow, review: Document, print_dialogs: list[Asked]
) -> None:
    window.navigator.go_to_section("plan")
    press(qtbot, Qt.Key.Key_P, CTRL | SHIFT)
    [asked] = print_dialogs
    assert (asked.title, asked.document) == ("Print the section", "总体思路")
    text = pdf_text(asked.pdf, default_family())
    assert missing(printed_blocks(review, "plan"), text) == []
    assert "凝聚合力" not in text  # the next section is not printed
    assert window.announcer.message == "Printed: 总体思路."


def test_the_print_is_black_on_white_at_the_reader_s_size_in_a_dark_theme(
    qtbot: QtBot, window: MainWindow, print_dialogs: list[Asked]
) -> None:
    appearance = window.parts.appearance
    appearance.choose("dark")
    appearance.zoom(1)
    appearance.zoom(1)
    typography = appearance.typography
    assert typography.zoom == 125
    window.navigator.go_to_section("rehabilitation")
    document = window.parts.printing.printed(whole=False)
    blocks = [document.findBlockByNumber(n) for n in range(document.blockCount())]
    heading = blocks[0].charFormat().font()
    assert (heading.bold(), heading.pointSizeF()) == (True, typography.heading_pt(2))
    assert blocks[1].charFormat().font().pointSizeF() == typography.reading_pt
    assert {b.charFormat().foreground().color().name() for b in blocks} == {"#000000"}
    # Drawn as it is printed, with the dark theme's palette in the application.
    document.setTextWidth(600)
    page = QImage(600, round(document.size().height()), QImage.Format.Format_RGB32)
    page.fill(Qt.GlobalColor.white)
    painter = QPainter(page)
    document.drawContents(painter)
    painter.end()
    assert grey_levels(page) == (True, 0, 255)
    # And on the printer: the PDF, rasterised, is black on white too.
    press(qtbot, Qt.Key.Key_P, CTRL | SHIFT)
    pdf = print_dialogs[0].pdf
    tool = shutil.which("pdftoppm")
    assert tool is not None, "pdftoppm is missing: run scripts/system-deps"
    subprocess.run([tool, "-r", "60", "-png", "-f", "1", "-l", "1", pdf, pdf], check=True)
    neutral, darkest, lightest = grey_levels(QImage(f"{pdf}-1.png"))
    assert neutral
    assert darkest < 20  # black, but for the smoothing of its edges
    assert lightest == 255


def test_markup_in_content_is_printed_as_text(content_copy: Path, open_window: Opener) -> None:
    path = content_copy / "document.yaml"
    hostile = '<img src="file:///etc/passwd"><b>粗</b>&amp;'
    path.write_text(
        path.read_text("utf-8").replace("heading: 兜底补短", f"heading: '{hostile}'"), "utf-8"
    )
    window = open_window(document=load_document(content_copy))
    printed = window.parts.printing.printed(whole=True).toPlainText()
    assert hostile in printed
    assert printed.startswith("大爱北疆 温暖前行\n")


# The command line -----------------------------------------------------------------------


def test_a_section_is_printed_to_a_pdf_with_every_sentence(
    tmp_path: Path, review: Document
) -> None:
    out = tmp_path / "plan.pdf"
    result = run_viewer("--print-to", str(out), "--section", "plan")
    assert result.returncode == 0, result.stderr
    assert result.stdout == f"viewer: wrote {out}\n"
    assert out.read_bytes().startswith(b"%PDF-")
    expected = printed_blocks(review, "plan")
    assert sum(t.startswith("——") for t in expected) == 18  # its lists, with their dashes
    text = pdf_text(out, default_family())
    assert missing(expected, text) == []
    assert review.title not in text  # a section alone: not the document's title
    assert [p.name for p in tmp_path.iterdir()] == ["plan.pdf"]  # nothing left beside it


def test_the_whole_report_starts_with_its_title_and_ends_with_the_credit(
    tmp_path: Path, review: Document
) -> None:
    out = tmp_path / "review.pdf"
    # No display and no platform asked for: nothing is shown, so none is needed.
    env = {k: v for k, v in os.environ.items() if k not in {"DISPLAY", "QT_QPA_PLATFORM"}}
    result = run_viewer("--print-to", str(out), env=env)
    assert result.returncode == 0, result.stderr
    text = squeezed(pdf_text(out, default_family()))
    assert text.startswith(squeezed(review.title))
    note = "图片（无图像）："
    assert text.index(squeezed(review.sections[-1].title)) < text.index(note)
    assert squeezed(note + review.photos[0].alt) in text
    assert review.credit is not None
    assert text.rstrip("0123456789").endswith(squeezed(review.credit))  # then a page number


def test_the_words_it_adds_are_in_the_interface_s_language(
    tmp_path: Path, review: Document
) -> None:
    out = tmp_path / "review.pdf"
    result = run_viewer("--print-to", str(out), "--lang", "en")
    assert result.returncode == 0, result.stderr
    text = squeezed(pdf_text(out, default_family()))
    assert squeezed(f"Photo (no image available): {review.photos[0].alt}") in text
    assert "Photos" in text


def test_a_folder_is_refused_and_left_alone(tmp_path: Path) -> None:
    folder = tmp_path / "prints"
    folder.mkdir()
    result = run_viewer("--print-to", str(folder))
    assert result.returncode == 1
    assert result.stderr == (
        f"viewer: {folder}: the PDF could not be saved (it is a folder, not a file)\n"
    )
    assert list(folder.iterdir()) == []
    assert list(tmp_path.iterdir()) == [folder]


def test_an_unknown_section_or_speaking_too_is_refused(tmp_path: Path) -> None:
    out = tmp_path / "x.pdf"
    result = run_viewer("--print-to", str(out), "--section", "nowhere")
    assert result.returncode == 2
    assert "no section has the id 'nowhere'" in result.stderr
    result = run_viewer("--print-to", str(out), "--speak-to", str(tmp_path / "x.wav"))
    assert result.returncode == 2
    assert "--print-to and --speak-to are used one at a time" in result.stderr
    assert list(tmp_path.iterdir()) == []
