"""Senses of trigger words that tell of no political event.

"fired as coach" is a dismissal, "pleaded guilty" a plea in court, "released 1,100 pages"
a publication, "did not return a message" a courtesy, "declined to comment" a source
keeping quiet. :mod:`storyline.events.coding` asks these before it codes a verb.
"""
from __future__ import annotations

from .actors import is_agentive

# verbs that host someone only when someone is their object: "received 37 percent",
# "received emails" is no visit
PERSON_OBJECT_ONLY = {"receive"}
# "declined to comment / to be interviewed": a source keeping quiet, not a rejection
NO_COMMENT = {"comment", "speak", "say", "discuss", "name", "elaborate", "identify", "interview",
              "confirm", "disclose", "reveal", "specify", "talk", "detail", "quote", "divulge"}
# listeners a speech is given to, not parties met: "spoke to the crowd", "told reporters"
AUDIENCE_NOUNS = {"crowd", "audience", "supporter", "reporter", "journalist", "press", "medium",
                  "media", "gathering", "rally", "student", "voter", "delegate", "convention",
                  "congregation", "viewer", "listener", "reader", "attendee", "graduate",
                  "room", "assembly", "camera", "donor", "fan"}
# what is published, not set free: "released 1,100 pages of emails", "released its figures"
PUBLISHED_THINGS = {"page", "document", "email", "report", "figure", "data", "result", "record",
                    "video", "footage", "transcript", "list", "book", "album", "film", "poll",
                    "survey", "budget", "number", "detail", "information", "text", "letter",
                    "memo", "photo", "image", "tape", "recording", "file", "version", "finding",
                    "ad", "advertisement", "statistic", "return", "schedule", "guideline"}
# what is returned without any political act: "did not return a message", "returned the funds"
RETURNED_COURTESIES = {"message", "call", "email", "comment", "request", "donation", "money",
                       "fund", "contribution", "compliment", "favor", "favour", "phone", "check"}
# pleas in court, not appeals: "pleaded guilty", "pled not guilty"
PLEA_WORDS = {"guilty", "innocent", "not", "no"}
# what is "offered" in words, with nothing given or promised: "offered no details",
# "offered a glimpse of", "offered an explanation"
OFFERED_WORDS = {"detail", "glimpse", "explanation", "comment", "insight", "view", "opinion",
                 "thought", "reason", "evidence", "assessment", "prediction", "answer", "hint",
                 "clue", "defense", "defence", "argument", "criticism", "critique", "take",
                 "perspective", "analysis", "account", "description", "example", "reminder",
                 "window", "preview", "sense", "picture", "idea", "suggestion", "advice",
                 "contrast", "alternative", "lesson", "rebuttal", "response", "justification"}
# what is fired in a shooting ("fired shots", "shots were fired", "fired tear gas")
FIRED_THINGS = {"shot", "round", "bullet", "missile", "rocket", "shell", "mortar", "grenade",
                "gun", "weapon", "salvo", "volley", "gas", "tear gas", "artillery", "cannon",
                "torpedo", "arrow", "flare", "pellet", "projectile", "burst", "barrage",
                "warning shot", "rifle", "pistol", "canister", "munition", "drone"}
# what is won, not taken by force: "captured the nomination", "seized the lead"
PRIZES = {"nomination", "imagination", "attention", "heart", "mind", "vote", "title", "crown",
          "award", "prize", "championship", "majority", "lead", "spotlight", "mood", "moment",
          "headline", "headlines", "trophy", "medal", "medals", "pennant", "cup", "victory",
          "win", "share", "market", "audience", "initiative", "momentum", "opportunity"}
# what is shot with a camera, and where one shoots to without a gun
FILMED_THINGS = {"film", "movie", "scene", "video", "footage", "episode", "picture", "commercial",
                 "documentary", "series", "pilot", "photo", "photograph", "sequel", "clip"}
