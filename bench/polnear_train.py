"""Fit the quotes stage's learned attribution decision on PolNeAR train 0-400.

Every finding of the rules (``storyline.quotes.extract.find_all``) is a candidate,
plus the clauses of verbs outside the cue lists (``reported.reported_clauses``),
described by ``storyline.quotes.decide.features``. A candidate is positive when the
annotators marked an attribution with that cue (a gold cue overlaps it), or, for a
quote without cue, when a gold content shares at least half of the shorter span with
its content (``--label exact`` instead: it scores at least one exact span). A
logistic model (L2, Newton steps, numpy) is fitted on 0-400; the cue lemma and frame
rates it reads are counted out of fold (five folds by article) while fitting, so a
rate never comes from the article it is scored on. Two thresholds (rules'
candidates, unlisted verbs) are the pair that maximises source F1 plus content exact
F1 on 0-400, from out-of-fold probabilities scored exactly as bench/polnear.py scores
(the rules-alone figures equal that bench's). A report nested in another candidate's
content is always kept, as ``decide.keep_findings`` keeps it. Train 600-840 is then
scored with the rules alone and with the model (totals only); ``--write`` stores the
model in storyline/quotes/data/attribution_model.json. Dev and test are never read.
The parsed articles (stages before quotes) are cached in bench/out/polnear_parsed_*.pkl
(about 3 minutes to build; delete after changing an earlier stage), the candidates in
bench/out/polnear_candidates_*.pkl (delete after changing the rules or the features;
about 20 seconds from the parses). The thresholds maximise the objective averaged over
their grid neighbours: it is flat over a wide range on 0-400.

Measured and dropped: rates of the source word and of the word the cue hangs on
(600-840 source 73.3, content exact 57.5, overlap 80.3: no better); ``--label exact``
(600-840 source 73.4, content exact 57.5, overlap 80.2: overlap lower). Later, as
candidates for the decision: nouns outside the lists with a possessor, a "by"/"from"
holder or a stance lemma and a content (853 candidates on 0-400, 164 cued by gold;
600-840 source 73.4 with or without, content exact 57.6 both: no gain), and every
verb with a subject and an object (5,751 candidates, 663 cued by gold; kept so few
at any threshold that 600-840 did not move, though keeping exactly the right ones
would add 3 points of source F1 on 0-400: the features cannot tell "made the case
for" from "made a cake"); with them, rates of the cue's object lemma and separate
weights for unlisted cues' rates did not help either.

Then (precision pass, bench/polnear_precision.py) features for the source pronoun's
person ("I", "you", "it", "which", "who", he/she/they), a "mark" opening the cue's clause
(if, because, although, when, as), a writing as source and a source inside quote marks:
600-840 source 73.6 -> 73.7 (with the source-span fixes of that pass; 74.0 after all
of them), content exact 57.6 -> 57.7; the threshold moved from 0.35 to 0.4. Keeping
every report nested in another's content is still right: dropping that rule moved
600-840 by at most 0.1 either way.

Then (article-level false attributions) measured and dropped: the share of an article's
sentences whose subject is the writer's "I"/"we" outside quote marks, whether the
finding's source is that "I"/"we", and the two together (600-840 source 74.1 without,
74.0 with; 0-400 out of fold 73.5 both: the writer's first person is only 23 of 1,056
kept findings with no gold attribution on 0-400, and PolNeAR marks a writer's "I" 39
times there); an attitude's object being a person (600-840 source 74.0 -> 73.8);
kind-by-feature interactions (source kind, dependency, every one-hot: 73.9 to 74.1).

Then (sense-aware decision) measured and dropped: gradient-boosted trees over the same
features, so that conjunctions (lemma rate x tense x source kind ...) count
(scikit-learn GradientBoostingClassifier, 200 trees of depth 3 or 300 of depth 4,
fitted and thresholded as above: 600-840 source 73.9 and 74.0 against 74.1, content
exact 57.6 and 57.5 against 57.8), and the cue's and the content head's contextual vectors
from the small model's tok2vec (doc.tensor, 96 dimensions each, L2 1 or 10: source 73.9
and 73.8). Keeping exactly the candidates gold cues would give 600-840 source 79.0: the
features separate what they can; what is left needs what the words mean.

    python bench/polnear_train.py            # fit, print 0-400 and 600-840 figures
    python bench/polnear_train.py --write    # and store the model
"""
from __future__ import annotations

