"""Which trigger verbs are used in no political sense: one table from lemma to its checks.

"fired as coach" is a dismissal, "released 400 pages" a publication, "did not return a
message" a courtesy, "hosted the Emmys" a show, "support their families" a household kept.
Each word's rules are small named functions, listed under the lemma in
:data:`SENSE_CHECKS`; the checks of a lemma are asked in turn, and any one that holds
makes the verb no event. The checks live with what they are about: everyday life
(:mod:`~storyline.events.everyday`), views, advice and courts
(:mod:`~storyline.events.stances`), figures and prices (:mod:`~storyline.events.commerce`),
warnings of facts (:mod:`~storyline.events.threats`), speech, travel and force
(:mod:`~storyline.events.senses`), set phrases (:mod:`~storyline.events.idioms`), and the
one-line rules here.
:mod:`storyline.events.coding` asks :func:`not_an_event_sense` before it codes a verb.
"""
from __future__ import annotations

import re

from .actors import is_agentive
from .arguments import objects_of
from .commerce import (BUSINESS_SITES, beats_a_figure, charges_a_price, closes_own_sites,
                       meets_a_figure, repays_a_debt, spares_a_failure)
from .everyday import EVERYDAY_CHECKS
from .forms import adjective_form
from .idioms import IDIOM_CHECKS
from .senses import (ASKING_VERBS, FIGURATIVE_WHEN_THING, PRIZES, TRAVEL_IDIOM_VERBS,
                     arrests_a_course, asks_question, confirms_nor_denies, figurative_fight,
                     fired_not_shooting,
                     marches_to_a_goal, names_someone, regrets_own_deed, releases_a_thing,
                     shot_not_fired, speaks_out_for_no_one, steps_up_effort, talks_about,
                     threatened_status, travel_idiom)
from .stances import STANCE_CHECKS
from .threats import warns_of_a_fact
from .words import OWN_RUNS, PEOPLE_SERVED, RACES, RUNS_RULED_OUT

# what is returned without any political act: "did not return a message", "returned the funds"
RETURNED_COURTESIES = {"message", "call", "email", "comment", "request", "donation", "money",
                       "fund", "contribution", "compliment", "favor", "favour", "phone", "check"}
# a business of one's own, set up as one settles: "set up shop there"
OWN_BUSINESS = {"shop", "business", "company", "firm", "subsidiary", "headquarters", "practice"}
# what marks a business as shared between parties: "a joint company"
JOINT_WORDS = {"joint", "shared", "common", "bilateral"}
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
# papers and choices one reads or weighs: "examining contracts", "examined the options"
# studies them; evidence, a site or a deed examined is still an investigation
STUDIED_PAPERS = {"contract", "document", "paper", "record", "file", "book", "account",
                  "email", "letter", "report", "data", "datum", "proposal", "plan", "option",
                  "bill", "budget", "text", "draft", "figure", "result", "application",
                  "request", "offer", "idea", "question", "issue", "matter", "possibility",
                  "way", "measure", "scenario", "alternative", "law", "rule", "policy"}
# what a dam, a plant or a pipe lets out, and the measures of it ("amounts of water")
FLOWS = {"water", "flow", "floodwater", "discharge", "wastewater", "sewage", "steam",
         "effluent", "runoff"}
MEASURES = {"amount", "volume", "quantity", "litre", "liter", "gallon", "cubic", "ton",
            "tonne", "metre", "meter"}
# what is "met" when no one is: "does not meet the requirements", "met its target"
MET_THINGS = {"requirement", "standard", "criterion", "criteria", "goal", "target",
              "deadline", "need", "expectation", "threshold",
              "obligation", "quota", "benchmark", "test", "challenge", "cost", "definition",
              "qualification", "eligibility", "payroll", "end", "fate", "death"}
# what a court or vote "strikes down": rules, not people
STRUCK_DOWN = {"law", "ruling", "order", "power", "rule", "ban", "measure", "regulation",
               "provision", "statute", "policy", "mandate", "decision", "act", "bill",
               "requirement", "restriction", "limit", "amendment", "map", "plan", "tariff"}
