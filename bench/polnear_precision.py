"""Where the quotes stage's predicted sources go wrong on PolNeAR train, by cause.

Reads the cached candidates of ``polnear_train`` (bench/out; the rules' findings with
their features), keeps those the stored decision keeps (as ``decide.keep_findings``
does), and sorts each kept finding with a source against the gold relations:
exact (its source is a gold source), no gold counterpart (no gold cue overlaps its
cue, or, without a cue, no gold content overlaps its content), gold without a
source, or a wrong source span. Wrong spans are split by cause: overlapping gold but
longer or shorter (and by what: a title, an apposition, a comma, a relative clause,
a determiner), a pronoun where gold takes a name or the reverse, or another phrase.
Use train only.

``--kinds`` splits the kept findings with no gold counterpart by what they are: the
writer's own "I"/"we" outside quote marks (an op-ed's "I think"), a reader's "you", a
colon label ("Editor's Note:", "Revealed:"), a modal or conditional cue ("would vote
for", "if you believe"), a relative pronoun as source ("who wants"), or else by kind.

    python bench/polnear_precision.py                    # counts on train 0-400
    python bench/polnear_precision.py --show 5           # with examples
    python bench/polnear_precision.py --kinds            # false attributions by kind
"""
from __future__ import annotations

import argparse
import sys
from collections import Counter, defaultdict
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from polnear import predicted, split_files  # noqa: E402
from polnear_errors import read_relations  # noqa: E402
from polnear_train import cached, keep_masks, matrix  # noqa: E402

from storyline.quotes.decide import load_model  # noqa: E402

_PRONOUNS = {"he", "she", "they", "it", "we", "i", "you", "him", "her", "them", "who", "which",
             "that", "this", "his", "their"}


def _overlaps(a, b) -> bool:
    return a is not None and b is not None and a[0] < b[1] and b[0] < a[1]


def kept_quotes(articles: list, model: dict) -> list:
    """Per article, the quote dicts the stored decision keeps."""
    names = list(model["weights"])
    w = np.array([model["weights"][n] for n in names])
    out = []
    for art in articles:
        x, _ = matrix([art], model["rates"], model["prior"], names)
        p = 1 / (1 + np.exp(-np.clip(x @ w, -30, 30))) if len(x) else np.array([])
        keep = keep_masks([art], [p], model["threshold"], model["threshold_unlisted"])[0]
        out.append([row for row, k in zip(art["rows"], keep) if k])
    return out


def scored(text: str, quotes: list) -> list:
    """The quotes bench/polnear.py scores: not nested inside another's content."""
    spans = [min(predicted({"quotes": [q]}, text)["Content"]) for q in quotes]
    return [q for q, (s, e) in zip(quotes, spans)
            if not any(a <= s and e <= b and (a, b) != (s, e) for a, b in spans)]


def _extra(text: str, outer: tuple, inner: tuple) -> str:
    """What the longer span holds beyond the shorter, as a kind."""
    left, right = text[outer[0]:inner[0]], text[inner[1]:outer[1]]
    words = (left + " " + right).strip()
    low = words.lower()
    if not words:
        return "?"
    if words in {",", "."} or (not left.strip() and right.strip() in {",", "."}):
        return "comma/stop"
    if any(w in low.split() for w in ("who", "which", "whose", "whom", "that")):
        return "relative clause"
    if right.strip().startswith(","):
        return "apposition after"
    if left.strip().endswith(","):
        return "apposition before"
    if low in {"the", "a", "an"}:
        return "determiner"
    if not right.strip():
        return "words before (title/modifier)"
    if not left.strip():
        return "words after"
    return "both sides"


