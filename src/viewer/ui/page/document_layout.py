"""The whole document laid out, a screenful at a time, however long it is.

The document is a column of items: each block is one, but for a section's
figure cards, which together make one item of rows. Only the items near what
is shown are laid out (and kept, a few thousand at most); the others count
with an estimate of their height until they are. Heights are kept in a
chunks of summed heights, so the top of any item, and the item at any height,
are found in a few steps even in a document of a million items.
"""

from __future__ import annotations

from array import array
from bisect import bisect_right
from collections import OrderedDict
from itertools import accumulate, compress
from operator import attrgetter, not_

from viewer.content import Statistic
from viewer.reading.blocks import Unit
from viewer.reading.reading_map import ReadingMap
from viewer.ui.page.item_layout import ItemLayout, estimate_height, lay_out_cards, lay_out_text
from viewer.ui.page.page_style import PageStyle

#: Items laid out and kept at most (a few screens' worth, many times over).
_KEPT = 4000


class _Heights:
    """Item heights, summed by chunks: the top of any item, and the item at any height.

    A million items make two thousand chunks; a height that changes changes
    its chunk's sum, and the running sums of the chunks are made again (in C)
    when next asked for.
    """

    CHUNK = 512

    def __init__(self, heights: array[int]) -> None:
        self._values = heights
        chunk = self.CHUNK
        self._chunks = array(
            "q", (sum(heights[i : i + chunk]) for i in range(0, len(heights), chunk))
        )
        self._starts: list[int] | None = None

    def value(self, index: int) -> int:
        return self._values[index]

    def set(self, index: int, height: int) -> None:
        self._chunks[index // self.CHUNK] += height - self._values[index]
        self._values[index] = height
        self._starts = None

    def _chunk_starts(self) -> list[int]:
        if self._starts is None:
            self._starts = [0, *accumulate(self._chunks)]
        return self._starts

    def before(self, index: int) -> int:
        """The sum of the heights of items 0 to ``index`` - 1."""
        chunk = index // self.CHUNK
        start = chunk * self.CHUNK
        return self._chunk_starts()[chunk] + sum(self._values[start:index])

    @property
    def total(self) -> int:
        return self._chunk_starts()[-1]

    def at(self, y: int) -> int:
        """The item that covers height ``y`` (the last one below the end)."""
        starts = self._chunk_starts()
        chunk = max(0, min(bisect_right(starts, y) - 1, len(self._chunks) - 1))
        index, left = chunk * self.CHUNK, y - starts[chunk]
        end = min(len(self._values), index + self.CHUNK)
        while index < end - 1 and left >= self._values[index]:
            left -= self._values[index]
            index += 1
        return index


class DocumentLayout:
    """The document's items, their heights at a width, and the layouts of those shown."""

    def __init__(
        self, reading_map: ReadingMap, statistics: dict[str, Statistic], title: str
    ) -> None:
        self._map = reading_map
        self._statistics = statistics
        self._title = title
        blocks = reading_map.blocks
        count = len(blocks)
        # A section's figure cards make one item of rows; any other block is an item.
        cards = {
            i for i in reading_map.stops(Unit.FIGURE) if (blocks[i].item_id or "") in statistics
        }
        joins = {i for i in cards if i - 1 in cards and blocks[i - 1].section == blocks[i].section}
        lengths = array("i", map(len, map(attrgetter("text"), blocks)))
        if joins:
            # In C, over flags: a report of a million blocks has no time for a loop.
            joined = bytearray(count)
            for index in joins:
                joined[index] = 1
            starts = list(map(not_, joined))
            self._first = array("i", compress(range(count), starts))
            self.item_of = array("i", accumulate(starts, initial=-1))[1:]
            self._length = array("i", compress(lengths, starts))
            for index in sorted(joins):
                self._length[self.item_of[index]] += lengths[index]
        else:
            self._first = array("i", range(count))
            self.item_of = self._first
            self._length = lengths
        self._cards = cards
        self.style = PageStyle()
        self.width = 600.0
        self._layouts: OrderedDict[int, ItemLayout] = OrderedDict()
        self._longest = max(self._length, default=0)
        self._heights = _Heights(self._estimates())

    def __len__(self) -> int:
        return len(self._first)

    def blocks_of(self, item: int) -> range:
        """The blocks of item ``item``."""
        end = self._first[item + 1] if item + 1 < len(self._first) else len(self._map.blocks)
        return range(self._first[item], end)

    # Size -------------------------------------------------------------------------------

    def reset(self, style: PageStyle, width: float) -> None:
        """Lay out anew, for a new style or width: every item is estimated again."""
        self.style = style
        self.width = max(120.0, width)
        self._layouts.clear()
        self._heights = _Heights(self._estimates())

    def _estimates(self) -> array[int]:
        per_character, fixed = estimate_height(self.style, self.width)
        # A table of the estimate by length, looked up in C: no Python per item.
        table = [round(fixed + per_character * n) for n in range(self._longest + 1)]
        return array("q", map(table.__getitem__, self._length))

    @property
    def height(self) -> int:
        """The height of the whole document, as far as it is known."""
        return self._heights.total + self.style.margin

    def top(self, item: int) -> int:
        """Where item ``item`` starts, from the top of the document."""
        return self.style.margin + self._heights.before(item)

    def item_at(self, y: int) -> int:
        """The item at height ``y`` of the document."""
        return self._heights.at(max(0, y - self.style.margin))

    # Layouts ----------------------------------------------------------------------------

    def layout(self, item: int) -> tuple[ItemLayout, int]:
        """Item ``item`` laid out, and by how much its height changed from the estimate."""
        laid = self._layouts.get(item)
        if laid is not None:
            self._layouts.move_to_end(item)
            return laid, 0
        laid = self._lay_out(item)
        self._layouts[item] = laid
        if len(self._layouts) > _KEPT:
            self._layouts.popitem(last=False)  # its height is kept, not its lines
        height = round(laid.height)
        delta = height - self._heights.value(item)
        if delta:
            self._heights.set(item, height)
        return laid, delta

    def _lay_out(self, item: int) -> ItemLayout:
        blocks = self._map.blocks
        first = blocks[self._first[item]]
        if first.index in self._cards:
            cards = [
                (blocks[i], self._statistics[blocks[i].item_id or ""].printed)
                for i in self.blocks_of(item)
            ]
            return lay_out_cards(cards, self.style, self.width)
        level = self._map.sections[first.section].level
        title = self._title if item == 0 else ""
        following = blocks[first.index + 1] if first.index + 1 < len(blocks) else None
        close = first.group is not None and following is not None and following.group == first.group
        return lay_out_text(first, level, self.style, self.width, title, close=close)
