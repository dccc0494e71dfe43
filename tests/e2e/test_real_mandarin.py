"""Mandarin as the real voice says it: espeak-ng's phonemes, its word events, a listening file.

Each sentence of the review is given to ``espeak-ng -x`` as the viewer gives it
(tone-numbered pinyin) and must come out as Mandarin (no switch to English,
``(en)``); the real worker's word events must come one for each character, in
order, inside the audio, also for a sentence of ten thousand characters; and
``viewer --speak-to --marks`` must write timings that lead back to the text.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
import wave
from collections.abc import Iterator
from pathlib import Path

import pytest

from viewer.content import load_document
from viewer.paths import bundled
from viewer.reading.reading_map import ReadingMap
from viewer.settings import setting
from viewer.speech.engine import VoiceSettings
from viewer.speech.pyttsx3_engine import Pyttsx3Engine
from viewer.speech.timings import word_timings
from viewer.speech.utterances import utterances_of

ESPEAK = shutil.which("espeak-ng") or "espeak-ng"
HANZI = re.compile("[\u4e00-\u9fff]")
REVIEW = ReadingMap(load_document(bundled("content")), photos_title="图片")


@pytest.fixture(scope="module")
def engine() -> Iterator[tuple[Pyttsx3Engine, str]]:
    real = Pyttsx3Engine()
    voices = real.start().result(timeout=60)
    (voice,) = [v for v in voices if v.id.lower().endswith("cmn-latn-pinyin")]
    yield real, voice.id
    real.close(wait=True)


def test_every_sentence_of_the_review_is_said_in_mandarin() -> None:
    said = [
        u.voice_input(pinyin=True).text
        for index, block in enumerate(REVIEW.blocks)
        for u in utterances_of(index, block.text)
    ]
    phonemes = subprocess.run(
        [ESPEAK, "-q", "-x", "-v", "cmn-latn-pinyin", "\n".join(said)],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert "(en)" not in phonemes
    assert len(said) > 90


def test_the_words_of_each_sentence_are_heard_in_order_one_per_character(
    engine: tuple[Pyttsx3Engine, str],
) -> None:
    real, voice = engine
    checked = 0
    for index, block in enumerate(REVIEW.blocks[:40]):
        for utterance in utterances_of(index, block.text):
            said = utterance.voice_input(pinyin=True)
            clip = real.synthesize(said.text, VoiceSettings(voice)).result(timeout=60)
            timings = word_timings(clip.marks, clip.duration_ms, said.source)
            shown = block.text[utterance.start : utterance.end]
            if not re.search("[0-9A-Za-z]", shown):  # no figure: one unit per character
                assert len(timings) == len(HANZI.findall(shown)), shown
            begins = [t.begin_ms for t in timings]
            assert begins == sorted(begins), shown
            assert len(set(begins)) == len(begins), shown
            assert all(t.end_ms <= clip.duration_ms for t in timings)
            assert all(
                HANZI.search(block.text, t.start, t.end) or t.end - t.start > 1 for t in timings
            )
            checked += 1
    assert checked > 20


def test_a_sentence_of_ten_thousand_characters_is_said_whole(
    engine: tuple[Pyttsx3Engine, str],
    source_text: str,
) -> None:
    hanzi = "".join(HANZI.findall(source_text))
    sentence = (hanzi * (10_000 // len(hanzi) + 1))[:10_000]
    real, voice = engine
    fastest = VoiceSettings(voice, setting("speech/rate").maximum or 175)
    found = utterances_of(0, sentence)
    inputs = [u.voice_input(pinyin=True) for u in found]
    clips = [f.result(timeout=120) for f in [real.synthesize(i.text, fastest) for i in inputs]]
    heard = sum(
        len(word_timings(c.marks, c.duration_ms, i.source))
        for c, i in zip(clips, inputs, strict=True)
    )
    assert heard == 10_000  # every character is heard: none dropped, none twice


def test_a_listening_file_comes_with_its_timings(tmp_path: Path) -> None:
    audio, marks = tmp_path / "rehabilitation.wav", tmp_path / "rehabilitation.json"
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "viewer",
            "--speak-to",
            str(audio),
            "--marks",
            str(marks),
            "--section",
            "rehabilitation",
        ],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    with wave.open(str(audio)) as wav:
        length_ms = wav.getnframes() * 1000 // wav.getframerate()
    data = json.loads(marks.read_text("utf-8"))
    assert data["audio"] == audio.name
    sentences = data["sentences"]
    assert sentences
    last = -1
    words = []
    for sentence in sentences:
        text = REVIEW.blocks[sentence["block"]].text
        assert text[sentence["start"] : sentence["end"]] == sentence["text"]
        assert sentence["section"] == "rehabilitation"
        assert last <= sentence["begin_ms"] < sentence["end_ms"] <= length_ms
        for word in sentence["words"]:
            assert text[word["start"] : word["end"]] == word["text"]
            assert sentence["start"] <= word["start"] < word["end"] <= sentence["end"]
            assert sentence["begin_ms"] <= word["begin_ms"] <= word["end_ms"] <= sentence["end_ms"]
            assert word["begin_ms"] >= last
            last = word["begin_ms"]
            words.append(word["text"])
        last = max(last, sentence["begin_ms"])
    assert "97.59%" in words  # a figure is one word, said 百分之九十七点五九
    # The heading, character by character, every character once.
    first = sentences[0]
    assert "".join(w["text"] for w in first["words"]) == re.sub(r"\W", "", first["text"])
