"""Cross-article joins of nominal entities ("the navy", "the victims", "23 pirates"):
groups of one head noun, number and compatible modifiers within a story, the named
entity that hosts a group's head noun, and story families (stories that share their
most-mentioned person) joining what is still unattached (see ``link.py``).
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from functools import lru_cache

from .kb import KnowledgeBase
from .link_keys import Sets
from .names import clean_surface
from .nominals import (COMPATIBLE, GOVERNMENT, age_modifier, compatible, described_plural,
                       modifiers, name_head, portfolio_of, written_plural)
from .noun_lexicon import head_nouns, noun_class, same_noun


# nominal types whose plural names several, never the one named entity ("the vessels");
# a body's plural ("the troops", "the police forces") may stand for one named force
SEVERAL_NOT_ONE = {"PERSON", "VEHICLE", "FAC", "LOC"}


def _hosts_by_head(keys: list, local: dict, sets: Sets, described: dict,
                   wanted: set) -> dict:
    """{noun of ``wanted``: roots of named entities whose name's head is it
    (``name_head``), that took a nominal of it, or that the corpus describes by it
    (``described``: {key: set of person nouns}, see ``descriptions.py``)}. Only the
    nouns asked for are kept: most names' heads ("Lavrov") head no nominal group."""
    hosts = defaultdict(set)
    for k in keys:
        if local.nominal(k):
            continue
        nouns = local.host_nouns_of.get(k)
        if nouns is None:
            nouns = local.host_nouns_of[k] = _host_nouns(k, local[k], described)
        for noun in nouns:
            if noun in wanted:
                hosts[noun].add(sets.find(k))
    return hosts


def _host_nouns(key: tuple, mentions: list, described: dict) -> tuple:
    """The nouns a named entity (``key``, its ``mentions``) hosts, in a fixed order: its
    names' heads, the heads of nominals it took, and how the corpus describes it, each
    as its ``same_noun`` (the groups' heads are)."""
    nouns = head_nouns()
    found = {same_noun(noun) for noun in described.get(key, ())}
    for m in mentions:
        if m.kind == "nominal" and m.head:
            found.add(same_noun(m.head))
        elif m.kind in ("name", "metonym"):
            head = _surface_head(m.text)
            if head and head not in GOVERNMENT:  # "Federal Highway Administration" hosts no
                found.add(same_noun(head))        # "the administration": that is the government
    # "the host" is a person, never the "Oscars" it was once written beside
    return tuple(noun for noun in found
                 if noun not in nouns or key[2] in COMPATIBLE.get(nouns[noun], ()))


@lru_cache(maxsize=262144)
def _surface_head(text: str) -> str:
    """``name_head`` of a mention's cleaned surface; the same surfaces recur in thousands
    of articles, and both functions read the string alone."""
    return name_head(clean_surface(text))


