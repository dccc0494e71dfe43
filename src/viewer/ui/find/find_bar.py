"""The find bar: a search field, the match count, and keys to move between matches."""

from __future__ import annotations

from collections.abc import Callable, Sequence

import shiboken6
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLabel, QPushButton, QWidget

from viewer.reading.find import Match, TextIndex
from viewer.ui.common.flow_layout import FlowLayout
from viewer.ui.common.search_field import SearchField


class FindBar(QWidget):
    """Find in the whole document.

    Typing searches at once, from the place being read; F3 and Shift+F3 (or the
    buttons) move between matches; Enter goes to the current match; Escape
    closes the bar and gives the focus back to where it was.
    """

    # A match to show; the flag says whether the focus should move to it.
    match_shown = Signal(Match, bool)
    # A short message for the status bar (the match count).
    message = Signal(str)
    # Closed, and the widget that had the focus before is gone: the window places it.
    focus_back = Signal()

    def __init__(
        self,
        make_index: Callable[[], TextIndex],
        position: Callable[[], int],
        parent: QWidget | None = None,
    ) -> None:
        """Build the bar.

        Args:
            make_index: Returns the text index, at the first search.
            position: Returns the block being read, where a search starts.
            parent: The parent widget.
        """
        super().__init__(parent)
        self.setObjectName("findBar")
        self._make_index = make_index
        self._position = position
        self._index: TextIndex | None = None
        self._matches: Sequence[Match] = ()
        self._current = -1
        self._focus_before: QWidget | None = None

        self.label = QLabel(self.tr("Fin&d:"))
        self.field = SearchField()
        self.field.setObjectName("findField")
        self.field.setAccessibleName(self.tr("Find"))
        self.field.setClearButtonEnabled(True)
        self.field.setMinimumWidth(280)
        self.label.setBuddy(self.field)
        self.count = QLabel()
        self.count.setObjectName("findCount")
        self.count.setTextFormat(Qt.TextFormat.PlainText)
        self.previous_button = QPushButton(self.tr("Previ&ous"))
        self.previous_button.setAccessibleDescription(self.tr("Shift+F3"))
        self.next_button = QPushButton(self.tr("&Next"))
        self.next_button.setAccessibleDescription(self.tr("F3"))
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.setAccessibleDescription(self.tr("Escape"))

        layout = FlowLayout(self)
        layout.setContentsMargins(6, 2, 6, 2)
        for widget in (self.label, self.field, self.count):
            layout.addWidget(widget)
        for button in (self.previous_button, self.next_button, self.close_button):
            layout.addWidget(button)

        self.field.textChanged.connect(self._search)
        self.field.returnPressed.connect(self.go_to_match)
        self.previous_button.clicked.connect(lambda: self.step(-1))
        self.next_button.clicked.connect(lambda: self.step(1))
        self.close_button.clicked.connect(self.close_bar)

    def tab_chain(self) -> list[QWidget]:
        """The bar's focusable widgets, in Tab order."""
        return [self.field, self.previous_button, self.next_button, self.close_button]

    def open_bar(self) -> None:
        """Show the bar (or return to it) with its text selected."""
        focused = self.window().focusWidget()
        if focused is not None and not self.isAncestorOf(focused):
            self._focus_before = focused
        self.show()
        self.field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.field.selectAll()

    def close_bar(self) -> None:
        """Hide the bar and give the focus back to where it was before."""
        self.hide()
        target, self._focus_before = self._focus_before, None
        # The page it was on may have been replaced since (a match on another page).
        if target is not None and shiboken6.isValid(target) and target.isVisible():
            target.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self.focus_back.emit()

    def step(self, step: int) -> None:
        """Show the next (1) or previous (-1) match; open the bar if there is no search."""
        if not self._matches:
            if self.isVisible() and self.field.text().strip():
                self._report()
            else:
                self.open_bar()
            return
        self._current = (self._current + step) % len(self._matches)
        # From the field the focus stays there; from the text it follows the match.
        self.match_shown.emit(self._matches[self._current], not self.field.hasFocus())
        self._report()

    def current_match(self) -> Match | None:
        """The match shown, if any."""
        return self._matches[self._current] if 0 <= self._current < len(self._matches) else None

    def go_to_match(self) -> None:
        """Move the focus to the current match."""
        if self._current >= 0:
            self.match_shown.emit(self._matches[self._current], True)

    def _search(self, query: str) -> None:
        if self._index is None:
            self._index = self._make_index()
        matches = self._index.find_all(query)
        self._matches = matches
        here = self._position()
        self._current = matches.first_from(here)
        if self._current >= 0:
            self.match_shown.emit(self._matches[self._current], False)
        self._report()

    def _report(self) -> None:
        total = len(self._matches)
        if not self.field.text().strip():
            text = ""
        elif total == 0:
            text = self.tr("No matches")
        else:
            text = self.tr("Match {0} of {1}").format(self._current + 1, total)
        # Said once, as a message; a description of the field would be said again.
        self.count.setText(text)
        if text:
            self.message.emit(text)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Escape closes the bar."""
        if event.key() == Qt.Key.Key_Escape:
            self.close_bar()
            event.accept()
            return
        super().keyPressEvent(event)
