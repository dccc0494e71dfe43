"""The figures: the overview, the charts, and their commands."""
