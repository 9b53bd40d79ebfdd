"""Demands told as obligations: finding only, over the findings of one sentence.

"Dimitriou said the ship must also be returned" tells of no return, likely or not: it
tells that Dimitriou demanded one (CAMEO 10). The act named stays the demand's
complement; who must do it, when the clause names them ("said Iran must free the crew"),
is whom the demand is aimed at. :func:`resolve_demands` rewrites one sentence's findings
(dict token index -> Finding) in place.
"""
from __future__ import annotations

from .arguments import antecedent, conjuncts
from .coding import sense_for_cameo
from .summary import complement_text, theme_text

# "must" alone: "should" is as often a forecast ("talks should resume next week")
OBLIGATION_AUX = {"must"}
# verbs that pass on what someone holds ought to happen
TELLING_VERBS = {"say", "insist", "declare", "state", "add", "stress", "argue", "reiterate",
                 "tell", "write", "warn", "note", "maintain"}

# what kind of demand the act asked for makes (CAMEO 10x): that the other side yield
# (release, withdraw, return: 105), meet or negotiate (106), give aid (101)
DEMAND_CODES = {"RETREAT": "105", "CONSULT": "106", "AID": "101"}


def _speaker_of(verb) -> list:
    """The heads (spaCy Tokens) of a demand's speaker: the subject of the telling verb
    whose clause the obliged act is (or of the verb that clause is a conjunct of)."""
    head = verb.head
    while head.dep_ == "conj" and not any(c.dep_ == "nsubj" for c in head.children):
        head = head.head
    subjects = [c for c in head.children if c.dep_ == "nsubj"]
    return [a for s in subjects for a in conjuncts(antecedent(s))]


def _obliged(finding) -> bool:
    """Whether a verb finding (not negated) is an act someone said must be done: it is
    under "must" in a clause of a telling verb ("said the ship must be returned")."""
    verb = finding.trigger
    if finding.nominal or finding.sense.type == "REQUEST":
        return False
    children = list(verb.children)
    if not any(c.dep_ == "aux" and c.lower_ in OBLIGATION_AUX for c in children):
        return False
    if any(c.dep_ == "neg" for c in children):
        return False  # "must not be used": a ban asked for, no act to code as demanded
    clause = verb
    while clause.dep_ == "conj":
        clause = clause.head
    return clause.dep_ == "ccomp" and clause.head.lemma_.lower() in TELLING_VERBS


def _demand_phrase(verb, asked: bool) -> str:
    """The summary phrase of a demand for the act of ``verb`` (spaCy Token), in the
    subjunctive: "demand that {obj} free the sailors" (``asked``: the doer is the demand's
    target, said in its place) or "demand that the ship be returned"."""
    done = complement_text(verb)
    if asked:
        return " ".join(w for w in ("demand that {obj}", verb.lemma_.lower(), done) if w)
    subjects = [c for c in verb.children if c.dep_ in ("nsubjpass", "nsubj")]
    if not subjects:
        return f"demand to {verb.lemma_.lower()}"
    passive = any(c.dep_ == "auxpass" for c in verb.children)
    words = ["demand that", theme_text(subjects[0]), "be" if passive else "",
             verb.lower_ if passive else verb.lemma_.lower(), done]
    return " ".join(w for w in words if w)


def resolve_demands(by_token: dict) -> None:
    """Recode acts said to be a must as the demand for them. by_token (dict[int,
    Finding]): one sentence's findings, changed in place."""
    for finding in by_token.values():
        if not _obliged(finding):
            continue
        speakers = _speaker_of(finding.trigger)
        if not speakers:
            continue
        act = finding.sense
        active_doers = finding.sources if not any(
            c.dep_ == "nsubjpass" for c in finding.trigger.children) else []
        finding.complement = finding.complement or act
        finding.sense = sense_for_cameo(DEMAND_CODES.get(act.type, "100"), "demand")
        # the one who must act is the one asked; a thing to be returned is asked of no one
        finding.targets = [d for d in active_doers if d.i not in {s.i for s in speakers}]
        finding.phrase = _demand_phrase(finding.trigger, bool(finding.targets))
        finding.theme = None
        finding.sources = speakers
        finding.participants = []
        finding.modality, finding.tense, finding.cue = "happened", "past", "must"
