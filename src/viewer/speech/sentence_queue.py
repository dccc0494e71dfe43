"""The sentences of a range of blocks, built block by block as reading goes on."""

from __future__ import annotations

from collections.abc import Callable

from viewer.speech.utterances import BlockText, Utterance, utterances_of


class SentenceQueue:
    """The sentences to read, from a character of one block to a character of another.

    Only what reading has reached is split into sentences, so a whole document
    starts as fast as a paragraph.
    """

    def __init__(
        self,
        block_text: Callable[[int], BlockText],
        blocks: range = range(0),
        *,
        start: int = 0,
        end: int | None = None,
    ) -> None:
        """Queue the first block of ``blocks`` that has something to say.

        Args:
            block_text: The text of block n.
            blocks: The blocks to read, in order (empty: nothing).
            start: The character of the first block to start from.
            end: The character of the last block to stop at.
        """
        self._block_text = block_text
        self.sentences: list[Utterance] = []
        self._next_block = blocks.start
        self._last_block = blocks.stop - 1
        self._end = end
        self.extend(first_start=start)

    def __len__(self) -> int:
        return len(self.sentences)

    def __getitem__(self, index: int) -> Utterance:
        return self.sentences[index]

    def extend(self, first_start: int = 0) -> bool:
        """Add the sentences of the next block(s); False at the end."""
        while self._next_block <= self._last_block:
            block = self._next_block
            self._next_block += 1
            text = self._block_text(block)
            start = first_start if not self.sentences and first_start else 0
            end = self._end if block == self._last_block else None
            found = utterances_of(
                block,
                text.text,
                spoken_prefix=text.spoken_prefix,
                spoken=text.spoken,
                start=start,
                end=end,
                lexicon=text.lexicon,
            )
            if found:
                self.sentences.extend(found)
                return True
        return False

    def reach(self, index: int) -> bool:
        """Extend until sentence ``index`` is queued; False if the range ends before."""
        while index >= len(self.sentences):
            if not self.extend():
                return False
        return True

    def paragraph_start(self, current: int, step: int) -> int | None:
        """The first sentence of the next (1) or previous (-1) block from ``current``, if any."""
        block = self.sentences[current].block
        if step > 0:
            index = current + 1
            while self.reach(index):
                if self.sentences[index].block != block:
                    return index
                index += 1
            return None
        starts = [
            i
            for i, u in enumerate(self.sentences)
            if i == 0 or u.block != self.sentences[i - 1].block
        ]
        earlier = [i for i in starts if i < current and self.sentences[i].block != block]
        return earlier[-1] if earlier else None
