"""A report whose one section holds one list of N items, for the benchmarks of large documents.

Each item is a line of real Chinese with its number (第N项：发挥残疾人组织作用), so
that no two are the same. Run ``python bench/long_list_report.py N DIR``, or import
``write_long_list_report``.
"""

from __future__ import annotations

import argparse
from pathlib import Path

ITEM = "发挥残疾人组织作用"


def write_long_list_report(items: int, folder: Path) -> Path:
    """Write the report into ``folder`` (made if need be); return ``folder``."""
    folder.mkdir(parents=True, exist_ok=True)
    lines = [
        "format: 1",
        "id: long-list",
        "language: zh-CN",
        "title: 一个很长的列表",
        "sections:",
        "  - id: list",
        "    heading: 一个很长的列表",
        "    blocks:",
        "      - list:",
    ]
    lines.extend(f"          - 第{number}项：{ITEM}" for number in range(items))
    (folder / "document.yaml").write_text("\n".join(lines) + "\n", "utf-8")
    (folder / "figures.yaml").write_text("format: 1\n", "utf-8")
    return folder


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("items", type=int)
    parser.add_argument("folder", type=Path)
    args = parser.parse_args()
    write_long_list_report(args.items, args.folder)
    print(f"{args.folder}: a list of {args.items:,} items")


if __name__ == "__main__":
    main()
