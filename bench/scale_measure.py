"""How loading, checking, finding and the reading map grow with the size of a report.

Every timing is the median of a few runs, in seconds, measured in this process
with the viewer's own pure-Python code (no Qt). ``growth_table`` writes the
review at 1×, 10×, 100× and 1,000× (see scale_report) and measures each.

Run it as ``python -m bench.scale_measure [N ...]`` from the top of the checkout
to print the table, or with ``--profile N`` to print where loading N× spends its
time.
"""

from __future__ import annotations

import argparse
import contextlib
import cProfile
import io
import pstats
import statistics
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from bench.scale_report import write_scaled_report

from viewer.cli import EXIT_OK
from viewer.cli import main as viewer_main
from viewer.content import Document, load_document
from viewer.content.loader import DOCUMENT_FILE, FIGURES_FILE
from viewer.reading.find import TextIndex
from viewer.reading.reading_map import ReadingMap

#: The query of the find figures: a word the review uses on almost every line,
#: so that counting its matches is the most work a search does (103 per copy).
QUERY = "残疾人"

#: A query as a reader might type it, with a few matches per copy (8).
TYPICAL_QUERY = "无障碍"

#: What the photos part is called in the reading map (its English title).
PHOTOS_TITLE = "Photos"

MIB = 2**20


def median_seconds(run: Callable[[], object], repeats: int) -> float:
    """Return the median time of ``repeats`` calls of ``run``, in seconds."""
    times: list[float] = []
    for _ in range(max(1, repeats)):
        start = time.perf_counter()
        run()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def repeats_for(n: int) -> int:
    """How many runs to take the median of at scale ``n``: fewer for large reports."""
    return 5 if n <= 10 else 3


def text_bytes(folder: Path) -> int:
    """Return the size of the report's text: its content files, in bytes."""
    return sum(
        (folder / name).stat().st_size
        for name in (DOCUMENT_FILE, FIGURES_FILE)
        if (folder / name).exists()
    )


def load_seconds(folder: Path, repeats: int = 3) -> float:
    """Return how long ``load_document`` takes on ``folder``."""
    return median_seconds(lambda: load_document(folder), repeats)


def _check(folder: Path) -> None:
    out = io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(out):
        status = viewer_main(["--check", str(folder)])
    if status != EXIT_OK:
        raise AssertionError(f"viewer --check {folder} failed: {out.getvalue().strip()}")


def check_seconds(folder: Path, repeats: int = 3) -> float:
    """Return how long ``viewer --check FOLDER`` takes, run in this process.

    This is the command line's own ``main``, so it parses the arguments, loads
    and checks the report and prints its summary (captured here), but does not
    start or end a process.

    Raises:
        AssertionError: The check fails.
    """
    return median_seconds(lambda: _check(folder), repeats)


def _find(index: TextIndex, query: str, position: int) -> int:
    # What the find bar does on each change of its text: find every match (it
    # shows "match i of n"), then the first one from the place being read.
    return index.find_all(query).first_from(position)


def find_all_seconds(
    document: Document, query: str = QUERY, repeats: int = 5, *, first: bool = False
) -> float:
    """Return how long finding every match of ``query`` in the document takes.

    As the find bar does: the reading map's blocks are indexed once, on the
    first search, and each search then finds every match and picks the first
    one from the place being read (here the middle of the document).

    Args:
        document: The report.
        query: What is typed in the find field.
        repeats: How many runs to take the median of.
        first: Time the first search, which also builds the index.
    """
    reading_map = ReadingMap(document, photos_title=PHOTOS_TITLE)
    position = len(reading_map.blocks) // 2
    if first:
        return median_seconds(
            lambda: _find(TextIndex(reading_map.blocks), query, position), repeats
        )
    index = TextIndex(reading_map.blocks)
    return median_seconds(lambda: _find(index, query, position), repeats)


def match_count(document: Document, query: str = QUERY) -> int:
    """Return how many matches of ``query`` the find bar counts in the document."""
    reading_map = ReadingMap(document, photos_title=PHOTOS_TITLE)
    return len(TextIndex(reading_map.blocks).find_all(query))


def reading_map_seconds(document: Document, repeats: int = 3) -> float:
    """Return how long building the reading map (blocks, sections, stops) takes."""
    return median_seconds(lambda: ReadingMap(document, photos_title=PHOTOS_TITLE), repeats)


