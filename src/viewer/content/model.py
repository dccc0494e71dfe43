"""The document model: what a report is, independent of how it is stored or shown.

Every class is a frozen dataclass so that a loaded document can be shared freely
between the reading pane, speech and figures without anyone changing it.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Paragraph:
    """A paragraph of running text."""

    text: str


@dataclass(frozen=True)
class ListBlock:
    """A list whose items are short phrases (printed with a leading "——")."""

    items: tuple[str, ...]


Block = Paragraph | ListBlock


@dataclass(frozen=True)
class Section:
    """A part of the document, possibly with parts of its own.

    Attributes:
        id: Stable identifier, unique in the document.
        heading: The heading as printed, or None where the source prints none.
        subheading: The line printed under the heading, if any.
        label: A short name for navigation when the source prints no heading.
        blocks: The section's own text, in reading order.
        subsections: Its parts, in reading order.
    """

    id: str
    heading: str | None
    subheading: str | None
    label: str | None
    blocks: tuple[Block, ...]
    subsections: tuple[Section, ...] = ()

    @property
    def title(self) -> str:
        """The name to show in the contents: the heading, else the label."""
        return self.heading or self.label or self.id

    def walk(self) -> Iterator[Section]:
        """Yield this section and then every section below it, in reading order."""
        yield self
        for sub in self.subsections:
            yield from sub.walk()

    def text_blocks(self) -> Iterator[str]:
        """Yield every piece of text of this section alone, in reading order."""
        for text in (self.heading, self.subheading):
            if text:
                yield text
        for block in self.blocks:
            if isinstance(block, Paragraph):
                yield block.text
            else:
                yield from block.items


@dataclass(frozen=True)
class Statistic:
    """A number stated in the text of a section.

    Attributes:
        id: Stable identifier, unique in the document.
        section_id: The section whose text states it.
        printed: The figure exactly as printed, qualifier included ("41.48万余人次").
        value: The number as printed (41.48).
        unit: The unit as printed (万人次).
        qualifier: 近, 余 or 以上 where the text has one.
        label: What it counts, in the section's words.
    """

    id: str
    section_id: str
    printed: str
    value: int | float
    unit: str
    label: str
    qualifier: str | None = None


@dataclass(frozen=True)
class Photo:
    """A photo of the report, known by its caption.

    Attributes:
        id: Stable identifier, unique in the document.
        caption: The caption as printed.
        alt: The alternative text (the caption when the content gives none).
        image: Path of the image inside the content folder, or None when the
            picture itself is not available.
    """

    id: str
    caption: str
    alt: str
    image: str | None = None


@dataclass(frozen=True)
class Period:
    """The years the report covers."""

    start: int
    end: int


@dataclass(frozen=True)
class Pronunciation:
    """How the voice says a word: by its pinyin, or with other words.

    Attributes:
        word: The word as printed.
        pinyin: Tone-numbered syllables (``("hang2", "zhang3")``), or empty.
        say: What to say instead of the word, when there is no pinyin.
    """

    word: str
    pinyin: tuple[str, ...] = ()
    say: str | None = None


@dataclass(frozen=True)
class Document:
    """A whole report: metadata, sections, statistics and photos."""

    id: str
    language: str
    title: str
    subtitle: str | None
    period: Period | None
    credit: str | None
    sections: tuple[Section, ...]
    statistics: tuple[Statistic, ...] = ()
    photos: tuple[Photo, ...] = ()
    pronunciations: tuple[Pronunciation, ...] = ()
    # The indexes are not arguments, so that dataclasses.replace() builds them
    # anew rather than sharing (and updating) those of the document it copies.
    _by_id: dict[str, Section] = field(default_factory=dict, init=False, compare=False, repr=False)
    _statistics_by_section: dict[str, tuple[Statistic, ...]] = field(
        default_factory=dict, init=False, compare=False, repr=False
    )

    def __post_init__(self) -> None:
        # Index once: lookups by id are used by every navigation step, and the
        # statistics of each section by every walk through the sections.
        self._by_id.update((s.id, s) for s in self.all_sections())
        grouped: dict[str, list[Statistic]] = {}
        for stat in self.statistics:
            grouped.setdefault(stat.section_id, []).append(stat)
        self._statistics_by_section.update((k, tuple(v)) for k, v in grouped.items())

    def all_sections(self) -> Iterator[Section]:
        """Yield every section at every depth, in reading order."""
        for section in self.sections:
            yield from section.walk()

    def section(self, section_id: str) -> Section:
        """Return the section with this id.

        Raises:
            KeyError: No section has that id.
        """
        return self._by_id[section_id]

    def statistics_of(self, section_id: str) -> tuple[Statistic, ...]:
        """Return the statistics stated in one section, in document order."""
        return self._statistics_by_section.get(section_id, ())
