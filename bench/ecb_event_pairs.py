"""Mention and pair features for ECB+ event coreference, a logistic pair scorer, and
average-link clustering over its scores (used by bench/ecb_events.py).

    items = mention_items(ecb_doc, spacy_doc, curated)     # one dict per gold mention
    model = fit_pair_model(train_topics)                   # [(items, doc_groups)] per topic
    clusters = cluster_mentions(items, groups, model, threshold)

Lexical features follow what the event-coreference literature finds useful without
embeddings (Bejan & Harabagiu 2010; Lee et al. 2012; Cybulska & Vossen 2015):
the trigger (head lemma, a derivational stem so "shooting" meets "shot", the
CAMEO class of our events lexicon, the words next to it in the parse), the arguments
(who, when, where: from the mention's sentence, both its ECB+ entity markables and its
own named entities and numbers) and the document (two documents of a topic can tell of
the same event or only of the same kind of event: the subtopic; documents are grouped by
their whole text and, weighted 0.4, their headline and lead). With the all-MiniLM-L6-v2
weights (:func:`attach_vectors`), the cosines of the triggers and trigger phrases read
in their sentences, of the trigger words alone, of the sentences and of the documents'
lead lines are added (EMBED_FEATURES).
"""
from __future__ import annotations

import math
import sys
from collections import Counter
from pathlib import Path

import numpy as np
from scipy.cluster.hierarchy import fcluster, linkage
from scipy.spatial.distance import squareform

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from storyline.events.coding import sense_for_noun, sense_for_verb  # noqa: E402
from storyline.events.kinds import event_classes  # noqa: E402
from storyline.events.kinds import trigger_stem  # noqa: E402

CONTENT_POS = {"NOUN", "PROPN", "VERB", "NUM", "ADJ"}
ARG_TAGS = {"HUMAN_PART": "who", "NON_HUMAN_PART": "who", "LOC": "where", "TIME": "when"}
FEATURES = ("bias", "same_lemma", "same_stem", "same_text", "same_cameo", "same_root",
            "cameo_clash", "who", "when", "where", "names", "context", "same_doc",
            "doc_sim", "pos_clash", "lemma_and_args", "stem_and_doc", "rare_lemma", "same_class",
            "class_and_doc", "pronoun_near", "same_saying", "neighbours", "neighbour_shared")
# with all-MiniLM-L6-v2 installed (storyline.fuse.embed): cosine of the triggers read in
# their sentences, of the sentences, and the trigger cosine within one document group
# then the cosines of the trigger word out of context (synonyms: "foil" / "thwart"), of the
# trigger phrase read in its sentence (with its object, particle or prepositional object:
# "checked into rehab" / "entered rehab") and of the documents' lead sentences
EMBED_FEATURES = ("trigger_sim", "sentence_sim", "trigger_sim_doc", "trigger_sim_stem",
                  "word_sim", "phrase_sim", "lead_sim", "phrase_sim_doc", "word_sim_class")
PHRASE_DEPS = ("dobj", "prt", "attr", "compound", "amod", "nsubjpass", "prep")
LEAD_LINES = 3  # a news document's first lines (headline, lead) say which event it tells
# weight of the whole documents' tf-idf cosine beside that of their lead lines when documents
# are grouped (0.6: best subtopic pair F1 over the train topics, 0.97 against 0.90 alone)
WHOLE_WEIGHT = 0.6


def _words(tokens) -> set:
    """Lower-cased lemmas of the content words among ``tokens`` (spaCy Tokens)."""
    return {t.lemma_.lower() for t in tokens if t.pos_ in CONTENT_POS and not t.is_stop}


def document_vector(doc, name_weight: int = 2) -> Counter:
    """Bag of content lemmas of a parsed document (spaCy Doc), with its names, proper
    nouns and numbers counted ``name_weight`` times more: two documents about the same
    kind of event share its vocabulary, the same event its names, places and figures."""
    bag = Counter(t.lemma_.lower() for t in doc if t.pos_ in CONTENT_POS and not t.is_stop
                  and t.is_alpha or t.like_num)
    for ent in doc.ents:
        bag["ent:" + ent.text.lower()] += name_weight
    for t in doc:
        if t.pos_ in ("PROPN", "NUM"):
            bag[t.lemma_.lower()] += name_weight
    return bag


