"""The commands about figures: the overview and charts, and saving them as CSV."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog

from viewer.figures import FiguresExportError, write_figures_csv
from viewer.ui.figures_dialog import FiguresDialog

if TYPE_CHECKING:
    from viewer.ui.main_window import MainWindow


class FigureCommands(QObject):
    """Opens the figures overview, goes to the figure chosen there, and exports the figures."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.dialog: FiguresDialog | None = None

    def handlers(self) -> dict[str, Callable[[], object]]:
        """The figure commands, by name."""
        return {"show-figures": self.show_figures, "export-figures": self.export_figures}

    def show_figures(self) -> None:
        """Open the overview of every figure, with the charts."""
        window = self.window
        dialog = FiguresDialog(window.document, window.appearance.theme, window)
        chosen: list[str] = []
        dialog.figure_chosen.connect(chosen.append)
        dialog.export_requested.connect(self.export_figures)
        self.dialog = dialog
        dialog.exec()
        self.dialog = None
        dialog.deleteLater()
        if chosen:  # once the dialog is gone, so that the focus stays on the figure
            self.go_to_figure(chosen[-1])

    def go_to_figure(self, item_id: str) -> None:
        """Go to the figure or photo ``item_id`` in the text, with the focus on it."""
        window = self.window
        try:
            index = window.map.block_of_item(item_id)
        except KeyError:
            return
        window.go_to(index, jump=True)

    def export_figures(self) -> None:
        """Ask where, then save every figure as CSV, and say how it went."""
        window = self.window
        name, _ = QFileDialog.getSaveFileName(
            self.dialog or window,
            self.tr("Export figures as CSV"),
            str(Path.home() / "figures.csv"),
            self.tr("CSV files (*.csv)"),
        )
        if not name:
            window.announce(self.tr("Export cancelled."))
            return
        self.export_to(Path(name))

    def export_to(self, path: Path) -> None:
        """Save every figure as CSV at ``path``, and say how it went."""
        try:
            write_figures_csv(self.window.document, path)
        except FiguresExportError as error:
            message = self.tr("The figures could not be saved: {0}").format(error)
            if path.is_file():
                message += " " + self.tr("The file already there is kept as it was.")
            self.window.announce(message)
            return
        self.window.announce(
            self.tr("Saved {0} figures to {1}.").format(len(self.window.document.statistics), path)
        )
