"""Pure conversions between model records and table rows (no database access here).

Each per-article layer has a field map: which record field goes to which column, and
how (plain value, JSON text, a ``Span`` split over three columns, a boolean). Fields a
map does not name (added to the model later) travel in the row's ``extra`` JSON column,
so a stored article always loads back equal to what was written.
"""
from __future__ import annotations

import calendar
import json
import re
from datetime import date as _date
from typing import Any, Optional

from ..model import Article, Entity, MergedEvent

PLAIN, JSON, SPAN, BOOL, OWNER = "plain", "json", "span", "bool", "owner"

# record field -> (column or column prefix, how)
LAYER_FIELDS = {
    "timexes": {
        "start": ("char_start", PLAIN), "end": ("char_end", PLAIN), "text": ("text", PLAIN),
        "type": ("type", PLAIN), "value": ("value", PLAIN), "granularity": ("granularity", PLAIN),
        "range": ("date_range", JSON), "anchor": ("anchor", PLAIN),
        "confidence": ("confidence", PLAIN), "sentence": ("sentence", PLAIN),
    },
    "mentions": {
        "start": ("char_start", PLAIN), "end": ("char_end", PLAIN), "text": ("text", PLAIN),
        "type": ("type", PLAIN), "canonical": ("canonical", PLAIN), "code": ("code", PLAIN),
        "sentence": ("sentence", PLAIN), "kind": ("kind", PLAIN),
        "entity_type": ("entity_type", PLAIN),
    },
    "events": {
        "article": ("article_id", OWNER), "trigger": ("trigger", SPAN),
        "sentence": ("sentence", SPAN), "type": ("type", PLAIN), "mode": ("mode", PLAIN),
        "cameo": ("cameo", PLAIN), "goldstein": ("goldstein", PLAIN),
        "modality": ("modality", PLAIN), "actors": ("actors", JSON),
        "location": ("location", JSON), "location_name": ("location_name", PLAIN),
        "date": ("date", PLAIN), "date_range": ("date_range", JSON),
        "date_text": ("date_text", PLAIN), "date_source": ("date_source", PLAIN),
        "summary": ("summary", PLAIN),
    },
    "quotes": {
        "article": ("article_id", OWNER), "content": ("content", SPAN), "kind": ("kind", PLAIN),
        "source": ("source", JSON), "cue": ("cue", JSON), "speaker": ("speaker", PLAIN),
        "speaker_code": ("speaker_code", PLAIN), "anonymous": ("anonymous", BOOL),
        "carrier": ("carrier", PLAIN), "sentence": ("sentence", PLAIN),
    },
}
LAYERS = tuple(LAYER_FIELDS)

ARTICLE_FIELDS = {
    "id": PLAIN, "path": PLAIN, "title": PLAIN, "outlet": PLAIN, "url": PLAIN,
    "published": PLAIN, "published_source": PLAIN, "published_evidence": JSON, "lang": PLAIN,
    "content_hash": PLAIN, "duplicate_of": PLAIN, "near_duplicates": JSON, "story": PLAIN,
    "meta": JSON, "warnings": JSON, "text": PLAIN, "furniture": JSON, "body": JSON,
    "sentences": JSON,
}
SUMMARY_COLUMNS = ("id", "path", "title", "outlet", "url", "published", "published_source",
                   "published_evidence", "story", "chars", "lang", "duplicate_of")


def dump_json(value: Any) -> Optional[str]:
    """A value as JSON text; None stays None (SQL NULL). Unknown types become strings."""
    if value is None:
        return None
    return json.dumps(value, ensure_ascii=False, default=str)


def load_json(text: Optional[str]) -> Any:
    return None if text is None else json.loads(text)


def layer_columns(layer: str) -> list[str]:
    """The columns of a layer table after ``article_id, idx``, in insert order."""
    return list(_LAYER_COLUMNS[layer])


def _layer_columns(layer: str) -> tuple:
    columns = []
    for column, how in LAYER_FIELDS[layer].values():
        if how == SPAN:
            columns += [f"{column}_start", f"{column}_end", f"{column}_text"]
        elif how != OWNER:
            columns.append(column)
    return tuple(columns + ["extra"])


_LAYER_COLUMNS = {layer: _layer_columns(layer) for layer in LAYERS}  # made once, used per row


def layer_row(layer: str, article_id: str, idx: int, item: dict) -> tuple:
    """One layer record (as ``to_dict()``) -> the values for ``article_id, idx, *columns``."""
    fields = LAYER_FIELDS[layer]
    values, extra = {}, {k: v for k, v in item.items() if k not in fields}
    for name, (column, how) in fields.items():
        value = item.get(name)
        if how == OWNER:
            if value != article_id:  # keep an odd owner id rather than rewrite it
                extra[name] = value
        elif how == SPAN:
            span = value or {}
            values[f"{column}_start"] = span.get("start")
            values[f"{column}_end"] = span.get("end")
            values[f"{column}_text"] = span.get("text")
        elif how == JSON:
            values[column] = dump_json(value)
        else:
            values[column] = value
    values["extra"] = dump_json(extra) if extra else None
    return (article_id, idx, *(values[c] for c in _LAYER_COLUMNS[layer][:-1]), values["extra"])


def layer_item(layer: str, row: dict) -> dict:
    """A layer table row (column -> value) -> the record dict it was made from."""
    item = {}
    for name, (column, how) in LAYER_FIELDS[layer].items():
        if how == OWNER:
            item[name] = row["article_id"]
        elif how == SPAN:
            item[name] = {"start": row[f"{column}_start"], "end": row[f"{column}_end"],
                          "text": row[f"{column}_text"]}
        elif how == JSON:
            item[name] = load_json(row[column])
        elif how == BOOL:
            item[name] = None if row[column] is None else bool(row[column])
        else:
            item[name] = row[column]
    item.update(load_json(row["extra"]) or {})
    return item