def lead_vector(doc, lines: int = LEAD_LINES) -> Counter:
    """Bag of content lemmas and numbers in the first ``lines`` non-empty lines of a parsed
    document (spaCy Doc): the headline and lead name the event a report is about."""
    end, seen = 0, 0
    for line in doc.text.split("\n"):
        end += len(line) + 1
        seen += bool(line.strip())
        if seen >= lines:
            break
    return Counter(t.lemma_.lower() for t in doc if t.idx < end and (
        t.pos_ in CONTENT_POS and not t.is_stop and t.is_alpha or t.like_num))


def blend(whole: dict, lead: dict, whole_weight: float = WHOLE_WEIGHT) -> dict:
    """Document-pair similarities: ``whole_weight`` times ``whole`` (tf-idf cosines of
    whole documents) plus the rest times ``lead`` (those of their lead lines)."""
    return {pair: whole_weight * s + (1 - whole_weight) * lead[pair] for pair, s in whole.items()}


def tfidf_similarity(bags: dict) -> dict:
    """{(doc a, doc b): cosine of tf-idf vectors} for every pair of ``bags``
    ({name: Counter}); idf is taken over the given documents."""
    df = Counter(w for bag in bags.values() for w in bag)
    n = len(bags)
    vectors = {}
    for name, bag in bags.items():
        vec = {w: (1 + math.log(c)) * math.log(1 + n / df[w]) for w, c in bag.items()}
        norm = math.sqrt(sum(v * v for v in vec.values())) or 1.0
        vectors[name] = {w: v / norm for w, v in vec.items()}
    names = sorted(bags)
    sims = {}
    for i, a in enumerate(names):
        for b in names[i:]:
            va, vb = vectors[a], vectors[b]
            small, big = (va, vb) if len(va) < len(vb) else (vb, va)
            sims[(a, b)] = sims[(b, a)] = sum(v * big.get(w, 0.0) for w, v in small.items())
    return sims


def group_documents(names: list, sims: dict, threshold: float) -> dict:
    """{doc name: group} by average-link clustering of documents, joined while their
    mean tf-idf cosine stays at or above ``threshold``."""
    if len(names) < 2:
        return {n: 0 for n in names}
    dist = np.array([[0.0 if a == b else 1.0 - sims[(a, b)] for b in names] for a in names])
    labels = fcluster(linkage(squareform(dist, checks=False), "average"),
                      1.0 - threshold, criterion="distance")
    return dict(zip(names, (int(x) for x in labels)))


def _sentence_arguments(ecb_doc, spacy_doc) -> dict:
    """{sentence number: {"who"/"when"/"where": set of words}} from ECB+ entity markables."""
    out: dict = {}
    for m in ecb_doc.mentions:
        kind = next((v for k, v in ARG_TAGS.items() if m.tag.startswith(k)), None)
        span = spacy_doc.char_span(m.start, m.end, alignment_mode="expand") if kind else None
        if span is not None:
            words = _words(span) or {t.lower_ for t in span if not t.is_punct}
            out.setdefault(m.sentence, {}).setdefault(kind, set()).update(words)
    return out


def _sentence_of(spacy_doc, start: int) -> object:
    return spacy_doc.char_span(start, start + 1, alignment_mode="expand").sent


def trigger_phrase(head) -> tuple:
    """(start, end) characters of a trigger (spaCy Token) with the words that complete
    it: object, particle, attribute, compound, prepositional object ("opened fire")."""
    tokens = [head]
    for child in head.children:
        if child.dep_ in PHRASE_DEPS:
            tokens.append(child)
            if child.dep_ == "prep":
                tokens += [g for g in child.children if g.dep_ == "pobj"]
    return min(t.idx for t in tokens), max(t.idx + len(t) for t in tokens)


