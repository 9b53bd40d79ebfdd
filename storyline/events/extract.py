"""Finding events in a parsed document: triggers, their arguments, modality.

Finding only: this module returns :class:`Finding` records that point at spaCy
tokens; ``storyline.events`` turns them into :class:`~storyline.model.Event`
records with char offsets, canonical actors and dates.

Who is who comes from the dependency parse: the source is the subject (or the
``by``-agent of a passive), the target the object, the ``with``/``to``/``against``
complement or the passive subject, participants are conjuncts and ``between X and
Y``; the location is a place in an ``in``/``at`` phrase. A verb that controls an
event verb ("going to receive", "refused to condemn", "invited Xi to visit") lends
it modality and, for object control, its subject.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional

from .actors import is_agentive
from .coding import Sense, needs_place, sense_and_phrase, sense_for_cameo, sense_for_noun
from .figures import (CONTEST_WINS, SITED_TYPES, contest_noun, contest_win, done_to_oneself,
                      fight_with_no_one, names_site, no_event_between_parties, one_body, private_trip,
                      thing_as_doer, words_not_blows)
from .senses import marches_to_a_goal
from .modality import (ACCUSING_HEADS, DENYING_HEADS, OBJECT_CONTROL, PREVENTING_HEADS,
                       controller_chain, misattached_controller, modality_and_tense)

PLACE_LABELS = {"GPE", "LOC", "FAC"}
TARGET_PREPS = {"with": "target", "to": "target", "against": "target", "on": "target",
                "at": "target", "for": "target", "into": "target", "from": "target",
                "of": "target"}
# prepositions after which a noun names the occasion rather than the deed ("at a meeting")
SYMMETRIC_TYPES = {"CONSULT", "COOPERATE", "AGREE"}
# buildings and gatherings that an "at" phrase names as the place of an act, even when the
# small model types their names as organisations ("at Sandy Hook Elementary School")
SITE_NOUNS = {"school", "church", "mosque", "synagogue", "temple", "hospital", "office",
              "supermarket", "mall", "market", "station", "courthouse", "university", "college",
              "club", "nightclub", "restaurant", "hotel", "party", "rally", "concert", "airport",
              "factory", "plant", "stadium", "theater",
              "theatre", "building", "store", "shop", "bank", "home", "house", "center", "centre"}
RELATIVE_PRONOUNS = {"which", "that", "who", "whom"}
SPEAKER_PRONOUNS = {"i", "we", "you", "me", "us", "my", "our", "your"}
REFLEXIVES = {"himself", "herself", "itself", "themselves", "oneself", "myself", "ourselves",
              "yourself", "yourselves"}
ACTOR_LABELS = {"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"}
# verbs whose subject also does what the complement says: "agreed to oppose"
SUBJECT_CONTROL = {"agree", "threaten", "promise", "pledge", "vow", "offer", "decide",
                   "refuse", "decline", "warn"}
# labels of names: a capitalised word inside one ("the Munich Security Conference") names
# an organisation or occasion, it does not tell of an event
NAME_LABELS = {"PERSON", "ORG", "GPE", "NORP", "FAC", "EVENT", "WORK_OF_ART", "LAW",
               "PRODUCT", "LOC"}
# verbs that put a question, and verbs of answering whose participle clause ("Asked by
# reporters whether ..., X said") tells of an interview, not of a political request
ASKING_VERBS = {"ask", "question", "inquire", "enquire"}
ANSWERING_VERBS = {"say", "tell", "reply", "respond", "answer", "add", "write", "state",
                   "explain", "insist", "decline", "refuse", "note", "acknowledge", "admit",
                   "deny", "confirm", "declare", "stress", "argue", "maintain", "repeat"}
QUESTION_ASKERS = {"reporter", "journalist", "interviewer", "correspondent", "host",
                   "moderator", "anchor", "pollster", "press", "media", "newspaper"}
# what a party withdraws is its own ("pulled its troops back", "withdrew forces from")
FORCE_NOUNS = {"troop", "force", "soldier", "unit", "army", "personnel", "tank", "ship",
               "warship", "battalion", "brigade", "division", "contingent", "peacekeeper"}
# verbs that argue for or against a step not yet taken: "argued against British withdrawal",
# "called for talks", "warned against a strike"
ADVOCACY_VERBS = {"argue", "warn", "caution", "campaign", "call", "push", "press", "lobby",
                  "advocate", "plead", "appeal", "speak", "agitate", "petition", "clamor",
                  "clamour", "rally", "testify", "write", "editorialize"}
# what a possessive pronoun can stand for: "its" a body or country, "their" a group,
# "his"/"her" a person
POSSESSIVE_KINDS = {"its": "body", "their": "group", "his": "person", "her": "person"}


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


def _conjuncts(token) -> list:
    """``token`` and the nouns coordinated with it ("Lavrov and Patrushev")."""
    out = [token]
    for child in token.children:
        if child.dep_ == "conj" and child.pos_ in ("NOUN", "PROPN", "PRON"):
            out.extend(_conjuncts(child))
    return out


def _antecedent(token):
    """The noun a relative pronoun stands for ("..., which China refused to condemn")."""
    if token.lower_ not in RELATIVE_PRONOUNS:
        return token
    if token.head.dep_ == "relcl":
        return token.head.head
    i = token.i - 1
    while i >= token.sent.start:
        cand = token.doc[i]
        if cand.pos_ in ("NOUN", "PROPN") and cand.ent_type_ not in ("DATE", "TIME"):
            while cand.dep_ == "pobj" and cand.head.head.pos_ in ("NOUN", "PROPN"):
                cand = cand.head.head  # "invasion of Ukraine" -> invasion
            return cand
        i -= 1
    return token


def _subject_of(verb, depth: int = 0) -> tuple:
    """(subjects, passive_subjects) of a verb, inherited through control and coordination."""
    subj = [c for c in verb.children if c.dep_ in ("nsubj", "csubj", "expl") and c.dep_ != "expl"]
    passive = [c for c in verb.children if c.dep_ == "nsubjpass"]
    if subj or passive or depth > 4:
        return subj, passive
    head = verb.head
    noun = _participle_noun(verb)
    if noun is not None:  # "the date initially agreed in the loan deal": done to the date
        return [], [noun]
    controller = misattached_controller(verb)
    if controller is not None:  # "urging Egypt to halt", the "to" clause hung on another verb
        return [c for c in controller.children if c.dep_ == "dobj"], []
    if verb.dep_ in ("xcomp", "ccomp") and head.lemma_.lower() in OBJECT_CONTROL:
        objs = [c for c in head.children if c.dep_ == "dobj"]
        if objs:
            return objs, []
    if verb.dep_ == "pcomp" and head.lower_ == "from" and head.head.lemma_.lower() in PREVENTING_HEADS:
        return [c for c in head.head.children if c.dep_ == "dobj"], []  # "kept Russia from attacking"
    if verb.dep_ in ("xcomp", "conj", "advcl", "acomp") and head.i != verb.i:
        subj, passive = _subject_of(head, depth + 1)
        if _passive_form(verb):
            # "should be able to be sued", "who shot him and has been charged", "were held,
            # charged with murder": the shared subject is the one the act is done to
            return [], subj + passive
        if verb.dep_ != "conj":
            # "Wang is set to meet Putin": the controller's passive subject does the meeting
            return subj + passive, []
        return subj, passive
    if verb.dep_ == "acl" and head.pos_ in ("NOUN", "PROPN"):
        # "an invitation to visit China" accepted by X -> X visits
        owner = [c for c in head.children if c.dep_ == "poss"]
        if head.lemma_.lower() in ("invitation", "offer") and head.dep_ in ("dobj", "pobj"):
            gov = head.head if head.dep_ == "dobj" else head.head.head
            return _subject_of(gov, depth + 1)
        return owner, []
    if verb.dep_ == "relcl":
        return [head], []
    return [], []


def _participle_noun(verb):
    """The noun a past participle the tagger read as a past tense describes: in "finish
    past the date initially agreed in the deal", "agreed" (tagged VBD, a clause of
    "finish") has no subject, auxiliary or object and follows "date". None otherwise."""
    if verb.dep_ != "advcl" or verb.tag_ != "VBD" or any(
            c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "mark", "dobj", "ccomp", "xcomp")
            for c in verb.children):
        return None
    i = verb.i - 1
    while i >= verb.sent.start and verb.doc[i].pos_ == "ADV":
        i -= 1
    before = verb.doc[i] if i >= verb.sent.start else None
    return before if before is not None and before.pos_ == "NOUN" else None


def _passive_form(verb) -> bool:
    """Whether a verb with no subject of its own is passive: it has a passive auxiliary
    ("has been charged"), or it is a bare past participle hung on another clause
    ("..., charged with killing X")."""
    if any(c.dep_ == "auxpass" for c in verb.children):
        return True
    return verb.dep_ == "advcl" and verb.tag_ == "VBN" and not any(
        c.dep_ in ("aux", "mark") for c in verb.children)


def _agents(verb) -> list:
    """``by`` agents of a passive verb."""
    out = []
    for child in verb.children:
        if child.dep_ == "agent" or (child.dep_ == "prep" and child.lower_ == "by"):
            out.extend(c for c in child.children if c.dep_ == "pobj")
    return out


def _is_place(token, places: set) -> bool:
    return token.ent_type_ in PLACE_LABELS or token.i in places


def _is_actor_like(token, actors: set) -> bool:
    """Whether a prepositional object can be an actor: a name, a pronoun, a mention."""
    if token.lower_ in RELATIVE_PRONOUNS or token.ent_type_ in ("DATE", "TIME", "CARDINAL"):
        return False
    return (token.pos_ in ("PROPN", "PRON") or token.ent_type_ in ACTOR_LABELS
            or token.i in actors or is_agentive(token))


def _prep_objects(token, preps: set) -> list:
    """(preposition, object) pairs under ``token`` for the given prepositions."""
    out = []
    for child in token.children:
        if child.dep_ in ("prep", "dative") and child.lower_ in preps:
            out.extend((child.lower_, p) for p in child.children if p.dep_ == "pobj")
    return out


def _between(token) -> list:
    """Participants of "talks between X and Y"."""
    out = []
    for _prep, obj in _prep_objects(token, {"between", "among"}):
        out.extend(_conjuncts(obj))
    return out


def _arguments(finding: Finding, heads: list, places: set, actors: set) -> None:
    """Fill targets, participants and location from ``heads`` (the trigger and its phrase nouns)."""
    visit_like = finding.sense.mode == "visit" and finding.sense.cameo == "042"
    retreat = finding.sense.type == "RETREAT"
    for head in heads:
        for child in head.children:
            if child.dep_ in ("dobj", "dative") and child not in finding.extra:
                if child.lower_ in REFLEXIVES:
                    continue  # "gave himself up": the doer, not someone acted on
                obj = _antecedent(child)
                if visit_like and _is_place(obj, places) and finding.location is None:
                    finding.location = obj
                if retreat and _own_forces(child):
                    finding.theme = finding.theme or ("", child)  # what is pulled back, not from whom
                    continue
                finding.targets.extend(_conjuncts(obj))
                _note_theme(finding, "", obj, actors)
        if retreat:  # "withdrew its troops from Ukraine": the place or party left is the target
            for _prep, obj in _prep_objects(head, {"from"}):
                finding.targets.extend(_conjuncts(obj))
        places_of = _prep_objects(head, {"in", "at", "to", "inside", "near", "from"})
        ends = _trip_ends(head, places_of) if visit_like else []
        if ends:  # "flown from A to B": the trip ends in B; A is neither its place nor its host
            places_of = ends + [(prep, a) for prep, a in places_of if prep not in ("to", "from")]
        for prep, obj in places_of:
            if _is_place(obj, places) and finding.location is None and (
                    prep not in ("to", "from") or visit_like):
                finding.location = obj
                if prep == "to":
                    finding.targets.extend(_conjuncts(obj))
            elif prep == "at" and obj.lemma_.lower() in SITE_NOUNS:
                # "killed at Sandy Hook Elementary School": where, not whom
                finding.location = finding.location or obj
            elif prep == "at" and finding.sense.type in SYMMETRIC_TYPES and obj.pos_ == "PROPN":
                # "met Thackeray at Varsha Bungalow": a meeting's "at" names where, not whom
                finding.location = finding.location or obj
            elif prep in ("to", "at") and not _is_place(obj, places) and _is_actor_like(obj, actors):
                finding.targets.extend(_conjuncts(obj))
        for prep, obj in _prep_objects(head, {"with", "against", "on", "for", "into", "from"}):
            if prep == "from" and (ends or (visit_like and finding.location is not None)):
                continue  # the place a trip starts from ("from A to B", "arrived in B from A")
            if prep in ("on", "for") and finding.sense.type == "CONSULT":
                continue  # "a meeting on the Middle East and trade": a topic, no party
            if _is_actor_like(obj, actors) and not (prep == "from" and not visit_like):
                finding.targets.extend(_conjuncts(obj))
        for prep, obj in _prep_objects(head, {"for", "of", "about", "on", "against", "to"}):
            _note_theme(finding, prep, _antecedent(obj), actors)
        finding.participants.extend(_between(head))


def _trip_ends(head, places_of: list) -> list:
    """("to", place) pairs where a trip from somewhere ends: "from A to B" gives B, whether
    the parser hangs "to B" on the verb or on A. Empty unless the trip has a "from"."""
    starts = [a for prep, a in places_of if prep == "from"]
    if not starts:
        return []
    return [(p, b) for p, b in places_of if p == "to"] + [
        ("to", b) for a in starts for _to, b in _prep_objects(a, {"to"})]


def _own_forces(token) -> bool:
    """Whether an object names the doer's own people or forces ("its troops", "forces")."""
    return token.lemma_.lower() in FORCE_NOUNS or any(
        c.dep_ == "poss" and c.lower_ in ("its", "their", "his", "her", "our") for c in token.children)


