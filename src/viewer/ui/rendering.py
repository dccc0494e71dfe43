"""Turning a section into the reading pane's HTML.

All content text is escaped: a report may come from anyone, and text that looks
like markup must be shown as the text it is, never interpreted.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication

from viewer.content import Document, ListBlock, Paragraph, Photo, Section


def section_html(section: Section, level: int, document: Document) -> str:
    """Return the HTML of one section and its subsections.

    Args:
        section: The section to render.
        level: Its heading level (1 for a top-level section).
        document: The document, for the section's statistics.
    """
    parts: list[str] = []
    _render(section, level, document, parts)
    return "\n".join(parts)


def _render(section: Section, level: int, document: Document, out: list[str]) -> None:
    tag = f"h{min(level, 6)}"
    out.append(f'<{tag} id="{escape(section.id)}">{escape(section.title)}</{tag}>')
    if section.subheading:
        out.append(f'<p class="subheading"><b>{escape(section.subheading)}</b></p>')
    for block in section.blocks:
        if isinstance(block, Paragraph):
            out.append(f"<p>{escape(block.text)}</p>")
        elif isinstance(block, ListBlock):
            items = "".join(f"<li>{escape(item)}</li>" for item in block.items)
            out.append(f"<ul>{items}</ul>")
    statistics = document.statistics_of(section.id)
    if statistics:
        caption = QCoreApplication.translate("ReadingPane", "Figures in this section")
        out.append(f"<p><b>{escape(caption)}</b></p>")
        rows = "".join(
            f"<li><b>{escape(s.printed)}</b> — {escape(s.label)}</li>" for s in statistics
        )
        out.append(f"<ul>{rows}</ul>")
    for sub in section.subsections:
        _render(sub, level + 1, document, out)


def photos_html(photos: tuple[Photo, ...], credit: str | None) -> str:
    """Return the HTML of the photos part: each photo described by its caption."""
    heading = QCoreApplication.translate("ReadingPane", "Photos")
    out = [f"<h1>{escape(heading)}</h1>"]
    note = QCoreApplication.translate("ReadingPane", "Photo (no image available): ")
    out.extend(f"<p><i>{escape(note)}</i>{escape(photo.alt)}</p>" for photo in photos)
    if credit:
        out.append(f"<p>（{escape(credit)}）</p>")
    return "\n".join(out)
