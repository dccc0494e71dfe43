"""The user's settings, declared as data with types, defaults and limits: no Qt."""

from viewer.settings.declarations import SETTINGS, Setting, SettingsProblem, coerce, setting

__all__ = ["SETTINGS", "Setting", "SettingsProblem", "coerce", "setting"]