def _note_theme(finding: Finding, prep: str, obj, actors: set) -> None:
    """Keep the first object that is a thing, not an actor, as the finding's theme."""
    if obj.lower_ == "one" or obj.pos_ == "NUM":
        # "visited one of his golf resorts": the resorts are what is visited
        obj = next((g for p in obj.children if p.dep_ == "prep" and p.lower_ == "of"
                    for g in p.children if g.dep_ == "pobj"), obj)
    if finding.theme is None and obj.pos_ in ("NOUN", "PROPN") and \
            not _is_actor_like(obj, actors) and obj.ent_type_ not in PLACE_LABELS | {"DATE", "TIME"}:
        finding.theme = (prep, obj)


def _is_interview_question(verb) -> bool:
    """Whether "ask" puts a journalist's question rather than a request: "asked whether
    / what / about ...", "Asked by AFP to confirm ..., Beijing said", "a reporter asked"."""
    if verb.lemma_.lower() not in ASKING_VERBS:
        return False
    for child in verb.children:
        if child.dep_ in ("ccomp", "xcomp", "advcl") and (
                child.left_edge.tag_ in ("WP", "WRB", "WDT", "WP$")
                or child.left_edge.lower_ in ("if", "whether")
                or any(g.dep_ == "mark" and g.lower_ in ("if", "whether") for g in child.children)):
            return True
        if (child.dep_ == "prep" and child.lower_ == "about") or (
                child.dep_ == "dobj" and child.left_edge.tag_ in ("WDT", "WP", "WP$")):
            return True  # "asked about the date", "asked what characteristics ..."
    if verb.dep_ == "advcl" and (verb.head.lemma_.lower() in ANSWERING_VERBS or not any(
            c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)):
        return True  # the participle clause of an answer: "Asked ..., X said"
    askers = _agents(verb) + [c for c in verb.children if c.dep_ == "nsubj"]
    return any(a.lemma_.lower() in QUESTION_ASKERS for a in askers)


