"""Loading a content folder into a Document, refusing anything that is not right.

A content folder holds ``document.yaml`` (metadata and sections) and, optionally,
``figures.yaml`` (statistics and photos). Every file is parsed safely, checked
against its schema, then checked as a whole (unique ids, references, figures
that match the text) before a Document is returned: either all of it loads or
a ContentError says what is wrong, where.
"""

from __future__ import annotations

import errno
import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Any

from viewer.content.collector import collector_paused
from viewer.content.errors import ContentError, quoted
from viewer.content.model import (
    Block,
    Document,
    ListBlock,
    Paragraph,
    Period,
    Photo,
    Pronunciation,
    Section,
    Statistic,
)
from viewer.content.pronunciations import pronunciations_of
from viewer.content.validation import validate
from viewer.content.yamlfile import PathPart, field_name, line_of, load_yaml, read_text

DOCUMENT_FILE = "document.yaml"
FIGURES_FILE = "figures.yaml"
PRONUNCIATIONS_FILE = "pronunciations.yaml"

#: Sections may nest this deep (the review uses two levels).
MAX_SECTION_DEPTH = 6


@dataclass
class _File:
    """One parsed file, kept so that later checks can point at its lines."""

    path: Path
    text: str
    data: Any

    def error(self, parts: Sequence[PathPart], reason: str) -> ContentError:
        return ContentError(
            self.path, reason, line=line_of(self.text, parts), field=field_name(parts) or None
        )


class _IdRegistry:
    """Ids of sections, statistics and photos share one namespace."""

    def __init__(self) -> None:
        self._seen: dict[str, tuple[_File, list[PathPart]]] = {}

    def claim(self, item_id: str, file: _File, parts: list[PathPart]) -> None:
        if item_id in self._seen:
            first_file, first_parts = self._seen[item_id]
            first_line = line_of(first_file.text, first_parts)
            where = "" if first_file is file else f"{first_file.path.name}:"
            raise file.error(
                [*parts, "id"],
                f"duplicate id {quoted(item_id)} (first used at {where}line {first_line})",
            )
        self._seen[item_id] = (file, parts)


_Claim = Callable[[str, _File, list[PathPart]], None]


def load_document(folder: Path) -> Document:
    """Load and check the report in ``folder``.

    Raises:
        ContentError: The folder, a file or the report as a whole is not valid.
    """
    with collector_paused():
        return _load_document(folder)


def _load_document(folder: Path) -> Document:
    if not folder.is_dir():
        raise ContentError(folder, "no such content folder")
    doc_file = _read(folder, DOCUMENT_FILE, "document")
    # A dangling link counts as present, so that it is refused rather than ignored.
    present = (folder / FIGURES_FILE).exists() or (folder / FIGURES_FILE).is_symlink()
    fig_file = _read(folder, FIGURES_FILE, "figures") if present else None
    pronunciations: tuple[Pronunciation, ...] = ()
    if (folder / PRONUNCIATIONS_FILE).exists() or (folder / PRONUNCIATIONS_FILE).is_symlink():
        said = _read(folder, PRONUNCIATIONS_FILE, "pronunciations")
        pronunciations = pronunciations_of(said.data, said.error)

    claim = _IdRegistry().claim
    data = doc_file.data
    sections = tuple(
        _section(raw, doc_file, ["sections", i], 1, claim) for i, raw in enumerate(data["sections"])
    )
    period = None
    if "period" in data:
        period = Period(data["period"]["start"], data["period"]["end"])
        if period.end < period.start:
            raise doc_file.error(["period", "end"], "the period ends before it starts")

    statistics: tuple[Statistic, ...] = ()
    photos: tuple[Photo, ...] = ()
    if fig_file is not None:
        by_id = {s.id: s for top in sections for s in top.walk()}
        statistics = tuple(
            _statistic(raw, fig_file, ["statistics", i], by_id, claim)
            for i, raw in enumerate(fig_file.data.get("statistics", []))
        )
        photos = tuple(
            _photo(raw, fig_file, ["photos", i], folder, claim)
            for i, raw in enumerate(fig_file.data.get("photos", []))
        )

    return Document(
        id=data["id"],
        language=data["language"],
        title=data["title"],
        subtitle=data.get("subtitle"),
        period=period,
        credit=data.get("credit"),
        sections=sections,
        statistics=statistics,
        photos=photos,
        pronunciations=pronunciations,
    )


def _read(folder: Path, name: str, schema: str) -> _File:
    path = folder / name
    if path.is_symlink():
        try:
            outside = not _resolve(path).is_relative_to(_resolve(folder))
        except OSError:
            outside = False  # a loop of links, which reading it reports
        if outside:
            # A report is its folder: a link must not make it show another file.
            raise ContentError(path, "is a link to a file outside the content folder")
    text = read_text(path)
    data = load_yaml(path, text)
    validate(schema, data, path, text)
    return _File(path, text, data)


