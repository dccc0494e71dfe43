"""The schemas themselves: valid JSON Schema, and what authors' tools will check."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest
import yaml

from viewer.content.validation import schema_text

NAMES = ["document", "figures", "pronunciations"]


@pytest.mark.parametrize("name", NAMES)
def test_schema_is_valid_draft7(name: str) -> None:
    jsonschema.Draft7Validator.check_schema(json.loads(schema_text(name)))


@pytest.mark.parametrize("name", NAMES)
def test_bundled_content_passes_an_independent_validator(name: str, review_dir: Path) -> None:
    # The loader compiles the schema with fastjsonschema; the reference
    # implementation must agree with it on the bundled content.
    data = yaml.safe_load((review_dir / f"{name}.yaml").read_text("utf-8"))
    jsonschema.Draft7Validator(json.loads(schema_text(name))).validate(data)


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("figures", {"format": 1, "statistics": [{"id": "x"}]}),
        ("figures", {"format": 1, "statistics": [], "extra": 1}),
        ("figures", {"format": 2}),
        (
            "document",
            {"format": 1, "id": "Bad Id", "language": "zh-CN", "title": "t", "sections": []},
        ),
        (
            "document",
            {
                "format": 1,
                "id": "a",
                "language": "zh-CN",
                "title": " ",
                "sections": [{"id": "s", "blocks": []}],
            },
        ),
    ],
)
def test_both_validators_refuse_the_same_data(name: str, data: object) -> None:
    import fastjsonschema

    from viewer.content.validation import validator

    with pytest.raises(jsonschema.ValidationError):
        jsonschema.Draft7Validator(json.loads(schema_text(name))).validate(data)
    with pytest.raises(fastjsonschema.JsonSchemaValueException):
        validator(name)(data)


def test_docs_describe_every_field() -> None:
    page = (Path(__file__).parents[2] / "docs" / "content-format.md").read_text("utf-8")

    def fields(node: object) -> set[str]:
        found: set[str] = set()
        if isinstance(node, dict):
            for key, value in node.get("properties", {}).items():
                found.add(key)
                found |= fields(value)
            for value in node.get("definitions", {}).values():
                found |= fields(value)
        return found

    for name in NAMES:
        for field in fields(json.loads(schema_text(name))):
            assert f"`{field}`" in page, f"{name}: field {field!r} is not documented"
