"""When each word is heard: the marks of a clip, from espeak-ng, the fake engine and none.

The real engine's tests need espeak-ng, and are skipped without it.
"""

from __future__ import annotations

import itertools
import shutil
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.doubles import FakeEngine
from viewer.settings import setting
from viewer.speech import speech_worker
from viewer.speech.audio import AudioClip, WordMark, read_wav, silence, write_wav
from viewer.speech.engine import VoiceSettings
from viewer.speech.pyttsx3_engine import Pyttsx3Engine

needs_espeak = pytest.mark.skipif(
    shutil.which("espeak-ng") is None, reason="espeak-ng is not installed"
)

PINYIN = "yin2 hang2 hang2 zhang3"
#: Long enough that the pause at its end does not decide its length.
LONG_PINYIN = (
    "can2 ji2 ren2 yu3 quan2 qu1 ren2 min2 yi1 dao4, "
    "gong4 xiang3 quan2 mian4 jian4 cheng2 xiao3 kang1 she4 hui4 de5 feng1 shuo4 cheng2 guo3."
)
#: From espeak-ng's own speeds, through the change to libsonic at 450, to the fastest.
RATES = (175, 350, 449, 450, 700, setting("speech/rate").maximum or 0)


# The clip's marks ------------------------------------------------------------------------


def test_marks_are_kept_inside_the_text_and_the_clip_in_order_of_time() -> None:
    clip = AudioClip(bytes(16000), 8000)  # one second
    marked = clip.with_marks(
        [
            WordMark(4, 6, 500),
            WordMark(0, 2, 0),
            WordMark(6, 9, 1004),  # past the end of the clip, and of the text
            WordMark(2, 2, 300),  # no characters
            WordMark(9, 10, 800),  # outside the text
            WordMark(2, 4, -3),
        ],
        text_length=8,
    )
    assert marked.marks == (
        WordMark(0, 2, 0),
        WordMark(2, 4, 0),
        WordMark(4, 6, 500),
        WordMark(6, 8, 1000),
    )
    assert (marked.pcm, marked.sample_rate, marked.channels) == (clip.pcm, 8000, 1)
    assert clip.marks == ()


def test_silence_and_files_have_no_marks(tmp_path: Path) -> None:
    assert silence(300, 8000).marks == ()
    marked = AudioClip(bytes(1600), 8000).with_marks([WordMark(0, 1, 10)], 1)
    path = tmp_path / "speech.wav"
    assert write_wav(path, [marked, silence(100, 8000), marked]) == 300
    assert read_wav(path) == AudioClip(bytes(4800), 8000)


def test_the_fake_engine_marks_every_character_but_spaces() -> None:
    fake = FakeEngine(ms_per_char=10)
    text = "一二 ab"
    clip = fake.synthesize(text, VoiceSettings()).result()
    assert clip.marks == (
        WordMark(0, 1, 0),
        WordMark(1, 2, 10),
        WordMark(3, 4, 30),
        WordMark(4, 5, 40),
    )
    assert clip.duration_ms == 50


# Other drivers than espeak-ng's: no times ------------------------------------------------

_OTHER_DRIVER = """
import sys, wave
from viewer.speech import speech_worker

class Voice:
    id, name, languages = "other/cmn", "Other", ["cmn"]

class Engine:
    def getProperty(self, name): return [Voice()]
    def setProperty(self, name, value): pass
    def save_to_file(self, text, path): self.path = path
    def runAndWait(self):
        with wave.open(self.path, "wb") as wav:
            wav.setnchannels(1); wav.setsampwidth(2); wav.setframerate(8000)
            wav.writeframes(bytes(1600))

speech_worker.create_engine = Engine
sys.exit(speech_worker.main(sys.argv[1:]))
"""


def test_another_driver_gives_clips_without_marks() -> None:
    assert speech_worker.word_times(object()) is None
    other = Pyttsx3Engine([sys.executable, "-c", _OTHER_DRIVER])
    try:
        other.start().result(timeout=30)
        clip = other.synthesize("你好", VoiceSettings("other/cmn")).result(timeout=30)
    finally:
        other.close(wait=True)
    assert clip.duration_ms == 100
    assert clip.marks == ()


# espeak-ng's word times, through the real worker ----------------------------------------


@pytest.fixture(scope="module")
def engine() -> Iterator[Pyttsx3Engine]:
    real = Pyttsx3Engine()
    real.start().result(timeout=30)
    yield real
    real.close(wait=True)