def _verb_finding(verb, places: set, actors: set) -> Optional[Finding]:
    sense, extra = sense_and_phrase(verb)
    if sense is None or _is_interview_question(verb):
        return None
    finding = Finding(trigger=verb, sense=sense, extra=list(extra))
    subj, passive = _subject_of(verb)
    agents = _agents(verb)
    passive = [p for p in passive if p not in finding.extra]
    if agents:
        finding.sources = [a for s in agents for a in _conjuncts(s)]
        finding.targets = [a for s in passive for a in _conjuncts(_antecedent(s))]
    elif passive and not subj and sense.mode == "visit":
        # "the fishermen were flown to Sunmere": whoever is carried is the one travelling
        finding.sources = [a for s in passive for a in _conjuncts(_antecedent(s))]
    elif passive and not subj:
        finding.targets = [a for s in passive for a in _conjuncts(_antecedent(s))]
    else:
        finding.sources = [a for s in subj for a in _conjuncts(_antecedent(s))]
    _arguments(finding, [verb, *finding.extra], places, actors)
    if needs_place(sense) and finding.location is None:
        return None
    chain = controller_chain(verb)
    finding.modality, finding.tense, finding.cue = modality_and_tense(verb, chain)
    if finding.cue == "accused" and sense.type == "ASSAULT" and finding.targets and not finding.sources:
        # "charged with killing Escalante": the killing is told as fact, only its doer is alleged
        finding.modality = "happened"
    return finding


