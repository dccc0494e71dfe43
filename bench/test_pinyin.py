"""What the pinyin front end costs: loading its dictionaries, and turning the whole review.

The front end (pypinyin's phrases, jieba's tagger) is loaded off the GUI thread
when the voice is first used; its cost is what a reader waits once. Turning the
review into pinyin is done sentence by sentence as reading goes on; the whole
of it is the upper bound of what it adds to a listening file.
"""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from bench.conftest import Figure, Figures
from pytest_benchmark.fixture import BenchmarkFixture

from viewer.content import load_document
from viewer.paths import bundled
from viewer.reading.reading_map import ReadingMap
from viewer.speech.pinyin import prepare
from viewer.speech.utterances import pinyin_of

_LOAD = (
    "import time, json; t = time.perf_counter();"
    "from viewer.speech import pinyin; pinyin.prepare();"
    "print(json.dumps(time.perf_counter() - t))"
)


@pytest.mark.benchmark(group="pinyin front end")
def test_loading_the_front_end(benchmark: BenchmarkFixture, figures: Figures) -> None:
    def load() -> float:
        out = subprocess.run([sys.executable, "-c", _LOAD], check=True, capture_output=True)
        return float(json.loads(out.stdout))

    seconds = benchmark.pedantic(load, rounds=5, iterations=1)
    assert seconds > 0
    stats = benchmark.stats
    assert stats is not None
    figures.record(
        Figure(
            "pinyin front end: loading (pypinyin, jieba's tagger), in a new process",
            float(stats.stats.median) * 1000,
            "ms",
            note="paid once, off the GUI thread, when the voice is first used",
        )
    )


@pytest.mark.benchmark(group="pinyin front end")
def test_the_whole_review_in_pinyin(benchmark: BenchmarkFixture, figures: Figures) -> None:
    prepare()
    blocks = ReadingMap(load_document(bundled("content")), photos_title="图片").blocks
    text = "\n".join(block.text for block in blocks)
    syllables = benchmark(lambda: len(pinyin_of(text).split()))
    assert syllables > 2_000
    stats = benchmark.stats
    assert stats is not None
    figures.record(
        Figure(
            "pinyin front end: the whole review (normalised, then pinyin)",
            float(stats.stats.median) * 1000,
            "ms",
            target=300,
            note=f"{syllables} syllables",
        )
    )
