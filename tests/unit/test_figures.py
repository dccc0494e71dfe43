"""Every statistic of the text is a structured figure, and every figure is in the text."""

from __future__ import annotations

import re
from dataclasses import replace

import pytest

from viewer.content import Document, Section
from viewer.content.loader import format_number

NUMBER = re.compile(r"\d+(?:\.\d+)?")
# Numbers in the text that are not statistics: years, and the two hotlines' numbers.
YEAR = re.compile(r"(?:19|20)\d\d年")
HOTLINE = re.compile(r"123\d\d(?=[^。，]*热线)")


def own_text(section: Section) -> str:
    return "\n".join(section.text_blocks())


def test_about_thirty_figures(review: Document) -> None:
    assert len(review.statistics) == 30


@pytest.mark.parametrize("kind", ["printed", "label"])
def test_each_figure_is_in_its_sections_text(review: Document, kind: str) -> None:
    for stat in review.statistics:
        text = own_text(review.section(stat.section_id))
        assert getattr(stat, kind) in text, stat.id


def test_each_figure_value_and_unit_agree_with_the_printed_form(review: Document) -> None:
    for stat in review.statistics:
        bare = stat.printed.replace(stat.qualifier, "", 1) if stat.qualifier else stat.printed
        assert bare == format_number(stat.value) + stat.unit, stat.id
        assert NUMBER.fullmatch(format_number(stat.value))


def test_no_number_in_the_text_is_missed(review: Document) -> None:
    missed = []
    for section in review.all_sections():
        text = own_text(section)
        covered = [False] * len(text)
        for stat in review.statistics_of(section.id):
            for match in re.finditer(re.escape(stat.printed), text):
                covered[match.start() : match.end()] = [True] * (match.end() - match.start())
        for pattern in (YEAR, HOTLINE):
            for match in pattern.finditer(text):
                covered[match.start() : match.end()] = [True] * (match.end() - match.start())
        missed += [
            f"{section.id}: {m.group()}"
            for m in NUMBER.finditer(text)
            if not all(covered[m.start() : m.end()])
        ]
    assert missed == []


def test_qualifiers_are_kept(review: Document) -> None:
    qualified = {s.id: s.qualifier for s in review.statistics if s.qualifier}
    assert qualified == {
        "rehab-services": "余",
        "inclusive-schooling": "近",
        "compulsory-enrolment": "以上",
        "care-served": "余",
        "culture-sport-participants": "近",
        "home-adaptations": "余",
        "fund-beneficiaries": "余",
    }


@pytest.mark.parametrize(
    ("stat_id", "value", "unit", "section"),
    [
        ("disabled-population", 158.58, "万", "opening"),
        ("rehab-coverage", 97.59, "%", "rehabilitation"),
        ("rehab-institutions", 293, "个", "rehabilitation"),
        ("employed", 18.2, "万人", "employment"),
        ("rehab-staff", 7200, "人", "rehabilitation"),
        ("funds-raised", 4087.6, "万元", "volunteer-support"),
    ],
)
def test_well_known_figures(
    review: Document, stat_id: str, value: float, unit: str, section: str
) -> None:
    (stat,) = [s for s in review.statistics if s.id == stat_id]
    assert (stat.value, stat.unit, stat.section_id) == (value, unit, section)


def test_statistics_of_a_section_in_document_order(review: Document) -> None:
    for section in review.all_sections():
        expected = tuple(s for s in review.statistics if s.section_id == section.id)
        assert review.statistics_of(section.id) == expected
    assert review.statistics_of("no-such-section") == ()


def test_a_copy_with_other_statistics_keeps_the_original_intact(review: Document) -> None:
    busiest = max(review.all_sections(), key=lambda s: len(review.statistics_of(s.id)))
    own = review.statistics_of(busiest.id)
    copy = replace(review, statistics=own[:1])
    assert copy.statistics_of(busiest.id) == own[:1]
    assert review.statistics_of(busiest.id) == own
    assert len(own) > 1
