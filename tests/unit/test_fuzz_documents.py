"""Generated reports, valid and nearly valid: the valid load as written, the others are refused.

Reports are built as data (sections nested to any allowed depth, blocks,
statistics that match their text, photos), written as YAML in several styles
(block and flow, escaped or not, CRLF, a byte-order mark), and loaded. A valid
report must load and give back every text exactly as generated, whatever its
characters; a report with one fault must be refused with a ContentError.
"""

from __future__ import annotations

import copy
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.unit.bounded import REPRODUCIBLE, load_bounded
from viewer.content import ContentError, Document, Paragraph, Section
from viewer.content.loader import MAX_SECTION_DEPTH, format_number

Data = dict[str, Any]

# Markup, YAML's indicators, quotes, escapes, controls and wide characters: all
# must come back as they were written. Not YAML 1.1's other line breaks (NEL,
# LS, PS): PyYAML's writer puts them unescaped in quoted text, where they read
# back as spaces; the mutation tests give them to the loader.
_BREAKS = "\x85\u2028\u2029"
_SPECIAL = [*"<>&\"'\\:#-[]{}!*|%@`,?~\t\r\n\x00\x1b\x7f\ufeff", "\U0001f600"]
_TEXT = st.text(
    st.one_of(
        st.sampled_from([*_SPECIAL, "字", "。", " ", "a"]),
        st.characters(codec="utf-8", exclude_characters=_BREAKS),
    ),
    max_size=24,
)
_NON_BLANK = st.sampled_from(["文", "A", "<b>", "&amp;", "1", "*", "!", "%", "?", "—"])


@st.composite
def texts(draw: st.DrawFn) -> str:
    """Text as the format allows it: anything, with at least one character that is not blank."""
    return draw(_TEXT) + draw(_NON_BLANK) + draw(_TEXT)


class _Ids:
    def __init__(self) -> None:
        self.count = 0

    def new(self, prefix: str) -> str:
        self.count += 1
        return f"{prefix}-{self.count}"


def _block(draw: st.DrawFn) -> Data:
    if draw(st.booleans()):
        return {"paragraph": draw(texts())}
    return {"list": draw(st.lists(texts(), min_size=1, max_size=3))}


def _section(draw: st.DrawFn, ids: _Ids, depth: int, budget: list[int]) -> Data:
    budget[0] -= 1
    section: Data = {"id": ids.new("s")}
    naming = draw(st.sampled_from(["heading", "label", "both"]))
    if naming in ("heading", "both"):
        section["heading"] = draw(texts())
    if naming in ("label", "both"):
        section["label"] = draw(texts())
    if draw(st.booleans()):
        section["subheading"] = draw(texts())
    section["blocks"] = [_block(draw) for _ in range(draw(st.integers(0, 3)))]
    if depth < MAX_SECTION_DEPTH and budget[0] > 0 and draw(st.integers(0, 3)) == 0:
        count = draw(st.integers(1, 3))
        section["subsections"] = [_section(draw, ids, depth + 1, budget) for _ in range(count)]
    if not section["blocks"] and not section.get("subsections"):
        section["blocks"].append(_block(draw))
    return section


def _walk(sections: list[Data]) -> list[Data]:
    return [s for top in sections for s in [top, *_walk(top.get("subsections", []))]]


_QUALIFIERS = ["近", "余", "以上"]


def _statistic(draw: st.DrawFn, ids: _Ids, sections: list[Data]) -> Data:
    value = draw(st.one_of(st.integers(0, 10**12), st.floats(0, 1e9, allow_nan=False)))
    unit = draw(st.sampled_from(["%", "万", "万人次", "个", "人", "<b>个</b>", "&amp;"]))
    printed = format_number(value) + unit
    statistic: Data = {"id": ids.new("f"), "printed": printed, "value": value, "unit": unit}
    if draw(st.booleans()):
        qualifier = draw(st.sampled_from(_QUALIFIERS))
        at = draw(st.sampled_from([0, len(printed), len(printed) - len(unit)]))
        statistic["printed"] = printed[:at] + qualifier + printed[at:]
        statistic["qualifier"] = qualifier
    section = draw(st.sampled_from(sections))
    statistic["section"] = section["id"]
    statistic["label"] = draw(texts())
    # The figure is stated in its section's own text.
    section["blocks"].append({"paragraph": draw(_TEXT) + statistic["printed"] + draw(_TEXT)})
    return statistic


