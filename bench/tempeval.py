"""TempEval-3 timex metrics (extent strict/relaxed F1, type and value F1) on TBAQ-cleaned.

    python bench/tempeval.py [--split timebank|aquaint|all] [--no-spacy] [--errors N]

Gold: ../shared/bench/tempeval3/Training/TBAQ-cleaned (TimeBank 183 docs: the part
we looked at while developing; AQUAINT 73 docs: not tuned on). The document
creation time (DCT) of each .tml is the reference date. Scoring follows the
TempEval-3 definitions: strict = same extent, relaxed = overlapping extent; the
value (and type) F1 counts a system timex as right when it matches a gold one
relaxed and has the same value (type). Predictions are the ``timexes`` of
:func:`storyline.annotate.annotate_batch` (what ``storyline annotate --published DCT``
prints), so the figures are what users get. Beside: HeidelTime on TE3-platinum
(UzZaman et al. 2013): value F1 77.61, strict F1 81.34, relaxed F1 90.30.
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
    folders = {"timebank": ["TimeBank"], "aquaint": ["AQUAINT"], "all": ["TimeBank", "AQUAINT"]}[split]
    docs = []
    for folder in folders:
        docs.extend(read_tml(p) for p in sorted((DATA / folder).glob("*.tml")))
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
    parser.add_argument("--split", default="both", choices=["timebank", "aquaint", "all", "both"])
    parser.add_argument("--no-spacy", action="store_true", help="stages clean, time: no parse")
    parser.add_argument("--errors", type=int, default=0, help="print this many errors")
    args = parser.parse_args()
    splits = ["timebank", "aquaint"] if args.split == "both" else [args.split]
    for split in splits:
        docs = load(split)
        started = time.time()
        predictions = predict(docs, not args.no_spacy)
        result = score(docs, predictions)
        c = result["counts"]
        label = {"timebank": "TimeBank (dev, tuned on)", "aquaint": "AQUAINT (held out)",
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
