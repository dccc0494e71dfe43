"""The find index, built a slice at a time in idle time so that it never delays the window."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QObject, QTimer

from viewer.reading.blocks import Block
from viewer.reading.find import TextIndex, index_in_steps


class IndexInIdleTime(QObject):
    """Builds the find index a slice at a time while the window waits for keys.

    Begun a moment after the window opens, so that it never delays the first
    page; a search before it is done finishes it at once.
    """

    # How long after the start to begin building (ms).
    START_DELAY_MS = 300

    def __init__(self, blocks: Sequence[Block], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._steps = index_in_steps(blocks)
        self._index: TextIndex | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._step)
        QTimer.singleShot(self.START_DELAY_MS, self._timer.start)

    def _step(self) -> None:
        try:
            next(self._steps)
        except StopIteration as done:
            self._index = done.value
            self._timer.stop()

    @property
    def ready(self) -> bool:
        """Whether the index is built."""
        return self._index is not None

    def index(self) -> TextIndex:
        """The index, finished now if it is not yet."""
        while self._index is None:
            self._step()
        return self._index
