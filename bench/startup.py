"""Start-up and memory of the viewer as a process, against a minimal Qt program.

Targets: from process start to the window painted with the first section, at
most 1.3 times the floor; resident memory (RSS) once it is painted, at most 1.5
times the floor. The floor, ``bench/floor_app.py``, shows the same section's
text in one QTextBrowser and does nothing else.

Both programs run on a private Xvfb display (platform xcb) with a private D-Bus
session and empty home and XDG folders, so nothing of the user's is read or
written. Each prints one JSON line once its first paint is done (the viewer
with ``--report-startup``) and exits. They get only the variables set here:
what the calling shell has (PYTHONDONTWRITEBYTECODE, QT_SCALE_FACTOR, a theme)
would change what is measured. They run with the Python running this file,
which must be the project's (``.venv/bin/python bench/startup.py``).

The time is measured by this process, from just before it starts the program
to the moment it reads that line: one monotonic clock, sub-millisecond, and the
same for both programs, interpreter start-up included. The programs' own
figure (time since the kernel started the process) is kept in the samples too,
but it has the resolution of a clock tick (10 ms). The memory is the program's
own VmRSS at the moment of the report; nothing else can see it that exactly.

Runs alternate between the two programs, in the order viewer-floor and then
floor-viewer, so that drift of the machine is shared; one untimed run of each
comes first so that the file cache and the font cache are warm.

Run ``python bench/startup.py`` (``--help`` for the options) for a table, or
call :func:`measure_startup`.
"""

from __future__ import annotations

import argparse
import json
import os
import select
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import IO, Any

FLOOR = Path(__file__).resolve().parent / "floor_app.py"
#: A program that has not painted by then is taken to hang.
TIMEOUT_S = 60.0
TARGETS = {"painted_ms": 1.3, "rss_kb": 1.5}
VIEWER, FLOOR_NAME = "viewer", "floor"
FIELDS = ("painted_ms", "own_ms", "cpu_ms", "rss_kb", "peak_rss_kb")


@dataclass(frozen=True)
class Sample:
    """One run of one program.

    Attributes:
        program: ``viewer`` or ``floor``.
        painted_ms: From just before the program was started to its report, measured here.
        own_ms: The program's own time since its process started (to 10 ms).
        cpu_ms: The CPU time it had used by then (all its threads): less
            disturbed than the time by other work on the machine.
        rss_kb: Its resident memory when it reported.
        peak_rss_kb: The most resident memory it had until then.
    """

    program: str
    painted_ms: float
    own_ms: float
    cpu_ms: float
    rss_kb: int
    peak_rss_kb: int