import argparse
import json
import pickle
import sys
import time
from collections import defaultdict
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from polnear import _overlap_matches, load_split, predicted, prf  # noqa: E402

from storyline.annotate import _pipeline  # noqa: E402
from storyline.quotes.decide import MODEL_PATH, features, lemma_features, nesting, rate_keys  # noqa: E402
from storyline.quotes.extract import find_all  # noqa: E402

CACHE = Path(__file__).resolve().parent / "out" / "polnear_candidates.pkl"
STAGES = ("clean", "nlp", "time", "entities")
L2 = 1.0
FOLDS = 5


def _quote_dict(finding) -> dict:
    """A finding as the annotate output's quote dict that ``polnear.predicted`` reads."""
    cue = finding.cue
    span = (lambda lo, hi: {"start": lo, "end": hi})
    return {"kind": finding.kind, "group": finding.group,
            "content": span(finding.start, finding.end),
            "cue": span(cue.start, cue.end) if cue else None,
            "source": span(*cue.source_span) if cue and cue.source_span else None}


def _label(finding, quote: dict, text: str, gold: dict) -> int:
    """1 when gold has an attribution at this finding: a gold cue overlapping its cue, or,
    for a quote without cue, a gold content sharing half of the shorter span with it."""
    if quote["cue"]:  # gold cued an attribution with this word
        lo, hi = quote["cue"]["start"], quote["cue"]["end"]
        return int(any(g_lo < hi and lo < g_hi for g_lo, g_hi in gold["Cue"]))
    pred = predicted({"quotes": [quote]}, text)["Content"]
    for lo, hi in pred:
        for g_lo, g_hi in gold["Content"]:
            shared = min(hi, g_hi) - max(lo, g_lo)
            if shared > 0 and shared >= 0.5 * min(hi - lo, g_hi - g_lo):
                return 1
    return 0


def parsed(start: int, limit: int) -> list:
    """[(Article with its Doc after the stages before quotes, gold)] for train
    start..limit; the Docs are cached in bench/out (delete after changing an earlier stage)."""
    items = load_split("train", limit, start)
    path = CACHE.with_name(f"polnear_parsed_{start}_{limit}.pkl")
    if path.exists():
        docs = pickle.loads(path.read_bytes())
    else:
        pipeline = _pipeline(STAGES)
        done = []  # _run_stages, not pipe: the finding features need each article's Doc
        for i in range(0, len(items), 16):
            done.extend(pipeline._run_stages([a for a, _ in items[i:i + 16]]))
        docs = [a.doc for a in done]
        path.parent.mkdir(exist_ok=True)
        path.write_bytes(pickle.dumps(docs))
    for (article, _), doc in zip(items, docs):
        article.doc = doc
    return items


def collect(start: int, limit: int) -> list:
    """[{"text", "gold", "rows": [(features, key, quote dict, label)]}] for train start..limit."""
    items = parsed(start, limit)
    done = [a for a, _ in items]
    articles = []
    for article, (_, gold) in zip(done, items):
        findings, sents, inside = find_all(article)
        rows = []
        for finding, nested in zip(findings, nesting(findings)):
            quote = _quote_dict(finding)
            rows.append((features(finding, article.doc, sents, inside, {}, 0.5, nested),
                         rate_keys(finding), quote, _label(finding, quote, article.text, gold)))
        articles.append({"text": article.text, "gold": gold, "rows": rows})
    return articles


def cached(start: int, limit: int) -> list:
    path = CACHE.with_name(f"{CACHE.stem}_{start}_{limit}.pkl")
    if path.exists():
        return pickle.loads(path.read_bytes())
    data = collect(start, limit)
    path.parent.mkdir(exist_ok=True)
    path.write_bytes(pickle.dumps(data))
    return data


def count_rates(articles: list) -> tuple:
    """({cue lemma: [positives, candidates]}, overall positive rate)."""
    rates = defaultdict(lambda: [0, 0])
    for art in articles:
        for _, keys, _, label in art["rows"]:
            for key in keys:
                rates[key][0] += label
                rates[key][1] += 1
    total = sum(v[1] for k, v in rates.items() if "|" not in k)
    return dict(rates), sum(v[0] for k, v in rates.items() if "|" not in k) / max(1, total)


