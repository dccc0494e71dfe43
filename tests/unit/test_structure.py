"""The review's structure: its parts, their ids and their order."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from viewer.content import ContentError, Document, ListBlock, Paragraph, load_document


def test_top_level_parts_in_reading_order(review: Document) -> None:
    assert [s.id for s in review.sections] == [
        "plan",
        "opening",
        "safety-net",
        "joint-effort",
        "equal-sharing",
        "closing",
    ]


def test_the_plan_has_four_groups_of_list_items(review: Document) -> None:
    plan = review.section("plan")
    assert plan.blocks[0] == Paragraph(plan.blocks[0].text)  # type: ignore[union-attr]
    headings = [sub.heading for sub in plan.subsections]
    assert headings == ["突出“三项重点”", "夯实“五个基础”", "实施“五大行动”", "发挥“五个作用”"]
    counts = []
    for group in plan.subsections:
        (block,) = group.blocks
        assert isinstance(block, ListBlock)
        counts.append(len(block.items))
    assert counts == [3, 5, 5, 5]


def test_joint_effort_has_eight_parts(review: Document) -> None:
    parts = review.section("joint-effort").subsections
    assert [p.id for p in parts] == [
        "rehabilitation",
        "education",
        "employment",
        "care-services",
        "culture-sport",
        "barrier-free",
        "volunteer-support",
        "legal-rights",
    ]
    # Each part opens with a lead sentence, printed after a "——".
    assert all(p.heading and p.heading.endswith("。") for p in parts)


def test_headings_and_subheadings_as_printed(review: Document) -> None:
    pairs = {s.id: (s.heading, s.subheading) for s in review.sections}
    assert pairs["safety-net"] == ("兜底补短", "实现精准脱贫奔小康")
    assert pairs["joint-effort"] == ("凝聚合力", "织就幸福生活保障网")
    assert pairs["equal-sharing"] == ("平等共享", "推动残疾人事业高质量发展")


def test_parts_without_a_printed_heading_have_a_label_from_their_text(review: Document) -> None:
    for section in review.all_sections():
        if section.heading is None:
            assert section.label is not None
            first = next(section.text_blocks())
            assert section.label in first


def test_an_id_is_used_once_across_sections_figures_and_photos(content_copy: Path) -> None:
    # Sections, statistics and photos share one namespace: a figure may not take
    # the id of a section, in another file.
    figures = content_copy / "figures.yaml"
    text = figures.read_text("utf-8")
    assert "id: rehab-coverage" in text
    figures.write_text(text.replace("id: rehab-coverage", "id: education", 1), "utf-8")
    with pytest.raises(ContentError) as refused:
        load_document(content_copy)
    assert "duplicate id 'education' (first used at document.yaml:line" in str(refused.value)


def test_a_copy_with_fewer_sections_no_longer_finds_the_others(review: Document) -> None:
    shorter = dataclasses.replace(review, sections=review.sections[:1])
    assert shorter.section("plan") is review.section("plan")
    with pytest.raises(KeyError):
        shorter.section("education")
    review.section("education")  # the original keeps its own index


def test_photos_are_captions_without_images(review: Document) -> None:
    assert len(review.photos) == 7
    for photo in review.photos:
        assert photo.image is None
        assert photo.alt == photo.caption
        assert photo.caption.endswith("。")
    assert len({p.caption for p in review.photos}) == 7