@pytest.fixture(scope="module")
def pinyin_voice(engine: Pyttsx3Engine) -> str:
    voices = engine.start().result()
    (voice,) = [v for v in voices if v.id.lower().rsplit("/", 1)[-1] == "cmn-latn-pinyin"]
    return voice.id


def _spoken(engine: Pyttsx3Engine, text: str, voice: str, rate: int = 175) -> AudioClip:
    return engine.synthesize(text, VoiceSettings(voice, rate)).result(timeout=30)


def _check_times(clip: AudioClip) -> None:
    times = [m.audio_ms for m in clip.marks]
    assert times[0] >= 0
    assert all(a < b for a, b in itertools.pairwise(times)), times
    assert times[-1] < clip.duration_ms


@needs_espeak
@pytest.mark.parametrize("rate", RATES)
def test_each_pinyin_syllable_is_marked_at_its_time(
    engine: Pyttsx3Engine, pinyin_voice: str, rate: int
) -> None:
    clip = _spoken(engine, PINYIN, pinyin_voice, rate)
    assert [PINYIN[m.start : m.end] for m in clip.marks] == PINYIN.split()
    _check_times(clip)


@needs_espeak
@pytest.mark.parametrize("rate", RATES)
@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("银行行长", list("银行行长")),
        # Offsets count characters, not UTF-8 bytes: the Latin after Hanzi and
        # curly quotes is found where it is.
        ("“银行”行长说，你好 ni3 hao3。", [*"银行行长说你好", "ni3", "hao3"]),
    ],
)
def test_each_hanzi_is_marked_at_its_offset(
    engine: Pyttsx3Engine, pinyin_voice: str, rate: int, text: str, words: list[str]
) -> None:
    clip = _spoken(engine, text, pinyin_voice, rate)
    assert [text[m.start : m.end] for m in clip.marks] == words
    _check_times(clip)


@needs_espeak
@pytest.mark.parametrize("rate", [450, 700, 1000])
def test_sped_up_speech_keeps_its_words_where_they_are_heard(
    engine: Pyttsx3Engine, pinyin_voice: str, rate: int
) -> None:
    # espeak-ng counts a word's place before libsonic speeds the speech up; the
    # worker corrects it. Each word is then about as far through the sentence
    # as at the normal speed (the buffers are a second long, so an uncorrected
    # place is off by far more than this).
    normal = _spoken(engine, LONG_PINYIN, pinyin_voice)
    fast = _spoken(engine, LONG_PINYIN, pinyin_voice, rate)
    assert [(m.start, m.end) for m in fast.marks] == [(m.start, m.end) for m in normal.marks]
    _check_times(fast)
    for slow_mark, fast_mark in zip(normal.marks, fast.marks, strict=True):
        slow_place = slow_mark.audio_ms / normal.duration_ms
        fast_place = fast_mark.audio_ms / fast.duration_ms
        assert abs(fast_place - slow_place) < 0.06, (slow_mark, fast_mark)


# Speed ------------------------------------------------------------------------------------


@needs_espeak
def test_the_length_follows_the_speed(engine: Pyttsx3Engine, pinyin_voice: str) -> None:
    normal, double, fourfold = (
        _spoken(engine, LONG_PINYIN, pinyin_voice, rate).duration_ms for rate in (175, 350, 700)
    )
    # Measured: 0.45 and 0.23 (espeak-ng's own speeds run a little ahead of its
    # scale above 350 words per minute).
    assert 0.35 * normal < double < 0.6 * normal
    assert 0.15 * normal < fourfold < 0.4 * normal


@needs_espeak
@pytest.mark.parametrize("text", [PINYIN, LONG_PINYIN, "第一句。"])
def test_every_step_faster_is_faster(engine: Pyttsx3Engine, pinyin_voice: str, text: str) -> None:
    # Where espeak-ng changes to libsonic (450) its speech would be slower than
    # just below; and the fastest setting is still faster than 700.
    declared = setting("speech/rate")
    fastest = declared.maximum or 0
    rates = [*range(330, 530, declared.step), 600, 700, fastest]
    lengths = [_spoken(engine, text, pinyin_voice, rate).duration_ms for rate in rates]
    assert all(a > b for a, b in itertools.pairwise(lengths)), list(
        zip(rates, lengths, strict=True)
    )
    assert fastest >= 4 * 175