def syntactic_neighbours(head) -> set:
    """Content lemmas next to a trigger (spaCy Token) in its parse: its dependents, the
    objects of its prepositions, and its own head marked "^" ("checked into rehab" and
    "entered rehab" share "rehab")."""
    out = {"^" + head.head.lemma_.lower()} if (
        head.head.i != head.i and head.head.pos_ in CONTENT_POS) else set()
    for child in head.children:
        grand = [g for g in child.children if g.dep_ == "pobj"] if child.dep_ == "prep" else []
        out |= {t.lemma_.lower() for t in [child] + grand if t.pos_ in CONTENT_POS and not t.is_stop}
    return out


def mention_item(mid: str, start: int, end: int, ecb_doc, spacy_doc, args: dict,
                 sentence: int) -> dict:
    """Features of one event mention at ``start``-``end`` of ``spacy_doc``."""
    span = spacy_doc.char_span(start, end, alignment_mode="expand")
    head = span.root
    sense = sense_for_verb(head) if head.pos_ in ("VERB", "AUX") else sense_for_noun(head)
    sent = head.sent
    names = {e.text.lower() for e in sent.ents}
    names |= {t.lower_ for t in sent if t.like_num}
    own = args.get(sentence, {})
    line_start = ecb_doc.text.rfind("\n", 0, start) + 1
    line_end = ecb_doc.text.find("\n", end)
    phrase = trigger_phrase(head)
    return {"id": mid, "neighbours": syntactic_neighbours(head), "line": (line_start, len(ecb_doc.text) if line_end < 0 else line_end), "doc": ecb_doc.name, "lemma": head.lemma_.lower(), "sent": sentence,
            "start": start, "end": end, "phrase": (min(start, phrase[0]), max(end, phrase[1])),
            "classes": event_classes(head.lemma_.lower()) | event_classes(trigger_stem(head.lemma_.lower())),
            "pronoun": head.pos_ == "PRON" or head.lower_ in ("this", "that", "it"),
            "stem": trigger_stem(head.lemma_.lower()), "text": span.text.lower(),
            "cameo": sense.cameo if sense else None, "verb": head.pos_ in ("VERB", "AUX"),
            "who": own.get("who", set()), "when": own.get("when", set()),
            "where": own.get("where", set()), "names": names,
            "context": _words(sent) - {head.lemma_.lower()}}


def mention_items(ecb_doc, spacy_doc, mentions: list) -> list:
    """Feature dicts for ``mentions`` ([(id, start, end, cluster, sentence)]) of one document."""
    args = _sentence_arguments(ecb_doc, spacy_doc)
    items = []
    for mid, start, end, cluster, sentence in mentions:
        item = mention_item(mid, start, end, ecb_doc, spacy_doc, args, sentence)
        item["gold"] = cluster
        items.append(item)
    return items


VECTOR_KINDS = ("tvec", "svec", "pvec", "wvec", "lvec")


def _encode_items(items: list, texts: dict, encoder) -> None:
    """Set "tvec", "svec", "pvec", "wvec" and "lvec" on ``items`` (see :func:`attach_vectors`)."""
    sentences: dict = {}  # (doc, line) -> [item index]
    for i, it in enumerate(items):
        sentences.setdefault((it["doc"], it["line"]), []).append(i)
    order = list(sentences)
    lines = [texts[doc][a:b] for doc, (a, b) in order]
    # two spans per mention, read in one pass: the trigger, then its phrase within the line
    spans = [[span for i in sentences[(doc, (a, b))] for span in (
        (items[i]["start"] - a, items[i]["end"] - a),
        (max(items[i]["phrase"][0], a) - a, min(items[i]["phrase"][1], b) - a))]
        for doc, (a, b) in order]
    pooled, span_vectors = encoder.encode_spans(lines, spans)
    for k, key in enumerate(order):
        for row, i in enumerate(sentences[key]):
            items[i]["tvec"], items[i]["pvec"] = span_vectors[k][2 * row], span_vectors[k][2 * row + 1]
            items[i]["svec"] = pooled[k]
    words = sorted({it["text"] for it in items})
    word_vectors = dict(zip(words, encoder.encode(words)))
    leads = lead_vectors({it["doc"]: texts[it["doc"]] for it in items}, encoder)
    for it in items:
        it["wvec"], it["lvec"] = word_vectors[it["text"]], leads[it["doc"]]


