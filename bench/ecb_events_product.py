"""ECB+ event coreference as the product does it: storyline.fuse.merge_events over the
gold event mentions (what ``storyline ingest`` gives users when the triggers are right).

    python bench/ecb_events.py --product [--embeddings] [--develop] [--cv]

Each ECB+ document is annotated by the per-article stages (clean, nlp, time, entities,
events, quotes; cached in bench/out/ecb_articles). Each gold mention then becomes one
Event whose trigger is the mention's span: when one of our events' triggers overlaps
it, that event's type, CAMEO code, modality, actors, place and date are kept (what our
stages found); otherwise the trigger is coded by the events lexicon (type and CAMEO
where it codes, "UNCODED" where it does not), given the events stage's modality when a verb,
dated by the time stage's rule for its sentence, and has no actors. Our own events that match no gold mention are dropped, so
that only gold mentions are scored. Stories come from the product's cluster_stories
(first line) or from the bench's document groups (second line); entities are linked
by storyline.entities.link, and merge_events clusters. The clusters are scored by the
same CoNLL scorer as the study model. Fitting the pair model (--export-pairs, and each
fold of --cv) also learns its trigger-pair table (learn_word_pairs: stem pairs that told
one event in the train stories, counts only); each train topic's pair rows are scored
with the table learned without that topic, as an unseen topic will be.
"""
from __future__ import annotations

import pickle
import sys
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from coref_metrics import conll_f1  # noqa: E402

from storyline.model import Article, Event, Span  # noqa: E402

ARTICLES = Path(__file__).resolve().parent / "out" / "ecb_articles"
UNCODED = "UNCODED"


def annotated_articles(docs: list) -> list:
    """Articles (list[Article]) of ECB+ documents (EcbDocuments) after the per-article
    stages, cached without their spaCy Docs."""
    cache = ARTICLES / f"{docs[0].topic}.pkl"
    if cache.exists():
        articles = pickle.loads(cache.read_bytes())
        if [a.text for a in articles] == [d.text for d in docs]:
            return articles
    from storyline.config import Config
    from storyline.pipeline import Pipeline
    articles = list(Pipeline(Config(jobs=1)).pipe([Article(id=d.name, text=d.text) for d in docs]))
    for article in articles:
        article.doc = None
    cache.parent.mkdir(parents=True, exist_ok=True)
    cache.write_bytes(pickle.dumps(articles))
    return articles


def _sentence(article: Article, start: int) -> tuple:
    """(index, Span) of the article's sentence holding ``start`` (the line when none does)."""
    for index, (a, b) in enumerate(article.sentences):
        if a <= start < b:
            return index, Span(a, b, article.text[a:b])
    a = article.text.rfind("\n", 0, start) + 1
    b = article.text.find("\n", start)
    b = len(article.text) if b < 0 else b
    return None, Span(a, b, article.text[a:b])


def coded_event(article: Article, parsed, start: int, end: int) -> Event:
    """An Event for a gold mention no event of ours overlaps: coded by the lexicon,
    dated by the time stage's rule, without actors. parsed: spaCy Doc of the text."""
    from storyline.events.coding import sense_for_noun, sense_for_verb
    from storyline.events.modality import modality_and_tense
    from storyline.time import resolve_event_date
    span = parsed.char_span(start, end, alignment_mode="expand")
    head = span.root
    sense = sense_for_verb(head) if head.pos_ in ("VERB", "AUX") else sense_for_noun(head)
    modality = modality_and_tense(head)[0] if head.pos_ in ("VERB", "AUX") else "happened"
    index, sentence = _sentence(article, start)
    dated = {}
    if index is not None:
        try:
            dated = resolve_event_date(article, index, start, "past") or {}
        except Exception:  # noqa: BLE001 - a date bug leaves the mention undated
            dated = {}
    return Event(article=article.id, trigger=Span(start, end, article.text[start:end]),
                 sentence=sentence, type=sense.type if sense else UNCODED,
                 mode=sense.mode if sense else None, cameo=sense.cameo if sense else None,
                 goldstein=sense.goldstein if sense else None, modality=modality,
                 date=dated.get("date"), date_range=dated.get("date_range"),
                 date_text=dated.get("date_text"), date_source=dated.get("date_source"),
                 summary=article.text[start:end])


