"""The report's statistics as data to compare and to export. Knows nothing of Qt."""

from viewer.figures.charts import ChartGroup, chart_groups, extremes
from viewer.figures.csv_export import (
    COLUMNS,
    FiguresExportError,
    figure_rows,
    read_figures_csv,
    write_figures_csv,
)

__all__ = [
    "COLUMNS",
    "ChartGroup",
    "FiguresExportError",
    "chart_groups",
    "extremes",
    "figure_rows",
    "read_figures_csv",
    "write_figures_csv",
]