def join_nominals(keys: list, local: dict, kb: KnowledgeBase, sets: Sets,
                   described: dict, unattached_only: bool = False) -> None:
    """Nominal entities of one story: one head noun, number and compatible modifiers join; a
    group joins the one named entity headed by or that took its head noun. With
    ``unattached_only``, nominal entities already joined to a named one stay out (two
    stories' "the lawyer" may be two named lawyers)."""
    groups = defaultdict(list)  # head → [(representative key, merged modifiers)]
    plural = Counter()  # representative key → plural less singular nominal mentions
    articles = defaultdict(set)  # representative key → ids of the articles in its group
    counted = defaultdict(set)  # representative key → (article id, count) its members write
    named_roots = {sets.find(k) for k in keys if not local.nominal(k)}
    own = {}  # representative key → its own modifiers
    bare = defaultdict(set)  # representative key → articles of its bare plurals (``is_generic``)
    for k in sorted(keys):
        if not local.nominal(k) or (unattached_only and sets.find(k) in named_roots):
            continue
        head, mods, lean = nominal_group(k, local, kb)
        if not head:
            continue
        generic = is_generic(k, local[k])
        for i, (rep_key, merged) in enumerate(groups[head]):
            if _counted_apart(own[rep_key], mods) or _counted_apart(mods, own[rep_key]):
                continue  # "Western countries" are no set an outlet counted ("two countries")
            if (generic and any(a == k[0] for a, _ in counted[rep_key])) or (
                    mods.get("number") and k[0] in bare[rep_key]):
                continue  # "About 3,000 residents ... Residents had complained": two groups
            # another article may count the group differently; one article's "two guards"
            # and "three guards" stay two groups
            if compatible(merged, mods) or (k[0] not in articles[rep_key] and compatible(
                    _uncounted(merged), _uncounted(mods)) and _close_counts(merged, mods)):
                sets.union(k, rep_key)
                groups[head][i] = (rep_key, {**merged, **mods})
                break
        else:
            groups[head].append((k, mods))
            own[k] = mods
            rep_key = k
        if generic:
            bare[rep_key].add(k[0])
        plural[rep_key] += lean
        articles[rep_key].add(k[0])
        if mods.get("number"):
            counted[rep_key].add((k[0], mods["number"]))
    _join_counted_groups(groups, counted, sets)
    _join_hosts(keys, local, sets, described, groups, plural)


def is_generic(key: tuple, mentions: list) -> bool:
    """Whether a nominal entity (``key``, its ``mentions`` [Mention]) is a bare plural: the
    noun alone as its name and as every mention, in the plural ("Residents had complained
    for years", not "the residents"): the kind, not the group its own article counted
    ("About 3,000 residents"); another outlet's bare plural may still be that group."""
    nominal = [m for m in mentions if m.kind == "nominal"]
    return len(re.sub(r" \(\d+\)$", "", key[1]).split()) == 1 and bool(nominal) and all(
        m.head and len(m.text.split()) == 1 and m.text.lower() != m.head for m in nominal)


def _join_counted_groups(groups: dict, counted: dict, sets: Sets) -> None:
    """Groups of people of one story that outlets count alike but name by different nouns
    ("two guards" / "two correctional officers", "23 pirates" / "23 piracy suspects") are
    one group, unless one article counts two groups alike ("two men and two women").
    ``groups``: {head: [(representative key, modifiers)]}; ``counted``: {representative
    key: (article id, count) of its members that write a count}."""
    nouns = head_nouns()
    by_count = defaultdict(list)  # count → [(representative key, head)]
    for head, members in groups.items():
        if nouns.get(head) != "PERSON":
            continue
        for rep_key, _ in members:
            for count in {n for _, n in counted.get(rep_key, ())}:
                if count.isdigit() and int(count) >= 2:
                    by_count[count].append((rep_key, head))
    for count, reps in by_count.items():
        if len({head for _, head in reps}) < 2:
            continue
        seen = Counter(a for rep_key, _ in reps for a, n in counted[rep_key] if n == count)
        if max(seen.values()) == 1:
            for rep_key, _ in reps[1:]:
                sets.union(rep_key, reps[0][0])


def _counted_apart(a: dict, b: dict) -> bool:
    """Whether modifiers ``a`` are a bare plural's that describes its set ("Western
    countries": "described") and ``b`` a counted set's ("two countries": "number")."""
    return bool(a.get("described")) and not a.get("number") and bool(b.get("number"))


def _close_counts(a: dict, b: dict) -> bool:
    """Whether two outlets' counts may count one group: outlets count a group differently
    and revise a toll ("23 pirates" / "26 pirates", "34 dead" / "47 dead"), but counts of
    ten or more an order of magnitude apart are two groups ("at least 47 people" killed by
    this quake, "more than 500 people" by one in 2007, in a background paragraph). A small
    count may grow many times over as a toll is revised ("two dead", then "seven"), and a
    count not in figures says too little: neither parts a group."""
    x, y = _figure(a.get("number")), _figure(b.get("number"))
    return min(x, y) < 10 or max(x, y) <= 10 * min(x, y)


