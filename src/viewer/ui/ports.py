"""The small interfaces the parts of the window talk through.

No part imports another part or the window: each is given what it needs as
one of these, and the composition root (``ui.app``) and the window pass the
real objects in. A test can pass its own.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Protocol

from viewer.ui.commands.command import Command, KeyHint


class Announcer(Protocol):
    """Says a status message, to the eye and to screen readers, without moving the focus."""

    def announce(self, message: str) -> None:
        """Say ``message``."""


class Settings(Protocol):
    """The declared settings (``viewer.settings``), read and kept."""

    def get(self, key: str) -> Any:
        """The value of setting ``key``."""

    def set(self, key: str, value: Any) -> None:
        """Keep ``value`` for setting ``key``."""


@dataclass(frozen=True, slots=True)
class TextSpan:
    """Characters ``start`` to ``end`` of the text of block ``block``."""

    block: int
    start: int
    end: int


class PageView(Protocol):
    """The text on the page, as the parts that mark and select in it see it."""

    def mark_reading(self, span: TextSpan | None) -> None:
        """Mark ``span`` as being read aloud (None: no mark anywhere)."""

    def mark_word(self, span: TextSpan | None) -> None:
        """Mark ``span`` as the word being heard (None: no mark anywhere)."""

    def selection(self) -> TextSpan | None:
        """What the reader selected in the block being read, if anything."""

    def select(self, span: TextSpan) -> None:
        """Select ``span`` (a find match), the caret at its end."""

    def focus_quietly(self) -> None:
        """Take the keyboard focus, telling a screen reader of the block without reading it.

        For a caller that says itself what matters there (a match and its sentence).
        """


class CommandOwner(Protocol):
    """A part of the window that has commands of its own."""

    def command_definitions(self) -> Sequence[Command]:
        """Its commands, with their handlers, keys and menus, in menu order."""

    def key_hints(self) -> Sequence[KeyHint]:
        """Keys it answers that are not commands (for the shortcuts overview)."""
