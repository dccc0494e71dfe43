"""The document in reading order, and moving through it: no Qt.

The reading map flattens a Document into blocks (headings, paragraphs, list items,
figures and photos) so that navigation by unit, "where am I", find and resume
are plain functions of an index, testable without a window.
"""
