"""Harm done by no one: deeds whose only doer is a natural hazard, a disease or an accident.

"An earthquake killed 47 people", "landslides have cut off villages", "cholera has killed
200": PLOVER and CAMEO code what one political actor does to another, and a quake is no
actor, so such a clause is no event at all (PLOVER has no disaster category; the codebook's
ASSAULT needs someone using force). The finding is dropped, never re-coded: the victims must
not become the actor of a killing, nor the villages the source of a sanction.
"""
from __future__ import annotations

from .arguments import RELATIVE_PRONOUNS, antecedent, conjuncts
from .words import DISASTERS, ILLS

# diseases by name, from the ills fought with medicine; the social evils of ILLS (poverty,
# crime, corruption) are no doers of anything
NAMED_DISEASES = ILLS - {"poverty", "hunger", "crime", "corruption", "inflation",
                         "unemployment", "obesity", "addiction", "illiteracy", "homelessness",
                         "pollution", "opioid", "mosquito"}
# hazards that can be a clause's only doer. Of DISASTERS, "wave" ("a wave of protesters")
# and "loss" may stand for people or a party's defeat, so they are left out
HAZARDS = (DISASTERS - {"wave", "loss"}) | NAMED_DISEASES | {
    "mudslide", "rockslide", "aftershock", "temblor", "tremor", "wildfire", "bushfire",
    "volcano", "lightning", "hailstorm", "blizzard", "rain", "rainfall", "snow", "snowstorm",
    "downpour", "storm", "surge", "cloudburst", "heat", "fire", "quake"}
# works whose failure does harm with no one acting: "the dam burst, sending a wall of water
# through the town and killing seven" (the small model often types a dam's name as an ORG)
FAILING_WORKS = {"dam", "barrage", "levee", "dyke", "dike", "embankment", "reservoir", "bridge",
                 "spillway", "floodwall", "floodgate", "sluice", "pipeline", "tailings"}


def _is_hazard(token) -> bool:
    """Whether a token is a common noun naming a hazard ("earthquake", "Cholera")."""
    # the small model types a disease named alone as an ORG ("Cholera has killed 200")
    if token.pos_ not in ("NOUN", "PROPN") or token.ent_type_ in ("PERSON", "GPE", "NORP"):
        return False
    # a plural the small model took for a name at a sentence's start keeps its "s"
    # ("Landslides have cut off ...", lemma "Landslides")
    word = token.lower_
    forms = {token.lemma_.lower(), word, word[:-1] if word.endswith("s") else word,
             word[:-2] if word.endswith("es") else word}
    return bool(forms & (HAZARDS | FAILING_WORKS))


def grammatical_doers(verb) -> list:
    """The doers a verb's own clause names: its subject (a relative pronoun read as the noun
    it stands for), the "by" agent of a passive, and for a participle carrying its own
    object ("an earthquake ... killed at least 47 people", parsed as a modifier of the
    quake) the noun it hangs on."""
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "csubj")]
    if len(subjects) > 1:  # "villages that landslides have cut off": "that" is the object
        subjects = [c for c in subjects if c.lower_ not in RELATIVE_PRONOUNS]
    doers = [d for c in subjects for d in conjuncts(antecedent(c))]
    doers += [d for c in verb.children if c.dep_ == "agent"
              for g in c.children if g.dep_ == "pobj" for d in conjuncts(g)]
    if not doers and verb.dep_ == "acl" and verb.tag_ in ("VBD", "VBN") and \
            any(c.dep_ == "dobj" for c in verb.children):
        doers = conjuncts(verb.head)
    return doers


def done_by_hazard(finding) -> bool:
    """Whether every doer of a verb finding (extract.Finding) is a hazard: no one acted."""
    if finding.nominal:
        return False
    # a participle of result ("burst, sending water through the town") has no subject of
    # its own: its doer is the one the finding took from the clause
    doers = grammatical_doers(finding.trigger) or finding.sources
    return bool(doers) and all(_is_hazard(d) for d in doers)
