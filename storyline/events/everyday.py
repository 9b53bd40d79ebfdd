"""Senses of trigger verbs that tell of private or everyday life, not of a political act.

"support their families" keeps a household, "signed up for the programme" enrols,
"calling back employees" recalls staff to work, "prevent the spread of malaria" fights a
disease, "the app allows users to swipe" describes a product, "the storm killed 40 people"
has no doer. Each check is listed under its lemma in :data:`EVERYDAY_CHECKS`, part of
the table :mod:`storyline.events.sense_checks` asks before a verb is coded.
"""
from __future__ import annotations

from .actors import is_agentive
from .arguments import antecedent, objects_of
from .words import DISASTERS, HARMS, HOUSEHOLD

# staff called back to work: a recall to the workplace, no call between parties
STAFF = {"employee", "worker", "staff", "staffer", "teacher", "student", "member", "crew",
         "team", "personnel", "workforce", "nurse", "doctor"}
# users a product or a rule lets do something: a feature described, no one yields
USERS = {"you", "user", "users", "customer", "customers", "consumer", "consumers", "people",
         "anyone", "everyone", "shopper", "shoppers", "player", "players", "viewer", "viewers",
         "reader", "readers", "visitor", "visitors", "subscriber", "subscribers", "traveler",
         "travelers", "traveller", "travellers", "guest", "guests", "driver", "drivers",
         "owner", "owners", "buyer", "buyers", "member", "members", "us", "them"}
ALLOWING = {"allow", "let", "enable", "permit"}
# places and households a rule lets open or gather: "restaurants are permitted to reopen",
# told with no one permitting, states the rule and grants no party anything
ESTABLISHMENTS = {"business", "restaurant", "shop", "store", "bar", "pub", "gym", "salon",
                  "school", "church", "mosque", "temple", "venue", "theater", "theatre",
                  "cinema", "mall", "office", "factory", "retailer", "household", "family",
                  "resident", "passenger", "employer", "barber", "hairdresser", "cafe"}
# ordinary voters, whose votes are no act of one party towards another
VOTERS = {"people", "voter", "resident", "citizen", "person", "those", "anyone", "everyone",
          "parent", "juror", "respondent", "supporter", "student",
          "american", "adult", "woman", "man"}
# the electorate by name, whose backing of a candidate is its vote
ELECTORATE = {"voter", "electorate", "constituent", "caucusgoer", "caucus-goer", "primary-goer"}
# the reader or speaker beside kin: "support you and your family"
READERS = {"you", "me", "us", "yourself"}
# shares of a whole, which a part contributes without giving anything
SHARES = {"percent", "%", "share", "proportion", "fraction", "third", "quarter", "half",
          "majority", "bulk", "portion"}
OWN = {"its", "his", "her", "their", "our", "my", "your"}
# posts one holds: "occupies a prominent position" has a job, it takes no ground
POSTS = {"position", "post", "seat", "office", "role", "job", "rank", "chair", "place", "spot"}
# what is "killed" in a figure of speech: plans and bills, not people
KILLED_PLANS = {"deal", "bill", "plan", "proposal", "idea", "project", "program", "programme",
                "measure", "legislation", "amendment", "agreement", "contract", "merger",
                "bid", "story", "rumor", "rumour", "momentum", "mood", "engine", "light"}


# people hosted as guests of a country, not received for talks: "hosts 3.6 million refugees"
SHELTERED_PEOPLE = {"refugee", "migrant", "evacuee", "seeker", "asylum", "displaced",
                    "immigrant", "exile", "student", "tourist", "visitor", "fan", "guest"}
# shows and contests one hosts as a presenter or venue: no guest received ("hosted the
# Emmys", "will host the Golden Globes", "hosts a talk show", "hosted the tournament")
SHOWS = {"show", "award", "awards", "ceremony", "gala", "telecast", "broadcast", "podcast",
         "program", "programme", "festival", "concert", "pageant", "telethon", "tournament",
         "contest", "competition", "premiere", "party", "parade", "quiz", "series", "episode",
         "emmys", "oscars", "grammys", "tonys", "globes", "baftas", "espys", "vmas", "olympics",
         "games", "cup", "championship", "championships", "marathon", "race", "match"}
# what is sworn or pledged as a token of loyalty; to a flag or a nation it is a ritual
LOYALTY = {"allegiance", "loyalty", "fealty", "oath"}
SYMBOLS = {"flag", "country", "nation", "constitution", "republic", "crown", "state",
           "homeland", "motherland", "fatherland", "banner", "king", "queen"}