# what is deployed when no force is: "deployed a state of emergency order", "deployed its app"
DEPLOYED_FORCES = {"troop", "force", "soldier", "police", "army", "military", "ship",
                   "warship", "missile", "system", "unit", "personnel", "guard", "officer",
                   "aircraft", "jet", "plane", "drone", "tank", "weapon", "battery", "vessel",
                   "marine", "reservist", "reserve", "battalion", "brigade", "division",
                   "fleet", "carrier", "submarine", "bomber", "fighter", "artillery", "agent",
                   "contingent", "peacekeeper", "mission", "team", "squad", "patrol", "asset"}


def _has_word(verb, word: str) -> bool:
    return any(c.lower_ == word for c in verb.children)


def offers_only_words(verb) -> bool:
    """ "offered no details", "offered an explanation": words, nothing given or promised."""
    return any(c.dep_ == "dobj" and c.lemma_.lower() in OFFERED_WORDS for c in verb.children)


def assured_of_an_outcome(verb) -> bool:
    """ "Clinton is assured of winning 118 delegates": certain to, no one assured."""
    return any(c.dep_ == "auxpass" for c in verb.children) and any(
        c.dep_ == "prep" and c.lower_ == "of" for c in verb.children)


def race_called(verb) -> bool:
    """ "Texas was called for Cruz": a race declared, no one phoned."""
    return any(c.dep_ == "nsubjpass" and c.ent_type_ in ("GPE", "LOC") for c in verb.children)


def seizes_on_words(verb) -> bool:
    """ "seized on Ryan's comments", "seized the initiative": nothing taken by force."""
    return any((c.dep_ == "prep" and c.lower_ in ("on", "upon") and not any(
        g.ent_type_ in ("DATE", "TIME") for g in c.children))
        or (c.dep_ == "dobj" and c.lemma_.lower() in PRIZES) for c in verb.children)


# what one takes control of without force: one's own campaign, a chamber won at the polls,
# the course of a debate ("seized back control of his campaign", "took control of the House")
UNFORCED_CONTROL = {"campaign", "company", "firm", "board", "agenda", "narrative", "debate",
                    "conversation", "message", "process", "situation", "destiny", "life",
                    "future", "story", "fate", "party", "house", "senate", "chamber",
                    "congress", "parliament", "majority", "race", "game", "match", "business",
                    "brand", "account", "budget", "finance", "finances", "portfolio"}


def controls_no_ground(verb) -> bool:
    """ "seized back control of his campaign", "took control of the House": control of
    something that is no place, force or people, taken without force."""
    for noun in (c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() == "control"):
        owned = [g for p in noun.children if p.dep_ == "prep" and p.lower_ == "of"
                 for g in p.children if g.dep_ == "pobj"]
        if owned and all(g.lemma_.lower() in UNFORCED_CONTROL for g in owned):
            return True
    return False


# what is called without anyone being phoned: "called a strike", "called a snap election"
CALLED_EVENTS = {"strike", "meeting", "election", "vote", "reservist", "ceasefire", "truce",
                 "halt", "summit", "referendum", "session", "talk", "boycott", "protest",
                 "rally", "hearing", "conference", "recess", "timeout", "shot"}


def calls_it_something(verb) -> bool:
    """Whether "call" (spaCy Token) names or judges rather than phones: "called the report
    fake", "called Putin a killer" (an object complement), "called the idea ... a
    ridiculous proposition" (a thing no one phones as its object)."""
    children = list(verb.children)
    if any(c.dep_ == "oprd" for c in children):
        return True
    if any(c.dep_ == "prt" or (c.dep_ == "advmod" and c.lower_ in ("off", "out", "up")) for c in children):
        return False  # "called off the crackdown", "called up reservists": the phrasal verb's sense
    objects = [c for c in children if c.dep_ == "dobj"]
    return bool(objects) and all(
        o.pos_ == "NOUN" and not o.ent_type_ and not is_agentive(o)
        and o.lemma_.lower() not in CALLED_EVENTS for o in objects)


# what is struck without a blow: "strike the right balance", "struck a chord"
STRUCK_NOTES = {"balance", "chord", "tone", "note", "pose", "nerve", "figure", "match",
                "compromise", "bargain", "posture", "attitude"}


