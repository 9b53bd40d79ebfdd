"""Finding events in a parsed document: triggers, their arguments, modality.

Finding only: this module returns :class:`Finding` records that point at spaCy
tokens; ``storyline.events`` turns them into :class:`~storyline.model.Event`
records with char offsets, canonical actors and dates.

Who is who comes from the dependency parse (:mod:`storyline.events.arguments`: the
subject or ``by``-agent, the object or complement, the place). A verb that controls an
event verb ("going to receive", "refused to condemn", "invited Xi to visit") lends
it modality and, for object control, its subject.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional

from .arguments import (agents, antecedent, bound_owner, conjuncts, fill_arguments,
                        own_phrase, persons_acted_on, prep_objects, subject_of)
from .conditionals import resolve_conditions
from .partners import agreement_partners
from .commerce import agreement_not_made, frees_no_one, funded_support, traded
from .coding import Sense, needs_place, sense_and_phrase, sense_for_cameo, sense_for_noun
from .hazards import done_by_hazard
from .trade import trade_partners
from .figures import (CONTEST_WINS, contest_noun, contest_win, done_to_oneself,
                      fight_with_no_one, no_event_between_parties, one_body, private_trip,
                      team_deal, thing_as_doer, words_not_blows)
from .actors import is_group_anaphor
from .modifiers import read_modifiers
from .senses import marches_to_a_goal
from .stances import own_meeting, rhetoric_talk
from .modality_cues import no_party, possible_noun, put_on_the_calendar
from .purposes import chosen_way, open_question, trip_purpose
from .modality import (ACCUSING_HEADS, DENYING_HEADS, INTENT_NOUNS, PLANNING_HEADS, UNCERTAIN_HEADS,
                       controller_chain, modality_and_tense, open_condition)

SPEAKER_PRONOUNS = {"i", "we", "you", "me", "us", "my", "our", "your"}
# the last word of a statute's title ("... Farm Services Act")
LAW_TITLE_WORDS = {"act", "law", "bill", "code", "ordinance", "statute", "directive"}
# prepositions that time a clause by a meeting without putting its subject there
TIMING_PREPS = {"before", "ahead", "until"}
# prepositions that place an act after a meeting already told
AFTER_PREPS = {"after", "following", "since"}
# verbs whose object is asked to come ("invited Holt for a visit", "welcomed him for talks")
INVITING = {"invite"}
# nouns of getting ready whose "for" object is still to come ("preparations for a summit")
PREPARING_NOUNS = INTENT_NOUNS | {"preparation", "arrangement", "proposal", "call", "bid",
                                  "push", "demand", "request", "date", "agenda", "timetable",
                                  "deadline", "invitation", "appeal"}
# words saying an event is arranged for later ("the meeting is due", "talks are scheduled")
SCHEDULING = {"due", "schedule", "plan", "set", "slate", "arrange", "upcoming", "imminent"}
# event nouns whose owner undergoes them, unless an "of" object names who does
# ("his arrest" arrests him; "Russia's release of the sailors" is Russia's act)
UNDERGONE_NOUNS = {"arrest", "detention", "release", "killing", "murder", "assassination",
                   "execution", "abduction", "kidnapping", "imprisonment", "expulsion",
                   "deportation", "extradition", "dismissal", "firing", "ouster", "removal",
                   "sentencing", "indictment", "conviction", "torture", "beating", "jailing",
                   "capture", "internment", "prosecution", "impeachment", "eviction", "trial"}
# words of dread whose "about"/"of" object is still to come ("worried about new attacks",
# "fear of a crackdown"); "concern over the arrests" may well follow them, and is not here
FEARING_WORDS = {"worried", "worry", "fear", "afraid", "nervous", "anxious", "wary", "fearful",
                 "scared", "apprehensive", "dread"}
# verbs whose subject also does what the complement says: "agreed to oppose"
SUBJECT_CONTROL = {"agree", "threaten", "promise", "pledge", "vow", "offer", "decide",
                   "refuse", "decline", "warn"}
PROMISES = {"promise", "pledge", "vow", "swear"}
HOSTILE_TYPES = {"ASSAULT", "COERCE", "REJECT", "SANCTION", "THREATEN", "ACCUSE", "MOBILIZE"}
# labels of names: a capitalised word inside one ("the Munich Security Conference") names
# an organisation or occasion, it does not tell of an event
NAME_LABELS = {"PERSON", "ORG", "GPE", "NORP", "FAC", "EVENT", "WORK_OF_ART", "LAW",
               "PRODUCT", "LOC"}
# verbs that argue for or against a step not yet taken: "argued against British withdrawal",
# "called for talks", "warned against a strike"
ADVOCACY_VERBS = {"argue", "warn", "caution", "campaign", "call", "push", "press", "lobby",
                  "advocate", "plead", "appeal", "speak", "agitate", "petition", "clamor",
                  "clamour", "rally", "testify", "write", "editorialize"}


@dataclass
class Finding:
    """One event trigger found in a sentence (tokens point into the spaCy Doc).

    trigger (Token): the verb or noun naming the event.
    sense (Sense): its coding.
    sources/targets/participants (list[Token]): head tokens of the actors.
    location (Token | None): head token of the place.
    modality, tense (str): see :func:`modality_and_tense`; cue is the deciding word.
    extra (list[Token]): tokens that belong to the trigger phrase ("talks" in "held talks").
    nominal (bool): True when the trigger is a noun.
    phrase (str | None): summary predicate when it differs from the sense's
        ("agree to oppose" after a complement was folded into "agree").
    complement (Sense | None): the sense of a complement event folded into this
        controller ("retaliate" in "vowed to retaliate").
    first_person (bool): True when the only actors are the speaker's pronouns ("we will
        pull back"): no timeline event, but still the record's event when a quote is coded.
    theme (tuple | None): (preposition or "", Token) of the thing acted on when it is no
        actor ("condemned the invasion", "called for talks"), for the summary.
    controllers (list[Token]): a verb trigger's controller chain ("agreed" in "agreed to
        meet"; :func:`~storyline.events.modality.controller_chain`), read once.
    """

    trigger: object
    sense: Sense
    sources: list = field(default_factory=list)
    targets: list = field(default_factory=list)
    participants: list = field(default_factory=list)
    location: Optional[object] = None
    modality: str = "happened"
    tense: str = "past"
    cue: Optional[str] = None
    extra: list = field(default_factory=list)
    nominal: bool = False
    phrase: Optional[str] = None
    complement: Optional[Sense] = None
    first_person: bool = False
    theme: Optional[tuple] = None
    controllers: list = field(default_factory=list)
    # a meeting noun only timing another act ("told reporters after the meeting")
    background: bool = False


def _verb_finding(verb, places: set, actors: set) -> Optional[Finding]:
    # ("the visiting emperor" still tells of a visit)
    described = verb.dep_ in ("oprd", "acomp") or (
        verb.dep_ == "ccomp" and verb.head.lemma_.lower() in ("find", "consider", "deem", "seem"))
    if verb.tag_ == "VBG" and described and \
            not any(c.dep_ in ("dobj", "dative", "prep", "aux") for c in verb.children):
        return None  # "found the area welcoming", "is welcoming": a quality, no deed
    sense, extra = sense_and_phrase(verb)
    if sense is None:
        return None
    finding = Finding(trigger=verb, sense=sense, extra=own_phrase(verb, extra))
    subj, passive = subject_of(verb)
    by_agents = agents(verb)
    if subj and not passive:
        # an active verb with its own subject has no "by" doer: "condemned the detention
        # of the crew by Pellan" hangs Pellan on the verb, but Pellan detained
        by_agents = [a for a in by_agents if a.head.dep_ == "agent"]
    passive = [p for p in passive if p not in finding.extra]
    finding.targets = persons_acted_on(finding)
    if by_agents:
        finding.sources = [a for s in by_agents for a in conjuncts(s)]
        finding.targets = [a for s in passive for a in conjuncts(antecedent(s))] or finding.targets
    elif passive and not subj and sense.mode == "visit":
        # "the fishermen were flown to Sunmere": whoever is carried is the one travelling
        finding.sources = [a for s in passive for a in conjuncts(antecedent(s))]
    elif passive and not subj:
        finding.targets = [a for s in passive for a in conjuncts(antecedent(s))] or finding.targets
    else:
        finding.sources = [a for s in subj for a in conjuncts(antecedent(s))]
    # "No Contracting State shall expel": a subject that names no one is no party
    finding.sources = [s for s in finding.sources if not no_party(s)]
    fill_arguments(finding, [verb, *finding.extra], places, actors)
    if needs_place(sense) and finding.location is None:
        return None
    if sense.type == "CONSULT" and sense.mode != "visit" and own_meeting(
            verb, finding.sources, finding.targets + finding.participants):
        return None  # "when the committee met": a body's own sitting
    finding.controllers = controller_chain(verb)
    finding.modality, finding.tense, finding.cue = modality_and_tense(verb, finding.controllers)
    if finding.cue == "accused" and sense.type == "ASSAULT" and finding.targets and not finding.sources:
        # "charged with killing Escalante": the killing is told as fact, only its doer is alleged
        finding.modality = "happened"
    if finding.modality == "happened" and trip_purpose(verb):
        finding.modality, finding.tense, finding.cue = "planned", "future", "to"  # "flew there to meet him"
    return finding


def _inside_name(noun, names: set) -> bool:
    """Whether a capitalised noun is a word of a name ("At the Munich Security
    Conference", "the Eastern Conference"): it names a body or occasion, not an event."""
    if not noun.text[:1].isupper():
        return False
    return noun.i in names or (noun.pos_ == "PROPN" and noun.ent_type_ in NAME_LABELS)


def _names_a_law(noun) -> bool:
    """Whether a capitalised event noun is a word of a law's title: "the Farmers Agreement
    on Price Assurance and Farm Services Act" names a statute, no agreement made."""
    capitalised = noun.text[:1].isupper() and noun.i != noun.sent.start
    return capitalised and any(t.text[:1].isupper() and t.lower_ in LAW_TITLE_WORDS
                               for t in noun.subtree if t.i != noun.i)


def _noun_finding(noun, places: set, actors: set, names: Optional[set] = None) -> Optional[Finding]:
    """The Finding of an event noun (spaCy Token), or None where it tells of no act with a
    party or place. places/actors: token indices of places and actors; names: indices
    inside multi-word names (a conference's name holds no conference)."""
    sense = sense_for_noun(noun)
    if sense is None or _no_act_named(noun, names):
        return None
    finding = Finding(trigger=noun, sense=sense, nominal=True)
    _owners_as_parties(noun, finding, places)
    fill_arguments(finding, [noun], places, actors)
    if sense.type == "CONSULT" and sense.mode != "visit" and own_meeting(
            noun, finding.sources, finding.targets + finding.participants):
        return None  # "the RNC spring meeting", "a Council meeting": the body's own sitting
    # "of Ukraine" after an event noun names its target ("invasion of Ukraine")
    for prep, obj in prep_objects(noun, {"of"}):
        if sense.type == "CONSULT" and one_body(obj):
            return None  # "the annual meeting of the governors' association": its own gathering
        if obj.pos_ in ("PROPN", "NOUN"):
            finding.targets.extend(conjuncts(obj))
    if (not finding.sources and sense.type == "CONSULT" and noun.dep_ == "pobj"
            and noun.head.dep_ == "prep" and noun.head.lower_ not in TIMING_PREPS):
        _parties_from_the_clause(noun, finding)
    if not (finding.sources or finding.targets or finding.participants or finding.location):
        return None
    finding.modality, finding.tense, finding.cue = _noun_modality(noun)
    return finding


def _no_act_named(noun, names: Optional[set]) -> bool:
    """Whether an event noun (spaCy Token) with a sense still names no act: a description,
    rhetoric, part of a name or a law's title, a figurative march. names: as :func:`_noun_finding`."""
    if noun.dep_ in ("attr", "acomp"):
        return True  # "the accord was a fair deal": a description, not a deal
    if noun.lemma_.lower() == "talk" and rhetoric_talk(noun):
        return True  # "his tough talk about military action": rhetoric, no talks
    # "the Munich Security Conference"; "his march to the nomination"
    return _inside_name(noun, names or set()) or _names_a_law(noun) or (
        noun.lemma_.lower() == "march" and marches_to_a_goal(noun))


def _owners_as_parties(noun, finding: Finding, places: set) -> None:
    """Set finding's sources (and targets or location) from the noun's owners and modifiers
    ("Russia's invasion", "his arrest", "Syria's civil war") and its "by" agents."""
    owners = [bound_owner(c) for c in noun.children if c.dep_ == "poss"]
    read_modifiers(noun, finding, owners, places)
    if noun.lemma_.lower() in UNDERGONE_NOUNS and not prep_objects(noun, {"of"}):
        # "his arrest", "Navalny's release": the owner is the one it is done to; a nationality
        # word is the state that does it ("Saudi counter-terrorism arrests")
        doers = [o for o in owners if o.dep_ == "amod" and o.ent_type_ == "NORP"]
        finding.targets.extend(a for o in owners if o not in doers for a in conjuncts(o))
        owners = doers
    if _civil_strife(noun):
        # "Syria's brutal civil war": the country is where it is fought, not who fights it
        finding.location = finding.location or next(iter(owners), None)
        owners = []
    finding.sources = [a for o in owners for a in conjuncts(o)]
    finding.sources += agents(noun)


def _parties_from_the_clause(noun, finding: Finding) -> None:
    """Parties of an ownerless meeting noun (spaCy Token) in a prepositional phrase, from the
    clause it hangs on: "at a meeting with Mr. Putin, Wang Yi said" / "during his trip,
    Wang met ...". Sets finding.background, sources and targets."""
    gov = noun.head.head
    # "told reporters after the meeting": background to what was said, kept only
    # where the article tells of no meeting before it (the events stage decides)
    finding.background = _told_after_it(noun, finding)
    guests = [c for c in gov.children if c.dep_ == "dobj"]
    visit = finding.sense.mode == "visit"
    if gov.lemma_.lower() in INVITING and guests and visit:
        # "invited Holt for a state visit": the guest travels, to the one inviting
        finding.sources = [a for g in guests for a in conjuncts(g)]
        finding.targets = finding.targets or [a for s in subject_of(gov)[0]
                                              for a in conjuncts(s)]
    elif gov.pos_ in ("VERB", "AUX"):
        finding.sources = [a for s in subject_of(gov)[0] for a in conjuncts(s)]
        if visit and any(is_group_anaphor(s) for s in finding.sources):
            # "what the two nations could sign during the visit": guest and host
            # together, not the visitors
            finding.sources = []
        if not visit and not (finding.targets or finding.participants):
            # "Putin told Xi during the video call": the one named as spoken to or
            # invited in the call is its other party
            finding.targets = [a for c in gov.children if c.dep_ in ("dobj", "dative")
                               and c.pos_ == "PROPN" for a in conjuncts(c)]


def _told_after_it(noun, finding: Finding) -> bool:
    """Whether a meeting noun is only the time of another act ("told reporters after the
    meeting", "following the talks"): "the" meeting, with no party, place or owner of its
    own, is one told elsewhere, and lending it the speaker alone would make a new one."""
    if noun.head.lower_ not in AFTER_PREPS:
        return False
    definite = any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in noun.children)
    own = finding.sources or finding.targets or finding.participants or finding.location
    return definite and not own


