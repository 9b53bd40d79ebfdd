"""The learned attribution decision: which candidate findings are attributions.

The rules (``extract.find_all``) read quote marks, speech verbs and reported clauses
generously, and also offer the clauses of verbs outside the cue lists
(``reported.reported_clauses``); about a quarter of what they find is something
PolNeAR's annotators left unmarked (a verb in a non-reporting sense, a hypothetical
"would vote for", a scare quote). A logistic score over plain features of each
finding decides which to keep: its kind, how often its cue lemma and that lemma with
that kind of content (its frame) went with an annotated attribution on PolNeAR train
(smoothed rates), cue tense, negation, modal and dependency, source kind, content
length, opening word and position, whether it is nested in another finding, the
source pronoun's person, a writing as source, a source inside quote marks and a
condition or reason opening the cue's clause ("If you believe …"). The
weights are fitted offline by ``bench/polnear_train.py`` on PolNeAR train 0-400 and
stored in ``data/attribution_model.json`` (weights, two thresholds and per-lemma
counts; no text). Without that file the stage keeps what the rules accept.
"""
from __future__ import annotations

import json
import math
from functools import lru_cache
from pathlib import Path

from ..nlp import doc_text
from .lexicon import verb_lemma

MODEL_PATH = Path(__file__).with_name("data") / "attribution_model.json"
_SOURCE_NAMES = {"PERSON": "person", "ORG": "org", "NORP": "group", "GPE": "place"}
_TAGS = {"VBD": "past", "VBN": "past", "VBZ": "present", "VBP": "present", "VBG": "gerund",
         "VB": "base", "NN": "noun", "NNS": "noun"}
_OPENERS = {"to", "that", "whether", "if", "the", "he", "she", "they", "it", "we", "i", "a"}
_PERSONS = {"i": "first", "we": "first", "me": "first", "us": "first", "myself": "first",
            "you": "second", "it": "thing", "this": "thing", "that": "thing", "which": "which",
            "who": "who", "he": "third", "she": "third", "they": "third", "him": "third",
            "her": "third", "them": "third"}
# sources that are writings or counts, not speakers ("a Gallup poll", "the report")
_DOCUMENTS = {"poll", "survey", "study", "report", "statement", "letter", "memo", "document",
              "analysis", "data", "research", "figure", "record", "filing", "review", "audit"}
_MARKS = {"if": "if", "unless": "if", "whether": "if", "although": "though", "though": "though",
          "because": "cause", "since": "cause", "as": "as", "when": "when", "while": "when"}
_DEPS = {"ROOT", "ccomp", "advcl", "relcl", "xcomp", "conj", "acl", "pcomp", "amod", "nsubj"}


def cue_key(finding) -> str:
    """The cue lemma of a finding ("say", "accord", ":" for a colon, "" for none)."""
    if finding.cue is None:
        return ""
    token = finding.cue.token
    return ":" if token.text == ":" else verb_lemma(token)


def _source_kind(cue) -> str:
    """What the source head is: a writing or count (a poll, a report), a named person,
    organisation, group or place, a pronoun, a common noun, another proper noun, or none."""
    head = None if cue is None else cue.source
    if head is None:
        return "none"
    if head.lemma_.lower() in _DOCUMENTS:
        return "document"
    if head.ent_type_ in _SOURCE_NAMES:
        return _SOURCE_NAMES[head.ent_type_]
    if head.pos_ == "PRON":
        return "pronoun"
    if head.lower_ in _PERSONS:
        return "pronoun"  # "that"/"which" tagged as determiners
    return "propn" if head.pos_ == "PROPN" else "noun"


def _cue_features(cue, text: str, inside) -> dict:
    """Features of the cue token: part of speech, tense, dependency, negation, modal,
    whether it stands inside quote marks and whether its source follows it."""
    token = cue.token
    out = {f"tag={_TAGS.get(token.tag_, 'other')}": 1.0,
           f"dep={token.dep_ if token.dep_ in _DEPS else 'other'}": 1.0}
    children = list(token.children)
    out["negated"] = float(any(c.dep_ == "neg" for c in children))
    out["modal"] = float(any(c.tag_ == "MD" for c in children))
    out["cue_inside_quote"] = float(bool(inside(cue.start)))
    out["source_after_cue"] = float(cue.source_span is not None and cue.source_span[0] > cue.start)
    # a source within quote marks is someone's words ('“Some people get carried away”')
    out["source_inside_quote"] = float(cue.source_span is not None and bool(inside(cue.source_span[0])))
    out["cue_words"] = math.log1p(len(text[cue.start:cue.end].split()))
    if cue.source is not None and cue.source.lower_ in _PERSONS:
        # PolNeAR's annotators mostly leave a writer's own "I"/"you" and an "it" unmarked
        out[f"pronoun={_PERSONS[cue.source.lower_]}"] = 1.0
    mark = next((c.lower_ for c in children if c.dep_ == "mark"), None)
    if mark is not None:  # "If you don't believe …": a condition or a reason, seldom a report
        out[f"mark={_MARKS.get(mark, 'other')}"] = 1.0
    return out


