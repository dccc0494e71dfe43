"""Colours and text: the themes and typography applied to the application, and their commands."""
