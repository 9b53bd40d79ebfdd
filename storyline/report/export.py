"""Exports of the merged timeline: json, csv, parquet, GDELT-style TSV, PLOVER JSON."""
from __future__ import annotations

import csv
import hashlib
import io
import json
import re
import sys
from datetime import date as _date
from pathlib import Path
from typing import Optional

from .dating import with_date_sources
from .formats import CONTRACT_FIELDS, to_csv

# the contract's timeline fields, in order (every export has at least these)
TIMELINE_FIELDS = (*CONTRACT_FIELDS["timeline"], "goldstein", "mode", "story", "date_source", "date_confidence")

# The GDELT 2.0 event table, all 61 columns in the codebook's order (as in GDELT's
# BigQuery table gdelt-bq.gdeltv2.events), so the file loads with GDELT's own schema;
# the columns storyline cannot fill (tone, geocodes, religion…) are left empty.
_ACTOR_FIELDS = ["Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code",
                 "Religion2Code", "Type1Code", "Type2Code", "Type3Code"]
_GEO_FIELDS = ["Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID"]
GDELT_COLUMNS = (
    ["GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate"]
    + [f"Actor1{f}" for f in _ACTOR_FIELDS] + [f"Actor2{f}" for f in _ACTOR_FIELDS]
    + ["IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
       "NumMentions", "NumSources", "NumArticles", "AvgTone"]
    + [f"{who}Geo_{f}" for who in ("Actor1", "Actor2", "Action") for f in _GEO_FIELDS]
    + ["DATEADDED", "SOURCEURL"]
)
# GDELT codes what happened; a plan, a denial or a maybe would read there as a deed
GDELT_MODALITIES = ("happened", "reported")
# CAMEO root code → GDELT QuadClass (1 verbal coop, 2 material coop, 3 verbal conflict, 4 material conflict)
_QUAD = {**{f"{i:02d}": 1 for i in range(1, 6)}, **{f"{i:02d}": 2 for i in range(6, 9)},
         **{f"{i:02d}": 3 for i in range(9, 14)}, **{f"{i:02d}": 4 for i in range(14, 21)}}


def _actor(event: dict, role: str) -> dict:
    return next((a for a in event.get("actors", []) if a.get("role") == role), {})


def gdelt_actors(event: dict) -> tuple[dict, dict]:
    """(Actor1, Actor2) of a contract event for GDELT. GDELT's Actor1 is who acts and
    Actor2 whom it is done to; an event told only of participants ("Kenya and Tanzania
    hold talks", where no side is the doer) gives its first participant as Actor1 and the
    next as Actor2, as an event coder reads "A and B met" as A meeting B, so no party is
    lost; with a source and no target the first participant is Actor2."""
    participants = [a for a in event.get("actors") or [] if a.get("role") == "participant"]
    source = _actor(event, "source") or (participants.pop(0) if participants else {})
    target = _actor(event, "target") or (participants[0] if participants else {})
    return source, target


def gdelt_event_id(event_id: str) -> int:
    """A stable integer for GDELT's integer GLOBALEVENTID: the hex digits of our
    ``ev_<hex>`` id read as a number, else a 48-bit hash of the id."""
    digits = event_id.rsplit("_", 1)[-1]
    if re.fullmatch(r"[0-9a-f]{1,15}", digits):
        return int(digits, 16)
    return int.from_bytes(hashlib.blake2b(event_id.encode("utf-8"), digest_size=6).digest(), "big")


def gdelt_dates(date: Optional[str]) -> dict:
    """SQLDATE (YYYYMMDD), MonthYear (YYYYMM), Year, FractionDate as far as ``date``
    (YYYY, YYYY-MM or YYYY-MM-DD) says; a coarser date leaves the finer columns empty
    rather than inventing a day."""
    parts = (date or "").split("-")
    if not parts[0].isdigit():
        return {"SQLDATE": "", "MonthYear": "", "Year": "", "FractionDate": ""}
    year = int(parts[0])
    month = int(parts[1]) if len(parts) > 1 else None
    day = int(parts[2]) if len(parts) > 2 else None
    fraction = ""
    if day:
        # GDELT's FractionDate: the year plus the share of it gone by that day
        fraction = round(year + (_date(year, month, day).timetuple().tm_yday - 1) / 365, 4)
    return {"SQLDATE": year * 10000 + month * 100 + day if day else "",
            "MonthYear": year * 100 + month if month else "", "Year": year, "FractionDate": fraction}


