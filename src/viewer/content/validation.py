"""Checking a file's data against its JSON Schema, with messages for authors."""

from __future__ import annotations

import json
from collections.abc import Callable
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

import fastjsonschema

from viewer.content.errors import ContentError, quoted
from viewer.content.yamlfile import PathPart, field_name, line_of

Validator = Callable[[Any], Any]

_TYPE_NAMES = {
    "object": "a mapping",
    "array": "a list",
    "string": "text",
    "number": "a number",
    "integer": "a whole number",
    "boolean": "true or false",
    "null": "null",
}


def schema_text(name: str) -> str:
    """Return the text of a bundled schema, ``document`` or ``figures``."""
    return (resources.files("viewer.content.schema") / f"{name}.schema.json").read_text("utf-8")


@cache
def validator(name: str) -> Validator:
    """Return the compiled validator of a bundled schema (compiled once)."""
    return fastjsonschema.compile(json.loads(schema_text(name)))


def validate(name: str, data: Any, path: Path, text: str) -> None:
    """Check ``data``, read from ``path`` holding ``text``, against schema ``name``.

    Raises:
        ContentError: The first thing in the data that the schema does not allow.
    """
    try:
        validator(name)(_with_long_lists_checked(data) if name == "document" else data)
    except fastjsonschema.JsonSchemaValueException as error:
        parts = _data_path(data, error.path[1:])  # [0] is fastjsonschema's "data"
        reason, key = _describe(error, parts)
        line = line_of(text, parts, key=key)
        field = field_name([*parts, key] if key is not None else parts)
        raise ContentError(path, reason, line=line, field=field or None) from None
    except RecursionError:
        raise ContentError(path, "nested too deeply") from None


#: A list of more items than this is checked here, faster than the validator would.
_LONG_LIST = 64


def _with_long_lists_checked(data: Any) -> Any:
    """``data`` with each long list of texts that is valid cut to its first item.

    The validator takes a microsecond and more for each item of a list (it
    names every item as it goes, for its messages); a report whose one list
    has a million items spent two seconds there. A list whose every item is
    text that is not blank is what the schema allows (its "text"), so the
    validator needs to see one item only. A list with anything else is left
    whole, for the validator to say where and what it is.
    """
    if not isinstance(data, dict) or not isinstance(data.get("sections"), list):
        return data
    return {**data, "sections": [_section_checked(section) for section in data["sections"]]}


def _section_checked(section: Any) -> Any:
    if not isinstance(section, dict):
        return section
    checked = dict(section)
    if isinstance(section.get("blocks"), list):
        checked["blocks"] = [_block_checked(block) for block in section["blocks"]]
    if isinstance(section.get("subsections"), list):
        checked["subsections"] = [_section_checked(sub) for sub in section["subsections"]]
    return checked


def _block_checked(block: Any) -> Any:
    items = block.get("list") if isinstance(block, dict) else None
    if isinstance(items, list) and len(items) > _LONG_LIST and _all_texts(items):
        return {**block, "list": items[:1]}
    return block


def _all_texts(items: list[Any]) -> bool:
    """Whether every item is text with something in it (the schema's "text")."""
    # Each test runs in C over the whole list.
    return set(map(type, items)) == {str} and all(items) and not any(map(str.isspace, items))


def _data_path(data: Any, names: list[str]) -> list[PathPart]:
    """Turn fastjsonschema's path, all strings, into keys and list indices."""
    parts: list[PathPart] = []
    for name in names:
        if isinstance(data, list):
            index = int(name)
            parts.append(index)
            data = data[index]
        else:
            parts.append(name)
            data = data.get(name) if isinstance(data, dict) else None
    return parts


def _describe(  # noqa: C901, PLR0911 (one plain branch per schema rule reads best)
    error: fastjsonschema.JsonSchemaValueException, parts: list[PathPart]
) -> tuple[str, str | None]:
    """Return the reason for an error, and the offending key of a mapping if any."""
    rule = error.rule
    definition: dict[str, Any] = error.definition or {}
    value = error.value
    if rule == "additionalProperties" and isinstance(value, dict):
        allowed = definition.get("properties", {})
        unknown = sorted(str(k) for k in value if k not in allowed)
        names = ", ".join(sorted(allowed))
        return f"unknown key {quoted(unknown[0])} (allowed here: {names})", unknown[0]
    if rule == "required" and isinstance(value, dict):
        missing = [k for k in definition.get("required", []) if k not in value]
        return f"missing field {missing[0]!r}", None
    if rule == "type":
        expected = definition.get("type")
        types = expected if isinstance(expected, list) else [expected]
        wanted = " or ".join(_TYPE_NAMES.get(str(t), str(t)) for t in types)
        return f"must be {wanted}, not {_show(value)}", None
    if rule == "const":
        return f"must be {definition.get('const')!r}, not {_show(value)}", None
    if rule == "enum":
        choices = ", ".join(str(c) for c in definition.get("enum", []))
        return f"must be one of {choices}, not {_show(value)}", None
    if rule == "pattern":
        if definition.get("pattern") == "\\S":
            return "must not be blank", None
        hint = definition.get("description") or f"the pattern {definition.get('pattern')}"
        return f"{_show(value)} is not valid: {hint[:1].lower()}{hint[1:]}", None
    if rule in ("minLength", "minItems"):
        return "must not be empty", None
    if rule in ("minProperties", "maxProperties"):
        keys = ", ".join(sorted(definition.get("properties", {})))
        return f"must have exactly one of the keys {keys}", None
    if rule in ("minimum", "maximum"):
        bound = definition.get(rule)
        word = "at least" if rule == "minimum" else "at most"
        return f"must be {word} {bound}, not {_show(value)}", None
    if rule in ("maxLength", "maxItems"):
        bound = definition.get(rule)
        what = "characters" if rule == "maxLength" else "items"
        return f"is too long: at most {bound} {what}", None
    if rule == "oneOf" and "image" in (str(p) for p in parts[-1:]):
        return f"must be a file path or null, not {_show(value)}", None
    return error.message.replace("data.", "", 1).replace("data ", "", 1), None


def _show(value: Any) -> str:  # noqa: PLR0911 (one return per kind of value)
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return quoted(value)
    if isinstance(value, dict):
        return "a mapping"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, (int, float)):
        return repr(value)
    return f"a {type(value).__name__}"
