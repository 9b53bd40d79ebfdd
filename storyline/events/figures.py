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
from .actors import FIRMS, entity_of, is_agentive
from .arguments import PLACE_LABELS, is_place
from .words import REFLEXIVES, TRIP_COMPANIONS, VIOLENCE_LEMMAS

if TYPE_CHECKING:  # extract imports this module
    from .extract import Finding

# kinds of event whose place is often named before the noun ("the Benghazi attack")
SITED_TYPES = {"ASSAULT", "COERCE", "PROTEST"}
# gatherings and the pacts made at them, named after the city that hosted them ("the Paris
# agreement", "the Copenhagen climate summit"): the city is no party to them
SITED_NOUNS = {"agreement", "accord", "accords", "deal", "treaty", "protocol", "summit",
               "conference", "talks", "talk", "negotiation", "declaration", "convention",
               "process", "meeting", "rally"}  # lemmas: "talks" is read as "talk"
PLACE_PREPS = {"in", "at", "near", "outside", "inside"}
# bodies whose meetings are their own ("a meeting of the council"), not meetings with them
BODY_NOUNS = {"association", "council", "committee", "coalition", "party", "assembly",
              "congress", "board", "club", "union", "organization", "organisation", "society",
              "caucus", "conference", "parliament", "senate", "cabinet", "commission", "forum"}
# between people, with no weapon in sight, these are words, not blows: "Trump attacked his
# rivals", "Cruz's battle with Trump" criticise (CAMEO 111); "Clinton would beat Trump"
# wins a vote, which is no event between states
VERBAL_ATTACKS = {"attack", "fight", "clash", "battle", "hit", "target", "assail", "pound",
                  "offensive", "hammer"}
CONTEST_WINS = {"beat", "defeat", "crush", "trounce"}
# verbs of taking that people in a race use of states and votes ("captured Iowa")
TAKING_WINS = {"capture", "sweep", "carry"}
RIVAL_NOUNS = {"rival", "opponent", "candidate", "critic", "challenger", "contender",
               "frontrunner", "nominee", "incumbent",
               # those who question candidates, whose "attacks" on them are words too
               "questioner", "moderator", "reporter", "journalist", "interviewer", "pundit"}
# what an "attack" aimed at these hits is words ("attacked the tax plan", "her record"; not
# "positions", which are often military), and
# what ads or editorials attack they criticise
WORDS_TARGETS = {"plan", "record", "policy", "proposal", "decision", "remark", "comment",
                 "statement", "speech", "bill", "law", "stance", "idea", "claim",
                 "report", "ruling", "handling", "approach", "strategy", "agenda", "budget",
                 "reform", "nomination", "candidacy", "rhetoric", "tweet", "post", "credibility",
                 "character", "judgment", "judgement", "leadership", "tenure", "response",
                 "view", "comments", "remarks", "policies", "platform", "proposals", "deal",
                 "inexperience", "experience", "temperament", "qualification", "fitness",
                 "worldview", "vision", "message", "argument", "tone", "behavior", "behaviour",
                 "conduct", "honesty", "integrity", "competence", "ignorance", "views", "values"}
WORDS_SOURCES = {"ad", "advertisement", "commercial", "editorial", "column", "op-ed", "article",
                 "tweet", "post", "speech", "campaign", "statement", "letter"}


def one_body(token) -> bool:
    """Whether a noun names one organisation ("the Republican Jewish Coalition", "the
    council"), not several parties ("of Veloria and Karsk", "of foreign ministers")."""
    if token.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in token.children):
        return False
    return token.ent_type_ == "ORG" or token.lemma_.lower() in BODY_NOUNS


