"""The engines: the real one through espeak-ng into audio, and the voice choice."""

from __future__ import annotations

import concurrent.futures
import os
import shutil
import signal
import subprocess
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.doubles import FakeEngine
from tests.support import child_processes, faulty_worker
from viewer.speech.engine import SpeechUnavailableError, Voice, VoiceSettings, best_mandarin_voice
from viewer.speech.normalize import normalize_for_speech
from viewer.speech.pyttsx3_engine import Pyttsx3Engine

# `make test` installs espeak-ng; the phoneme checks run it directly.
ESPEAK = shutil.which("espeak-ng") or "espeak-ng"

SENTENCES = [
    "158.58万残疾人与全区人民一道，共享全面建成小康社会的丰硕成果。",
    "有康复需求的残疾人基本康复服务覆盖率达到97.59%，",
    "实现12385残疾人服务热线与12345政务便民热线双号并行，",
    "2018年—2023年内蒙古自治区残疾人事业发展回顾",
]


@pytest.fixture(scope="module")
def engine() -> Iterator[Pyttsx3Engine]:
    real = Pyttsx3Engine()
    real.start().result(timeout=30)
    yield real
    real.close(wait=True)


@pytest.fixture(scope="module")
def mandarin(engine: Pyttsx3Engine) -> VoiceSettings:
    voice = best_mandarin_voice(engine.start().result())
    assert voice is not None
    return VoiceSettings(voice.id)


def test_the_best_mandarin_voice_is_pinyin_not_english_spelling(engine: Pyttsx3Engine) -> None:
    voice = best_mandarin_voice(engine.start().result())
    assert voice is not None
    assert voice.id.endswith("cmn-latn-pinyin")


@pytest.mark.parametrize(
    ("voices", "chosen"),
    [
        ([Voice("sit/cmn", "Chinese (Mandarin, latin as English)")], None),
        ([Voice("a", "English"), Voice("b", "Microsoft Huihui Desktop")], "b"),
        (
            [Voice("com.apple.voice.compact.zh-CN.Tingting", "Tingting")],
            "com.apple.voice.compact.zh-CN.Tingting",
        ),
        (
            [Voice("x", "Voice", ("zh_CN",)), Voice("sit/cmn-latn-pinyin", "Pinyin")],
            "sit/cmn-latn-pinyin",
        ),
        ([Voice("en", "English")], None),
    ],
)
def test_voice_choice(voices: list[Voice], chosen: str | None) -> None:
    voice = best_mandarin_voice(voices)
    assert (voice.id if voice else None) == chosen


@pytest.mark.parametrize("sentence", SENTENCES)
def test_real_speech_is_audible_mandarin(
    engine: Pyttsx3Engine, mandarin: VoiceSettings, sentence: str
) -> None:
    spoken = normalize_for_speech(sentence)
    clip = engine.synthesize(spoken, mandarin).result(timeout=30)
    assert (clip.sample_rate, clip.channels) == (22050, 1)
    # Mandarin reads about four to six characters a second at the normal rate.
    assert len(spoken) * 100 < clip.duration_ms < len(spoken) * 400
    assert clip.rms() > 1000  # speech, not silence


