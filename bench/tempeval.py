"""TempEval-3 timex metrics (extent strict/relaxed F1, type and value F1) on TBAQ-cleaned.

    python bench/tempeval.py [--split timebank|aquaint-dev|aquaint-held|aquaint|all] [--no-spacy] [--errors N]

Gold: ../shared/bench/tempeval3/Training/TBAQ-cleaned (TimeBank 183 docs: the part
we looked at while developing). AQUAINT (73 docs) is split by sorted file name:
AQUAINT-dev = even positions (37 docs, looked at from the third round on) and
AQUAINT-held = odd positions (36 docs, never inspected: measured once at the end
of a round; ``--errors`` refuses it). The default runs TimeBank and AQUAINT-dev. The document
creation time (DCT) of each .tml is the reference date. Scoring follows the
TempEval-3 definitions: strict = same extent, relaxed = overlapping extent; the
value (and type) F1 counts a system timex as right when it matches a gold one
relaxed and has the same value (type). Predictions are the ``timexes`` of
:func:`storyline.annotate.annotate_batch` (what ``storyline annotate --published DCT``
prints), so the figures are what users get. Beside: HeidelTime on TE3-platinum
(UzZaman et al. 2013): value F1 77.61, strict F1 81.34, relaxed F1 90.30.

Where the gold annotations disagree with each other we follow the TimeML 1.2.1
guidelines (and the TIDES values they take over), not whichever form a document has:

- a part of a day keeps its TIMEX3 suffix: "Friday night" = 2000-01-07TNI (TimeBank
  always; AQUAINT about half the time writes the bare day, sometimes TEV for "night");
- "last week", "next week" are the calendar week the words denote, 1998-W33 (not
  1998-WXX, a month such as 1998-10, or P1W, all of which occur);
- the year of a date is the reference's reading of the words: weekdays by tense from
  the document creation time, even where the gold puts a whole document a week back,
  and a date is written at the granularity said ("1994", not 1994-XX-XX);
- decades and centuries with a count are years, ISO 8601 having no such unit:
  "two decades" = P20Y, "the past decade" = P10Y (TimeBank: P20Y, P10Y and once P1E);
- "recent years" / "recent days" are vague durations PXY / PXD (TIDES; 7 of the 11
  "recent <units>" in TimeBank + AQUAINT-dev, the other 4 being PAST_REF);
- "the weekend" is the weekend's date (1989-W44-WE), not its length P2D.

- a count's approximator is part of the expression (TimeML's mod): "nearly two weeks ago",
  "at least 20 more years", "no more than sixty days", "around 7:15 p.m." (TimeBank + AQUAINT-dev:
  18 inside, 4 outside); "about" and "over" stay out (TimeBank leaves them out more often than not);
- a preposition is a signal, never part of the expression: "by the end of 1990" = "the end of 1990";
- a set adjective is a set ("his weekly radio address" = P1W), except where it names a
  reporting period's figure ("its quarterly dividend", "average daily volume": TimeBank
  leaves all of these unmarked), a newspaper ("the party daily Granma") or a rate after an
  amount ("8.5% annually", as "$1.76 a year" is not a time either).

Errors on the looked-at parts, by cause, after the fourth round (AQUAINT-dev): gold
conventions above, gold slips (a Tuesday dated on a Wednesday, "Earlier that day" a
year off, "September" = P1M), stretches before an event ("in the weeks before the
shooting" = 1998-10 once, 1998-FA twice: the days and weeks are read as PXD / PXW),
"the week" alone (1989-WXX, not found), and unmarked "now" / "current" / "recent"
(each marked about half the time). Event-relative days ("the day after his death",
"the second day of an offensive") take the event's date when the text gives it.
The fifth round's value changes were found among the errors on the looked-at parts
(TimeBank, AQUAINT-dev) and written as general TimeML / TIDES readings: halves ("the last
half of <year>" = H2), fractions ("2 1/2 years", "half an hour"), midnight as the day's end
(T24:00), "will one day" (FUTURE_REF), a date after "ended" not after the reference, "in 20
years" after a superlative or "first" (a duration back), "the last week of <month>", wire
clocks ("0630 GMT"), "every two years", "by the end of the month", "Q3 2023", "the fall of
2021", and names that are no months ("the March for Life"). So they are fitted to these
parts: the figures on TimeBank and AQUAINT-dev are figures on data we tuned on, and only
AQUAINT-held (measured once a round) says how the rules carry over. Their first tests reused
those documents' wording and reference dates; after a review the tests of
tests/test_time_values.py (and the like tests of earlier rounds in test_time_expressions.py,
test_time_rules.py and test_time_published.py) were rewritten on invented sentences (other
wording, other dates, the same rules), and two readings were narrowed on invented sentences
alone, not on errors:
"to one day" is the indefinite future only before a base-form verb ("cut to one day" is a
length), and "in <n> units" is a stretch back only when the "first" / superlative sits in the
noun phrase just before "in", is said of the subject by "to be", or the clause is past or
perfect ("the first shipment arrives in two weeks" is a wait). TimeBank and AQUAINT-dev value
F1 stayed 84.64 and 78.84.
"""
from __future__ import annotations

