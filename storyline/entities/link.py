"""Cross-article entity linking: one :class:`Entity` per real entity across the corpus.

Article-level entities (the mentions of one article sharing a canonical name) are joined
by union-find. Corpus-wide: the same folding key, the same KB person, spelling variants
(``same_name``). Within one story (``Article.story``), for people:

- a full name written in two articles ("Ellen DeGeneres" is a name form of both, even
  when one article's NER read the headline's "Ellen DeGeneres Returns");
- a longer name that contains exactly one other person's full name ("Comedian Ellen
  DeGeneres", "Hire Maurice Cheeks");
- a short first name of the same surname ("Mo Cheeks" / "Maurice Cheeks");
- a name NER typed as a place or organisation that is a person's full name or surname;
- a partial name ("Wang") that is part of exactly one full name;
- a role named only by office ("the Russian security council secretary") that matches
  exactly one person another article of the story names with that office;
- a name less its middle name ("Mark Heller" / "Mark Jay Heller"), when one longer
  name of the story fits;
- an acronym ("CEC") the initials of exactly one organisation or place of the story
  ("Central Election Commission"; see ``acronyms.py``);
- an organisation, building or place name that is a shorter run of exactly one longer
  name of the story keeping its head ("Sox", "Red Sox" of "Boston Red Sox"; "Academy"
  of "Academy of Motion Picture Arts"; towns are left out: "Virginia" is not "West
  Virginia");
- nominal entities ("the navy", "the victims"; see ``nominals.py``) join across stories
  only a named entity of the same several words ("Indian navy" / "Indian Navy"); within
  one story, those of one head noun and number with compatible modifiers join (a count
  differing between two articles does not split them: outlets count one group
  differently, "23 pirates" / "26 pirates"), and join
  the one named entity whose name is headed by that noun, that took it in an article
  ("the navy" → "Indian Navy"; "the lawyer" → "Shawn Holley, her lawyer"), or that the
  corpus describes by it ("actress Lindsay Lohan", see ``descriptions.py``); of several
  such, the one the story mentions three times as often as any other. Entities named
  only by nominals are linked but not listed among the corpus's entities.

Across stories: a surname alone joins the one person of the corpus whose full name ends
with it; stories whose most-mentioned person is the same (one news story that story
clustering split) join their nominal entities not yet joined to a name, as one story.

Every comparison is blocked by a key (folded name, surname, initials), so linking stays
linear in the number of mentions; no step compares all pairs across the corpus.
"""
from __future__ import annotations

import hashlib
import re
from collections import Counter, defaultdict
from functools import lru_cache
from typing import Optional

from ..model import Article, Entity, Mention
from .acronyms import join_acronyms
from .descriptions import person_descriptions
from .kb import KnowledgeBase, load_kb
from .listing import best_name, entity_type, is_listed
from .names import RUN_TYPES, clean_surface, fold, head_runs, same_folded_name, strip_titles
from .nominals import (COMPATIBLE, compatible, head_nouns, modifiers, name_head,
                       written_plural)
from .roles import find_roles

NON_PERSON = ("ORG", "GPE", "NORP", "LOC", "FAC")


def entity_id(name: str, type: str = "") -> str:
    """Stable id for an entity: a readable slug of the folded name plus a short hash."""
    key = fold(name)
    slug = re.sub(r"[^a-z0-9]+", "-", key).strip("-")[:40] or "entity"
    digest = hashlib.sha1(f"{key}|{type}".encode("utf-8")).hexdigest()[:8]
    return f"{slug}-{digest}"


def mention_at(article: Article, start: int, end: int) -> Optional[Mention]:
    """The mention that best covers ``article.text[start:end]``: the longest mention inside
    the span, else the shortest one containing it, else the one overlapping it most."""
    inside = [m for m in article.mentions if start <= m.start and m.end <= end]
    if inside:
        return max(inside, key=lambda m: (m.end - m.start, -m.start))
    around = [m for m in article.mentions if m.start <= start and end <= m.end]
    if around:
        return min(around, key=lambda m: m.end - m.start)
    overlap = [(min(end, m.end) - max(start, m.start), m) for m in article.mentions
               if m.start < end and start < m.end]
    return max(overlap, key=lambda x: x[0])[1] if overlap else None


