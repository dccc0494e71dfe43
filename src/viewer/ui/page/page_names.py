"""What a screen reader calls each block, and what it adds to say what kind of block it is.

A block's name is its text, which a screen reader says when the block gets
the focus. A figure's name is its number as it is said (百分之九十七点五九)
and what it counts, so that a screen reader's voice cannot misread the
number; its text stays as printed (97.59%), to be read character by
character and in braille. Roles say the rest (heading, list item); the
description says only what no role can: that a block is a figure, or a
photo with no image.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from viewer.content import Statistic
from viewer.reading.blocks import Kind
from viewer.reading.reading_map import ReadingMap
from viewer.speech.normalize import normalize_for_speech


def name_of(reading_map: ReadingMap, statistics: dict[str, Statistic], index: int) -> str:
    """The accessible name of block ``index``."""
    block = reading_map.blocks[index]
    statistic = statistics.get(block.item_id or "") if block.kind is Kind.FIGURE else None
    if statistic is not None:
        return f"{normalize_for_speech(statistic.printed)} {statistic.label}"
    return block.text


def description_of(reading_map: ReadingMap, index: int) -> str:
    """What kind of block ``index`` is, where no role says it (its accessible description)."""
    kind = reading_map.blocks[index].kind
    if kind is Kind.FIGURE:
        return QCoreApplication.translate("Accessibility", "Figure")
    if kind is Kind.PHOTO:
        return QCoreApplication.translate("Accessibility", "Photo without an image")
    return ""
