"""Senses of trigger verbs that state a view, give advice, or tell of a court's or a body's
own business: no act of one party towards another.

"leaders agree with him" holds a view, "Stone will discuss his book" talks alone, "warned
people about gathering" advises, "the judge dismissed the charges" and "gave prosecutors
until May 10" run a case, "the country shut down" closes itself, "India repatriated its
citizens" brings its own home. Each check is listed under its
lemma in :data:`STANCE_CHECKS`, part of the table :mod:`storyline.events.sense_checks` asks
before a verb is coded; :func:`own_meeting` is asked by the events finder for meetings.
"""
from __future__ import annotations

from .actors import FIRMS
from .arguments import objects_of

# what is dismissed in a case: the case itself or its papers, no one's offer or claim rejected
CASE_THINGS = {"case", "lawsuit", "suit", "charge", "count", "indictment", "appeal", "motion",
               "petition", "conviction", "jury", "juror", "subpoena", "writ", "verdict"}
# courts and their officers, whose deadlines and dismissals are procedure
COURT_DOERS = {"judge", "court", "justice", "magistrate", "tribunal", "jury", "panel", "clerk",
               "prosecutor", "attorney", "lawyer"}
# the public a warning is given to: advice, not a threat to a party
PUBLIC = {"people", "public", "resident", "citizen", "american", "everyone", "anyone", "parent",
          "family", "consumer", "user", "visitor", "traveler", "traveller", "shopper", "patient",
          "you", "us", "them", "student", "worker", "employee", "driver", "voter"}
# kinds of act whose warning-against is a threat ("warned against a strike"); a warning
# against anything else ("against reopening too soon", "about gathering") advises
HOSTILE_TYPES = {"ASSAULT", "COERCE", "THREATEN", "MOBILIZE", "SANCTION", "PROTEST"}
# one's own people or money brought home: no release of anyone held
NATIONALS = {"citizen", "national", "student", "worker", "tourist", "people", "resident",
             "pilgrim", "expatriate", "expat", "traveler", "traveller", "passenger", "crew",
             "sailor", "seafarer", "person"}
FUNDS = {"cash", "money", "profit", "earning", "fund", "capital", "asset", "income", "revenue",
         "saving", "dollar", "billion", "million", "reserve", "gold"}
OWN = {"its", "their", "our", "his", "her"}
# opinions and readings one may agree with or endorse without doing anything: "agreed with
# the analysis", "endorses this view"
VIEWS = {"analysis", "assessment", "view", "opinion", "notion", "conclusion", "argument",
         "sentiment", "characterization", "characterisation", "interpretation", "theory",
         "thesis", "premise", "diagnosis", "observation", "finding", "estimate", "reading",
         "prediction", "critique", "description", "point", "logic", "reasoning", "take"}
# what two agree on when they share a view, not terms: "agreed with him on the issue"
QUESTIONS = {"issue", "question", "matter", "subject", "topic", "point"}
# prepositions that bring in whom one agrees or talks with, or what is agreed to
PARTNER_WORDS = {"with", "between", "among", "amongst"}
# a body's own sittings, by verb and by noun ("the committee met", "the Council meeting")
SITTING_WORDS = {"meet", "gather", "convene", "assemble", "sit", "meeting", "session",
                 "gathering", "sitting", "convention", "retreat", "conference"}


def agrees_in_view(verb) -> bool:
    """Whether "agree" (spaCy Token) holds a view: in the simple present ("military leaders
    agree with him", "he agrees with Viguerie that Cruz is best"), or at any time with an
    opinion ("agreed with the analysis") or with a statement of what is ("agreed that the
    shift was a matter of geography"); no pledge to do anything ("agrees to pay"), no terms
    ("agree on a ceasefire"), no object ("agree a deal"), no clause of what is to be done
    ("agreed that troops would withdraw")."""
    if _held_view(verb) or any(c.dep_ == "ccomp" and _states_what_is(c) for c in verb.children):
        return True
    if verb.tag_ not in ("VBP", "VBZ") or any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return False
    if any(c.dep_ in ("xcomp", "dobj") for c in verb.children):
        return False
    return not any(c.dep_ == "prep" and c.lower_ in ("to", "on", "upon", "over")
                   for c in verb.children)