# verbs that end, answer or undo an event already under way: whether or not they are
# done, the event they take as object has happened ("an effort to end the war",
# "an attempt to deflect the criticism")
# verbs whose object is only wished for ("Tanzania wanted a fair deal")
WANTING_VERBS = {"want", "wish", "need", "desire", "prefer", "crave"}
ENDING_VERBS = {"end", "stop", "halt", "deflect", "counter", "rebut", "answer", "defuse",
                "resolve", "settle", "calm", "quell", "ease", "lift", "overturn", "reverse",
                "investigate", "condemn", "avenge", "survive", "escalate", "continue"}


def _civil_strife(noun) -> bool:
    """Whether a noun names a country's strife within itself ("civil war", "sectarian
    violence"), whose owner is the country it tears, not a party to it."""
    return noun.lemma_.lower() in ("war", "conflict", "strife", "violence", "unrest") and any(
        c.dep_ == "amod" and c.lower_ in ("civil", "internal", "sectarian", "domestic")
        for c in noun.children)


def _noun_modality(noun) -> tuple:
    """A nominal event takes its governing verb's modality ("will hold a summit"); one
    argued for or against ("warned against a strike") has not happened."""
    gov = noun.head
    if open_condition(noun):
        return "uncertain", "future", "if"  # "whether or not Russia attacks": a verb read as a noun
    if noun.dep_ == "pobj" and gov.lower_ in ("for", "against") and \
            gov.head.lemma_.lower() in ADVOCACY_VERBS:
        return "uncertain", "future", gov.lower_
    if noun.dep_ == "pobj" and gov.lower_ in ("about", "of") and \
            gov.head.lemma_.lower() in FEARING_WORDS:
        return "uncertain", "future", gov.head.lemma_.lower()  # "worried about new attacks"
    if noun.dep_ == "pobj" and gov.lower_ in ("before", "until", "ahead") and \
            gov.head.pos_ in ("VERB", "AUX") and modality_and_tense(gov.head)[1] == "future":
        return "planned", "future", gov.lower_  # "will leave before the meeting": still to come
    if noun.dep_ == "pobj" and gov.dep_ == "prep" and gov.lower_ in ("for", "to"):
        gov = gov.head  # "due to visit Belozar for talks": the talks are as planned as the visit
        if gov.lemma_.lower() in INVITING or (gov.pos_ == "NOUN" and
                                               gov.lemma_.lower() in PREPARING_NOUNS):
            # "invited her for a visit", "preparations for a meeting": still to come
            return "planned", "future", gov.lemma_.lower()
    if noun.dep_ == "pobj" and gov.dep_ == "prep" and gov.head.lemma_ == "be":
        gov = gov.head  # "has not been in the negotiations": the copula tells if it took part
    said_of = _scheduling_word(noun) or put_on_the_calendar(noun)
    if said_of is not None:  # "Its first meeting is due next month", "the talks are scheduled"
        planned = said_of in PLANNING_HEADS or said_of in SCHEDULING
        return ("planned" if planned else "uncertain"), "future", said_of
    if noun.dep_ in ("nsubj", "nsubjpass") and gov.pos_ == "ADJ" and gov.dep_ in ("ccomp", "xcomp") \
            and gov.head.pos_ in ("VERB", "AUX"):
        gov = gov.head  # "may have his veto overridden": the verb the small clause hangs off
    if noun.dep_ == "dobj" and gov.lemma_.lower() in WANTING_VERBS:
        return "uncertain", "future", gov.lemma_.lower()  # "wanted a fair deal": not made yet
    if noun.dep_ == "dobj" and gov.lemma_.lower() in ENDING_VERBS:
        return "happened", "past", None  # "hopes to end the war": the war is there to end
    if noun.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj") and gov.pos_ in ("VERB", "AUX"):
        modality, tense, cue = modality_and_tense(gov)
        if modality != "happened":
            return modality, tense, cue
    if any(c.dep_ == "amod" and c.lower_ in ("planned", "upcoming", "proposed", "expected", "next")
           for c in noun.children):
        return "planned", "future", "planned"
    maybe = possible_noun(noun)  # "an imminent clash", "any request by the union"
    if maybe is not None:
        return "uncertain", "future", maybe
    return "happened", "past", None


