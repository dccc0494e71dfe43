"""When each word of a sentence is heard, in the characters of the page.

The engine reports when each piece of what it was given starts (a syllable of
pinyin, or a word); ``WordTiming`` says the same of the text on the page: the
pieces that read one unit of it (a character, a Latin word, a whole figure such
as 97.59%) become one timing, from the first piece's start to the next unit's.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from viewer.speech.audio import WordMark


@dataclass(frozen=True, slots=True)
class WordTiming:
    """A unit of the page's text and when it is heard.

    Attributes:
        start: Where it starts in its block's text.
        end: Where it ends.
        begin_ms: When it starts in the sentence's audio.
        end_ms: When the next one starts (the audio's end for the last).
    """

    start: int
    end: int
    begin_ms: int
    end_ms: int


def word_timings(
    marks: Sequence[WordMark],
    duration_ms: int,
    source: Callable[[int, int], tuple[int, int]],
) -> tuple[WordTiming, ...]:
    """The timings of the page's units, from the engine's ``marks``.

    Args:
        marks: When each piece of the engine's input starts, in order of time.
        duration_ms: The length of the audio.
        source: Maps a span of the engine's input to a span of the block's text.

    Returns:
        One timing per unit, in order, none empty, none overlapping in time.
    """
    units: list[list[int]] = []  # start, end, begin_ms
    for mark in marks:
        start, end = source(mark.start, mark.end)
        if end <= start:
            continue  # words the page does not show ("图片：")
        if units and start < units[-1][1]:
            units[-1][1] = max(units[-1][1], end)  # more of the same unit (九十七 of 97.59%)
            continue
        units.append([start, end, max(mark.audio_ms, units[-1][2] if units else 0)])
    timings = []
    for index, (start, end, begin) in enumerate(units):
        following = units[index + 1][2] if index + 1 < len(units) else duration_ms
        timings.append(WordTiming(start, end, begin, max(begin, following)))
    return tuple(timings)


def heard_at(timings: Sequence[WordTiming], position_ms: int) -> WordTiming | None:
    """The unit being heard ``position_ms`` into the audio, if any."""
    index = bisect.bisect_right([t.begin_ms for t in timings], position_ms) - 1
    if index < 0:
        return None
    return timings[index]


def widened(timing: WordTiming, words: Sequence[tuple[int, int]]) -> tuple[int, int]:
    """The whole word (of ``words``, spans of the block's text) that ``timing`` is in."""
    for start, end in words:
        if start <= timing.start < end:
            return min(start, timing.start), max(end, timing.end)
    return timing.start, timing.end