class _Sets:
    """Union-find over local entity keys."""

    def __init__(self):
        self.parent = {}

    def find(self, x):
        parent = self.parent
        p = parent.get(x)
        if p is None:
            parent[x] = x
            return x
        if p is x:  # a root (the common case: most keys are looked up many times)
            return x
        while p != x:
            parent[x] = p = parent[p]  # path halving
            x = p
            p = parent[x]
        return x

    def union(self, a, b):
        self.parent[self.find(a)] = self.find(b)

    def union_all(self, keys):
        keys = list(keys)
        for k in keys[1:]:
            self.union(k, keys[0])


class _RoleParser:
    """(country, offices) when a text is wholly a role ("Russian defence minister");
    memoised, since the same role strings recur across thousands of articles."""

    def __init__(self, kb: KnowledgeBase):
        self.kb, self.seen = kb, {}

    def __call__(self, text: str):
        if text not in self.seen:
            self.seen[text] = None
            for f in find_roles(text, self.kb):
                if f.start <= 1 and f.end >= len(text.rstrip()) - 1:
                    self.seen[text] = (f.country, f.offices)
                    break
        return self.seen[text]


class _Local(defaultdict):
    """{(article id, canonical, type): [Mention]}, remembering per key what the joins ask
    of it again in every story and story family (a key's mentions never change while
    linking, and the family pass revisits every key of many stories)."""

    def __init__(self):
        super().__init__(list)
        self.nominal_of: dict = {}
        self.host_nouns_of: dict = {}
        self.weight_of: dict = {}
        self.nominal_group_of: dict = {}

    def nominal(self, key) -> bool:
        """``_is_nominal`` of the key's mentions."""
        value = self.nominal_of.get(key)
        if value is None:
            value = self.nominal_of[key] = _is_nominal(self[key])
        return value

    def weight(self, key) -> int:
        """How many of the key's mentions are names, roles or pronouns (not nominals)."""
        value = self.weight_of.get(key)
        if value is None:
            value = self.weight_of[key] = sum(m.kind != "nominal" for m in self[key])
        return value


def _local_entities(articles: list[Article]) -> _Local:
    """{(article id, canonical, type): [Mention]} for every resolved mention."""
    local = _Local()
    for a in articles:
        for m in a.mentions:
            if m.canonical:
                local[(a.id, m.canonical, m.entity_type or m.type)].append(m)
    return local


def _name_form(text: str) -> str:
    """Folded name of a mention's surface, titles and possessive stripped."""
    return fold(strip_titles(text))


def _person_forms(keys: list, local: dict, role_of) -> dict:
    """{key: set of folded full names (two words or more)} for the PERSON keys: the
    canonical name and every name mention's surface."""
    forms = {}
    for k in keys:
        if k[2] != "PERSON" or local.nominal(k):
            continue  # "Grammys host" is no person's name
        found = set()
        if not role_of(k[1]):
            found.add(fold(k[1]))
        found |= {_name_form(m.text) for m in local[k] if m.kind == "name"}
        forms[k] = {f for f in found if len(f.split()) >= 2}
    return forms