@st.composite
def reports(draw: st.DrawFn) -> tuple[Data, Data]:
    """A valid report: document.yaml's data and figures.yaml's."""
    ids = _Ids()
    budget = [draw(st.integers(1, 40))]  # sections in all, at most
    document: Data = {"format": 1, "id": "report", "language": "zh-CN", "title": draw(texts())}
    for key in ("subtitle", "credit"):
        if draw(st.booleans()):
            document[key] = draw(texts())
    if draw(st.booleans()):
        start = draw(st.integers(1000, 9999))
        document["period"] = {"start": start, "end": draw(st.integers(start, 9999))}
    document["sections"] = [_section(draw, ids, 1, budget) for _ in range(draw(st.integers(1, 4)))]
    every = _walk(document["sections"])
    statistics = [_statistic(draw, ids, every) for _ in range(draw(st.integers(0, 6)))]
    photos = []
    for _ in range(draw(st.integers(0, 3))):
        photo: Data = {"id": ids.new("p"), "caption": draw(texts())}
        if draw(st.booleans()):
            photo["alt"] = draw(texts())
        photo["image"] = draw(st.sampled_from([None, "images/photo.png"]))
        photos.append(photo)
    return document, {"format": 1, "statistics": statistics, "photos": photos}


# Faults: each makes a valid report invalid -----------------------------------------------


def _first_section(document: Data, _figures: Data) -> Data:
    section: Data = document["sections"][0]
    return section


FAULTS: dict[str, Callable[[Data, Data], None]] = {
    "no title": lambda d, _f: d.pop("title"),
    "format 2": lambda d, _f: d.update(format=2),
    "unknown key": lambda d, _f: d.update(colour="red"),
    "title is a number": lambda d, _f: d.update(title=5),
    "title is a list": lambda d, _f: d.update(title=["a"]),
    "title is blank": lambda d, _f: d.update(title=" \t"),
    "sections is a mapping": lambda d, _f: d.update(sections={"id": "x"}),
    "no sections": lambda d, _f: d.update(sections=[]),
    "bad id": lambda d, f: _first_section(d, f).update(id="Not An Id"),
    "duplicate id": lambda d, _f: d["sections"].append(copy.deepcopy(d["sections"][0])),
    "nameless section": lambda d, f: _unname(_first_section(d, f)),
    "empty section": lambda d, f: _first_section(d, f).update(blocks=[], subsections=[]),
    "paragraph is a list": lambda d, f: _first_section(d, f).update(blocks=[{"paragraph": ["x"]}]),
    "two kinds in a block": lambda d, f: _first_section(d, f).update(
        blocks=[{"paragraph": "x", "list": ["y"]}]
    ),
    "nested too deep": lambda d, _f: d["sections"].append(_nested(MAX_SECTION_DEPTH + 1)),
    "period backwards": lambda d, _f: d.update(period={"start": 2020, "end": 2019}),
    "figures format 2": lambda _d, f: f.update(format=2),
    "figure of no section": lambda _d, f: f["statistics"].append(_figure("nowhere")),
    "figure not in the text": lambda d, f: f["statistics"].append(_figure(d["sections"][0]["id"])),
    "value not a number": lambda d, f: f["statistics"].append(
        {**_figure(d["sections"][0]["id"]), "value": "7"}
    ),
    "value not finite": lambda d, f: f["statistics"].append(
        {**_figure(d["sections"][0]["id"]), "value": float("inf")}
    ),
    "image outside": lambda _d, f: f["photos"].append(
        {"id": "photo-x", "caption": "c", "image": "../photo.png"}
    ),
    "image missing": lambda _d, f: f["photos"].append(
        {"id": "photo-x", "caption": "c", "image": "images/none.png"}
    ),
}


def _unname(section: Data) -> None:
    section.pop("heading", None)
    section.pop("label", None)


def _nested(depth: int) -> Data:
    section: Data = {"id": f"deep-{depth}", "label": "深", "blocks": [{"paragraph": "文"}]}
    if depth > 1:
        section["subsections"] = [_nested(depth - 1)]
    return section


def _figure(section: str) -> Data:
    # Its unit and label are added with every statistic's, before the report is written.
    return {"id": "fig-x", "section": section, "printed": "12345678个", "value": 12345678}


