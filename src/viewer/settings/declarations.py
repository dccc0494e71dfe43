"""Every setting the viewer keeps, with its type, default and allowed values.

The store (QSettings in the interface) holds raw values; whatever it returns is
checked here, so a hand-edited or damaged settings file can never put a value
of the wrong type into the viewer: it is replaced by the default and reported.

Every limit, step and choice of a setting is written here once: the speed and
volume sliders, the keys that change them, the text settings dialog and the
typography all read them from this list.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from viewer.reading.blocks import Unit


@dataclass(frozen=True)
class Setting:
    """One setting.

    Attributes:
        key: Where it is stored ("group/name").
        type: ``str``, ``int``, ``bool`` or ``bytes``.
        default: Its value when it was never set or is not valid.
        description: What it is for, for the people reading this list.
        choices: For text settings, the allowed values.
        minimum: For whole numbers, the smallest allowed value.
        maximum: For whole numbers, the largest allowed value.
        step: For whole numbers, one step of a key, a slider or a spin box.
        page_step: For whole numbers, a large step (Page Up and Down on a slider).
    """

    key: str
    type: type
    default: Any
    description: str
    choices: tuple[str, ...] = ()
    minimum: int | None = None
    maximum: int | None = None
    step: int = 1
    page_step: int = 10

    @property
    def limits(self) -> tuple[int, int]:
        """The smallest and largest value of a whole-number setting."""
        if self.minimum is None or self.maximum is None:
            raise ValueError(f"{self.key} has no limits")
        return self.minimum, self.maximum

    def clamp(self, value: int) -> int:
        """``value`` brought within the limits of a whole-number setting."""
        low, high = self.limits
        return max(low, min(high, value))


@dataclass(frozen=True)
class SettingsProblem:
    """A stored value that was not valid and was replaced by the default."""

    key: str
    reason: str


SETTINGS: tuple[Setting, ...] = (
    Setting("position/section", str, "", "Id of the section being read, to reopen it."),
    Setting(
        "position/block",
        int,
        0,
        "Which block of that section (0 is its heading) was being read.",
        minimum=0,
    ),
    Setting(
        "reading/unit",
        str,
        "paragraph",
        "The unit that the 'next' and 'previous' keys move by.",
        choices=tuple(unit.value for unit in Unit),
    ),
    Setting("window/geometry", bytes, b"", "Size and place of the main window."),
    Setting(
        "speech/voice",
        str,
        "",
        "Id of the voice that reads aloud; empty for the best Mandarin voice found.",
    ),
    # Up to about six times normal, in fine steps: people who listen every day
    # listen fast. Above 450 espeak-ng speeds its speech up with libsonic, which
    # goes on getting faster far beyond 1000; the limit is what can be followed.
    Setting(
        "speech/rate",
        int,
        175,
        "Speed of the voice in words per minute (espeak-ng's scale; 175 is normal).",
        minimum=80,
        maximum=1000,
        step=10,
        page_step=50,
    ),
    Setting(
        "speech/volume",
        int,
        100,
        "Loudness of the voice, 0 to 100.",
        minimum=0,
        maximum=100,
        step=10,
        page_step=20,
    ),
    Setting("speech/highlight", bool, True, "Highlight what is being read aloud."),
    Setting(
        "speech/highlight_unit",
        str,
        "both",
        "What the highlight marks while reading aloud: the sentence, the word heard, or both.",
        choices=("sentence", "word", "both"),
    ),
    Setting(
        "speech/screen_reader_speaks",
        str,
        "pause",
        "What the voice does when a key makes a running screen reader speak.",
        choices=("pause", "stop", "keep"),
    ),
    Setting(
        "view/theme",
        str,
        "",
        "Name of the colour theme; empty to follow the system (dark mode, high contrast).",
    ),
    Setting("view/player_bar", bool, True, "Show the read-aloud player bar."),
    Setting(
        "view/contents",
        bool,
        True,
        "Show the contents beside the text (they also hide while the window is too narrow).",
    ),
    Setting("view/zoom", int, 100, "Text size in percent.", minimum=50, maximum=400, step=10),
    Setting("view/font", str, "", "Font family; empty for the default CJK sans-serif."),
    Setting(
        "view/line_height",
        int,
        150,
        "Line height in percent of the font size.",
        minimum=100,
        maximum=200,
        step=10,
    ),
    # Chinese reads best at 25 to 40 characters a line; at 1920 px the page
    # would otherwise run to some 80.
    Setting(
        "view/line_length",
        int,
        36,
        "Longest line of text, in Chinese characters; 0 for as wide as the window.",
        minimum=0,
        maximum=80,
        step=2,
    ),
    Setting(
        "view/line_focus",
        int,
        0,
        "Lines shown around the caret or the sentence read, the rest dimmed; 0 for all.",
        minimum=0,
        maximum=5,
    ),
    Setting(
        "view/paragraph_spacing",
        int,
        80,
        "Space between paragraphs in percent of the font size.",
        minimum=0,
        maximum=200,
        step=10,
    ),
    Setting(
        "view/letter_spacing",
        int,
        0,
        "Extra space between letters in percent of the font size.",
        minimum=0,
        maximum=12,
    ),
    Setting("window/splitter", bytes, b"", "Width of the contents beside the text."),
)

BY_KEY = {s.key: s for s in SETTINGS}


def setting(key: str) -> Setting:
    """The declaration of setting ``key``.

    Raises:
        KeyError: ``key`` is not a declared setting.
    """
    return BY_KEY[key]


def coerce(key: str, raw: object) -> tuple[Any, SettingsProblem | None]:
    """Return the value of setting ``key`` for a stored ``raw`` value.

    Returns:
        The value (the default when ``raw`` is missing or not valid), and the
        problem found, if any.

    Raises:
        KeyError: ``key`` is not a declared setting.
    """
    setting = BY_KEY[key]
    if raw is None:
        return setting.default, None
    value = _parse(setting, raw)
    if value is _INVALID:
        return setting.default, SettingsProblem(key, f"{repr(raw)[:40]} is not a valid value")
    return value, None


_INVALID = object()


def _parse(setting: Setting, raw: object) -> Any:  # noqa: PLR0911 (one exit per check)
    """Return ``raw`` as the setting's type, or _INVALID."""
    if setting.type is bytes:
        return bytes(raw) if isinstance(raw, (bytes, bytearray)) else _INVALID
    if setting.type is bool:
        # INI files hand booleans back as the words true and false.
        words = {"true": True, "false": False}
        if isinstance(raw, bool):
            return raw
        return words.get(raw.lower(), _INVALID) if isinstance(raw, str) else _INVALID
    if setting.type is int:
        # Stores hand numbers back as text; a bool is not a number here.
        if isinstance(raw, bool) or not isinstance(raw, (int, str)):
            return _INVALID
        try:
            number = int(raw)
        except ValueError:
            return _INVALID
        too_small = setting.minimum is not None and number < setting.minimum
        too_large = setting.maximum is not None and number > setting.maximum
        return _INVALID if too_small or too_large else number
    if not isinstance(raw, str) or (setting.choices and raw not in setting.choices):
        return _INVALID
    return raw
