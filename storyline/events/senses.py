"""Senses of trigger words that tell of no political event.

"fired as coach" is a dismissal, "pleaded guilty" a plea in court, "released 1,100 pages"
a publication, "did not return a message" a courtesy, "declined to comment" a source
keeping quiet. The checks here are listed under their lemmas in the table of
:mod:`storyline.events.sense_checks`, which :mod:`storyline.events.coding` asks before it
codes a verb.
"""
from __future__ import annotations

from .actors import is_agentive
from .arguments import agents
from .courts import trial_of_no_one
from .words import FIRED_THINGS, ILLS

# verbs that host someone only when someone is their object: "received 37 percent",
# "received emails" is no visit
PERSON_OBJECT_ONLY = {"receive"}
# "declined to comment / to be interviewed": a source keeping quiet, not a rejection
NO_COMMENT = {"comment", "speak", "say", "discuss", "name", "elaborate", "identify", "interview",
              "confirm", "disclose", "reveal", "specify", "talk", "detail", "quote", "divulge",
              "predict", "speculate", "estimate", "forecast", "guess", "describe", "explain",
              "characterize", "characterise"}
# auxiliaries of a refusal: "would not discuss a motive", "won't say"
REFUSING_AUX = {"would", "'d", "will", "wo"}
# listeners a speech is given to, not parties met: "spoke to the crowd", "told reporters"
AUDIENCE_NOUNS = {"crowd", "audience", "supporter", "reporter", "journalist", "press", "medium",
                  "media", "gathering", "rally", "student", "voter", "delegate", "convention",
                  "congregation", "viewer", "listener", "reader", "attendee", "graduate",
                  "room", "assembly", "camera", "donor", "fan"}
# a party's own course it declines to go on with: "declined to proceed with the case" drops
# a step of its own, it rejects no one
OWN_COURSE = {"proceed", "pursue", "continue", "prosecute", "press", "appeal", "go"}
ANONYMITY_VERBS = {"name", "identify", "quote", "cite"}  # "asked not to be named"
# what is published, not set free: "released 1,100 pages of emails", "released its figures"
PUBLISHED_THINGS = {"page", "document", "email", "report", "figure", "data", "result", "record",
                    "video", "footage", "transcript", "list", "book", "album", "film", "poll",
                    "survey", "budget", "number", "detail", "information", "text", "letter",
                    "memo", "photo", "image", "tape", "recording", "file", "version", "finding",
                    "ad", "advertisement", "statistic", "return", "schedule", "guideline",
                    "tax", "taxes"}  # the small model lemmatizes "taxes" as "taxis"
# what is won, not taken by force: "captured the nomination", "seized the lead"
PRIZES = {"nomination", "imagination", "attention", "heart", "mind", "vote", "title", "crown",
          "award", "prize", "championship", "majority", "lead", "spotlight", "mood", "moment",
          "headline", "headlines", "trophy", "medal", "medals", "pennant", "cup", "victory",
          "win", "share", "market", "audience", "initiative", "momentum", "opportunity",
          "chance"}
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
# what "step up" raises when it tells of a force posture ("stepped up patrols"), not of
# effort or commitment ("stepped up its commitment", "step up and help")
ESCALATED_THINGS = {"patrol", "security", "presence", "operation", "offensive", "attack",
                    "strike", "raid", "bombing", "shelling", "airstrike", "intervention",
                    "deployment", "alert", "surveillance", "military", "troop", "force",
                    "campaign", "crackdown", "assault", "fighting", "pressure"}
# where "come/go/be brought to" ends in no place: "comes to mind", "come to grips with",
# "came to power", "come to an end", "brought to a halt"
IDIOM_ENDS = {"mind", "grip", "term", "life", "light", "end", "halt", "head", "close",
              "standstill", "conclusion", "realization", "realisation", "fruition", "rescue",
              "aid", "help", "deal", "agreement", "consensus", "understanding", "compromise",
              "power", "pass", "fore", "bear", "attention", "notice", "surface", "rest",
              "nothing", "naught", "blow", "work", "school", "normal", "normalcy", "bed",
              "waste", "pieces", "ruin", "market", "fruit", "sense", "senses"}