def strikes_a_note(verb) -> bool:
    """ "strike the right balance", "struck a conciliatory tone": no one hit."""
    return any(o.lemma_.lower() in STRUCK_NOTES for o in objects_of(verb))


def fights_for_people(verb) -> bool:
    """ "will fight for the American people and their families": a cause championed, no
    fighting; "fought for independence" (no one as what is fought for) stays a fight."""
    if any(c.dep_ == "dobj" for c in verb.children):
        return False
    causes = [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "for"
              for g in c.children if g.dep_ == "pobj"]
    return bool(causes) and all(is_agentive(g) or g.ent_type_ in ("PERSON", "NORP")
                                or g.lemma_.lower() in PEOPLE_SERVED
                                for g in causes)


# what rivals battle each other for: a place in a race, not a cause. A place won, unlike
# words.RACES (the race itself) and words.PEOPLE_SERVED (a cause), so kept apart
RACE_PLACES = PRIZES | {"spot", "place", "position", "seat", "slot", "lead", "berth", "edge",
                        "support", "endorsement", "job", "post", "top", "presidency"}


def fights_for_a_place(verb) -> bool:
    """ "battling Carson for the top spot", "fighting Cruz for the nomination": a race run
    against a rival, no blow and no criticism."""
    return any(c.dep_ == "prep" and c.lower_ == "for" and any(
        g.dep_ == "pobj" and g.lemma_.lower() in RACE_PLACES for g in c.children)
        for c in verb.children)


# what a player blasts, slams or hammers: the ball, not a rival
PLAYS = {"shot", "ball", "goal", "homer", "run", "dunk", "kick", "penalty", "pointer", "three",
         "drive", "serve", "ace", "header", "volley", "free", "double", "triple", "single",
         "puck", "pitch", "try", "touchdown", "pass", "winner", "equaliser", "equalizer",
         "punt", "kickoff", "interception", "fumble", "rebound", "corner"}
# a score told as two numbers ("120-90")
SCORE = re.compile(r"^\d+[-\u2013]\d+$")


def scores_in_play(verb) -> bool:
    """ "blasted a shot past the keeper", "hammered home a dunk", "hammered the Lakers
    120-90": a play or a score, no criticism."""
    if any(o.lemma_.lower() in PLAYS for o in objects_of(verb)):
        return True
    if any(c.dep_ in ("advmod", "prt") and c.lower_ == "home" for c in verb.children):
        return True
    return any(SCORE.match(t.text) or (t.like_num and t.i + 2 < len(t.doc) and t.nbor(1).text in "-\u2013"
                                      and t.nbor(2).like_num) for t in verb.subtree)


# what is accepted with no terms agreed: an interview, a call, a prize or a post
ACCEPTED_THINGS = {"interview", "call", "question", "award", "prize", "honor", "honour", "job",
                   "position", "post", "role", "donation", "contribution", "check", "gift",
                   "money", "fund", "payment", "scholarship", "fellowship"}


def accepts_no_terms(verb) -> bool:
    """ "accepted interviews with ABC News", "accepted the award": nothing agreed between
    parties; "accepted the ceasefire terms" stays an agreement."""
    objects = objects_of(verb)
    return bool(objects) and all(o.lemma_.lower() in ACCEPTED_THINGS for o in objects)


# what a rival is kept from in a race: a win, not a freedom. Verbs of winning, unlike
# RACE_PLACES (the nouns of what is won), so kept apart
RACE_OUTCOMES = {"win", "clinch", "secure", "capture", "get", "reach", "become", "take", "gain",
                 "earn", "claim", "lock"}


def keeps_from_a_win(verb) -> bool:
    """ "spending millions to prevent the businessman from winning the primaries": a race
    run against him, no one coerced; "prevented refugees from entering" stays."""
    return any(c.dep_ == "prep" and c.lower_ == "from" and any(
        g.dep_ == "pcomp" and g.lemma_.lower() in RACE_OUTCOMES for g in c.children)
        for c in verb.children)


def denies_a_prize(verb) -> bool:
    """ "confident that she can deny Sanders the nomination": a race won, no refusal."""
    return any(c.dep_ in ("dobj", "dative") and c.lemma_.lower() in RACE_PLACES
               for c in verb.children)


