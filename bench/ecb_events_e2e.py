"""ECB+ event coreference end to end: our own triggers (the events of storyline.annotate) in
place of the gold mentions, clustered by the model bench/ecb_events.py fitted.

    python bench/ecb_events.py --end-to-end

A trigger found in a curated sentence is matched to the gold mention whose span it
overlaps and then carries that mention's id; a trigger matching none is a spurious
mention of its own and a gold mention no trigger matched is missed. The metrics
(bench/coref_metrics.py) charge both: MUC and B3 count a missed mention as a
singleton of the key, CEAF-e aligns whole clusters.
"""
from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from coref_metrics import conll_f1  # noqa: E402
from ecb_event_pairs import (attach_vectors, cluster_mentions, group_documents,  # noqa: E402
                             mention_items)

VECTORS = Path(__file__).resolve().parent / "out" / "ecb_vectors"



def _sentence_offset(ecb_doc) -> int:
    """ECB+ sentence number of the first line of the document's text."""
    votes = Counter(m.sentence - ecb_doc.text.count("\n", 0, m.start) for m in ecb_doc.mentions)
    return votes.most_common(1)[0][0] if votes else 0


def predicted_mentions(ecb_doc, triggers: list, curated: set, gold: list) -> list:
    """[(id, start, end, cluster, sentence)] of our triggers in the curated sentences.

    triggers (list[dict]): the ``trigger`` spans of ``storyline.annotate``'s events for the
        document (what users get: the events stage's output, statements left to quotes);
    gold ([(id, start, end, cluster, sentence)]) gives a matched trigger its id.
    """
    offset = _sentence_offset(ecb_doc)
    out, used = [], set()
    for trigger in triggers:
        start, end = trigger["start"], trigger["end"]
        number = offset + ecb_doc.text.count("\n", 0, start)
        if (ecb_doc.topic, ecb_doc.stem, number) not in curated:
            continue
        match = next((g for g in gold if g[1] < end and start < g[2] and g[0] not in used), None)
        if match is not None:
            used.add(match[0])
            out.append((match[0], start, end, match[3], number))
        else:
            out.append((f"{ecb_doc.name}:pred{start}", start, end, None, number))
    return out


def annotated_triggers(docs: list) -> dict:
    """Event trigger spans per ECB+ document name, through ``storyline.annotate.annotate_batch``."""
    from storyline.annotate import annotate_batch
    from storyline.model import Article

    outputs = annotate_batch([Article(id=d.name, text=d.text) for d in docs])
    return {out["id"]: sorted({(e["trigger"]["start"], e["trigger"]["end"]): e["trigger"]
                               for e in out["events"]}.values(), key=lambda t: t["start"])
            for out in outputs}


def end_to_end(topic: dict, curated: set, doc_threshold: float, weights, pair_threshold: float) -> tuple:
    """(gold clusters, our clusters, gold mention count, matched count, predicted count);
    when the topic's gold items carry vectors (the model uses them), ours get them too."""
    gold_items = topic["items"]
    by_doc: dict = {}
    for it in gold_items:
        by_doc.setdefault(it["doc"], []).append(it)
    items = []
    triggers = annotated_triggers(topic["docs"])
    for ecb_doc, doc in zip(topic["docs"], topic["parsed"]):
        gold = [(it["id"], it["start"], it["end"], it["gold"], it["sent"]) for it in by_doc.get(ecb_doc.name, [])]
        found = predicted_mentions(ecb_doc, triggers.get(ecb_doc.name, []), curated, gold)
        items += mention_items(ecb_doc, doc, found)
    for it in items:
        it["gold"] = it["gold"] or it["id"]
    if gold_items and "tvec" in gold_items[0] and items:
        from storyline.fuse.embed import load_encoder
        attach_vectors(items, {d.name: d.text for d in topic["docs"]}, load_encoder(),
                       VECTORS / f"{topic['docs'][0].topic}-e2e.npz")
    groups = group_documents(sorted(topic["subtopic"]), topic["group_sims"], doc_threshold)
    gold_clusters: dict = {}
    for it in gold_items:
        gold_clusters.setdefault(it["gold"], []).append(it["id"])
    ours = cluster_mentions(items, topic["sims"], groups, weights, pair_threshold)
    matched = sum(not it["id"].split(":")[-1].startswith("pred") for it in items)
    return list(gold_clusters.values()), ours, len(gold_items), matched, len(items)


def end_to_end_report(data: dict, splits: dict, doc_threshold: float, weights,
                      pair_threshold: float) -> None:
    """Print, per split, mention recall/precision and CoNLL F1 with our own triggers."""
    from ecbplus import curated_sentences
    curated = curated_sentences()
    for name, split in splits.items():
        gold, ours, n_gold, n_matched, n_pred = [], [], 0, 0, 0
        for topic in data[name]:
            g, o, ng, nm, npred = end_to_end(topic, curated, doc_threshold, weights, pair_threshold)
            gold += g
            ours += o
            n_gold, n_matched, n_pred = n_gold + ng, n_matched + nm, n_pred + npred
        scores = conll_f1(gold, ours)
        print(f"end to end, {name} topics {split.start}-{split.stop - 1}: our triggers {n_pred}, "
              f"matching {n_matched} of {n_gold} gold mentions (recall {n_matched / max(1, n_gold):.1%}, "
              f"precision {n_matched / max(1, n_pred):.1%}); CoNLL F1={scores['conll'] * 100:5.1f}")