@dataclass(frozen=True)
class Style:
    flow: bool | None
    unicode: bool
    width: int
    crlf: bool
    bom: bool


styles = st.builds(
    Style,
    flow=st.sampled_from([False, False, None, True]),
    unicode=st.booleans(),
    width=st.sampled_from([80, 10**6]),
    crlf=st.booleans(),
    bom=st.booleans(),
)


class _Dumper(yaml.SafeDumper):
    """Writes data that appears twice twice, never as an anchor and an alias."""

    def ignore_aliases(self, data: Any) -> bool:  # noqa: ARG002 (the same for all data)
        return True


def write(folder: Path, name: str, data: Data, style: Style) -> None:
    text = yaml.dump(
        data,
        Dumper=_Dumper,
        allow_unicode=style.unicode,
        default_flow_style=style.flow,
        width=style.width,
        sort_keys=False,
    )
    if style.crlf:
        text = text.replace("\n", "\r\n")
    (folder / name).write_bytes(("\ufeff" if style.bom else "").encode() + text.encode())


def load(document: Data, figures: Data, style: Style) -> Document | ContentError:
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        (folder / "images").mkdir()
        (folder / "images" / "photo.png").write_bytes(b"\x89PNG\r\n\x1a\n")
        write(folder, "document.yaml", document, style)
        write(folder, "figures.yaml", figures, style)
        return load_bounded(folder)


def assert_same(loaded: Document, document: Data, figures: Data) -> None:
    """Every text of the report loaded exactly as it was generated."""
    assert loaded.title == document["title"]
    assert loaded.subtitle == document.get("subtitle")
    assert loaded.credit == document.get("credit")
    sections = [s for top in loaded.sections for s in top.walk()]
    assert [_section_data(s) for s in sections] == [
        _section_data_of(raw) for raw in _walk(document["sections"])
    ]
    assert [(s.id, s.printed, s.value, s.unit, s.label) for s in loaded.statistics] == [
        (s["id"], s["printed"], s["value"], s["unit"], s["label"]) for s in figures["statistics"]
    ]
    assert [(p.caption, p.alt, p.image) for p in loaded.photos] == [
        (p["caption"], p.get("alt", p["caption"]), p["image"]) for p in figures["photos"]
    ]


def _section_data(section: Section) -> tuple[Any, ...]:
    blocks = [b.text if isinstance(b, Paragraph) else list(b.items) for b in section.blocks]
    return (section.id, section.heading, section.label, section.subheading, blocks)


def _section_data_of(raw: Data) -> tuple[Any, ...]:
    blocks = [b.get("paragraph", b.get("list")) for b in raw["blocks"]]
    return (raw["id"], raw.get("heading"), raw.get("label"), raw.get("subheading"), blocks)


def valid_reports_load_exactly(report: tuple[Data, Data], style: Style) -> None:
    document, figures = report
    loaded = load(document, figures, style)
    assert isinstance(loaded, Document), f"a valid report was refused: {loaded}"
    assert_same(loaded, document, figures)


def faulty_reports_are_refused(report: tuple[Data, Data], fault: str, style: Style) -> None:
    document, figures = report
    FAULTS[fault](document, figures)
    for statistic in figures["statistics"]:
        statistic.setdefault("unit", "个")
        statistic.setdefault("label", "数")
    loaded = load(document, figures, style)
    assert isinstance(loaded, ContentError), f"{fault!r} was not refused"


_faults = st.sampled_from(sorted(FAULTS))

test_valid_reports_load_exactly = settings(REPRODUCIBLE, max_examples=80)(
    given(reports(), styles)(valid_reports_load_exactly)
)
test_faulty_reports_are_refused = settings(REPRODUCIBLE, max_examples=80)(
    given(reports(), _faults, styles)(faulty_reports_are_refused)
)
test_valid_reports_load_exactly_soak = pytest.mark.soak(
    settings(REPRODUCIBLE, max_examples=3000)(given(reports(), styles)(valid_reports_load_exactly))
)
test_faulty_reports_are_refused_soak = pytest.mark.soak(
    settings(REPRODUCIBLE, max_examples=3000)(
        given(reports(), _faults, styles)(faulty_reports_are_refused)
    )
)
