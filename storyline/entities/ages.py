"""Ages and home towns as links between a named person and an unnamed one within a story.

News gives a person's age and home town beside the name ("Raj Chohan, 59, of Queens",
"59-year-old Raj Chohan") and names the same person elsewhere by age or town and a noun
alone ("a 59-year-old woman", "a Queens woman"), often in another outlet's article. A
person nominal written with an age or a town that exactly one named person of the story
is given joins that person, unless it is already another named person's, the gender
its noun says is not the one the person is referred to by, or its sentence names that
person apart from it ("Rep. Jim Jordan said an Ohio man had sent him threats"). A place
after a name is a home town only when it is no country or state the knowledge base knows
and the name carries no office title ("Sen. Ted Cruz of Texas" serves the state).
"""
from __future__ import annotations

import re
from collections import defaultdict

from .age_pattern import AGE, AGE_NUMBER, age_years
from .find import PRONOUNS
from .kb import load_kb
from .link_keys import Sets
from .nominals import NUMBER_WORDS
from .noun_lexicon import head_nouns, noun_class

# right after a name: "Raj Chohan, 59, of Queens", "Raj Chohan, 59.", "Smith, age 61," or
# "Raj Chohan (59)"
AGE_AFTER = re.compile(r"\s*(?:,\s*(?:aged?\s+)?(\d{1,3})\s*(?:[,.;:]|$)|\(\s*(\d{1,3})\s*\))")
# an apposition after a name: "Raj Chohan, a 59-year-old grandmother"
AGE_APPOSED = re.compile(r"\s*,\s*(?:an?|the)\s+" + AGE_NUMBER + r"\s*-\s*years?\s*-\s*old\b",
                         re.IGNORECASE)
# right before a name: "59-year-old Raj Chohan", "the 59-year-old Chohan"
AGE_BEFORE = re.compile(r"\b" + AGE_NUMBER + r"\s*-\s*years?\s*-\s*old\s*$", re.IGNORECASE)
# after a name, its home town: "Raj Chohan, 59, of Queens", "Paul Riva of Sterling Heights"
HOME_AFTER = re.compile(r"\s*,?\s*(?:\d{1,3}\s*,\s*)?of\s+([A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\b")
# titles of an elected or appointed office: "Sen. Ted Cruz of Texas" names the state he
# serves, never his home town
OFFICE_TITLES = {"sen", "senator", "rep", "representative", "congressman", "congresswoman",
                 "gov", "governor", "lt", "del", "delegate", "assemblyman", "assemblywoman",
                 "mayor", "councilman", "councilwoman", "councillor", "councilor", "sheriff",
                 "commissioner", "judge", "justice", "attorney", "bishop", "ambassador"}
TITLE_BEFORE = re.compile(r"([A-Za-z]+)\.?\s*$")
# the end of a sentence between two spans of one text
SENTENCE_END = re.compile(r"[.!?][\"”’']?\s+[\"“‘']?[A-Z0-9]|\n")


def _valid(age: str) -> bool:
    """Whether ``age`` (str of digits) can be a person's age in years."""
    return 0 < int(age) < 120


def name_ages(text: str, start: int, end: int) -> set:
    """The ages (set[str]) the ``text`` gives right beside the name at [start, end)."""
    found = set()
    after = AGE_AFTER.match(text, end, min(len(text), end + 16))
    if after:
        found.add(after.group(1) or after.group(2))
    apposed = AGE_APPOSED.match(text, end, min(len(text), end + 40))
    if apposed:
        found.add(age_years(apposed.group(1)))
    before = AGE_BEFORE.search(text, max(0, start - 30), start)
    if before:
        found.add(age_years(before.group(1)))
    return {a for a in found if _valid(a)}


def nominal_age(key: tuple, mentions: list, text: str) -> str | None:
    """The one age (str) a person nominal is written with ("a 59-year-old woman"), read
    from its key's name (``key``: (article id, canonical, type)) and from the words that
    run into each of its nominal ``mentions`` (list[Mention]) in ``text`` (its article:
    the mention may begin inside "59-year-old"); None when none or two different ones."""
    ages = {age_years(m.group(1)) for m in AGE.finditer(key[1])}
    for x in mentions:
        if x.kind == "nominal":
            window = max(0, x.start - 30)
            ages |= {age_years(m.group(1)) for m in AGE.finditer(text, window, x.end)
                     if m.end() > x.start}
    ages = {a for a in ages if _valid(a)}
    return ages.pop() if len(ages) == 1 else None


def _genders(mentions: list) -> set:
    """{"f", "m"}: the genders a key's mentions (list[Mention]) say: pronouns and nouns."""
    found = set()
    female, male = noun_class("FEMALE"), noun_class("MALE")
    for m in mentions:
        low = m.text.lower()
        if m.kind == "pronoun":
            found |= {PRONOUNS[low]} if low in PRONOUNS else set()  # find's gendered pronouns
        elif m.kind == "nominal" and m.head:
            found |= {"f"} if m.head in female else {"m"} if m.head in male else set()
    return found


def _titled(text: str, start: int, end: int) -> bool:
    """Whether the name at [start, end) of ``text`` carries an office title, inside it or
    right before it ("Sen. Ted Cruz", "Gov. Ann Lee")."""
    words = [w.strip(".").lower() for w in text[start:end].split()[:-1]]
    before = TITLE_BEFORE.search(text, max(0, start - 16), start)
    if before:
        words.append(before.group(1).lower())
    return any(w in OFFICE_TITLES for w in words)