RISES = {"fame", "stardom", "prominence", "celebrity", "popularity", "top", "number", "lead"}
# common nouns a protest march goes to ("marched to the parliament")
MARCH_DESTINATIONS = {"parliament", "palace", "square", "embassy", "consulate", "ministry",
                      "capital", "city", "centre", "center", "office", "headquarters", "hall",
                      "court", "courthouse", "building", "gate", "border", "street", "station",
                      "residence", "house", "base", "prison", "camp", "town", "village"}
# verbs of fighting or seizing whose object, when it is no one and nothing held by force,
# makes them a figure of speech: "fought the blaze", "captured the imagination", "executed
# a marketing campaign", "battled cancer"
FIGURATIVE_WHEN_THING = {"fight", "battle", "combat", "capture", "execute", "wage"}
# what such verbs are really done to when it is not a person or body: wars and places
FORCE_OBJECTS = {"war", "battle", "insurgency", "rebellion", "uprising", "offensive", "town",
                 "city", "village", "base", "airport", "territory", "position", "stronghold",
                 "bridge", "hill", "port", "ship", "vessel", "tank", "convoy", "outpost",
                 "airfield", "border", "region", "province", "district", "capital", "area",
                 "prisoner", "hostage", "soldier", "fighter", "militant", "rebel", "suspect",
                 "man", "woman", "people", "person", "civilian", "boat", "dhow", "plane",
                 "aircraft", "weapon", "ammunition", "arm", "cache", "oil", "field", "mine"}


def not_an_event_sense(verb, lemma: str) -> bool:
    """Whether a trigger verb (spaCy Token; ``lemma`` the lemma being looked up) is used in
    a sense that is no political event: "was fired as coach" (a person fired, with no
    "at"/"on" target), "released 400 pages", "did not return a message", a byline's
    "contributed", "pleaded guilty", a question asked, a talk about a topic, a figurative
    fight, a regret of one's own deed."""
    if lemma == "ask":
        return asks_question(verb)
    if lemma in ("talk", "speak"):
        return talks_about(verb)
    if lemma in FIGURATIVE_WHEN_THING or lemma == "wag":  # the small model's "waged" -> "wag"
        return figurative_fight(verb)
    if lemma == "regret":
        return regrets_own_deed(verb)
    if lemma == "offer":
        return any(c.dep_ == "dobj" and c.lemma_.lower() in OFFERED_WORDS for c in verb.children)
    if lemma == "fire":
        return fired_not_shooting(verb)
    if lemma == "assure":  # "Clinton is assured of winning 118 delegates": certain to
        return any(c.dep_ == "auxpass" for c in verb.children) and any(
            c.dep_ == "prep" and c.lower_ == "of" for c in verb.children)
    if lemma == "call":  # "Texas was called for Cruz": a race declared, no one phoned
        return any(c.dep_ == "nsubjpass" and c.ent_type_ in ("GPE", "LOC") for c in verb.children)
    if lemma == "shoot":
        return shot_not_fired(verb)
    if lemma == "march":
        return marches_to_a_goal(verb)
    if lemma == "seize":  # "seized on Ryan's comments", "seized the initiative"
        return any((c.dep_ == "prep" and c.lower_ in ("on", "upon") and not any(
            g.ent_type_ in ("DATE", "TIME") for g in c.children))
            or (c.dep_ == "dobj" and c.lemma_.lower() in PRIZES) for c in verb.children)
    if lemma == "release":
        return any(c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in PUBLISHED_THINGS
                   for c in verb.children)
    if lemma == "return":
        return any(c.dep_ == "dobj" and c.lemma_.lower() in RETURNED_COURTESIES
                   for c in verb.children)
    if lemma == "contribute":  # "Jane Doe contributed." closes a byline
        return not any(c.dep_ in ("dobj", "prep", "dative") for c in verb.children)
    if lemma == "plead":
        return any(c.lower_ in PLEA_WORDS and c.dep_ in ("acomp", "advmod", "oprd", "dobj", "neg")
                   for c in verb.children)
    return False


