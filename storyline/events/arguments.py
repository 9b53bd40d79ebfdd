"""Who is who in a parsed sentence: an event trigger's doers, the ones acted on, its place.

Finding only, over spaCy tokens, for :mod:`storyline.events.extract`. The source is
the subject (or the ``by``-agent of a passive), inherited through control and
coordination; the target the object, the ``with``/``to``/``against`` complement or
the passive subject; participants are ``between X and Y``; the location is a place in
an ``in``/``at`` phrase.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from .actors import is_agentive
from .modality import gerund_predicate, misattached_controller
from .modality_words import OBJECT_CONTROL, PREVENTING_HEADS
from .words import REFLEXIVES

if TYPE_CHECKING:
    from .extract import Finding

PLACE_LABELS = {"GPE", "LOC", "FAC"}
# types whose "at" phrase names where the parties met, not a party ("met X at Varsha Bungalow")
SYMMETRIC_TYPES = {"CONSULT", "COOPERATE", "AGREE"}
# buildings and gatherings that an "at" phrase names as the place of an act, even when the
# small model types their names as organisations ("at Sandy Hook Elementary School")
SITE_NOUNS = {"school", "church", "mosque", "synagogue", "temple", "hospital", "office",
              "supermarket", "mall", "market", "station", "courthouse", "university", "college",
              "club", "nightclub", "restaurant", "hotel", "party", "rally", "concert", "airport",
              "factory", "plant", "stadium", "theater",
              "theatre", "building", "store", "shop", "bank", "home", "house", "center", "centre",
              "capitol", "statehouse", "memorial", "square", "plaza", "park", "monument", "campus"}
RELATIVE_PRONOUNS = {"which", "that", "who", "whom"}
# means told by a bare "by" ("by car", "by sea", "by phone"): no doer
MEANS = {"car", "train", "plane", "bus", "sea", "air", "road", "land", "boat", "ship", "foot",
         "phone", "telephone", "email", "mail", "post", "letter", "video", "videolink", "rail",
         "ferry", "helicopter", "bike", "bicycle", "taxi", "coach", "satellite", "radio", "force"}
ACTOR_LABELS = {"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"}
# what a party withdraws is its own ("pulled its troops back", "withdrew forces from")
FORCE_NOUNS = {"troop", "force", "soldier", "unit", "army", "personnel", "tank", "ship",
               "warship", "battalion", "brigade", "division", "contingent", "peacekeeper"}
# verbs of handing over: "extended a loan to Kenya" names the receiver with "to", and a
# country named there is a party, not where the act happened; verbs of carrying ("sent
# troops to Syria", "delivered aid to Gaza") name with "to" where things go, and are left out
GIVING_VERBS = {"extend", "give", "grant", "provide", "offer", "supply", "lend", "donate",
                "pledge", "sell", "transfer", "hand", "allocate"}
# what a possessive pronoun can stand for: "its" a body or country, "their" a group,
# "his"/"her" a person
POSSESSIVE_KINDS = {"its": "body", "their": "group", "his": "person", "her": "person"}


def conjuncts(token) -> list:
    """``token`` and the nouns coordinated with it ("Lavrov and Patrushev")."""
    out = [token]
    joined = [c for c in token.children if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN", "PRON")]
    for child in joined:
        if any(other.left_edge.i == child.i + 1 for other in joined if other is not child):
            continue  # "A and Water Minister B" split in two: the title is not a third party
        out.extend(conjuncts(child))
    return out


def antecedent(token):
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


# verbs with no object of their own, whose "'s" + participle is "has", never "is"
NO_PASSIVE = {"talk", "speak", "go", "come", "travel", "fly", "return", "arrive", "agree", "vote",
              "meet", "work", "appear", "testify", "campaign", "rally", "negotiate", "retire"}


def _has_perfect(verb) -> bool:
    """Whether a participle the parser read as passive after a contracted "'s" ("he 's
    talked to ...") is a perfect: the verb takes no object and no "by" names a doer."""
    return verb.lemma_.lower() in NO_PASSIVE and any(
        c.dep_ == "auxpass" and c.lower_ == "'s" for c in verb.children) and not any(
        c.dep_ == "agent" for c in verb.children)


# words that open a clause of time, which the parser may read as a preposition
TIME_CONJUNCTIONS = {"after", "before", "since", "until", "till"}


def conjunction_subject(verb):
    """The subject of a finite verb (spaCy Token) with none of its own that the parser hung
    as the object of "after"/"before" read as a preposition ("a day after her minister,
    X, resigned": "minister" taken as "after"'s object), or None: the object must end, with
    its apposition, just before the verb."""
    if verb.tag_ not in ("VBD", "VBZ", "VBP"):
        return None
    for prep in verb.subtree:
        if prep.i >= verb.i:
            break
        if prep.dep_ == "prep" and prep.lower_ in TIME_CONJUNCTIONS:
            for noun in prep.children:
                if noun.dep_ == "pobj" and noun.pos_ in ("NOUN", "PROPN", "PRON") and all(
                        t.is_punct for t in verb.doc[noun.right_edge.i + 1:verb.i]):
                    return noun
    return None


def subject_of(verb, depth: int = 0) -> tuple:
    """(subjects, passive_subjects) of a verb, inherited through control and coordination."""
    subj = [c for c in verb.children if c.dep_ in ("nsubj", "csubj", "expl") and c.dep_ != "expl"]
    passive = [c for c in verb.children if c.dep_ == "nsubjpass"]
    if passive and _has_perfect(verb):
        subj, passive = passive, []  # "he 's talked to the U.S. Attorney": has talked
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
    if verb.dep_ == "advcl" and head.i < verb.i:
        misread = conjunction_subject(verb)
        if misread is not None:  # "a day after her minister, X, resigned": the minister resigned
            return [misread], []
        clause_subj = _comma_participle_subject(verb)
        if clause_subj:  # "Ties soured when A halted flows, accusing B": A accuses
            return clause_subj, []
    teller = _joins_the_telling(verb)
    if teller is not None:  # "the chamber said exporters had lost sales, and urged both ..."
        return subject_of(teller, depth + 1)
    if verb.dep_ in ("xcomp", "conj", "advcl", "acomp") and head.i != verb.i:
        subj, passive = subject_of(head, depth + 1)
        if _passive_form(verb):
            # "should be able to be sued", "who shot him and has been charged", "were held,
            # charged with murder": the shared subject is the one the act is done to
            return [], subj + passive
        if verb.dep_ != "conj":
            # "Wang is set to meet Putin": the controller's passive subject does the meeting
            return subj + passive, []
        return subj, passive
    if verb.dep_ == "acl" and head.pos_ in ("NOUN", "PROPN"):
        clause_subj = _comma_participle_subject(verb)
        if clause_subj:  # "... when Karsk halted flows, accusing X": Karsk accuses
            return clause_subj, []
        # "an invitation to visit China" accepted by X -> X visits
        owner = [c for c in head.children if c.dep_ == "poss"]
        if head.lemma_.lower() in ("invitation", "offer") and head.dep_ in ("dobj", "pobj"):
            gov = head.head if head.dep_ == "dobj" else head.head.head
            return subject_of(gov, depth + 1)
        return owner, []
    if verb.dep_ == "relcl":
        return [head], []
    if verb.dep_ == "csubj":  # "restoring ties is one of his priorities": he would restore them
        return _goal_owner(verb), []
    return [], []


def _joins_the_telling(verb):
    """The reporting verb (spaCy Token) a subjectless conjunct really joins when the parser
    hung it on the reported clause: in "the chamber said exporters had lost sales, and urged
    both governments to ..." the finite "urged" cannot share "had" of "had lost" and takes
    the tense of "said", so the chamber urged. Needs the comma before "and", a conjunct
    with no auxiliary and the teller's own tag; None otherwise."""
    said, told = verb.head, verb.head.head
    if verb.dep_ != "conj" or said.dep_ != "ccomp" or told.i == said.i:
        return None
    if verb.tag_ not in ("VBD", "VBZ", "VBP") or verb.tag_ != told.tag_:
        return None
    if any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return None
    if not any(c.dep_ == "aux" and c.lemma_.lower() in ("have", "be") for c in said.children):
        return None
    cc = [c for c in said.children if c.dep_ == "cc" and c.i < verb.i]
    return told if cc and cc[-1].i > 0 and verb.doc[cc[-1].i - 1].text == "," else None


def _goal_owner(gerund) -> list:
    """Whose aim a subject gerund (spaCy Token) is: the owner of the noun it is called
    ("his priority", "one of her goals"), else nobody."""
    pred = gerund_predicate(gerund)
    if pred is None:
        return []
    nouns = [pred, *(o for p in pred.children if p.dep_ == "prep" and p.lower_ == "of"
                     for o in p.children if o.dep_ == "pobj")]
    return [c for n in nouns for c in n.children if c.dep_ == "poss"][:1]


# words opening a time or cause clause whose doer a following ", -ing" clause continues
SUBORDINATORS = {"when", "after", "as", "because", "since", "once", "before"}


def _comma_participle_subject(verb) -> list:
    """Subjects of the subordinate clause just before a comma-led "-ing" participle hung
    on a noun or main verb further back ("Ties soured when A halted flows, accusing B").

    verb (spacy Token): the participle (advcl or acl). A participle set off by a comma
    right after a finite "when/after" clause tells what that clause's doer did next, so
    that clause's subject owns it, however the parser hung the clause (on a date, a
    noun). Empty otherwise (the usual inheritance from the head clause then holds)."""
    if verb.tag_ != "VBG" or verb.i == 0 or verb.doc[verb.i - 1].text != ",":
        return []
    for i in range(verb.i - 2, verb.head.i, -1):
        cand = verb.doc[i]
        if cand.tag_ not in ("VBD", "VBZ", "VBP"):
            continue
        if cand.right_edge.i != verb.i - 2 or not any(
                c.dep_ in ("advmod", "mark") and c.lower_ in SUBORDINATORS for c in cand.children):
            continue  # only a "when/after" clause ending at the comma hands on its doer
        subj = [c for c in cand.children if c.dep_ == "nsubj" and c.pos_ in ("PROPN", "NOUN")]
        if subj:
            return conjuncts(subj[0])
    return []


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
    ("has been charged"), it is a bare past participle hung on another clause
    ("..., charged with killing X"), or it is "to blame" after "be"."""
    if any(c.dep_ == "auxpass" for c in verb.children):
        return True
    if verb.lemma_.lower() == "blame" and verb.dep_ == "xcomp" and verb.head.lemma_.lower() == "be" \
            and not any(c.dep_ == "dobj" for c in verb.children):
        return True  # "the ministry is not to blame": "to blame" is to be blamed
    if verb.dep_ == "conj" and verb.tag_ == "VBN" and verb.head.tag_ in ("VBG", "VBZ", "VBP", "VB") \
            and not any(c.dep_ in ("aux", "nsubj") for c in verb.children):
        # "is seeking damages for being shot, beaten and tortured", the list hung on
        # "seeking": a bare participle cannot join an active present verb as its equal
        return True
    return verb.dep_ == "advcl" and verb.tag_ == "VBN" and not any(
        c.dep_ in ("aux", "mark") for c in verb.children)


def agents(verb) -> list:
    """``by`` agents of a passive verb; not the means of an act ("travel by car",
    "arrived by sea", "voted by mail")."""
    out = []
    for child in verb.children:
        if child.dep_ == "agent" or (child.dep_ == "prep" and child.lower_ == "by"):
            out.extend(c for c in child.children if c.dep_ == "pobj"
                       and not (c.lemma_.lower() in MEANS and not any(
                           g.dep_ in ("det", "poss") for g in c.children)))
    return out


def is_place(token, places: set) -> bool:
    return token.ent_type_ in PLACE_LABELS or token.i in places


def _is_actor_like(token, actors: set) -> bool:
    """Whether a prepositional object can be an actor: a name, a pronoun, a mention."""
    if token.lower_ in RELATIVE_PRONOUNS or token.ent_type_ in ("DATE", "TIME", "CARDINAL"):
        return False
    if quoted_title(token):
        return False  # "negotiations to helm “New Moon”": a work's title, no party
    return (token.pos_ in ("PROPN", "PRON") or token.ent_type_ in ACTOR_LABELS
            or token.i in actors or is_agentive(token))


OPENING_QUOTES = {"``", "`", "\u201c", "\u2018", '"', "'"}


def quoted_title(token) -> bool:
    """Whether a name (spaCy Token) is set in quotation marks, as titles of films, books and
    shows are ("`` New Moon ''", "“The Apprentice”"); people and countries are not quoted."""
    if token.pos_ != "PROPN" or token.ent_type_ in ("PERSON", "GPE", "NORP"):
        return False
    start = token.i
    while start > 0 and token.doc[start - 1].pos_ == "PROPN":
        start -= 1  # the name's first word
    return start > 0 and token.doc[start - 1].text in OPENING_QUOTES


def objects_of(verb) -> list:
    """What a verb (spaCy Token) is done to: its direct objects, its passive subjects ("the
    crew was released") and its indirect objects ("gave Estmark two boats"), in order."""
    return [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass", "dative")]


def prep_objects(token, preps: set) -> list:
    """(preposition, object) pairs under ``token`` for the given prepositions."""
    out = []
    for child in token.children:
        if child.dep_ in ("prep", "dative") and child.lower_ in preps:
            out.extend((child.lower_, p) for p in child.children if p.dep_ == "pobj")
    return out


def _between(token) -> list:
    """Participants of "talks between X and Y"."""
    out = []
    for _prep, obj in prep_objects(token, {"between", "among"}):
        out.extend(conjuncts(obj))
    return out


def fill_arguments(finding: Finding, heads: list, places: set, actors: set) -> None:
    """Fill targets, participants and location from ``heads`` (the trigger and its phrase nouns)."""
    visit_like = finding.sense.mode == "visit" and finding.sense.cameo == "042"
    retreat = finding.sense.type == "RETREAT"
    for head in heads:
        objects = [c for c in head.children if c.dep_ in ("dobj", "dative")]
        for child in objects + small_clause_objects(head):
            if child not in finding.extra:
                if child.lower_ in REFLEXIVES:
                    continue  # "gave himself up": the doer, not someone acted on
                obj = antecedent(child)
                if visit_like and is_place(obj, places) and finding.location is None:
                    finding.location = obj
                if retreat and _own_forces(child):
                    finding.theme = finding.theme or ("", child)  # what is pulled back, not from whom
                    continue
                finding.targets.extend(conjuncts(obj))
                _note_theme(finding, "", obj, actors)
        if retreat:  # "withdrew its troops from Ukraine": the place or party left is the target
            for _prep, obj in prep_objects(head, {"from"}):
                finding.targets.extend(conjuncts(obj))
        places_of = prep_objects(head, {"in", "at", "to", "inside", "near", "from"})
        ends = _trip_ends(head, places_of) if visit_like else []
        if ends:  # "flown from A to B": the trip ends in B; A is neither its place nor its host
            places_of = ends + [(prep, a) for prep, a in places_of if prep not in ("to", "from")]
        for prep, obj in places_of:
            if is_place(obj, places) and finding.location is None and (
                    prep not in ("to", "from") or visit_like):
                finding.location = obj
                if prep == "to":
                    finding.targets.extend(conjuncts(obj))
            elif prep == "to" and _receives(head, obj, places):
                finding.targets.extend(conjuncts(obj))
            elif prep == "at" and obj.lemma_.lower() in SITE_NOUNS:
                # "killed at Sandy Hook Elementary School": where, not whom
                finding.location = finding.location or obj
            elif prep == "at" and obj.ent_type_ == "FAC":
                # "a protest at the state Capitol": a building names where, not whom
                finding.location = finding.location or obj
            elif prep == "at" and finding.sense.type in SYMMETRIC_TYPES and obj.pos_ == "PROPN":
                # "met Thackeray at Varsha Bungalow": a meeting's "at" names where, not whom
                finding.location = finding.location or obj
            elif prep in ("to", "at") and not is_place(obj, places) and _is_actor_like(obj, actors):
                finding.targets.extend(conjuncts(obj))
        for prep, obj in prep_objects(head, {"with", "against", "on", "for", "into", "from"}):
            if prep == "with" and head.lemma_.lower() == "vote":
                finding.sources.extend(conjuncts(obj))  # "voted with the Republicans against it"
                continue
            if prep == "from" and (ends or (visit_like and finding.location is not None)):
                continue  # the place a trip starts from ("from A to B", "arrived in B from A")
            if prep in ("on", "for") and finding.sense.type == "CONSULT":
                continue  # "a meeting on the Middle East and trade": a topic, no party
            if _is_actor_like(obj, actors) and not (prep == "from" and not visit_like):
                finding.targets.extend(conjuncts(obj))
        for prep, obj in prep_objects(head, {"for", "of", "about", "on", "against", "to"}):
            _note_theme(finding, prep, antecedent(obj), actors)
        finding.participants.extend(_between(head))
    finding.targets = [t for t in finding.targets if not quoted_title(t)]


def small_clause_objects(verb) -> list:
    """The object the parser made the subject of an adjective after it ("visited Ukraine
    unannounced", "found the vessel empty": Ukraine and the vessel are what the verb acts
    on, "unannounced" says how): [that noun] or []. verb (spaCy Token)."""
    out = []
    for clause in verb.children:
        if clause.dep_ != "ccomp" or clause.pos_ != "ADJ" or clause.i < verb.i or any(
                c.dep_ in ("mark", "aux", "auxpass", "cop") for c in clause.children):
            continue
        out.extend(c for c in clause.children if c.dep_ == "nsubj" and c.i < clause.i
                   and c.left_edge.i == verb.i + 1)
    return out


def _receives(head, obj, places: set) -> bool:
    """Whether a "to" object that is a country or city (``obj``, spaCy Token) receives what a
    giving verb hands over ("extended a loan to Kenya", "a loan to Kenya was extended"),
    ``head`` being the trigger or its noun."""
    verb = head if head.pos_ in ("VERB", "AUX") else head.head
    return (obj.ent_type_ == "GPE" and is_place(obj, places)
            and verb.lemma_.lower() in GIVING_VERBS)


def _trip_ends(head, places_of: list) -> list:
    """("to", place) pairs where a trip from somewhere ends: "from A to B" gives B, whether
    the parser hangs "to B" on the verb or on A. Empty unless the trip has a "from"."""
    starts = [a for prep, a in places_of if prep == "from"]
    if not starts:
        return []
    return [(p, b) for p, b in places_of if p == "to"] + [
        ("to", b) for a in starts for _to, b in prep_objects(a, {"to"})]


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
    # a plural noun the tagger read as a verb in an object's place ("halted gas flows")
    # is still the thing acted on
    misread = obj.tag_ == "VBZ" and obj.dep_ in ("dobj", "pobj")
    if finding.theme is None and (obj.pos_ in ("NOUN", "PROPN") or misread) and \
            not _is_actor_like(obj, actors) and obj.ent_type_ not in PLACE_LABELS | {"DATE", "TIME"}:
        finding.theme = (prep, obj)


def _clause_subject(token, who: bool = False):
    """The subject of the clause a noun sits in ("The Kremlin has sought to deepen ties
    after the start of its offensive" -> Kremlin), or None; with ``who`` (bool), only
    the noun a "who" subject stands for ("Wang, who wrapped up his visit" -> Wang): a
    person, whatever type the parser gave the name."""
    head, steps = token, 0
    while head.pos_ not in ("VERB", "AUX") and head.head.i != head.i and steps < 8:
        head, steps = head.head, steps + 1
    if head.pos_ not in ("VERB", "AUX"):
        return None
    subjects = subject_of(head)[0]
    if who and not (len(subjects) == 1 and subjects[0].lower_ == "who"):
        return None
    return antecedent(subjects[0]) if len(subjects) == 1 else None


def bound_owner(owner):
    """A possessive pronoun stands for its clause's subject when that fits it ("its"
    a body, "their" a group, "his"/"her" a person), not for the nearest noun; else itself."""
    kind = POSSESSIVE_KINDS.get(owner.lower_)
    subject = _clause_subject(owner.head) if kind else None
    if subject is None or subject.pos_ == "PRON" or subject.i == owner.i:
        return owner
    plural = subject.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in subject.children)
    # a name the parser left untyped is most often a person's ("Hammond hesitated ...")
    person = subject.ent_type_ == "PERSON" or (subject.pos_ == "PROPN" and not subject.ent_type_) \
        or _clause_subject(owner.head, who=True) is not None
    fits = {"body": not plural and not person and (subject.ent_type_ in ACTOR_LABELS
                                                      or is_agentive(subject)),
            "group": plural, "person": person}[kind]
    return subject if fits else owner


# CAMEO acts whose phrase noun names the people acted on: deporting (174), taking in
# refugees (075), holding (173) or swapping (0841) captives
PERSONS_ACTED_ON = {"174", "075", "173", "0841"}


def persons_acted_on(finding: Finding) -> list:
    """The people a finding's phrase names as its object, whom the act is done to ("expelled
    three journalists", "accepted 800 refugees", "the refugees were accepted"), though they
    complete the phrase; [] for other acts and for things ("granted asylum")."""
    if finding.sense.cameo not in PERSONS_ACTED_ON:
        return []
    # the passive subject is the same person: "the refugees were accepted by Germany"
    objects = [t for t in finding.extra if t.dep_ in ("dobj", "nsubjpass") and t.head.i == finding.trigger.i]
    # "ordered the release of 40 detainees": those the act's noun is "of"
    objects += [o for t in objects if t.pos_ == "NOUN" and t.lower_ == "release"
                for _of, o in prep_objects(t, {"of"})]
    return [a for t in objects if is_agentive(t) or t.tag_ == "NNS" for a in conjuncts(t)]


def own_phrase(verb, extra: list) -> list:
    """The tokens of ``extra`` (list[Token], a verb's phrase) that belong to ``verb`` itself:
    in "expel or return a refugee" the object borrowed from "return" helps code "expel" but
    is no part of its trigger."""
    return [t for t in extra if not (t.dep_ == "dobj" and t.head.dep_ == "conj"
                                     and t.head.head.i == verb.i)]

