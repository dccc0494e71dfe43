"""The user's settings, declared as data with types and defaults: no Qt."""

from viewer.settings.declarations import SETTINGS, Setting, SettingsProblem, coerce

__all__ = ["SETTINGS", "Setting", "SettingsProblem", "coerce"]