def _join_corpus_wide(local: dict, kb: KnowledgeBase, sets: _Sets) -> None:
    """Same folded canonical name (people apart from non-people), same KB person, and
    spelling variants of full names, blocked by (word count, initial, surname prefix)."""
    by_name, by_person, blocks = defaultdict(list), defaultdict(list), defaultdict(set)
    for key in local:
        sets.find(key)
        if local.nominal(key):
            continue  # "the police" of two stories are two forces (but see below)
        by_name[(fold(key[1]), key[2] == "PERSON")].append(key)
    known = {}  # folded person name → KB person or None
    for (name, is_person), keys in by_name.items():
        sets.union_all(keys)
        if not is_person:
            continue
        known[name] = person = kb.person_keys.get(name)
        if person is not None:
            by_person[id(person)].append(keys[0])
        toks = name.split()
        if len(toks) >= 2:  # variants share initials and the surname's first and last letters
            blocks[(len(toks), toks[0][:1], toks[-1][:1], toks[-1][-1:])].add(name)
    for keys in by_person.values():
        sets.union_all(keys)
    for key in local:  # "the Indian navy" writes a name another article capitalises
        if len(key[1].split()) >= 2 and local.nominal(key):
            named = by_name.get((fold(key[1]), False)) or by_name.get((fold(key[1]), True))
            if named:
                sets.union(key, named[0])
    for names in blocks.values():
        names = sorted(names)
        split = {n: n.split() for n in names}
        for i, a in enumerate(names):
            for b in names[i + 1:]:
                if abs(len(split[a][-1]) - len(split[b][-1])) > 2 or (known[a] and known[b]):
                    continue
                if same_folded_name(split[a], split[b]):
                    sets.union(by_name[(a, True)][0], by_name[(b, True)][0])


def _roots_by_form(forms: dict, sets: _Sets) -> dict:
    """{folded full name: set of union-find roots that have it as a name form}."""
    index = defaultdict(set)
    for k, fs in forms.items():
        for f in fs:
            index[f].add(sets.find(k))
    return index


def _join_shared_and_contained(forms: dict, sets: _Sets) -> None:
    """Keys sharing a full-name form join; a longer form that contains the forms of
    exactly one other entity as a run of words joins it."""
    index = defaultdict(list)
    for k, fs in forms.items():
        for f in fs:
            index[f].append(k)
    for keys in index.values():
        sets.union_all(keys)
    for k, fs in forms.items():
        inner = set()
        for f in fs:
            toks = f.split()
            for size in range(2, len(toks)):
                for i in range(len(toks) - size + 1):
                    for other in index.get(" ".join(toks[i:i + size]), ()):
                        inner.add(sets.find(other))
        inner.discard(sets.find(k))
        if len(inner) == 1:
            sets.union(k, inner.pop())


def _is_short_form(a: str, b: str) -> bool:
    """"mo" of "maurice", "alex" of "alexander": same initial, one a prefix of the
    other or at most three letters long."""
    if a == b or a[:1] != b[:1]:
        return False
    short, long_ = sorted((a, b), key=len)
    return long_.startswith(short) or len(short) <= 3


def _join_nicknames(forms: dict, sets: _Sets) -> None:
    """Two-word names with the same surname and a short form of the first name join,
    when the surname names only those in the story."""
    by_surname = defaultdict(set)
    for fs in forms.values():
        for f in fs:
            toks = f.split()
            if len(toks) == 2:
                by_surname[toks[1]].add(toks[0])
    index = _roots_by_form(forms, sets)
    for surname, firsts in by_surname.items():
        if len(firsts) < 2:
            continue
        firsts = sorted(firsts, key=len, reverse=True)
        for i, a in enumerate(firsts):
            matches = [b for b in firsts if b != a and _is_short_form(a, b)]
            if len(matches) == 1 and sum(_is_short_form(matches[0], c) for c in firsts) == 1:
                for ra in index[f"{a} {surname}"]:
                    for rb in index[f"{matches[0]} {surname}"]:
                        sets.union(ra, rb)


def _join_partials(keys: list, forms: dict, kb: KnowledgeBase, sets: _Sets) -> None:
    """A one-word person name, or a name NER typed as a place or organisation that is
    not in the knowledge base, joins the one person whose full name holds it."""
    index = _roots_by_form(forms, sets)
    by_word = defaultdict(set)
    for form, roots in index.items():
        for word in form.split():
            by_word[word] |= roots
    for k in keys:
        key = fold(k[1])
        if k[2] in NON_PERSON and kb.knows_place_or_body(key):
            continue
        if k[2] != "PERSON" and k[2] not in NON_PERSON:
            continue
        words = key.split()
        roots = index.get(key, set()) if len(words) >= 2 else by_word.get(key, set())
        roots = {sets.find(r) for r in roots}
        if len(roots) == 1 and (k[2] != "PERSON" or len(words) == 1):
            sets.union(k, roots.pop())