def burns_by_itself(verb) -> bool:
    """ "more homes will burn", "refugees should burn alive": a fire, no one setting it; an
    arson has an object ("burned the mosque") or a passive subject ("was burned")."""
    return not any(c.dep_ in ("dobj", "nsubjpass", "auxpass", "prt") for c in verb.children)


# verbs of running for office ("ruled out making a bid", "ruled out running")
RUNNING_VERBS = {"run", "make", "seek", "enter", "challenge", "mount", "launch", "join"}


def leaves_a_race(verb) -> bool:
    """ "is planning to withdraw from her House reelection race", "withdrew his name from
    the ballot", "ruled out making a bid", "ruled out a run": a candidacy, no retreat or
    refusal between parties."""
    ends = [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "from"
            for g in c.children if g.dep_ == "pobj"] + objects_of(verb)
    # "ruled out early elections" refuses a vote to others; "ruled out a run" is one's own
    races = RACES if verb.lemma_.lower() in ("withdraw", "surrender") else RUNS_RULED_OUT
    if any(e.lemma_.lower() in races for e in ends):
        return True
    return any(c.dep_ in ("xcomp", "dobj", "pcomp") and c.tag_ == "VBG" and c.lemma_.lower() in RUNNING_VERBS
               for c in verb.children)


# media one is called or phoned into for an interview
SHOWS = {"network", "show", "program", "programme", "station", "radio", "channel", "broadcast",
         "newspaper", "outlet", "podcast", "newsroom", "studio"}


def calls_into_a_show(verb) -> bool:
    """ "phoning into multiple networks", "called in to a radio show": an interview given,
    whose words the quotes stage keeps (CAMEO 010 has no PLOVER type), no consultation."""
    if any(c.dep_ == "prep" and c.lower_ == "into" for c in verb.children):
        return True
    ends = objects_of(verb) + [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "to"
                               for g in c.children if g.dep_ == "pobj"]
    return bool(ends) and all(e.lemma_.lower() in SHOWS for e in ends)


def charges_ahead(verb) -> bool:
    """ "charged into the fray", "charged ahead": a rush forward, no charge laid."""
    return any((c.dep_ == "prep" and c.lower_ in ("into", "through", "toward", "towards", "across"))
               or (c.dep_ in ("advmod", "prt") and c.lower_ in ("ahead", "forward", "in", "off"))
               for c in verb.children)


def suspends_own_run(verb) -> bool:
    """ "opted to suspend his campaign": a candidate quits a race, no sanction on anyone."""
    return any(o.lemma_.lower() in OWN_RUNS for o in objects_of(verb))


def sits_without_sit_in(verb) -> bool:
    """A sit-in has no place after "in": "sitting in an empty classroom" is no protest."""
    return not any(c.lower_ == "in" and not any(g.dep_ == "pobj" for g in c.children)
                   for c in verb.children if c.dep_ in ("prep", "prt", "advmod"))


def evacuated_of_themselves(verb) -> bool:
    """ "7 million people evacuated" fled; "were evacuated" were helped, and is kept."""
    return not any(c.dep_ in ("dobj", "nsubjpass", "auxpass", "agent") for c in verb.children)


def meets_a_standard(verb) -> bool:
    """ "does not meet the requirements of the office", "met its target": no one met."""
    return any(c.lemma_.lower() in MET_THINGS for c in objects_of(verb)) or meets_a_figure(verb)


def shuts_down_own_sites(verb) -> bool:
    """ "the carmaker closed down two plants" (:func:`~.commerce.closes_own_sites`)."""
    return _has_word(verb, "down") and closes_own_sites(verb)


def settles_a_business(verb) -> bool:
    """ "parts makers have set up in Romania", "firms willing to set up shop there": a
    business settles, nothing is set up with anyone (no object, or the business's own
    site, and no clause naming what was set up)."""
    if not any(c.lower_ == "up" and c.dep_ in ("prt", "advmod") for c in verb.children):
        return False
    objects = objects_of(verb)
    if objects:
        return all(o.lemma_.lower() in BUSINESS_SITES | OWN_BUSINESS for o in objects) \
            and not _set_up_together(verb, objects)
    return verb.dep_ not in ("relcl", "acl")


