"""Where the quotes stage's content spans miss PolNeAR's by their boundaries.

Reads the candidates ``bench/polnear_train.py`` caches (every finding of the rules on
PolNeAR train, parsed) and looks only at findings whose cue gold also marks (so the
attribution is right and only its extent can be wrong). For each, its content is
matched to the gold content it overlaps and counted as exact or wrong at the start,
the end or both, by kind. Then two tallies say which edges annotators keep: the first
dependent the parse hangs on the cue after the content (a stance's "as …" role, an
infinitive, a "because" clause: kept in gold or left out), and a comma-set dependent
closing the content ("…, which …", "…, saying …": cut in gold or kept). A kind of edge
kept about as often as left out is annotator inconsistency, not a rule to write.
Use train only (dev is the split nobody tunes on).

    python bench/polnear_bounds.py                 # train 0-400
    python bench/polnear_bounds.py --start 600 --limit 840
"""
from __future__ import annotations

import argparse
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from polnear import predicted  # noqa: E402
from polnear_train import cached, parsed  # noqa: E402

KINDS = ("indirect", "attitude")


def gold_content(gold: set, start: int, end: int):
    """The first gold content (start, end) overlapping [start, end), or None."""
    return next((g for g in sorted(gold) if g[0] < end and start < g[1]), None)


def edge_counts(articles: list) -> Counter:
    """(kind, "exact"|"S"|"E"|"SE") counts of the cued findings' contents as scored
    (quote marks included, split quotes as one), matched one to one with gold."""
    counts = Counter()
    for art in articles:
        text = art["text"]
        quotes = [q for _, _, q, label in art["rows"] if label]
        kinds = {}
        for q in quotes:
            for span in predicted({"quotes": [q]}, text)["Content"]:
                kinds[span] = "group" if q["group"] else q["kind"]
        used = set()
        for p in sorted(predicted({"quotes": quotes}, text)["Content"]):
            g = gold_content(art["gold"]["Content"] - used, *p)
            if g is None:
                continue
            used.add(g)
            side = ("S" if p[0] != g[0] else "") + ("E" if p[1] != g[1] else "")
            counts[(kinds.get(p, "group"), side or "exact")] += 1
    return counts


def _verdict(gold_end: int, pred_end: int, edge: int, kept_if_past: bool) -> str:
    if kept_if_past:
        return "kept" if gold_end >= edge - 1 else ("left out" if gold_end == pred_end else "other")
    return "cut" if abs(gold_end - edge) <= 1 else ("kept" if gold_end >= pred_end - 1 else "other")


def _label(token) -> str:
    """A dependent named by its relation and first word ("advcl to", "prep as", "relcl which"),
    a subject of its own marked ("advcl as +subj")."""
    first = token.left_edge.lower_ if token.dep_ != "prep" else token.lower_
    subject = any(c.dep_ in {"nsubj", "nsubjpass", "expl"} for c in token.children)
    return f"{token.dep_} {first}" + (" +subj" if subject and token.dep_ == "advcl" else "")


def dependent_tallies(articles: list, items: list) -> tuple:
    """({(kind, cue dependent after the content): Counter(kept/left out)},
    {(kind, dependent closing the content): Counter(cut/kept)}) for cued reported clauses
    and stances whose cue comes first."""
    after, closing = defaultdict(Counter), defaultdict(Counter)
    for art, (article, _) in zip(articles, items):
        doc = article.doc
        for _, _, q, label in art["rows"]:
            if not label or q["kind"] not in KINDS or not q["cue"] or q["cue"]["start"] > q["content"]["start"]:
                continue
            start, end = q["content"]["start"], q["content"]["end"]
            g = gold_content(art["gold"]["Content"], start, end)
            cue = doc.char_span(q["cue"]["start"], q["cue"]["end"], alignment_mode="expand")
            content = doc.char_span(start, end, alignment_mode="expand")
            if g is None or cue is None or content is None or len(content) < 3:
                continue
            deps = [c for t in cue for c in t.children if c.idx >= end and c.dep_ != "punct"]
            if deps and min(deps, key=lambda t: t.i).left_edge.idx >= end:
                dep = min(deps, key=lambda t: t.i)
                edge = dep.right_edge.idx + len(dep.right_edge.text)
                after[(q["kind"], _label(dep))][_verdict(g[1], end, edge, True)] += 1
            for token in content[2:]:
                before = doc[token.left_edge.i - 1]
                if token.head.i < token.i and content[0].i <= token.head.i and before.text == "," \
                        and token.right_edge.i >= content[-1].i - 1:
                    closing[(q["kind"], _label(token))][_verdict(g[1], end, before.idx, False)] += 1
                    break
    return after, closing


def show(title: str, tally: dict, top: int) -> None:
    print(f"\n{title}")
    for key, counts in sorted(tally.items(), key=lambda kv: -sum(kv[1].values()))[:top]:
        print(f"  {' / '.join(key):<34}" + "  ".join(f"{k} {v}" for k, v in counts.most_common()))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--start", type=int, default=0)
    parser.add_argument("--limit", type=int, default=400)
    parser.add_argument("--top", type=int, default=20)
    args = parser.parse_args()
    articles, items = cached(args.start, args.limit), parsed(args.start, args.limit)
    edges = edge_counts(articles)
    print(f"PolNeAR train {args.start}-{args.limit}: contents of findings whose cue gold marks")
    for kind in sorted({k for k, _ in edges}):
        row = {side: edges[(kind, side)] for side in ("exact", "S", "E", "SE")}
        print(f"  {kind:<10}" + "  ".join(f"{side} {n}" for side, n in row.items()))
    after, closing = dependent_tallies(articles, items)
    show("first dependent of the cue after the content (gold kept it / left it out)", after, args.top)
    show("comma-set dependent closing the content (gold cut it / kept it)", closing, args.top)


if __name__ == "__main__":
    main()
