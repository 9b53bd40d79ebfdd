"""The names written before an event noun and what each is to the event: "the Moscow
trip" names where it goes, "the Ukraine offensive" (with an owner) whom it is against,
"the Russian invasion" who does it, "the Benghazi attack" where it happened, "the
Ukraine-Russia war" both of its sides.
"""
from __future__ import annotations

from .actors import hyphen_paired
from .arguments import ACTOR_LABELS, is_place
from .figures import SITED_NOUNS, SITED_TYPES, names_site

# inquiries a person's name before them may name either side of ("the Clinton investigation")
INQUIRY_NOUNS = {"investigation", "probe", "inquiry", "inquest", "hearing"}


def _name_modifiers(noun) -> list:
    """The noun's modifiers, a hyphened pair of names counted as two: in "the Putin-Erdogan
    meeting" the parser hangs "Putin" on "Erdogan", which it leaves untyped."""
    out = []
    for child in noun.children:
        out.append(child)
        if child.dep_ == "compound" and child.pos_ == "PROPN":
            out.extend(g for g in child.children if g.dep_ == "compound"
                       and g.ent_type_ in ACTOR_LABELS and g.i + 2 == child.i
                       and g.nbor(1).text == "-")
    return out


def read_modifiers(noun, finding, owners: list, places: set) -> None:
    """The names before an event noun, into ``finding`` and ``owners`` (list, extended):
    "Moscow trip" names the destination, "Ukraine offensive" (with an owner) the target,
    "Russian invasion" / "US sanctions" (no owner) the doer, "the Benghazi attack" the site."""
    sense, lemma, modifiers = finding.sense, noun.lemma_.lower(), _name_modifiers(noun)
    for child in modifiers:
        if child.dep_ not in ("compound", "amod") or not _typed_or_paired(child, modifiers):
            continue
        if sense.mode != "visit" and hyphen_paired(child):
            # "the Ukraine-Russia war", "the Putin-Erdogan meeting": two sides of one
            # event, neither its owner nor the other's target
            finding.participants.append(child)
        elif sense.mode == "visit" and is_place(child, places):
            finding.location = child
            finding.targets.append(child)
        elif (sense.type in SITED_TYPES or lemma in SITED_NOUNS) and names_site(child, places):
            finding.location = finding.location or child
        elif lemma in INQUIRY_NOUNS and child.dep_ == "compound" and \
                child.ent_type_ in ("PERSON", "GPE"):
            # "the Clinton investigation" is of her, "the Mueller probe" by him, "the
            # Ukraine probe" of what was done there; "the FBI probe" stays the FBI's
            continue
        elif owners:
            finding.targets.append(child)
        else:
            owners.append(child)


def _typed_or_paired(child, modifiers: list) -> bool:
    """Whether a modifier names an actor: typed as one, or the untyped second of a pair."""
    return child.ent_type_ in ACTOR_LABELS or (
        child.dep_ == "compound" and child.pos_ == "PROPN"
        and any(m.head.i == child.i and m.dep_ == "compound" and m.ent_type_ in ACTOR_LABELS
                for m in modifiers))
