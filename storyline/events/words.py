"""Word classes shared by the events checks: each fact one named set, read by all its users.

A class used by two checks lives here once (weapons, munitions, diseases, close family,
candidacies); a check that needs a wider or narrower class builds it from these with the
words only it needs, named for what it means, so that a word added to a shared class
reaches every check that reads it. All words are lower-case lemmas unless a comment says
that surface forms ("families") are listed too.
"""
from __future__ import annotations

# words that turn a verb back on its subject ("support yourself", "took himself off")
REFLEXIVES = {"himself", "herself", "itself", "themselves", "oneself", "myself", "ourselves",
              "yourself", "yourselves"}

# --- arms -------------------------------------------------------------------------------

# munitions: both fired ("fired rockets") and harmful on their own ("a rocket killed five")
MUNITIONS = {"bullet", "missile", "rocket", "shell", "mortar", "grenade"}
# devices that explode where they were set: harmful on their own, never fired
EXPLOSIVES = {"bomb", "explosive", "device", "ied", "landmine"}
# arms held by someone: fired, and a sign of violence, but never a doer by themselves
FIREARMS = {"gun", "rifle", "weapon"}

# weapons that do harm without being anyone: "the bomb exploded", "a car bomb killed five";
# the one who set them off is the actor, and when the text names none there is none
WEAPONS = MUNITIONS | EXPLOSIVES
# what is fired in a shooting ("fired shots", "shots were fired", "fired tear gas"): every
# munition and firearm, and the shots, volleys and gas that are not weapons by themselves
FIRED_THINGS = MUNITIONS | FIREARMS | {
    "pistol", "shot", "round", "salvo", "volley", "gas", "tear gas", "artillery", "cannon",
    "torpedo", "arrow", "flare", "pellet", "projectile", "burst", "barrage", "warning shot",
    "canister", "munition", "drone"}
# words that make a sentence tell of violence (its blows are not figures of speech). Of the
# munitions only the two with no everyday sense: a "shell" company and brick "mortar" are
# no violence, so MUNITIONS as a whole is not read here
VIOLENCE_LEMMAS = FIREARMS | {"missile", "rocket", "bomb", "explosive"} | {
    "knife", "shoot", "shot", "stab", "kill", "wound", "injure", "hospital", "dead", "death",
    "police", "arrest", "troop", "soldier", "military", "militant", "army", "gunman",
    "attacker", "injury", "blood", "punch", "assault", "die"}

# --- ills and harms -----------------------------------------------------------------------

# blasts, fires and the forces of nature: harm that is no one's act
CALAMITIES = {"blast", "explosion", "fire", "blaze", "storm", "hurricane", "typhoon", "flood",
              "earthquake", "quake", "landslide", "tornado"}
# diseases and their spread: fought, prevented, and (virus, disease) doers of harm
DISEASES = {"virus", "disease", "epidemic", "pandemic", "outbreak", "infection", "cancer"}
# forces of nature and accidents: no one's act at all ("the quake killed 40", "the blast
# damaged homes"), so no actor either; every actor of every event is checked against them
# (actors.INSTRUMENTS). Of DISEASES only the two that act by themselves in any role
FORCES = {"virus", "disease"} | CALAMITIES | {"tremor", "wildfire"}
# doers of a killing that are no one ("the crash killed 40", "the outbreak killed
# thousands"): the killing is then no assault at all (everyday.py). Wider than FORCES,
# which is asked of every actor: "a wave of protesters", "the loss" may stand for a party
DISASTERS = CALAMITIES | DISEASES | {
    "accident", "crash", "disaster", "loss", "collision", "derailment", "cyclone", "flooding",
    "tsunami", "avalanche", "heatwave", "illness", "overdose", "drought", "famine", "wave",
    "eruption"}
# ills fought with money, medicine and laws ("fight Zika"): diseases, their carriers and
# social evils; an ill is no foe, so fighting one is no fight between parties
ILLS = DISEASES | {
    "malaria", "zika", "ebola", "aids", "hiv", "covid", "covid-19", "coronavirus", "flu",
    "influenza", "cholera", "measles", "polio", "tuberculosis", "mosquito", "poverty", "hunger",
    "crime", "corruption", "inflation", "unemployment", "obesity", "addiction", "illiteracy",
    "homelessness", "pollution", "drought", "famine", "opioid", "diabetes"}
# harms that are prevented or stopped without anyone being coerced ("prevent the spread",
# "stop the leak"): diseases and the damage of things, not the social evils of ILLS,
# which are fought, not prevented
HARMS = DISEASES | {
    "spread", "illness", "transmission", "harm", "injury", "accident", "fire", "damage",
    "erosion", "flooding", "flood", "loss", "death", "deaths", "overdose", "obesity", "decay",
    "corrosion", "leak", "blackout", "outage", "shortage", "waste", "fraud", "error", "mistake",
    "problem", "condition", "symptom", "complication", "growth"}

# --- family ---------------------------------------------------------------------------------

# one's close family: shared by both classes below
CLOSE_FAMILY = {"family", "child", "kid", "parent", "wife", "husband", "son", "daughter",
                "mother", "father", "mom", "dad", "brother", "sister", "grandchild", "spouse"}
# a household kept: supporting them (or oneself) is keeping a family, not backing a party.
# Surface forms too ("families"): the check reads the word as written as well as its lemma
HOUSEHOLD = CLOSE_FAMILY | {"families", "children", "kids", "sibling", "partner", "household",
                            "loved"} | (REFLEXIVES - {"itself", "yourselves"})
# the ones a private trip is made with: wider kin and friends, but not a household's
# partner (a business "partner" visited is a party)
TRIP_COMPANIONS = CLOSE_FAMILY | {
    "friend", "grandson", "granddaughter", "grandmother", "grandfather", "girlfriend",
    "boyfriend", "fiancee", "fiance", "relative", "cousin", "uncle", "aunt", "nephew", "niece"}

# --- races for office -------------------------------------------------------------------

# a candidate's own run for office
CANDIDACIES = {"run", "bid", "candidacy", "campaign"}
# what a candidate rules out: a run of their own ("ruled out a run", "a reelection bid")
RUNS_RULED_OUT = CANDIDACIES | {"reelection", "re-election"}
# what a candidate withdraws from: their run or the race itself ("withdrew from the primary")
RACES = RUNS_RULED_OUT | {"race", "contest", "election", "primary", "ballot", "running",
                          "competition", "nomination", "caucus"}
# what a candidate suspends: their run, or their tour ("suspended his presidential [bid]")
OWN_RUNS = CANDIDACIES | {"tour", "presidential"}
# the people a cause is fought for ("will fight for the American people"): a cause
# championed, not a fight; these are the served, unlike the race words above
PEOPLE_SERVED = {"people", "family", "worker", "voter", "child", "citizen", "american"}
