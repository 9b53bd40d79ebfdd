"""Render lists of contract records (plain dicts) as json, csv or a rich table."""
from __future__ import annotations

import csv
import io
import json
import shutil
import sys
from typing import Callable, Optional

from .dating import date_note, is_planned

FORMATS = ("table", "json", "csv", "md")

# columns shown in a terminal table, per kind of record; JSON always has every field
TABLE_COLUMNS = {
    "articles": ["id", "published", "outlet", "title", "story", "duplicate_of"],  # published: see _cell
    "timeline": ["date", "dated by", "type", "modality", "summary", "outlets", "conflicts"],
    "entities": ["name", "type", "code", "mentions", "aliases"],
    "quotes": ["speaker", "text", "said at", "outlets", "variants"],
    "stories": ["id", "first", "last", "title", "articles", "entities"],
    "errors": ["path", "line", "code", "message"],
}


def _cell(record: dict, column: str) -> str:
    """A short text for one table cell; lists are summarised, never dumped."""
    if column == "dated by":
        return date_note(record)
    if column == "said at":
        return said_at_note(record)
    if column == "published" and record.get("published") and record.get("published_source") == "inferred":
        return f"{record['published']} (inferred)"  # not given by the article: read from others
    if column == "title" and not record.get("title") and record.get("path"):
        return f"(no title) {record['path'].replace(chr(92), '/').rsplit('/', 1)[-1]}"  # the file, to find it by
    if column == "speaker" and "speaker" in record:
        return speaker_note(record)
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
        shown = "; ".join(v if isinstance(v, str) else json.dumps(v, ensure_ascii=False) for v in value[:6])
        return shown + f" (+{len(value) - 6} more)" if len(value) > 6 else shown  # say the list goes on
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False)
    return "" if value is None else str(value)


def speaker_note(quote: dict) -> str:
    """Who said a merged quote (contract dict), for a table cell: the speaker, "(anonymous)"
    after an anonymous source's description, and the other speakers outlets credit the same
    words to ("Carlos Medina; also credited to: interior minister")."""
    name = quote.get("speaker") or "(unattributed)"
    if quote.get("anonymous"):
        name += " (anonymous)"
    others = [v.get("value") for c in quote.get("conflicts") or () if c.get("field") == "speaker"
              for v in c.get("values") or () if v.get("value") and v.get("value") != quote.get("speaker")]
    return f"{name}; also credited to: {', '.join(others)}" if others else name


def said_at_note(quote: dict) -> str:
    """Where a merged quote (contract dict) was said, for a table cell: its linked event's
    summary and id ("Wang Yi meets Sergei Lavrov (ev_…)"), else the occasion its text names
    ("interview: in an interview with CNN"), else nothing."""
    event, occasion = quote.get("event"), quote.get("occasion")
    if event:
        summary = quote.get("event_summary")
        return f"{summary} ({event})" if summary else event
    if occasion:
        return f"{occasion.get('kind')}: {occasion.get('text')}"
    return ""


def to_json(records: list, kind: str) -> str:
    return json.dumps(records, ensure_ascii=False, indent=2)


# the contract's fields per kind: the CSV header when there are no records to read it from
CONTRACT_FIELDS = {
    "articles": ["id", "path", "title", "outlet", "url", "published", "published_source", "story", "chars",
                 "duplicate_of"],
    "entities": ["id", "name", "type", "aliases", "code", "mentions", "articles"],
    "timeline": ["id", "date", "date_range", "type", "cameo", "modality", "summary", "actors", "location",
                 "sources", "conflicts"],
    "quotes": ["id", "speaker", "speaker_code", "text", "variants", "sources", "event"],
    "stories": ["id", "title", "articles", "first", "last", "entities"],
}


def to_csv(records: list, kind: str) -> str:
    """CSV with every top-level field; nested values as JSON text."""
    out = io.StringIO()
    columns = list(records[0].keys()) if records else CONTRACT_FIELDS.get(kind) or TABLE_COLUMNS.get(kind, [])
    writer = csv.writer(out)
    writer.writerow(columns)
    for record in records:
        writer.writerow([
            json.dumps(record.get(c), ensure_ascii=False) if isinstance(record.get(c), (list, dict))
            else ("" if record.get(c) is None else record.get(c))
            for c in columns
        ])
    return out.getvalue()


TABLE_WIDTH = 160  # when the output is not a terminal (a pipe, a file, a test)


def table_width() -> int:
    """The terminal's width when stdout is one (so rows wrap inside their cells instead of
    the terminal breaking every line), else ``TABLE_WIDTH``."""
    if sys.stdout.isatty():
        return max(60, shutil.get_terminal_size((TABLE_WIDTH, 24)).columns)
    return TABLE_WIDTH


def timeline_groups(events: list) -> list:
    """[(heading, events)] with what is planned or expected (``dating.PLANNED_MODALITIES``)
    listed apart from the dated record, and undated events last; empty groups dropped."""
    groups = [("dated", [e for e in events if e.get("date") and not is_planned(e)]),
              ("planned or expected", [e for e in events if is_planned(e)]),
              ("no known date", [e for e in events if not e.get("date") and not is_planned(e)])]
    return [(heading, group) for heading, group in groups if group]


def to_table(records: list, kind: str, width: Optional[int] = None) -> str:
    """A Rich table as plain text; timeline events come in ``timeline_groups`` sections.

    width (int | None): characters per line; None: ``table_width()``.
    """
    from rich.console import Console
    from rich.table import Table

    table = Table(title=f"{kind} ({len(records)})", show_lines=False)
    columns = TABLE_COLUMNS.get(kind) or (list(records[0].keys()) if records else [])
    for column in columns:
        table.add_column(column, overflow="fold")
    groups = timeline_groups(records) if kind == "timeline" else [("", records)]
    for number, (heading, group) in enumerate(groups):
        if number:
            table.add_section()  # a rule where the dated record ends
        if heading not in ("", "dated"):
            table.add_row(*[f"— {heading} ({len(group)}) —" if c == "summary" else "" for c in columns])
        for record in group:
            table.add_row(*(_cell(record, c) for c in columns))
    console = Console(record=True, width=width or table_width(), file=io.StringIO())
    console.print(table)
    return console.export_text()


def choices(names) -> str:
    """``names`` (sequence of str) as a reader lists them: "table, json or csv"."""
    names = list(names)
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " or " + names[-1]


def render(records: list, kind: str, fmt: str) -> str:
    """Render ``records`` of ``kind`` (articles, timeline, …) in format ``fmt``."""
    if fmt == "md" and kind == "timeline":
        from .markdown import timeline_markdown

        return timeline_markdown(records)
    renderers: dict[str, Callable] = {"table": to_table, "json": to_json, "csv": to_csv}
    if fmt not in renderers:
        known = FORMATS if kind == "timeline" else tuple(renderers)
        raise ValueError(f"unknown format {fmt!r}: use {choices(known)}")
    return renderers[fmt](records, kind)
