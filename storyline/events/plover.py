"""PLOVER coding of a whole sentence: the one event a coder would record for it.

Event data sets (CAMEO, PLOVER) code one event per sentence: the main event,
with stated intentions coded as intentions. So "X will allow inspectors" is
AGREE (intent to cooperate), "Y plans to impose restrictions" THREATEN (intent to
harm), and "Z refused to meet" REJECT, while the events stage keeps these as the
underlying event with modality planned / denied.
"""
from __future__ import annotations

from typing import Optional

from .coding import intent_type, legacy_type, sense_for_noun
from .modality import controller_chain
from .extract import Finding, find_events

INTENT_CUES = {"will", "would", "shall", "'ll", "wo", "plan", "intend", "ready", "willing",
               "prepared", "decide", "set", "go", "hope", "want", "aim", "seek", "prepare",
               "may", "might", "could", "expect", "expect_active", "vow", "promise", "pledge",
               "consider", "weigh", "mull", "contemplate", "study"}
DEMAND_MODALS = {"must", "should"}
REPORTING = {"010"}
# verbs of commitment whose type is the promised act's: a pledge to help is AGREE, a
# vow to retaliate THREATEN (CAMEO 03 vs 13: intent to cooperate vs threat)
COMMITMENT_VERBS = {"vow", "pledge", "promise", "swear", "offer"}
# "told Syria to expel him": an instruction to another actor is a demand (CAMEO 10)
INSTRUCTING_VERBS = {"tell", "instruct", "direct"}
# crowds doing violence or damage are rioting (CAMEO 145), not coercing or fighting
CROWD_NOUNS = {"rioter", "protester", "protestor", "demonstrator", "mob", "crowd", "marcher"}


def _depth(token) -> int:
    depth = 0
    while token.head.i != token.i and depth < 50:
        token = token.head
        depth += 1
    return depth


def main_finding(findings: list) -> Optional[Finding]:
    """The finding a coder would pick: a deed before a statement, a real event before
    one in an "if" clause or an adjective, a verb before a noun, then the one highest
    in the parse."""
    if not findings:
        return None
    # an adjectival participle ("the Israeli-occupied West Bank") describes, it does not report
    return min(findings, key=lambda f: (f.sense.cameo in REPORTING, f.cue == "if",
                                        f.trigger.dep_ == "amod", f.nominal,
                                        _depth(f.trigger), f.trigger.i))


def finding_type(finding: Finding) -> tuple:
    """(PLOVER 2021 type, 2016-draft type) of a finding, intentions and refusals included."""
    sense = finding.sense
    if finding.modality == "denied" and sense.type != "REJECT":
        return "REJECT", "REJECT"
    if _instructed(finding.trigger):
        return "REQUEST", "DEMAND"
    lemma = finding.trigger.lemma_.lower()
    if lemma in COMMITMENT_VERBS and finding.complement is not None:
        ptype = intent_type(finding.complement)
        return ptype, ptype
    if sense.type in ("ASSAULT", "COERCE") and any(
            s.lemma_.lower() in CROWD_NOUNS for s in finding.sources):
        return "PROTEST", "PROTEST"
    if _under_demand_modal(finding.trigger) and sense.type not in ("REJECT", "THREATEN"):
        return "REQUEST", "DEMAND"
    if finding.modality in ("planned", "uncertain") and finding.cue in INTENT_CUES:
        ptype = intent_type(sense)
        if ptype != sense.type:
            return ptype, ptype
    return sense.type, legacy_type(sense.type, sense.cameo)


def _instructed(token) -> bool:
    """ "Turkey told Syria to expel him": the event is what someone was told to do."""
    head = token.head
    # the to-infinitive only: "told AFP (that) they had ..." reports, it does not instruct
    infinitive = any(c.tag_ == "TO" for c in token.children)
    return (token.dep_ in ("xcomp", "ccomp") and infinitive and head.lemma_.lower() in INSTRUCTING_VERBS
            and any(c.dep_ in ("dobj", "dative") for c in head.children))


def _under_demand_modal(token) -> bool:
    """ "X must drop barriers", "the US must be ready to mediate": a demand on X."""
    scope = [token, *controller_chain(token)]
    if scope[-1].dep_ in ("acomp", "attr"):
        scope.append(scope[-1].head)  # "must be ready to mediate": the modal sits on "be"
    for t in scope:
        if any(c.lower_ in DEMAND_MODALS for c in t.children if c.dep_ == "aux"):
            return True
    return False


def _bare_noun_event(doc) -> Optional[tuple]:
    """The first event noun when no trigger had an actor ("died as a result of torture")."""
    for token in doc:
        if token.pos_ == "NOUN":
            sense = sense_for_noun(token)
            if sense is not None:
                return sense.type, legacy_type(sense.type, sense.cameo)
    return None


def code_sentence(doc, findings: Optional[list] = None) -> tuple:
    """(type, legacy_type, Finding | None) for the main event of a parsed text (spaCy Doc).

    The text is one record, though the parser may split it: the main event is
    chosen over all its sentences. ``findings`` (list[Finding]) reuses what the events
    stage already found instead of finding again.
    """
    if findings is None:
        findings = [f for sent in doc.sents for f in find_events(sent)]
    finding = main_finding(findings)
    if finding is not None:
        return (*finding_type(finding), finding)
    for token in doc:
        if token.lower_ in DEMAND_MODALS and token.dep_ == "aux":
            return "REQUEST", "DEMAND", None
        if token.dep_ in ("xcomp", "ccomp") and _instructed(token):
            return "REQUEST", "DEMAND", None  # "told Damascus to close the camps"
    bare = _bare_noun_event(doc)
    if bare is not None:
        return (*bare, None)
    return None, None, None


def record_coding(doc, findings: list) -> Optional[dict]:
    """The text's PLOVER coding as one event-data record (``Article.coding``), or None.

    Returns {"type", "legacy_type", "trigger": {"start","end","text"} | None}.
    """
    ptype, legacy, finding = code_sentence(doc, findings)
    if ptype is None:
        return None
    trigger = None
    if finding is not None:
        token = finding.trigger
        trigger = {"start": token.idx, "end": token.idx + len(token.text), "text": token.text}
    return {"type": ptype, "legacy_type": legacy, "trigger": trigger}
