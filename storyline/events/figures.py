"""Event words used of something else: which findings tell of no act between parties.

Finding only, like :mod:`storyline.events.extract`, which asks these of each finding:
people's words rather than blows ("Trump attacked his rivals": criticism), campaigns
rather than battles ("must fight harder"), occasions rather than meetings ("said at a
tech conference", "the annual meeting of the association"), and places rather than
doers ("the Benghazi attack").
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from ..entities.kb import fold, load_kb

if TYPE_CHECKING:  # extract imports this module
    from .extract import Finding

PLACE_LABELS = {"GPE", "LOC", "FAC"}
# kinds of event whose place is often named before the noun ("the Benghazi attack")
SITED_TYPES = {"ASSAULT", "COERCE", "PROTEST"}
PLACE_PREPS = {"in", "at", "near", "outside", "inside"}
# bodies whose meetings are their own ("a meeting of the council"), not meetings with them
BODY_NOUNS = {"association", "council", "committee", "coalition", "party", "assembly",
              "congress", "board", "club", "union", "organization", "organisation", "society",
              "caucus", "conference", "parliament", "senate", "cabinet", "commission", "forum"}
# between people, with no weapon in sight, these are words, not blows: "Trump attacked his
# rivals", "Cruz's battle with Trump" criticise (CAMEO 111); "Clinton would beat Trump"
# wins a vote, which is no event between states
VERBAL_ATTACKS = {"attack", "fight", "clash", "battle", "hit", "target", "assail"}
CONTEST_WINS = {"beat", "defeat", "crush", "trounce"}
# verbs of taking that people in a race use of states and votes ("captured Iowa")
TAKING_WINS = {"capture", "sweep", "carry"}
RIVAL_NOUNS = {"rival", "opponent", "candidate", "critic", "challenger", "contender",
               "frontrunner", "nominee", "incumbent"}
# what an "attack" aimed at these hits is words ("attacked the tax plan", "her record"; not
# "positions", which are often military), and
# what ads or editorials attack they criticise
WORDS_TARGETS = {"plan", "record", "policy", "proposal", "decision", "remark", "comment",
                 "statement", "speech", "bill", "law", "stance", "idea", "claim",
                 "report", "ruling", "handling", "approach", "strategy", "agenda", "budget",
                 "reform", "nomination", "candidacy", "rhetoric", "tweet", "post", "credibility",
                 "character", "judgment", "judgement", "leadership", "tenure", "response",
                 "view", "comments", "remarks", "policies", "platform", "proposals", "deal"}
WORDS_SOURCES = {"ad", "advertisement", "commercial", "editorial", "column", "op-ed", "article",
                 "tweet", "post", "speech", "campaign", "statement", "letter"}
VIOLENCE_LEMMAS = {"gun", "knife", "shoot", "shot", "stab", "kill", "wound", "injure", "bomb",
                   "weapon", "hospital", "dead", "death", "police", "arrest", "troop", "soldier",
                   "military", "missile", "rocket", "militant", "army", "gunman", "attacker",
                   "injury", "blood", "punch", "assault", "rifle", "explosive", "die"}


def one_body(token) -> bool:
    """Whether a noun names one organisation ("the Republican Jewish Coalition", "the
    council"), not several parties ("of Veloria and Karsk", "of foreign ministers")."""
    if token.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in token.children):
        return False
    return token.ent_type_ == "ORG" or token.lemma_.lower() in BODY_NOUNS


def names_site(modifier) -> bool:
    """Whether a name before a violent noun says where it happened ("the Benghazi attack",
    "the Paris attacks", "the Newtown massacre"), not who did it: a compound name that is
    no people ("Russian invasion"), no person ("the Breivik massacre"), no country ("US
    strikes"); an organisation ("the Hamas attack") only when the text also names it as
    a place ("in Benghazi"), since the small model types many towns as organisations."""
    if modifier.dep_ != "compound" or modifier.ent_type_ in ("NORP", "PERSON"):
        return False
    ent = next((e for e in modifier.doc.ents if e.start <= modifier.i < e.end), None)
    if load_kb().country_words.get(fold(ent.text if ent is not None else modifier.text)):
        return False
    if modifier.ent_type_ in PLACE_LABELS:
        return True
    doc = modifier.doc
    return any(t.text == modifier.text and t.i > 0 and doc[t.i - 1].lower_ in PLACE_PREPS
               for t in doc)


