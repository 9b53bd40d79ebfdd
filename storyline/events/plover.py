"""PLOVER coding of a whole sentence: the one event a coder would record for it.

Event data sets (CAMEO, PLOVER) code one event per sentence: the main event,
with stated intentions coded as intentions. So "X will allow inspectors" is
AGREE (intent to cooperate), "Y plans to impose restrictions" THREATEN (intent to
harm), and "Z refused to meet" REJECT, while the events stage keeps these as the
underlying event with modality planned / denied.
"""
from __future__ import annotations

from typing import Optional

from .coding import intent_type, legacy_type
from .extract import Finding, find_events

INTENT_CUES = {"will", "would", "shall", "'ll", "wo", "plan", "intend", "ready", "willing",
               "prepared", "decide", "set", "go", "hope", "want", "aim", "seek", "prepare",
               "may", "might", "could", "expect", "expect_active", "vow", "promise", "pledge"}
DEMAND_MODALS = {"must", "should"}
REPORTING = {"010"}


def _depth(token) -> int:
    depth = 0
    while token.head is not token and depth < 50:
        token = token.head
        depth += 1
    return depth


def main_finding(findings: list) -> Optional[Finding]:
    """The finding highest in the parse tree (verbs before nouns, statements last)."""
    if not findings:
        return None
    return min(findings, key=lambda f: (f.sense.cameo in REPORTING, f.nominal,
                                        _depth(f.trigger), f.trigger.i))


def finding_type(finding: Finding) -> tuple:
    """(PLOVER 2021 type, 2016-draft type) of a finding, intentions and refusals included."""
    sense = finding.sense
    if finding.modality == "denied" and sense.type != "REJECT":
        return "REJECT", "REJECT"
    if finding.modality in ("planned", "uncertain") and finding.cue in INTENT_CUES:
        ptype = intent_type(sense)
        if ptype != sense.type:
            return ptype, ptype
    if _under_demand_modal(finding.trigger) and sense.type not in ("REJECT", "THREATEN"):
        return "REQUEST", "DEMAND"
    return sense.type, legacy_type(sense.type, sense.cameo)


def _under_demand_modal(token) -> bool:
    """ "X must drop barriers" reported by someone: a demand on X."""
    return any(c.lower_ in DEMAND_MODALS for c in token.children if c.dep_ == "aux")


def code_sentence(doc) -> tuple:
    """(type, legacy_type, Finding | None) for the main event of a parsed text (spaCy Doc)."""
    for sent in doc.sents:
        finding = main_finding(find_events(sent))
        if finding is not None:
            return (*finding_type(finding), finding)
    for token in doc:
        if token.lower_ in DEMAND_MODALS and token.dep_ == "aux":
            return "REQUEST", "DEMAND", None
    return None, None, None