def gold_events(article: Article, parsed, mentions: list) -> tuple:
    """(events, how many took an event of ours) for the gold ``mentions`` ([(start, end)])."""
    out, found = [], 0
    for start, end in mentions:
        ours = next((e for e in article.events
                     if e.trigger.start < end and start < e.trigger.end), None)
        if ours is not None:
            found += 1
            out.append(replace(ours, trigger=Span(start, end, article.text[start:end])))
        else:
            out.append(coded_event(article, parsed, start, end))
    return out, found


def prepared_topic(topic: dict, groups: dict | None) -> tuple:
    """(articles with the gold events, linked and in stories; {(article, start, end): [gold
    mention ids]}; mentions taking one of our events; mentions coded) of one topic (from
    bench/ecb_events.load_topic); ``groups`` ({doc: group}) fixes the stories, None lets
    the product's cluster_stories find them."""
    from storyline.entities.link import link_entities
    from storyline.fuse.stories import cluster_stories
    articles = annotated_articles(topic["docs"])
    by_doc: dict = {}
    for it in topic["items"]:
        by_doc.setdefault(it["doc"], []).append(it)
    ids, found, coded = {}, 0, 0
    for article, parsed in zip(articles, topic["parsed"]):
        items = by_doc.get(article.id, [])
        events, n = gold_events(article, parsed, [(it["start"], it["end"]) for it in items])
        found += n
        coded += sum(e.type != UNCODED for e in events)
        for it in items:
            ids.setdefault((article.id, it["start"], it["end"]), []).append(it["id"])
        article.events = events
        article.story = None if groups is None else f"group-{groups[article.id]}"
    if groups is None:
        cluster_stories(articles)
    link_entities(articles)
    return articles, ids, found, coded


def merged_clusters(articles: list, ids: dict, embeddings: bool, learned) -> list:
    """Clusters of gold mention ids by merge_events (``learned``: its pair model argument)."""
    from storyline.fuse.events import merge_events
    spare = {k: list(v) for k, v in ids.items()}
    clusters = []
    for merged in merge_events(articles, embeddings=embeddings, learned=learned):
        # two gold mentions of one span (rare) each take one of its sources
        clusters.append([spare[(s["article"], s["char_start"], s["char_end"])].pop()
                         for s in merged.sources])
    return clusters


# a stem pair enters merge_events' table when at least this many of its train pairs
# (no stem shared, nothing conflicting, one story) were one event, and this share of them
WORD_PAIR_MIN_COUNT = 3
WORD_PAIR_MIN_SHARE = 0.3


def word_pair_counts(articles: list, ids: dict, gold: dict) -> tuple:
    """(seen, same): Counters of "stem|stem" keys over the mention pairs of each story of
    one topic that share no trigger stem and do not conflict
    (storyline.fuse.event_match.pair_conflict): all of them, and those of one gold event.
    articles, ids: from :func:`prepared_topic`; gold: {mention id: gold cluster}."""
    from collections import Counter

    from storyline.fuse.event_match import pair_conflict, parties, trigger_stems
    from storyline.fuse.events import story_events
    seen, same = Counter(), Counter()
    by_story, affiliations, _, _ = story_events(articles, False)
    for events in by_story.values():
        stems = [trigger_stems(e.trigger.text) for e in events]
        profiles = [parties(e, affiliations) for e in events]
        labels = [gold[ids[(e.article, e.trigger.start, e.trigger.end)][0]] for e in events]
        for i, a in enumerate(events):
            for j in range(i + 1, len(events)):
                if not stems[i] or not stems[j] or stems[i] & stems[j] or \
                        pair_conflict(a, events[j], profiles[i], profiles[j]):
                    continue
                keys = {"|".join(sorted((x, y))) for x in stems[i] for y in stems[j]}
                seen.update(keys)
                if labels[i] == labels[j]:
                    same.update(keys)
    return seen, same


def learn_word_pairs(counts: list, min_count: int = WORD_PAIR_MIN_COUNT,
                     min_share: float = WORD_PAIR_MIN_SHARE) -> dict:
    """{"stem|stem": share} of trigger stem pairs that told one event in the train stories:
    of the counted pairs (:func:`word_pair_counts`, one (seen, same) per topic in
    ``counts``), the share that are one gold event, for the stem pairs with at least
    ``min_count`` such gold pairs and ``min_share``."""
    from collections import Counter
    seen, same = Counter(), Counter()
    for topic_seen, topic_same in counts:
        seen.update(topic_seen)
        same.update(topic_same)
    return {k: round(n / seen[k], 3) for k, n in sorted(same.items())
            if n >= min_count and n / seen[k] >= min_share}