def _scheduling_word(noun):
    """The lemma that says an event noun (spaCy Token) is still to come, told of it as its
    subject ("the meeting is due", "the summit is expected", "talks are planned"), or None."""
    gov = noun.head
    # told in the present: "the attack was planned by X" may well have been carried out
    present = {t.tag_ for t in (gov, *gov.children) if t.dep_ in ("ROOT", "auxpass", "aux")
               or t.i == gov.i} & {"VBZ", "VBP"}
    if not present:
        return None
    if noun.dep_ == "nsubj" and gov.lemma_ == "be":
        words = [c.lemma_.lower() for c in gov.children if c.dep_ == "acomp"]
    elif noun.dep_ == "nsubjpass":
        words = [gov.lemma_.lower()]
    else:
        return None
    return next((w for w in words if w in SCHEDULING or w in UNCERTAIN_HEADS), None)


def _speaker_only(finding: Finding) -> bool:
    """Events told in the first or second person ("I look forward to meeting you")
    have no resolvable actor here; the quotes stage keeps what was said."""
    named = finding.sources or finding.targets
    # "the US" is a name, not "us": only a pronoun counts
    return bool(named) and all(s.lower_ in SPEAKER_PRONOUNS and s.pos_ == "PRON" for s in named)


def find_events(sent, places: Optional[set] = None, actors: Optional[set] = None,
                names: Optional[set] = None, persons: Optional[set] = None) -> list:
    """Every event trigger in one sentence (a spaCy Span), with its arguments; events told
    only in the first or second person come flagged ``first_person`` (the events stage
    drops them, the record coding of a quote keeps them).

    places (set[int] | None): token indices known to be places (from entity mentions),
    besides spaCy's own GPE/LOC/FAC entities.
    actors (set[int] | None): token indices inside any entity mention.
    names (set[int] | None): token indices inside name mentions (a noun there is no trigger).
    persons (set[int] | None): token indices inside mentions of people.
    Returns list[Finding] in text order.
    """
    places = places or set()
    actors = actors or set()
    persons = persons or set()
    by_token = {}
    for token in sent:
        if token.pos_ in ("VERB", "AUX") or (token.pos_ == "NOUN" and token.tag_.startswith("VB")):
            finding = _verb_finding(token, places, actors)
        elif token.pos_ in ("NOUN", "PROPN"):
            finding = _noun_finding(token, places, actors, names)
        else:
            continue
        if finding is None or no_event_between_parties(finding, persons) or (
                not finding.nominal and (open_question(token) or chosen_way(token))):
            continue  # "did not say how many would be freed", "chose talking over shouting"
        if thing_as_doer(finding) or private_trip(finding, places) or done_to_oneself(finding) \
                or contest_noun(finding) or team_deal(finding):
            continue  # "the book arrives", "people coming from Gaziabad", "fund themselves"
        if frees_no_one(finding, persons) or agreement_not_made(finding) or traded(finding) \
                or done_by_hazard(finding):
            continue  # "Apple released the program", "violates the 1991 agreement", "a quake killed"
        if fight_with_no_one(finding, persons) or contest_win(finding, persons):
            continue  # "the candidate must fight harder", "Cruz captured Texas": a campaign
        if words_not_blows(finding, persons):
            if token.lemma_.lower() in CONTEST_WINS:
                continue
            finding.sense = sense_for_cameo("111", "criticize")
            finding.phrase = None
        if funded_support(finding):  # "a financial contribution to support Turkey"
            finding.sense = sense_for_cameo("071", "give economic aid to")
        if _official_protest(finding, places):
            finding.sense = sense_for_cameo("114", finding.sense.phrase)
        trade_partners(finding, places)  # "a tariff on Kenyan milk" is aimed at Kenya
        finding.first_person = _speaker_only(finding)
        by_token[token.i] = finding
    consumed = {t.i for f in by_token.values() for t in f.extra}
    for i in list(by_token):
        if i in consumed and by_token[i].nominal and not _act_protested(by_token[i], by_token):
            del by_token[i]
    resolve_conditions(by_token)  # "would retaliate if ...": a threat, no release
    _absorb_controllers(by_token)
    agreement_partners(by_token)  # "met Delgado and agreed to ...": agreed with Delgado
    return [by_token[i] for i in sorted(by_token)]