TRAVEL_IDIOM_VERBS = {"come", "go", "return", "bring", "get"}
# verbs that put a question, and verbs of answering whose participle clause ("Asked by
# reporters whether ..., X said") tells of an interview, not of a political request
ASKING_VERBS = {"ask", "question", "inquire", "enquire"}
ANSWERING_VERBS = {"say", "tell", "reply", "respond", "answer", "add", "write", "state",
                   "explain", "insist", "decline", "refuse", "note", "acknowledge", "admit",
                   "deny", "confirm", "declare", "stress", "argue", "maintain", "repeat"}
QUESTION_ASKERS = {"reporter", "journalist", "interviewer", "correspondent", "host",
                   "moderator", "anchor", "pollster", "press", "media", "newspaper"}


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
    # "get him fired", "had her fired": someone made to lose a job
    passive = passive or (verb.tag_ == "VBN" and verb.head.lemma_.lower() in ("get", "have")
                          and verb.dep_ in ("ccomp", "xcomp", "oprd"))
    particle = any(c.dep_ in ("prt", "advmod") and c.lower_ in ("back", "up", "off") for c in children)
    return passive or particle or any(c.dep_ == "dobj" for c in children)


# what is released to the public, not from captivity: publications, works, products, figures
RELEASED_THINGS = PUBLISHED_THINGS | FILMED_THINGS | {
    "datum", "forecast", "estimate", "projection", "outlook", "earnings", "guidance", "plan",
    "proposal", "album", "song", "single", "symphony", "track", "record", "trailer", "game",
    "app", "product", "update", "software", "model", "edition", "collection", "anthology",
    "novel", "memoir", "podcast", "series", "show", "documentary", "feature", "vaccine",
    "drug", "design", "map", "chart", "index", "ranking", "rating", "score", "study"}


def releases_a_thing(verb) -> bool:
    """Whether "release" (spaCy Token) frees no one: what it releases is a publication, a
    work or a product ("released its forecast", "released the album", "the data released
    on Monday"), not prisoners, hostages or anyone else held."""
    things = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    if verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.head.pos_ in ("NOUN", "PROPN"):
        things.append(verb.head)  # "the figures released on Monday"
    things = [_noun_before(t) if t.lower_ in ("it", "them") else t for t in things]
    return any(t is not None and (t.lemma_.lower() in RELEASED_THINGS or t.lower_ in RELEASED_THINGS)
               for t in things)


def _noun_before(pronoun):
    """The common noun an object "it" or "them" (spaCy Token) most likely stands for: the
    nearest one before it in its sentence of the same number ("Trump's taxes, insisting
    that he release them" -> taxes); names are passed over. None when there is none."""
    tag = "NNS" if pronoun.lower_ == "them" else "NN"
    for i in range(pronoun.i - 1, pronoun.sent.start - 1, -1):
        if pronoun.doc[i].tag_ == tag and pronoun.doc[i].pos_ == "NOUN":
            return pronoun.doc[i]
    return None


def steps_up_effort(verb) -> bool:
    """Whether "step up" (spaCy Token) raises an effort, not a force posture: no object
    ("firms must step up and help") or one that is no patrol, strike or deployment
    ("stepped up its commitment to free programming")."""
    if not any(c.lower_ == "up" and c.dep_ in ("prt", "advmod") for c in verb.children):
        return False  # "step down", "step aside" are other phrases
    objects = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    return not any(o.lemma_.lower() in ESCALATED_THINGS for o in objects)


def travel_idiom(verb) -> bool:
    """Whether a verb of travel is an idiom, no trip: "comes to mind", "came to grips
    with", "come to power", "when it comes to", "return to normal", "back to work"."""
    if verb.lemma_.lower() == "come" and any(
            c.dep_ == "nsubj" and c.lower_ == "it" for c in verb.children) and any(
            c.dep_ == "advmod" and c.lower_ == "when" for c in verb.children):
        return True  # "when it comes to protecting wildlife"
    for prep in verb.children:
        if prep.dep_ in ("prep", "dative") and prep.lower_ in ("to", "into", "back"):
            ends = [o for o in prep.children if o.dep_ in ("pobj", "pcomp", "prep")]
            ends = [g for o in ends for g in ([o] if o.dep_ != "prep" else o.children)]
            if any(o.lemma_.lower() in IDIOM_ENDS and not o.ent_type_ for o in ends):
                return True
            if ends and all(_no_destination(o) for o in ends):
                return True  # "return to profitability", "returned to the stage"
    return False


