"""Loading untrusted content under watch: a Document or a ContentError, in bounded time and memory.

Shared by the property-based tests of content. The bounds are generous on
purpose: they catch a hang or a blow-up (an alias expanding, a quadratic
parse), not a slow machine.
"""

from __future__ import annotations

import signal
import threading
import time
import tracemalloc
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from types import FrameType

from hypothesis import HealthCheck, settings

from viewer.content import ContentError, Document, load_document

#: A load that takes longer fails the example (the review loads in milliseconds).
MAX_SECONDS = 20.0
#: A load still running after this long is interrupted, as hung.
HANG_SECONDS = 60.0
#: Peak memory allocated while loading, as tracemalloc counts it.
MAX_PEAK_BYTES = 256 * 2**20
#: A message is one line of at most this many characters, besides the file's path.
MAX_REASON_CHARS = 300

#: Every property runs the same examples on every run and machine (no database,
#: no random seed), and no example is failed for being slow: the bounds above
#: say what is too slow.
REPRODUCIBLE = settings(
    derandomize=True,
    database=None,
    deadline=None,
    print_blob=False,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


class HangError(Exception):
    """Loading did not finish within HANG_SECONDS."""


@contextmanager
def interrupted_after(seconds: float) -> Iterator[None]:
    """Raise HangError in the main thread if the block runs longer than ``seconds``.

    Only where there is SIGALRM and this is the main thread; elsewhere the time
    is still checked afterwards.
    """
    usable = hasattr(signal, "SIGALRM") and threading.current_thread() is threading.main_thread()
    if not usable:
        yield
        return

    def hang(_signal: int, _frame: FrameType | None) -> None:
        raise HangError(f"still loading after {seconds:.0f} s")

    previous = signal.signal(signal.SIGALRM, hang)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def load_bounded(folder: Path) -> Document | ContentError:
    """Load ``folder``; return the Document or the ContentError, having checked the bounds.

    Any other exception propagates, and fails the test.
    """
    tracing = tracemalloc.is_tracing()
    if not tracing:
        tracemalloc.start()
    tracemalloc.reset_peak()
    start = time.monotonic()
    try:
        with interrupted_after(HANG_SECONDS):
            result: Document | ContentError = load_document(folder)
    except ContentError as error:
        result = error
    finally:
        elapsed = time.monotonic() - start
        _, peak = tracemalloc.get_traced_memory()
        if not tracing:
            tracemalloc.stop()
    assert elapsed < MAX_SECONDS, f"loading took {elapsed:.1f} s"
    assert peak < MAX_PEAK_BYTES, f"loading took {peak / 2**20:.0f} MiB at its peak"
    if isinstance(result, ContentError):
        assert_clear(result, folder)
    return result


def assert_clear(error: ContentError, folder: Path) -> None:
    """One message, on one line, naming a file of the folder (or the folder) and a reason."""
    message = str(error)
    assert "\n" not in message
    assert "\r" not in message
    assert error.path in (folder, folder / "document.yaml", folder / "figures.yaml")
    assert message.startswith(str(error.path))
    assert error.reason.strip()
    assert len(error.reason) <= MAX_REASON_CHARS, error.reason[:200]
    if error.field is not None:
        assert len(error.field) <= MAX_REASON_CHARS
    if error.line is not None:
        assert error.line >= 1