def _inside_name(noun, names: set) -> bool:
    """Whether a capitalised noun is a word of a name ("At the Munich Security
    Conference", "the Eastern Conference"): it names a body or occasion, not an event."""
    if not noun.text[:1].isupper():
        return False
    return noun.i in names or (noun.pos_ == "PROPN" and noun.ent_type_ in NAME_LABELS)


def _clause_subject(token):
    """The subject of the clause a noun sits in ("The Kremlin has sought to deepen ties
    after the start of its offensive" -> Kremlin), or None."""
    head, steps = token, 0
    while head.pos_ not in ("VERB", "AUX") and head.head.i != head.i and steps < 8:
        head, steps = head.head, steps + 1
    if head.pos_ not in ("VERB", "AUX"):
        return None
    subjects = _subject_of(head)[0]
    return _antecedent(subjects[0]) if len(subjects) == 1 else None


def _bound_owner(owner):
    """A possessive pronoun stands for its clause's subject when that fits it ("its"
    a body, "their" a group, "his"/"her" a person), not for the nearest noun; else itself."""
    kind = POSSESSIVE_KINDS.get(owner.lower_)
    subject = _clause_subject(owner.head) if kind else None
    if subject is None or subject.pos_ == "PRON" or subject.i == owner.i:
        return owner
    plural = subject.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in subject.children)
    # a name the parser left untyped is most often a person's ("Hammond hesitated ...")
    person = subject.ent_type_ == "PERSON" or (subject.pos_ == "PROPN" and not subject.ent_type_)
    fits = {"body": not plural and not person and (subject.ent_type_ in ACTOR_LABELS
                                                      or is_agentive(subject)),
            "group": plural, "person": person}[kind]
    return subject if fits else owner


