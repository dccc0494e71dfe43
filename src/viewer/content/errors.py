"""The one kind of error the content loader raises."""

from __future__ import annotations

from pathlib import Path


class ContentError(Exception):
    """Content that cannot be shown, located as precisely as possible.

    Attributes:
        path: The file at fault (or the content folder when no file is).
        line: 1-based line in that file, when known.
        field: Where in the file's data, such as ``sections[2].id``, when known.
        reason: What is wrong, in one sentence.
    """

    def __init__(
        self, path: Path, reason: str, *, line: int | None = None, field: str | None = None
    ) -> None:
        self.path = path
        self.line = line
        self.field = field
        self.reason = reason
        super().__init__(str(self))

    def __str__(self) -> str:
        where = str(self.path)
        if self.line is not None:
            where += f":{self.line}"
        if self.field:
            where += f": {self.field}"
        return f"{where}: {self.reason}"


def quoted(text: str, limit: int = 40) -> str:
    """Quote a piece of content for a message: escaped, on one line, and cut if long.

    Content is untrusted: a key or a path may be megabytes long or hold line
    breaks and control characters, and a message must stay one readable line.
    """
    return repr(text if len(text) <= limit else text[: limit - 3] + "...")
