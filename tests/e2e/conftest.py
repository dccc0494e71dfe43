"""What the end-to-end tests share: a private desktop for the real program."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest


def start(command: list[str], env: dict[str, str]) -> subprocess.Popen[str]:
    return subprocess.Popen(
        command, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True
    )


@pytest.fixture
def desktop(tmp_path: Path) -> Iterator[dict[str, str]]:
    """A private X display, D-Bus session and accessibility bus."""
    xvfb_program, dbus_program = shutil.which("Xvfb"), shutil.which("dbus-daemon")
    assert xvfb_program is not None, "make test installs Xvfb"
    assert dbus_program is not None, "make test installs dbus"
    runtime = tmp_path / "runtime"
    runtime.mkdir(mode=0o700)
    env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "HOME": str(tmp_path),
        "XDG_RUNTIME_DIR": str(runtime),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "XDG_DATA_HOME": str(tmp_path / "data"),
        "XDG_CACHE_HOME": str(tmp_path / "cache"),
    }
    processes: list[subprocess.Popen[str]] = []
    xvfb = subprocess.Popen(
        [xvfb_program, "-displayfd", "1", "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    processes.append(xvfb)
    assert xvfb.stdout is not None
    env["DISPLAY"] = ":" + xvfb.stdout.readline().strip()
    bus = start([dbus_program, "--session", "--nofork", "--print-address=1"], env)
    processes.append(bus)
    assert bus.stdout is not None
    env["DBUS_SESSION_BUS_ADDRESS"] = bus.stdout.readline().strip()
    processes.append(start(["/usr/libexec/at-spi-bus-launcher", "--launch-immediately"], env))
    try:
        yield env
    finally:
        for process in reversed(processes):
            process.terminate()
            process.wait(timeout=10)
            if process.stdout is not None:
                process.stdout.close()


@contextmanager
def running_viewer(env: dict[str, str], args: list[str]) -> Iterator[subprocess.Popen[bytes]]:
    """The viewer, in English, on the private desktop, with its AT-SPI bridge on."""
    viewer_env = {**env, "QT_LINUX_ACCESSIBILITY_ALWAYS_ON": "1", "QT_QPA_PLATFORM": "xcb"}
    viewer = subprocess.Popen(
        [sys.executable, "-m", "viewer", "--lang", "en", *args],
        env=viewer_env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        yield viewer
    finally:
        viewer.terminate()
        viewer.wait(timeout=15)


def focus_window(env: dict[str, str], title: str, timeout: float = 30) -> str:
    """Give the keyboard focus to the window whose title holds ``title``; its id.

    There is no window manager on the private display to do it.
    """
    xdotool = shutil.which("xdotool")
    assert xdotool is not None, "make test installs xdotool"
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        found = subprocess.run(
            [xdotool, "search", "--name", title],
            env=env,
            capture_output=True,
            text=True,
            check=False,
        ).stdout.split()
        # A window just made may not be mapped yet, and then cannot take the focus.
        if (
            found
            and subprocess.run(
                [xdotool, "windowfocus", "--sync", found[0]],
                env=env,
                stderr=subprocess.DEVNULL,
                check=False,
            ).returncode
            == 0
        ):
            return found[0]
        time.sleep(0.2)
    raise AssertionError(f"no window called {title!r} appeared")


def press(env: dict[str, str], key: str) -> None:
    """Press ``key`` (an xdotool key name) in the window that has the focus."""
    xdotool = shutil.which("xdotool")
    assert xdotool is not None, "make test installs xdotool"
    subprocess.run([xdotool, "key", key], env=env, check=True)


@contextmanager
def running_sound_server(env: dict[str, str]) -> Iterator[None]:
    """A PulseAudio server with a null sink, in ``env``'s runtime folder, while in the block."""
    pulseaudio = shutil.which("pulseaudio")
    assert pulseaudio is not None, "make test installs pulseaudio"
    server = subprocess.Popen(
        [
            pulseaudio,
            "--daemonize=no",
            "--exit-idle-time=-1",
            "-n",
            "--load=module-null-sink sink_name=null",
            "--load=module-native-protocol-unix",
        ],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    socket = Path(env["XDG_RUNTIME_DIR"]) / "pulse" / "native"
    deadline = time.monotonic() + 15
    try:
        while not socket.exists():
            assert server.poll() is None, "the sound server did not start"
            assert time.monotonic() < deadline, "the sound server did not open its socket"
            time.sleep(0.05)
        yield
    finally:
        server.terminate()
        server.wait(timeout=10)
