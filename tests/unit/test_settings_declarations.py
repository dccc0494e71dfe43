"""The declared settings: the data itself, and how stored values are checked."""

from __future__ import annotations

import pytest

from viewer.settings import SETTINGS, coerce


def test_declarations_are_sound() -> None:
    keys = [s.key for s in SETTINGS]
    assert len(keys) == len(set(keys))
    for setting in SETTINGS:
        assert "/" in setting.key
        assert setting.description.strip()
        assert isinstance(setting.default, setting.type)
        assert coerce(setting.key, setting.default) == (setting.default, None)
        if setting.choices:
            assert setting.default in setting.choices


@pytest.mark.parametrize(
    ("key", "raw", "value"),
    [
        ("position/block", "7", 7),
        ("position/block", 7, 7),
        ("reading/unit", "figure", "figure"),
        ("window/geometry", b"\x01\x02", b"\x01\x02"),
        ("position/section", None, ""),
    ],
)
def test_valid_values(key: str, raw: object, value: object) -> None:
    assert coerce(key, raw) == (value, None)


@pytest.mark.parametrize(
    ("key", "raw"),
    [
        ("position/block", "abc"),
        ("position/block", -1),
        ("position/block", True),
        ("reading/unit", "chapter"),
        ("reading/unit", 3),
        ("window/geometry", "text"),
        ("position/section", ["a"]),
    ],
)
def test_invalid_values_fall_back_to_the_default(key: str, raw: object) -> None:
    value, problem = coerce(key, raw)
    (setting,) = [s for s in SETTINGS if s.key == key]
    assert value == setting.default
    assert problem is not None
    assert problem.key == key


def test_undeclared_key() -> None:
    with pytest.raises(KeyError):
        coerce("no/such", 1)