import argparse
import re
import sys
import time
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
DATA = ROOT.parent / "shared" / "bench" / "tempeval3" / "Training" / "TBAQ-cleaned"
HEIDELTIME = {"value": 77.61, "strict": 81.34, "relaxed": 90.30}


def read_tml(path: Path) -> dict:
    """{"id", "dct", "text", "gold": [(start, end, type, value)]} from one .tml file."""
    raw = path.read_text(encoding="utf-8")
    dct = re.search(r'<DCT>.*?value="([^"]+)"', raw, re.S).group(1)
    body = re.search(r"<TEXT>(.*)</TEXT>", raw, re.S).group(1)
    root = ET.fromstring(f"<TEXT>{body}</TEXT>")
    parts, gold = [], []
    offset = 0

    def walk(node):
        nonlocal offset
        if node.text:
            start = offset
            parts.append(node.text)
            offset += len(node.text)
        else:
            start = offset
        for child in node:
            walk(child)
            if child.tail:
                parts.append(child.tail)
                offset += len(child.tail)
        if node.tag == "TIMEX3":
            gold.append((start, offset, node.get("type"), node.get("value")))

    walk(root)
    return {"id": path.stem, "dct": dct[:10], "text": "".join(parts), "gold": gold}


def load(split: str) -> list[dict]:
    """Documents of one split. ``aquaint-dev`` / ``aquaint-held`` are the AQUAINT files at
    even / odd positions of the sorted file names (0-based), so the held half stays unseen."""
    folders = {"timebank": ["TimeBank"], "aquaint": ["AQUAINT"], "aquaint-dev": ["AQUAINT"],
               "aquaint-held": ["AQUAINT"], "all": ["TimeBank", "AQUAINT"]}[split]
    docs = []
    for folder in folders:
        paths = sorted((DATA / folder).glob("*.tml"), key=lambda p: p.name)
        if split == "aquaint-dev":
            paths = paths[0::2]
        elif split == "aquaint-held":
            paths = paths[1::2]
        docs.extend(read_tml(p) for p in paths)
    return docs


def score(docs: list[dict], predictions: list[list]) -> dict:
    counts = {"gold": 0, "system": 0, "strict": 0, "relaxed": 0, "value": 0, "type": 0}
    for doc, predicted in zip(docs, predictions):
        gold = doc["gold"]
        counts["gold"] += len(gold)
        counts["system"] += len(predicted)
        used = set()
        for start, end, ttype, value in predicted:
            match = None
            for i, g in enumerate(gold):
                if i not in used and g[0] < end and start < g[1]:
                    match = i
                    break
            if match is None:
                continue
            used.add(match)
            g = gold[match]
            counts["relaxed"] += 1
            counts["strict"] += (g[0], g[1]) == (start, end)
            counts["value"] += _same_value(g[3], value)
            counts["type"] += g[2] == ttype
    result = {}
    for key in ("strict", "relaxed", "value", "type"):
        p = counts[key] / counts["system"] if counts["system"] else 0.0
        r = counts[key] / counts["gold"] if counts["gold"] else 0.0
        result[key] = (100 * p, 100 * r, 100 * (2 * p * r / (p + r) if p + r else 0.0))
    result["counts"] = counts
    return result