def names_site(modifier, places: frozenset = frozenset()) -> bool:
    """Whether a name before a violent noun says where it happened ("the Benghazi attack",
    "the Paris attacks", "the Newtown massacre"), not who did it: a compound name that is
    no people ("Russian invasion"), no person ("the Breivik massacre"), no country ("US
    strikes"); an organisation ("the Hamas attack") only when the text also names it as
    a place ("in Benghazi"), since the small model types many towns as organisations.

    places (set[int]): token indices the entities stage typed as places; it reads a town
    before a modifier ("the Copenhagen climate summit") as a place where spaCy says ORG."""
    if modifier.dep_ != "compound" or modifier.ent_type_ in ("NORP", "PERSON"):
        return False
    ent = entity_of(modifier)
    if load_kb().country_words.get(fold(ent.text if ent is not None else modifier.text)):
        return False
    if modifier.ent_type_ in PLACE_LABELS or modifier.i in places:
        return True
    doc = modifier.doc
    return any(t.text == modifier.text and t.i > 0 and doc[t.i - 1].lower_ in PLACE_PREPS
               for t in doc)


def is_person(token, persons: set) -> bool:
    """A named person ("Mr. Trump") or a rival in a race; "pirates" or "protesters" are
    groups whose clashes are real ones."""
    named = token.pos_ in ("PROPN", "PRON") and (token.i in persons or token.ent_type_ == "PERSON")
    return named or token.lemma_.lower() in RIVAL_NOUNS


# doers whose fighting is armed whoever they fight ("rebels fighting Assad")
ARMED_DOERS = {"general", "commander", "rebel", "militant", "insurgent", "force", "troop", "army", "soldier", "fighter",
               "militia", "guerrilla", "jihadist", "gunman", "separatist", "paramilitary"}


# verbs whose attack noun is an armed operation whoever it targets: words are not
# "planned by generals", "launched" or "repelled" ("The attack on Kyiv was planned by ...")
OPERATION_VERBS = {"plan", "plot", "launch", "mount", "stage", "order", "carry", "conduct",
                   "execute", "foil", "thwart", "repel", "repulse", "prepare", "coordinate",
                   "mastermind", "claim", "stop", "prevent"}


def _operation_noun(trigger) -> bool:
    """Whether a noun trigger (spaCy Token) is the object of an operation verb, active
    ("planned the attack") or passive ("the attack was planned")."""
    return trigger.pos_ == "NOUN" and trigger.dep_ in ("dobj", "nsubjpass") \
        and trigger.head.lemma_.lower() in OPERATION_VERBS


def _violent(token) -> bool:
    """Whether a word tells of weapons or injuries; a modifier naming a policy's subject
    ("the gun issue", "gun control laws") does not."""
    if token.lemma_.lower() not in VIOLENCE_LEMMAS:
        return False
    return not (token.dep_ == "compound" and token.head.lemma_.lower() not in VIOLENCE_LEMMAS
                and token.head.lemma_.lower() not in ("attack", "man", "fire", "battle", "fight"))


# what one is attacked "for" when the attack is words: something said or a stand taken
SAYING_VERBS = {"say", "suggest", "call", "claim", "describe", "remark", "comment", "tweet",
                "write", "argue", "insist", "propose", "promise", "support", "oppose", "back",
                "endorse", "vote", "refuse", "praise", "defend", "question", "deny", "embrace",
                "flip", "change", "compare", "equate", "dismiss", "refer", "label"}


def _for_saying(trigger) -> bool:
    """ "was attacked by Clinton for suggesting he would stay neutral": blamed for words."""
    return any(c.dep_ == "prep" and c.lower_ == "for" and any(
        g.dep_ == "pcomp" and g.lemma_.lower() in SAYING_VERBS for g in c.children)
        for c in trigger.children)


# what someone is hammered or pounded "with" when the blows are words
WORDS_THROWN = {"insult", "criticism", "question", "attack", "ad", "advertisement", "jibe",
                "barb", "taunt", "slur", "accusation", "charge", "allegation", "word", "tweet",
                "remark", "comment", "invective", "abuse", "complaint", "lawsuit", "subpoena",
                "demand", "request", "claim", "rhetoric", "letter", "email", "call", "message"}


