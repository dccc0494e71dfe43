"""What the voice says for each block: one answer for the window and for saved audio."""

from __future__ import annotations

from viewer.content import Document
from viewer.reading.blocks import Kind
from viewer.reading.reading_map import ReadingMap
from viewer.speech.block_speech import block_speech, range_speech
from viewer.speech.utterances import BlockText, spoken_words


def test_photos_are_introduced_and_their_part_named_in_the_documents_language(
    review: Document,
) -> None:
    reading_map = ReadingMap(review, photos_title="Photos")  # the interface is in English
    words = spoken_words(review.language)
    photos = reading_map.sections[-1]
    heading = block_speech(reading_map, photos.first_block, words)
    assert (heading.text, heading.spoken) == ("Photos", "图片")
    photo = block_speech(reading_map, photos.first_block + 1, words)
    assert photo == BlockText(review.photos[0].alt, spoken_prefix="图片：")


def test_the_whole_document_ends_with_its_credit_line(review: Document) -> None:
    reading_map = ReadingMap(review, photos_title="图片")
    blocks = range_speech(reading_map, 0, len(reading_map.blocks) - 1)
    assert len(blocks) == len(reading_map.blocks)
    assert blocks[-1] == BlockText("本版文图均由内蒙古自治区残联提供")
    kinds = [b.kind for b in reading_map.blocks]
    assert kinds[-1] is Kind.CREDIT
    # Every other block is read as it is shown.
    plain = [i for i, b in enumerate(reading_map.blocks) if b.kind is not Kind.PHOTO]
    assert all(blocks[i].text == reading_map.blocks[i].text for i in plain)
