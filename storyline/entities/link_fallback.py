"""The last joins of a story's nominal entities: what the rules before left apart joins by
its head noun, as a reader would, when nothing written tells the two apart; and a brand's
outlet ("the Waitrose store") joins the brand the story names (``join_named_facilities``).

``join_nominals`` joins nominal entities of one head noun only when every modifier it
reads agrees, a bare plural's describing words included ("some fans" / "film fans"), and
takes them in a fixed order, so one group of one story can end as two entities although
no word says they differ. Here, per story, nominal entities no name holds join when

- they share head noun, number and type ("friend" / "friends" stay apart),
- they come from different articles (an article's own reading kept its two apart),
- one's describing words hold the other's ("fans" / "film fans", "wildlife experts" /
  "government wildlife experts"; never "tractor drivers" / "truck drivers", "tax
  officials" / "bank officials"), and
- nothing telling clashes: a count ("two boats" / "three boats"), an age, a country, an
  owner ("Lohan's lawyer" / "Reid's lawyer"), a tier of government, "other"/"another"
  ("other pirates"), or a bare described plural against a counted set ("Western
  countries" / "two countries").

A nominal never joins a named entity here: a common noun beside a name is the rules'
business ("the courthouse" is not always "Fulton Courthouse").
"""
from __future__ import annotations

from collections import defaultdict

from .kb import KnowledgeBase
from .link_keys import Sets
from .link_nominals import nominal_group
from .names import fold
from .nominals import DEFINITE, INDEFINITE, NUMBER_WORDS, PRONOUN_WORDS
from .noun_lexicon import noun_class

# words before a head that count or quantify ("at least 70 people"), not describe
QUANTIFYING = DEFINITE | INDEFINITE | NUMBER_WORDS | PRONOUN_WORDS | {
    "at", "least", "most", "more", "than", "about", "nearly", "almost", "over", "some",
    "all", "both", "how", "of", "up", "to", "around", "only", "just", "dozens", "scores"}

# modifiers that tell two things of one noun apart; the others ("merchant", "commercial",
# a place word) are how one outlet happens to describe it
TELLING = ("number", "age", "country", "owner", "level", "ordinal", "portfolio")


def join_same_head(keys: list, local: dict, kb: KnowledgeBase, sets: Sets) -> None:
    """Join the nominal entities of one story (``keys``: local entity keys; ``local``:
    {key: [Mention]}; ``sets``: the union-find so far) that share head noun, number and
    type and whose telling modifiers never clash (see the module docstring)."""
    named = {sets.find(k) for k in keys if not local.nominal(k)}
    buckets = defaultdict(lambda: defaultdict(list))  # (head, plural, type) → root → [(key, mods)]
    size = defaultdict(int)
    for k in sorted(keys):
        root = sets.find(k)
        if not local.nominal(k) or root in named:
            continue
        head, mods, _ = nominal_group(k, local, kb)
        if not head:
            continue
        buckets[(head, mods.get("plural"), k[2])][root].append((k, mods))
        size[root] += len(local[k])
    for roots in buckets.values():
        if len(roots) < 2:
            continue
        joined = []  # [(representative root, {modifier: set of values})]
        for root in sorted(roots, key=lambda r: (-size[r], str(r))):
            values = _telling_values(roots[root])
            for i, (rep, held) in enumerate(joined):
                if not _clash(held, values) and not held["articles"] & values["articles"] \
                        and _one_describes_less(held["words"], values["words"]):
                    sets.union(root, rep)
                    joined[i] = (rep, {m: held.get(m, set()) | values.get(m, set())
                                       for m in held.keys() | values.keys()})
                    break
            else:
                joined.append((root, values))