def _section(
    raw: dict[str, Any], file: _File, parts: list[PathPart], depth: int, claim: _Claim
) -> Section:
    if depth > MAX_SECTION_DEPTH:
        raise file.error(parts, f"sections are nested more than {MAX_SECTION_DEPTH} deep")
    claim(raw["id"], file, parts)
    if "heading" not in raw and "label" not in raw:
        raise file.error(parts, "a section needs a heading, or a label when the source prints none")
    blocks: list[Block] = []
    for block in raw["blocks"]:
        if "paragraph" in block:
            blocks.append(Paragraph(block["paragraph"]))
        else:
            blocks.append(ListBlock(tuple(block["list"])))
    subsections = tuple(
        _section(sub, file, [*parts, "subsections", i], depth + 1, claim)
        for i, sub in enumerate(raw.get("subsections", []))
    )
    if not blocks and not subsections:
        raise file.error(parts, "a section needs text (blocks) or subsections")
    return Section(
        id=raw["id"],
        heading=raw.get("heading"),
        subheading=raw.get("subheading"),
        label=raw.get("label"),
        blocks=tuple(blocks),
        subsections=subsections,
    )


def format_number(value: float) -> str:
    """Spell a number as it is printed: 7200, 158.58 (no exponent, no padding)."""
    if isinstance(value, int):
        return str(value)
    text = repr(value)
    if "e" in text or "E" in text:
        text = f"{value:f}".rstrip("0").rstrip(".")
    return text


def _statistic(
    raw: dict[str, Any],
    file: _File,
    parts: list[PathPart],
    sections: dict[str, Section],
    claim: _Claim,
) -> Statistic:
    claim(raw["id"], file, parts)
    value = raw["value"]
    if isinstance(value, float) and not math.isfinite(value):
        raise file.error([*parts, "value"], f"must be a finite number, not {value}")
    section = sections.get(raw["section"])
    if section is None:
        raise file.error([*parts, "section"], f"no section has the id {quoted(raw['section'])}")
    stat = Statistic(
        id=raw["id"],
        section_id=raw["section"],
        printed=raw["printed"],
        value=value,
        unit=raw["unit"],
        label=raw["label"],
        qualifier=raw.get("qualifier"),
    )
    bare = stat.printed.replace(stat.qualifier, "", 1) if stat.qualifier else stat.printed
    expected = format_number(value) + stat.unit
    if bare != expected or (stat.qualifier and stat.qualifier not in stat.printed):
        raise file.error(
            [*parts, "printed"],
            f"{quoted(stat.printed)} does not match value {format_number(value)}, "
            f"unit {quoted(stat.unit)}"
            + (f" and qualifier {stat.qualifier!r}" if stat.qualifier else ""),
        )
    if not any(stat.printed in text for text in section.text_blocks()):
        raise file.error(
            [*parts, "printed"],
            f"{quoted(stat.printed)} is not in the text of section {quoted(section.id)}",
        )
    return stat


def _photo(
    raw: dict[str, Any], file: _File, parts: list[PathPart], folder: Path, claim: _Claim
) -> Photo:
    claim(raw["id"], file, parts)
    image = raw["image"]
    if image is not None:
        _check_asset_path(image, file, [*parts, "image"], folder)
    return Photo(
        id=raw["id"], caption=raw["caption"], alt=raw.get("alt", raw["caption"]), image=image
    )


def _check_asset_path(image: str, file: _File, parts: list[PathPart], folder: Path) -> None:
    """Refuse a path that could reach outside the content folder.

    Written paths are checked as text first (absolute, drive letters and URLs,
    backslashes, ``..``); then links, which can point anywhere, are followed
    and the file they lead to must be inside the folder too.
    """
    pure = PurePosixPath(image)
    if pure.is_absolute() or "\\" in image or ":" in image or "\0" in image or ".." in pure.parts:
        raise file.error(
            parts, f"{quoted(image)} must be a relative path inside the content folder"
        )
    try:
        target = _resolve(folder / pure)
        inside = target.is_relative_to(_resolve(folder))
        found = inside and target.is_file()
    except OSError as error:  # such as a name too long for the file system
        reason = error.strerror or type(error).__name__
        raise file.error(parts, f"{quoted(image)} cannot be used: {reason}") from None
    if not inside:
        raise file.error(parts, f"{quoted(image)} leads outside the content folder")
    if not found:
        raise file.error(parts, f"{quoted(image)}: no such file in the content folder")


def _resolve(path: Path) -> Path:
    """Follow every link in ``path``; a loop of links is an OSError, as in Python 3.13."""
    try:
        return path.resolve()
    except RuntimeError as error:  # Python 3.11 and 3.12 raise this for a loop
        raise OSError(errno.ELOOP, "too many levels of symbolic links") from error