def _with_words(trigger) -> bool:
    """ "has hammered Carson with insults": the blows are the words it is done with."""
    return any(c.dep_ == "prep" and c.lower_ == "with" and any(
        g.dep_ == "pobj" and g.lemma_.lower() in WORDS_THROWN for g in c.children)
        for c in trigger.children)


def _attack_of_words(trigger) -> bool:
    """ "pressing his attack that Clinton is not qualified" (what the attack says), "his
    attack on her qualifications" (aimed at a record or a view): an attack noun of words."""
    doc = trigger.doc
    after = doc[trigger.i + 1] if trigger.i + 1 < len(doc) else None
    if after is not None and after.lower_ == "that" and after.dep_ == "mark":
        return True
    return any(c.dep_ == "prep" and c.lower_ == "on" and any(
        g.dep_ == "pobj" and g.lemma_.lower() in WORDS_TARGETS for g in c.children)
        for c in trigger.children)


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
    if any(_violent(t) for t in scope) or _operation_noun(trigger):
        return False
    if not finding.nominal and lemma in VERBAL_ATTACKS and (
            any(c.dep_ == "dobj" and c.lemma_.lower() in WORDS_TARGETS for c in trigger.children)
            or _for_saying(trigger) or _with_words(trigger)
            or (trigger.dep_ == "acl" and trigger.head.lemma_.lower() in WORDS_SOURCES)):
        return True  # "attacked the tax plan", "ads attacking Biden"
    if finding.nominal and lemma in VERBAL_ATTACKS and _attack_of_words(trigger):
        return True
    doers = finding.sources or ([trigger.head] if trigger.dep_ in ("acl", "relcl") else [])
    if any(d.lemma_.lower() in ARMED_DOERS for d in doers):
        return False  # "backed rebels fighting Assad": armed men fight with arms
    others = finding.targets + finding.participants
    # a lone surname the tagger took for an organisation ("Trump's attacks on Clinton")
    # still speaks; a state's attacks are blows
    return bool(others) and all(is_person(t, persons) for t in others) and all(
        is_person(s, persons) or (s.pos_ == "PROPN" and s.ent_type_ not in PLACE_LABELS | {"NORP"})
        for s in finding.sources)


# what makes a "battle" or "fight" noun a contest for votes, seats or rulings, no violence
# and no criticism: "a Supreme Court battle", "the election fight", "a legal battle"
CONTEST_MODIFIERS = {"election", "electoral", "legal", "court", "political", "primary",
                     "nomination", "confirmation", "budget", "custody", "ratings", "bidding",
                     "turf", "campaign", "congressional", "senate", "leadership", "policy",
                     "courtroom", "judicial", "partisan", "procedural", "messaging", "pr"}


def contest_noun(finding: Finding) -> bool:
    """Whether a fighting noun names a contest ("the Supreme Court battle to galvanize
    voters", "a legal battle over the will", "the battle in Congress to replace her")."""
    trigger = finding.trigger
    if not finding.nominal or trigger.lemma_.lower() not in ("battle", "fight", "showdown", "clash"):
        return False
    if any(t.lemma_.lower() in VIOLENCE_LEMMAS for t in trigger.sent):
        return False
    mods = [c for c in trigger.children if c.dep_ in ("compound", "amod")]
    if any(m.lemma_.lower() in CONTEST_MODIFIERS for m in mods) or _market_contest(finding):
        return True
    return any(c.dep_ == "prep" and c.lower_ == "in" and any(
        g.lemma_.lower() in ("congress", "senate", "court", "parliament", "house", "legislature")
        for g in c.children) for c in trigger.children)


# what tells that firms fight over a market or a company: "a battle for control as GM buys 15%"
MARKET_WORDS = {"stake", "bid", "takeover", "share", "shareholder", "investor", "merger",
                "acquisition", "buyout", "stock", "price", "market", "buy", "%", "percent",
                "sale", "customer", "rival", "deal"}


