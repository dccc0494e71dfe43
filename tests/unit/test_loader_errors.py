"""Every kind of bad content is refused with one clear line naming file, line and field."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest

from viewer.cli import EXIT_BAD_INPUT, main
from viewer.content import ContentError, load_document


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text("utf-8")
    assert old in text, f"{old!r} not in {path.name}"
    path.write_text(text.replace(old, new, 1), "utf-8")


def line_containing(path: Path, marker: str) -> int:
    text = path.read_text("utf-8")
    assert marker in text, f"{marker!r} not in {path.name}"
    return text[: text.index(marker)].count("\n") + 1


@dataclass(frozen=True)
class Case:
    name: str
    file: str
    old: str
    new: str
    marker: str | None  # the text on the line the error must point at
    field: str | None
    reason: str


CASES = [
    Case(
        "yaml syntax error",
        "document.yaml",
        "title: 大爱北疆 温暖前行",
        "title: [大爱北疆 温暖前行",
        "subtitle:",
        None,
        "YAML syntax error",
    ),
    Case(
        "missing field",
        "figures.yaml",
        "value: 293, unit: 个,",
        "value: 293,",
        "rehab-institutions",
        "statistics[7]",
        "missing field 'unit'",
    ),
    Case(
        "wrong type",
        "document.yaml",
        "heading: 兜底补短",
        "heading: [兜底补短]",
        "heading: [兜底补短]",
        "sections[2].heading",
        "must be text, not a list",
    ),
    Case(
        "unknown key",
        "document.yaml",
        "  - id: opening\n",
        "  - id: opening\n    colour: red\n",
        "colour: red",
        "sections[1].colour",
        "unknown key 'colour'",
    ),
    Case(
        "duplicate id",
        "document.yaml",
        "id: education",
        "id: rehabilitation",
        "id: rehabilitation\n        heading: 残疾人教育",
        "sections[3].subsections[1].id",
        "duplicate id 'rehabilitation' (first used at line",
    ),
    Case(
        "reference to a missing section",
        "figures.yaml",
        "section: employment, printed: 18.2万人",
        "section: jobs, printed: 18.2万人",
        "section: jobs",
        "statistics[15].section",
        "no section has the id 'jobs'",
    ),
    Case(
        "number that is not a number",
        "figures.yaml",
        "value: 11.2,",
        "value: 十一点二,",
        "十一点二",
        "statistics[1].value",
        "must be a number, not '十一点二'",
    ),
    Case(
        "number that is not finite",
        "figures.yaml",
        "value: 11.2,",
        "value: .nan,",
        "value: .nan",
        "statistics[1].value",
        "must be a finite number",
    ),
    Case(
        "python tag",
        "document.yaml",
        "title: 大爱北疆 温暖前行",
        'title: !!python/object/apply:os.system ["touch /tmp/pwned"]',
        "!!python",
        None,
        "tag !!python/object/apply:os.system is not allowed",
    ),
    Case(
        "duplicate key",
        "document.yaml",
        "credit: 本版",
        "title: 另一个标题\ncredit: 本版",
        "title: 另一个标题",
        None,
        "duplicate key 'title'",
    ),
    Case(
        "alias",
        "document.yaml",
        "title: 大爱北疆 温暖前行\nsubtitle: 2018年—2023年内蒙古自治区残疾人事业发展回顾",
        "title: &t 大爱北疆 温暖前行\nsubtitle: *t",
        "title: &t",
        None,
        "anchors and aliases (&name, *name) are not allowed",
    ),
    Case(
        "figure that does not match its value",
        "figures.yaml",
        "printed: 293个, value: 293,",
        "printed: 293个, value: 239,",
        "value: 239",
        "statistics[7].printed",
        "'293个' does not match value 239, unit '个'",
    ),
    Case(
        "figure not in its section's text",
        "figures.yaml",
        "{id: rehab-staff, section: rehabilitation,",
        "{id: rehab-staff, section: education,",
        "rehab-staff",
        "statistics[8].printed",
        "'7200人' is not in the text of section 'education'",
    ),
    Case(
        "image path leaving the content folder",
        "figures.yaml",
        "image: null",
        "image: ../../etc/passwd",
        "../../etc/passwd",
        "photos[0].image",
        "must be a relative path inside the content folder",
    ),
    Case(
        "absolute image path",
        "figures.yaml",
        "image: null",
        "image: /etc/passwd",
        "/etc/passwd",
        "photos[0].image",
        "must be a relative path inside the content folder",
    ),
    Case(
        "section with neither heading nor label",
        "document.yaml",
        "    label: 党的十八大以来\n",
        "",
        "id: opening",
        "sections[1]",
        "a section needs a heading, or a label",
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_bad_content_is_refused_with_file_line_and_field(
    case: Case, content_copy: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = content_copy / case.file
    edit(path, case.old, case.new)

    with pytest.raises(ContentError) as raised:
        load_document(content_copy)
    error = raised.value
    assert error.path == path
    assert error.reason.startswith(case.reason) or case.reason in error.reason
    if case.marker is not None:
        assert error.line == line_containing(path, case.marker)
    assert error.field == case.field

    assert main(["--check", str(content_copy)]) == EXIT_BAD_INPUT
    out, err = capsys.readouterr()
    assert out == ""
    assert err == f"viewer: {error}\n"
    assert str(error).startswith(f"{path}:{error.line}:")


def test_not_utf8(content_copy: Path) -> None:
    path = content_copy / "document.yaml"
    text = path.read_text("utf-8")
    path.write_bytes(text.encode("gb18030"))
    with pytest.raises(ContentError, match=r"is not UTF-8 text") as raised:
        load_document(content_copy)
    # The first non-ASCII character is in the header comment, on line 1.
    assert raised.value.line == 1


def test_not_utf8_points_at_the_bad_line(content_copy: Path) -> None:
    path = content_copy / "figures.yaml"
    lines = path.read_bytes().split(b"\n")
    lines[20] = lines[20] + b" \xff"
    path.write_bytes(b"\n".join(lines))
    with pytest.raises(ContentError, match=r"is not UTF-8 text \(byte 0xff\)") as raised:
        load_document(content_copy)
    assert raised.value.line == 21


@pytest.mark.parametrize("body", ["", "   \n\n", "# only a comment\n"])
def test_empty_file(content_copy: Path, body: str) -> None:
    (content_copy / "figures.yaml").write_text(body, "utf-8")
    with pytest.raises(ContentError, match=r"file is empty") as raised:
        load_document(content_copy)
    assert raised.value.path.name == "figures.yaml"


def test_missing_document_file(content_copy: Path) -> None:
    (content_copy / "document.yaml").unlink()
    with pytest.raises(ContentError, match=r"document.yaml: file not found"):
        load_document(content_copy)


def test_missing_folder(tmp_path: Path) -> None:
    with pytest.raises(ContentError, match=r"no such content folder"):
        load_document(tmp_path / "nowhere")


def test_figures_file_is_optional(content_copy: Path) -> None:
    (content_copy / "figures.yaml").unlink()
    document = load_document(content_copy)
    assert document.statistics == ()
    assert document.photos == ()


def test_top_level_must_be_a_mapping(content_copy: Path) -> None:
    (content_copy / "figures.yaml").write_text("- just\n- a list\n", "utf-8")
    with pytest.raises(ContentError, match=r"figures.yaml:1: must be a mapping, not a list"):
        load_document(content_copy)


@pytest.mark.parametrize(
    ("bad", "said"),
    [("'   '", "must not be blank"), ("12", "must be text, not 12"), ("''", "must not be empty")],
)
def test_a_bad_item_deep_in_a_long_list_is_found_where_it_is(
    content_copy: Path, bad: str, said: str
) -> None:
    """A long list of valid items is checked fast; one bad item is still found, and placed."""
    path = content_copy / "document.yaml"
    items = [f"      - 第{i}项" for i in range(500)]
    items[321] = f"      - {bad}"
    text = path.read_text("utf-8")
    marker = "    blocks:\n"
    at = text.index(marker) + len(marker)
    path.write_text(text[:at] + "    - list:\n" + "\n".join(items) + "\n" + text[at:], "utf-8")
    with pytest.raises(ContentError) as raised:
        load_document(content_copy)
    line = text[:at].count("\n") + 2 + 321  # after "- list:", the item's own line
    assert str(raised.value).endswith(f":{line}: sections[0].blocks[0].list[321]: {said}")