# common nouns a trip can end at ("returned to the capital", "went to the talks")
DESTINATIONS = {"city", "capital", "country", "nation", "state", "region", "province", "town",
                "village", "border", "frontier", "area", "zone", "island", "coast", "base",
                "camp", "port", "airport", "embassy", "consulate", "office", "headquarters",
                "palace", "parliament", "capitol", "house", "home", "hospital", "school",
                "court", "courthouse", "prison", "jail", "site", "scene", "front", "frontline",
                "station", "square", "street", "table", "talk", "negotiation", "summit",
                "meeting", "conference", "forum", "venue", "hotel", "building", "hall",
                "ministry", "kremlin", "continent", "homeland", "mainland", "territory",
                "district", "county", "east", "west", "north", "south", "abroad", "there"}


def _no_destination(token) -> bool:
    """Whether the end of a trip (spaCy Token) is no place or party: a common noun that
    names neither ("profitability", "a time when", "the stage"), or a doing ("returned to
    critiquing Sanders": an activity taken up again)."""
    if token.tag_ == "VBG" and token.dep_ == "pcomp":
        return True
    return (token.pos_ == "NOUN" and not token.ent_type_ and not is_agentive(token)
            and token.lemma_.lower() not in DESTINATIONS)


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
    interviewed"), or not to be named ("asked not to be identified", "requested anonymity"):
    coded as a rejection for the record (CAMEO), but no timeline event."""
    lemma = verb.lemma_.lower()
    if lemma in ("ask", "request") and any(
            (c.dep_ == "xcomp" and c.lemma_.lower() in ANONYMITY_VERBS
             and any(g.dep_ == "neg" for g in c.children))
            or c.lemma_.lower() == "anonymity" for c in verb.children):
        return True
    if lemma in NO_COMMENT and _refused(verb):
        return True  # "The police would not discuss a possible motive"
    return lemma in ("decline", "refuse") and any(
        c.dep_ in ("xcomp", "ccomp") and c.lemma_.lower() in NO_COMMENT | OWN_COURSE
        for c in verb.children)


def confirms_nor_denies(verb) -> bool:
    """Whether "deny" or "confirm" (spaCy Token) is joined to the other ("would neither
    confirm nor deny", "declined to confirm or deny reports"): the pair says only that
    nothing is said, no rejection of anything."""
    lemma = verb.lemma_.lower()
    pair = ([verb.head] if verb.dep_ == "conj" else []) + [
        c for c in verb.children if c.dep_ == "conj"]
    return any(p.lemma_.lower() in ("confirm", "deny") and p.lemma_.lower() != lemma for p in pair)


def _refused(verb) -> bool:
    """Whether a verb of telling is refused: "would not" / "won't" on it, and no one it
    would be done with ("would not discuss it with Iran" is talks denied, not silence)."""
    children = list(verb.children)
    return any(c.dep_ == "neg" for c in children) and \
        any(c.dep_ == "aux" and c.lower_ in REFUSING_AUX for c in children) and \
        not any(c.dep_ == "prep" and c.lower_ == "with" for c in children)


def _requests_something(verb) -> bool:
    """Whether "ask" has what a request needs: "asked Xi to visit", "asked for aid"."""
    for child in verb.children:
        if child.dep_ in ("xcomp", "ccomp") and any(g.tag_ == "TO" for g in child.children):
            return True
        if child.dep_ == "prep" and child.lower_ == "for":
            return True
    return False


def asks_question(verb) -> bool:
    """Whether a verb of asking (spaCy Token; ask, question, inquire) puts a question rather
    than a request: "asked whether / what / about ...", the participle clause of an answer
    ("Asked by AFP to confirm ..., Beijing said"), a reporter asking, a quoted question
    (' "That would be you?" Borger asked '), a clause of its own; otherwise a request
    has a "to" complement or a "for" object."""
    if _interview_question(verb):
        return True
    if _requests_something(verb):
        return False
    if any(c.dep_ in ("dobj", "dative") and c.lemma_.lower() in ("question", "query")
           for c in verb.children):
        return True  # "trying to ask Trump a question"
    if any(c.tag_ == "WRB" for c in verb.children) or (
            verb.i + 1 < len(verb.doc) and verb.doc[verb.i + 1].tag_ in ("WRB", "WP")):
        return True  # "Duffey was asked why", "asked how the money was spent"
    # the quoted question may stand as a sentence of its own just before the "asked"
    doc, sent = verb.doc, verb.sent
    if any(t.text == "?" for t in doc[max(sent.start - 3, 0):sent.end]):
        return True
    return any(c.dep_ in ("ccomp", "parataxis") for c in verb.children) or (
        verb.dep_ in ("parataxis", "ccomp") and verb.head.lemma_.lower() not in ("ask",))


def _interview_question(verb) -> bool:
    """The signs of a journalist's question that hold even beside a "to" complement:
    a wh- or "whether" clause or object, "about", an answer's participle clause, an asker
    who is a reporter."""
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
    askers = agents(verb) + [c for c in verb.children if c.dep_ == "nsubj"]
    return any(a.lemma_.lower() in QUESTION_ASKERS for a in askers)


def speaks_out_for_no_one(verb) -> bool:
    """Whether "speak out" (spaCy Token) says something rather than criticises: no "against"
    ("spoke out on Tuesday that GM has submitted a plan", "spoke out about her ordeal")."""
    return any(c.lower_ == "out" and c.dep_ in ("prt", "advmod") for c in verb.children) and \
        not any(c.dep_ == "prep" and c.lower_ == "against" for c in verb.children)


def talks_about(verb) -> bool:
    """Whether "talk"/"speak" (spaCy Token) is speech about a topic ("talking about the 2008
    crisis", "he talks about immigration at every rally"), with no one talked with, or a
    speech to an audience ("spoke to the crowd", "speaking to reporters")."""
    preps = {c.lower_ for c in verb.children if c.dep_ == "prep"}
    if "about" in preps and not preps & {"with", "to"}:
        return True
    if any(c.dep_ == "dobj" and c.lower_ == "way" for c in verb.children):
        return True  # "talked their way out of tough questions": an idiom
    listeners = [o for c in verb.children if c.dep_ == "prep" and c.lower_ == "to"
                 for o in c.children if o.dep_ == "pobj"]
    # "speaks to the moment", "talked to the issue": what is addressed is no one
    return bool(listeners) and all(o.lemma_.lower() in AUDIENCE_NOUNS or not (
        names_someone(o) or o.pos_ == "PRON") for o in listeners)


def _held_by_force(token) -> bool:
    """Whether an object can be fought or seized: someone who acts, a name, a war or a place;
    not a prize, even capitalised in a headline ("He Captures GOP Nomination")."""
    if token.lower_ in PRIZES or token.lemma_.lower() in PRIZES:
        return False
    if token.lower_ in ILLS or token.lemma_.lower() in ILLS:
        return False  # "fight Zika", "fighting the outbreak": an ill, not a foe
    return (token.pos_ in ("PROPN", "PRON") or token.ent_type_ != "" or is_agentive(token)
            or token.lemma_.lower() in FORCE_OBJECTS)


def figurative_fight(verb) -> bool:
    """Whether a verb of fighting or seizing (spaCy Token) is a figure of speech: its object
    (or passive subject) is a thing no one holds by force ("fought the blaze", "captured the
    imagination", "executed a campaign", "waged a lonely battle to force the government")."""
    objects = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    if verb.dep_ == "relcl" and verb.head.pos_ == "NOUN" and not objects and any(
            c.dep_ == "nsubj" and c.lower_ not in ("who", "that", "which") for c in verb.children):
        objects = [verb.head]  # "the diversity of American geography that it captured"
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
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    # "called the protests 'a danger'" read as two objects, or the quoted name hung on a
    # later word: a quotation after the object names it
    return len(objects) > 1 or bool(objects) and _quote_follows(objects[0])


def _quote_follows(token) -> bool:
    """Whether a quotation opens after ``token`` before any comma or verb ("called the idea
    for the rally 'pushback'", not "called Erdogan, saying '...'")."""
    for t in token.doc[token.i + 1:token.sent.end]:
        if t.text in QUOTE_MARKS:
            return True
        if t.text in (",", ";", ":") or t.pos_ in ("VERB", "AUX"):
            return False
    return False


def phone_call(noun) -> bool:
    """Whether the noun "call" (spaCy Token) is a conversation: a phone or video call, or
    a call with or between parties."""
    return any((c.dep_ in ("compound", "amod") and c.lemma_.lower() in PHONE_WORDS)
               or (c.dep_ == "prep" and c.lower_ in ("with", "between")) for c in noun.children)


def threatened_status(verb) -> bool:
    """Whether "threatened" (spaCy Token) is a species' status ("listed the polar bear as
    threatened", "a threatened species"): no one threatens."""
    if verb.tag_ != "VBN":
        return False
    return verb.dep_ in ("amod", "oprd", "acomp") or (
        verb.dep_ == "pobj" and verb.head.lower_ == "as") or (
        verb.dep_ in ("advcl", "xcomp", "ccomp") and any(c.dep_ == "mark" and c.lower_ == "as"
                                                        for c in verb.children))


# what is "arrested" that is a course, not a person: "arrest global warming", "arrest the decline"
ARRESTED_COURSES = {"warming", "decline", "slide", "fall", "drop", "spread", "growth", "trend",
                    "decay", "deterioration", "erosion", "slump", "development", "progress"}


def arrests_a_course(verb) -> bool:
    """ "to arrest global warming": a course halted, no one detained."""
    objects = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    return bool(objects) and all(o.lemma_.lower() in ARRESTED_COURSES for o in objects)


# contests called wars that are no fighting: "a bidding war", "a price war", "culture wars"
TRADE_WARS = {"bidding", "price", "culture", "turf", "talent", "fare", "rating", "ratings",
              "flame", "format", "console", "word", "words", "streaming", "tariff"}


def war_of_commerce(noun) -> bool:
    """Whether "war" (spaCy Token) is a contest of bids, prices or words ("a bidding war
    with higher-revenue teams", "a war of words")."""
    if noun.lemma_.lower() != "war":
        return False
    if any(c.dep_ in ("compound", "amod", "nmod") and c.lower_ in TRADE_WARS for c in noun.children):
        return True
    return any(c.dep_ == "prep" and c.lower_ == "of" and any(
        g.lower_ in ("words", "attrition") for g in c.children) for c in noun.children)


# things an event word before them only describes: "attack ads", "an attack helicopter",
# "protest songs", "the strike team"; the thing is no event
DESCRIBED_THINGS = {"ad", "advertisement", "commercial", "spot", "video", "mailer", "flyer",
                    "line", "mode", "dog", "helicopter", "aircraft", "plane", "jet", "submarine",
                    "boat", "drone", "rifle", "song", "sign", "poster", "slogan", "chant",
                    "banner", "group", "team", "squad", "force", "unit", "fund"}


def noun_not_event(noun, sense) -> bool:
    """Whether a noun trigger (spaCy Token) coded ``sense`` (a Sense, or None) tells of no
    event: a contest called a war (:func:`war_of_commerce`), or a thing the event word
    before it only describes ("Democratic attack ads", :data:`DESCRIBED_THINGS`)."""
    if sense is None:
        return False
    if war_of_commerce(noun) or (sense.key == "trial" and trial_of_no_one(noun)):
        return True  # a trade war; a clinical trial or no one's trial
    return noun.lemma_.lower() in DESCRIBED_THINGS and sense.key != noun.lemma_.lower() and \
        " " not in sense.key
