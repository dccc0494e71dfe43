"""The transcription in content/ holds the source's text, all of it, once, in order."""

from __future__ import annotations

import re

from viewer.content import Document

CREDIT_LINE = "（本版文图均由内蒙古自治区残联提供）"
SENTENCE_END = re.compile(r"(?<=[。；！？])")


def source_lines(source_text: str) -> list[str]:
    """The source's lines with the export's damage undone, one caption once."""
    lines = []
    for raw in source_text.splitlines():
        line = raw.strip()
        if not line:
            continue
        if line.endswith("。。"):
            # A caption the export doubled: "XX。。" where X is the caption.
            body = line[:-2]
            half = len(body) // 2
            assert body[:half] == body[half:], f"not a doubled caption: {line}"
            line = body[:half] + "。"
        lines.append(line.removeprefix("——"))
    return lines


def squeeze(text: str) -> str:
    """Drop whitespace: the columns broke lines and padded numbers with spaces."""
    return re.sub(r"\s+", "", text)


def source_stream(source_text: str) -> str:
    return squeeze("".join(line for line in source_lines(source_text) if line != CREDIT_LINE))


def content_stream(document: Document) -> str:
    """Everything the content says, in reading order (navigation labels excepted)."""
    parts = [document.title, document.subtitle or ""]
    for section in document.all_sections():
        parts.extend(section.text_blocks())
    parts.extend(photo.caption for photo in document.photos)
    return squeeze("".join(parts))


def sentences(stream: str) -> list[str]:
    return [s for s in SENTENCE_END.split(stream) if s]


def test_the_source_has_the_damage_the_transcription_undoes(source_text: str) -> None:
    text = source_text
    assert text.count("。。") == 4
    assert CREDIT_LINE in text
    assert len(text.splitlines()) > 200  # the columns' hard line breaks


def test_every_sentence_of_the_source_is_in_the_content_once(
    review: Document, source_text: str
) -> None:
    content = content_stream(review)
    source = sentences(source_stream(source_text))
    assert len(source) > 50  # a sanity bound on the split itself
    missing = [s for s in source if s not in content]
    doubled = [s for s in source if content.count(s) > 1]
    assert missing == []
    assert doubled == []


def test_content_is_the_source_in_order_with_nothing_added(
    review: Document, source_text: str
) -> None:
    assert content_stream(review) == source_stream(source_text)


def test_no_sentence_of_the_content_is_doubled(review: Document) -> None:
    all_sentences = sentences(content_stream(review))
    assert len(all_sentences) == len(set(all_sentences))
    assert "。。" not in content_stream(review)


def test_metadata(review: Document) -> None:
    assert review.title == "大爱北疆 温暖前行"
    assert review.subtitle == "2018年—2023年内蒙古自治区残疾人事业发展回顾"
    assert review.period is not None
    assert (review.period.start, review.period.end) == (2018, 2023)
    assert f"（{review.credit}）" == CREDIT_LINE
    assert review.language == "zh-CN"
