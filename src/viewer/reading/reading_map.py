"""A document flattened into blocks in reading order, and navigation by unit."""

from __future__ import annotations

import bisect
from dataclasses import dataclass
from enum import Enum
from itertools import chain

from viewer.content import Document, ListBlock, Paragraph, Section
from viewer.content.collector import collector_paused

#: The key of the photos part: no content id can contain "#".
PHOTOS_KEY = "#photos"


class Kind(Enum):
    """What a block is, which decides how it is shown and announced."""

    HEADING = "heading"
    SUBHEADING = "subheading"
    PARAGRAPH = "paragraph"
    LIST_ITEM = "list item"
    FIGURE = "figure"
    PHOTO = "photo"


class Unit(Enum):
    """The steps a reader can move by, from the largest to the smallest."""

    SECTION = "section"
    HEADING = "heading"
    PARAGRAPH = "paragraph"
    FIGURE = "figure"


#: The kinds of block each unit stops at.
_STOPS: dict[Unit, frozenset[Kind]] = {
    Unit.SECTION: frozenset({Kind.HEADING}),
    Unit.HEADING: frozenset({Kind.HEADING}),
    Unit.PARAGRAPH: frozenset({Kind.SUBHEADING, Kind.PARAGRAPH, Kind.LIST_ITEM}),
    Unit.FIGURE: frozenset({Kind.FIGURE, Kind.PHOTO}),
}


@dataclass(frozen=True, slots=True)
class Block:
    """One thing to read: a heading, a paragraph, a list item, a figure or a photo.

    Attributes:
        index: Its place in the document's reading order.
        kind: What it is.
        text: Its text (for a figure, the figure and its label; for a photo, its
            alternative text).
        section: Index of the section that holds it, in ``ReadingMap.sections``.
        item_id: The id of the statistic or photo, for figures and photos.
    """

    index: int
    kind: Kind
    text: str
    section: int
    item_id: str | None = None


@dataclass(frozen=True, slots=True)
class SectionEntry:
    """A section (or the photos part) as the reader moves through it.

    Attributes:
        key: The section's id, or PHOTOS_KEY.
        title: Its heading or label.
        level: 1 for a top-level section, 2 for its parts, and so on.
        page: Index of the top-level section that shows it.
        parent: Index of the enclosing section, or None at the top.
        first_block: Index of its heading block.
        end_block: Index after its last block, subsections included.
    """

    key: str
    title: str
    level: int
    page: int
    parent: int | None
    first_block: int
    end_block: int


@dataclass(frozen=True, slots=True)
class Whereabouts:
    """Where a block is, for the status bar and the "where am I" key.

    Attributes:
        section_number: 1-based number of its section, of ``section_count``.
        section_count: How many sections (and the photos part) there are.
        trail: The titles of its section and those enclosing it, outermost first.
        unit: HEADING, PARAGRAPH or FIGURE: what kind of place it is.
        number: For a paragraph or figure, its 1-based number among the
            paragraphs or figures of its section (0 for a heading).
        count: How many paragraphs or figures the section has (0 for a heading).
        percent: How far through the document it is.
    """

    section_number: int
    section_count: int
    trail: tuple[str, ...]
    unit: Unit
    number: int
    count: int
    percent: int


