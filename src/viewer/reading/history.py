"""Back and forward through the places visited, as in a web browser."""

from __future__ import annotations


class History:
    """Places visited (block indices), with a cursor for back and forward."""

    def __init__(self, limit: int = 200) -> None:
        self._places: list[int] = []
        self._cursor = -1
        self._limit = limit

    def visit(self, place: int) -> None:
        """Record a jump to ``place``: forward places are dropped, as in a browser."""
        if self._cursor >= 0 and self._places[self._cursor] == place:
            return
        del self._places[self._cursor + 1 :]
        self._places.append(place)
        if len(self._places) > self._limit:
            del self._places[0]
        self._cursor = len(self._places) - 1

    def replace(self, place: int) -> None:
        """Update the current place after small moves that are not jumps."""
        if self._cursor >= 0:
            self._places[self._cursor] = place
        else:
            self.visit(place)

    def back(self) -> int | None:
        """Step back; return the place to go to, or None at the oldest place."""
        if self._cursor <= 0:
            return None
        self._cursor -= 1
        return self._places[self._cursor]

    def forward(self) -> int | None:
        """Step forward; return the place to go to, or None at the newest place."""
        if self._cursor >= len(self._places) - 1:
            return None
        self._cursor += 1
        return self._places[self._cursor]

    @property
    def can_go_back(self) -> bool:
        """Whether there is a place to go back to."""
        return self._cursor > 0

    @property
    def can_go_forward(self) -> bool:
        """Whether there is a place to go forward to."""
        return self._cursor < len(self._places) - 1