def _same_value(gold: str, system: str) -> bool:
    return (gold or "").upper() == (system or "").upper()


def predict(docs: list[dict], use_spacy: bool) -> list[list]:
    """[(start, end, type, value)] per document, from ``storyline.annotate.annotate_batch``:
    the stages ``storyline annotate`` runs before the timexes (clean, nlp, time), with the
    DCT given as the publication date, as ``--published`` does."""
    from storyline.annotate import annotate_batch
    from storyline.model import Article

    stages = ["clean", "nlp", "time"] if use_spacy else ["clean", "time"]
    articles = [Article(id=d["id"], text=d["text"], published=d["dct"], published_source="metadata")
                for d in docs]
    return [[(t["start"], t["end"], t["type"], t["value"]) for t in output["timexes"]]
            for output in annotate_batch(articles, stages=stages)]


def show_errors(docs, predictions, limit: int) -> None:
    shown = 0
    for doc, predicted in zip(docs, predictions):
        text = doc["text"]
        for g in doc["gold"]:
            hits = [p for p in predicted if p[0] < g[1] and g[0] < p[1]]
            if not hits or not _same_value(g[3], hits[0][3]):
                got = f"{text[hits[0][0]:hits[0][1]]!r}->{hits[0][3]}" if hits else "MISSED"
                print(f"  {doc['id'][:18]:18} dct={doc['dct']} {text[g[0]:g[1]]!r}={g[3]}  got {got}")
                shown += 1
        for p in predicted:
            if not any(p[0] < g[1] and g[0] < p[1] for g in doc["gold"]):
                print(f"  {doc['id'][:18]:18} SPURIOUS {text[p[0]:p[1]]!r}->{p[3]}")
                shown += 1
        if shown >= limit:
            return


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", default="both",
                        choices=["timebank", "aquaint", "aquaint-dev", "aquaint-held", "all", "both"])
    parser.add_argument("--no-spacy", action="store_true", help="stages clean, time: no parse")
    parser.add_argument("--errors", type=int, default=0, help="print this many errors")
    args = parser.parse_args()
    if args.errors and args.split in ("aquaint", "aquaint-held", "all", "both"):
        parser.error("--errors only on timebank or aquaint-dev: the held part is never inspected")
    splits = ["timebank", "aquaint-dev"] if args.split == "both" else [args.split]
    for split in splits:
        docs = load(split)
        started = time.time()
        predictions = predict(docs, not args.no_spacy)
        result = score(docs, predictions)
        c = result["counts"]
        label = {"timebank": "TimeBank (dev, tuned on)", "aquaint": "AQUAINT (dev + held)",
                 "aquaint-dev": "AQUAINT-dev (even files, looked at)",
                 "aquaint-held": "AQUAINT-held (odd files, never looked at)",
                 "all": "TBAQ all"}[split]
        print(f"{label}: {len(docs)} docs, {c['gold']} gold timexes, {c['system']} found, "
              f"{time.time() - started:.1f}s")
        for key, name in (("strict", "strict extent"), ("relaxed", "relaxed extent"),
                          ("value", "value"), ("type", "type")):
            p, r, f = result[key]
            base = f"   HeidelTime TE3-platinum F1 {HEIDELTIME[key]:.2f}" if key in HEIDELTIME else ""
            print(f"  {name:15} P {p:5.1f}  R {r:5.1f}  F1 {f:5.2f}{base}")
        if args.errors:
            show_errors(docs, predictions, args.errors)


if __name__ == "__main__":
    main()
