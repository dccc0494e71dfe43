"""The one home of work off the GUI thread: run it in a thread, hear of it on the GUI thread.

Qt widgets may only be touched on the GUI thread, and the GUI thread must never
wait (a screen reader and the keyboard wait with it). Work that takes time, or
waits on another process, runs through ``Background``: ``run_in_background``
starts a function on a thread of its own and hands its result (or the error
it raised) to a callback on the GUI thread; ``deliver`` does the same for any
callable from any thread, and ``when_done`` for a future. The threads are
joined when the owner closes, so none outlives the window.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from concurrent.futures import Future
from typing import Any, TypeVar

from PySide6.QtCore import QObject, Qt, Signal

T = TypeVar("T")

#: How long closing waits for each thread; every one of them ends as soon as
#: what it waits on (an engine, an export polling for cancel) is closed.
JOIN_TIMEOUT_S = 5.0


class Background(QObject):
    """Runs work on threads and delivers what comes of it on the GUI thread."""

    # A callable to run on the GUI thread (queued there from any thread).
    _call = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        # Always queued, from the GUI thread too: what is delivered runs from
        # the event loop, never in the middle of the code that asked for it.
        self._call.connect(self._run_call, Qt.ConnectionType.QueuedConnection)
        self._threads: list[threading.Thread] = []

    def _run_call(self, call: Callable[[], object]) -> None:
        call()

    def deliver(self, callback: Callable[..., object], *args: Any) -> None:
        """Call ``callback(*args)`` on the GUI thread, from its event loop; safe from any thread.

        Once this object is gone (its window closed) nothing is delivered.
        """
        try:
            self._call.emit(lambda: callback(*args))
        except RuntimeError:  # the Qt object was deleted: nobody is left to tell
            return

    def run_in_background(
        self,
        work: Callable[[], T],
        on_done: Callable[[T | BaseException], object] | None = None,
        *,
        name: str,
    ) -> threading.Thread:
        """Run ``work`` on a thread of its own; give ``on_done`` its result on the GUI thread.

        ``on_done`` receives what ``work`` returned, or the exception it raised
        (any Exception; it is never raised into the event loop).
        """

        def run() -> None:
            try:
                result: T | BaseException = work()
            except Exception as error:  # noqa: BLE001 (handed to on_done, which reports it)
                result = error
            if on_done is not None:
                self.deliver(on_done, result)

        thread = threading.Thread(target=run, name=name, daemon=True)
        self._threads = [t for t in self._threads if t.is_alive()]
        self._threads.append(thread)
        thread.start()
        return thread

    def when_done(self, future: Future[T], on_done: Callable[[Future[T]], object]) -> None:
        """Call ``on_done(future)`` on the GUI thread once ``future`` is answered or cancelled."""
        future.add_done_callback(lambda done: self.deliver(on_done, done))

    def join(self, timeout_s: float = JOIN_TIMEOUT_S) -> None:
        """Wait for the threads started here to end (as the window closes)."""
        for thread in self._threads:
            if thread is not threading.current_thread():
                thread.join(timeout=timeout_s)
        self._threads = [t for t in self._threads if t.is_alive()]
