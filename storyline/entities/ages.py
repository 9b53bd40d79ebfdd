"""Ages and home towns as links between a named person and an unnamed one within a story.

News gives a person's age and home town beside the name ("Raj Chohan, 59, of Queens",
"59-year-old Raj Chohan") and names the same person elsewhere by age or town and a noun
alone ("a 59-year-old woman", "a Queens woman"), often in another outlet's article. A
person nominal written with an age or a town that exactly one named person of the story
is given joins that person, unless it is already another named person's, or the gender
its noun says is not the one the person is referred to by.
"""
from __future__ import annotations

import re
from collections import defaultdict

from .link_keys import Sets
from .nominals import NUMBER_WORDS
from .noun_lexicon import head_nouns, noun_class

UNITS = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
         "eighteen", "nineteen"]
TENS = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
# an age in digits or words: "59", "Sixty", "fifty-nine" ("fifty - nine" in tokenised text)
NUMBER = r"(\d{{1,3}}|(?:{0})(?:\s*-\s*(?:{1}))?|{2}|{1})".format(
    "|".join(TENS), "|".join(UNITS), "|".join(TEENS))
# "59-year-old", "59 - year - old" (tokenised text), "59-years-old", "Sixty-year-old"
AGE_WORDS = re.compile(r"\b" + NUMBER + r"\s*-\s*years?\s*-\s*old\b", re.IGNORECASE)
# right after a name: "Raj Chohan, 59, of Queens", "Raj Chohan, 59.", "Smith, age 61," or
# "Raj Chohan (59)"
AGE_AFTER = re.compile(r"\s*(?:,\s*(?:aged?\s+)?(\d{1,3})\s*(?:[,.;:]|$)|\(\s*(\d{1,3})\s*\))")
# an apposition after a name: "Raj Chohan, a 59-year-old grandmother"
AGE_APPOSED = re.compile(r"\s*,\s*(?:an?|the)\s+" + NUMBER + r"\s*-\s*years?\s*-\s*old\b",
                         re.IGNORECASE)
# right before a name: "59-year-old Raj Chohan", "the 59-year-old Chohan"
AGE_BEFORE = re.compile(r"\b" + NUMBER + r"\s*-\s*years?\s*-\s*old\s*$", re.IGNORECASE)
# after a name, its home town: "Raj Chohan, 59, of Queens", "Paul Riva of Sterling Heights"
HOME_AFTER = re.compile(r"\s*,?\s*(?:\d{1,3}\s*,\s*)?of\s+([A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\b")
FEMALE_PRONOUNS = {"she", "her", "hers", "herself"}
MALE_PRONOUNS = {"he", "him", "his", "himself"}


def _years(age: str) -> str:
    """An age written in digits or words ("59", "fifty - nine", "Sixty") as digits."""
    words = re.split(r"\s*-\s*", age.lower())
    if words[0].isdigit():
        return words[0]
    value = 0
    for word in words:
        if word in TENS:
            value += 20 + 10 * TENS.index(word)
        elif word in TEENS:
            value += 10 + TEENS.index(word)
        else:
            value += 1 + UNITS.index(word)
    return str(value)


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
        found.add(_years(apposed.group(1)))
    before = AGE_BEFORE.search(text, max(0, start - 30), start)
    if before:
        found.add(_years(before.group(1)))
    return {a for a in found if _valid(a)}


def nominal_age(key: tuple, mentions: list, text: str) -> str | None:
    """The one age (str) a person nominal is written with ("a 59-year-old woman"), read
    from its key's name (``key``: (article id, canonical, type)) and from the words that
    run into each of its nominal ``mentions`` (list[Mention]) in ``text`` (its article:
    the mention may begin inside "59-year-old"); None when none or two different ones."""
    ages = {_years(m.group(1)) for m in AGE_WORDS.finditer(key[1])}
    for x in mentions:
        if x.kind == "nominal":
            window = max(0, x.start - 30)
            ages |= {_years(m.group(1)) for m in AGE_WORDS.finditer(text, window, x.end)
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
            found |= {"f"} if low in FEMALE_PRONOUNS else {"m"} if low in MALE_PRONOUNS else set()
        elif m.kind == "nominal" and m.head:
            found |= {"f"} if m.head in female else {"m"} if m.head in male else set()
    return found


def name_towns(text: str, end: int) -> set:
    """The home towns (set of folded str) the ``text`` gives right after a name ending at
    ``end``: "Raj Chohan, 59, of Queens", "Paul Riva of Sterling Heights"."""
    found = HOME_AFTER.match(text, end, min(len(text), end + 60))
    return {found.group(1).lower()} if found else set()


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


def _person_facts(keys: list, local: dict, texts: dict, sets: Sets) -> tuple:
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
                for town in name_towns(text, m.end):
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


def join_by_age_or_town(keys: list, local: dict, texts: dict, sets: Sets) -> None:
    """Within one story (``keys``: its article-level keys (article id, canonical, type);
    ``local``: {key: [Mention]}; ``texts``: {article id: text}), join each person nominal
    written with an age or a home town to the one named person the story gives it."""
    persons = head_nouns()
    given, genders = _person_facts(keys, local, texts, sets)
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
        joins.append((k, root))
    for k, root in joins:
        sets.union(k, root)