def _market_contest(finding: Finding) -> bool:
    """Whether a fighting noun is firms vying for a market or a company ("a full-scale
    battle against Ford Motor Co. for control", "a clash between Ford and GM" told of bids
    and share prices): every party an organisation, none a state or people, and the
    sentence about stakes, bids or shares."""
    parties = finding.sources + finding.targets + finding.participants
    return bool(parties) and all(p.ent_type_ == "ORG" or _firm(p) for p in parties) and any(
        t.lemma_.lower() in MARKET_WORDS or t.lower_ in MARKET_WORDS for t in finding.trigger.sent)


# posts in team sports, which name a player whatever the sport: "free agent first baseman
# Mark Teixeira", "the star quarterback". Words with an everyday sense outside sport are
# left out ("striker" of a hunger strike, a right-"winger", a "bowler" hat)
PLAYER_POSTS = {"baseman", "shortstop", "pitcher", "outfielder", "infielder", "quarterback",
                "linebacker", "halfback", "fullback", "midfielder", "goalkeeper", "goaltender",
                "playmaker", "slugger", "batsman", "footballer",
                "cricketer", "point guard", "tight end", "free agent"}
# kinds of act a team and a player deal in: offers, signings, talks, releases
DEALING_TYPES = {"AGREE", "SUPPORT", "CONSULT", "REQUEST", "REJECT", "CONCEDE", "RETREAT", "AID"}


def plays_for_a_team(token) -> bool:
    """Whether an actor token is named as a player by a team-sport post ("free agent first
    baseman Mark Teixeira", "the Yankees pitcher")."""
    words = [c for c in token.children if c.dep_ in ("compound", "amod", "appos")] + [token]
    lemmas = [w.lemma_.lower() for w in words]
    pairs = {f"{a} {b}" for a, b in zip(lemmas, lemmas[1:])}
    return bool((set(lemmas) | pairs) & PLAYER_POSTS)


def team_deal(finding: Finding) -> bool:
    """Whether a finding is a club's dealing with a player ("the Angels made an eight-year
    offer to free agent first baseman Mark Teixeira"): sport's business, no political act."""
    return finding.sense.type in DEALING_TYPES and any(
        plays_for_a_team(t) for t in finding.sources + finding.targets)


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


# those a candidate's rally gathers: "a rally with supporters"
RALLY_CROWDS = {"supporter", "fan", "crowd", "voter", "follower", "volunteer", "donor", "backer"}


def no_event_between_parties(finding: Finding, persons: set) -> bool:
    """Whether a finding names an occasion rather than an act between parties: "said at a
    tech conference" (a conference with no one it is held with), "Trump held a rally" (a
    person's campaign rally against no one is no protest)."""
    lemma = finding.trigger.lemma_.lower()
    alone = not (finding.targets or finding.participants)
    if lemma == "conference" and finding.nominal:
        return alone
    if finding.sense.cameo == "141" and "rally" in (lemma, *[t.lemma_.lower() for t in finding.extra]):
        # "said at a rally with supporters": the crowd is the rally's own, no one protested at
        led_by_people = all(is_person(s, persons) for s in finding.sources)
        own_crowd = not alone and all(t.lemma_.lower() in RALLY_CROWDS
                                      for t in finding.targets + finding.participants)
        return led_by_people and (own_crowd or (alone and bool(finding.sources)))
    return False


# kinds of event that only someone does: a thing as their doer ("the series speaks to the
# moment", "consumption contributes 60 per cent", "the awards recognise") is a figure of
# speech. Attacks, coercion, demands and accusations are left: bombs kill, laws ban, and
# letters and reports demand and accuse.
DOER_TYPES = {"CONSULT", "AGREE", "SUPPORT", "AID", "COOPERATE", "MOBILIZE", "CONCEDE",
              "RETREAT"}
