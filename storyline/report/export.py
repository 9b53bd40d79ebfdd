"""Exports of the merged timeline: json, csv, parquet, GDELT-style TSV, PLOVER JSON."""
from __future__ import annotations

import csv
import io
import json
import sys
from pathlib import Path
from typing import Optional

from .formats import to_csv

# GDELT 2.0 event-table columns we can fill (same names and order as GDELT's codebook)
GDELT_COLUMNS = [
    "GLOBALEVENTID", "SQLDATE", "Actor1Name", "Actor1Code", "Actor2Name", "Actor2Code", "IsRootEvent",
    "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale", "NumMentions",
    "NumSources", "NumArticles", "ActionGeo_FullName", "SOURCEURL",
]
# CAMEO root code → GDELT QuadClass (1 verbal coop, 2 material coop, 3 verbal conflict, 4 material conflict)
_QUAD = {**{f"{i:02d}": 1 for i in range(1, 6)}, **{f"{i:02d}": 2 for i in range(6, 9)},
         **{f"{i:02d}": 3 for i in range(9, 14)}, **{f"{i:02d}": 4 for i in range(14, 21)}}


def _actor(event: dict, role: str) -> dict:
    return next((a for a in event.get("actors", []) if a.get("role") == role), {})


def gdelt_rows(events: list, urls: dict) -> list:
    """One GDELT-style row per merged event; SOURCEURL is the first source's URL, else its article id."""
    rows = []
    for event in events:
        cameo = event.get("cameo") or ""
        first = (event.get("sources") or [{}])[0]
        src, tgt = _actor(event, "source"), _actor(event, "target") or _actor(event, "participant")
        rows.append({
            "GLOBALEVENTID": event["id"], "SQLDATE": (event.get("date") or "").replace("-", ""),
            "Actor1Name": src.get("name") or "", "Actor1Code": src.get("code") or "",
            "Actor2Name": tgt.get("name") or "", "Actor2Code": tgt.get("code") or "",
            "IsRootEvent": 1, "EventCode": cameo, "EventBaseCode": cameo[:3], "EventRootCode": cameo[:2],
            "QuadClass": _QUAD.get(cameo[:2], ""), "GoldsteinScale": event.get("goldstein") or "",
            "NumMentions": len(event.get("sources", [])),
            "NumSources": len({s.get("outlet") for s in event.get("sources", [])}),
            "NumArticles": len({s.get("article") for s in event.get("sources", [])}),
            "ActionGeo_FullName": event.get("location") or "",
            "SOURCEURL": urls.get(first.get("article")) or first.get("article", ""),
        })
    return rows


def plover_records(events: list) -> list:
    """PLOVER-style JSON records (event_type, mode, actors, dates, sources)."""
    records = []
    for event in events:
        src, tgt = _actor(event, "source"), _actor(event, "target")
        records.append({
            "id": event["id"], "event_date": event.get("date"), "event_type": event.get("type"),
            "mode": event.get("mode"), "modality": event.get("modality"),
            "source_actor": src.get("name"), "source_code": src.get("code"),
            "target_actor": tgt.get("name"), "target_code": tgt.get("code"),
            "location": event.get("location"), "summary": event.get("summary"),
            "cameo": event.get("cameo"), "sources": event.get("sources", []),
        })
    return records


def _write_text(text: str, out: Optional[Path]) -> None:
    if out is None:
        sys.stdout.write(text)
    else:
        Path(out).write_text(text, encoding="utf-8")


def export_timeline(store, to: str, out: Optional[Path]) -> None:
    """Write the store's merged timeline in format ``to`` to ``out`` (stdout when None)."""
    events = store.timeline()
    if to == "json":
        _write_text(json.dumps(events, ensure_ascii=False, indent=2) + "\n", out)
    elif to == "csv":
        _write_text(to_csv(events, "timeline"), out)
    elif to == "plover":
        _write_text(json.dumps(plover_records(events), ensure_ascii=False, indent=2) + "\n", out)
    elif to == "gdelt":
        urls = {a["id"]: a.get("url") for a in store.article_summaries()}
        buf = io.StringIO()
        writer = csv.DictWriter(buf, fieldnames=GDELT_COLUMNS, delimiter="\t", lineterminator="\n")
        writer.writeheader()
        writer.writerows(gdelt_rows(events, urls))
        _write_text(buf.getvalue(), out)
    elif to == "parquet":
        _write_parquet(events, out)
    else:
        raise ValueError(f"unknown export format {to!r}; choose json, csv, parquet, gdelt or plover")


def _write_parquet(events: list, out: Optional[Path]) -> None:
    if out is None:
        raise ValueError("parquet is binary: give a file with --out")
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError as exc:  # pyarrow is an optional extra: pip install 'storyline[parquet]'
        raise ValueError("parquet export needs pyarrow: pip install 'storyline[parquet]'") from exc
    rows = [{k: json.dumps(v, ensure_ascii=False) if isinstance(v, (list, dict)) else v
             for k, v in e.items()} for e in events]
    pq.write_table(pa.Table.from_pylist(rows), str(out))