def _join_middle_names(forms: dict, sets: _Sets) -> None:
    """"Mark Heller" joins "Mark Jay Heller" when only one longer name of the story has
    that first name and surname."""
    longer = defaultdict(set)
    for k, fs in forms.items():
        for f in fs:
            toks = f.split()
            if len(toks) >= 3:
                longer[(toks[0], toks[-1])].add(k)
    for k, fs in forms.items():
        for f in fs:
            toks = f.split()
            roots = {sets.find(o) for o in longer.get((toks[0], toks[-1]), ())} if len(toks) == 2 else ()
            if len(roots) == 1:
                sets.union(k, roots.pop())


def _join_lone_surnames(local: dict, forms: dict, sets: _Sets) -> None:
    """A surname alone ("Heller") that no full name of its own story holds joins the one
    person of the whole corpus whose full name ends with it (ECB+-style corpora split a
    story; a surname shared by two people of the corpus stays apart). ``forms``: the
    corpus's ``_person_forms``, gathered story by story."""
    keys = [k for k in local if k[2] == "PERSON"]
    by_surname = defaultdict(set)
    with_full = set()
    for k, fs in forms.items():
        for f in fs:
            by_surname[f.split()[-1]].add(sets.find(k))
            with_full.add(sets.find(k))
    for k in keys:
        words = fold(k[1]).split()
        if len(words) != 1 or sets.find(k) in with_full or local.nominal(k):
            continue
        roots = {sets.find(r) for r in by_surname.get(words[0], ())}
        if len(roots) == 1:
            sets.union(k, roots.pop())


def _join_roles(keys: list, local: dict, role_of, sets: _Sets) -> None:
    """A role-only entity joins the one person the story names with that office."""
    people = [k for k in keys if k[2] == "PERSON"]
    holders = defaultdict(set)  # (country, office) → person roots named with it
    for k in people:
        if role_of(k[1]):
            continue
        for m in local[k]:
            parsed = role_of(clean_surface(m.text)) if m.kind == "role" else None
            if parsed:
                for office in parsed[1]:
                    holders[(parsed[0], office)].add(sets.find(k))
    for k in people:
        parsed = role_of(k[1])
        if parsed and parsed[0]:
            roots = set().union(*(holders.get((parsed[0], o), set()) for o in parsed[1]))
            roots = {sets.find(r) for r in roots}
            if len(roots) == 1:
                sets.union(k, roots.pop())


def _join_name_runs(keys: list, local: dict, kb: KnowledgeBase, sets: _Sets) -> None:
    """An organisation, building or place name that is a shorter run of another's words
    keeping its head ("Sox", "Red Sox" of "Boston Red Sox"; "Academy" of "Academy of
    Motion Picture Arts") joins it when one entity of the story has such a longer name.
    Names the knowledge base knows (countries, capitals, seats, organisations: "Security
    Council" is not "Russian Security Council") stay apart."""
    named = [k for k in keys if k[2] in RUN_TYPES and not local.nominal(k)]
    words_of = {k: fold(clean_surface(k[1])).split() for k in named}
    by_run = defaultdict(list)
    for k in named:
        for run in head_runs(words_of[k]):
            by_run[run].append(k)
    for k in sorted(named, key=lambda k: -len(words_of[k])):
        key = " ".join(words_of[k])
        if key not in by_run or kb.knows_place_or_body(key):
            continue
        roots = {sets.find(o) for o in by_run[key]} - {sets.find(k)}
        if len(roots) == 1:
            sets.union(k, roots.pop())