def _set_up_together(verb, objects: list) -> bool:
    """Whether a business (objects, list[Token]) is set up by several parties together, a deal
    between them: "set up a joint company", "Russia and China set up a firm", "set up a
    company with China"."""
    if any(m.lower_ in JOINT_WORDS for o in objects for m in o.children
           if m.dep_ in ("amod", "compound")):
        return True
    if any(c.dep_ == "nsubj" and any(k.dep_ == "conj" for k in c.children) for c in verb.children):
        return True
    return any(c.dep_ == "prep" and c.lower_ == "with" and any(
        g.pos_ == "PROPN" or g.ent_type_ in ("GPE", "ORG", "NORP") for g in c.children)
        for c in verb.children)


def strikes_down_a_rule(verb) -> bool:
    """ "the court struck down the law": a rule voided, no one hit."""
    return _has_word(verb, "down") and any(
        c.lemma_.lower() in STRUCK_DOWN or (c.pos_ == "NOUN" and not names_someone(c))
        for c in objects_of(verb))


def deploys_no_force(verb) -> bool:
    """ "deployed a state of emergency order", "deployed its app": no force sent."""
    objects = objects_of(verb)
    return bool(objects) and not any(o.lemma_.lower() in DEPLOYED_FORCES
                                     or o.pos_ in ("PROPN", "PRON") for o in objects)


def shelters_in_place(verb) -> bool:
    """ "sheltering in place" takes refuge; "sheltered refugees" aids, and is kept."""
    return not objects_of(verb)


def returns_a_courtesy(verb) -> bool:
    """ "did not return a message", "returned the funds": no political act."""
    return any(c.dep_ == "dobj" and c.lemma_.lower() in RETURNED_COURTESIES
               for c in verb.children)


def returns_a_play(verb) -> bool:
    """ "returned three punts for touchdowns", "returned the serve": a play in a game."""
    return any(o.lemma_.lower() in PLAYS for o in objects_of(verb))


def byline_contribution(verb) -> bool:
    """ "Jane Doe contributed." closes a byline."""
    return not any(c.dep_ in ("dobj", "prep", "dative") for c in verb.children)


def pleads_in_court(verb) -> bool:
    """ "pleaded guilty", "pled not guilty": a plea in court, no appeal."""
    return any(c.lower_ in PLEA_WORDS and c.dep_ in ("acomp", "advmod", "oprd", "dobj", "neg")
               for c in verb.children)


def studies_papers(verb) -> bool:
    """ "prosecutors were examining contracts", "examine the options": papers or choices
    read and weighed, no one investigated ("examined evidence of war crimes" is kept)."""
    objects = objects_of(verb)
    return bool(objects) and all(o.lemma_.lower() in STUDIED_PAPERS for o in objects)


def _receivers(verb) -> list:
    """Who a verb (spaCy Token) gives to: its dative, or its "to"/"for" phrase."""
    return [c for c in verb.children if c.dep_ == "dative" or (
        c.dep_ == "prep" and c.lower_ in ("to", "for"))]


def releases_a_flow(verb) -> bool:
    """ "releases large amounts of water at the dam", "released water from the reservoir":
    a flow let out, with no one it is given to; "released water to the famine-hit north"
    names a receiver and may be aid."""
    objects = objects_of(verb)
    # "large amounts of water": the measure stands for what is measured
    objects = [next((g for p in o.children if p.dep_ == "prep" and p.lower_ == "of"
                     for g in p.children if g.dep_ == "pobj"), o)
               if o.lemma_.lower() in MEASURES else o for o in objects]
    return bool(objects) and not _receivers(verb) and all(
        o.lemma_.lower() in FLOWS for o in objects)


# what a party stretches further rather than hands over ("extended its fishing zone")
REACHES = {"zone", "waters", "border", "boundary", "limit", "territory", "claim", "range",
           "reach", "lead", "streak", "run", "stay", "term", "mandate"}


def extends_a_reach(verb) -> bool:
    """ "extended its fishing zone", "extends its territorial waters": a reach stretched,
    with no one given anything; "extended a loan to Kyiv" names a receiver and may be aid."""
    objects = objects_of(verb)
    return bool(objects) and not _receivers(verb) and all(
        o.lower_ in REACHES or o.lemma_.lower() in REACHES for o in objects)


