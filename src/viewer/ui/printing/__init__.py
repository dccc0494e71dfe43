"""Printing: the document or a section set as print, the File menu's Print, and --print-to."""