def _is_nominal(mentions: list) -> bool:
    """Named by common nouns alone ("the actress", and the "who" that follows it)."""
    return all(m.kind in ("nominal", "pronoun") for m in mentions)


def _hosts_by_head(keys: list, local: dict, sets: _Sets, described: dict,
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
    names' heads, the heads of nominals it took, and how the corpus describes it."""
    nouns = head_nouns()
    found = set(described.get(key, ()))
    for m in mentions:
        if m.kind == "nominal" and m.head:
            found.add(m.head)
        elif m.kind in ("name", "metonym"):
            head = _surface_head(m.text)
            if head:
                found.add(head)
    # "the host" is a person, never the "Oscars" it was once written beside
    return tuple(noun for noun in found
                 if noun not in nouns or key[2] in COMPATIBLE.get(nouns[noun], ()))


@lru_cache(maxsize=262144)
def _surface_head(text: str) -> str:
    """``name_head`` of a mention's cleaned surface; the same surfaces recur in thousands
    of articles, and both functions read the string alone."""
    return name_head(clean_surface(text))


def _join_nominals(keys: list, local: dict, kb: KnowledgeBase, sets: _Sets,
                   described: dict, unattached_only: bool = False) -> None:
    """Nominal entities of one story: one head noun, number and compatible modifiers join; a
    group joins the one named entity headed by or that took its head noun. With
    ``unattached_only``, nominal entities already joined to a named one stay out (two
    stories' "the lawyer" may be two named lawyers)."""
    groups = defaultdict(list)  # head → [(representative key, merged modifiers)]
    plural = Counter()  # representative key → plural less singular nominal mentions
    articles = defaultdict(set)  # representative key → ids of the articles in its group
    named_roots = {sets.find(k) for k in keys if not local.nominal(k)}
    for k in sorted(keys):
        if not local.nominal(k) or (unattached_only and sets.find(k) in named_roots):
            continue
        found = local.nominal_group_of.get(k)
        if found is None:
            found = local.nominal_group_of[k] = _nominal_group(k, local[k], kb)
        head, mods, lean = found
        if not head:
            continue
        for i, (rep_key, merged) in enumerate(groups[head]):
            # another article may count the group differently; one article's "two guards"
            # and "three guards" stay two groups
            if compatible(merged, mods) or (k[0] not in articles[rep_key] and compatible(
                    _uncounted(merged), _uncounted(mods))):
                sets.union(k, rep_key)
                groups[head][i] = (rep_key, {**merged, **mods})
                break
        else:
            groups[head].append((k, mods))
            rep_key = k
        plural[rep_key] += lean
        articles[rep_key].add(k[0])
    _join_hosts(keys, local, sets, described, groups, plural)


def _uncounted(mods: dict) -> dict:
    """Modifiers less the count: outlets count one group differently ("23 pirates",
    "26 pirates") and a count in one article only never splits a story's group."""
    return {k: v for k, v in mods.items() if k != "number"}


def _nominal_group(key: tuple, mentions: list, kb: KnowledgeBase) -> tuple:
    """(head noun or None, modifiers, plural less singular nominal mentions) of a nominal
    entity (``key``, its ``mentions``): what ``_join_nominals`` groups it by. Never
    changes while linking, so it is worked out once per key (the caller keeps it)."""
    head = Counter(m.head for m in mentions if m.head).most_common(1)
    if not head:
        return None, None, 0
    mods = modifiers(re.sub(r" \(\d+\)$", "", key[1]).split()[:-1], kb)
    # "the agency" of one article is not "the agencies" of another
    nominal = [m for m in mentions if m.kind == "nominal"]
    plural = [written_plural(m) for m in nominal]
    mods["plural"] = sum(plural) * 2 > len(nominal)
    return head[0][0], mods, sum(1 if p else -1 for p in plural)


def _join_hosts(keys: list, local: dict, sets: _Sets, described: dict, groups: dict,
                plural: Counter) -> None:
    """Each nominal group ({head: [(representative key, modifiers)]}) joins the one
    named entity (or the story's dominant one) that hosts its head; a group written
    mostly in the plural never joins one person ("the co-workers" of "Kenneth Dorsey")."""
    if not groups:
        return
    hosts = _hosts_by_head(keys, local, sets, described, set(groups))
    nouns, weight = head_nouns(), None
    for head, members in groups.items():
        roots = {sets.find(r) for r in hosts.get(head, ())}
        if len(roots) > 1:
            weight = weight or _story_weight(keys, local, sets)
            roots = _dominant(roots, weight)
        if len(roots) == 1:
            root = roots.pop()
            for rep_key, _ in members:
                if nouns.get(head) != "PERSON" or plural[rep_key] <= 0:
                    sets.union(rep_key, root)


def _story_weight(keys: list, local: dict, sets: _Sets) -> Counter:
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


def _merge(local: dict, story_of: dict, kb: KnowledgeBase, role_of, texts: dict) -> _Sets:
    sets = _Sets()
    _join_corpus_wide(local, kb, sets)
    # what a person is called anywhere ("actress Lindsay Lohan") holds in every story
    pooled = person_descriptions(local, texts, sets.find)
    described = {k: pooled[sets.find(k)] for k in local if sets.find(k) in pooled}
    stories = defaultdict(list)
    for key in local:
        stories[story_of.get(key[0])].append(key)
    all_forms = {}  # every story's person forms, for the lone-surname pass
    for keys in stories.values():
        forms = _person_forms(keys, local, role_of)
        all_forms.update(forms)
        _join_shared_and_contained(forms, sets)
        _join_nicknames(forms, sets)
        _join_middle_names(forms, sets)
        _join_partials(keys, forms, kb, sets)
        _join_roles(keys, local, role_of, sets)
        join_acronyms(keys, sets)
        _join_name_runs(keys, local, kb, sets)
        _join_nominals(keys, local, kb, sets, described)
    _join_lone_surnames(local, all_forms, sets)
    for keys in _story_families(stories, local, sets):
        _join_nominals(keys, local, kb, sets, described, unattached_only=True)
    return sets


def _story_families(stories: dict, local: dict, sets: _Sets) -> list:
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


def link_entities(articles: list[Article], kb: Optional[KnowledgeBase] = None) -> list[Entity]:
    """One Entity per real entity across ``articles`` (list[Article]); rewrites each
    Mention.canonical to the entity's final name. Entities come most-mentioned first."""
    kb = kb or load_kb()
    role_of = _RoleParser(kb)
    local = _local_entities(articles)
    story_of = {a.id: a.story for a in articles}
    texts = {a.id: a.text for a in articles}
    sets = _merge(local, story_of, kb, role_of, texts)
    groups = defaultdict(list)
    for key in local:
        groups[sets.find(key)].append(key)
    entities = []
    for keys in groups.values():
        named = [k for k in keys if not local.nominal(k)]
        name = best_name(named or keys, local, kb, role_of)
        for m in (m for k in keys for m in local[k]):
            m.canonical = name
        if not named:
            continue  # named only by nominals ("the victims"): linked, not listed
        articles = sorted({k[0] for k in keys})  # "the navy" of an article counts it in
        keys = named
        mentions = [m for k in keys for m in local[k] if m.kind != "nominal"]
        if not is_listed(name, [(k[0], m) for k in keys for m in local[k] if m.kind != "nominal"],
                       kb, texts):
            continue
        codes = Counter(m.code for m in mentions if m.code and m.kind != "pronoun")
        aliases = sorted({clean_surface(m.text) for m in mentions if m.kind != "pronoun"} | {name})
        type_ = entity_type(name, keys, local, kb)
        entities.append(Entity(id=entity_id(name, type_), name=name, type=type_, aliases=aliases,
                               code=codes.most_common(1)[0][0] if codes else None,
                               mentions=len(mentions),
                               articles=articles))
    entities.sort(key=lambda e: (-e.mentions, e.name))
    return entities