def fired_not_shooting(verb) -> bool:
    """Whether "fire" (spaCy Token) tells of no shooting: someone fired from a job ("was
    fired on June 20", "the fifth coach fired this season", "fired his manager"), "fired
    back with a statement", "it fires him up". A shooting has a weapon or round as its
    object, a target after "at"/"on"/"into", or no object at all ("the troops fired")."""
    children = list(verb.children)
    if any(c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in FIRED_THINGS for c in children):
        return False
    if any(c.dep_ == "prep" and c.lower_ in ("at", "on", "into", "upon", "toward", "towards")
           and not any(g.ent_type_ in ("DATE", "TIME") for g in c.children) for c in children):
        return False
    passive = any(c.dep_ in ("nsubjpass", "auxpass") or (c.dep_ == "aux" and c.lemma_ == "get")
                  for c in children) or (verb.tag_ == "VBN" and verb.dep_ in ("acl", "relcl"))
    particle = any(c.dep_ in ("prt", "advmod") and c.lower_ in ("back", "up", "off") for c in children)
    return passive or particle or any(c.dep_ == "dobj" for c in children)


def shot_not_fired(verb) -> bool:
    """Whether "shoot" (spaCy Token) tells of no gunfire: filming ("most films have been
    shot", "shot the video in Lagos") or a rise ("shot to fame")."""
    for child in verb.children:
        if child.dep_ in ("dobj", "nsubjpass") and child.lemma_.lower() in FILMED_THINGS:
            return True
        if child.dep_ == "prep" and child.lower_ == "to" and any(
                g.lemma_.lower() in RISES for g in child.children):
            return True
    return False


def marches_to_a_goal(token) -> bool:
    """Whether "march" (verb or noun, spaCy Token) heads for a goal rather than a place
    ("Trump's march to the nomination", "marched to victory"): a figure of speech."""
    for prep in token.children:
        if prep.dep_ == "prep" and prep.lower_ in ("to", "toward", "towards"):
            for obj in prep.children:
                if obj.dep_ == "pobj" and obj.pos_ == "NOUN" and not obj.ent_type_ \
                        and obj.lemma_.lower() not in MARCH_DESTINATIONS:
                    return True
    return False


def declines_comment(verb) -> bool:
    """Whether a verb is a source keeping quiet ("declined to comment", "refused to be
    interviewed"): coded as a rejection for the record (CAMEO), but no timeline event."""
    return verb.lemma_.lower() in ("decline", "refuse") and any(
        c.dep_ in ("xcomp", "ccomp") and c.lemma_.lower() in NO_COMMENT for c in verb.children)


def _requests_something(verb) -> bool:
    """Whether "ask" has what a request needs: "asked Xi to visit", "asked for aid"."""
    for child in verb.children:
        if child.dep_ in ("xcomp", "ccomp") and any(g.tag_ == "TO" for g in child.children):
            return True
        if child.dep_ == "prep" and child.lower_ == "for":
            return True
    return False


def asks_question(verb) -> bool:
    """Whether "ask" (spaCy Token) puts a question rather than a request: a quoted question
    (' "That would be you?" Borger asked '), a clause of its own, "asked rhetorically";
    a request has a "to" complement or a "for" object."""
    if _requests_something(verb):
        return False
    if any(c.dep_ in ("dobj", "dative") and c.lemma_.lower() in ("question", "query")
           for c in verb.children):
        return True  # "trying to ask Trump a question"
    # the quoted question may stand as a sentence of its own just before the "asked"
    doc, sent = verb.doc, verb.sent
    if any(t.text == "?" for t in doc[max(sent.start - 3, 0):sent.end]):
        return True
    return any(c.dep_ in ("ccomp", "parataxis") for c in verb.children) or (
        verb.dep_ in ("parataxis", "ccomp") and verb.head.lemma_.lower() not in ("ask",))


def talks_about(verb) -> bool:
    """Whether "talk"/"speak" (spaCy Token) is speech about a topic ("talking about the 2008
    crisis", "he talks about immigration at every rally"), with no one talked with, or a
    speech to an audience ("spoke to the crowd", "speaking to reporters")."""
    preps = {c.lower_ for c in verb.children if c.dep_ == "prep"}
    if "about" in preps and not preps & {"with", "to"}:
        return True
    listeners = [o for c in verb.children if c.dep_ == "prep" and c.lower_ == "to"
                 for o in c.children if o.dep_ == "pobj"]
    return bool(listeners) and all(o.lemma_.lower() in AUDIENCE_NOUNS for o in listeners)


