"""An accessible reader for reports: keyboard, screen reader, contrast and speech."""

__version__ = "0.1.0"