def _held_view(verb) -> bool:
    """Whether a verb (spaCy Token) takes an opinion as what it agrees with or endorses:
    "agreed with the analysis", "endorses this view", "shares his assessment", "a sentiment
    endorsed by the crowd", or agrees with someone on a question ("agreed with him on the
    issue"; "agreed with Kyiv on a ceasefire" names terms and stays)."""
    held = objects_of(verb) + [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "with"
                               for g in c.children if g.dep_ == "pobj"]
    if verb.dep_ == "acl" and verb.tag_ == "VBN":
        held.append(verb.head)  # "a sentiment endorsed by 10,000 people"
    if any(c.dep_ == "prep" and c.lower_ == "on" and any(
            g.dep_ == "pobj" and g.lemma_.lower() in QUESTIONS for g in c.children)
           for c in verb.children):
        return True
    return any(h.lemma_.lower() in VIEWS for h in held)


def _states_what_is(clause) -> bool:
    """Whether a "that" clause (spaCy Token, its head) tells what is or was, with no modal
    and no act: "that the shift was a matter of geography", "that it is too late"."""
    if clause.lemma_.lower() != "be" or any(
            c.dep_ == "aux" and c.tag_ == "MD" for c in clause.children):
        return False
    return any(c.dep_ in ("attr", "acomp") for c in clause.children)


def endorses_a_view(verb) -> bool:
    """Whether "endorse"/"share"/"embrace" (spaCy Token) holds an opinion ("an editorial
    that endorses this view", "shares the assessment"): agreement in thought, no support
    given to a party or a policy."""
    return _held_view(verb)


def discusses_alone(verb) -> bool:
    """Whether "discuss" (spaCy Token) has one speaker and no partner ("Roger Stone will
    discuss his new book", "Carter discussed how he had ..."): a talk about a topic, no
    consultation; so is a gerund after a preposition with no doer of its own ("hold firm in
    discussing the Foundation": what it names is the topic, not a partner). Two doers ("the
    two men discussed"), a plural doer ("the ministers") or a partner anywhere in the clause
    ("with Biden", "in a call with") keep it."""
    if any(t.lower_ in PARTNER_WORDS for t in verb.subtree):
        return False
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if not subjects and verb.dep_ == "xcomp":
        subjects = [c for c in verb.head.children if c.dep_ == "nsubj"]
    if not subjects and verb.dep_ == "pcomp":
        return True  # "in discussing the Foundation": a topic talked of, by no one named
    return bool(subjects) and all(
        s.tag_ in ("NN", "NNP") or s.lower_ in ("he", "she", "i") for s in subjects) and not any(
        c.dep_ == "conj" for s in subjects for c in s.children)


def _public(token) -> bool:
    return token.lower_ in PUBLIC or (token.lemma_.lower() in PUBLIC and not token.ent_type_)


def advises_against(verb) -> bool:
    """Whether "warn" (spaCy Token) advises the public or against an ordinary act ("warned
    people about getting together", "warned against reopening schools too soon"), as
    against a threat ("warned against a military strike", "warned Israel against any
    attack"). Warnings with a clause are left to :mod:`storyline.events.threats`."""
    from .coding import sense_for_noun, sense_for_verb  # coding asks this module first
    # the warned come right after the verb ("warning people about"); a later object is
    # often a misparse of a dash or an aside
    if any(c.dep_ == "dobj" and _public(c) and c.left_edge.i == verb.i + 1 for c in verb.children):
        return True
    warned = [g for c in verb.children if c.dep_ == "prep" and c.lower_ in ("against", "about")
              for g in c.children if g.dep_ in ("pobj", "pcomp")]
    if not warned or any(c.dep_ == "dobj" and c.pos_ in ("PROPN", "PRON") for c in verb.children):
        return False
    for act in warned:
        sense = sense_for_verb(act) if act.pos_ in ("VERB", "AUX") else sense_for_noun(act)
        if sense is not None and sense.type in HOSTILE_TYPES:
            return False
    return True


def _court(token) -> bool:
    """A court or its officer: "the judge", "Judge Bodiford", "a federal court"."""
    return token.lemma_.lower() in COURT_DOERS or any(
        c.dep_ in ("compound", "amod") and c.lemma_.lower() in COURT_DOERS for c in token.children)


def dismisses_a_case(verb) -> bool:
    """Whether "dismiss" (spaCy Token) tells of a case's course ("dismissed the charges", "a
    bid to dismiss the lawsuit"): procedure, not a rejection of anyone's offer or claim."""
    return any(o.lemma_.lower() in CASE_THINGS for o in objects_of(verb))


def court_sets_a_deadline(verb) -> bool:
    """Whether "give"/"set" (spaCy Token) is a court setting a deadline ("the judge gave
    prosecutors until May 10", "the judge set a deadline"): procedure, no ultimatum."""
    if not _sets_a_deadline(verb):
        return False
    doers = [c for c in verb.children if c.dep_ == "nsubj"]
    doers += [g for c in verb.children if c.dep_ == "agent" for g in c.children]
    return bool(doers) and all(_court(d) for d in doers)