def _talks_to_no_one(verb) -> bool:
    return talks_about(verb) or speaks_out_for_no_one(verb)


def _each(words, check) -> dict:
    return {word: (check,) for word in words}


# lemma -> the checks of senses, commerce, threats and this module
_OWN_CHECKS = {
    "talk": (_talks_to_no_one,), "speak": (_talks_to_no_one,),
    "regret": (regrets_own_deed,), "offer": (offers_only_words,),
    "fire": (fired_not_shooting,), "assure": (assured_of_an_outcome,),
    "call": (race_called, calls_it_something, calls_into_a_show),
    "phone": (calls_into_a_show,), "telephone": (calls_into_a_show,),
    "shoot": (shot_not_fired,), "march": (marches_to_a_goal,),
    "seize": (seizes_on_words, controls_no_ground), "take": (controls_no_ground,),
    "lock": (seizes_on_words,), "threaten": (threatened_status,), "arrest": (arrests_a_course,),
    "release": (releases_a_thing, releases_a_flow), "sit": (sits_without_sit_in,),
    "evacuate": (evacuated_of_themselves,), "meet": (meets_a_standard,),
    "charge": (charges_a_price, charges_ahead), "suspend": (suspends_own_run,),
    "shut": (shuts_down_own_sites,), "close": (shuts_down_own_sites,),
    "set": (settles_a_business,), "beat": (beats_a_figure,),
    "strike": (strikes_down_a_rule, strikes_a_note),
    "fight": (fights_for_people, fights_for_a_place),
    "battle": (fights_for_people, fights_for_a_place),
    "deploy": (deploys_no_force,), "warn": (warns_of_a_fact,),
    "shelter": (shelters_in_place,), "step": (steps_up_effort,),
    "return": (returns_a_courtesy, returns_a_play),
    "muster": (deploys_no_force,), "mobilize": (deploys_no_force,), "mobilise": (deploys_no_force,), "contribute": (byline_contribution,),
    "plead": (pleads_in_court,), "examine": (studies_papers,), "inspect": (studies_papers,),
    "extend": (extends_a_reach,),
    "blast": (scores_in_play,), "slam": (scores_in_play,), "hammer": (scores_in_play,),
    "pound": (scores_in_play,), "accept": (accepts_no_terms,),
    "withdraw": (leaves_a_race,), "rule": (leaves_a_race,), "surrender": (leaves_a_race,),
    "deny": (denies_a_prize, confirms_nor_denies), "confirm": (confirms_nor_denies,),
    "burn": (burns_by_itself,), "pay": (repays_a_debt,), "repay": (repays_a_debt,),
    "prevent": (keeps_from_a_win, spares_a_failure), "stop": (keeps_from_a_win, spares_a_failure),
    "block": (keeps_from_a_win,),
}


def _joined(*tables: dict) -> dict:
    """One table from several: each lemma's checks in the order the tables are given."""
    out: dict = {}
    for table in tables:
        for lemma, checks in table.items():
            out[lemma] = out.get(lemma, ()) + tuple(checks)
    return out


# every lemma with a rule that can make it no event: stances first, then everyday life,
# then the rules of speech, travel, force and business
SENSE_CHECKS = _joined(
    STANCE_CHECKS, EVERYDAY_CHECKS, _each(ASKING_VERBS, asks_question),
    # the small model reads "waged" as "wag"
    _each(FIGURATIVE_WHEN_THING | {"wag"}, figurative_fight),
    _each(TRAVEL_IDIOM_VERBS, travel_idiom), _OWN_CHECKS, IDIOM_CHECKS)


def not_an_event_sense(verb, lemma: str) -> bool:
    """Whether a trigger verb (spaCy Token) is used in a sense that is no political event.

    lemma (str): the lemma being looked up (the small model's lemma may differ from the
    verb's, as with "waged" -> "wag"). True when any check listed for it in
    :data:`SENSE_CHECKS` holds, or when the verb is a participle used as an adjective
    ("star-struck", "the job is demanding").
    """
    return adjective_form(verb) or any(check(verb) for check in SENSE_CHECKS.get(lemma, ()))