def _kin(token) -> bool:
    return token.lower_ in HOUSEHOLD or token.lemma_.lower() in HOUSEHOLD


def _with_conjuncts(token) -> list:
    return [token, *(g for c in token.children if c.dep_ == "conj" for g in _with_conjuncts(c))]


def _share(token) -> bool:
    """Whether an object is a share of a whole ("60 per cent", "a third", "40%")."""
    lemma = token.lemma_.lower()
    return token.ent_type_ == "PERCENT" or lemma in SHARES or (
        lemma == "cent" and any(c.lower_ == "per" for c in token.children))


def _whole(token):
    """The noun a quantifier stands for: "all of our team members" -> members."""
    if token.lower_ in ("all", "most", "some", "many", "each", "both", "none"):
        return next((g for c in token.children if c.dep_ == "prep" and c.lower_ == "of"
                     for g in c.children if g.dep_ == "pobj"), token)
    return token


def _particle(verb, word: str) -> bool:
    return any(c.lower_ == word and c.dep_ in ("prt", "advmod") for c in verb.children)


def _allowed_users(verb) -> bool:
    """ "allows you to swipe", "lets users share": who is let is anyone who uses it;
    "businesses are permitted to reopen": a rule's text, shops and households its subjects
    and no one named as easing it ("the governor allowed restaurants to open" is kept)."""
    for child in verb.children:
        if child.dep_ in ("dobj", "dative") and child.lower_ in USERS:
            return True
        if child.dep_ == "nsubj" and child.lower_ == "it" and child.i == child.sent.start and any(
                c.dep_ == "aux" and c.lower_ in ("would", "could", "will", "may", "might")
                for c in verb.children):
            return True  # "It would allow him to run again": what a law or deal would do
        if child.dep_ == "nsubjpass" and child.pos_ == "NOUN" and child.lemma_.lower() in \
                ESTABLISHMENTS and not any(c.dep_ == "agent" for c in verb.children):
            return True  # "businesses are permitted to reopen": the rule, with no one easing it
        if child.dep_ in ("ccomp", "xcomp") and any(
                g.dep_ == "nsubj" and g.lower_ in USERS for g in child.children):
            return True
    return False


def supports_kin(verb) -> bool:
    """ "support their families", "support you and your family": keeping a household."""
    kept = [c for o in objects_of(verb) for c in _with_conjuncts(o)]
    return any(_kin(k) for k in kept) and all(_kin(k) or k.lower_ in READERS for k in kept)


def signs_up(verb) -> bool:
    """ "signed up for the programme": an enrolment, no agreement between parties."""
    return _particle(verb, "up")


def calls_staff_back(verb) -> bool:
    """ "calling back employees": staff recalled to work, no call between parties."""
    return _particle(verb, "back") and any(o.lemma_.lower() in STAFF for o in objects_of(verb))


def stops_a_harm(verb) -> bool:
    """ "prevent the spread of malaria", "fight cancer": a harm stopped, no one coerced."""
    objects = objects_of(verb)
    return bool(objects) and all(o.lemma_.lower() in HARMS and o.pos_ == "NOUN" for o in objects)


def kills_no_one(verb) -> bool:
    """A plan "killed" or a disaster killing (:func:`_no_one_killed`): no assault."""
    return _no_one_killed(verb, objects_of(verb))


def staff_work_together(verb) -> bool:
    """ "our store teams are working with displaced team members": colleagues at work."""
    partners = [_whole(g) for c in verb.children if c.dep_ == "prep" and c.lower_ == "with"
                for g in c.children if g.dep_ == "pobj"]
    doers = [c for c in verb.children if c.dep_ == "nsubj"]
    return bool(partners) and bool(doers) and all(
        t.lemma_.lower() in STAFF and not t.ent_type_ for t in partners + doers)


# people a service works with as its trade: "a center that works with individuals with disabilities"
SERVED = {"individual", "people", "person", "child", "patient", "family", "client", "student",
          "youth", "veteran", "survivor", "victim", "woman", "man", "teen", "adult", "community"}


def serves_people(verb) -> bool:
    """ "a nonprofit center that works with individuals with developmental disabilities",
    "she works with children": a trade told in the present simple, no act between parties.
    "Karsk is working with Veloria" or "worked with the rebels" keep the cooperation."""
    if verb.tag_ not in ("VBZ", "VBP") or any(c.dep_ == "aux" for c in verb.children):
        return False
    partners = [_whole(g) for c in verb.children if c.dep_ == "prep" and c.lower_ == "with"
                for g in c.children if g.dep_ == "pobj"]
    return bool(partners) and all(
        t.lemma_.lower() in SERVED and not t.ent_type_ for t in partners)