def shuts_of_itself(verb) -> bool:
    """Whether "shut/close down" (spaCy Token) has nothing shut ("the country shut down",
    "the economy closed down"): a closure told of itself, no one coerced."""
    return any(c.lower_ == "down" for c in verb.children) and not any(c.dep_ in ("dobj", "nsubjpass", "auxpass") for c in verb.children) and \
        verb.dep_ not in ("relcl", "acl", "xcomp")


def brings_own_home(verb) -> bool:
    """Whether "repatriate" (spaCy Token) brings home one's own people or money ("India will
    repatriate its citizens", "repatriated stranded Indians", "repatriate $250 billion"):
    no release of anyone held, as "repatriated the prisoners" is."""
    for obj in objects_of(verb):
        lemma = obj.lemma_.lower()
        if obj.ent_type_ == "MONEY" or lemma in FUNDS:
            return True
        if obj.ent_type_ == "NORP" or lemma in NATIONALS:
            owners = [c for c in obj.children if c.dep_ == "poss"]
            return all(o.lower_ in OWN for o in owners)
    return False


# those told to keep apart, or let meet, by health rules: no party meets another
GATHERERS = PUBLIC | {"household", "group", "friend", "relative", "neighbor", "neighbour",
                      "guest", "person", "anyone", "nobody", "no"}
# verbs of advice and rules whose object is the one who would meet
RULING_VERBS = {"advise", "urge", "tell", "ask", "encourage", "allow", "permit", "let", "forbid",
                "ban", "bar", "prohibit", "recommend", "warn", "order", "require"}


def _gatherer(token) -> bool:
    if token.pos_ == "PROPN" or token.ent_type_ in ("PERSON", "GPE", "NORP"):
        return False  # the small model types "Households" as an organisation
    return token.lower_ in GATHERERS or token.lemma_.lower() in GATHERERS or any(
        c.dep_ == "prep" and c.lower_ == "than" for c in token.children)  # "more than six people"


def advised_gathering(verb) -> bool:
    """Whether a meeting (spaCy Token, "meet"/"gather") is one people are advised or ruled
    about ("advise people not to meet in groups", "households are not allowed to meet",
    "no more than six people may meet"): health advice, no meeting between parties."""
    doers = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    ruler = verb.head if verb.dep_ in ("xcomp", "ccomp") else None
    if ruler is not None and ruler.lemma_.lower() in RULING_VERBS:
        doers += [c for c in ruler.children if c.dep_ in ("dobj", "nsubjpass")]
    elif ruler is not None and not doers:
        doers = [c for c in ruler.children if c.dep_ == "nsubj"]
    doers = [d.head.head if d.lower_ in ("more", "fewer", "less") and d.head.dep_ == "prep" else d
             for d in doers]
    return bool(doers) and all(_gatherer(d) or any(_gatherer(c) for c in d.children if c.dep_ == "nummod")
                               for d in doers)


def rhetoric_talk(token) -> bool:
    """Whether "talk" (spaCy Token) is talk as rhetoric ("his tough talk about military
    action", "Clinton talking points"): no talks with anyone, as "talks" or "talked with"
    are."""
    if (token.head.lemma_.lower() == "point" and token.dep_ in ("compound", "amod", "nmod")) or \
            any(c.dep_ == "dobj" and c.lemma_.lower() == "point" for c in token.children):
        return True  # "talking points", however parsed
    return token.pos_ == "NOUN" and token.tag_ == "NN" and not any(
        t.lower_ in PARTNER_WORDS for t in token.subtree)


# what a reopening eases a restriction on: places and services closed by a rule or a row
REOPENED = {"school", "business", "economy", "country", "state", "border", "embassy", "consulate",
            "church", "shop", "store", "restaurant", "office", "park", "beach", "airport",
            "port", "crossing", "road", "market", "bar", "gym", "city", "venue", "mosque",
            "temple", "factory", "plant", "airspace", "space", "route", "checkpoint", "mission",
            "university", "college", "campus", "facility", "site", "gate", "bridge", "sector",
            "industry", "town", "region", "province", "mall", "theater", "theatre", "cinema"}
# businesses and their owners, who reopen of themselves
OPENERS = FIRMS | {"owner", "restaurateur", "merchant"}


