"""A colour theme: colours by role, read from a YAML file."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import Any

import yaml

from viewer.content.yamlfile import FAST_SAFE_LOADER
from viewer.themes.contrast import (
    NON_TEXT,
    TEXT_AA,
    TEXT_AAA,
    between,
    contrast_ratio,
    is_colour,
)

#: Every colour a theme names, and what it is for.
ROLES: dict[str, str] = {
    "text": "text of the document",
    "background": "behind the document's text",
    "heading": "headings",
    "link": "links",
    "window": "panels around the text (contents, bars)",
    "window_text": "text on the panels",
    "button": "buttons",
    "button_text": "text on buttons",
    "selection_text": "selected text and the current find match",
    "selection_background": "behind selected text",
    "focus_ring": "the frame around what has the keyboard focus",
    "reading_text": "the sentence being read aloud",
    "reading_background": "behind the sentence being read aloud",
    "border": "edges of controls",
    "disabled_text": "text of controls that cannot be used now",
}

#: Pairs of (foreground, background) roles that carry text.
TEXT_PAIRS: tuple[tuple[str, str], ...] = (
    ("text", "background"),
    ("heading", "background"),
    ("link", "background"),
    ("window_text", "window"),
    ("button_text", "button"),
    ("selection_text", "selection_background"),
    ("reading_text", "reading_background"),
    ("disabled_text", "window"),
    ("disabled_text", "background"),
)

#: Pairs of (element, surroundings) roles that must stand out without text.
NON_TEXT_PAIRS: tuple[tuple[str, str], ...] = (
    ("focus_ring", "background"),
    ("focus_ring", "window"),
    ("focus_ring", "button"),
    ("border", "background"),
    ("border", "window"),
    ("selection_background", "background"),
)

#: What the controls' own colour (``Theme.control``: slider tracks, scroll bar thumbs)
#: must stand out from: the panel, the handle drawn over it (in window_text), the page.
CONTROL_SURROUNDS: tuple[str, ...] = ("window", "window_text", "background")

_KEYS = {"format", "title", "scheme", "high_contrast", "colours", "chart"}
#: The version of the theme format this viewer reads.
FORMAT = 1


class ThemeError(Exception):
    """A theme file that cannot be used; the message says which and why."""


@dataclass(frozen=True)
class Theme:
    """A colour theme.

    Attributes:
        name: The file's name without its extension (what ``--theme`` takes).
        titles: Its name to show, by language (``en``, ``zh_CN``).
        scheme: ``light`` or ``dark``, for following the system.
        high_contrast: Whether it is one of the high-contrast themes (7:1 text).
        colours: A colour (#rrggbb) for every role in ROLES.
        chart: The colour charts draw their bars in (each chart is one series).
    """

    name: str
    titles: dict[str, str]
    scheme: str
    high_contrast: bool
    colours: dict[str, str]
    chart: str

    def title(self, language: str) -> str:
        """Its name in ``language``, else in English."""
        return self.titles.get(language) or self.titles.get("en") or self.name

    def __getitem__(self, role: str) -> str:
        return self.colours[role]

    @property
    def text_threshold(self) -> float:
        """The contrast its text must reach."""
        return TEXT_AAA if self.high_contrast else TEXT_AA

    @cached_property
    def control(self) -> str:
        """The colour of controls' parts drawn between the panel and the text on it.

        A slider's track and a scroll bar's thumb: halfway, in contrast, between
        ``window`` and ``window_text``, so that the track stands out from the panel
        and the handle (in ``window_text``) from the track.
        """
        return between(self["window"], self["window_text"])

    def contrast_failures(self) -> list[str]:
        """Every pair of colours below its WCAG threshold (empty when all pass)."""
        failures = []
        checks = [(a, b, self.text_threshold) for a, b in TEXT_PAIRS]
        checks += [(a, b, NON_TEXT) for a, b in NON_TEXT_PAIRS]
        for first, second, needed in checks:
            ratio = contrast_ratio(self[first], self[second])
            if ratio < needed:
                failures.append(f"{first} on {second}: {ratio:.2f} < {needed}")
        for around in CONTROL_SURROUNDS:
            ratio = contrast_ratio(self.control, self[around])
            if ratio < NON_TEXT:
                failures.append(f"control on {around}: {ratio:.2f} < {NON_TEXT}")
        ratio = contrast_ratio(self.chart, self["background"])
        if ratio < NON_TEXT:
            failures.append(f"chart on background: {ratio:.2f} < {NON_TEXT}")
        return failures


def load_theme(path: Path) -> Theme:
    """Read and check one theme file.

    Raises:
        ThemeError: The file is unreadable, not a theme, or lacks a colour.
    """
    try:
        # libyaml's safe loader where PyYAML has it: themes load at start-up.
        data = yaml.load(path.read_text("utf-8"), Loader=FAST_SAFE_LOADER)  # noqa: S506 (safe)
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as error:
        raise ThemeError(f"{path}: cannot be read as a theme: {error}") from None
    return _theme(path, data)


def _theme(path: Path, data: Any) -> Theme:  # noqa: C901 (one check per field, in order)
    if not isinstance(data, dict):
        raise ThemeError(f"{path}: a theme is a mapping of settings")
    unknown = sorted(str(k) for k in data if k not in _KEYS)
    if unknown:
        raise ThemeError(f"{path}: unknown key {unknown[0]!r}")
    if data.get("format") != FORMAT or isinstance(data.get("format"), bool):
        raise ThemeError(f"{path}: format must be {FORMAT} (the theme format this viewer reads)")
    titles = data.get("title")
    if not isinstance(titles, dict) or not all(isinstance(v, str) for v in titles.values()):
        raise ThemeError(f"{path}: title must map languages to names")
    scheme = data.get("scheme")
    if scheme not in ("light", "dark"):
        raise ThemeError(f"{path}: scheme must be light or dark")
    colours = data.get("colours")
    if not isinstance(colours, dict):
        raise ThemeError(f"{path}: colours must be a mapping of roles to colours")
    missing = [role for role in ROLES if role not in colours]
    if missing:
        raise ThemeError(f"{path}: colours: missing {missing[0]!r}")
    extra = [str(role) for role in colours if role not in ROLES]
    if extra:
        raise ThemeError(f"{path}: colours: unknown role {extra[0]!r}")
    chart = data.get("chart", colours.get("text"))
    for role, colour in [*colours.items(), ("chart", chart)]:
        if not is_colour(colour):
            raise ThemeError(f"{path}: {role}: {colour!r} is not a colour such as #1a2b3c")
    return Theme(
        name=path.stem,
        titles={str(k): v for k, v in titles.items()},
        scheme=scheme,
        high_contrast=bool(data.get("high_contrast", False)),
        colours={str(k): str(v).lower() for k, v in colours.items()},
        chart=str(chart).lower(),
    )


def load_themes(folders: Iterable[Path]) -> tuple[dict[str, Theme], list[str]]:
    """Load every ``*.yaml`` theme of ``folders``; later folders override earlier ones.

    Returns:
        The themes by name, and a message for every file that was skipped.
    """
    themes: dict[str, Theme] = {}
    problems: list[str] = []
    for folder in folders:
        if not folder.is_dir():
            continue
        for path in sorted(folder.glob("*.yaml")):
            try:
                themes[path.stem] = load_theme(path)
            except ThemeError as error:
                problems.append(str(error))
    return themes, problems