# things that cannot do those: works, products, figures, illnesses, weather, seasons
THING_DOERS = {"series", "show", "book", "novel", "film", "movie", "album", "song", "episode",
               "documentary", "article", "story", "essay", "poem", "anthology", "collection",
               "award", "prize", "app", "application", "platform", "website", "site",
               "product", "device", "phone", "feature", "tool", "kit", "technology",
               "software", "consumption", "economy", "sector", "market", "season", "game",
               "match", "virus", "disease", "pandemic", "outbreak", "illness", "weather",
               "storm", "hurricane", "rain", "fire", "blaze", "data", "study", "research",
               "survey", "chemical", "compound", "drug", "vaccine", "medicine", "photo",
               "picture", "image", "painting", "music", "exhibition", "moment", "idea",
               "trend", "growth", "demand", "inflation", "price", "rate", "index", "stock",
               "revenue", "profit", "sale", "income", "output", "spending", "cost", "loss",
               "number", "figure", "percentage", "share", "page", "post", "video", "podcast",
               "column", "headline", "title", "name", "word", "phrase"}
# ordinary people whose trips are no visits ("people coming from Gaziabad", "anyone who
# visited the store", "travelers who arrive")
PRIVATE_TRAVELLERS = {"people", "person", "anyone", "anybody", "everyone", "everybody",
                      "someone", "somebody", "individual", "traveler", "traveller", "tourist",
                      "passenger", "visitor", "user", "customer", "shopper", "resident",
                      "family", "commuter", "student", "fan", "guest", "you", "who",
                      "migrant", "refugee", "buyer", "driver", "motorist", "holidaymaker",
                      "patient", "diner", "worker", "employee", "member", "voter",
                      # fighters and recruits travel to a war, they visit no one
                      "fighter", "recruit", "jihadist", "mercenary", "volunteer"}
# firms, by common noun (actors.FIRMS, and the plants they move) or by the word a company's
# name ends in: a firm "coming to Mexico" or "moving to Texas" enters a market or moves a
# plant, it visits no one
MOVING_FIRMS = FIRMS | {"plant", "factory"}
FIRM_NAME_ENDS = {"corp", "corporation", "inc", "incorporated", "ltd", "limited", "llc", "plc",
                  "gmbh", "ag", "co", "motor", "motors", "airlines", "airways", "holdings",
                  "group", "industries", "technologies", "pharmaceuticals", "brands"}
# everyday destinations: a trip there meets no party ("heading to a restaurant")
EVERYDAY_PLACES = {"restaurant", "bar", "pub", "cafe", "shop", "store", "supermarket", "mall",
                   "airport", "beach", "park", "gym", "cinema", "golf", "course", "club",
                   "resort", "home", "hotel", "pool", "salon", "venue", "building"}
# institutions one goes to without an article, as an inmate, patient or pupil ("returned to
# prison", "went to hospital", "heads to school"): no visit to anyone
INSTITUTIONS = {"prison", "jail", "rehab", "hospital", "school", "church", "work", "bed",
                "class", "college", "court", "detox", "hospice"}
# what a private trip is for
LEISURE = {"tourism", "vacation", "holiday", "leisure", "pleasure", "shopping", "sightseeing",
           "honeymoon", "fun", "dinner", "lunch", "work", "school", "treatment", "care"}
# craft that carry a visit ("the warship arrived in Durban")
VEHICLES = {"ship", "vessel", "plane", "aircraft", "warship", "jet", "convoy", "fleet",
            "carrier", "submarine", "flight", "motorcade", "boat", "helicopter", "frigate",
            "destroyer", "cruiser", "train", "delegation"}


def _everyday_place(token) -> bool:
    """Whether a destination is a common everyday place with no name on it ("a restaurant",
    "an airport"; not "the Trump golf course", not "Kremlin")."""
    if token.pos_ != "NOUN" or token.lemma_.lower() not in EVERYDAY_PLACES:
        return False
    named = [c for c in token.children if c.dep_ in ("compound", "poss")] + [
        g for p in token.children if p.dep_ == "prep" and p.lower_ in ("in", "of", "near", "outside")
        for g in p.children if g.dep_ == "pobj"]  # "the airport in Baghdad" names a city
    return not any(t.pos_ == "PROPN" or t.ent_type_ for t in named)