def matrix(articles: list, rates: dict, prior: float, names: list) -> tuple:
    """(X, y) with the lemma features recomputed from ``rates``."""
    rows, labels = [], []
    for art in articles:
        for feats, (key, frame), _, label in art["rows"]:
            kind = frame.rsplit("|", 1)[1]
            feats = {**feats, **lemma_features(key, kind, rates, prior)}
            rows.append([feats.get(n, 0.0) for n in names])
            labels.append(label)
    return np.array(rows, dtype=float).reshape(-1, len(names)), np.array(labels, dtype=float)


def fit(x: np.ndarray, y: np.ndarray) -> np.ndarray:
    """Logistic weights by Newton steps with an L2 penalty (not on the bias, column 0)."""
    w = np.zeros(x.shape[1])
    penalty = np.full(x.shape[1], L2)
    penalty[0] = 0.0
    for _ in range(25):
        p = 1 / (1 + np.exp(-np.clip(x @ w, -30, 30)))
        grad = x.T @ (p - y) + penalty * w
        hess = (x * (p * (1 - p))[:, None]).T @ x + np.diag(penalty + 1e-6)
        step = np.linalg.solve(hess, grad)
        w -= step
        if np.abs(step).max() < 1e-6:
            break
    return w


def names_of(articles: list) -> list:
    found = {n for art in articles for feats, *_ in art["rows"] for n in feats}
    found |= {"lemma_logit", "lemma_rare", "frame_logit", "frame_rare"}
    return ["bias"] + sorted(found - {"bias"})


def out_of_fold(articles: list, names: list) -> list:
    """Per article, the out-of-fold probability of each candidate."""
    probs = [None] * len(articles)
    for fold in range(FOLDS):
        train = [a for i, a in enumerate(articles) if i % FOLDS != fold]
        test_ids = [i for i in range(len(articles)) if i % FOLDS == fold]
        w = fit_articles(train, names)[0]
        rates, prior = count_rates(train)
        for i in test_ids:
            x, _ = matrix([articles[i]], rates, prior, names)
            probs[i] = 1 / (1 + np.exp(-np.clip(x @ w, -30, 30))) if len(x) else np.array([])
    return probs


def fit_articles(articles: list, names: list) -> tuple:
    """(weights, rates, prior) fitted on ``articles``; the lemma rates inside the fit
    are counted out of fold so they do not leak each candidate's own label."""
    xs, ys = [], []
    for fold in range(FOLDS):
        rest = [a for i, a in enumerate(articles) if i % FOLDS != fold]
        part = [a for i, a in enumerate(articles) if i % FOLDS == fold]
        rates, prior = count_rates(rest)
        x, y = matrix(part, rates, prior, names)
        xs.append(x)
        ys.append(y)
    rates, prior = count_rates(articles)
    return fit(np.vstack(xs), np.concatenate(ys)), rates, prior


def keep_masks(articles: list, probs: list, threshold: float, unlisted_threshold: float) -> list:
    """Per article, which candidates ``decide.keep_findings`` keeps: those clearing their
    threshold (a separate one for the clauses of unlisted verbs, which start from a much
    lower rate) and the rules' reports nested in another candidate's content."""
    masks = []
    for art, p in zip(articles, probs):
        unlisted = np.array([feats.get("unlisted", 0.0) > 0 for feats, *_ in art["rows"]], dtype=bool)
        inner = np.array([feats.get("nested_inner", 0.0) > 0 for feats, *_ in art["rows"]], dtype=bool)
        keep = np.asarray(p >= np.where(unlisted, unlisted_threshold, threshold), dtype=bool)
        masks.append(keep | (inner & ~unlisted))  # as decide.keep_findings: nested reports stay
    return masks


def scores(articles: list, masks: list) -> dict:
    """PolNeAR F1s (bench/polnear.py's scoring) of the candidates ``masks`` keeps."""
    counts = defaultdict(lambda: [0, 0, 0])
    for art, keep in zip(articles, masks):
        quotes = [q for (_, _, q, _), k in zip(art["rows"], keep) if k]
        pred = predicted({"quotes": quotes}, art["text"])
        for label in ("Source", "Cue", "Content"):
            gold = art["gold"][label]
            c = counts[label]
            c[0] += len(pred[label] & gold)
            c[1] += len(pred[label])
            c[2] += len(gold)
            if label == "Content":
                o = counts["Content overlap"]
                o[0] += _overlap_matches(pred[label], gold)
                o[1] += len(pred[label])
                o[2] += len(gold)
    return {k: prf(*v) for k, v in counts.items()}