def name_towns(text: str, start: int, end: int, kb) -> set:
    """The home towns (set of folded str) the ``text`` gives right after a name at [start,
    end): "Raj Chohan, 59, of Queens", "Paul Riva of Sterling Heights". A country or state
    ``kb`` (KnowledgeBase) knows is no home town ("Rep. Jim Jordan of Ohio" serves a state,
    and "an Ohio man" may be anyone), and neither is the place of a name with an office
    title ("Mayor Ann Lee of Dunmore" serves the town)."""
    found = HOME_AFTER.match(text, end, min(len(text), end + 60))
    if not found or _titled(text, start, end) or kb.knows_country_or_region(found.group(1)):
        return set()
    return {found.group(1).lower()}


def nominal_towns(key: tuple) -> set:
    """The capitalised words before a person nominal's head in its key's name ("Bloomington"
    of "Bloomington man", "Sterling Heights" of "a 47-year-old Sterling Heights man"), folded,
    as a set of one; empty when there are none, or when they own the noun ("Lindsay Lohan's
    attorney") or count it ("Three people")."""
    words = re.sub(r" \(\d+\)$", "", key[1]).split()[:-1]
    run, after = [], ""
    for word in words:
        if word[:1].isupper() and word.isalpha() and word.lower() not in NUMBER_WORDS:
            run.append(word)
        elif run:
            after = word
            break
    if not run or after[:1] in ("'", "’"):
        return set()
    return {" ".join(run).lower()}


def _person_facts(keys: list, local: dict, texts: dict, sets: Sets, kb) -> tuple:
    """({fact: roots of the story's named people given it}, {root: genders its keys say}):
    facts are ("age", "59") and ("town", "queens")."""
    given, genders, names = defaultdict(set), defaultdict(set), defaultdict(set)
    for k in keys:
        if local.nominal(k):
            continue
        root = sets.find(k)
        genders[root] |= _genders(local[k])
        if k[2] != "PERSON":
            continue
        text = texts[k[0]]
        names[root].add(k[1].lower())
        for m in local[k]:
            if m.kind == "name":
                for age in name_ages(text, m.start, m.end):
                    given[("age", age)].add(root)
                for town in name_towns(text, m.start, m.end, kb):
                    given[("town", town)].add(root)
    # a name the story gives as someone's home town ("of Burnsville") is a place the NER
    # took for a person, never the person of an age or a town
    towns = {value for kind, value in given if kind == "town"}
    for roots in given.values():
        roots -= {r for r in roots if names[r] & towns}
    return given, genders


def _person_of(facts: list, given: dict, sets: Sets):
    """The one named root the facts of a nominal (list of ("age"|"town", value), the age
    first) point to: the first fact some named person is given decides (a town may be home
    to two people of the story, an age tells them apart); None when it points to two."""
    for fact in facts:
        roots = {sets.find(r) for r in given.get(fact, ())}
        if len(roots) == 1:
            return roots.pop()
        if roots:
            return None  # two people of that age: not told apart by a town either
    return None


def _ages_of(root, given: dict, sets: Sets) -> set:
    """The ages (set[str]) the story gives the named person ``root``."""
    return {value for (kind, value), roots in given.items()
            if kind == "age" and root in {sets.find(r) for r in roots}}


def _named_beside(key: tuple, root, keys: list, local: dict, text: str, sets: Sets) -> bool:
    """Whether a nominal (``key``) shares a sentence of its article (``text``) with a name
    of the person ``root``, apart from it: "Rep. Jim Jordan of Ohio said an Ohio man had
    sent him threats" names two people; an apposition ("Lee, a Dunmore man") is one."""
    names = [m for k in keys if k[0] == key[0] and not local.nominal(k) and sets.find(k) == root
             for m in local[k] if m.kind == "name"]
    for x in local[key]:
        if x.kind != "nominal":
            continue
        for n in names:
            between = text[min(x.end, n.end):max(x.start, n.start)]
            if not SENTENCE_END.search(between) and between.strip() not in (",", "("):
                return True
    return False


def join_by_age_or_town(keys: list, local: dict, texts: dict, sets: Sets, kb=None) -> None:
    """Within one story (``keys``: its article-level keys (article id, canonical, type);
    ``local``: {key: [Mention]}; ``texts``: {article id: text}; ``kb``: KnowledgeBase, the
    built-in one when None), join each person nominal written with an age or a home town
    to the one named person the story gives it, never to one named beside it in a sentence."""
    persons = head_nouns()
    given, genders = _person_facts(keys, local, texts, sets, kb or load_kb())
    if not given:
        return
    named_roots, joins = set(genders), []
    for k in keys:
        if not local.nominal(k) or sets.find(k) in named_roots:
            continue  # already someone's: an age never moves a nominal between people
        nominals = [m for m in local[k] if m.kind == "nominal"]
        if not nominals or any(persons.get(m.head) != "PERSON" for m in nominals):
            continue
        age = nominal_age(k, local[k], texts[k[0]])
        facts = ([("age", age)] if age else []) + [("town", t) for t in nominal_towns(k)]
        root = _person_of(facts, given, sets)
        if root is None:
            continue
        ages = _ages_of(root, given, sets) if age else set()
        if ages and age not in ages:
            continue  # "a 44-year-old Millbrook man" is not the Millbrook man of 36
        said, known = _genders(local[k]), genders.get(root, set())
        if said and known and not said & known:
            continue  # "a 59-year-old man" is not the woman given that age
        if _named_beside(k, root, keys, local, texts[k[0]], sets):
            continue
        joins.append((k, root))
    for k, root in joins:
        sets.union(k, root)