@contextmanager
def private_display() -> Iterator[dict[str, str]]:
    """A private Xvfb display and D-Bus session; yields the environment for programs on it."""
    xvfb, dbus = shutil.which("Xvfb"), shutil.which("dbus-daemon")
    if xvfb is None or dbus is None:
        raise RuntimeError("the start-up benchmark needs Xvfb and dbus-daemon (make system-deps)")
    with tempfile.TemporaryDirectory(prefix="viewer-startup-") as scratch:
        home = Path(scratch)
        runtime = home / "runtime"
        runtime.mkdir(mode=0o700)
        env = {
            "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
            "HOME": str(home),
            "XDG_RUNTIME_DIR": str(runtime),
            "XDG_CONFIG_HOME": str(home / "config"),
            "XDG_DATA_HOME": str(home / "data"),
            "XDG_CACHE_HOME": str(home / "cache"),
            "LANG": "C.UTF-8",
        }
        processes: list[subprocess.Popen[str]] = []
        try:
            display = subprocess.Popen(
                [xvfb, "-displayfd", "1", "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
                env=env,
                stdout=subprocess.PIPE,
                stderr=subprocess.DEVNULL,
                text=True,
            )
            processes.append(display)
            env["DISPLAY"] = ":" + _first_line(display, "Xvfb").strip()
            bus = subprocess.Popen(
                [dbus, "--session", "--nofork", "--print-address=1"],
                env=env,
                stdout=subprocess.PIPE,
                stderr=subprocess.DEVNULL,
                text=True,
            )
            processes.append(bus)
            env["DBUS_SESSION_BUS_ADDRESS"] = _first_line(bus, "dbus-daemon").strip()
            env["QT_QPA_PLATFORM"] = "xcb"
            yield env
        finally:
            for process in reversed(processes):
                process.terminate()
                process.wait(timeout=10)
                if process.stdout is not None:
                    process.stdout.close()


def _first_line(process: subprocess.Popen[str], name: str) -> str:
    """The first line ``process`` writes, or an error if it writes none in time."""
    assert process.stdout is not None
    ready, _, _ = select.select([process.stdout], [], [], TIMEOUT_S)
    line = process.stdout.readline() if ready else ""
    if not line.endswith("\n"):
        process.kill()
        raise RuntimeError(f"{name} did not start (exit status {process.poll()})")
    return line


def run_once(program: str, command: list[str], env: dict[str, str]) -> Sample:
    """Start ``command``, wait for its report line, and return it as a sample."""
    with tempfile.TemporaryFile("w+") as errors:
        started = time.perf_counter()
        process = subprocess.Popen(
            command, env=env, stdout=subprocess.PIPE, stderr=errors, text=True
        )
        try:
            line = _first_line(process, program)
            painted_ms = (time.perf_counter() - started) * 1000
            status = process.wait(timeout=TIMEOUT_S)
        except (RuntimeError, subprocess.TimeoutExpired) as error:
            process.kill()
            process.wait()
            raise RuntimeError(f"{error}; its errors:\n{_tail(errors)}") from None
        finally:
            assert process.stdout is not None
            process.stdout.close()
        if status != 0:
            # A crash on the way out is no start-up cost, but must not pass unseen.
            raise RuntimeError(f"{program} exited with status {status}:\n{_tail(errors)}")
    report = json.loads(line)
    return Sample(
        program,
        painted_ms,
        float(report["painted_ms"]),
        float(report["cpu_ms"]),
        int(report["rss_kb"]),
        int(report["peak_rss_kb"]),
    )


def _tail(file: IO[str]) -> str:
    file.seek(0)
    return file.read()[-2000:]


def commands(content: Path | None = None) -> dict[str, list[str]]:
    """The command of each program; ``content`` is opened by the viewer only."""
    viewer = [sys.executable, "-m", "viewer", "--lang", "zh_CN", "--report-startup"]
    if content is not None:
        viewer += ["--content", str(content.resolve())]
    return {VIEWER: viewer, FLOOR_NAME: [sys.executable, str(FLOOR)]}


def measure_startup(runs: int = 6, content: Path | None = None) -> dict[str, Any]:
    """Measure start-up time and memory of the viewer and the floor, ``runs`` times each.

    Args:
        runs: Timed runs of each program (after one untimed warm-up run of each).
        content: A content folder for the viewer to open (``--content``) instead
            of the bundled review, such as a scaled-up copy; the floor always
            shows the bundled review's first section.

    Returns:
        ``{"viewer": {...}, "floor": {...}, "ratios": {...}, "targets": {...},
        "runs": runs, "content": str | None}``: for each program the medians
        ``painted_ms``, ``own_ms``, ``cpu_ms``, ``rss_kb`` and ``peak_rss_kb``
        and its ``samples`` (each a :class:`Sample` as a dict, in the order
        run); ``ratios`` gives viewer / floor for each median, and ``targets``
        the highest ratios allowed (``painted_ms`` 1.3, ``rss_kb`` 1.5; the
        other figures have none: they help to read these two).
    """
    if runs < 1:
        raise ValueError("runs must be at least 1")
    programs = commands(content)
    samples: dict[str, list[Sample]] = {name: [] for name in programs}
    with private_display() as env:
        for name, command in programs.items():
            run_once(name, command, env)  # warm-up: file and font caches
        for round_ in range(runs):
            order = list(programs) if round_ % 2 == 0 else list(reversed(programs))
            for name in order:
                samples[name].append(run_once(name, programs[name], env))
    result: dict[str, Any] = {"runs": runs, "content": None if content is None else str(content)}
    for name, taken in samples.items():
        medians = {field: statistics.median(getattr(s, field) for s in taken) for field in FIELDS}
        result[name] = {**medians, "samples": [asdict(s) for s in taken]}
    result["ratios"] = {
        field: result[VIEWER][field] / result[FLOOR_NAME][field] for field in FIELDS
    }
    result["targets"] = dict(TARGETS)
    return result


def table(result: dict[str, Any]) -> str:
    """The medians, ratios and targets of a :func:`measure_startup` result, as text."""
    viewer, floor, ratios = result[VIEWER], result[FLOOR_NAME], result["ratios"]
    rows = [
        ("painted (ms)", "painted_ms", 1.0),
        ("  own clock (ms)", "own_ms", 1.0),
        ("  CPU time (ms)", "cpu_ms", 1.0),
        ("RSS (MiB)", "rss_kb", 1024.0),
        ("  peak RSS (MiB)", "peak_rss_kb", 1024.0),
    ]
    lines = [
        f"Start-up to the first section painted, Xvfb (xcb); median of {result['runs']} runs"
        + (f"; viewer opens {result['content']}" if result["content"] else ""),
        f"{'':18}{'viewer':>9}{'floor':>9}{'ratio':>8}  target",
    ]
    for label, field, scale in rows:
        target = TARGETS.get(field)
        verdict = ""
        if target is not None:
            verdict = f"<= {target}x  " + ("ok" if ratios[field] <= target else "MISSED")
        lines.append(
            f"{label:18}{viewer[field] / scale:9.1f}{floor[field] / scale:9.1f}"
            f"{ratios[field]:7.2f}x  {verdict}".rstrip()
        )
    lines.append("")
    lines.append("samples, in the order run (painted ms / RSS MiB):")
    for name in (VIEWER, FLOOR_NAME):
        shown = "  ".join(
            f"{s['painted_ms']:.0f}/{s['rss_kb'] / 1024:.1f}" for s in result[name]["samples"]
        )
        lines.append(f"  {name:7} {shown}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    """Measure, print the table (and save the result as JSON if asked)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--runs", type=int, default=6, help="timed runs of each (default 6)")
    parser.add_argument("--content", type=Path, help="a content folder for the viewer to open")
    parser.add_argument("--json", type=Path, metavar="FILE", help="also save the result here")
    args = parser.parse_args(argv)
    result = measure_startup(args.runs, args.content)
    print(table(result))
    if args.json is not None:
        args.json.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
