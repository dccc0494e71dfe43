"""The main window: contents, reading pane, find bar and status, all by keyboard."""

from __future__ import annotations

import itertools
from collections.abc import Callable

from PySide6.QtCore import QChildEvent, QSignalBlocker, Qt
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent
from PySide6.QtWidgets import (
    QInputDialog,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QSplitter,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from viewer.content import Document
from viewer.reading.find import Match
from viewer.reading.history import History
from viewer.reading.reading_map import ReadingMap, Unit
from viewer.themes.theme import Theme
from viewer.themes.typography import Typography
from viewer.ui.announcer import Announcer
from viewer.ui.appearance import Appearance
from viewer.ui.commands import build_commands, menu_titles
from viewer.ui.contents_tree import ContentsTree
from viewer.ui.figure_commands import FigureCommands
from viewer.ui.find_bar import FindBar, IndexInIdleTime
from viewer.ui.focus_keeper import FocusKeeper
from viewer.ui.reading_pane import ReadingPane
from viewer.ui.settings_store import SettingsStore
from viewer.ui.shortcuts_dialog import ShortcutsDialog
from viewer.ui.speech_commands import SpeechCommands, SpeechServices
from viewer.ui.text_settings_dialog import TextSettingsDialog


class MainWindow(QMainWindow):
    """Shows one document and moves through it by section, heading, paragraph and figure."""

    def __init__(
        self,
        document: Document,
        settings: SettingsStore,
        speech: SpeechServices,
        appearance: Appearance,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        # It lives as long as the window: its system-change signals end with it.
        appearance.setParent(self)
        self.appearance = appearance
        self.document = document
        self.settings = settings
        self.map = ReadingMap(document, photos_title=self.tr("Photos"))
        self.history = History()
        self.position = 0
        self.unit = Unit(settings.get("reading/unit"))
        self.focus_keeper = FocusKeeper(self, self._focus_current_block)
        self._build_widgets()
        self.speech = SpeechCommands(self, speech)
        self.figures = FigureCommands(self)
        self._central_layout.addWidget(self.speech.player)
        self.speech.player.setVisible(bool(settings.get("view/player_bar")))
        self.commands = build_commands()
        self.actions_by_name: dict[str, QAction] = {}
        self._build_menus()
        self._build_theme_menu()
        self._connect()
        appearance.on_change(self._restyle)
        appearance.changed.connect(self.announce)
        appearance.apply()
        self.go_to(self._resume_position(), focus=False, jump=True)
        self.contents.setFocus()
        for problem in settings.problems:
            self.announce(problem)
        settings.save_failed = self.announce

    def childEvent(self, event: QChildEvent) -> None:
        """Watch each dialog opened over the window, to give the focus back when it closes."""
        super().childEvent(event)
        keeper = getattr(self, "focus_keeper", None)  # None while the window is being built
        if event.polished() and keeper is not None:
            keeper.watch(event.child())

    # Building -----------------------------------------------------------------

    def _build_widgets(self) -> None:
        document = self.document
        # The document's title heads every page and scrolls with it, so that
        # at large text sizes it does not take the room of the text.
        title = "\n".join(t for t in (document.title, document.subtitle) if t)

        self.contents = ContentsTree()
        self.contents.setAccessibleName(self.tr("Contents"))
        self.contents.setAccessibleDescription(
            self.tr("The sections of the document. Press Enter to read the chosen one.")
        )
        self.contents.fill(self.map.sections)

        self.reading_pane = ReadingPane(title)
        self.reading_pane.statistics = {s.id: s for s in document.statistics}
        self.reading_pane.setAccessibleName(self.tr("Text"))
        self.find_index = IndexInIdleTime(self.map.blocks, self)
        self.find_bar = FindBar(self.find_index.index, lambda: self.position)
        self.find_bar.hide()
        self.status_label = QLabel()
        self.status_label.setObjectName("position")
        self.status_label.setTextFormat(Qt.TextFormat.PlainText)
        self.statusBar().addPermanentWidget(self.status_label)
        self.announcer = Announcer(self.statusBar())

        self.splitter = QSplitter()
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.contents)
        self.splitter.addWidget(self.reading_pane)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setSizes([300, 900])
        central = QWidget()
        layout = self._central_layout = QVBoxLayout(central)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.find_bar)
        self.setCentralWidget(central)

    def _connect(self) -> None:
        self.contents.currentItemChanged.connect(self._on_contents_changed)
        self.contents.itemActivated.connect(lambda *_: self._focus_current_block())
        self.reading_pane.step_requested.connect(self._step_block)
        self.reading_pane.block_focused.connect(self._on_block_focused)
        self.find_bar.match_shown.connect(self._show_match)
        self.find_bar.message.connect(self.announce)
        self.find_bar.focus_back.connect(self._focus_current_block)

    def _handlers(self) -> dict[str, Callable[[], object]]:
        def move(unit: Unit, step: int) -> Callable[[], None]:
            return lambda: self.move_by(unit, step)

        def choose(unit: Unit) -> Callable[[], None]:
            return lambda: self.choose_unit(unit)

        return {
            **self.speech.handlers(),
            **self.figures.handlers(),
            "quit": self.close,
            "next-section": move(Unit.SECTION, 1),
            "previous-section": move(Unit.SECTION, -1),
            "next-heading": move(Unit.HEADING, 1),
            "previous-heading": move(Unit.HEADING, -1),
            "next-paragraph": move(Unit.PARAGRAPH, 1),
            "previous-paragraph": move(Unit.PARAGRAPH, -1),
            "next-figure": move(Unit.FIGURE, 1),
            "previous-figure": move(Unit.FIGURE, -1),
            "next-unit": lambda: self.move_by(self.unit, 1),
            "previous-unit": lambda: self.move_by(self.unit, -1),
            "unit-section": choose(Unit.SECTION),
            "unit-heading": choose(Unit.HEADING),
            "unit-paragraph": choose(Unit.PARAGRAPH),
            "unit-figure": choose(Unit.FIGURE),
            "go-first": lambda: self.go_to(0, jump=True),
            "go-last": lambda: self.go_to(len(self.map.blocks) - 1, jump=True),
            "go-back": self.go_back,
            "go-forward": self.go_forward,
            "go-to-section": self.ask_section_number,
            "where-am-i": self.where_am_i,
            "find": self.find_bar.open_bar,
            "find-next": lambda: self.find_bar.step(1),
            "find-previous": lambda: self.find_bar.step(-1),
            "next-pane": lambda: self.cycle_pane(1),
            "previous-pane": lambda: self.cycle_pane(-1),
            "show-shortcuts": self.show_shortcuts,
            "next-theme": self.appearance.next_theme,
            "zoom-in": lambda: self.appearance.zoom(1),
            "zoom-out": lambda: self.appearance.zoom(-1),
            "zoom-reset": lambda: self.appearance.zoom(0),
            "text-settings": self.text_settings,
            "toggle-player-bar": self.toggle_player_bar,
        }

    def _build_menus(self) -> None:
        handlers = self._handlers()
        menus = {key: self.menuBar().addMenu(title) for key, title in menu_titles().items()}
        self._menus = menus
        for menu in menus.values():
            self.focus_keeper.watch(menu)
        unit_group = QActionGroup(self)
        for command in self.commands:
            action = QAction(command.text, self)
            action.setObjectName(command.name)
            action.setShortcuts(list(command.keys))
            # Window-wide, so the keys work from every pane.
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            action.triggered.connect(handlers[command.name])
            if command.unit is not None:
                action.setCheckable(True)
                action.setChecked(command.unit == self.unit.value)
                unit_group.addAction(action)
            elif command.name == "toggle-highlight":
                action.setCheckable(True)
                action.setChecked(self.speech.highlight)
            elif command.name == "toggle-player-bar":
                action.setCheckable(True)
                action.setChecked(bool(self.settings.get("view/player_bar")))
            menus[command.menu].addAction(action)
            if command.name in ("previous-unit", "unit-figure", "go-forward", "where-am-i"):
                menus[command.menu].addSeparator()
            self.actions_by_name[command.name] = action

    def announce(self, message: str) -> None:
        """Say a status message, to the eye and to screen readers, without moving the focus."""
        self.announcer.announce(message)

    def _build_theme_menu(self) -> None:
        view = next(a.menu() for a in self.menuBar().actions() if a.text() == menu_titles()["view"])
        assert isinstance(view, QMenu)
        menu = QMenu(self.tr("&Colours"), view)
        view.insertMenu(view.actions()[0], menu)
        group = QActionGroup(self)
        self.theme_actions: dict[str, QAction] = {}
        choices = [("", self.tr("Follow the &system"))]
        choices += [(name, self.appearance.title(t)) for name, t in self.appearance.themes.items()]
        for name, title in choices:
            action = QAction(title, self)
            action.setCheckable(True)
            action.setChecked(name == self.appearance.chosen)
            action.triggered.connect(lambda _checked=False, name=name: self.appearance.choose(name))
            group.addAction(action)
            menu.addAction(action)
            self.theme_actions[name] = action

    def _restyle(self, theme: Theme, typography: Typography) -> None:
        style = self.reading_pane.block_style
        style.line_height = typography.line_height
        style.reading_text = theme["reading_text"]
        style.reading_background = theme["reading_background"]
        dpi = self.logicalDpiY() or 96
        spacing = round(typography.paragraph_spacing * typography.reading_pt * dpi / 72)
        self.reading_pane.restyle(spacing)
        action = self.theme_actions.get(self.appearance.chosen)
        if action is not None:
            action.setChecked(True)

    def toggle_player_bar(self) -> None:
        """Show or hide the player bar (its keys work either way)."""
        shown = not self.speech.player.isVisible()
        self.speech.player.setVisible(shown)
        self.settings.set("view/player_bar", shown)
        self.actions_by_name["toggle-player-bar"].setChecked(shown)
        self.announce(self.tr("Player bar shown.") if shown else self.tr("Player bar hidden."))

    def text_settings(self) -> None:
        """Choose the font, size and spacing, seeing each change at once."""
        dialog = TextSettingsDialog(self.appearance.typography, self)
        for field in (
            dialog.zoom,
            dialog.line_height,
            dialog.paragraph_spacing,
            dialog.letter_spacing,
        ):
            field.valueChanged.connect(
                lambda *_: self.appearance.set_typography(dialog.typography())
            )
        dialog.family.currentIndexChanged.connect(
            lambda *_: self.appearance.set_typography(dialog.typography())
        )
        if dialog.exec():
            self.announce(self.tr("Text settings changed."))
        else:
            self.appearance.set_typography(dialog.original)

    # Moving -------------------------------------------------------------------

    def go_to(self, index: int, *, focus: bool = True, jump: bool = False) -> None:
        """Make block ``index`` the one being read, showing its page.

        Args:
            index: The block to go to.
            focus: Move the keyboard focus to it (where a screen reader reads).
            jump: Record it in the back/forward history (small steps are not).
        """
        index = max(0, min(index, len(self.map.blocks) - 1))
        if jump:
            self.history.replace(self.position)
            self.history.visit(index)
        else:
            self.history.replace(index)
        self.position = index
        page = self.map.page_of(index)
        if self.reading_pane.page != page:
            # Changing the page deletes the widget that may hold the focus: the
            # focus then goes to the place being read, never to nowhere.
            focused = self.focusWidget()
            focus = focus or (focused is not None and self.reading_pane.isAncestorOf(focused))
            levels = {
                b.index: self.map.sections[b.section].level for b in self.map.page_blocks(page)
            }
            self.reading_pane.show_page(page, self.map.page_blocks(page), levels)
            self._order_tabs()
        self.reading_pane.set_current(index, focus=focus)
        self._sync_contents()
        self._update_status()
        entry = self.map.section_of(index)
        self.settings.set("position/section", entry.key)
        self.settings.set("position/block", index - entry.first_block)

    def _order_tabs(self) -> None:
        # Tab follows the visual order: contents, the text, then the find bar.
        chain = [
            self.contents,
            *self.reading_pane.views(),
            *self.find_bar.tab_chain(),
            *self.speech.player.tab_chain(),
        ]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    def move_by(self, unit: Unit, step: int) -> None:
        """Move to the next (step 1) or previous (step -1) ``unit``."""
        target = (self.map.next if step > 0 else self.map.previous)(self.position, unit)
        if target is None:
            self.announce(
                self.tr("End of the document.") if step > 0 else self.tr("Start of the document.")
            )
            return
        self.go_to(target, jump=unit in (Unit.SECTION, Unit.HEADING))

    def _step_block(self, step: int) -> None:
        target = self.position + step
        if 0 <= target < len(self.map.blocks):
            self.go_to(target)
        else:
            self.move_by(Unit.PARAGRAPH, step)  # says start or end of the document

    def choose_unit(self, unit: Unit) -> None:
        """Choose what Alt+Down and Alt+Up move by."""
        self.unit = unit
        self.actions_by_name[f"unit-{unit.value}"].setChecked(True)
        self.settings.set("reading/unit", unit.value)
        names = {
            Unit.SECTION: self.tr("sections"),
            Unit.HEADING: self.tr("headings"),
            Unit.PARAGRAPH: self.tr("paragraphs"),
            Unit.FIGURE: self.tr("figures"),
        }
        self.announce(self.tr("Moving by {0}.").format(names[unit]))

    def go_back(self) -> None:
        """Return to the place visited before."""
        self.history.replace(self.position)
        place = self.history.back()
        if place is None:
            self.announce(self.tr("No earlier place."))
        else:
            self.go_to(place)

    def go_forward(self) -> None:
        """Go to the place left by going back."""
        place = self.history.forward()
        if place is None:
            self.announce(self.tr("No later place."))
        else:
            self.go_to(place)

    def go_to_section(self, key: str) -> None:
        """Go to the heading of the section with id ``key``."""
        self.go_to(self.map.section_start(key), jump=True)

    def ask_section_number(self) -> None:
        """Ask for a section number and go there."""
        count = len(self.map.sections)
        number, ok = QInputDialog.getInt(
            self,
            self.tr("Go to section"),
            self.tr("Section number (1 to {0}):").format(count),
            self.map.blocks[self.position].section + 1,
            1,
            count,
        )
        if ok:
            self.go_to(self.map.sections[number - 1].first_block, jump=True)
        else:
            self._focus_current_block()

    def where_am_i(self) -> None:
        """Say where the reader is, as a status message."""
        where = self.map.whereabouts(self.position)
        if where.unit is Unit.FIGURE:
            place = self.tr("figure {0} of {1}").format(where.number, where.count)
        elif where.unit is Unit.PARAGRAPH:
            place = self.tr("paragraph {0} of {1}").format(where.number, where.count)
        else:
            place = self.tr("heading")
        message = self.tr("{0}; {1}; section {2} of {3}; {4}% of the document.")
        self.announce(
            message.format(
                " › ".join(where.trail),
                place,
                where.section_number,
                where.section_count,
                where.percent,
            )
        )

    def _focus_current_block(self) -> None:
        self.reading_pane.set_current(self.position, focus=True)

    def _on_contents_changed(self, item: QTreeWidgetItem | None, _previous: object) -> None:
        if item is not None:
            number = self.contents.section_of(item)
            self.go_to(self.map.sections[number].first_block, focus=False, jump=True)

    def _on_block_focused(self, index: int) -> None:
        if index != self.position:
            self.go_to(index, focus=False)

    def _sync_contents(self) -> None:
        item = self.contents.item_for(self.map.blocks[self.position].section)
        if self.contents.currentItem() is not item:
            with QSignalBlocker(self.contents):
                self.contents.setCurrentItem(item)

    def _update_status(self) -> None:
        entry = self.map.section_of(self.position)
        where = self.map.whereabouts(self.position)
        self.status_label.setText(
            self.tr("Section {0} of {1}: {2} · {3}%").format(
                where.section_number, where.section_count, entry.title, where.percent
            )
        )
        self.setWindowTitle(f"{entry.title} — {self.document.title}")

    def _resume_position(self) -> int:
        key = self.settings.get("position/section")
        try:
            entry = self.map.sections[self.map.section_index(key)]
        except KeyError:
            return 0
        offset = int(self.settings.get("position/block"))
        return min(entry.first_block + offset, entry.end_block - 1)

    def _show_match(self, match: Match, focus: bool) -> None:
        self.go_to(match.block, focus=focus, jump=True)
        view = self.reading_pane.view(match.block)
        if view is not None:
            view.select_range(match.start, match.end)

    # Panes and help -------------------------------------------------------------

    def panes(self) -> list[QWidget]:
        """The panes F6 cycles through, in visual order."""
        current = self.reading_pane.current_view()
        panes: list[QWidget] = [self.contents]
        if current is not None:
            panes.append(current)
        if self.find_bar.isVisible():
            panes.append(self.find_bar.field)
        player = self.speech.player
        panes.append(next((b for b in player.buttons() if b.isEnabled()), player.rate))
        return panes

    def cycle_pane(self, step: int) -> None:
        """Move the focus to the next (1) or previous (-1) pane."""
        panes = self.panes()
        focused = self.focusWidget()
        here = next((i for i, p in enumerate(panes) if p is focused or p.isAncestorOf(focused)), -1)
        panes[(here + step) % len(panes)].setFocus(Qt.FocusReason.OtherFocusReason)

    def shortcut_rows(self) -> list[tuple[str, str]]:
        """Keys that are not commands of their own, for the shortcuts overview."""
        return [
            (self.tr("Next or previous block of text (in the text)"), self.tr("Down, Up")),
            (self.tr("Move between the contents, text and find bar"), self.tr("Tab, Shift+Tab")),
            (self.tr("Read the chosen section (in the contents)"), self.tr("Enter")),
            (self.tr("Go to the current match (in the find bar)"), self.tr("Enter")),
            (self.tr("Close the find bar or a dialog"), self.tr("Escape")),
        ]

    def show_shortcuts(self) -> None:
        """Show every key in a table."""
        dialog = ShortcutsDialog(self.commands, self.shortcut_rows(), self)
        dialog.exec()

    def closeEvent(self, event: QCloseEvent) -> None:
        """Keep the window's size and the place being read."""
        self.settings.set("window/geometry", bytes(self.saveGeometry().data()))
        self.settings.set("window/splitter", bytes(self.splitter.saveState().data()))
        problem = self.settings.save()
        self.settings.save_failed = None  # the window is going
        self.speech.shutdown()
        if problem is not None:
            QMessageBox.warning(self, self.tr("Settings not saved"), problem)
        super().closeEvent(event)