def reopens_nothing_closed(verb) -> bool:
    """Whether "reopen" (spaCy Token) eases no restriction: a contest or case reopened
    ("reopen the nomination fight", "reopen the investigation"), or a business reopening
    of itself ("restaurants will reopen"), as against "reopened schools", "reopen the
    border", "reopen the economy"."""
    objects = objects_of(verb)
    if not objects:  # "restaurants will reopen"; "lobbied lawmakers to reopen" eases a rule
        doers = [c for c in verb.children if c.dep_ == "nsubj"]
        if not doers and verb.dep_ in ("xcomp", "ccomp"):  # "restaurants are allowed to reopen"
            doers = [c for c in verb.head.children if c.dep_ in ("nsubjpass", "dobj")]
        return bool(doers) and all(d.pos_ == "NOUN" and (d.lemma_.lower() in REOPENED | OPENERS)
                                   for d in doers)
    for _ in range(2):  # "some of the thousands of schools": the whole a part is taken from
        objects += [g for o in objects for p in o.children if p.dep_ == "prep"
                    and p.lower_ == "of" for g in p.children if g.dep_ == "pobj" and g not in objects]
    return not any(o.lemma_.lower() in REOPENED or o.ent_type_ in ("GPE", "FAC", "LOC")
                   for o in objects)


# people who hold a post they can be dismissed from
POST_HOLDERS = {"minister", "official", "chief", "head", "director", "commander", "general",
                "coach", "manager", "secretary", "ambassador", "envoy", "governor", "judge",
                "prosecutor", "aide", "adviser", "advisor", "spokesman", "spokeswoman",
                "deputy", "premier", "chancellor", "president", "officer", "executive", "ceo",
                "chairman", "chairwoman", "chair", "editor", "employee", "worker", "staff"}


def removes_from_post(verb) -> bool:
    """Whether "dismiss" (spaCy Token) removes someone from a post ("dismissed the defence
    minister", "Orin was dismissed"): its object or passive subject is a person or a post
    holder, and it is no judgement of them ("dismissed him as a clown" disparages)."""
    if any(c.dep_ == "prep" and c.lower_ == "as" for c in verb.children):
        return False
    removed = objects_of(verb)
    if verb.dep_ == "acl" and verb.tag_ == "VBN":
        removed.append(verb.head)  # "the defence minister dismissed on Monday"
    # the small model often types a surname alone as an organisation ("Orin was dismissed")
    return any(c.ent_type_ == "PERSON" or c.lemma_.lower() in POST_HOLDERS
               or c.lower_ in ("him", "her")
               or (c.tag_ == "NNP" and c.ent_type_ in ("", "ORG")) for c in removed)


# lemma -> the checks of this module that find it used in no political sense
STANCE_CHECKS = {
    "agree": (agrees_in_view,), "endorse": (endorses_a_view,), "share": (endorses_a_view,),
    "embrace": (endorses_a_view,), "support": (endorses_a_view,), "back": (endorses_a_view,),
    "discuss": (discusses_alone,), "warn": (advises_against,),
    "dismiss": (dismisses_a_case,), "give": (court_sets_a_deadline,),
    "set": (court_sets_a_deadline,), "shut": (shuts_of_itself,), "close": (shuts_of_itself,),
    "repatriate": (brings_own_home,), "meet": (advised_gathering,),
    "gather": (advised_gathering,), "talk": (rhetoric_talk,), "reopen": (reopens_nothing_closed,),
}


def _sets_a_deadline(verb) -> bool:
    """ "gave him until May 10", "set a deadline", "gave him a May 10 deadline"."""
    return any((c.dep_ == "prep" and c.lower_ in ("until", "till"))
               or (c.dep_ == "dobj" and c.lemma_.lower() in ("deadline", "ultimatum"))
               for c in verb.children)


def own_meeting(trigger, parties: list, others: list) -> bool:
    """Whether a meeting's only party is one body ("the committee met", "the RNC spring
    meeting", "a Council meeting"): its own gathering, not a meeting with anyone.

    trigger (Token): the meeting verb or noun; parties (list[Token]): its doers or owning
    modifiers; others (list[Token]): whom it is with (targets, participants)."""
    from .figures import one_body  # figures asks the finder, which asks this module
    return trigger.lemma_.lower() in SITTING_WORDS and len(parties) == 1 and not others \
        and one_body(parties[0])


# what one leaves when one quits a job, not a country: "asked to leave the company"
WORKPLACES = {"job", "post", "position", "role", "office", "company", "firm", "team", "club",
              "board", "band", "show", "programme", "program", "paper", "newspaper", "network",
              "school", "university", "party", "government", "cabinet", "business", "bank",
              "organisation", "organization", "group", "campaign", "committee", "station"}


def leaves_a_post(verb) -> bool:
    """Whether the verb a command names ("asked to leave the company", "told to quit his
    job") leaves a workplace or post: a departure from work, no expulsion from a country."""
    return any(c.dep_ == "dobj" and c.lemma_.lower() in WORKPLACES for c in verb.children)
