"""The File menu's Print and Print section: the system's print dialog, then the text as print.

Two commands rather than a question: Print (Ctrl+P, as everywhere) prints the
whole document, its title first; Print section (Ctrl+Shift+P) the section being
read, its parts included. Either way the text is black on white at the
reader's text size (``printed_text``), whatever the theme on screen.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtGui import QGuiApplication, QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QWidget

from viewer.reading.navigator import Navigator
from viewer.themes.typography import Typography
from viewer.ui.commands.command import Command, KeyHint, Menu, keys
from viewer.ui.ports import Announcer
from viewer.ui.printing.printed_text import printed_document


class PrintCommands(QObject):
    """Prints the document, or the section being read, on the printer the reader chooses."""

    def __init__(
        self,
        navigator: Navigator,
        announcer: Announcer,
        typography: Callable[[], Typography],
        dialog_parent: QWidget,
    ) -> None:
        """Keep what the commands need.

        Args:
            navigator: The document and the place being read (whose section is printed).
            announcer: Says whether it printed.
            typography: The text size and spacing in effect.
            dialog_parent: The window, over which the print dialog opens.
        """
        super().__init__(dialog_parent)
        self._navigator = navigator
        self._announcer = announcer
        self._typography = typography
        self._parent = dialog_parent

    def command_definitions(self) -> list[Command]:
        """Print and Print section (File)."""
        return [
            Command("print", Menu.FILE, self.tr("&Print…"), lambda: self.print_text(whole=True),
                    keys("Ctrl+P")),
            Command("print-section", Menu.FILE, self.tr("Print &section…"),
                    lambda: self.print_text(whole=False), keys("Ctrl+Shift+P"),
                    separator_after=True),
        ]  # fmt: skip

    def key_hints(self) -> list[KeyHint]:
        """None: the print dialog is Qt's own."""
        return []

    def printed(self, *, whole: bool) -> QTextDocument:
        """What is printed: the whole document, its title first, or the section being read."""
        reading_map = self._navigator.map
        typography = self._typography()
        # The family the page is set in: the one chosen, or the interface's (a Chinese one).
        family = typography.family or QGuiApplication.font().family()
        if whole:
            document = reading_map.document
            title = [t for t in (document.title, document.subtitle) if t]
            blocks = range(len(reading_map.blocks))
            return printed_document(reading_map, blocks, typography, family, title=title)
        entry = reading_map.section_of(self._navigator.position)
        blocks = range(entry.first_block, entry.end_block)
        return printed_document(reading_map, blocks, typography, family)

    def print_text(self, *, whole: bool) -> None:
        """Ask for the printer and its options, then print; say how it went."""
        reading_map = self._navigator.map
        name = (
            reading_map.document.title
            if whole
            else reading_map.section_of(self._navigator.position).title
        )
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(name)
        dialog = QPrintDialog(printer, self._parent)
        dialog.setWindowTitle(
            self.tr("Print the document") if whole else self.tr("Print the section")
        )
        accepted = bool(dialog.exec())
        dialog.deleteLater()
        if not accepted:
            self._announcer.announce(self.tr("Printing cancelled."))
            return
        self.printed(whole=whole).print_(printer)
        if printer.printerState() is QPrinter.PrinterState.Error:
            self._announcer.announce(self.tr("{0} could not be printed.").format(name))
        else:
            self._announcer.announce(self.tr("Printed: {0}.").format(name))