def exact_label(quote: dict, text: str, gold: dict) -> int:
    """1 when the candidate scores at least one exact span (source, cue or content)."""
    pred = predicted({"quotes": [quote]}, text)
    return int(any(pred[label] & gold[label] for label in ("Source", "Cue", "Content")))


def relabel(articles: list) -> list:
    """The articles with each candidate labelled by :func:`exact_label`."""
    return [{**a, "rows": [(f, k, q, exact_label(q, a["text"], a["gold"]))
                           for f, k, q, _ in a["rows"]]} for a in articles]


def smoothed(by_t: dict, key: tuple) -> float:
    """Source F1 plus content exact F1 at thresholds ``key``, averaged with the grid
    points one step (0.05) away on each axis: the objective is flat over a wide range
    on 0-400, so one noisy peak should not pick them (600-840 was no worse for it)."""
    near = [tuple(round(k + d, 2) if j == i else k for j, k in enumerate(key))
            for i in range(len(key)) for d in (-0.05, 0.0, 0.05)]
    found = [by_t[n] for n in near if n in by_t]
    return sum(s["Source"][2] + s["Content"][2] for s in found) / len(found)


def show(name: str, result: dict) -> None:
    print(f"{name:<34}" + "  ".join(f"{k} P {v[0]:.1f} R {v[1]:.1f} F1 {v[2]:.1f}"
                                      for k, v in result.items()))


def rules_only(articles: list) -> list:
    """Masks that keep exactly what the rules accept (no unlisted verbs)."""
    return [np.array([feats.get("unlisted", 0.0) == 0 for feats, *_ in a["rows"]])
            for a in articles]


def dump(model: dict) -> str:
    """The model as JSON with one weight or lemma rate per line (readable diffs)."""
    lines = []
    for key, value in sorted(model.items()):
        if isinstance(value, dict):
            inner = ",\n".join(f"  {json.dumps(k)}: {json.dumps(v)}" for k, v in value.items())
            lines.append(f" {json.dumps(key)}: {{\n{inner}\n }}")
        else:
            lines.append(f" {json.dumps(key)}: {json.dumps(value)}")
    return "{\n" + ",\n".join(lines) + "\n}\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--write", action="store_true", help="store the fitted model")
    parser.add_argument("--label", choices=["cue", "exact"], default="cue",
                        help="positive: gold cues it (cue) or it scores an exact span (exact)")
    args = parser.parse_args()
    started = time.time()
    train, check = cached(0, 400), cached(600, 840)
    print(f"candidates: {sum(len(a['rows']) for a in train)} on 0-400, "
          f"{sum(len(a['rows']) for a in check)} on 600-840 ({time.time() - started:.0f}s)")
    if args.label == "exact":
        train, check = relabel(train), relabel(check)
    names = names_of(train)
    probs = out_of_fold(train, names)
    grid = [round(t, 2) for t in np.arange(0.0, 0.71, 0.05)]
    pairs = [(t, u) for t in grid for u in grid + [1.01] if u >= t]
    by_t = {pair: scores(train, keep_masks(train, probs, *pair)) for pair in pairs}
    best = max(pairs, key=lambda pair: smoothed(by_t, pair))
    best = tuple(float(t) for t in best)
    show("0-400 rules", scores(train, rules_only(train)))
    show(f"0-400 model (oof) t={best}", by_t[best])
    w, rates, prior = fit_articles(train, names)
    check_x = [matrix([a], rates, prior, names)[0] for a in check]
    check_p = [1 / (1 + np.exp(-np.clip(x @ w, -30, 30))) if len(x) else np.array([])
               for x in check_x]
    show("600-840 rules", scores(check, rules_only(check)))
    show(f"600-840 model t={best}", scores(check, keep_masks(check, check_p, *best)))
    if args.write:
        model = {"weights": {n: round(float(v), 5) for n, v in zip(names, w)},
                 "threshold": best[0], "threshold_unlisted": best[1], "label": args.label,
                 "prior": round(prior, 5),
                 "rates": {k: v for k, v in sorted(rates.items())},
                 "trained_on": "PolNeAR train 0-400 (bench/polnear_train.py)"}
        MODEL_PATH.write_text(dump(model), encoding="utf-8")
        print(f"wrote {MODEL_PATH}")


if __name__ == "__main__":
    main()
