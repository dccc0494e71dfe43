"""A synthetic report N times the size of the bundled review, for growth benchmarks.

The report is the review's own sections, statistics and photos repeated N times,
so its text is real Chinese and every rule of the content format holds: copy 0
keeps the review's ids, copy k gets ids ending in ``-rk`` (references follow),
its top-level headings or labels end in ``（k）`` and its top-level sections are
rotated by k, so that copies are not identical pages in identical order. Nothing
is random: the same N always writes the same bytes.

Run it as ``python -m bench.scale_report N DIR`` from the top of the checkout, or
as ``python bench/scale_report.py N DIR``; import it as
``from bench.scale_report import write_scaled_report``.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import yaml

from viewer.content.loader import DOCUMENT_FILE, FIGURES_FILE
from viewer.content.yamlfile import FAST_SAFE_LOADER, load_yaml, read_text
from viewer.paths import bundled

# Only used to probe whether a string can be written unquoted; libyaml makes
# the probe cheap, and each distinct string is probed once.

_plain_cache: dict[tuple[str, bool], str] = {}

#: Stands for the copy number in a rendered copy; it must not occur in the source.
_COPY = "@@"


def _string(text: str, *, flow: bool) -> str:
    """Spell a string as YAML: plain, as the review is written, or double-quoted.

    A string is written plain only when reading it back gives the same string
    (so ``100``, ``%`` or text with ``: `` are quoted); a JSON string is also a
    valid YAML double-quoted scalar, which makes quoting exact and fast.
    """
    key = (text, flow)
    cached = _plain_cache.get(key)
    if cached is not None:
        return cached
    spelled = json.dumps(text, ensure_ascii=False)
    if text and text == text.strip() and "\n" not in text:
        probe = f"{{k: {text}}}" if flow else f"k: {text}"
        try:
            if yaml.load(probe, Loader=FAST_SAFE_LOADER) == {"k": text}:  # noqa: S506 (a safe loader)
                spelled = text
        except yaml.YAMLError:
            pass
    _plain_cache[key] = spelled
    return spelled


def _scalar(value: Any, *, flow: bool = False) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return repr(value)
    return _string(str(value), flow=flow)


def _block(value: Any, indent: int, out: list[str]) -> None:
    """Append ``value``, a mapping or a list, in block style at ``indent`` spaces."""
    pad = " " * indent
    if isinstance(value, dict):
        for key, item in value.items():
            if isinstance(item, (dict, list)) and item:
                out.append(f"{pad}{key}:\n")
                _block(item, indent + 2, out)
            elif isinstance(item, list):
                out.append(f"{pad}{key}: []\n")
            else:
                out.append(f"{pad}{key}: {_scalar(item)}\n")
        return
    for item in value:
        if isinstance(item, dict):
            # The mapping's first line carries the dash: "- id: ...".
            first = len(out)
            _block(item, indent + 2, out)
            out[first] = f"{pad}- {out[first][indent + 2 :]}"
        elif isinstance(item, list):
            out.append(f"{pad}-\n")
            _block(item, indent + 2, out)
        else:
            out.append(f"{pad}- {_scalar(item)}\n")


def _flow(value: dict[str, Any]) -> str:
    """Spell a mapping of scalars on one line, as the review's statistics are."""
    return "{" + ", ".join(f"{k}: {_scalar(v, flow=True)}" for k, v in value.items()) + "}"


def _copy_section(raw: dict[str, Any], suffix: str, mark: str) -> dict[str, Any]:
    """Return a section with ``suffix`` on every id and ``mark`` on its own title."""
    section = dict(raw)
    section["id"] = raw["id"] + suffix
    title = "heading" if "heading" in raw else "label"
    section[title] = raw[title] + mark
    if raw.get("subsections"):
        section["subsections"] = [_copy_section(sub, suffix, "") for sub in raw["subsections"]]
    return section


def _copy(raw: dict[str, Any], suffix: str, fields: Sequence[str] = ("id",)) -> dict[str, Any]:
    item = dict(raw)
    for name in fields:
        item[name] = raw[name] + suffix
    return item