def _noun_finding(noun, places: set, actors: set, names: Optional[set] = None) -> Optional[Finding]:
    sense = sense_for_noun(noun)
    if sense is None or noun.dep_ in ("attr", "acomp"):
        return None  # "the accord was a fair deal": a description, not a deal
    if _inside_name(noun, names or set()) or (
            noun.lemma_.lower() == "march" and marches_to_a_goal(noun)):
        return None  # "the Munich Security Conference"; "his march to the nomination"
    finding = Finding(trigger=noun, sense=sense, nominal=True)
    owners = [_bound_owner(c) for c in noun.children if c.dep_ == "poss"]
    # "Moscow trip" names the destination, "Ukraine offensive" (with an owner) the
    # target; "Russian invasion" / "US sanctions" (no owner) the doer
    for child in noun.children:
        if child.dep_ in ("compound", "amod") and child.ent_type_ in ACTOR_LABELS:
            if sense.mode == "visit" and _is_place(child, places):
                finding.location = child
                finding.targets.append(child)
            elif sense.type in SITED_TYPES and names_site(child):
                finding.location = finding.location or child  # "the Benghazi attack"
            elif owners:
                finding.targets.append(child)
            else:
                owners.append(child)
    finding.sources = [a for o in owners for a in _conjuncts(o)]
    finding.sources += _agents(noun)
    _arguments(finding, [noun], places, actors)
    # "of Ukraine" after an event noun names its target ("invasion of Ukraine")
    for prep, obj in _prep_objects(noun, {"of"}):
        if sense.type == "CONSULT" and one_body(obj):
            return None  # "the annual meeting of the governors' association": its own gathering
        if obj.pos_ in ("PROPN", "NOUN"):
            finding.targets.extend(_conjuncts(obj))
    if (not finding.sources and sense.type == "CONSULT" and noun.dep_ == "pobj"
            and noun.head.dep_ == "prep"):
        # "at a meeting with Mr. Putin, Wang Yi said" / "during his trip, Wang met ..."
        gov = noun.head.head
        if gov.pos_ in ("VERB", "AUX"):
            finding.sources = [a for s in _subject_of(gov)[0] for a in _conjuncts(s)]
    if not (finding.sources or finding.targets or finding.participants or finding.location):
        return None
    finding.modality, finding.tense, finding.cue = _noun_modality(noun)
    return finding


