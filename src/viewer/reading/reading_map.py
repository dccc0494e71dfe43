"""The document in reading order: lookup by index, section and item, and navigation by unit."""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import chain

from viewer.content import Document
from viewer.content.collector import collector_paused
from viewer.reading.blocks import STOPS, Block, SectionEntry, Unit, flatten


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
        list_position: For a list item, its 1-based place in its list (else 0).
        list_size: For a list item, how many items its list has (else 0).
    """

    section_number: int
    section_count: int
    trail: tuple[str, ...]
    unit: Unit
    number: int
    count: int
    percent: int
    list_position: int = 0
    list_size: int = 0


class ReadingMap:
    """A document in reading order, with navigation by unit."""

    def __init__(self, document: Document, photos_title: str) -> None:
        """Flatten ``document``; ``photos_title`` names the photos part (translated)."""
        self.document = document
        # A block per line of the report, all kept: see collector_paused.
        with collector_paused():
            flat = flatten(document, photos_title)
            self._pages = flat.pages
            self.blocks: tuple[Block, ...] = tuple(flat.blocks)
            self.sections: tuple[SectionEntry, ...] = tuple(flat.sections)
            self._section_by_key = {entry.key: i for i, entry in enumerate(flat.sections)}
            self._stops: dict[Unit, list[int]] = {
                unit: sorted(chain.from_iterable(flat.by_kind[kind] for kind in kinds))
                for unit, kinds in STOPS.items()
            }
            # Where each list starts and how many items it has, by its number.
            self._lists = flat.lists
        # The stops of a section's own text (not its parts'), made when first asked.
        self._own_stops: dict[tuple[int, Unit], list[int]] = {}

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

    def stops(self, unit: Unit) -> Sequence[int]:
        """The blocks ``unit`` stops at, in order."""
        return self._stops[unit]

    def count(self, unit: Unit) -> int:
        """Return how many blocks ``unit`` stops at."""
        return len(self._stops[unit])

    # Where am I ---------------------------------------------------------------

    def percent(self, index: int) -> int:
        """How far through the document block ``index`` is, in percent."""
        last = len(self.blocks) - 1
        return round(100 * index / last) if last else 100

    def list_place(self, index: int) -> tuple[int, int] | None:
        """For a list item, its 1-based place in its list and the list's size."""
        group = self.blocks[index].group
        if group is None:
            return None
        first, count = self._lists[group]
        return index - first + 1, count

    def list_items(self, group: int) -> range:
        """The blocks of list ``group`` (0 for the document's first list)."""
        first, count = self._lists[group]
        return range(first, first + count)

    def list_bounds(self, index: int) -> range | None:
        """For a list item, the blocks of its whole list."""
        group = self.blocks[index].group
        if group is None:
            return None
        first, count = self._lists[group]
        return range(first, first + count)

    def _stops_of(self, section: int, unit: Unit) -> list[int]:
        key = (section, unit)
        own = self._own_stops.get(key)
        if own is None:
            entry = self.sections[section]
            stops = self._stops[unit]
            inside = stops[
                bisect.bisect_left(stops, entry.first_block) : bisect.bisect_left(
                    stops, entry.end_block
                )
            ]
            own = self._own_stops[key] = [i for i in inside if self.blocks[i].section == section]
        return own

    def whereabouts(self, index: int) -> Whereabouts:
        """Describe where block ``index`` is."""
        block = self.blocks[index]
        trail: list[str] = []
        current: int | None = block.section
        while current is not None:
            trail.insert(0, self.sections[current].title)
            current = self.sections[current].parent
        unit = next(
            (u for u in (Unit.PARAGRAPH, Unit.FIGURE) if block.kind in STOPS[u]), Unit.HEADING
        )
        own = [] if unit is Unit.HEADING else self._stops_of(block.section, unit)
        in_list = self.list_place(index) or (0, 0)
        return Whereabouts(
            section_number=block.section + 1,
            section_count=len(self.sections),
            trail=tuple(trail),
            unit=unit,
            number=bisect.bisect_right(own, index),
            count=len(own),
            percent=self.percent(index),
            list_position=in_list[0],
            list_size=in_list[1],
        )