def _render_copy(
    top: Sequence[dict[str, Any]], figures: dict[str, Any], turn: int, suffix: str, mark: str
) -> tuple[str, str, str]:
    """Return one copy's sections, statistics and photos as YAML lines."""
    sections = [_copy_section(raw, suffix, mark) for raw in [*top[turn:], *top[:turn]]]
    text: list[str] = []
    _block(sections, 2, text)
    statistics = "".join(
        f"  - {_flow(_copy(raw, suffix, ('id', 'section')))}\n"
        for raw in figures.get("statistics", [])
    )
    photos: list[str] = []
    _block([_copy(raw, suffix) for raw in figures.get("photos", [])], 2, photos)
    return "".join(text), statistics, "".join(photos)


def scaled_texts(n: int, source: Path | None = None) -> tuple[str, str]:
    """Return the text of ``document.yaml`` and ``figures.yaml`` of the N× report.

    Args:
        n: How many copies of the review (at least 1).
        source: The content folder to repeat; the bundled review by default.

    Raises:
        ValueError: ``n`` is less than 1.
    """
    if n < 1:
        raise ValueError(f"the scale must be at least 1, not {n}")
    folder = source or bundled("content")
    document_text = read_text(folder / DOCUMENT_FILE)
    document = load_yaml(folder / DOCUMENT_FILE, document_text)
    figures_path = folder / FIGURES_FILE
    figures: dict[str, Any] = {}
    if figures_path.exists():
        figures_text = read_text(figures_path)
        figures = load_yaml(figures_path, figures_text)
        document_text += figures_text
    if _COPY in document_text:
        raise ValueError(f"the source text holds {_COPY!r}, which marks the copy number")
    top: list[dict[str, Any]] = document["sections"]

    head = {k: v for k, v in document.items() if k != "sections"}
    head["id"] = f"{document['id']}-x{n}"
    doc_out = [f"# The review repeated {n} times (bench/scale_report.py).\n"]
    _block(head, 0, doc_out)
    doc_out.append("sections:\n")
    stats_out = ["format: 1\n", "statistics:\n" if figures.get("statistics") else ""]
    photos_out = ["photos:\n"]
    # Each rotation is rendered once with a stand-in for the copy number, then
    # copied with the number put in: rendering every copy anew takes seconds.
    templates: dict[int, tuple[str, str, str]] = {}
    for copy in range(n):
        if copy == 0:
            parts = _render_copy(top, figures, 0, "", "")
        else:
            turn = copy % len(top)
            if turn not in templates:
                templates[turn] = _render_copy(top, figures, turn, f"-r{_COPY}", f"（{_COPY}）")
            number = str(copy)
            sections, stats, photos = templates[turn]
            parts = (
                sections.replace(_COPY, number),
                stats.replace(_COPY, number),
                photos.replace(_COPY, number),
            )
        doc_out.append(parts[0])
        stats_out.append(parts[1])
        photos_out.append(parts[2])
    has_photos = bool(figures.get("photos"))
    figures_out = "".join(stats_out) + ("".join(photos_out) if has_photos else "")
    return "".join(doc_out), figures_out


def write_scaled_report(n: int, folder: Path) -> Path:
    """Write the review repeated ``n`` times as a content folder, and return it.

    The folder is created if needed; its ``document.yaml`` and ``figures.yaml``
    are replaced.

    Raises:
        ValueError: ``n`` is less than 1.
    """
    document_text, figures_text = scaled_texts(n)
    folder.mkdir(parents=True, exist_ok=True)
    (folder / DOCUMENT_FILE).write_text(document_text, "utf-8")
    (folder / FIGURES_FILE).write_text(figures_text, "utf-8")
    return folder


def main(argv: Sequence[str] | None = None) -> int:
    """Write the N× report to DIR from the command line; return the exit status."""
    parser = argparse.ArgumentParser(
        prog="scale_report", description="Write the bundled review repeated N times."
    )
    parser.add_argument("n", type=int, help="how many copies of the review (1 or more)")
    parser.add_argument("folder", type=Path, help="the content folder to write")
    args = parser.parse_args(argv)
    if args.n < 1:
        parser.error("N must be at least 1")
    folder = write_scaled_report(args.n, args.folder)
    size = sum((folder / name).stat().st_size for name in (DOCUMENT_FILE, FIGURES_FILE))
    print(f"{folder}: {args.n}× the review, {size / 2**20:.1f} MiB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
