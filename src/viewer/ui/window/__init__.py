"""The window frame: its layout, messages and position, panes, focus, and its own commands."""