def classify(text: str, quote: dict, relations: list) -> tuple:
    """(cause, detail) of one kept quote with a source against the gold relations."""
    src = (quote["source"]["start"], quote["source"]["end"])
    golds = {r["Source"] for r in relations if r["Source"]}
    if src in golds:
        return "exact", ""
    if quote["cue"]:
        cue = (quote["cue"]["start"], quote["cue"]["end"])
        rels = [r for r in relations if _overlaps(r["Cue"], cue)]
    else:
        content = (quote["content"]["start"], quote["content"]["end"])
        rels = [r for r in relations if _overlaps(r["Content"], content)]
    if not rels:
        return "no gold counterpart", quote["kind"]
    with_src = [r["Source"] for r in rels if r["Source"]]
    if not with_src:
        return "gold has no source", quote["kind"]
    gold = min(with_src, key=lambda g: -max(0, min(g[1], src[1]) - max(g[0], src[0])))
    p_text, g_text = text[slice(*src)].strip().lower(), text[slice(*gold)].strip().lower()
    if _overlaps(src, gold):
        if src[0] <= gold[0] and gold[1] <= src[1]:
            return "pred longer", _extra(text, src, gold)
        if gold[0] <= src[0] and src[1] <= gold[1]:
            return "pred shorter", _extra(text, gold, src)
        return "crossing", ""
    if p_text in _PRONOUNS and g_text not in _PRONOUNS:
        return "pronoun, gold name", ""
    if g_text in _PRONOUNS and p_text not in _PRONOUNS:
        return "name, gold pronoun", ""
    return "other phrase", "gold source after cue" if gold[0] > rels[0]["Cue"][0] else ""


def false_kind(feats: dict, keys: tuple, quote: dict) -> str:
    """What a kept finding without gold counterpart is (see the module docstring), from
    the decision features cached with it."""
    if feats.get("pronoun=first") and not feats.get("source_inside_quote"):
        return "writer's I/we outside quotes"
    if feats.get("pronoun=second"):
        return "you"
    if keys[0] == ":":
        return "colon label"
    if feats.get("modal") or feats.get("mark=if"):
        return "modal or conditional"
    if feats.get("pronoun=who") or feats.get("pronoun=which"):
        return "relative pronoun source"
    return "other " + quote["kind"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--start", type=int, default=0)
    parser.add_argument("--limit", type=int, default=400)
    parser.add_argument("--show", type=int, default=0, help="examples per cause")
    parser.add_argument("--only", default="", help="show only this cause")
    parser.add_argument("--kinds", action="store_true",
                        help="split findings with no gold counterpart by kind")
    args = parser.parse_args()
    articles = cached(args.start, args.limit)
    files = split_files("train", args.limit, args.start)
    counts, examples = Counter(), defaultdict(list)
    for art, rows, (_, ann) in zip(articles, kept_quotes(articles, load_model()), files):
        relations, text = read_relations(ann), art["text"]
        by_quote = {id(row[2]): row for row in rows}
        for quote in scored(text, [row[2] for row in rows]):
            if quote["source"] is None:
                continue
            cause, detail = classify(text, quote, relations)
            if args.kinds and cause == "no gold counterpart":
                feats, keys, *_ = by_quote[id(quote)]
                detail = false_kind(feats, keys, quote)
            counts[(cause, detail)] += 1
            if len(examples[(cause, detail)]) < args.show and args.only in cause:
                s, e = quote["source"]["start"], quote["source"]["end"]
                cue = quote["cue"] or {"start": s, "end": e}
                lo, hi = min(s, cue["start"]) - 60, max(e, cue["end"]) + 60
                snippet = (text[max(0, lo):s] + "[S " + text[s:e] + "]" + text[e:hi])
                gold = [text[slice(*r["Source"])] for r in relations
                        if r["Source"] and quote["cue"] and _overlaps(r["Cue"], (cue["start"], cue["end"]))]
                examples[(cause, detail)].append(snippet.replace("\n", " ") + f"   GOLD {gold}")
    total = sum(counts.values())
    print(f"kept findings with a source: {total}")
    for (cause, detail), n in sorted(counts.items(), key=lambda kv: -kv[1]):
        print(f"{n:6d}  {cause:<22} {detail}")
        for ex in examples[(cause, detail)]:
            print("          " + ex)


if __name__ == "__main__":
    main()