def article_row(article: Article) -> tuple[dict, dict]:
    """An article -> (its ``articles`` row as column -> value, its layers as name -> [dict])."""
    data = article.to_dict()
    layers = {name: data.pop(name, None) or [] for name in LAYERS}
    row = {}
    for name, how in ARTICLE_FIELDS.items():
        value = data.pop(name, None)
        row[name] = dump_json(value) if how == JSON else value
    row["chars"] = len(article.text)
    row["extra"] = dump_json(data) if data else None
    return row, layers


def article_from_rows(row: dict, layers: dict) -> Article:
    """An ``articles`` row and its layer rows (name -> [row], in idx order) -> an Article."""
    data = {name: (load_json(row[name]) if how == JSON else row[name])
            for name, how in ARTICLE_FIELDS.items()}
    data.update(load_json(row.get("extra")) or {})
    for name in LAYERS:
        data[name] = [layer_item(name, r) for r in layers.get(name, [])]
    return Article.from_dict(data)


def summary_from_row(row: dict) -> dict:
    """A row holding ``SUMMARY_COLUMNS`` -> the contract's ``articles`` record."""
    summary = {column: row[column] for column in SUMMARY_COLUMNS}
    summary["published_evidence"] = load_json(summary["published_evidence"])
    return summary


# ---- fused records ---------------------------------------------------------------

_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")
_WEEK = re.compile(r"^(\d{4})-W(\d{2})$")
_QUARTER = re.compile(r"^(\d{4})-Q([1-4])$")


def date_bounds(value: Optional[str]) -> tuple[Optional[str], Optional[str]]:
    """A (partial) ISO date -> its first and last day: "2023-02" -> ("2023-02-01", "2023-02-28").

    value (str|None): "YYYY-MM-DD", "YYYY-MM", "YYYY", "YYYY-Www" or "YYYY-Qn"; anything
    else (or a bad calendar date) gives (None, None).
    """
    if not value:
        return None, None
    value = value.strip()
    try:
        if match := _WEEK.match(value):
            year, week = int(match.group(1)), int(match.group(2))
            return (_date.fromisocalendar(year, week, 1).isoformat(),
                    _date.fromisocalendar(year, week, 7).isoformat())
        if match := _QUARTER.match(value):
            year, first = int(match.group(1)), 3 * int(match.group(2)) - 2
            last_day = calendar.monthrange(year, first + 2)[1]
            return f"{year:04d}-{first:02d}-01", f"{year:04d}-{first + 2:02d}-{last_day:02d}"
        match = _DATE.match(value[:10])
        if not match:
            return None, None
        year, month, day = match.groups()
        if day:
            return (_date(int(year), int(month), int(day)).isoformat(),) * 2
        if month:
            last_day = calendar.monthrange(int(year), int(month))[1]
            return f"{year}-{month}-01", f"{year}-{month}-{last_day:02d}"
        return f"{year}-01-01", f"{year}-12-31"
    except ValueError:
        return None, None


def event_bounds(date: Optional[str], date_range: Optional[list]) -> tuple:
    """The first and last day a merged event may fall on: its range if given, else its date."""
    if date_range and len(date_range) == 2 and date_range[0] and date_range[1]:
        start, end = date_bounds(date_range[0])[0], date_bounds(date_range[1])[1]
        if start and end:
            return start, end
    return date_bounds(date)


def entity_names(entity: Entity) -> set[str]:
    """Every name an entity goes by, lower-cased (for case-blind entity filters)."""
    names = [entity.name, *(entity.aliases or [])]
    return {n.strip().lower() for n in names if isinstance(n, str) and n.strip()}


def entity_folds(entity: Entity) -> set[str]:
    """The folding keys of every name an entity goes by (``entities.names.fold``: spelling
    variants of one name share a key), for lookups by a variant."""
    from ..entities.names import fold  # here: the entities package loads spaCy, the store need not

    names = [entity.name, *(entity.aliases or [])]
    return {k for n in names if isinstance(n, str) and (k := fold(n))}


def event_actor_rows(event: MergedEvent) -> dict:
    """Lower-cased actor name -> actor code, for one merged event."""
    rows = {}
    for actor in event.actors or []:
        name = (actor.get("name") or "").strip().lower() if isinstance(actor, dict) else ""
        if name:
            rows[name] = rows.get(name) or actor.get("code")
    return rows


def source_articles(sources: Optional[list]) -> list[str]:
    """The distinct article ids of a merged record's sources, in order."""
    seen = []
    for source in sources or []:
        article = source.get("article") if isinstance(source, dict) else None
        if article and article not in seen:
            seen.append(article)
    return seen


def record_changes(before: list, after: list) -> tuple[list, set, list]:
    """What turns one list of fused records (dataclasses with an ``id``) into another.

    Returns (ids to delete: gone or changed, ids to insert: new or changed,
    [(new position, id)] of kept records whose position moved). Records are compared with
    ``==`` (fast, field by field): a tuple that loads back as a list counts as a change,
    which costs a rewrite, never a lost one.
    """
    old = {r.id: (i, r) for i, r in enumerate(before)}
    kept_ids = {r.id for r in after}
    gone = [i for i in old if i not in kept_ids]
    added, moved = set(), []
    for position, record in enumerate(after):
        kept = old.get(record.id)
        if kept is None:
            added.add(record.id)
        elif kept[1] != record:
            gone.append(record.id)
            added.add(record.id)
        elif kept[0] != position:
            moved.append((position, record.id))
    return gone, added, moved
