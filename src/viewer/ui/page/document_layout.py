"""The whole document laid out, a screenful at a time, however long it is.

The document is a column of items: each block is one, but for a section's
figure cards, which together make one item of rows. Only the items near what
is shown are laid out (and kept, a few thousand at most); the others count
with an estimate of their height until they are. Heights are kept in a
Fenwick tree, so the top of any item, and the item at any height, are found
in a few steps even in a document of a million items.
"""

from __future__ import annotations

from array import array
from collections import OrderedDict

from viewer.content import Statistic
from viewer.reading.blocks import Kind
from viewer.reading.reading_map import ReadingMap
from viewer.ui.page.item_layout import ItemLayout, estimate_height, lay_out_cards, lay_out_text
from viewer.ui.page.page_style import PageStyle

#: Items laid out and kept at most (a few screens' worth, many times over).
_KEPT = 4000


class _Heights:
    """A Fenwick tree of item heights: sums of the first n items, and the item at a height."""

    def __init__(self, heights: list[int]) -> None:
        self._size = len(heights)
        tree = array("q", [0]) * (self._size + 1)
        for index, height in enumerate(heights, start=1):
            tree[index] += height
            parent = index + (index & -index)
            if parent <= self._size:
                tree[parent] += tree[index]
        self._tree = tree
        self._values = array("q", heights)
        self._top_bit = 1 << max(0, self._size.bit_length() - 1) if self._size else 0

    def value(self, index: int) -> int:
        return self._values[index]

    def set(self, index: int, height: int) -> None:
        delta = height - self._values[index]
        self._values[index] = height
        position = index + 1
        while position <= self._size:
            self._tree[position] += delta
            position += position & -position

    def before(self, index: int) -> int:
        """The sum of the heights of items 0 to ``index`` - 1."""
        total, position = 0, index
        while position > 0:
            total += self._tree[position]
            position -= position & -position
        return total

    @property
    def total(self) -> int:
        return self.before(self._size)

    def at(self, y: int) -> int:
        """The item that covers height ``y`` (the last one below the end)."""
        position, bit, left = 0, self._top_bit, y
        while bit:
            step = position + bit
            if step <= self._size and self._tree[step] <= left:
                position = step
                left -= self._tree[step]
            bit >>= 1
        return min(position, self._size - 1)


class DocumentLayout:
    """The document's items, their heights at a width, and the layouts of those shown."""

    def __init__(
        self, reading_map: ReadingMap, statistics: dict[str, Statistic], title: str
    ) -> None:
        self._map = reading_map
        self._statistics = statistics
        self._title = title
        self._first = array("i")  # the first block of each item
        self._count = array("i")  # how many blocks it holds (cards: several)
        self._length = array("i")  # how many characters (for the estimate of its height)
        self.item_of = array("i", [0]) * len(reading_map.blocks)
        for block in reading_map.blocks:
            is_card = block.kind is Kind.FIGURE and (block.item_id or "") in statistics
            previous = self._first[-1] if self._first else -1
            joins = (
                is_card
                and previous >= 0
                and reading_map.blocks[previous].kind is Kind.FIGURE
                and reading_map.blocks[previous].section == block.section
                and previous + self._count[-1] == block.index
            )
            if joins:
                self._count[-1] += 1
                self._length[-1] += len(block.text)
            else:
                self._first.append(block.index)
                self._count.append(1)
                self._length.append(len(block.text))
            self.item_of[block.index] = len(self._first) - 1
        self.style = PageStyle()
        self.width = 600.0
        self._layouts: OrderedDict[int, ItemLayout] = OrderedDict()
        self._heights = _Heights(self._estimates())

    def __len__(self) -> int:
        return len(self._first)

    def blocks_of(self, item: int) -> range:
        """The blocks of item ``item``."""
        return range(self._first[item], self._first[item] + self._count[item])

    # Size -------------------------------------------------------------------------------

    def reset(self, style: PageStyle, width: float) -> None:
        """Lay out anew, for a new style or width: every item is estimated again."""
        self.style = style
        self.width = max(120.0, width)
        self._layouts.clear()
        self._heights = _Heights(self._estimates())

    def _estimates(self) -> list[int]:
        per_character, fixed = estimate_height(self.style, self.width)
        return [round(fixed + per_character * length) for length in self._length]

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
        if self._count[item] > 1 or (
            first.kind is Kind.FIGURE and (first.item_id or "") in self._statistics
        ):
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