def couple_met(verb) -> bool:
    """ "her parents met as graduate students": how a couple met, no meeting of parties."""
    return not objects_of(verb) and any(c.dep_ == "prep" and c.lower_ == "as"
                                        for c in verb.children)


def contributes_a_share(verb) -> bool:
    """ "consumption contributes 60 per cent of GDP": a share of a whole, no gift."""
    return any(o.dep_ == "dobj" and _share(o) for o in objects_of(verb))


def holds_a_post(verb) -> bool:
    """ "occupies a prominent position": a job held, no ground taken."""
    return any(o.lemma_.lower() in POSTS and not any(
        c.lower_ in ("military", "defensive", "strategic", "enemy") for c in o.children)
        for o in objects_of(verb))


def struck_by_a_thought(verb) -> bool:
    """ "I am struck at how committed we are": impressed, not hit."""
    return any(c.dep_ == "prep" and c.lower_ in ("at", "by") and any(
        g.dep_ == "pcomp" for g in c.children) for c in verb.children)


def defends_own_choice(verb) -> bool:
    """ "defended its decision": CAMEO 052 defends others' acts, not one's own choices."""
    objects = objects_of(verb)
    return bool(objects) and all(o.pos_ == "NOUN" and any(
        c.dep_ == "poss" and c.lower_ in OWN for c in o.children) for o in objects)


def commits_to_no_act(verb) -> bool:
    """Devotion to a cause, no pledge (:func:`_committed_to_no_act`)."""
    return _committed_to_no_act(verb, objects_of(verb))


def pledges_ritual_loyalty(verb) -> bool:
    """Allegiance pledged to a flag or a nation (:func:`_ritual_loyalty`)."""
    return _ritual_loyalty(verb, objects_of(verb))


def hosts_no_guest(verb) -> bool:
    """Whether "host" (spaCy Token) receives no guest for talks: a show or contest hosted
    ("hosted the Emmys", :func:`_hosts_a_show`), or people sheltered as a country's guests
    ("hosts 3.6 million refugees", a counted crowd), also when what is hosted is the noun
    a relative clause describes ("the parties he hosted"). The lexicon's object_required entry
    for "host" keeps only meetings and actors as what is hosted."""
    objects = objects_of(verb)
    if not objects and verb.dep_ == "relcl" and any(
            c.dep_ == "nsubj" and c.tag_ not in ("WP", "WDT") for c in verb.children):
        objects = [verb.head]  # "the 25 holiday parties he hosted": what the clause describes
    return _hosts_a_show(verb, objects) or any(c.dep_ == "dobj" and (
        c.lemma_.lower() in SHELTERED_PEOPLE or any(g.dep_ == "nummod" for g in c.children))
        for c in verb.children)