def pair_rows(articles: list, ids: dict, gold: dict, embeddings: bool,
              word_pairs: dict | None = None) -> tuple:
    """(features, labels) of the mention pairs of each story that no hard constraint
    forbids, as merge_events scores them (storyline.fuse.event_match.pair_features);
    gold: {mention id: gold cluster}."""
    from collections import Counter

    from storyline.fuse.event_match import pair_features, pair_forbidden, parties, trigger_stems
    from storyline.fuse.events import _cosine, article_similarities, doc_similarity, story_events
    by_story, affiliations, contexts, vectors = story_events(articles, embeddings)
    doc_sims = article_similarities(articles)
    xs, ys = [], []
    for events in by_story.values():
        stems = Counter(s for e in events for s in trigger_stems(e.trigger.text))
        profiles = [parties(e, affiliations, contexts.get(id(e), frozenset())) for e in events]
        labels = [gold[ids[(e.article, e.trigger.start, e.trigger.end)][0]] for e in events]
        for i, a in enumerate(events):
            for j in range(i + 1, len(events)):
                sim = _cosine(vectors, a, events[j])
                if pair_forbidden(a, events[j], profiles[i], profiles[j], sim, word_pairs):
                    continue
                xs.append(pair_features(a, events[j], profiles[i], profiles[j], stems, sim,
                                        word_pairs, doc_similarity(doc_sims, a, events[j])))
                ys.append(float(labels[i] == labels[j]))
    return xs, ys


def cross_validate_product(train: list, embeddings: bool, folds: int = 4) -> float:
    """CoNLL F1 of merge_events (product stories, learned score) over the ``train`` topics
    when each fold (every ``folds``-th topic) is merged by a pair model fitted on the others."""
    gold, ours = [], []
    for fold in range(folds):
        fitted = fit_product_model([t for i, t in enumerate(train) if i % folds != fold], embeddings)
        key = "embed_" if embeddings else ""
        model = {"weights": fitted[key + "weights"], "threshold": fitted[key + "threshold"],
                 "embed_weights": fitted[key + "weights"],
                 "embed_threshold": fitted[key + "threshold"], "word_pairs": fitted["word_pairs"]}
        for topic in (t for i, t in enumerate(train) if i % folds == fold):
            gold += _gold_clusters(topic)
            articles, ids, _, _ = prepared_topic(topic, None)
            ours += merged_clusters(articles, ids, embeddings, model)
    return conll_f1(gold, ours)["conll"]


def fit_product_model(train: list, embeddings: bool) -> dict:
    """Pair weights (logistic, bench/ecb_event_pairs.fit_logistic) and the threshold with
    the best CoNLL F1 of merge_events, both on the ``train`` topics only: {"weights",
    "threshold"}, or {"embed_weights", "embed_threshold"} with ``embeddings``."""
    import numpy as np
    from ecb_event_pairs import fit_logistic
    prepared = [(prepared_topic(t, None), {it["id"]: it["gold"] for it in t["items"]}) for t in train]
    counts = [word_pair_counts(articles, ids, gold) for (articles, ids, _, _), gold in prepared]
    word_pairs = learn_word_pairs(counts)
    xs, ys = [], []
    for n, ((articles, ids, _, _), gold) in enumerate(prepared):
        # a topic's pair rows see the table learned without it, as an unseen topic will:
        # with its own pairs counted, the table would vouch for every pair it holds
        held_out = learn_word_pairs(counts[:n] + counts[n + 1:])
        x, y = pair_rows(articles, ids, gold, embeddings, held_out)
        xs += x
        ys += y
    weights = [round(float(w), 4) for w in fit_logistic(np.array(xs), np.array(ys))]
    key = "embed_" if embeddings else ""
    gold_clusters = [c for t in train for c in _gold_clusters(t)]

    def score(threshold: float) -> float:
        model = {"weights": weights, "embed_weights": weights, "threshold": threshold,
                 "embed_threshold": threshold, "word_pairs": word_pairs}
        ours = [c for (articles, ids, _, _), _ in prepared
                for c in merged_clusters(articles, ids, embeddings, model)]
        return conll_f1(gold_clusters, ours)["conll"]
    threshold = max(THRESHOLDS, key=score)
    return {key + "weights": weights, key + "threshold": threshold, "word_pairs": word_pairs}


# a pair joins only when the score says more likely than not: lower thresholds score best on
# ECB+, where a story is one subtopic, but join other acts of one kind by the same party in
# longer stories (a shooting and a beating by one police force, tests/test_merge_events.py)
THRESHOLDS = [x / 100 for x in range(50, 95, 5)]