def _noun_modality(noun) -> tuple:
    """A nominal event takes its governing verb's modality ("will hold a summit"); one
    argued for or against ("warned against a strike") has not happened."""
    gov = noun.head
    if noun.dep_ == "pobj" and gov.lower_ in ("for", "against") and \
            gov.head.lemma_.lower() in ADVOCACY_VERBS:
        return "uncertain", "future", gov.lower_
    if noun.dep_ == "pobj" and gov.dep_ == "prep" and gov.lower_ in ("for", "to"):
        gov = gov.head  # "due to visit Belozar for talks": the talks are as planned as the visit
    if noun.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj") and gov.pos_ in ("VERB", "AUX"):
        modality, tense, cue = modality_and_tense(gov)
        if modality != "happened":
            return modality, tense, cue
    if any(c.dep_ == "amod" and c.lower_ in ("planned", "upcoming", "proposed", "expected", "next")
           for c in noun.children):
        return "planned", "future", "planned"
    return "happened", "past", None


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
    by_token = {}
    for token in sent:
        if token.pos_ in ("VERB", "AUX") or (token.pos_ == "NOUN" and token.tag_.startswith("VB")):
            finding = _verb_finding(token, places, actors)
        elif token.pos_ in ("NOUN", "PROPN"):
            finding = _noun_finding(token, places, actors, names)
        else:
            finding = None
        if finding is not None and no_event_between_parties(finding, persons or set()):
            continue
        if finding is not None and (thing_as_doer(finding) or private_trip(finding)
                                    or done_to_oneself(finding) or contest_noun(finding)):
            continue  # "the book arrives", "people coming from Gaziabad", "fund themselves"
        if finding is not None and (fight_with_no_one(finding, persons or set())
                                    or contest_win(finding, persons or set())):
            continue  # "the candidate must fight harder", "Cruz captured Texas": a campaign
        if finding is not None and words_not_blows(finding, persons or set()):
            if token.lemma_.lower() in CONTEST_WINS:
                continue
            finding.sense = sense_for_cameo("111", "criticize")
            finding.phrase = None
        if finding is not None:
            finding.first_person = _speaker_only(finding)
            by_token[token.i] = finding
    consumed = {t.i for f in by_token.values() for t in f.extra}
    for i in list(by_token):
        if i in consumed and by_token[i].nominal:
            del by_token[i]
    _absorb_controllers(by_token)
    return [by_token[i] for i in sorted(by_token)]


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
        chain = controller_chain(finding.trigger)
        for head in chain:
            # a first-person controller ("we urge them to ...") is no event of the timeline's,
            # so it must not swallow the third-person event it controls
            if head.i not in by_token or head.i == i or by_token[head.i].first_person:
                continue
            if finding.trigger.dep_ == "advcl" and head.i == finding.trigger.head.i and \
                    head.lemma_.lower() not in DENYING_HEADS:
                break  # "went to Cairo to sign the accord": a purpose is an event of its own
            controller = by_token[head.i]
            if head.lemma_.lower() in ACCUSING_HEADS or finding.trigger.dep_ == "ccomp":
                # "accused of pressuring Ukraine", "demanded that the rebels free them": the
                # charge or demand and the act it names, each with its own parties
                break
            if head.lemma_.lower() in DENYING_HEADS:
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
