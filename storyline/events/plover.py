"""PLOVER coding of a whole sentence: the one event a coder would record for it.

Event data sets (CAMEO, PLOVER) code one event per sentence: the main event,
with stated intentions coded as intentions. So "X will allow inspectors" is
AGREE (intent to cooperate), "Y plans to impose restrictions" THREATEN (intent to
harm), and "Z refused to meet" REJECT, while the events stage keeps these as the
underlying event with modality planned / denied.
"""
from __future__ import annotations

from typing import Optional

from .coding import (Sense, cameo_table, complement_alias, intent_type, legacy_type, lexicon,
                     noun_keys, sense_for_noun, verb_lemmas)
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
# words that state an intention through a to-infinitive ("ready to deposit funds"): when
# nothing in the text codes, the stated readiness itself is intent to cooperate (CAMEO 030)
INTENT_WORDS = {"willing", "ready", "prepared", "vow", "pledge", "promise", "commit", "agree",
                "offer", "undertake", "eager", "keen"}
# crowds doing violence or damage are rioting (CAMEO 145), not coercing or fighting
CROWD_NOUNS = {"rioter", "protester", "protestor", "demonstrator", "mob", "crowd", "marcher"}
# civilians who storm or wreck property are rioting too (CAMEO 145), though "villagers killed
# two soldiers" stays an assault: only damage to property (171) and storming count
CIVILIAN_GROUPS = {"villager", "resident", "student", "youth", "farmer", "worker", "supporter",
                   "fan", "local", "inhabitant", "shopkeeper", "activist", "striker", "townspeople"}
CIVIL_UNREST_KEYS = {"171", "storm"}
# when workers strike it is a labour strike (CAMEO 143), not a military one (190)
LABOUR_GROUPS = {"worker", "employee", "teacher", "doctor", "nurse", "miner", "driver", "pilot",
                 "docker", "dockworker", "union", "staff", "labourer", "laborer", "railworker",
                 "farmer", "trucker", "lawyer", "civil servant", "student"}
# obstruction by the state is no dissent (CAMEO 144) but a restriction of movement (191)
STATE_AGENTS = {"police", "policeman", "army", "troop", "soldier", "government", "authority",
                "regime", "junta", "military", "ministry", "official", "guard", "administration",
                "force"}


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
    by_kind = _type_by_actor_kind(finding)
    if by_kind is not None:
        return by_kind, by_kind
    if _under_demand_modal(finding.trigger) and sense.type not in ("REJECT", "THREATEN"):
        return "REQUEST", "DEMAND"
    if finding.modality in ("planned", "uncertain") and finding.cue in INTENT_CUES:
        ptype = intent_type(sense)
        if ptype != sense.type:
            return ptype, ptype
    return sense.type, legacy_type(sense.type, sense.cameo)


def _type_by_actor_kind(finding: Finding) -> Optional[str]:
    """The type an act takes from who does it (see :func:`cameo_by_actor_kind`)."""
    code = cameo_by_actor_kind(finding)
    return cameo_table()[code][0] if code else None


def cameo_by_actor_kind(finding: Finding) -> Optional[str]:
    """The CAMEO code an act takes from who does it, or None: crowds (and civilians
    wrecking property) riot (145) rather than coerce or fight; workers who strike stop
    work (143); the state obstructing roads restricts movement (191), it does not protest."""
    sense = finding.sense
    sources = {s.lemma_.lower() for s in finding.sources}
    if sense.key == "strike" and sources & LABOUR_GROUPS:
        return "143"
    if sense.type in ("ASSAULT", "COERCE"):
        if sources & CROWD_NOUNS:
            return "145"
        if sources & CIVILIAN_GROUPS and (sense.cameo in CIVIL_UNREST_KEYS or sense.key in CIVIL_UNREST_KEYS):
            return "145"
    if sense.cameo == "144" and sources & STATE_AGENTS:
        return "191"
    return None


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
    # a headline's missed verb outranks the nouns around it ("Niger orders envoy out after clash")
    headline = _headline_verb_event(doc) if finding is None or finding.nominal else None
    if headline is not None:
        return (*headline, None)
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
    if any(_states_intent(token) for token in doc):
        return "AGREE", "AGREE", None
    return None, None, None


def sense_for_mistagged_verb(token) -> Optional[Sense]:
    """The verb Sense of a word the tagger took for a noun or adjective, as it does with
    headline verbs after a bare subject ("Niger orders envoy to leave", "Rebels free
    hostages"): its bare-verb entry, or what "verb X to do Y" stands for; None otherwise."""
    lex = lexicon()
    # what the verb would take as its object: the noun it was hung on as a modifier
    # ("Pakistan shared intelligence"), or the noun after it ("orders ambassador")
    objects = [c for c in token.children if c.dep_ in ("dobj", "appos") and c.i > token.i]
    if token.dep_ in ("amod", "compound") and token.head.i > token.i:
        objects.append(token.head)
    for lemma in verb_lemmas(token):
        alias = complement_alias(token, lemma, lex)
        for key in (k for noun in objects for k in noun_keys(noun)):
            if f"{alias or lemma} {key}" in lex["verb_objects"]:
                return lex["verb_objects"][f"{alias or lemma} {key}"]
        sense = lex["verbs"].get(alias or lemma)
        if sense is not None:
            return sense
    return None


def _headline_verb_event(doc) -> Optional[tuple]:
    """(type, legacy type) of a headline whose verb the tagger missed: in a text with no
    main verb, a word after the leading noun phrase that the lexicon knows as a verb
    ("Niger orders French ambassador to leave", "Rebels free hostages in Colombia")."""
    if any(t.pos_ in ("VERB", "AUX") and t.dep_ == "ROOT" for t in doc):
        return None
    for token in doc[1:]:
        mistagged = token.pos_ in ("NOUN", "ADJ") and token.tag_ in ("NNS", "VBZ", "JJ", "NN")
        # "Pakistan shared intelligence with ...": a past tense hung on the noun after it
        modifier = token.pos_ == "VERB" and token.tag_ == "VBD" and token.dep_ == "amod"
        # the word before ends the subject: a name the tagger may also have missed ("Mali/JJ")
        if (mistagged or modifier) and doc[token.i - 1].pos_ in ("PROPN", "NOUN", "ADJ"):
            sense = sense_for_mistagged_verb(token)
            if sense is not None:
                return sense.type, legacy_type(sense.type, sense.cameo)
    return None


def _states_intent(token) -> bool:
    """ "is willing to deposit 3 billion dollars", "vow to settle dispute": an intention
    word governing a to-infinitive (the small parser may hang it as xcomp, advcl or acl)."""
    if token.lemma_.lower() not in INTENT_WORDS and token.lower_ not in INTENT_WORDS:
        return False
    return any(c.dep_ in ("xcomp", "advcl", "acl") and c.pos_ in ("VERB", "AUX")
               and any(g.tag_ == "TO" for g in c.children) for c in token.children)


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