def lemma_features(key: str, kind: str, rates: dict, prior: float) -> dict:
    """How often the cue lemma ``key`` (and that lemma with this kind of content, its
    frame) was an annotated cue on train, as smoothed log-odds (pulled towards
    ``prior`` for lemmas seen a few times) and a rarity flag.

    rates (dict): "lemma" and "lemma|kind" -> [kept, seen]; prior (float): the overall rate.
    """
    out = {}
    for name, rate_key in (("lemma", key), ("frame", f"{key}|{kind}")):
        kept, seen = rates.get(rate_key, (0, 0))
        rate = (kept + 4 * prior) / (seen + 4)
        out[f"{name}_logit"] = math.log(rate / (1 - rate))
        out[f"{name}_rare"] = float(seen < 5)
    return out


def rate_keys(finding) -> tuple:
    """The keys a finding counts under in the lemma rates: its lemma and its frame."""
    key = cue_key(finding)
    return key, f"{key}|{finding.kind}"


def nesting(findings: list) -> list:
    """Per finding, (its cue lies in another finding's content, its content holds
    another finding's cue): nested reports are marked once, as the outer or the inner."""
    cues = [(f.cue.start, i) for i, f in enumerate(findings) if f.cue is not None]
    out = []
    for i, f in enumerate(findings):
        inner = f.cue is not None and any(
            j != i and g.start <= f.cue.start < g.end for j, g in enumerate(findings))
        outer = any(j != i and f.start <= at < f.end for at, j in cues)
        out.append((inner, outer))
    return out


def features(finding, doc, sents, inside, rates: dict, prior: float,
             nested: tuple = (False, False)) -> dict:
    """Named feature values (dict[str, float]) of one finding.

    finding (extract.Finding): a rules' finding; doc (spacy Doc): the article's parse;
    sents (extract.Sentences): its sentences; inside (callable): offset -> in quote marks;
    rates (dict): cue lemma -> [kept, seen] counts on train; prior (float): the overall rate;
    nested ((bool, bool)): from :func:`nesting`.
    """
    text = doc_text(doc)  # cached; Doc.text rebuilds the string on every call
    out = {"bias": 1.0, f"kind={finding.kind}": 1.0, f"source={_source_kind(finding.cue)}": 1.0,
           "headline": float(finding.headline), "grouped": float(finding.group is not None),
           "continued": float(finding.continued), "extras": float(bool(finding.extras)),
           "unlisted": float(not finding.listed)}
    out.update(lemma_features(cue_key(finding), finding.kind, rates, prior))
    out["nested_inner"], out["nested_outer"] = float(nested[0]), float(nested[1])
    content = text[finding.start:finding.end]
    first = content.split(maxsplit=1)[0].lower() if content.strip() else ""
    out[f"opens={first if first in _OPENERS else 'other'}"] = 1.0
    out["content_words"] = math.log1p(len(content.split()))
    out["question"] = float("?" in content)
    index = sents.index(finding.start)
    out["first_sentence"] = float(index == 0)
    out["position"] = index / max(1, len(sents.spans))
    if finding.cue is None:
        out["no_cue"] = 1.0
        return out
    out.update(_cue_features(finding.cue, text, inside))
    cue = finding.cue
    gap = finding.start - cue.end if cue.end <= finding.start else cue.start - finding.end
    out["content_before_cue"] = float(finding.end <= cue.start)
    out["cue_in_content"] = float(finding.start <= cue.start < finding.end)
    out["gap"] = math.log1p(max(0, gap))
    return out


@lru_cache(maxsize=1)
def load_model(path: str = str(MODEL_PATH)):
    """The fitted model (dict with weights, threshold, rates, prior), or None."""
    model_path = Path(path)
    if not model_path.exists():
        return None
    return json.loads(model_path.read_text(encoding="utf-8"))


def score(feats: dict, weights: dict) -> float:
    """Logistic probability of a feature dict under ``weights``."""
    z = sum(weights.get(name, 0.0) * value for name, value in feats.items())
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def keep_findings(findings: list, doc, sents, inside, model=None) -> list:
    """The findings the model scores at or above its threshold, and the rules' reports
    nested in another finding's content (without a model, those the rules accept:
    every finding but the unlisted verbs' clauses).

    findings (list[Finding]); doc, sents, inside: as for :func:`features`;
    model (dict|None): a fitted model; default the stored one.
    """
    model = model if model is not None else load_model()
    if not model:
        return [f for f in findings if f.listed]
    rates, prior = model["rates"], model["prior"]
    kept = []
    for finding, nested in zip(findings, nesting(findings)):
        if finding.listed and nested[0]:
            # a report inside another's content ("X said Y told him …"): PolNeAR marks
            # each word in one attribution only, so its rate says nothing of this one
            kept.append(finding)
            continue
        threshold = model["threshold"] if finding.listed else model["threshold_unlisted"]
        feats = features(finding, doc, sents, inside, rates, prior, nested)
        if score(feats, model["weights"]) >= threshold:
            kept.append(finding)
    return kept
