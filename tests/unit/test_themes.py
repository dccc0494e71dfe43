"""Themes as data: the contrast maths, every bundled theme's contrast, bad theme files."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from tests.support import REQUIRED_THEMES, run_viewer
from viewer.paths import bundled
from viewer.themes.contrast import NON_TEXT, between, contrast_ratio, relative_luminance, rgb
from viewer.themes.theme import (
    CONTROL_SURROUNDS,
    NON_TEXT_PAIRS,
    ROLES,
    TEXT_PAIRS,
    ThemeError,
    load_theme,
    load_themes,
)
from viewer.themes.typography import Typography

THEMES = bundled("assets") / "themes"


def test_contrast_maths() -> None:
    assert contrast_ratio("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast_ratio("#fff", "#ffffff") == pytest.approx(1.0)
    assert contrast_ratio("#767676", "#ffffff") == pytest.approx(4.54, abs=0.01)
    assert contrast_ratio("#ffff00", "#000000") == pytest.approx(19.56, abs=0.01)
    assert contrast_ratio("#123456", "#abcdef") == contrast_ratio("#abcdef", "#123456")
    assert relative_luminance("#808080") == pytest.approx(0.2159, abs=0.0001)
    assert rgb("#1a2B3c") == (26, 43, 60)
    with pytest.raises(ValueError, match="not a colour"):
        rgb("yellow")


def bundled_themes() -> list[str]:
    return sorted(p.stem for p in THEMES.glob("*.yaml"))


def test_the_required_themes_are_shipped() -> None:
    assert set(bundled_themes()) >= set(REQUIRED_THEMES)
    themes, problems = load_themes([THEMES])
    assert problems == []
    assert sum(t.high_contrast for t in themes.values()) >= 3


@pytest.mark.parametrize("name", bundled_themes())
@pytest.mark.parametrize(("front", "back"), TEXT_PAIRS)
def test_text_contrast(name: str, front: str, back: str) -> None:
    theme = load_theme(THEMES / f"{name}.yaml")
    assert contrast_ratio(theme[front], theme[back]) >= theme.text_threshold


@pytest.mark.parametrize("name", bundled_themes())
@pytest.mark.parametrize(("element", "around"), NON_TEXT_PAIRS)
def test_non_text_contrast(name: str, element: str, around: str) -> None:
    theme = load_theme(THEMES / f"{name}.yaml")
    assert contrast_ratio(theme[element], theme[around]) >= NON_TEXT


@pytest.mark.parametrize("name", bundled_themes())
def test_the_chart_colour_stands_out(name: str) -> None:
    theme = load_theme(THEMES / f"{name}.yaml")
    assert contrast_ratio(theme.chart, theme["background"]) >= NON_TEXT
    assert theme.contrast_failures() == []


def test_a_chart_colour_that_does_not_stand_out_is_a_failure(tmp_path: Path) -> None:
    text = (THEMES / "light.yaml").read_text("utf-8")
    text = text.replace('chart: "#0b57d0"', 'chart: "#fafafa"')
    theme = load_theme(write(tmp_path, "faint", text))
    assert theme.contrast_failures() == ["chart on background: 1.04 < 3.0"]


def test_the_colour_between_two_stands_out_equally_from_both() -> None:
    middle = between("#000000", "#ffffff")
    assert contrast_ratio(middle, "#000000") == pytest.approx(21**0.5, abs=0.1)
    assert contrast_ratio(middle, "#ffffff") == pytest.approx(21**0.5, abs=0.1)
    assert between("#ffffff", "#000000") == middle  # in either order
    yellow = between("#000000", "#ffff00")
    red, green, blue = rgb(yellow)
    assert red == green  # a darker yellow: the mix keeps the hue
    assert blue == 0
    assert between("#123456", "#123456") == "#123456"
    # Colours 9:1 apart or more give a middle 3:1 from each; closer ones do not.
    assert (
        min(contrast_ratio(between("#f0f0f0", "#1a1a1a"), c) for c in ("#f0f0f0", "#1a1a1a")) >= 3
    )
    assert contrast_ratio(between("#ffffff", "#767676"), "#767676") < 3


@pytest.mark.parametrize("name", bundled_themes())
@pytest.mark.parametrize("around", CONTROL_SURROUNDS)
def test_controls_parts_stand_out(name: str, around: str) -> None:
    # A slider's track and a scroll bar's thumb, against the panel, the handle, the page.
    theme = load_theme(THEMES / f"{name}.yaml")
    assert contrast_ratio(theme.control, theme[around]) >= NON_TEXT


def test_a_panel_too_close_to_its_text_for_a_controls_parts_is_a_failure(tmp_path: Path) -> None:
    # 4.6:1 is text enough, but leaves no colour 3:1 from both for a slider's track.
    text = (THEMES / "light.yaml").read_text("utf-8")
    text = text.replace('window_text: "#1a1a1a"', 'window_text: "#6a6a6a"')
    theme = load_theme(write(tmp_path, "close", text))
    assert theme.contrast_failures() == [
        "control on window: 2.19 < 3.0",
        "control on window_text: 2.17 < 3.0",
        "control on background: 2.49 < 3.0",
    ]


def test_a_theme_without_a_chart_colour_draws_charts_in_its_text_colour(tmp_path: Path) -> None:
    text = (THEMES / "light.yaml").read_text("utf-8")
    lines = [line for line in text.splitlines() if not line.startswith("chart:")]
    theme = load_theme(write(tmp_path, "plain", "\n".join(lines)))
    assert theme.chart == theme["text"]


def write(folder: Path, name: str, text: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{name}.yaml"
    path.write_text(text, "utf-8")
    return path


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("colours: [", "cannot be read as a theme"),
        ("- a list", "a theme is a mapping"),
        ("format: 1\ntitle: {en: X}\nscheme: light\ncolours: {}\n", "missing 'text'"),
        ("format: 1\ntitle: {en: X}\nscheme: grey\ncolours: {}\n", "scheme must be light or"),
        ("format: 1\ntitle: {en: X}\nscheme: light\nshape: round\n", "unknown key 'shape'"),
        ("title: {en: X}\nscheme: light\ncolours: {}\n", "format must be 1"),
        ("format: 2\ntitle: {en: X}\nscheme: light\ncolours: {}\n", "format must be 1"),
        ("format: true\ntitle: {en: X}\nscheme: light\ncolours: {}\n", "format must be 1"),
    ],
)
def test_a_malformed_theme_is_skipped_with_a_message(
    tmp_path: Path, text: str, message: str
) -> None:
    user = tmp_path / "themes"
    bad = write(user, "mine", text)
    themes, problems = load_themes([THEMES, user])
    assert set(themes) == set(bundled_themes())  # the others still load
    (problem,) = problems
    assert problem.startswith(f"{bad}:")
    assert message in problem


def test_a_bad_colour_names_its_role(tmp_path: Path) -> None:
    text = (
        (THEMES / "light.yaml")
        .read_text("utf-8")
        .replace('focus_ring: "#0b57d0"', "focus_ring: blue")
    )
    path = write(tmp_path, "bad", text)
    with pytest.raises(ThemeError, match=r"focus_ring: 'blue' is not a colour"):
        load_theme(path)


def test_a_users_theme_is_added_and_can_replace_a_bundled_one(tmp_path: Path) -> None:
    user = tmp_path / "themes"
    light = (THEMES / "light.yaml").read_text("utf-8")
    write(user, "my-theme", light.replace("Standard light", "Mine"))
    write(user, "dark", light.replace("Standard light", "My dark"))
    themes, problems = load_themes([THEMES, user])
    assert problems == []
    assert themes["my-theme"].title("en") == "Mine"
    assert themes["dark"].title("en") == "My dark"


def test_every_role_is_documented_in_the_data() -> None:
    for name in bundled_themes():
        assert set(load_theme(THEMES / f"{name}.yaml").colours) == set(ROLES)


def test_typography_limits_and_zoom_ladder() -> None:
    assert Typography(zoom=1000, line_height=3, letter_spacing=50).clamped() == Typography(
        zoom=400, line_height=2.0, letter_spacing=12
    )
    assert Typography(zoom=100).zoomed(1).zoom == 110
    assert Typography(zoom=400).zoomed(1).zoom == 400
    assert Typography(zoom=50).zoomed(-1).zoom == 50
    assert Typography(zoom=200).reading_pt == 26.0


def run_viewer_at(home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {"XDG_CONFIG_HOME": str(home), "PATH": "/usr/bin:/bin", "QT_QPA_PLATFORM": "offscreen"}
    return run_viewer(*args, env=env)


def test_list_themes_includes_the_users_own(tmp_path: Path) -> None:
    write(tmp_path / "viewer" / "themes", "my-theme", (THEMES / "light.yaml").read_text("utf-8"))
    write(tmp_path / "viewer" / "themes", "broken", "colours: [")
    result = run_viewer_at(tmp_path, "--list-themes")
    assert result.returncode == 0
    names = [line.split("\t")[0] for line in result.stdout.splitlines()]
    assert set(names) == set(bundled_themes()) | {"my-theme"}
    assert (
        "high-contrast-yellow-on-black\tHigh contrast yellow on black (high contrast)"
        in result.stdout
    )
    assert "theme skipped" in result.stderr
    assert "broken.yaml" in result.stderr


def test_an_unknown_theme_is_refused(tmp_path: Path) -> None:
    result = run_viewer_at(tmp_path, "--theme", "purple", "--check")
    assert result.returncode == 2
    assert "no theme is called 'purple'" in result.stderr