def lead_vectors(texts: dict, encoder) -> dict:
    """{document name: unit mean vector of its first LEAD_LINES non-empty lines}."""
    names = sorted(texts)
    leads = [[line for line in texts[n].split("\n") if line.strip()][:LEAD_LINES] or [""]
             for n in names]
    flat = encoder.encode([line for lead in leads for line in lead])
    out, first = {}, 0
    for name, lead in zip(names, leads):
        mean = flat[first:first + len(lead)].mean(0)
        out[name] = mean / max(float(np.linalg.norm(mean)), 1e-12)
        first += len(lead)
    return out


def attach_vectors(items: list, texts: dict, encoder, cache: Path | None = None) -> None:
    """Give each item (from :func:`mention_item`) "tvec" (its trigger read in its sentence),
    "svec" (its sentence), "pvec" (its trigger phrase read in its sentence), "wvec" (its
    trigger's words alone) and "lvec" (its document's lead lines), from ``encoder``
    (storyline.fuse.embed.Encoder); ``texts`` maps a document name to its text. Vectors are
    kept in ``cache`` (.npz) when given."""
    keys = [f"{it['doc']}|{it['start']}|{it['end']}" for it in items]
    if cache is not None and cache.exists():
        stored = np.load(cache)
        if all(f"{k}|{kind}" in stored for k in keys for kind in VECTOR_KINDS):
            for it, k in zip(items, keys):
                it.update({kind: stored[f"{k}|{kind}"] for kind in VECTOR_KINDS})
            return
    _encode_items(items, texts, encoder)
    if cache is not None:
        cache.parent.mkdir(parents=True, exist_ok=True)
        np.savez(cache, **{f"{k}|{kind}": it[kind] for k, it in zip(keys, items)
                           for kind in VECTOR_KINDS})


def _jaccard(a: set, b: set) -> float:
    return len(a & b) / len(a | b) if a and b else 0.0


def _overlap(a: set, b: set) -> float:
    """Arguments either side: 1 shared, -1 both given and disjoint, 0 unknown."""
    if not a or not b:
        return 0.0
    return 1.0 if a & b else -1.0


def pair_features(a: dict, b: dict, doc_sim: float, lemma_freq: Counter) -> list:
    """The FEATURES vector for mentions ``a`` and ``b`` (dicts from :func:`mention_item`),
    followed by the EMBED_FEATURES when both carry vectors (:func:`attach_vectors`)."""
    same_lemma = float(a["lemma"] == b["lemma"])
    same_stem = float(a["stem"] == b["stem"])
    both = a["cameo"] is not None and b["cameo"] is not None
    same_root = float(both and a["cameo"][:2] == b["cameo"][:2])
    args = _overlap(a["who"], b["who"]) + _overlap(a["when"], b["when"]) + _overlap(a["where"], b["where"])
    same_doc = float(a["doc"] == b["doc"])
    same_class = float(bool(a["classes"] & b["classes"]))
    # "it" / "this" after an event names the event just told
    pronoun_near = float((a["pronoun"] or b["pronoun"]) and same_doc and abs(a["sent"] - b["sent"]) <= 1)
    rare = 1.0 / math.log(2 + lemma_freq[a["lemma"]]) if same_lemma else 0.0
    lexical = [1.0, same_lemma, same_stem, float(a["text"] == b["text"]),
            float(both and a["cameo"] == b["cameo"]), same_root, float(both and not same_root),
            _overlap(a["who"], b["who"]), _overlap(a["when"], b["when"]),
            _overlap(a["where"], b["where"]), _jaccard(a["names"], b["names"]),
            _jaccard(a["context"], b["context"]), same_doc, doc_sim,
            float(a["verb"] != b["verb"]), same_stem * args, same_stem * doc_sim, rare,
            same_class, same_class * doc_sim, pronoun_near,
            same_stem * float("saying" in a["classes"]),
            _jaccard(a["neighbours"], b["neighbours"]), float(bool(a["neighbours"] & b["neighbours"]))]
    if "tvec" not in a or "tvec" not in b:
        return lexical
    trigger_sim = float(a["tvec"] @ b["tvec"])
    word_sim, phrase_sim = float(a["wvec"] @ b["wvec"]), float(a["pvec"] @ b["pvec"])
    return lexical + [trigger_sim, float(a["svec"] @ b["svec"]), trigger_sim * doc_sim,
                      trigger_sim * same_stem, word_sim, phrase_sim, float(a["lvec"] @ b["lvec"]),
                      phrase_sim * doc_sim, word_sim * same_class]


