"""Which gold PolNeAR attributions the quotes stage never offers as a candidate, by kind.

Reads train articles (parsed once by the stages before quotes, cached in bench/out by
``polnear_train.parsed``), runs the rules' finder (``extract.find_all``, every candidate
before the learned decision) and sorts each gold attribution (a BRAT relation: source,
cue, content) into: offered and kept by the decision, offered but dropped, or never
offered; the never-offered ones are grouped by the shape of their cue (a noun, an
adjective, a belief verb, a colon or dash, a headline "X: …", a passive, a verb chain,
a source inside a preposition, a report nested in another). Use train only.

    python bench/polnear_missed.py --limit 400              # counts by kind and lemma
    python bench/polnear_missed.py --limit 400 --show 4     # with examples
"""
from __future__ import annotations

import argparse
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from polnear_errors import _context, read_relations  # noqa: E402
from polnear import split_files  # noqa: E402
from polnear_train import parsed  # noqa: E402

from storyline.quotes.decide import keep_findings  # noqa: E402
from storyline.quotes.extract import find_all  # noqa: E402
from storyline.quotes.lexicon import BELIEF_VERBS, INDIRECT_VERBS  # noqa: E402


def _overlaps(a, b) -> bool:
    return a is not None and b is not None and a[0] < b[1] and b[0] < a[1]


def _offered(rel: dict, findings: list) -> object:
    """The finding that offers gold relation ``rel``: its cue overlaps the gold cue, or
    (gold without a cue) its content shares half of the shorter span; else None."""
    for f in findings:
        if rel["Cue"] is not None:
            if f.cue is not None and _overlaps((f.cue.start, f.cue.end), rel["Cue"]):
                return f
        elif rel["Content"] is not None and _overlaps((f.start, f.end), rel["Content"]):
            lo, hi = rel["Content"]
            shared = min(hi, f.end) - max(lo, f.start)
            if shared >= 0.5 * min(hi - lo, f.end - f.start):
                return f
    return None


def kind_of(doc, text: str, rel: dict, relations: list) -> tuple:
    """(kind, lemma) of a gold attribution's cue, for grouping misses."""
    cue = rel["Cue"]
    if cue is None:
        return "no cue", ""
    words = text[cue[0]:cue[1]].strip()
    lowered = words.lower()
    nested = any(r is not rel and _overlaps(r["Content"], cue) and r["Content"][0] <= cue[0]
                 for r in relations)
    tag = " (nested)" if nested else ""
    if words in {":", "—", "–", "-", "--"} or len(words) <= 2 and not words.isalpha():
        line_start = text.rfind("\n", 0, cue[0]) + 1
        head = "headline" if words == ":" and cue[0] - line_start < 60 and "\n" in text[
            cue[1]:cue[1] + 300] and text[line_start:cue[0]].count(" ") < 6 else "colon/dash"
        return head + tag, words
    if "according" in lowered:
        return "according to" + tag, lowered
    span = doc.char_span(cue[0], cue[1], alignment_mode="expand")
    tokens = [t for t in span if t.is_alpha]
    if not tokens:
        return "other" + tag, words
    content_words = [t for t in tokens if t.pos_ in {"VERB", "NOUN", "ADJ", "PROPN"}]
    head = content_words[-1] if content_words else tokens[-1]
    lemma = head.lemma_.lower()
    source = rel["Source"]
    if source is not None:
        src = doc.char_span(source[0], source[1], alignment_mode="expand")
        if src is not None and src.root.dep_ == "pobj" and src.root.head.lower_ in {"by", "from", "of"} \
                and src.root.head.head.pos_ == "NOUN":
            return "source in PP" + tag, lemma
    verbs = [t for t in tokens if t.pos_ in {"VERB", "AUX"}]
    if head.pos_ == "NOUN":
        return "noun" + tag, lemma
    if head.pos_ == "ADJ":
        return "adjective" + tag, lemma
    if len(verbs) > 1 and any(t.dep_ == "xcomp" for t in verbs):
        return "verb chain" + tag, " ".join(t.lemma_.lower() for t in verbs)
    if any(c.dep_ in {"nsubjpass", "auxpass"} for c in head.children):
        return "passive" + tag, lemma
    if head.pos_ in {"VERB", "AUX"}:
        known = "listed verb" if lemma in INDIRECT_VERBS else "other verb"
        if lemma in BELIEF_VERBS:
            known = "belief verb"
        return known + tag, lemma
    return f"other {head.pos_}" + tag, lemma


def analyse(start: int, limit: int, show: int, top: int, lemma_filter=None) -> None:
    items = parsed(start, limit)
    anns = [ann for _, ann in split_files("train", limit, start)]
    status = Counter()
    missed = defaultdict(Counter)
    dropped = Counter()
    examples = defaultdict(list)
    for (article, _), ann in zip(items, anns):
        relations = read_relations(ann)
        findings, sents, inside = find_all(article)
        kept = {id(f) for f in keep_findings(findings, article.doc, sents, inside)}
        for rel in relations:
            if rel["Content"] is None:
                continue  # a relation whose spans the file does not hold
            found = _offered(rel, findings)
            kind, lemma = kind_of(article.doc, article.text, rel, relations)
            if found is None:
                status["never offered"] += 1
                missed[kind][lemma] += 1
                if len(examples[kind]) < show and (lemma_filter is None or lemma == lemma_filter):
                    examples[kind].append(_context(article.text, rel))
            elif id(found) in kept:
                status["offered, kept"] += 1
            else:
                status["offered, dropped"] += 1
                dropped[kind] += 1
    print(f"train {start}-{limit}: " + ", ".join(f"{k} {v}" for k, v in status.items()))
    print("\nnever offered, by kind of cue:")
    for kind, lemmas in sorted(missed.items(), key=lambda kv: -sum(kv[1].values())):
        listing = ", ".join(f"{lem} {n}" for lem, n in lemmas.most_common(top))
        print(f"{sum(lemmas.values()):5d}  {kind:<28} {listing}")
        for example in examples[kind]:
            print("          " + example)
    print("\noffered but dropped by the decision, by kind:")
    for kind, n in dropped.most_common():
        print(f"{n:5d}  {kind}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--start", type=int, default=0)
    parser.add_argument("--limit", type=int, default=400)
    parser.add_argument("--show", type=int, default=0, help="examples per kind")
    parser.add_argument("--lemma", default=None, help="examples of this cue lemma only")
    parser.add_argument("--top", type=int, default=12, help="lemmas listed per kind")
    args = parser.parse_args()
    analyse(args.start, args.limit, args.show, args.top, args.lemma)


if __name__ == "__main__":
    main()
