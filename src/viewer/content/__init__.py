"""The report as data: model, loader and schema. Knows nothing of Qt."""

from viewer.content.errors import ContentError
from viewer.content.loader import load_document
from viewer.content.model import (
    Block,
    Document,
    ListBlock,
    Paragraph,
    Period,
    Photo,
    Section,
    Statistic,
)

__all__ = [
    "Block",
    "ContentError",
    "Document",
    "ListBlock",
    "Paragraph",
    "Period",
    "Photo",
    "Section",
    "Statistic",
    "load_document",
]