# CAMEO actor codes open with a country (ISO alpha-3) or with one of these kinds of body,
# which a known group's code follows ("IGOUNO": the UN); role codes come after (RUSGOV).
_CAMEO_BODIES = {"IGO", "NGO", "IMG", "MNC", "INT"}
_CAMEO_ROLES = {"GOV", "MIL", "REB", "OPP", "PTY", "COP", "JUD", "SPY", "MED", "EDU", "BUS", "CRM",
                "CVL", "REF", "AGR", "ELI", "LAB", "LEG", "HLH", "RAD", "MOD", "UAF", "SET", "REL"}


def gdelt_actor_parts(code: Optional[str]) -> dict:
    """GDELT's actor columns read from a CAMEO actor code (str | None), by the codebook's
    three-letter parts: "RUSGOV" -> CountryCode RUS, Type1Code GOV; "IGOUNO" ->
    Type1Code IGO, KnownGroupCode UNO. Keys without the Actor1/Actor2 prefix; a code not
    made of three-letter parts gives nothing."""
    code = (code or "").upper()
    if not code or len(code) % 3 or not code.isalpha():
        return {}
    parts = [code[i:i + 3] for i in range(0, len(code), 3)]
    if parts[0] in _CAMEO_BODIES:
        out = {"Type1Code": parts[0]}
        if len(parts) > 1:
            out["KnownGroupCode"] = parts[1]
        return out
    out = {} if parts[0] in _CAMEO_ROLES else {"CountryCode": parts.pop(0)}
    out.update({f"Type{n}Code": role for n, role in enumerate(parts[:3], start=1)})
    return out


def gdelt_day(event: dict, published: dict) -> Optional[str]:
    """The day (YYYY-MM-DD) GDELT's SQLDATE gives ``event`` (a contract event): its own date
    when it has a day; else, as GDELT dates an event by the article that reports it, the
    earliest publication day of its sources that lies within the month or year it is dated
    to (any, when undated); else None: no day can be given without contradicting its date.

    published (dict): article id -> publication date (YYYY, YYYY-MM or YYYY-MM-DD) or None.
    """
    date = event.get("date") or ""
    if len(date) == 10:
        return date
    days = sorted(d for d in (published.get(s.get("article")) for s in event.get("sources") or [])
                  if d and len(d) == 10 and d.startswith(date))
    return days[0] if days else None


def gdelt_rows(events: list, urls: dict, published: Optional[dict] = None) -> list:
    """One GDELT 2.0 row (dict keyed by ``GDELT_COLUMNS``) per merged event that happened
    (``GDELT_MODALITIES``) and has a day for SQLDATE (``gdelt_day``); SOURCEURL is the
    first source's URL, else its article id. The date columns all follow SQLDATE, as GDELT's do.

    events (list[dict]): contract timeline events; urls (dict): article id -> URL or None;
    published (dict | None): article id -> publication date, for events without a day.
    """
    rows = []
    for event in events:
        if event.get("modality", "happened") not in GDELT_MODALITIES:
            continue
        day = gdelt_day(event, published or {})
        if day is None:
            continue
        cameo = event.get("cameo") or ""
        sources = event.get("sources") or []
        first = sources[0] if sources else {}
        src, tgt = gdelt_actors(event)
        row = dict.fromkeys(GDELT_COLUMNS, "")
        row.update(gdelt_dates(day))
        row.update({
            "GLOBALEVENTID": gdelt_event_id(event["id"]),
            "Actor1Code": src.get("code") or "", "Actor1Name": src.get("name") or "",
            "Actor2Code": tgt.get("code") or "", "Actor2Name": tgt.get("name") or "",
            "IsRootEvent": 1, "EventCode": cameo, "EventBaseCode": cameo[:3], "EventRootCode": cameo[:2],
            "QuadClass": _QUAD.get(cameo[:2], ""),
            "GoldsteinScale": "" if event.get("goldstein") is None else event["goldstein"],
            "NumMentions": len(sources),
            "NumSources": len({s.get("outlet") or s.get("article") for s in sources}),
            "NumArticles": len({s.get("article") for s in sources}),
            "ActionGeo_FullName": event.get("location") or "",
            "SOURCEURL": urls.get(first.get("article")) or first.get("article", ""),
        })
        for prefix, actor in (("Actor1", src), ("Actor2", tgt)):
            row.update({prefix + key: value for key, value in gdelt_actor_parts(actor.get("code")).items()})
        rows.append(row)
    return rows


def _plover_actors(event: dict, roles: tuple) -> list:
    return [{"actorText": a["name"], "code": a.get("code")}
            for a in event.get("actors", []) if a.get("role") in roles and a.get("name")]