def _held_by_force(token) -> bool:
    """Whether an object can be fought or seized: someone who acts, a name, a war or a place;
    not a prize, even capitalised in a headline ("He Captures GOP Nomination")."""
    if token.lower_ in PRIZES or token.lemma_.lower() in PRIZES:
        return False
    return (token.pos_ in ("PROPN", "PRON") or token.ent_type_ != "" or is_agentive(token)
            or token.lemma_.lower() in FORCE_OBJECTS)


def figurative_fight(verb) -> bool:
    """Whether a verb of fighting or seizing (spaCy Token) is a figure of speech: its object
    (or passive subject) is a thing no one holds by force ("fought the blaze", "captured the
    imagination", "executed a campaign", "waged a lonely battle to force the government")."""
    objects = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    if verb.lower_.startswith("wag"):
        # a war is waged on someone; a "battle to force the government" is a campaign
        purpose = any(c.dep_ in ("advcl", "xcomp") and any(g.tag_ == "TO" for g in c.children)
                      for c in verb.children)
        return purpose or any(any(g.dep_ == "acl" for g in o.children) or any(
            g.dep_ == "amod" and g.lower_ in ("lonely", "long", "uphill", "legal", "political")
            for g in o.children) for o in objects)
    return bool(objects) and not any(_held_by_force(o) for o in objects)


def regrets_own_deed(verb) -> bool:
    """Whether "regret" (spaCy Token) is about the subject's own deed ("regretted supporting
    Obama", "regretted his decision"): self-reproach, not disapproval of another."""
    for child in verb.children:
        if child.dep_ in ("xcomp", "ccomp") and child.tag_ == "VBG":
            return True
        if child.dep_ == "dobj" and (child.tag_ == "VBG" or any(
                g.dep_ == "poss" and g.lower_ in ("his", "her", "its", "their", "my", "our")
                for g in child.children)):
            return True
    return False


QUOTE_MARKS = {'"', "“", "”", "'", "‘", "’", "''", "``"}
# what makes the noun "call" a conversation ("a phone call", "a video call")
PHONE_WORDS = {"phone", "telephone", "video", "conference", "cell", "mobile", "tele"}


def names_someone(token) -> bool:
    """Whether an object names a person, people or a body: a name (an organisation's in the
    singular: "the Oscars" and "the Tony Awards" are shows), a personal pronoun, or a
    noun like "delegation"."""
    if token.ent_type_ in ("PERSON", "GPE", "NORP") or (token.ent_type_ == "ORG" and token.tag_ == "NNP"):
        return True
    if token.tag_ == "NNP" and not token.ent_type_:
        return True  # a name the small model left untyped is most often a person's
    if token.pos_ == "PRON":
        return token.lower_ in ("him", "her", "them", "us", "me", "you", "whom", "who")
    return token.pos_ == "NOUN" and is_agentive(token)


def names_something(verb) -> bool:
    """Whether a naming verb (spaCy Token) gives its object a name or description: "calling
    them pure invention", "called Trump 'unhinged'", "called his actions 'a crucial step'",
    "call the attack an act of terrorism"."""
    for child in verb.children:
        if child.dep_ in ("oprd", "acomp") or (child.dep_ == "prep" and child.lower_ == "as"):
            return True
        if child.dep_ == "xcomp" and not any(g.tag_ == "TO" for g in child.children):
            return True  # not "called on Veloria to release them", a request
        if child.dep_ == "dobj" and any(
                g.dep_ == "appos" and g.left_edge.i > 0 and verb.doc[g.left_edge.i - 1].text in QUOTE_MARKS
                for g in child.children):
            return True
    return False


def phone_call(noun) -> bool:
    """Whether the noun "call" (spaCy Token) is a conversation: a phone or video call, or
    a call with or between parties."""
    return any((c.dep_ in ("compound", "amod") and c.lemma_.lower() in PHONE_WORDS)
               or (c.dep_ == "prep" and c.lower_ in ("with", "between")) for c in noun.children)