def _figure(count) -> int:
    """A count's value when written in figures or as a number word ("500", "seven"),
    else 0."""
    return int(count) if isinstance(count, str) and count.isdigit() else 0


def _uncounted(mods: dict) -> dict:
    """Modifiers less the count: outlets count one group differently ("23 pirates",
    "26 pirates") and a count in one article only never splits a story's group."""
    return {k: v for k, v in mods.items() if k != "number"}


def nominal_group(key: tuple, local: dict, kb: KnowledgeBase) -> tuple:
    """``_nominal_group`` of the nominal entity ``key`` of ``local``, worked out once per
    key (``local.nominal_group_of`` keeps it)."""
    found = local.nominal_group_of.get(key)
    if found is None:
        found = local.nominal_group_of[key] = _nominal_group(key, local[key], kb)
    return found


def _nominal_group(key: tuple, mentions: list, kb: KnowledgeBase) -> tuple:
    """(head noun or None, modifiers, plural less singular nominal mentions) of a nominal
    entity (``key``, its ``mentions``): what ``join_nominals`` groups it by; the head is
    its ``same_noun`` ("the rioters" of one outlet are another's "demonstrators"). Never
    changes while linking, so it is worked out once per key (the caller keeps it)."""
    head = Counter(m.head for m in mentions if m.head).most_common(1)
    if not head:
        return None, None, 0
    mods = modifiers(re.sub(r" \(\d+\)$", "", key[1]).split()[:-1], kb, head=head[0][0])
    mods.update(age_modifier(key[1]))  # "37-year-old" is its own head
    # "the agency" of one article is not "the agencies" of another
    nominal = [m for m in mentions if m.kind == "nominal"]
    plural = [written_plural(m) for m in nominal]
    mods["plural"] = sum(plural) * 2 > len(nominal)
    described = {described_plural(m.text, m.head) for m in nominal if m.head}
    if len(described) == 1 and all(described):  # "Western countries" and no other wording
        mods["described"] = described.pop()
    return same_noun(head[0][0]), mods, sum(1 if p else -1 for p in plural)


def _join_hosts(keys: list, local: dict, sets: Sets, described: dict, groups: dict,
                plural: Counter) -> None:
    """Each nominal group ({head: [(representative key, modifiers)]}) joins the one
    named entity (or the story's dominant one) that hosts its head; a group that none
    hosts, of a noun naming someone by what they are known for ("the starlet") or the
    crime they are held for ("the escapee", unless the story calls its main person a
    victim), joins the story's main person (``_main_person``); a group written
    mostly in the plural never joins one person ("the co-workers" of "Kenneth Dorsey"),
    place or vehicle ("vessels" of "INS Sukanya"), nor an object named otherwise ("the
    devices" of "iPhone"; "bombs" may be an outlet's "FIRE-BOMB")."""
    if not groups:
        return
    hosts = _hosts_by_head(keys, local, sets, described, set(groups))
    nouns, weight, named = head_nouns(), None, None
    for head, members in groups.items():
        roots = {sets.find(r) for r in hosts.get(head, ())}
        if len(roots) > 1:
            weight = weight or _story_weight(keys, local, sets)
            roots = _dominant(roots, weight)
        if not roots and (_known_for(head, members) or head in noun_class("PERPETRATOR")):
            # "the starlet" no name hosts: the story's main person, when it has one
            weight = weight or _story_weight(keys, local, sets)
            roots = _main_person(keys, local, sets, weight)
            if roots and head in noun_class("PERPETRATOR") and \
                    _called_a_victim(next(iter(roots)), keys, local, sets, described):
                roots = set()  # "the gunman" of a story that names only the one he shot
        if len(roots) == 1:
            root = roots.pop()
            if nouns.get(head) == "OBJECT" and named is None:
                named = _name_heads(keys, local, sets)
            several = nouns.get(head) in SEVERAL_NOT_ONE or (
                nouns.get(head) == "OBJECT" and head not in named.get(root, ()))
            # "the foreign ministry" never joins an "Interior Ministry": areas differ
            areas = {portfolio_of(r[1].split()[:-1], head) for r in hosts.get(head, ())
                     if sets.find(r) == root} - {""}
            for rep_key, mods in members:
                if areas and mods.get("portfolio") and mods["portfolio"] not in areas:
                    continue
                if not several or plural[rep_key] <= 0:
                    sets.union(rep_key, root)


