"""Hostile content files and paths: each is refused with one clear ContentError, never read."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from viewer.content import ContentError, load_document, yamlfile
from viewer.content.yamlfile import MAX_FILE_BYTES


def refused(folder: Path) -> ContentError:
    with pytest.raises(ContentError) as raised:
        load_document(folder)
    message = str(raised.value)
    assert "\n" not in message
    assert len(message) < 400
    return raised.value


def set_image(folder: Path, image: str) -> Path:
    """Give the first photo the image ``image`` (a YAML scalar as written)."""
    path = folder / "figures.yaml"
    text = path.read_text("utf-8")
    assert "image: null" in text
    path.write_text(text.replace("image: null", f"image: {image}", 1), "utf-8")
    return path


def make_picture(folder: Path, name: str = "picture.png") -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(b"\x89PNG\r\n\x1a\n")
    return path


@pytest.fixture
def outside(tmp_path: Path) -> Path:
    """A folder beside the content folder, with a picture in it."""
    folder = tmp_path / "elsewhere"
    make_picture(folder)
    return folder


# Asset paths ----------------------------------------------------------------------------


def test_a_picture_inside_the_folder_is_accepted(content_copy: Path) -> None:
    make_picture(content_copy / "images")
    set_image(content_copy, "images/picture.png")
    photo = load_document(content_copy).photos[0]
    assert photo.image == "images/picture.png"


def test_a_link_inside_the_folder_to_a_picture_inside_it_is_accepted(content_copy: Path) -> None:
    make_picture(content_copy)
    (content_copy / "alias.png").symlink_to("picture.png")
    set_image(content_copy, "alias.png")
    assert load_document(content_copy).photos[0].image == "alias.png"


@pytest.mark.parametrize(
    ("image", "reason"),
    [
        ("../elsewhere/picture.png", "must be a relative path inside the content folder"),
        ("images/../../elsewhere/picture.png", "must be a relative path inside the content"),
        ("/etc/passwd", "must be a relative path inside the content folder"),
        ("'C:\\x.png'", "must be a relative path inside the content folder"),
        ("'C:/x.png'", "must be a relative path inside the content folder"),
        ("'\\\\server\\share\\x.png'", "must be a relative path inside the content folder"),
        ("file:///etc/passwd", "must be a relative path inside the content folder"),
        ("https://example.invalid/x.png", "must be a relative path inside the content folder"),
        ('"picture\\0.png"', "must be a relative path inside the content folder"),
        ("nowhere.png", "no such file in the content folder"),
        ("'.'", "no such file in the content folder"),
        ("x" * 300, "cannot be used: File name too long"),
        ("a/" * 3000 + "x", "cannot be used: File name too long"),
    ],
)
def test_paths_that_leave_the_folder_or_lead_nowhere_are_refused(
    content_copy: Path, outside: Path, image: str, reason: str
) -> None:
    assert (outside / "picture.png").is_file()  # so that only the path is at fault
    path = set_image(content_copy, image)
    error = refused(content_copy)
    assert error.path == path
    assert error.field == "photos[0].image"
    assert reason in error.reason
    assert error.line is not None


def _file_link(folder: Path, outside: Path) -> str:
    (folder / "picture.png").symlink_to(outside / "picture.png")
    return "picture.png"


def _relative_link(folder: Path, _outside: Path) -> str:
    (folder / "picture.png").symlink_to(Path("..") / "elsewhere" / "picture.png")
    return "picture.png"


def _folder_link(folder: Path, outside: Path) -> str:
    (folder / "images").symlink_to(outside, target_is_directory=True)
    return "images/picture.png"


def _link_to_a_link(folder: Path, outside: Path) -> str:
    (folder / "step.png").symlink_to(outside / "picture.png")
    (folder / "picture.png").symlink_to("step.png")
    return "picture.png"


def _system_file(folder: Path, _outside: Path) -> str:
    (folder / "passwd").symlink_to("/etc/passwd")
    return "passwd"


@pytest.mark.parametrize(
    "make_link", [_file_link, _relative_link, _folder_link, _link_to_a_link, _system_file]
)
def test_links_that_lead_out_of_the_folder_are_refused(
    content_copy: Path, outside: Path, make_link: Callable[[Path, Path], str]
) -> None:
    image = make_link(content_copy, outside)
    set_image(content_copy, image)
    error = refused(content_copy)
    assert error.reason == f"{image!r} leads outside the content folder"
    assert error.field == "photos[0].image"


def test_a_loop_of_links_is_refused(content_copy: Path) -> None:
    (content_copy / "a.png").symlink_to("b.png")
    (content_copy / "b.png").symlink_to("a.png")
    set_image(content_copy, "a.png")
    error = refused(content_copy)
    assert "'a.png' cannot be used" in error.reason


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
def test_a_named_pipe_as_picture_is_refused(content_copy: Path) -> None:
    os.mkfifo(content_copy / "pipe.png")
    set_image(content_copy, "pipe.png")
    assert "no such file in the content folder" in refused(content_copy).reason


# The content files themselves --------------------------------------------------------------


@pytest.mark.parametrize("name", ["document.yaml", "figures.yaml"])
def test_a_content_file_linked_from_outside_the_folder_is_refused(
    content_copy: Path, tmp_path: Path, name: str
) -> None:
    # Even a valid file: a report is its folder, and shows nothing else.
    real = tmp_path / name
    (content_copy / name).rename(real)
    (content_copy / name).symlink_to(real)
    error = refused(content_copy)
    assert error.path == content_copy / name
    assert error.reason == "is a link to a file outside the content folder"


def test_a_link_to_a_file_inside_the_folder_is_read(content_copy: Path) -> None:
    (content_copy / "document.yaml").rename(content_copy / "text.yaml")
    (content_copy / "document.yaml").symlink_to("text.yaml")
    assert load_document(content_copy).title == "大爱北疆 温暖前行"


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="needs /dev/zero")
def test_a_device_is_refused_not_read(content_copy: Path) -> None:
    # /dev/zero never ends: reading it would take all memory.
    with pytest.raises(ContentError, match=r"^/dev/zero: is not a regular file$"):
        yamlfile.read_text(Path("/dev/zero"))
    (content_copy / "document.yaml").unlink()
    (content_copy / "document.yaml").symlink_to("/dev/zero")
    assert refused(content_copy).reason == "is a link to a file outside the content folder"


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
def test_a_named_pipe_is_refused_without_waiting(content_copy: Path) -> None:
    (content_copy / "figures.yaml").unlink()
    os.mkfifo(content_copy / "figures.yaml")
    error = refused(content_copy)
    assert error.path == content_copy / "figures.yaml"
    assert error.reason == "is not a regular file"


def test_a_folder_in_place_of_a_file_is_refused(content_copy: Path) -> None:
    (content_copy / "figures.yaml").unlink()
    (content_copy / "figures.yaml").mkdir()
    assert refused(content_copy).reason == "is a folder, not a file"


def test_a_dangling_link_is_refused_not_ignored(content_copy: Path) -> None:
    (content_copy / "figures.yaml").unlink()
    (content_copy / "figures.yaml").symlink_to("gone.yaml")
    assert refused(content_copy).reason == "file not found"


@pytest.mark.skipif(sys.platform == "win32", reason="sparse files")
def test_a_file_over_the_size_limit_is_refused_before_it_is_read(content_copy: Path) -> None:
    path = content_copy / "document.yaml"
    with path.open("r+b") as file:
        file.truncate(MAX_FILE_BYTES + 1)  # sparse: nothing is written
    error = refused(content_copy)
    assert error.reason == "file is larger than 64 MiB"


def test_a_file_that_grows_past_the_limit_while_read_is_refused(
    content_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The size is checked before reading and again on what was read.
    monkeypatch.setattr(yamlfile, "MAX_FILE_BYTES", 5000)
    real_fstat = os.fstat

    def small(descriptor: int) -> os.stat_result:
        result = real_fstat(descriptor)
        return os.stat_result((result.st_mode, *[0] * 5, 10, *[0] * 3))

    monkeypatch.setattr(os, "fstat", small)
    assert refused(content_copy).reason.startswith("file is larger than")