def _telling_values(members: list) -> dict:
    """{modifier of TELLING or "described": set of values} over one root's nominal keys
    and their modifiers (list[(key, dict)]); a country is a set of codes already, merged
    as one set; also "articles" (the keys' article ids) and "words" (``describing``)."""
    values = defaultdict(set)
    for key, mods in members:
        values["articles"].add(key[0])
        values["words"] |= describing(key[1])
        for name in TELLING:
            if mods.get(name):
                value = mods[name]
                values[name] |= set(value) if name == "country" else {value}
        if mods.get("described") and not mods.get("number"):
            values["described"].add(mods["described"])
        if {"other", "another"} & set(mods.get("described") or ()):
            values["ordinal"].add("other")  # "other pirates" are not the pirates
    return dict(values)


def describing(name: str) -> set:
    """The lower-cased words before the head of a nominal entity's ``name`` that describe
    rather than count ("garbage truck" of "two garbage truck drivers"; "at least 70
    people" has none); a name's "(2)" suffix is dropped."""
    words = name.lower().split()
    if words and words[-1].startswith("(") and words[-1].endswith(")"):
        words = words[:-1]
    return {w for w in words[:-1] if w.isalpha() and w not in QUANTIFYING}


def _one_describes_less(a: set, b: set) -> bool:
    """Whether one set of describing words holds the other: "the building" may be "the
    commercial building", "wildlife experts" "government wildlife experts"; "tractor
    drivers" are not "garbage truck drivers", nor "tax officials" "bank officials"."""
    return a <= b or b <= a


def _clash(a: dict, b: dict) -> bool:
    """Whether two roots' telling modifiers ({modifier: set of values}) say they are two
    things: a modifier both give with no value in common, "other"/"another" in either, or
    a described plural against a counted set."""
    if {"other", "another"} & (a.get("ordinal", set()) | b.get("ordinal", set())):
        return True
    for name in TELLING:
        if a.get(name) and b.get(name) and not a[name] & b[name]:
            return True
    return bool((a.get("described") and not a.get("number") and b.get("number"))
                or (b.get("described") and not b.get("number") and a.get("number")))


def names_typed_otherwise(local: dict) -> set:
    """The folded names the corpus (``local``) types anything but an organisation or a
    facility somewhere (a place, a person): "Huntsville" the NER typed ORG in one
    article is a town where another types it GPE."""
    return {fold(k[1]) for k in local if k[2] not in ("ORG", "FAC") and not local.nominal(k)}


def join_named_facilities(keys: list, local: dict, kb: KnowledgeBase, sets: Sets,
                          others: set) -> None:
    """A singular nominal of a brand's outlet (an "OUTLET" noun of ``data/nominals.yaml``)
    in one story whose words before its head spell a name that story gives exactly one
    organisation or facility ("the Sam's Club store", "the Waitrose supermarket" beside
    "Sam's Club", "Waitrose") is that named entity: outlets call the store of a story by
    its company's name. A plant or a courthouse named by its owner or town stays apart
    ("the Kraft plant" is no company, "the Bellflower courthouse" no city), and a name
    the corpus also types a place or a person (``others``: folded names, see
    :func:`names_typed_otherwise`) hosts none ("a Huntsville store" is a store in
    Huntsville). ``keys``, ``local``, ``sets`` as for :func:`join_same_head`."""
    named = defaultdict(set)  # folded name → roots of the ORG/FAC names written so
    for k in keys:
        if not local.nominal(k) and k[2] in ("ORG", "FAC"):
            named[fold(k[1])].add(sets.find(k))
    if not named:
        return
    outlets = noun_class("OUTLET")
    held = {sets.find(k) for k in keys if not local.nominal(k)}
    for k in keys:
        if not local.nominal(k) or sets.find(k) in held:
            continue  # a nominal a rule gave a name already keeps it
        head, mods, _ = nominal_group(k, local, kb)
        if not head or mods.get("plural") or head not in outlets:
            continue
        words = [w for w in k[1].split()[:-1] if w.lower() not in DEFINITE | INDEFINITE]
        if words and all(w[:1].isupper() or w in ("'s", "’s") for w in words):
            name = fold(" ".join(words))
            roots = named.get(name, set()) if name not in others else set()
            if len(roots) == 1:
                sets.union(k, next(iter(roots)))