class ReadingMap:
    """A document in reading order, with navigation by unit."""

    def __init__(self, document: Document, photos_title: str) -> None:
        """Flatten ``document``; ``photos_title`` names the photos part (translated)."""
        self.document = document
        # A block per line of the report, all kept: see collector_paused.
        with collector_paused():
            blocks, sections, self._pages = _flatten(document, photos_title)
            self.blocks: tuple[Block, ...] = tuple(blocks)
            self.sections: tuple[SectionEntry, ...] = tuple(sections)
            self._section_by_key = {entry.key: i for i, entry in enumerate(sections)}
            # Blocks sorted by kind once, rather than each kind tested once per
            # unit (hashing an Enum member runs Python code).
            by_kind: dict[Kind, list[int]] = {kind: [] for kind in Kind}
            for block in blocks:
                by_kind[block.kind].append(block.index)
            self._stops: dict[Unit, list[int]] = {
                unit: sorted(chain.from_iterable(by_kind[kind] for kind in kinds))
                for unit, kinds in _STOPS.items()
            }

    # Lookup -----------------------------------------------------------------

    @property
    def page_count(self) -> int:
        """How many pages (top-level sections, and the photos part) there are."""
        return len(self._pages)

    def page_section(self, page: int) -> SectionEntry:
        """Return the top-level section shown as ``page``."""
        return self.sections[self._pages[page]]

    def page_blocks(self, page: int) -> tuple[Block, ...]:
        """Return the blocks shown on ``page``, in order."""
        entry = self.page_section(page)
        return self.blocks[entry.first_block : entry.end_block]

    def section_index(self, key: str) -> int:
        """Return the index of the section with id ``key``.

        Raises:
            KeyError: No section has that id.
        """
        return self._section_by_key[key]

    def section_start(self, key: str) -> int:
        """Return the index of the heading block of the section ``key``."""
        return self.sections[self.section_index(key)].first_block

    def section_of(self, index: int) -> SectionEntry:
        """Return the section that holds block ``index``."""
        return self.sections[self.blocks[index].section]

    def page_of(self, index: int) -> int:
        """Return the page that shows block ``index``."""
        return self.section_of(index).page

    def block_of_item(self, item_id: str) -> int:
        """Return the index of the figure or photo block of ``item_id``.

        Raises:
            KeyError: No figure or photo has that id.
        """
        for block in self.blocks:
            if block.item_id == item_id:
                return block.index
        raise KeyError(item_id)

    # Navigation ---------------------------------------------------------------

    def next(self, index: int, unit: Unit) -> int | None:
        """Return the next block after ``index`` that ``unit`` stops at, if any."""
        if unit is Unit.SECTION:
            entry = self.section_of(index)
            stops = self._stops[Unit.SECTION]
            # The next section that is not inside the current one.
            i = bisect.bisect_left(stops, entry.end_block)
            return stops[i] if i < len(stops) else None
        stops = self._stops[unit]
        i = bisect.bisect_right(stops, index)
        return stops[i] if i < len(stops) else None

    def previous(self, index: int, unit: Unit) -> int | None:
        """Return the block before ``index`` that ``unit`` stops at, if any."""
        if unit is Unit.SECTION:
            entry = self.section_of(index)
            if index != entry.first_block:
                return entry.first_block  # first back to the start of this section
            # The previous section at the same level or above.
            for candidate in reversed(self.sections[: self.blocks[index].section]):
                if candidate.level <= entry.level:
                    return candidate.first_block
            return None
        stops = self._stops[unit]
        i = bisect.bisect_left(stops, index)
        return stops[i - 1] if i > 0 else None

    def first(self, unit: Unit) -> int | None:
        """Return the first block that ``unit`` stops at, if any."""
        stops = self._stops[unit]
        return stops[0] if stops else None

    def last(self, unit: Unit) -> int | None:
        """Return the last block that ``unit`` stops at, if any."""
        stops = self._stops[unit]
        return stops[-1] if stops else None

    def count(self, unit: Unit) -> int:
        """Return how many blocks ``unit`` stops at."""
        return len(self._stops[unit])

    # Where am I ---------------------------------------------------------------

    def whereabouts(self, index: int) -> Whereabouts:
        """Describe where block ``index`` is."""
        block = self.blocks[index]
        entry = self.sections[block.section]
        trail: list[str] = []
        current: int | None = block.section
        while current is not None:
            trail.insert(0, self.sections[current].title)
            current = self.sections[current].parent
        unit = next(
            (u for u in (Unit.PARAGRAPH, Unit.FIGURE) if block.kind in _STOPS[u]), Unit.HEADING
        )
        own = (
            []
            if unit is Unit.HEADING
            else [
                b.index
                for b in self.blocks[entry.first_block : entry.end_block]
                if b.section == block.section and b.kind in _STOPS[unit]
            ]
        )
        last = len(self.blocks) - 1
        return Whereabouts(
            section_number=block.section + 1,
            section_count=len(self.sections),
            trail=tuple(trail),
            unit=unit,
            number=bisect.bisect_right(own, index),
            count=len(own),
            percent=round(100 * index / last) if last else 100,
        )


def _flatten(  # noqa: C901 (one walk keeps the reading order in one place)
    document: Document, photos_title: str
) -> tuple[list[Block], list[SectionEntry], list[int]]:
    """Return the blocks, the sections and the section index of each page."""
    blocks: list[Block] = []
    sections: list[SectionEntry] = []
    pages: list[int] = []

    def add(kind: Kind, text: str, section: int, item_id: str | None = None) -> None:
        blocks.append(Block(len(blocks), kind, text, section, item_id))

    def add_section(section: Section, level: int, page: int, parent: int | None) -> None:
        number = len(sections)
        if parent is None:
            pages.append(number)
        sections.append(
            SectionEntry(section.id, section.title, level, page, parent, len(blocks), 0)
        )
        add(Kind.HEADING, section.title, number)
        if section.subheading:
            add(Kind.SUBHEADING, section.subheading, number)
        for block in section.blocks:
            if isinstance(block, Paragraph):
                add(Kind.PARAGRAPH, block.text, number)
            elif isinstance(block, ListBlock):
                for item in block.items:
                    add(Kind.LIST_ITEM, item, number)
        for stat in document.statistics_of(section.id):
            add(Kind.FIGURE, f"{stat.printed} — {stat.label}", number, stat.id)
        for sub in section.subsections:
            add_section(sub, level + 1, page, number)
        sections[number] = _with_end(sections[number], len(blocks))

    for page, section in enumerate(document.sections):
        add_section(section, 1, page, None)
    if document.photos:
        number = len(sections)
        pages.append(number)
        first = len(blocks)
        add(Kind.HEADING, photos_title, number)
        for photo in document.photos:
            add(Kind.PHOTO, photo.alt, number, photo.id)
        page = len(document.sections)
        sections.append(SectionEntry(PHOTOS_KEY, photos_title, 1, page, None, first, len(blocks)))
    return blocks, sections, pages


def _with_end(entry: SectionEntry, end_block: int) -> SectionEntry:
    return SectionEntry(
        entry.key, entry.title, entry.level, entry.page, entry.parent, entry.first_block, end_block
    )
