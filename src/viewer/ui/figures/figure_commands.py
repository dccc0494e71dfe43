"""The commands about figures: the overview and charts, and saving the figures as CSV."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog, QWidget

from viewer.content import Document
from viewer.figures import FiguresExportError, write_figures_csv
from viewer.reading.navigator import Navigator
from viewer.themes.theme import Theme
from viewer.ui.commands.command import Command, KeyHint, Menu, keys
from viewer.ui.common.messages import not_saved
from viewer.ui.figures.figures_dialog import FiguresDialog
from viewer.ui.ports import Announcer


class FigureCommands(QObject):
    """Opens the figures overview, goes to the figure chosen there, and exports the figures."""

    def __init__(
        self,
        document: Document,
        navigator: Navigator,
        announcer: Announcer,
        theme: Callable[[], Theme],
        dialog_parent: QWidget,
    ) -> None:
        """Keep what the commands need.

        Args:
            document: The report, whose figures these are.
            navigator: Goes to the figure chosen.
            announcer: Says how an export went.
            theme: The theme in effect, for the charts' colours.
            dialog_parent: The window, over which the dialogs open.
        """
        super().__init__(dialog_parent)
        self._document = document
        self._navigator = navigator
        self._announcer = announcer
        self._theme = theme
        self._parent = dialog_parent
        self.dialog: FiguresDialog | None = None

    def command_definitions(self) -> list[Command]:
        """Show every figure (Go menu) and export them (File menu)."""
        return [
            Command(
                "show-figures",
                Menu.GO,
                self.tr("All figures and &charts…"),
                self.show_figures,
                keys("Ctrl+Shift+G"),
            ),
            Command(
                "export-figures", Menu.FILE, self.tr("Export figures as &CSV…"), self.export_figures
            ),
        ]

    def key_hints(self) -> list[KeyHint]:
        """None: the dialog says its own keys."""
        return []

    def show_figures(self) -> None:
        """Open the overview of every figure, with the charts."""
        dialog = FiguresDialog(self._document, self._theme(), self._parent)
        chosen: list[str] = []
        dialog.figure_chosen.connect(chosen.append)
        dialog.export_requested.connect(self.export_figures)
        dialog.chart.edge_reached.connect(self._announcer.announce)
        self.dialog = dialog
        dialog.exec()
        self.dialog = None
        dialog.deleteLater()
        if chosen:  # once the dialog is gone, so that the focus stays on the figure
            self._navigator.go_to_item(chosen[-1])

    def export_figures(self) -> None:
        """Ask where, then save every figure as CSV, and say how it went."""
        name, _ = QFileDialog.getSaveFileName(
            self.dialog or self._parent,
            self.tr("Export figures as CSV"),
            str(Path.home() / "figures.csv"),
            self.tr("CSV files (*.csv)"),
        )
        if not name:
            self._announcer.announce(self.tr("Export cancelled."))
            return
        self.export_to(Path(name))

    def export_to(self, path: Path) -> None:
        """Save every figure as CSV at ``path``, and say how it went."""
        try:
            write_figures_csv(self._document, path)
        except FiguresExportError as error:
            message = self.tr("The figures could not be saved: {0}").format(error)
            self._announcer.announce(not_saved(message, path))
            return
        self._announcer.announce(
            self.tr("Saved {0} figures to {1}.").format(len(self._document.statistics), path)
        )
