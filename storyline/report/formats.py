"""Render lists of contract records (plain dicts) as json, csv or a rich table."""
from __future__ import annotations

import csv
import io
import json
from typing import Callable

FORMATS = ("table", "json", "csv", "md")

# columns shown in a terminal table, per kind of record; JSON always has every field
TABLE_COLUMNS = {
    "articles": ["id", "published", "outlet", "title", "story", "duplicate_of"],
    "timeline": ["date", "type", "modality", "summary", "outlets", "conflicts"],
    "entities": ["name", "type", "code", "mentions", "aliases"],
    "quotes": ["speaker", "text", "outlets", "variants"],
    "stories": ["id", "first", "last", "title", "articles", "entities"],
    "errors": ["path", "line", "code", "message"],
}


def _cell(record: dict, column: str) -> str:
    """A short text for one table/CSV cell; lists are summarised, never dumped."""
    if column == "outlets":
        outlets = {s.get("outlet") or s.get("article") for s in record.get("sources", [])}
        return str(len(outlets))
    value = record.get(column)
    if column == "conflicts":
        return ", ".join(c.get("field", "?") for c in value or [])
    if column == "variants":
        return str(len(value or []))
    if column in ("articles",) and isinstance(value, list):
        return str(len(value))
    if isinstance(value, list):
        return "; ".join(v if isinstance(v, str) else json.dumps(v, ensure_ascii=False) for v in value[:6])
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False)
    return "" if value is None else str(value)


def to_json(records: list, kind: str) -> str:
    return json.dumps(records, ensure_ascii=False, indent=2)


def to_csv(records: list, kind: str) -> str:
    """CSV with every top-level field; nested values as JSON text."""
    out = io.StringIO()
    columns = list(records[0].keys()) if records else TABLE_COLUMNS.get(kind, [])
    writer = csv.writer(out)
    writer.writerow(columns)
    for record in records:
        writer.writerow([
            json.dumps(record.get(c), ensure_ascii=False) if isinstance(record.get(c), (list, dict))
            else ("" if record.get(c) is None else record.get(c))
            for c in columns
        ])
    return out.getvalue()


def to_table(records: list, kind: str) -> str:
    from rich.console import Console
    from rich.table import Table

    table = Table(title=f"{kind} ({len(records)})", show_lines=False)
    columns = TABLE_COLUMNS.get(kind) or (list(records[0].keys()) if records else [])
    for column in columns:
        table.add_column(column, overflow="fold")
    for record in records:
        table.add_row(*(_cell(record, c) for c in columns))
    console = Console(record=True, width=160, file=io.StringIO())
    console.print(table)
    return console.export_text()


def render(records: list, kind: str, fmt: str) -> str:
    """Render ``records`` of ``kind`` (articles, timeline, …) in format ``fmt``."""
    if fmt == "md":
        if kind != "timeline":
            raise ValueError("--format md is available for the timeline only")
        from .markdown import timeline_markdown

        return timeline_markdown(records)
    renderers: dict[str, Callable] = {"json": to_json, "csv": to_csv, "table": to_table}
    if fmt not in renderers:
        raise ValueError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
    return renderers[fmt](records, kind)