def plover_records(events: list) -> list:
    """PLOVER records: the fields of the PLOVER gold-standard records (``date``, ``event``,
    ``mode``, ``context``, ``source``/``target`` as [{"actorText","code"}], ``eventLoc``,
    ``text``, ``publication``) followed by storyline's own (modality, cameo, summary, the
    flat actor fields and every source with its offsets).

    events (list[dict]): contract timeline events.
    """
    records = []
    for event in events:
        src, tgt = _actor(event, "source"), _actor(event, "target")
        first = (event.get("sources") or [{}])[0]
        records.append({
            "id": event["id"], "date": event.get("date"), "event": event.get("type"),
            "mode": event.get("mode"), "context": None,
            "source": _plover_actors(event, ("source",)),
            "target": _plover_actors(event, ("target", "participant")),
            "eventLoc": event.get("location"),
            "text": " ".join((first.get("sentence") or "").split()) or None,
            "publication": first.get("outlet"),
            "modality": event.get("modality"), "cameo": event.get("cameo"),
            "summary": event.get("summary"), "date_source": event.get("date_source"),
            "date_confidence": event.get("date_confidence"),
            # the flat names of earlier exports, kept for readers of those files
            "event_date": event.get("date"), "event_type": event.get("type"),
            "source_actor": src.get("name"), "source_code": src.get("code"),
            "target_actor": tgt.get("name"), "target_code": tgt.get("code"),
            "location": event.get("location"), "sources": event.get("sources", []),
        })
    return records


def _write_text(text: str, out: Optional[Path]) -> None:
    if out is None:
        sys.stdout.write(text)
    else:
        Path(out).write_text(text, encoding="utf-8")


def export_timeline(store, to: str, out: Optional[Path]) -> dict:
    """Write the store's merged timeline in format ``to`` to ``out`` (stdout when None).

    Returns {why: how many} of the events the format left out, none left out giving {}:
    gdelt keeps only ``GDELT_MODALITIES`` ("planned, denied or uncertain") and events it can
    give a day (``gdelt_day``; "no day …").
    """
    events = with_date_sources(store, store.timeline())  # as `storyline timeline` shows them
    if to == "json":
        _write_text(json.dumps(events, ensure_ascii=False, indent=2) + "\n", out)
    elif to == "csv":
        _write_text(to_csv(events, "timeline"), out)
    elif to == "plover":
        _write_text(json.dumps(plover_records(events), ensure_ascii=False, indent=2) + "\n", out)
    elif to == "gdelt":
        summaries = store.article_summaries()
        rows = gdelt_rows(events, {a["id"]: a.get("url") for a in summaries},
                          {a["id"]: a.get("published") for a in summaries})
        buf = io.StringIO()
        writer = csv.DictWriter(buf, fieldnames=GDELT_COLUMNS, delimiter="\t", lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
        _write_text(buf.getvalue(), out)
        unsaid = sum(e.get("modality", "happened") not in GDELT_MODALITIES for e in events)
        left_out = {"planned, denied or uncertain": unsaid, "no day (neither the event's nor a publication day within its month or year)": len(events) - unsaid - len(rows)}
        return {why: n for why, n in left_out.items() if n}
    elif to == "parquet":
        _write_parquet(events, out)
    else:
        raise ValueError(f"unknown export format {to!r}: use json, csv, parquet, gdelt or plover")
    return {}


# parquet column types; a column not listed (a field added later) is written as text
_PARQUET_FLOATS = {"goldstein", "date_confidence"}


def _write_parquet(events: list, out: Optional[Path]) -> None:
    """One row per event: lists and dicts as JSON text, goldstein a float, the rest text,
    with a fixed schema so every file (even one with no events) has the same columns."""
    if out is None:
        raise ValueError("parquet is binary: give a file with --out")
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError as exc:  # pyarrow is an optional extra: pip install 'storyline[parquet]'
        raise ValueError("parquet export needs pyarrow: pip install 'storyline[parquet]'") from exc
    columns = list(TIMELINE_FIELDS)
    for event in events:
        columns += [k for k in event if k not in columns]
    schema = pa.schema([(c, pa.float64() if c in _PARQUET_FLOATS else pa.string()) for c in columns])
    rows = [{c: _parquet_value(e.get(c), c) for c in columns} for e in events]
    pq.write_table(pa.Table.from_pylist(rows, schema=schema), str(out))


def _parquet_value(value, column: str):
    if value is None:
        return None
    if column in _PARQUET_FLOATS:
        return float(value)
    if isinstance(value, (list, dict)):
        return json.dumps(value, ensure_ascii=False)
    return str(value)
