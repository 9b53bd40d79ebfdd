"""Trigger verbs in set phrases that tell of no act between parties.

"pressed her attack" goes on criticising, "occupied a third tier" ranks in a poll, "rallied
the support of evangelicals" gathers votes, "assured them that they were a strong team"
says something kind, "fighting to keep the boy" makes an effort, "arriving on the scene"
is where police or medics come to. Each check is listed under its lemma in
:data:`IDIOM_CHECKS`, part of the table :mod:`storyline.events.sense_checks` asks before a
verb is coded.
"""
from __future__ import annotations

from .arguments import objects_of
from .words import VIOLENCE_LEMMAS

# what one presses on with rather than presses anyone for: "pressed his attack", "pressed
# her case", "pressed the point"
PRESSED_ON = {"attack", "case", "point", "argument", "claim", "advantage", "offensive",
              "assault", "criticism", "charge", "campaign", "bid", "candidacy"}
# ranks and places in a poll, a table or an order: "occupied a third tier", "holds the top spot"
RANKS = {"tier", "place", "spot", "rank", "slot", "niche", "rung", "bracket", "position"}
# what a candidate rallies when he gathers votes: "rallied the support of evangelicals"
BACKING = {"support", "backing", "vote", "voter", "base", "supporter", "evangelical", "donor",
           "conservative", "liberal", "moderate", "delegate"}
# words of what will be or would be done, which make an assurance a promise
PROMISING_AUX = {"will", "would", "shall", "'ll", "wo", "going"}
# doers whose struggle is armed whatever it is for
ARMED = {"rebel", "militant", "insurgent", "troop", "army", "soldier", "fighter", "militia",
         "guerrilla", "force", "jihadist", "gunman", "separatist", "paramilitary"}
# where emergency services arrive: "arriving on the scene"
SCENES = {"scene", "site", "spot"}


def presses_on(verb) -> bool:
    """ "kept pressing her attack that he is unfit", "pressed his case": a criticism or an
    argument carried on (what it says may follow as a clause), no one pressed to do anything
    ("pressed Iran to release them" is)."""
    if any(c.dep_ == "xcomp" for c in verb.children):
        return False
    objects = objects_of(verb)
    return bool(objects) and all(o.lemma_.lower() in PRESSED_ON for o in objects)


def ranks_in_order(verb) -> bool:
    """ "Rubio and Bush occupied a third tier": a place in a poll, no ground taken; an
    ordinal or "top" names the rank ("held the second position"); "occupied the building"
    stays an occupation."""
    objects = objects_of(verb)
    return bool(objects) and all(
        o.lemma_.lower() in RANKS and any(c.tag_ == "JJ" and (c.lower_.endswith(("st", "nd", "rd", "th"))
                                                          or c.lower_ in ("top", "bottom", "last"))
                                          for c in o.children)
        for o in objects)


def rallies_backing(verb) -> bool:
    """ "whose support Cruz rallied to win Iowa", "rallied conservatives": votes gathered
    by a candidate, no protest and no mobilised force; support rallied "for" someone backs
    them."""
    # "whose support X rallied": the small model may read the fronted object as a subject
    objects = objects_of(verb) + [c for c in verb.children if c.dep_ == "nsubj" and any(
        g.lower_ == "whose" for g in c.children)]
    # "rallied support for the jailed leader" backs someone, and stays support
    if any(c.dep_ == "prep" and c.lower_ == "for" for t in [verb, *objects] for c in t.children):
        return False
    return bool(objects) and all(o.lemma_.lower() in BACKING for o in objects)


def assures_of_a_fact(verb) -> bool:
    """ "Castro assured the pupils that they were a powerful team": a thing said to
    reassure; "assured the union that the plant would not close" promises, and stays."""
    clauses = [c for c in verb.children if c.dep_ == "ccomp"]
    return bool(clauses) and not any(
        a.lower_ in PROMISING_AUX or a.lemma_.lower() in PROMISING_AUX
        for c in clauses for a in c.subtree if a.dep_ in ("aux", "auxpass") or a.tag_ == "MD")


def struggles_to_do(verb) -> bool:
    """ "relatives are fighting to keep the boy in Miami", "battled to save the plant": an
    effort made, no one fought; armed doers ("rebels fought to hold the town"), states
    ("Ukraine fought to retake Kherson") and clauses with weapons or wounds stay fights."""
    if any(c.dep_ == "dobj" for c in verb.children):
        return False
    if not any(c.dep_ in ("xcomp", "advcl") and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
               for c in verb.children):
        return False
    doers = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if any(d.lemma_.lower() in ARMED or d.ent_type_ in ("GPE", "NORP") for d in doers):
        return False
    return not any(t.lemma_.lower() in VIOLENCE_LEMMAS for t in verb.subtree)


def arrives_on_the_scene(verb) -> bool:
    """ "Arriving on the scene, police found ...": emergency services come to where
    something happened; no visit and no meeting."""
    return any(c.dep_ == "prep" and c.lower_ in ("on", "at", "upon") and any(
        g.dep_ == "pobj" and g.lemma_.lower() in SCENES for g in c.children)
        for c in verb.children)


# lemma -> its set-phrase checks
IDIOM_CHECKS = {
    "press": (presses_on,), "occupy": (ranks_in_order,), "rally": (rallies_backing,),
    "assure": (assures_of_a_fact,), "fight": (struggles_to_do,),
    "battle": (struggles_to_do,), "struggle": (struggles_to_do,),
    "arrive": (arrives_on_the_scene,),
}
