"""How often each origin of an event date is right, on TimeBank-Dense's event-time links.

    python bench/event_dates_dense.py [--limit N] [--errors N [--source S]]

TimeBank-Dense (Cassidy et al. 2014) relates every event of its 36 TimeBank documents to
the document creation time (t0) and to every time expression of its own and the next
sentence: includes (i), is included (ii), simultaneous (s), before (b), after (a), vague
(v). That is a gold date for many events our SemEval-2015 TimeLine bench
(``bench/event_dates.py``) never meets: background told far down in older, longer news.

Gold date of an event: the finest date (day, month, year; from the TIMEX3 values of
TBAQ-cleaned, t0 being the DCT's day) that includes it or is simultaneous with it. An
event with none, but before or after t0, happened on no day the text gives: a date of
ours there is "unknown" (counted not right, as ``bench/event_dates.py`` counts one where
its gold knows none). An event with neither is left out.

Each document goes through the per-article stages up to ``time`` with its DCT as the
publication date, and our resolver (:func:`storyline.time.resolve_event_date`, what the
events stage calls) dates each gold event at its token, whatever our extractor finds
there; the tally is split by where the date came from, with the share right and the mean
confidence, a Brier score and bins (:func:`event_dates.report_calibration`). TimeBank
is a development part (the timex rules were tuned on it); AQUAINT's held half is not read.
"""
from __future__ import annotations

import argparse
import re
import sys
import xml.etree.ElementTree as ET
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))
DATA = ROOT.parent / "shared" / "bench" / "tempeval3"
TML = DATA / "Training" / "TBAQ-cleaned" / "TimeBank"
DENSE = DATA / "TimebankDense.full.txt"


def read_events(path: Path) -> dict:
    """{"id", "dct", "text", "events": {eid: start}, "times": {tid: value}} of one .tml file."""
    raw = path.read_text(encoding="utf-8")
    dct = re.search(r'<DCT>.*?value="([^"]+)"', raw, re.S).group(1)[:10]
    body = re.search(r"<TEXT>(.*)</TEXT>", raw, re.S).group(1)
    root = ET.fromstring(f"<TEXT>{body}</TEXT>")
    parts, events, times, offset = [], {}, {"t0": dct}, 0

    def walk(node):
        nonlocal offset
        if node.tag == "EVENT":
            events[node.get("eid")] = offset
        if node.tag == "TIMEX3":
            times[node.get("tid")] = node.get("value") or ""
        if node.text:
            parts.append(node.text)
            offset += len(node.text)
        for child in node:
            walk(child)
            if child.tail:
                parts.append(child.tail)
                offset += len(child.tail)

    walk(root)
    return {"id": path.stem, "dct": dct, "text": "".join(parts), "events": events, "times": times}


_SAME = {"i": "ii", "ii": "i", "s": "s", "b": "a", "a": "b", "v": "v"}


def read_links() -> dict:
    """{doc id: {eid: [(relation of the event to the time, tid)]}} from TimeBank-Dense."""
    links: dict = defaultdict(lambda: defaultdict(list))
    for line in DENSE.read_text(encoding="utf-8").splitlines():
        doc, first, second, relation = line.split("\t")
        if first.startswith("e") and second.startswith("t"):
            links[doc][first].append((relation, second))
        elif first.startswith("t") and second.startswith("e"):
            links[doc][second].append((_SAME[relation], first))
    return links


def _known(value: str):
    """The known calendar part of a TIMEX3 value ("1998-02-27", "1998-02", "1998"), or None."""
    found = re.match(r"(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?", value or "")
    if not found:
        return None
    return "-".join(p for p in found.groups() if p)


def gold_date(relations: list, times: dict):
    """(the event's gold date, or "" when it is before/after t0 with no date), None when
    the links say nothing."""
    dates = [_known(times.get(t, "")) for r, t in relations if r in ("ii", "s")]
    dates = [d for d in dates if d]
    if dates:
        return max(dates, key=len)
    if any(t == "t0" and r in ("b", "a") for r, t in relations):
        return ""
    return None


def annotate(doc: dict):
    """The document through the per-article stages up to ``time``, its DCT as metadata."""
    from storyline.config import Config
    from storyline.model import Article
    from storyline.pipeline import Pipeline

    article = Article(id=doc["id"], text=doc["text"], published=doc["dct"], published_source="metadata")
    pipeline = Pipeline(Config(stages=["clean", "nlp", "time"]))
    [done] = list(pipeline.pipe([article]))
    list(dict(pipeline.stages)["nlp"].pipe([done]))  # the parse never leaves the stages
    return done


def score_dense(limit: int = 0, errors: int = 0, source_prefix: str = "") -> tuple[Counter, list]:
    """(tally of (source, verdict), calibration rows (confidence, verdict, source,
    "metadata")) of the resolver over TimeBank-Dense's dated events; prints up to
    ``errors`` misdated ones (dated where the gold says wrong or not on a known day)."""
    from event_dates import _source_of, judge
    from storyline.time import resolve_event_date

    links = read_links()
    rows, tally, shown = [], Counter(), 0
    for doc_id in sorted(links)[:limit or None]:
        doc = read_events(TML / f"{doc_id}.tml")
        article = annotate(doc)
        for eid, relations in sorted(links[doc_id].items()):
            gold = gold_date(relations, doc["times"])
            if gold is None or eid not in doc["events"]:
                continue
            start = doc["events"][eid]
            found = resolve_event_date(article, article.sentence_index(start), start)
            source = _source_of(found)
            verdict = (judge(gold, found["date"]) if gold else "unknown") if found["date"] else "undated"
            tally[(source, verdict)] += 1
            if found["date"]:
                rows.append((found["confidence"], verdict, source, "metadata"))
            if shown < errors and verdict in ("wrong", "unknown") and source.startswith(source_prefix):
                shown += 1
                span = article.sentences[article.sentence_index(start)]
                print(f"--- {doc_id} {eid} gold {gold or 'not the DCT, no date'} ours {found['date']} "
                      f"({source}, {found['date_text']!r})\n    {article.text[span[0]:span[1]][:300]!r}")
    return tally, rows


VERDICTS = ("right", "vaguer", "wrong", "unknown", "undated")


def report_dense(tally: Counter) -> None:
    print("TimeBank-Dense resolver by source (" + "/".join(VERDICTS) + "): " + ", ".join(
        f"{s} {'/'.join(str(tally[(s, v)]) for v in VERDICTS)}" for s in sorted({s for s, _v in tally})))


def main() -> None:
    from event_dates import report_calibration

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=0, help="first N documents")
    parser.add_argument("--errors", type=int, default=0, help="print this many misdated events")
    parser.add_argument("--source", default="", help="with --errors: only dates from this source")
    args = parser.parse_args()
    tally, rows = score_dense(args.limit, args.errors, args.source)
    report_dense(tally)
    report_calibration("TimeBank-Dense", rows)


if __name__ == "__main__":
    main()