# (id(items), doc groups) -> (items, pair index, features): thresholds are searched over
# the same pairs many times; items are held so that their id cannot be reused
_PAIRS: dict = {}


def topic_pairs(items: list, sims: dict, groups: dict) -> tuple:
    """(pair index list, feature matrix) for the mention pairs of one topic that lie
    in one document group (computed once per items list and grouping)."""
    key = (id(items), tuple(sorted(groups.items())))
    if key not in _PAIRS:
        _PAIRS[key] = (items, *_topic_pairs(items, sims, groups))
    return _PAIRS[key][1:]


def _topic_pairs(items: list, sims: dict, groups: dict) -> tuple:
    freq = Counter(it["lemma"] for it in items)
    index, rows = [], []
    for i, a in enumerate(items):
        for j in range(i + 1, len(items)):
            b = items[j]
            if groups[a["doc"]] != groups[b["doc"]]:
                continue
            index.append((i, j))
            rows.append(pair_features(a, b, sims[(a["doc"], b["doc"])], freq))
    width = len(FEATURES) + (len(EMBED_FEATURES) if items and "tvec" in items[0] else 0)
    return index, np.array(rows).reshape(len(rows), width)


def fit_logistic(x: np.ndarray, y: np.ndarray, l2: float = 1.0, steps: int = 50) -> np.ndarray:
    """Weights of an L2-regularised logistic regression fitted by Newton's method."""
    w = np.zeros(x.shape[1])
    for _ in range(steps):
        p = 1.0 / (1.0 + np.exp(-x @ w))
        grad = x.T @ (p - y) + l2 * w
        hess = (x * (p * (1 - p))[:, None]).T @ x + l2 * np.eye(x.shape[1])
        step = np.linalg.solve(hess, grad)
        w -= step
        if np.abs(step).max() < 1e-6:
            break
    return w


def fit_pair_model(topics: list) -> np.ndarray:
    """Pair-scorer weights from ``topics`` ([(items, sims, groups)]), gold labels from items."""
    xs, ys = [], []
    for items, sims, groups in topics:
        index, x = topic_pairs(items, sims, groups)
        xs.append(x)
        ys.append(np.array([float(items[i]["gold"] == items[j]["gold"]) for i, j in index]))
    return fit_logistic(np.vstack(xs), np.concatenate(ys))


def cluster_mentions(items: list, sims: dict, groups: dict, weights: np.ndarray,
                     threshold: float) -> list:
    """Clusters (lists of mention ids) by average-link agglomeration over pair
    probabilities, joined while the mean probability stays at or above ``threshold``;
    mentions in different document groups never join."""
    n = len(items)
    if n < 2:
        return [[it["id"]] for it in items]
    dist = np.ones((n, n))
    np.fill_diagonal(dist, 0.0)
    index, x = topic_pairs(items, sims, groups)
    if index:
        prob = 1.0 / (1.0 + np.exp(-x @ weights))
        rows, cols = zip(*index)
        dist[rows, cols] = dist[cols, rows] = 1.0 - prob
    labels = fcluster(linkage(squareform(dist, checks=False), "average"),
                      1.0 - threshold, criterion="distance")
    out: dict = {}
    for it, label in zip(items, labels):
        out.setdefault(int(label), []).append(it["id"])
    return list(out.values())