def is_person(token, persons: set) -> bool:
    """A named person ("Mr. Trump") or a rival in a race; "pirates" or "protesters" are
    groups whose clashes are real ones."""
    named = token.pos_ in ("PROPN", "PRON") and (token.i in persons or token.ent_type_ == "PERSON")
    return named or token.lemma_.lower() in RIVAL_NOUNS


def words_not_blows(finding: Finding, persons: set) -> bool:
    """Whether an assault word is used of people's words or votes ("attacked his rivals"):
    every party a person, and nothing in the sentence about weapons or injuries."""
    trigger = finding.trigger
    lemma = trigger.lemma_.lower()
    # "unleashed withering attacks on Rubio": the phrase's noun is the attack
    lemma = next((t.lemma_.lower() for t in finding.extra if t.lemma_.lower() in VERBAL_ATTACKS), lemma)
    if finding.sense.type != "ASSAULT" or lemma not in VERBAL_ATTACKS | CONTEST_WINS:
        return False
    # a verb's own clause (a shooting told in another clause does not make this one); a
    # noun's whole sentence, as its subtree holds little
    scope = trigger.sent if finding.nominal else trigger.subtree
    if any(t.lemma_.lower() in VIOLENCE_LEMMAS for t in scope):
        return False
    if not finding.nominal and lemma in VERBAL_ATTACKS and (
            any(c.dep_ == "dobj" and c.lemma_.lower() in WORDS_TARGETS for c in trigger.children)
            or (trigger.dep_ == "acl" and trigger.head.lemma_.lower() in WORDS_SOURCES)):
        return True  # "attacked the tax plan", "ads attacking Biden"
    others = finding.targets + finding.participants
    # a lone surname the tagger took for an organisation ("Trump's attacks on Clinton")
    # still speaks; a state's attacks are blows
    return bool(others) and all(is_person(t, persons) for t in others) and all(
        is_person(s, persons) or (s.pos_ == "PROPN" and s.ent_type_ not in PLACE_LABELS | {"NORP"})
        for s in finding.sources)


def contest_win(finding: Finding, persons: set) -> bool:
    """Whether a verb of beating or capturing tells of a race won ("Cruz captured Texas and
    Oklahoma", "Sanders beat expectations", "Kasich beat back a challenge"): people (named,
    or candidates) as its only doers and nothing about weapons or injuries in its clause.
    "Rebels captured the town" and "Israel captured East Jerusalem" stay events."""
    trigger = finding.trigger
    if finding.nominal or trigger.lemma_.lower() not in CONTEST_WINS | TAKING_WINS:
        return False
    if any(t.lemma_.lower() in VIOLENCE_LEMMAS for t in trigger.subtree):
        return False
    return bool(finding.sources) and all(is_person(s, persons) for s in finding.sources)


def fight_with_no_one(finding: Finding, persons: set) -> bool:
    """Whether a verb of fighting has people (named, or candidates and rivals) as its only
    doers, no one it is aimed at and nothing about weapons in its clause ("the candidate
    must fight harder", "Sanders battled on"): a figure of speech, no event."""
    trigger = finding.trigger
    if finding.nominal or finding.sense.type != "ASSAULT" or \
            trigger.lemma_.lower() not in VERBAL_ATTACKS or finding.targets or finding.participants:
        return False
    if any(t.lemma_.lower() in VIOLENCE_LEMMAS for t in trigger.subtree):
        return False
    return bool(finding.sources) and all(is_person(s, persons) for s in finding.sources)


def no_event_between_parties(finding: Finding, persons: set) -> bool:
    """Whether a finding names an occasion rather than an act between parties: "said at a
    tech conference" (a conference with no one it is held with), "Trump held a rally" (a
    person's campaign rally against no one is no protest)."""
    lemma = finding.trigger.lemma_.lower()
    alone = not (finding.targets or finding.participants)
    if lemma == "conference" and finding.nominal:
        return alone
    if finding.sense.cameo == "141" and "rally" in (lemma, *[t.lemma_.lower() for t in finding.extra]):
        return alone and bool(finding.sources) and all(
            is_person(s, persons) for s in finding.sources)
    return False