def _official_protest(finding: Finding, places: set) -> bool:
    """Whether a protest is a state's complaint, not a demonstration: every doer a
    country ("Aldera summoned the ambassador to protest against ..."), CAMEO 114."""
    trigger = finding.trigger
    if finding.sense.type != "PROTEST" or finding.sense.cameo not in ("140", "141") \
            or trigger.lemma_.lower() != "protest":
        return False
    doers = finding.sources
    if trigger.dep_ in ("advcl", "xcomp"):  # "summoned X to protest"
        if trigger.head.lemma_.lower() in ("summon", "recall", "expel"):
            return True  # a protest made through an ambassador is a state's
        doers = doers or [c for c in trigger.head.children if c.dep_ == "nsubj"]
    # ``places`` (token indices of place mentions) types the names the parser left untyped
    return bool(doers) and all(s.ent_type_ == "GPE" or s.i in places for s in doers)


def _act_protested(noun: Finding, by_token: dict) -> bool:
    """Whether a coercion noun ("the detention of the trawler") is the act another
    finding protests or condemns: a step of its own, told beside the protest."""
    if noun.sense.type != "COERCE" or noun.sense.cameo[:2] != "17":
        return False
    return any(f is not noun and noun.trigger in f.extra and f.sense.type in ("PROTEST", "ACCUSE")
               for f in by_token.values())


