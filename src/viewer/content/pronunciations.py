"""Pronunciation lists: the report's own (``pronunciations.yaml``) and the reader's.

An entry is a word and either its pinyin (``yin2 hang2 hang2 zhang3``) or what
to say instead (``say: 恩维迪诶``). The file is checked like the rest of the
content: against its schema, then each pinyin against its word (a syllable for
each Chinese character).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from viewer.content.errors import ContentError, quoted
from viewer.content.model import Pronunciation
from viewer.content.validation import validate
from viewer.content.yamlfile import PathPart, field_name, line_of, load_yaml, read_text

_HANZI = re.compile("[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f]")

ErrorAt = Callable[[Sequence[PathPart], str], ContentError]


def pronunciations_of(data: Any, error: ErrorAt) -> tuple[Pronunciation, ...]:
    """The entries of a checked pronunciation file's ``data``.

    Raises:
        ContentError: (made by ``error``) A word's pinyin does not fit it, or a
            word is listed twice.
    """
    entries: list[Pronunciation] = []
    seen: dict[str, int] = {}
    for index, raw in enumerate(data["pronunciations"]):
        word = raw["word"]
        parts: list[PathPart] = ["pronunciations", index]
        if word in seen:
            raise error(
                [*parts, "word"],
                f"{quoted(word)} is listed twice (first as entry {seen[word] + 1})",
            )
        seen[word] = index
        if ("say" in raw) == ("pinyin" in raw):
            raise error(parts, "must have either 'pinyin' or 'say' (one of them, not both)")
        if "say" in raw:
            entries.append(Pronunciation(word, say=raw["say"]))
            continue
        syllables = tuple(raw["pinyin"].split())
        hanzi = len(_HANZI.findall(word))
        if hanzi == len(word) and len(syllables) != hanzi:
            raise error(
                [*parts, "pinyin"],
                f"{quoted(word)} has {hanzi} characters but {len(syllables)} syllables",
            )
        entries.append(Pronunciation(word, pinyin=syllables))
    return tuple(entries)


def load_pronunciations(path: Path) -> tuple[Pronunciation, ...]:
    """Read and check the pronunciation list at ``path``.

    Raises:
        ContentError: The file cannot be read, or is not a valid list.
    """
    text = read_text(path)
    data = load_yaml(path, text)
    validate("pronunciations", data, path, text)

    def error(parts: Sequence[PathPart], reason: str) -> ContentError:
        return ContentError(
            path, reason, line=line_of(text, parts), field=field_name(parts) or None
        )

    return pronunciations_of(data, error)