def _gold_clusters(topic: dict) -> list:
    out: dict = {}
    for it in topic["items"]:
        out.setdefault(it["gold"], []).append(it["id"])
    return list(out.values())


def export_model(model: dict) -> Path:
    """Write (merge into) storyline/fuse/data/event_pairs.json; returns its path."""
    import json

    from storyline.fuse.event_match import EMBED_PAIR_FEATURES, PAIR_FEATURES, PAIR_MODEL
    stored = json.loads(PAIR_MODEL.read_text()) if PAIR_MODEL.exists() else {}
    stored.update(model)
    stored["features"] = list(PAIR_FEATURES)
    stored["embed_features"] = list(PAIR_FEATURES + EMBED_PAIR_FEATURES)
    stored["source"] = ("fitted by bench/ecb_events.py --product --export-pairs on the ECB+ "
                        "train topics 1-22 (gold mentions, product stories)")
    PAIR_MODEL.parent.mkdir(parents=True, exist_ok=True)
    PAIR_MODEL.write_text(json.dumps(stored, indent=1) + "\n")
    return PAIR_MODEL


class RememberingEncoder:
    """An encoder (storyline.fuse.embed.Encoder) that reads each sentence with its spans
    once per run: the cross-validation and the threshold search merge the same topics
    many times over, and each merge_events call would encode every sentence again."""

    def __init__(self, encoder):
        self.encoder, self.known = encoder, {}

    def encode_spans(self, texts: list, spans: list, batch_size: int = 32) -> tuple:
        keys = [(t, tuple(tuple(x) for x in s)) for t, s in zip(texts, spans)]
        todo = list(dict.fromkeys(k for k in keys if k not in self.known))
        if todo:
            pooled, vectors = self.encoder.encode_spans([k[0] for k in todo],
                                                        [list(k[1]) for k in todo], batch_size)
            self.known.update(zip(todo, zip(pooled, vectors)))
        return [self.known[k][0] for k in keys], [self.known[k][1] for k in keys]


def remember_encodings() -> None:
    """Make merge_events, for the rest of this run, use one :class:`RememberingEncoder`
    (same vectors; only the repeated encoding is saved)."""
    import storyline.fuse.events as events
    from storyline.fuse.embed import load_encoder
    encoder = load_encoder()
    if encoder is not None:
        shared = RememberingEncoder(encoder)
        events.load_encoder = lambda: shared


def product_report(data: dict, splits: dict, doc_threshold: float, embeddings: bool,
                   export: bool = False, cv: bool = False) -> None:
    """Print, per split, CoNLL F1 of merge_events on the gold mentions: rules alone and
    with the learned pair score (the data file's, or with ``export`` one fitted on train
    now and written there), with the product's stories and with the bench's doc groups."""
    from ecb_events import doc_groups
    model = True
    if embeddings:
        remember_encodings()
    if cv:
        print(f"product merge_events, train topics, 4-fold cross-validation (pair model fitted "
              f"on the other folds): CoNLL F1={cross_validate_product(data['train'], embeddings) * 100:5.1f}")
    if export:
        fitted = fit_product_model(data["train"], embeddings)
        print(f"pair model fitted on train, written to {export_model(fitted)}: {fitted}")
        from storyline.fuse.event_match import pair_model
        pair_model.cache_clear()
    for name, split in splits.items():
        gold, n, found, coded = [], 0, 0, 0
        ours: dict = {}
        for topic in data[name]:
            gold += _gold_clusters(topic)
            n += len(topic["items"])
            for how, groups in (("stories", None), ("doc groups", doc_groups(topic, doc_threshold))):
                articles, ids, f, c = prepared_topic(topic, groups)
                for learned in (False, model):
                    label = f"{how}{'+learned' if learned else ''}"
                    ours.setdefault(label, []).extend(merged_clusters(articles, ids, embeddings, learned))
            found, coded = found + f, coded + c
        print(f"product merge_events, {name} topics {split.start}-{split.stop - 1}: {n} gold "
              f"mentions, {found // 2} on an event of ours, {coded // 2} coded")
        ours["singletons"] = [[it["id"]] for t in data[name] for it in t["items"]]
        for how, clusters in ours.items():
            scores = conll_f1(gold, clusters)
            parts = "  ".join(f"{m}={scores[m][2] * 100:5.1f}" for m in ("muc", "b3", "ceaf_e"))
            print(f"  {'product/' + how:<27} {parts}  CoNLL F1={scores['conll'] * 100:5.1f}")
