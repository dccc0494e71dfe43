"""What the voice says for a block of the document: one answer for the window and for files.

The voice speaks the document's language, not the interface's: a photo is
introduced with "图片：" and the photos part is called "图片" in a Chinese
report, whatever language the menus are in (a Mandarin voice reading an
English word would switch to English in the middle of the text).
"""

from __future__ import annotations

from viewer.reading.blocks import PHOTOS_KEY, Kind
from viewer.reading.reading_map import ReadingMap
from viewer.speech.pronouncing import NO_PRONUNCIATIONS, PronunciationList
from viewer.speech.utterances import BlockText, SpokenWords, spoken_words


def block_speech(reading_map: ReadingMap, index: int, words: SpokenWords) -> BlockText:
    """The text of block ``index`` as the voice reads it, in the words of ``words``."""
    block = reading_map.blocks[index]
    if block.kind is Kind.PHOTO:
        return BlockText(block.text, spoken_prefix=words.photo_prefix, lexicon=words.lexicon)
    if block.kind is Kind.HEADING and reading_map.section_of(index).key == PHOTOS_KEY:
        return BlockText(block.text, spoken=words.photos_title)
    return BlockText(block.text, lexicon=words.lexicon)


def range_speech(
    reading_map: ReadingMap,
    first: int,
    last: int,
    lexicon: PronunciationList = NO_PRONUNCIATIONS,
) -> list[BlockText]:
    """Blocks ``first`` to ``last`` (inclusive) as the voice reads them, with ``lexicon``."""
    words = spoken_words(reading_map.document.language, lexicon)
    return [block_speech(reading_map, index, words) for index in range(first, last + 1)]