def _known_for(head: str, members: list) -> bool:
    """Whether a nominal group (its ``head`` noun, ``members`` [(key, modifiers)]) names
    someone by what they are known for: a "PROTAGONIST" noun as its head ("the starlet"),
    or a "FORTUNE" noun before a person noun head ("the billionaire developer"; "the star
    witness" is not the star of the story)."""
    if head in noun_class("PROTAGONIST"):
        return True
    fortune = noun_class("FORTUNE")
    return head_nouns().get(head) == "PERSON" and any(
        w in fortune for key, _ in members for w in key[1].lower().split()[:-1])


def _name_heads(keys: list, local: dict, sets: Sets) -> dict:
    """{root: the head nouns of its names} over ``keys`` ("bomb" of "FIRE-BOMB")."""
    heads = defaultdict(set)
    for k in keys:
        if not local.nominal(k):
            heads[sets.find(k)].update(same_noun(_surface_head(m.text)) for m in local[k]
                                       if m.kind == "name")
    return heads


def _main_person(keys: list, local: dict, sets: Sets, weight: Counter) -> set:
    """{root of the story's main person}: its one named person, or the one it mentions
    at least three times as often as any other (``weight``: {root: mentions}); else
    an empty set."""
    people = {sets.find(k) for k in keys if k[2] == "PERSON" and not local.nominal(k)}
    if len(people) > 1:
        people = _dominant(people, weight)
    return people if len(people) == 1 else set()


def _called_a_victim(root, keys: list, local: dict, sets: Sets, described: dict) -> bool:
    """Whether the story calls the person ``root`` a victim ("the victim, Kenneth
    Dorsey"): a noun of the "VICTIM" class among the nouns its keys host."""
    victims = noun_class("VICTIM")
    for k in keys:
        if not local.nominal(k) and sets.find(k) == root:
            nouns = local.host_nouns_of.get(k)
            if nouns is None:
                nouns = local.host_nouns_of[k] = _host_nouns(k, local[k], described)
            if victims.intersection(nouns):
                return True
    return False


def _story_weight(keys: list, local: dict, sets: Sets) -> Counter:
    """{root: how many name, role and pronoun mentions the story gives it}."""
    weight = Counter()
    for k in keys:
        weight[sets.find(k)] += local.weight(k)
    return weight


def _dominant(roots: set, weight: Counter, ratio: int = 3) -> set:
    """The one root the story mentions at least ``ratio`` times as often as any other
    ("the actress" of a story about one actress that names another in passing), else
    all of them."""
    ranked = sorted(roots, key=lambda r: -weight[r])
    if weight[ranked[0]] >= ratio * max(weight[ranked[1]], 1):
        return {ranked[0]}
    return roots


def story_families(stories: dict, local: dict, sets: Sets) -> list:
    """Keys of the stories that share their most-mentioned person ("Lindsay Lohan checks
    into rehab" and "Lohan's lawyer explains the delay", which story clustering may
    split): one list of keys per family of two stories or more."""
    families = defaultdict(list)
    for story, keys in stories.items():
        people = Counter()
        for k in keys:
            if k[2] == "PERSON" and not local.nominal(k):
                people[sets.find(k)] += local.weight(k)
        if story is not None and people:
            families[people.most_common(1)[0][0]].append(keys)
    return [[k for keys in group for k in keys] for group in families.values() if len(group) > 1]
