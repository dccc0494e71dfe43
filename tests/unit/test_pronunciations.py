"""Pronunciation lists: checked like the rest of the content, applied before the front end."""

from __future__ import annotations

from pathlib import Path

import pytest

from viewer.cli import main
from viewer.content import ContentError, load_document
from viewer.content.model import Pronunciation
from viewer.content.pronunciations import load_pronunciations
from viewer.speech.pronouncing import PronunciationList, reader_lexicon
from viewer.speech.utterances import pinyin_of, utterances_of


def _write(path: Path, text: str) -> Path:
    path.write_text(text, "utf-8")
    return path


GOOD = """format: 1
pronunciations:
  - word: 行长
    pinyin: hang2 zhang3
  - word: NVDA
    say: 恩维迪诶
"""


def test_a_list_is_read(tmp_path: Path) -> None:
    entries = load_pronunciations(_write(tmp_path / "p.yaml", GOOD))
    assert entries == (
        Pronunciation("行长", pinyin=("hang2", "zhang3")),
        Pronunciation("NVDA", say="恩维迪诶"),
    )


@pytest.mark.parametrize(
    ("entry", "line", "reason"),
    [
        ("  - word: 行长\n    pinyin: hang2\n", 4, "has 2 characters but 1 syllables"),
        ("  - word: 行长\n    pinyin: hang zhang\n", 4, "is not valid: tone-numbered pinyin"),
        ("  - word: 行长\n    pinyin: Hang2 zhang3\n", 4, "is not valid"),
        ("  - word: 行长\n", 3, "either 'pinyin' or 'say'"),
        ("  - word: 行长\n    pinyin: hang2 zhang3\n    say: 行长\n", 3, "either 'pinyin'"),
        ("  - word: 行长\n    spell: x\n", 4, "unknown key 'spell'"),
        ("  - word: ' '\n    say: x\n", 3, "is not valid"),
        ("  - pinyin: hang2\n", 3, "missing field 'word'"),
        ("  - word: 行长\n    say: ''\n", 4, "must not be empty"),
    ],
)
def test_a_bad_entry_is_refused_with_its_line(
    tmp_path: Path, entry: str, line: int, reason: str
) -> None:
    path = _write(tmp_path / "p.yaml", "format: 1\npronunciations:\n" + entry)
    with pytest.raises(ContentError) as raised:
        load_pronunciations(path)
    assert raised.value.line == line, str(raised.value)
    assert reason in raised.value.reason
    assert "\n" not in str(raised.value)


def test_a_word_listed_twice_is_refused(tmp_path: Path) -> None:
    path = _write(
        tmp_path / "p.yaml",
        "format: 1\npronunciations:\n  - word: 行长\n    say: a\n  - word: 行长\n    say: b\n",
    )
    with pytest.raises(ContentError, match="listed twice"):
        load_pronunciations(path)


def test_the_reports_list_is_checked_with_the_report(content_copy: Path) -> None:
    (content_copy / "pronunciations.yaml").write_text(
        "format: 1\npronunciations:\n  - word: 行长\n    pinyin: hang9 zhang3\n", "utf-8"
    )
    with pytest.raises(ContentError) as raised:
        load_document(content_copy)
    assert raised.value.path.name == "pronunciations.yaml"
    assert raised.value.line == 4
    assert main(["--check", str(content_copy)]) == 2


def test_the_bundled_review_has_a_list_that_is_used(review_dir: Path) -> None:
    document = load_document(review_dir)
    assert document.pronunciations
    lexicon = PronunciationList(document.pronunciations)
    for entry in document.pronunciations:
        if entry.pinyin:
            assert pinyin_of(entry.word, lexicon).split() == list(entry.pinyin)


def test_a_pinyin_entry_fixes_the_reading_and_a_say_entry_the_words() -> None:
    lexicon = PronunciationList(
        [Pronunciation("重庆", pinyin=("chong2", "qing4")), Pronunciation("NVDA", say="恩维迪诶")]
    )
    assert pinyin_of("去重庆", lexicon) == "qu4 chong2 qing4"
    assert pinyin_of("用NVDA读", lexicon) == f"yong4 {pinyin_of('恩维迪诶')} du2"
    (said,) = utterances_of(0, "用NVDA读", lexicon=lexicon)
    assert said.spoken == "用恩维迪诶读"
    # A voice that reads characters itself is given the word back.
    (fixed,) = utterances_of(0, "去重庆", lexicon=lexicon)
    assert fixed.voice_input(pinyin=False).text == "去重庆"


def test_a_latin_word_matches_only_whole() -> None:
    lexicon = PronunciationList([Pronunciation("NVDA", say="恩维迪诶")])
    (said,) = utterances_of(0, "NVDAs读NVDA", lexicon=lexicon)
    assert said.spoken == "NVDAs读恩维迪诶"


def test_the_longer_word_wins_and_the_later_list() -> None:
    report = [Pronunciation("行长", say="甲"), Pronunciation("银行行长", say="乙")]
    reader = [Pronunciation("行长", say="丙")]
    lexicon = PronunciationList(report, reader)
    (said,) = utterances_of(0, "银行行长和行长", lexicon=lexicon)
    assert said.spoken == "乙和丙"


def test_the_readers_list_is_used_and_a_bad_one_said_not_lost(tmp_path: Path) -> None:
    report = (Pronunciation("行长", say="甲"),)
    good = _write(
        tmp_path / "good.yaml", "format: 1\npronunciations:\n  - word: 行长\n    say: 乙\n"
    )
    lexicon, problem = reader_lexicon(report, good)
    assert problem is None
    assert utterances_of(0, "行长", lexicon=lexicon)[0].spoken == "乙"

    bad = _write(tmp_path / "bad.yaml", "format: 1\npronunciations: [\n")
    lexicon, problem = reader_lexicon(report, bad)
    assert problem is not None
    assert "bad.yaml" in problem
    assert utterances_of(0, "行长", lexicon=lexicon)[0].spoken == "甲"  # the report's still
    assert bad.read_text("utf-8") == "format: 1\npronunciations: [\n"  # and the file untouched

    lexicon, problem = reader_lexicon(report, tmp_path / "absent.yaml")
    assert problem is None


def test_the_command_line_prints_pinyin_with_the_readers_list(
    own_config_folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--pinyin", "银行行长"]) == 0
    assert capsys.readouterr().out == "yin2 hang2 hang2 zhang3\n"
    folder = own_config_folder / "viewer"
    folder.mkdir()
    _write(
        folder / "pronunciations.yaml",
        "format: 1\npronunciations:\n  - word: 行长\n    pinyin: xing2 zhang3\n",
    )
    assert main(["--pinyin", "银行行长"]) == 0
    assert capsys.readouterr().out == "yin2 hang2 xing2 zhang3\n"
    _write(folder / "pronunciations.yaml", "format: 2\n")
    assert main(["--pinyin", "银行行长"]) == 0
    captured = capsys.readouterr()
    assert captured.out == "yin2 hang2 hang2 zhang3\n"
    assert "your pronunciation list was not used" in captured.err
    assert "pronunciations.yaml:1" in captured.err