def _no_one_killed(verb, objects: list) -> bool:
    """ "the deal had been killed by the Pentagon" (a plan dropped); "disasters which killed
    102 people", "the virus killed thousands" (no one kills): no assault."""
    if objects and all(o.pos_ == "NOUN" and o.lemma_.lower() in KILLED_PLANS for o in objects):
        return True
    doers = [antecedent(c) for c in verb.children if c.dep_ == "nsubj"]
    doers += [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    return bool(doers) and all(d.pos_ == "NOUN" and d.lemma_.lower() in DISASTERS for d in doers)


def _committed_to_no_act(verb, objects: list) -> bool:
    """ "a firm committed to racial equality": devotion to a cause, no pledge of any act the
    lexicon codes. A pledge keeps its sense when what it commits to is an event ("committed
    itself to the ceasefire") or a deed ("committed to cutting its emissions")."""
    from .coding import sense_for_noun  # coding asks senses, which ask this module
    if any(o.dep_ == "dobj" for o in objects):
        # "committed troops to the mission"; "committed themselves to a settlement" pledges
        return False
    aims = [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "to"
            for g in c.children if g.dep_ in ("pobj", "pcomp")]
    # a deed committed to ("committed to cutting its emissions") is a pledge of an act
    return bool(aims) and all(a.pos_ in ("NOUN", "PROPN") and sense_for_noun(a) is None
                              for a in aims)


def _voters_of(verb) -> list:
    """Who votes: the subject, else up a control chain the one controlling it ("parents
    would be willing to vote" -> parents, "trick Americans into voting" -> Americans)."""
    if verb.dep_ == "relcl":
        # "jurors who voted": the antecedent; "in October, when voters were backing her": its own
        own = [c for c in verb.children if c.dep_ == "nsubj" and c.tag_ not in ("WP", "WDT")]
        return own or [verb.head]
    token = verb
    for _ in range(4):
        doers = [c for c in token.children if c.dep_ == "nsubj"]
        if not doers and token.dep_ == "acl" and token.tag_ == "VBG":
            return [token.head]  # "voters showing up at the polls": the noun it describes
        purpose = token.dep_ == "advcl" and any(c.tag_ == "TO" for c in token.children)
        if doers or not (purpose or token.dep_ in ("xcomp", "acomp", "pcomp", "prep")) \
                or token.head is token:
            break  # a purpose ("showed up to vote") is done by the one who went
        if token.dep_ == "pcomp":  # "tricked them into voting": the object votes
            objects = [c for c in token.head.head.children if c.dep_ == "dobj"]
            if objects:
                return objects
        token = token.head
    if token.dep_ == "relcl" and any(d.tag_ in ("WP", "WDT") for d in doers):
        return [token.head]  # "jurors who are reluctant to vote": the antecedent votes
    return doers


def _ordinary_voters(verb) -> bool:
    """ "voters voted for Cruz", "millions of Americans voted", "people who voted in person",
    "parents would be willing to vote for a candidate", "jurors voted against it": the
    electorate or a jury, whose votes back or reject no party of their own. A named doer
    ("the Senate voted", "Russia voted against") keeps the vote."""
    doers = [_whole(d) if d.lower_ not in ("millions", "thousands", "hundreds") else next(
        (g for p in d.children if p.dep_ == "prep" and p.lower_ == "of"
         for g in p.children if g.dep_ == "pobj"), d) for d in _voters_of(verb)]
    return bool(doers) and all(
        (d.lemma_.lower() in VOTERS or d.lower_.rstrip("s") in VOTERS) and d.tag_ in
        ("NNS", "NNPS", "NNP", "NN", "WP", "DT") and d.ent_type_ in ("", "NORP") for d in doers)


def _electorate_backs(verb) -> bool:
    """ "black voters were backing Clinton", "voters prefer to back a winner", "started
    supporting him with their vote": the electorate's backing, as its votes, is no act of
    one party towards another."""
    doers = [_whole(d) for d in _voters_of(verb)]
    if doers and all(d.lemma_.lower() in ELECTORATE and d.ent_type_ in ("", "NORP") for d in doers):
        return True  # voters, not any people: "the people in the room would not support him"
    by_vote = any(c.dep_ == "prep" and c.lower_ == "with" and any(
        g.lemma_.lower() in ("vote", "ballot") for g in c.children if g.dep_ == "pobj")
        for c in verb.children)
    return by_vote and bool(doers) and all(d.tag_ in ("NNS", "NNPS") for d in doers)


def _share_of_group(token) -> bool:
    """Whether a doer is a share of a group: "60 percent", "a majority of voters", or a
    noun counted by one ("Democrats" in "73 percent of Democrats")."""
    if _share(token):
        return True
    return token.dep_ == "pobj" and token.head.lower_ == "of" and (
        _share(token.head.head) or token.head.head.lower_ in ("most", "many", "few"))


def poll_respondents(verb) -> bool:
    """ "60 percent of Velorians now back Varn", "73 percent of Democrats who said they had
    supported Sanders": a share of a group holding a view is a poll's finding, no act of
    one party towards another. A pronoun in a clause told by a "who" clause stands for the
    noun the clause describes."""
    doers = []
    for doer in _voters_of(verb):
        if doer.pos_ == "PRON" and verb.dep_ == "ccomp" and verb.head.dep_ == "relcl":
            doer = verb.head.head  # "Democrats who said they had supported": the Democrats
        doers.append(doer)
    return bool(doers) and all(_share_of_group(d) for d in doers)


def _hosts_a_show(verb, objects: list) -> bool:
    """Whether "host" (spaCy Token) has a show as its object: "hosted the Emmys", or a name
    described after a comma ("hosted 'Taradise', the half-hour show", which the parser
    hangs on the verb as a second object or an adverbial noun, and may type the name
    as a person's)."""
    if not objects:
        return False
    first = min(objects, key=lambda o: o.i)
    described = [c for c in verb.children if c.dep_ in ("dobj", "npadvmod", "appos")
                 and c.i > first.i and _show(c) and any(
                     t.text == "," for t in verb.doc[first.i:c.left_edge.i])]
    return bool(described) or all(_show(o) for o in objects)


def invites_to_a_show(verb) -> bool:
    """Whether "invite" (spaCy Token) asks guests to a show or a party ("able to invite twice
    as many guests to a party", "invited fans to the premiere"): hospitality, no talks."""
    return any(c.dep_ == "prep" and c.lower_ == "to" and any(
        g.dep_ == "pobj" and _show(g) for g in c.children) for c in verb.children)


def _show(token) -> bool:
    """Whether a hosted object is a show or contest ("the Emmys", "an awards show")."""
    return token.lower_ in SHOWS or (token.pos_ == "NOUN" and token.lemma_.lower() in SHOWS) \
        or any(c.dep_ == "appos" and _show(c) for c in token.children)  # "'Taradise', the show"


def _ritual_loyalty(verb, objects: list) -> bool:
    """ "pledged allegiance to the flag", "swore an oath": loyalty pledged to a symbol or
    to no one, no agreement with any party. Allegiance to a party ("to the Islamic State",
    "to the group") is kept, and the lexicon codes it as support."""
    if not any(o.lemma_.lower() in LOYALTY for o in objects):
        return False
    owed = [g for o in objects for t in (o, verb) for p in t.children
            if p.dep_ == "prep" and p.lower_ == "to" for g in p.children if g.dep_ == "pobj"]
    return all(g.pos_ == "NOUN" and g.lemma_.lower() in SYMBOLS and not g.ent_type_
               for g in owed)


# where patients are let go from, and what is done to them before: "treated and released"
CARE_PLACES = {"hospital", "clinic", "infirmary", "care", "icu"}
CARE_VERBS = {"treat", "examine", "hospitalize", "hospitalise", "evaluate", "admit", "stabilize"}


def discharges_a_patient(verb) -> bool:
    """Whether "release" (spaCy Token) lets a patient go home: "was treated at a hospital
    and released", "released from the hospital"; a release from custody stays one."""
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ == "from" and \
                any(o.lemma_.lower() in CARE_PLACES for o in child.children if o.dep_ == "pobj"):
            return True
    joined = ([verb.head] if verb.dep_ == "conj" else []) + \
        [c for c in verb.children if c.dep_ == "conj"]
    return any(v.lemma_.lower() in CARE_VERBS for v in joined)


# what a state recognizes when recognition is a political act: a party, or a claim of one
RECOGNIZED_CLAIMS = {"independence", "sovereignty", "government", "state", "statehood",
                     "regime", "authority", "legitimacy", "election", "result", "annexation",
                     "claim", "border", "jurisdiction", "territory", "republic", "union",
                     "marriage", "right", "genocide", "leadership", "president", "victory"}


def recognizes_a_fact(verb) -> bool:
    """Whether "recognize" (spaCy Token) acknowledges a fact or a problem rather than a
    party: its object is neither someone nor a claim of statehood or power ("recognizes
    his credibility problem", "recognized the need for change"), or it takes a clause
    ("recognized that it had failed")."""
    if any(c.dep_ == "ccomp" for c in verb.children):
        return True
    things = [o for o in objects_of(verb) if o.pos_ in ("NOUN", "PROPN", "PRON")]
    return bool(things) and not any(
        o.pos_ in ("PROPN", "PRON") or o.ent_type_ or is_agentive(o) or
        o.lemma_.lower() in RECOGNIZED_CLAIMS for o in things)


# figures and trends one can hail without backing anyone: "hailed the record streak of job growth"
HAILED_FIGURES = {"streak", "growth", "number", "figure", "rate", "gain", "data", "statistic",
                  "recovery", "economy", "increase", "rise", "decline", "drop", "surplus",
                  "earnings", "profit", "sale", "ranking", "rating", "milestone"}


def hails_a_figure(verb) -> bool:
    """Whether praise (spaCy Token: hail, tout, celebrate, ...) is of a figure or trend, no
    one backed: "Obama hailed the record streak of private-sector job growth"."""
    objects = objects_of(verb)
    return bool(objects) and all(o.lemma_.lower() in HAILED_FIGURES for o in objects)


# prepositions and adverbs that measure a change: "declined in almost every state", "fell by a third"
CHANGE_PREPS = {"by", "to", "from", "among", "across", "in"}
CHANGE_ADVERBS = {"sharply", "steeply", "slightly", "steadily", "significantly", "dramatically",
                  "markedly", "further", "somewhat", "substantially", "modestly", "considerably"}
# what one says in, not where a figure changes: "declined in a statement"
SAID_IN = {"statement", "interview", "email", "letter", "response", "reply", "call", "message"}


def falls_in_number(verb) -> bool:
    """ "turnout declined in almost every state", "it declined sharply": a figure falling,
    no one refusing. A refusal takes an object or an act ("declined the offer", "declined to
    comment") or stands bare ("asked about it, he declined")."""
    if any(c.dep_ in ("dobj", "xcomp", "ccomp", "nsubjpass") for c in verb.children):
        return False
    return any(
        (c.dep_ == "prep" and c.lower_ in CHANGE_PREPS and not any(
            g.lemma_.lower() in SAID_IN for g in c.children if g.dep_ == "pobj"))
        or (c.dep_ == "advmod" and c.lower_ in CHANGE_ADVERBS)
        or (c.dep_ == "npadvmod" and c.lemma_.lower() in ("percent", "%", "point"))
        for c in verb.children)


# what a camera or a text captures, not a place or people seized: "a screen image captured by"
PICTURES = {"image", "photo", "photograph", "picture", "video", "footage", "screenshot", "screengrab",
            "moment", "scene", "attention", "imagination", "mood", "spirit", "essence", "likeness",
            "recording", "shot", "snapshot", "view", "sound", "feeling", "frustration", "anger",
            "portrait", "selfie", "headshot", "clip"}


def captures_a_picture(verb) -> bool:
    """ "a screen image captured by the site", "the video captured the moment", "captured
    the public's imagination": an image taken or a mood caught, nothing seized by force."""
    things = list(objects_of(verb))
    if verb.dep_ == "acl":
        things.append(verb.head)  # "an image captured by": the noun the participle describes
    things += [c for c in verb.children if c.dep_ == "nsubjpass"]
    return any(t.lemma_.lower() in PICTURES and not t.ent_type_ for t in things)


# lemma -> the checks of this module that find it used in an everyday sense
EVERYDAY_CHECKS = {
    **{verb: (hails_a_figure,) for verb in ("hail", "tout", "celebrate", "praise", "laud", "applaud")},
    "release": (discharges_a_patient,), "recognize": (recognizes_a_fact,),
    "recognise": (recognizes_a_fact,),
    "support": (supports_kin, _electorate_backs, poll_respondents),
    "back": (_electorate_backs, poll_respondents), "embrace": (_electorate_backs, poll_respondents),
    **{verb: (_electorate_backs, poll_respondents) for verb in ("oppose", "favor", "favour", "prefer")},
    **{verb: (poll_respondents,) for verb in ("reject", "endorse", "approve", "disapprove")}, "sign": (signs_up,), "call": (calls_staff_back,),
    **{verb: (stops_a_harm,) for verb in ("prevent", "stop", "curb", "halt", "fight", "combat")},
    **{verb: (_allowed_users,) for verb in ALLOWING},
    "kill": (kills_no_one,), "work": (staff_work_together, serves_people), "meet": (couple_met,),
    "vote": (_ordinary_voters,), "host": (hosts_no_guest,), "invite": (invites_to_a_show,),
    "pledge": (pledges_ritual_loyalty,), "swear": (pledges_ritual_loyalty,),
    "contribute": (contributes_a_share,), "occupy": (holds_a_post,),
    "strike": (struck_by_a_thought,), "commit": (commits_to_no_act,),
    "defend": (defends_own_choice,), "justify": (defends_own_choice,),
    "decline": (falls_in_number,), "capture": (captures_a_picture,),
}


def everyday_sense(verb, lemma: str) -> bool:
    """Whether a trigger verb (spaCy Token; ``lemma`` the lemma being looked up) is used in
    an everyday sense of :data:`EVERYDAY_CHECKS`: supporting kin, signing up, calling staff
    back, preventing a disease or harm, a product allowing its users something, a plan
    "killed" or a disaster killing, holding a post, being struck by a thought, devotion to
    a cause, defending one's own choice, staff working together, how a couple met, ordinary
    voters voting, a share of a whole contributed, a show hosted, allegiance pledged to a
    flag."""
    return any(check(verb) for check in EVERYDAY_CHECKS.get(lemma, ()))
