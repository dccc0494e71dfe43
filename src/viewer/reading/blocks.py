"""A document flattened into blocks in reading order: what each block is, and its section."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from itertools import count, repeat
from typing import NamedTuple

from viewer.content import Document, ListBlock, Paragraph, Section

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
    CREDIT = "credit"  # who provided the report, at its very end


class Unit(Enum):
    """The steps a reader can move by, from the largest to the smallest."""

    SECTION = "section"
    HEADING = "heading"
    PARAGRAPH = "paragraph"
    FIGURE = "figure"


#: The kinds of block each unit stops at.
STOPS: dict[Unit, frozenset[Kind]] = {
    Unit.SECTION: frozenset({Kind.HEADING}),
    Unit.HEADING: frozenset({Kind.HEADING}),
    Unit.PARAGRAPH: frozenset({Kind.SUBHEADING, Kind.PARAGRAPH, Kind.LIST_ITEM, Kind.CREDIT}),
    Unit.FIGURE: frozenset({Kind.FIGURE, Kind.PHOTO}),
}


class Block(NamedTuple):
    """One thing to read: a heading, a paragraph, a list item, a figure, a photo or the credit.

    A named tuple: a report of a million lines has a million of them, made in
    half the time of a data class.

    Attributes:
        index: Its place in the document's reading order.
        kind: What it is.
        text: Its text (for a figure, the figure as printed and, on a line of
            its own, what it counts; for a photo, its alternative text).
        section: Index of the section that holds it, in ``ReadingMap.sections``.
        item_id: The id of the statistic or photo, for figures and photos.
        group: For a list item, the number of its list in the document (0 for
            the first list), so that the items of one list are known as one.
    """

    # The field hides tuple.index (the position of a value), which no caller wants.
    index: int  # type: ignore[assignment]
    kind: Kind
    text: str
    section: int
    item_id: str | None = None
    group: int | None = None


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


_new_block = tuple.__new__  # a Block without the checks of its __new__: the fields are known
_ITEM, _PARAGRAPH = Kind.LIST_ITEM, Kind.PARAGRAPH


@dataclass
class Flat:
    """A document flattened: its blocks in reading order and what they are in.

    Attributes:
        blocks: Every block.
        sections: Every section (and the photos part), in reading order.
        pages: The index in ``sections`` of each top-level section.
        by_kind: The indices of the blocks of each kind, in order.
        lists: For each list, in order, its first block and how many items it has.
    """

    blocks: list[Block]
    sections: list[SectionEntry]
    pages: list[int]
    by_kind: dict[Kind, list[int]]
    lists: list[tuple[int, int]]


def flatten(  # noqa: C901 (one walk keeps the reading order in one place)
    document: Document, photos_title: str
) -> Flat:
    """Flatten ``document`` into its blocks, in reading order."""
    blocks: list[Block] = []
    sections: list[SectionEntry] = []
    pages: list[int] = []
    by_kind: dict[Kind, list[int]] = {kind: [] for kind in Kind}
    lists: list[tuple[int, int]] = []

    paragraphs = by_kind[_PARAGRAPH]

    def add(kind: Kind, text: str, section: int, item_id: str | None = None) -> None:
        by_kind[kind].append(len(blocks))
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
            if isinstance(block, Paragraph):  # the most of a report, written out for speed
                paragraphs.append(len(blocks))
                blocks.append(
                    _new_block(Block, (len(blocks), _PARAGRAPH, block.text, number, None, None))
                )
            elif isinstance(block, ListBlock):
                # The items of a long list are the bulk of a large report.
                start, group = len(blocks), len(lists)
                fields = zip(
                    count(start), repeat(_ITEM), block.items, repeat(number), repeat(None),
                    repeat(group),
                )  # fmt: skip
                blocks.extend(map(_new_block, repeat(Block), fields))  # in C, item by item
                by_kind[_ITEM].extend(range(start, len(blocks)))
                lists.append((start, len(blocks) - start))
        for stat in document.statistics_of(section.id):
            add(Kind.FIGURE, f"{stat.printed}\n{stat.label}", number, stat.id)
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
    if document.credit and blocks:
        # The last line of the report: at the end of its last page, in the
        # section that the page ends with.
        last = blocks[-1].section
        add(Kind.CREDIT, document.credit, last)
        _extend_to(sections, last, len(blocks))
    return Flat(blocks, sections, pages, by_kind, lists)


def _extend_to(sections: list[SectionEntry], number: int, end_block: int) -> None:
    """Make section ``number`` and those enclosing it end at ``end_block``."""
    current: int | None = number
    while current is not None:
        sections[current] = _with_end(sections[current], end_block)
        current = sections[current].parent


def _with_end(entry: SectionEntry, end_block: int) -> SectionEntry:
    return SectionEntry(
        entry.key, entry.title, entry.level, entry.page, entry.parent, entry.first_block, end_block
    )
