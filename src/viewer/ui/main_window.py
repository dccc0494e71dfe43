"""The main window: the document's title, its contents, and the reading pane."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QSplitter,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from viewer.content import Document, Section
from viewer.ui.rendering import photos_html, section_html

# The contents key of the photos part: no content id can contain "#".
PHOTOS_KEY = "#photos"

_KEY_ROLE = Qt.ItemDataRole.UserRole


class MainWindow(QMainWindow):
    """Shows one document: a contents tree beside the text of the chosen section."""

    def __init__(self, document: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._document = document
        self._keys: list[str] = [s.id for s in document.all_sections()]
        if document.photos:
            self._keys.append(PHOTOS_KEY)
        self._items: dict[str, QTreeWidgetItem] = {}

        self._header = QLabel()
        self._header.setObjectName("documentHeader")
        self._header.setTextFormat(Qt.TextFormat.PlainText)
        self._header.setWordWrap(True)
        self._header.setText("\n".join(t for t in (document.title, document.subtitle) if t))
        header_font = self._header.font()
        header_font.setPointSizeF(header_font.pointSizeF() * 1.6)
        header_font.setBold(True)
        self._header.setFont(header_font)
        self._header.setAccessibleName(document.title)

        self.contents = QTreeWidget()
        self.contents.setObjectName("contents")
        self.contents.setHeaderHidden(True)
        self.contents.setAccessibleName(self.tr("Contents"))
        self.contents.setAccessibleDescription(
            self.tr("The sections of the document. Press Enter or Tab to read the chosen one.")
        )
        self._fill_contents()

        self.reading_pane = QTextBrowser()
        self.reading_pane.setObjectName("readingPane")
        self.reading_pane.setAccessibleName(self.tr("Text"))
        # Content is untrusted: never follow a link or load a resource from it.
        self.reading_pane.setOpenLinks(False)
        self.reading_pane.setOpenExternalLinks(False)
        self.reading_pane.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextBrowserInteraction
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        pane_font = self.reading_pane.font()
        pane_font.setPointSizeF(pane_font.pointSizeF() * 1.25)
        self.reading_pane.setFont(pane_font)

        splitter = QSplitter()
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.contents)
        splitter.addWidget(self.reading_pane)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 3)

        central = QWidget()
        layout = QVBoxLayout(central)
        layout.addWidget(self._header)
        layout.addWidget(splitter, 1)
        self.setCentralWidget(central)
        self.setTabOrder(self.contents, self.reading_pane)

        self._build_menus()
        self.contents.currentItemChanged.connect(self._on_current_item_changed)
        self.contents.itemActivated.connect(lambda *_: self.reading_pane.setFocus())
        self.show_section(self._keys[0])

    def _fill_contents(self) -> None:
        def add(section: Section, parent: QTreeWidgetItem | None) -> None:
            item = QTreeWidgetItem([section.title])
            item.setData(0, _KEY_ROLE, section.id)
            if parent is None:
                self.contents.addTopLevelItem(item)
            else:
                parent.addChild(item)
            self._items[section.id] = item
            for sub in section.subsections:
                add(sub, item)

        for section in self._document.sections:
            add(section, None)
        if self._document.photos:
            item = QTreeWidgetItem([self.tr("Photos")])
            item.setData(0, _KEY_ROLE, PHOTOS_KEY)
            self.contents.addTopLevelItem(item)
            self._items[PHOTOS_KEY] = item
        self.contents.expandAll()

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)

    @property
    def current_key(self) -> str:
        """The id of the section shown (or the photos part's key)."""
        item = self.contents.currentItem()
        return str(item.data(0, _KEY_ROLE)) if item is not None else self._keys[0]

    def show_section(self, key: str) -> None:
        """Show the section with id ``key`` (or the photos part) and select it."""
        item = self._items[key]
        if self.contents.currentItem() is not item:
            self.contents.setCurrentItem(item)  # calls back into _render
        else:
            self._render(key)

    def _on_current_item_changed(self, current: QTreeWidgetItem | None, _previous: object) -> None:
        if current is not None:
            self._render(str(current.data(0, _KEY_ROLE)))

    def _render(self, key: str) -> None:
        if key == PHOTOS_KEY:
            title = self.tr("Photos")
            html = photos_html(self._document.photos, self._document.credit)
        else:
            section = self._document.section(key)
            title = section.title
            level = self._depth(key)
            html = section_html(section, level, self._document)
        self.reading_pane.setHtml(html)
        self.setWindowTitle(f"{title} — {self._document.title}")
        position = self._keys.index(key) + 1
        self.statusBar().showMessage(
            self.tr("Section {0} of {1}: {2}").format(position, len(self._keys), title)
        )

    def _depth(self, key: str) -> int:
        depth, item = 1, self._items[key].parent()
        while item is not None:
            depth, item = depth + 1, item.parent()
        return depth
