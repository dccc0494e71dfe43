"""Fixtures for the tests of the pure modules."""

from __future__ import annotations

import pytest

from viewer.content import Document
from viewer.reading.reading_map import ReadingMap


@pytest.fixture(scope="module")
def reading_map(review: Document) -> ReadingMap:
    """The review in reading order."""
    return ReadingMap(review, photos_title="Photos")