def _absorb_controllers(by_token: dict) -> None:
    """Resolve pairs like "refused to condemn" / "agreed to meet" / "threatened to attack".

    A denying controller (refuse, decline) disappears and its complement is kept
    as a denied event; a controller with its own meaning (agree, threaten, urge,
    invite) is kept, and its complement is kept only when it is a meeting or visit
    (a planned meeting belongs on the timeline), otherwise folded into it.
    """
    for i in sorted(by_token):
        finding = by_token.get(i)
        if finding is None or finding.nominal:
            continue
        for head in finding.controllers:
            # a first-person controller ("we urge them to ...") is no event of the timeline's,
            # so it must not swallow the third-person event it controls
            if head.i not in by_token or head.i == i or by_token[head.i].first_person:
                continue
            if finding.trigger.dep_ == "advcl" and head.i == finding.trigger.head.i and \
                    head.lemma_.lower() not in DENYING_HEADS:
                break  # "went to Cairo to sign the accord": a purpose is an event of its own
            controller = by_token[head.i]
            if finding.trigger.dep_ == "ccomp" and finding.sense.type == "AGREE" and \
                    controller.sense.type == "REQUEST":
                # "requested that the judge agree to delay": the agreement is what is asked,
                # nothing agreed yet; the one asked is the request's target
                controller.targets = controller.targets or finding.sources
                controller.complement = controller.complement or finding.sense
                del by_token[i]
                break
            if head.lemma_.lower() == "deny" and finding.trigger.dep_ == "ccomp" and \
                    finding.modality == "denied":
                del by_token[head.i]  # "denied that it had agreed to ...": one denied deal
                break
            if head.lemma_.lower() in ACCUSING_HEADS or finding.trigger.dep_ == "ccomp":
                # "accused of pressuring Ukraine", "demanded that the rebels free them": the
                # charge or demand and the act it names, each with its own parties
                break
            if head.lemma_.lower() in DENYING_HEADS or (
                    head.lemma_.lower() in PROMISES and finding.sense.type in HOSTILE_TYPES):
                # "refused to condemn": the act, denied; "vowed to block the refugees": the
                # act, planned, and no agreement with those it is aimed at
                finding.sources = finding.sources or controller.sources
                del by_token[head.i]
            elif finding.sense.type != "CONSULT":
                controller.targets = controller.targets or finding.targets
                controller.location = controller.location or finding.location
                if head.lemma_.lower() in SUBJECT_CONTROL:
                    controller.phrase = f"{head.lemma_.lower()} to {finding.sense.phrase}"
                controller.complement = controller.complement or finding.sense
                del by_token[i]
            break