def _thing_subject(token) -> bool:
    """Whether a subject names neither someone nor a craft: "loans", "half of those loans"."""
    if token.pos_ == "NUM" or token.lower_ in ("half", "most", "some", "many", "all"):
        objects = [g for p in token.children if p.dep_ == "prep" and p.lower_ == "of"
                   for g in p.children if g.dep_ == "pobj"]
        return bool(objects) and all(_thing_subject(o) for o in objects)
    return token.pos_ == "NOUN" and not token.ent_type_ and not is_agentive(token) \
        and token.lemma_.lower() not in VEHICLES


# what a reflexive object makes a doer's own affair: "banks fund themselves"
SELF_SERVING_TYPES = {"AID", "SUPPORT"}


# kinds of event that take a stance, which no craft can
STANCE_TYPES = {"AGREE", "SUPPORT", "COOPERATE", "CONCEDE"}


def thing_as_doer(finding: Finding) -> bool:
    """Whether a verb event of a kind only someone does has only things as its doers:
    common nouns of works, products, figures, illnesses or seasons ("the book arrives",
    "the series speaks", "consumption contributes"). A name or pronoun is kept."""
    if finding.nominal or finding.sense.type not in DOER_TYPES or not finding.sources:
        return False
    # a craft carries a visit, aid or troops ("the warship arrived", "helicopters evacuated
    # the wounded") but promises, backs or yields nothing
    things = THING_DOERS | VEHICLES if finding.sense.type in STANCE_TYPES else THING_DOERS
    return all(s.pos_ == "NOUN" and not s.ent_type_ and not is_agentive(s)
               and (s.lemma_.lower() in things or s.lower_ in things)
               for s in finding.sources)


def private_trip(finding: Finding, places: frozenset = frozenset()) -> bool:
    """Whether a visit (CAMEO 042) is an ordinary person's trip: its doer is "people",
    "anyone", "travelers" or the reader ("you"), never a named or official party, or
    everyone it goes with is kin ("flew with his son to Ohio").

    places (set[int]): token indices the entities stage typed as places."""
    if finding.sense.cameo == "040" and finding.trigger.lemma_.lower() == "meet":
        return _meeting_of_strangers(finding)
    if finding.sense.cameo not in ("042", "041"):
        return False  # a trip, or a phone call ("users can make phone calls")
    trigger = finding.trigger
    if any(c.dep_ == "prep" and c.lower_ == "for" and any(
            g.lemma_.lower() in LEISURE for g in c.children) for c in trigger.children):
        return True  # "travel abroad for tourism"
    subjects = [c for c in trigger.children if c.dep_ == "nsubj"]
    if subjects and all(_thing_subject(s) for s in subjects):
        return True  # "half of those loans went to small companies"
    if trigger.lemma_.lower() in ("go", "return", "come", "head", "send") and any(
            g.dep_ == "pobj" and g.lemma_.lower() in INSTITUTIONS and not any(
                d.dep_ in ("det", "poss", "compound") for d in g.children)
            for c in trigger.children if c.dep_ == "prep" and c.lower_ in ("to", "into")
            for g in c.children):
        return True  # "returned to prison in May 1984": custody, no visit
    # a place reached is where the trip goes, not whom it meets ("with his son to Ohio")
    whom = [t for t in finding.targets if not (t is finding.location or is_place(t, places))]
    if whom and all(t.lemma_.lower() in TRIP_COMPANIONS for t in whom):
        return True  # "flew with his son to a rally": a family's trip, to no one named
    ends = [t for t in [finding.location, *finding.targets] if t is not None]
    if ends and all(_everyday_place(t) for t in ends):
        return True  # "heading to a restaurant", "a visit to a golf course"
    if trigger.dep_ == "acl" and trigger.tag_ in ("VBG", "VBN") and not subjects and \
            _thing_subject(trigger.head):
        return True  # "the fighter pipeline going to Iraq", "money going to Kyiv": a flow
    if not finding.sources:
        return False
    if trigger.dep_ in ("relcl", "acl") and trigger.head.lemma_.lower() in PRIVATE_TRAVELLERS:
        return True  # "anyone who visited the store"
    if all(_firm(s) for s in finding.sources):
        return True  # "Toyota Motor Corp. is coming to Texas": a market entered
    return all(s.lemma_.lower() in PRIVATE_TRAVELLERS or s.lower_ in PRIVATE_TRAVELLERS
               or _described_as_private(s) for s in finding.sources)