@pytest.mark.parametrize("sentence", SENTENCES)
def test_every_phoneme_is_mandarin(sentence: str) -> None:
    spoken = normalize_for_speech(sentence)
    phonemes = subprocess.run(
        [ESPEAK, "-q", "-x", "-v", "cmn-latn-pinyin", spoken],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert phonemes.strip()
    assert "(en)" not in phonemes


def test_raw_numbers_would_not_be_mandarin() -> None:
    # Why normalising matters: espeak-ng says "%" in English.
    phonemes = subprocess.run(
        [ESPEAK, "-q", "-x", "-v", "cmn-latn-pinyin", "覆盖率达到97.59%"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert "(en)" in phonemes


def test_rate_changes_the_length(engine: Pyttsx3Engine, mandarin: VoiceSettings) -> None:
    text = normalize_for_speech(SENTENCES[0])
    normal = engine.synthesize(text, mandarin).result(timeout=30)
    fast = engine.synthesize(text, VoiceSettings(mandarin.voice_id, rate=350)).result(timeout=30)
    assert fast.duration_ms < normal.duration_ms * 0.75


def test_many_sentences_in_a_row_and_no_file_left(
    engine: Pyttsx3Engine, mandarin: VoiceSettings
) -> None:
    futures = [engine.synthesize(f"第{n}句。", mandarin) for n in range(40)]
    clips = [f.result(timeout=60) for f in futures]
    assert all(c.duration_ms > 200 for c in clips)
    assert list(engine._folder.iterdir()) == []  # noqa: SLF001 (the engine's own temporary files)


def test_close_removes_the_temporary_folder() -> None:
    real = Pyttsx3Engine()
    real.start().result(timeout=30)
    folder = real._folder  # noqa: SLF001
    assert folder.is_dir()
    real.close(wait=True)
    assert not folder.exists()
    assert real.synthesize("你好", VoiceSettings()).exception(timeout=1) is not None


def test_an_engine_that_cannot_start_says_what_to_install() -> None:
    failing = Pyttsx3Engine(faulty_worker("start-fails"))
    with pytest.raises(SpeechUnavailableError, match="apt-get install espeak-ng") as caught:
        failing.start().result(timeout=30)
    assert "libespeak-ng.so.1: cannot open shared object file" in str(caught.value)
    assert isinstance(
        failing.synthesize("你好", VoiceSettings()).exception(), SpeechUnavailableError
    )
    failing.close(wait=True)
    assert not Path(failing._folder).exists()  # noqa: SLF001


# Faults of the real engine: each is answered, and nothing is left running.


@pytest.fixture
def nothing_left() -> Iterator[None]:
    """Fail the test if it leaves a thread or a child process behind."""
    threads, children = set(threading.enumerate()), child_processes()
    yield
    assert set(threading.enumerate()) - threads == set()
    assert child_processes() - children == set()


@pytest.mark.usefixtures("nothing_left")
def test_an_engine_that_never_starts_is_ended_by_close() -> None:
    stuck = Pyttsx3Engine(faulty_worker("start-hangs"))
    started = stuck.start()
    assert not concurrent.futures.wait([started], timeout=1).done
    assert stuck.pid is not None
    stuck.close(wait=True)
    assert isinstance(started.exception(timeout=0), SpeechUnavailableError)
    assert stuck.pid is None


@pytest.mark.usefixtures("nothing_left")
def test_a_driver_error_fails_that_sentence_only(mandarin: VoiceSettings) -> None:
    engine = Pyttsx3Engine(faulty_worker("raise", "坏"))
    try:
        engine.start().result(timeout=30)
        with pytest.raises(RuntimeError, match="the driver failed"):
            engine.synthesize("坏了", mandarin).result(timeout=30)
        assert engine.synthesize("好了", mandarin).result(timeout=30).rms() > 1000
    finally:
        engine.close(wait=True)


@pytest.mark.usefixtures("nothing_left")
def test_a_stuck_sentence_is_ended_by_close(mandarin: VoiceSettings) -> None:
    engine = Pyttsx3Engine(faulty_worker("hang", "卡"))
    engine.start().result(timeout=30)
    stuck = engine.synthesize("卡住", mandarin)
    waiting = engine.synthesize("后面", mandarin)
    assert not concurrent.futures.wait([stuck], timeout=1).done
    engine.close(wait=True)
    assert isinstance(stuck.exception(timeout=0), SpeechUnavailableError)
    assert waiting.cancelled()


@pytest.mark.usefixtures("nothing_left")
@pytest.mark.parametrize("death", ["driver crash", "SIGKILL"])
def test_a_dead_worker_fails_every_sentence_and_a_new_engine_works(
    mandarin: VoiceSettings, death: str
) -> None:
    engine = Pyttsx3Engine(faulty_worker("die", "死"))
    engine.start().result(timeout=30)
    pid = engine.pid
    assert pid is not None
    if death == "SIGKILL":
        os.kill(pid, signal.SIGKILL)
        in_hand = engine.synthesize("一", mandarin)
    else:
        in_hand = engine.synthesize("死了", mandarin)
    waiting = engine.synthesize("二", mandarin)
    status = "-9" if death == "SIGKILL" else "1"
    for future in (in_hand, waiting):
        with pytest.raises(SpeechUnavailableError, match=f"stopped unexpectedly .*status {status}"):
            future.result(timeout=30)
    with pytest.raises(SpeechUnavailableError, match="stopped unexpectedly"):
        engine.synthesize("三", mandarin).result(timeout=0)
    engine.close(wait=True)
    again = Pyttsx3Engine()
    try:
        again.start().result(timeout=30)
        assert again.synthesize("三", mandarin).result(timeout=30).rms() > 1000
    finally:
        again.close(wait=True)


def test_fake_engine_is_deterministic() -> None:
    fake = FakeEngine(ms_per_char=10)
    clip = fake.synthesize("一二三四", VoiceSettings()).result()
    assert clip.duration_ms == 40
    assert clip.rms() > 1000
    assert fake.spoken == ["一二三四"]


def test_each_clip_is_its_own_sentence_from_the_first_one() -> None:
    # pyttsx3 queues commands while it counts as busy; a clip must never be
    # the previous sentence's, nor spoken with the previous settings.
    real = Pyttsx3Engine()
    try:
        voice = best_mandarin_voice(real.start().result(timeout=30))
        assert voice is not None
        fast = VoiceSettings(voice.id, rate=400)
        texts = ["一二三四五六七八九十" * 3, "一", "一二三四五六七八九十" * 2]
        first = real.synthesize(texts[0], fast).result(timeout=30)
        normal = [real.synthesize(t, VoiceSettings(voice.id)).result(timeout=30) for t in texts]
    finally:
        real.close(wait=True)
    assert first.duration_ms < normal[0].duration_ms * 0.7
    assert normal[1].duration_ms < normal[2].duration_ms < normal[0].duration_ms
