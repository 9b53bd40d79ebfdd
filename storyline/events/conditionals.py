"""Conditions and conditional threats: finding only, over the findings of one sentence.

"Athens would retaliate if the crew were not released" tells of one act: a threat by
Athens. The "if" clause names what the threat hangs on; its event (a release) is no event
of its own, and coding it, even as uncertain, reverses the sense. The main clause names
harm that has not been done and may never be: a threat (CAMEO 13), not the harm.
:func:`resolve_conditions` rewrites a sentence's findings (dict token index -> Finding)
in place; :mod:`storyline.events.extract` calls it once per sentence.
"""
from __future__ import annotations

from typing import Optional

from .coding import sense_for_cameo
from .demands import resolve_demands
from .boarding import drop_boarding_trips
from .partners import joint_statements, meeting_members

CONDITION_MARKS = {"if", "unless"}
# auxiliaries under which a harm is held out rather than done ("would retaliate")
THREAT_AUX = {"will", "would", "'ll", "wo", "shall"}
# what is held out as a threat: harm done to the other side
HARM_TYPES = {"ASSAULT", "COERCE", "SANCTION", "MOBILIZE"}
# CAMEO roots of force: held out, they are a threat of military force (138)
FORCE_ROOTS = ("18", "19", "20")


def _condition_marked(token) -> bool:
    """Whether a clause head (spaCy Token) is marked by "if" or "unless"."""
    return any(c.dep_ == "mark" and c.lower_ in CONDITION_MARKS for c in token.children)


def condition_clause(finding) -> Optional[object]:
    """The head (spaCy Token) of the "if"/"unless" clause a verb finding's event lies in,
    when that clause hangs on another clause ("... if the crew were not released",
    "unless Iran agrees to free them"); None otherwise. A conjunct shares its head's mark
    ("if they seize or sink a ship")."""
    if finding.nominal:
        return None
    for token in [finding.trigger, *finding.controllers]:
        clause = token
        while clause.dep_ == "conj" and not _condition_marked(clause):
            clause = clause.head
        if _condition_marked(clause) and clause.dep_ == "advcl":
            return clause
    return None


def _held_out(finding) -> Optional[object]:
    """The "if"/"unless" clause (spaCy Token) a harm is held out on: the trigger, not
    negated, under "would"/"will", with a condition of its own ("would retaliate if ...",
    "will strike unless ..."); None otherwise."""
    verb = finding.trigger
    if finding.nominal or finding.sense.type not in HARM_TYPES:
        return None
    children = list(verb.children)
    if any(c.dep_ == "neg" for c in children):
        return None  # "would not strike unless attacked": an assurance
    if not any(c.dep_ in ("aux", "auxpass") and c.lower_ in THREAT_AUX for c in children):
        return None
    return next((c for c in children if c.dep_ == "advcl" and _condition_marked(c)), None)


def _threatened_party(clause, finding) -> list:
    """Who a threat is aimed at when it names no target: the doer of its condition ("if
    Iran does not free them"), unless that is the threatener itself."""
    own = {t.i for t in finding.sources}
    doers = [c for c in clause.children if c.dep_ == "nsubj" and c.pos_ in ("PROPN", "NOUN")]
    doers += [g for c in clause.children if c.dep_ == "agent" for g in c.children
              if g.dep_ == "pobj"]
    return [d for d in doers if d.i not in own]


def _as_threat(finding, clause) -> None:
    """Recode a finding of held-out harm as the threat it is; the harm stays its complement."""
    harm = finding.sense
    code = "138" if harm.cameo.startswith(FORCE_ROOTS) else "130"
    finding.complement = finding.complement or harm
    finding.sense = sense_for_cameo(code, "threaten")
    finding.phrase = f"threaten to {finding.phrase or harm.phrase}"
    finding.targets = finding.targets or _threatened_party(clause, finding)
    # the threat is made when it is told; the harm it holds out is what is uncertain
    finding.modality, finding.tense, finding.cue = "happened", "past", "threat"


def resolve_conditions(by_token: dict) -> None:
    """Drop the events of "if"/"unless" clauses and recode harm held out on a condition
    as a threat; then the sentence-level rewrites that read several findings at once:
    musts told as demands (:mod:`.demands`), vessels boarded by force (:mod:`.boarding`),
    meetings and joint statements given their parties (:mod:`.partners`).
    by_token (dict[int, Finding]): one sentence's findings, changed in place."""
    for i in sorted(by_token):
        if condition_clause(by_token[i]) is not None:
            del by_token[i]
    resolve_demands(by_token)
    drop_boarding_trips(by_token)  # "passengers boarded the ferry": no seizure
    meeting_members(by_token)  # "a summit of four leaders was held"
    joint_statements(by_token)  # "issued a joint statement": not one side's statement
    for i in sorted(by_token):
        finding = by_token[i]
        clause = _held_out(finding)
        if clause is None:
            continue
        warning = by_token.get(finding.trigger.head.i)
        if warning is not None and warning is not finding and warning.sense.type == "THREATEN":
            # "warned it would impose sanctions if ...": the warning is the one threat
            warning.phrase = warning.phrase or f"threaten to {finding.phrase or finding.sense.phrase}"
            if warning.sense.cameo == "130" and finding.sense.cameo.startswith(FORCE_ROOTS):
                warning.sense = sense_for_cameo("138", warning.sense.phrase)
            warning.targets = warning.targets or finding.targets or _threatened_party(clause, warning)
            del by_token[i]
        else:
            _as_threat(finding, clause)