# what an appositive calls a private person ("John Lee, a retired teacher, visited ...")
PRIVATE_PEOPLE = PRIVATE_TRAVELLERS | {
    "teacher", "retiree", "pensioner", "nurse", "farmer", "mother", "father", "grandmother",
    "grandfather", "housewife", "shopkeeper", "schoolgirl", "schoolboy", "teenager", "woman",
    "man", "girl", "boy", "child", "couple", "widow", "baker", "mechanic", "father-of-two",
    "mother-of-two", "pupil", "carpenter", "plumber", "waiter", "waitress", "cleaner"}


def _described_as_private(token) -> bool:
    """Whether a named doer is described in apposition as a private person ("Ana Ruiz, a
    nurse from Lima, visited the cathedral"): her trip is sightseeing, no state visit."""
    return any(c.dep_ == "appos" and c.lemma_.lower() in PRIVATE_PEOPLE for c in token.children)


def _firm(token) -> bool:
    """Whether a doer is a firm: a common noun like "automaker", or a name ending in a
    company's word ("Toyota Motor Corp.", "Acme Inc")."""
    if token.pos_ == "NOUN":
        return token.lemma_.lower() in MOVING_FIRMS and not any(
            c.dep_ == "compound" and c.ent_type_ in ("GPE", "NORP") for c in token.children)
    if token.ent_type_ != "ORG":
        return False
    name = [t for t in token.doc[token.left_edge.i:token.i + 1] if t.ent_type_ == "ORG"]
    following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    if following is not None and following.ent_type_ == "ORG" and following.dep_ != "punct":
        name.append(following)  # "Acme Inc" parsed with Inc as the head's sibling
    return any(t.lower_.rstrip(".") in FIRM_NAME_ENDS for t in name[1:])


def _meeting_of_strangers(finding: Finding) -> bool:
    """Whether a meeting is between ordinary people ("people who want to meet somewhere",
    "meeting new people"): no party meets another."""
    trigger = finding.trigger
    if trigger.dep_ in ("relcl", "acl") and trigger.head.lemma_.lower() in PRIVATE_TRAVELLERS:
        return True
    if trigger.dep_ == "xcomp" and trigger.head.dep_ == "relcl" and \
            trigger.head.head.lemma_.lower() in PRIVATE_TRAVELLERS:
        return True  # "people who immediately want to meet"
    met = finding.sources + finding.targets + finding.participants
    return bool(met) and all(p.lemma_.lower() in PRIVATE_TRAVELLERS | {"friend", "stranger"}
                             and not p.ent_type_ for p in met)


def done_to_oneself(finding: Finding) -> bool:
    """Whether giving, backing or harm is done to the doer itself ("banks fund themselves
    with cheap money", "support yourself", "killed himself"): no act between parties."""
    if finding.nominal or finding.sense.type not in SELF_SERVING_TYPES | {"ASSAULT"}:
        return False  # "the gunman killed himself": a suicide, no one else harmed
    return any(c.dep_ == "dobj" and c.lower_ in REFLEXIVES for c in finding.trigger.children)