def load_memory(folder: Path) -> tuple[int, int]:
    """Return the memory loading ``folder`` takes, in bytes, as tracemalloc sees it.

    Returns:
        The peak while loading, and what the loaded document keeps, both
        counted from just before loading.
    """
    was_tracing = tracemalloc.is_tracing()
    if not was_tracing:
        tracemalloc.start()
    try:
        tracemalloc.reset_peak()
        before, _ = tracemalloc.get_traced_memory()
        document = load_document(folder)
        retained, peak = tracemalloc.get_traced_memory()
        del document
    finally:
        if not was_tracing:
            tracemalloc.stop()
    return peak - before, retained - before


def measure(
    n: int,
    folder: Path,
    query: str = QUERY,
    repeats: int | None = None,
    typical_query: str = TYPICAL_QUERY,
) -> dict[str, Any]:
    """Write the N× report into ``folder`` and return its row of the growth table."""
    runs = repeats if repeats is not None else repeats_for(n)
    write_scaled_report(n, folder)
    document = load_document(folder)
    size = text_bytes(folder)
    peak, retained = load_memory(folder)
    return {
        "scale": n,
        "text_mb": round(size / MIB, 2),
        "sections": sum(1 for _ in document.all_sections()),
        "statistics": len(document.statistics),
        "load_s": round(load_seconds(folder, runs), 3),
        "check_s": round(check_seconds(folder, runs), 3),
        "find_ms": round(1000 * find_all_seconds(document, query, runs), 1),
        "first_find_ms": round(1000 * find_all_seconds(document, query, runs, first=True), 1),
        "matches": match_count(document, query),
        "find_typical_ms": round(1000 * find_all_seconds(document, typical_query, runs), 1),
        "reading_map_s": round(reading_map_seconds(document, runs), 3),
        "load_peak_mb": round(peak / MIB, 1),
        "retained_mb": round(retained / MIB, 1),
        "peak_per_text": round(peak / size, 1),
    }


def growth_table(
    ns: Sequence[int] = (1, 10, 100, 1000),
    query: str = QUERY,
    repeats: int | None = None,
    typical_query: str = TYPICAL_QUERY,
) -> list[dict[str, Any]]:
    """Measure the review at each scale in ``ns``; return one row per scale.

    Each report is written to a temporary folder, removed afterwards. A row
    holds: ``scale``; ``text_mb`` (size of the content files); ``sections`` and
    ``statistics``; ``load_s`` and ``check_s``; ``find_ms`` (a search with the
    index built) and ``first_find_ms`` (the first search, which builds it),
    with ``matches`` found; ``find_typical_ms`` (a search for a word with few
    matches); ``reading_map_s``; ``load_peak_mb`` and
    ``retained_mb`` (tracemalloc, while loading and after); ``peak_per_text``
    (peak memory per byte of text, which stays flat if memory grows no faster
    than the text).

    Args:
        ns: The scales.
        query: What the find figures search for.
        repeats: Runs per timing; by default fewer for larger scales.
        typical_query: What the typical find figure searches for.
    """
    rows = []
    for n in ns:
        with tempfile.TemporaryDirectory(prefix=f"scale-{n}-") as tmp:
            rows.append(measure(n, Path(tmp), query, repeats, typical_query))
    return rows


def profile(run: Callable[[], object], limit: int = 15, sort: str = "tottime") -> str:
    """Run ``run`` under cProfile and return its top ``limit`` entries as text."""
    profiler = cProfile.Profile()
    profiler.runcall(run)
    out = io.StringIO()
    pstats.Stats(profiler, stream=out).sort_stats(sort).print_stats(limit)
    return out.getvalue()


def main(argv: Sequence[str] | None = None) -> int:
    """Print the growth table, or a profile of loading; return the exit status."""
    parser = argparse.ArgumentParser(prog="scale_measure", description=__doc__)
    parser.add_argument("ns", type=int, nargs="*", default=[1, 10, 100, 1000])
    parser.add_argument("--profile", type=int, metavar="N", help="profile loading N×")
    args = parser.parse_args(argv)
    if args.profile is not None:
        with tempfile.TemporaryDirectory() as tmp:
            folder = write_scaled_report(args.profile, Path(tmp))
            document = load_document(folder)
            print(f"load_document, {args.profile}×:")
            print(profile(lambda: load_document(folder)))
            print(f"ReadingMap, {args.profile}×:")
            print(profile(lambda: ReadingMap(document, photos_title=PHOTOS_TITLE)))
            print(f"find {QUERY!r}, first search, {args.profile}×:")
            print(profile(lambda: find_all_seconds(document, repeats=1, first=True)))
        return 0
    rows = growth_table(args.ns)
    keys = list(rows[0])
    cells = [keys, *([str(row[k]) for k in keys] for row in rows)]
    widths = [max(len(cell[i]) for cell in cells) for i in range(len(keys))]
    for cell_row in cells:
        print("  ".join(c.rjust(w) for c, w in zip(cell_row, widths, strict=True)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
