"""Nominal mentions: common-noun phrases that name a participant ("the navy", "the
victims", "her lawyer", "the ship"), and their coreference within one article.

Finding: a noun whose lemma is in ``data/nominals.yaml`` (people and groups,
organisations, places, buildings, vehicles, objects), heading a phrase in an argument
position (subject, object, object of a preposition, apposition, conjunct, predicate,
possessor), or written as a title before a name ("actress Lindsay Lohan"), and not
inside a name, role or pronoun mention, nor counting what follows it ("a host of
issues"). Nouns naming events ("the attack") are left to the events stage. The data
file also groups person nouns into classes the cross-article linker reads
(``noun_lexicon.noun_class``: what someone is known for, a crime, a victim) and lists
nouns outlets use for one participant (``noun_lexicon.same_noun``: "protesters" /
"rioters").

Coreference (head lemma plus compatible modifiers, the rule a same-head baseline uses,
made stricter): an indefinite phrase ("a man") opens a new entity; a definite or bare
one ("the man", "pirates") joins the latest entity of the same head and number whose
modifiers do not conflict (another country, number, ordinal, possessor or tier of
government: "the Indian navy" is not "the Thai navy", "the state government" not "the
federal government"; "the agencies" is not "the agency"); a body's phrase naming a
country or a place of the article joins only an entity of that country or place, or
the government of the country the article is about ("the UK government" is not the
Australian article's "federal government"); a phrase in
apposition to a name ("Shawn Holley, her lawyer") joins the name's entity, so do a
predicate noun its copula's subject ("Ana Ruiz was a champion boxer") and a title its
name ("actress Lindsay Lohan"); a definite phrase whose head is the last word of
exactly one name joins it ("the navy" of "the Indian Navy", "the gulf" of "the Gulf of
Aden"; a plural only a name with that plural head); "the country" and "the nation" take
up the one country the article names most ("Russia ... the nation"). Nominal entities
get an actor code only where the text gives the country ("the Indian navy" → INDMIL),
never by guessing.
"""
from __future__ import annotations

import re
from typing import Optional

from ..nlp import doc_text
from .age_pattern import AGE, age_years
from .descriptions import TELLING_FORMS
from .find import Found
from .kb import KnowledgeBase
from .names import clean_surface, fold
from .noun_lexicon import head_nouns, noun_class
from .resolve import Cluster, _org_code
from .roles import PORTFOLIO_WORDS, portfolio_key

ARGUMENT_DEPS = {"nsubj", "nsubjpass", "dobj", "iobj", "dative", "pobj", "appos", "conj",
                 "ROOT", "agent", "attr", "oprd", "poss"}
# verbs whose predicate noun describes their subject ("Kolby was the singer")
COPULAS = {"be", "become", "remain", "seem"}
IDENTIFYING = {"identify", "name", "call"}  # "identified as X", "named X", "called X"
MODIFIER_DEPS = {"det", "amod", "compound", "nummod", "poss", "predet", "nmod", "quantmod"}
DEFINITE = {"the", "this", "that", "these", "those"}
INDEFINITE = {"a", "an", "another", "some", "any", "every", "each", "no", "one", "other",
              "several", "many", "few"}
ORDINALS = {"first", "second", "third", "fourth", "fifth", "last", "latest", "new", "former",
            "other", "another", "previous", "next"}
NUMBER_WORDS = {"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                "eleven", "twelve", "dozen", "hundred", "hundreds", "thousand", "thousands"}
# "two pistols" and "2 pistols" give one count
NUMBER_VALUES = {w: str(i) for i, w in enumerate(["zero", "one", "two", "three", "four", "five", "six",
                                                 "seven", "eight", "nine", "ten", "eleven", "twelve"])}
PRONOUN_WORDS = {"his", "her", "its", "their", "my", "our", "your"}
# tiers of government and of bodies: "the state government" is not "the federal government"
LEVELS = {"federal": "national", "national": "national", "central": "national", "state": "state",
          "provincial": "state", "territorial": "state", "regional": "region", "local": "local",
          "municipal": "local", "city": "local", "county": "county"}
# modifiers that name whose entity it is: a phrase with one joins only an entity that
# has it too ("the UK government" is not the article's "federal government")
OWNING_MODIFIERS = ("country", "place")
# nouns that take up the country an article is about ("the nation voted on Sunday")
COUNTRY_NOUNS = {"country", "nation"}
GOVERNMENT = noun_class("GOVERNMENT")  # "the administration" is no "X Administration" agency
# nominal type → the named-entity types it may corefer with
COMPATIBLE = {"PERSON": {"PERSON"}, "ORG": {"ORG", "NORP"}, "LOC": {"GPE", "LOC", "FAC"},
              "FAC": {"FAC", "ORG", "LOC"}, "VEHICLE": {"FAC", "PRODUCT", "ORG"},
              "OBJECT": {"PRODUCT", "WORK_OF_ART", "ORG"}}


def modifiers(words: list, kb: KnowledgeBase, places: frozenset = frozenset(),
              head: str = "") -> dict:
    """Modifier classes of a phrase's words before its head (list[str]): {"country":
    frozenset of codes, "number": digits or word, "ordinal": word, "owner": word, "level":
    tier of government, "age": years of "59-year-old", "place": a word of ``places`` (set of
    folded words of the place names of the article)}; two phrases with a class of different
    values cannot be one entity. Before a ``head`` of the "GOVERNMENT" class a capitalised
    word is its owner: "the Bush administration" is not "the Obama administration". Before
    "ministry" or "department" its policy area is a "portfolio" key ("foreign", "interior";
    ``roles.portfolio_key``). Countries are a set: "Somali and Yemeni pirates" may be
    written "Somali pirates" by another outlet."""
    out: dict = {}
    # an age tells two people apart: "a 50-year-old man" is not "a 47-year-old man"
    age = AGE.search(" ".join(words))
    if age:
        out["age"] = age_years(age.group(1))
    for i, word in enumerate(words):
        low = word.lower().strip(",.")
        if low in DEFINITE or low in PRONOUN_WORDS or low in ("a", "an"):
            continue
        if low in ("'s", "’s"):
            continue
        nxt = words[i + 1].lower() if i + 1 < len(words) else ""
        country = kb.country_of(re.sub(r"(?:'s|’s)$", "", word))
        if country:
            out["country"] = out.get("country", frozenset()) | {country}
        elif low == "both":  # "both countries" counts two, as "the two countries" does
            out["number"] = "2"
        elif (re.fullmatch(r"\d[\d,.]*", low) or low in NUMBER_WORDS) and nxt != "-":
            # a count ("23 pirates"), not an age or a measure ("26-year-old actress")
            out["number"] = NUMBER_VALUES.get(low, low.replace(",", ""))
        elif low in LEVELS:
            out["level"] = LEVELS[low]
        elif low in ORDINALS:
            out["ordinal"] = low
        elif nxt in ("'s", "’s") or low.endswith(("'s", "’s")):
            out["owner"] = re.sub(r"(?:'s|’s)$", "", low)
            if out["owner"] in COUNTRY_NOUNS:  # "the country's government": the national one
                out.setdefault("level", "national")
        elif head in GOVERNMENT and word[:1].isupper():
            out["owner"] = low
        elif word[:1].isupper() and fold(low) in places:
            out["place"] = low  # a place the article names: "the Victorian state government"
    portfolio = portfolio_of(words, head)  # "the foreign ministry" is no "interior ministry"
    if portfolio:
        out["portfolio"] = portfolio
    return out


# heads a ministry's policy area is written before ("the trade ministry")
_PORTFOLIO_HEADS = {"ministry", "department"}


def portfolio_of(words: list, head: str) -> str:
    """The policy area ``words`` (list[str], before ``head``) give a ministry or department
    ("foreign", "interior" of "home affairs"; ``roles.portfolio_key``), else ""."""
    if head not in _PORTFOLIO_HEADS:
        return ""
    area = [w.lower().strip(",.") for w in words if w.lower().strip(",.") in PORTFOLIO_WORDS]
    key = portfolio_key(" ".join(area)) if area else ""
    return "" if key == "affairs" else key


def compatible(a: dict, b: dict) -> bool:
    """Whether two modifier dicts (see :func:`modifiers`) can describe one entity; "other
    countries" is by its wording not the countries named before."""
    if {a.get("ordinal"), b.get("ordinal")} & {"other", "another"}:
        return False
    # countries agree when they share one ("Somali and Yemeni" / "Somali")
    return all(a[k] & b[k] if k == "country" else a[k] == b[k] for k in a.keys() & b.keys())


def _phrase_start(tok) -> int:
    """Token index where the head's phrase begins (its pre-modifiers' leftmost token)."""
    start = tok.i
    for child in tok.lefts:
        if child.dep_ in MODIFIER_DEPS:
            start = min(start, child.left_edge.i)
    return start


def _definiteness(tok) -> str:
    """"definite" (the, this, a possessor), "indefinite" (a, another, some), or "bare"."""
    for child in tok.lefts:
        low = child.lower_
        if child.dep_ == "poss":
            return "definite"
        if child.dep_ in ("det", "predet"):
            if low in DEFINITE:
                return "definite"
            if low in INDEFINITE:
                return "indefinite"
        if child.dep_ == "nummod" and low in ("one", "1"):
            return "indefinite"
    return "bare"


def _breaks(tokens) -> bool:
    """Whether ``tokens`` (a Span) may precede a head inside its phrase: no verb, no line
    break, no punctuation other than a possessive or a hyphen ("26-year-old")."""
    return not any(t.pos_ in ("VERB", "AUX") or t.is_space or "\n" in t.text_with_ws
                   or (t.is_punct and t.text not in ("-", "'s", "’s", "'", "’"))
                   for t in tokens)


def _stops(tok, taken: list) -> bool:
    """Whether a nominal's span must begin after ``tok``: a name (a mention of its own,
    or a proper noun the NER missed), punctuation, a line break (blanked furniture)
    or a verb (a misparse reaching into the clause)."""
    return (tok.is_punct or tok.is_space or "\n" in tok.text_with_ws[:-1] or tok.pos_ in
            ("PROPN", "VERB", "AUX") or tok.lower_ in ("'s", "’s")
            or any(s <= tok.idx < e for s, e in taken))


def _describes_name(tok, taken: list) -> bool:
    """A noun written as a title before a name ("actress Lindsay Lohan", "coach Mo
    Cheeks"): a compound of a proper noun inside a ``taken`` mention."""
    head = tok.head
    return (tok.dep_ == "compound" and head.pos_ == "PROPN" and head.i > tok.i
            and any(s <= head.idx < e for s, e in taken))


# nouns that, as "a host of", "a couple of", count what follows rather than name anyone
QUANTIFIER_NOUNS = {"host", "couple", "handful", "number", "lot", "bunch", "crowd", "army"}


def _quantifies(tok) -> bool:
    """Whether the noun ``tok`` is a quantifier phrase's ("a host of issues", "a couple
    of days"): one of ``QUANTIFIER_NOUNS`` after "a" and before "of"."""
    doc = tok.doc
    return (tok.lower_ in QUANTIFIER_NOUNS and tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "of"
            and tok.i > 0 and doc[tok.i - 1].lower_ in ("a", "an"))


def find_nominals(doc, taken: list) -> list[Found]:
    """Nominal mentions of ``doc`` (spaCy Doc) whose head lies in no ``taken`` span
    (list[(start, end)] of name, role and pronoun mentions)."""
    heads = head_nouns()
    taken = sorted(taken)
    text = doc_text(doc)  # spaCy rebuilds doc.text from every token on each access
    out = []
    for tok in doc:
        aged = _bare_age(tok)
        if (tok.tag_ not in ("NN", "NNS") and not aged) or (
                tok.dep_ not in ARGUMENT_DEPS and not _describes_name(tok, taken)):
            continue
        noun = "year-old" if aged else tok.lemma_.lower()
        type_ = heads.get(noun) or heads.get(tok.lower_)
        if type_ is None or any(s <= tok.idx < e for s, e in taken) or _quantifies(tok):
            continue
        first = _phrase_start(tok) if not aged else _phrase_start(tok.doc[tok.i - 4])
        while first < tok.i and not _breaks(doc[first:tok.i]):
            first += 1  # a misparse or blanked furniture reaching into the phrase
        phrase = text[doc[first].idx:tok.idx + len(tok.text)]
        begin = tok.i  # the span starts after any name in the phrase: mentions never overlap
        while begin > first and (aged or not _stops(doc[begin - 1], taken)):
            begin -= 1
        start, end = doc[begin].idx, tok.idx + len(tok.text)
        out.append(Found(start, end, text[start:end], "NOM", "nominal", dep=tok.dep_,
                         definite=_definiteness(tok) != "indefinite",
                         head=noun or tok.lower_,
                         phrase=" ".join(phrase.split()),
                         nominal=type_))
    return out


def _bare_age(tok) -> bool:
    """Whether ``tok`` is the "old" of an age standing for a person ("the 37-year-old was
    charged", "the 37 - year - old" in tokenised text), not an adjective before a noun."""
    if tok.lower_ != "old" or tok.i < 4:
        return False
    if tok.dep_ == "amod" and tok.head.pos_ in ("NOUN", "PROPN"):
        return False  # "a 37-year-old woman": the woman is the mention
    # "37 - year - old" is five tokens, "fifty - nine - year - old" seven
    return any(AGE.fullmatch(tok.doc[tok.i - n:tok.i + 1].text) for n in (4, 6) if tok.i >= n)


def age_modifier(phrase: str) -> dict:
    """{"age": years} of a nominal phrase written with an age, its head included ("the
    37-year-old"), else {}."""
    found = AGE.search(phrase)
    return {"age": age_years(found.group(1))} if found else {}


def _name_of(phrase: str) -> str:
    """A nominal entity's name: its phrase less a leading determiner or possessive pronoun."""
    words = phrase.split()
    while len(words) > 1 and words[0].lower() in DEFINITE | INDEFINITE | PRONOUN_WORDS:
        words = words[1:]
    return " ".join(words)


def _apposed(doc, n: Found, owner) -> Optional[Cluster]:
    """The named entity a nominal stands in apposition to ("Shawn Holley, her lawyer";
    "her lawyer, Shawn Holley"), or None."""
    span = doc.char_span(n.start, n.end, alignment_mode="expand")
    if span is None:
        return None
    tok = span.root
    linked = [tok.head] if tok.dep_ == "appos" and _set_off(doc, tok, tok.head) else []
    linked += [c for c in tok.children if c.dep_ == "appos" and _set_off(doc, tok, c)]
    linked += _copula_subject(tok)
    linked += _identified_as(tok)
    if tok.dep_ == "compound" and tok.head.pos_ == "PROPN" and not told_object(tok):
        linked.append(tok.head)  # "actress Lindsay Lohan"
    for other in linked:
        cluster = owner(other.idx)
        if cluster is not None and cluster.type in COMPATIBLE.get(n.nominal, ()):
            return cluster
    return None


def told_object(tok) -> bool:
    """Whether the noun ``tok``, parsed as a title of the name after it, is rather the
    object of a telling verb right before it, the name being the subject of what was told
    ("told police LaCalamita loaded a shotgun"; "told police officer Ann Lee that ..."
    keeps its title: there the name is the object)."""
    before = tok.doc[tok.i - 1] if tok.i > 0 else None
    if before is not None and before.lower_ == "the" and tok.i > 1:
        before = tok.doc[tok.i - 2]
    return (before is not None and before.lower_ in TELLING_FORMS
            and tok.head.dep_ in ("nsubj", "nsubjpass"))


def _set_off(doc, noun, name) -> bool:
    """Whether the nominal token ``noun`` may be an apposition of token ``name``: before
    it ("the animation company Pixar"), or after it set off by a comma, dash or bracket
    ("Shawn Holley, her lawyer"); "the Northrop Grumman KC-45 tankers", parsed as an
    apposition, is a name modifying a noun."""
    return noun.i < name.i or any(t.is_punct for t in doc[name.i + 1:noun.i])


def _copula_subject(tok) -> list:
    """The subject a predicate noun describes ("Ana Ruiz was a champion boxer", "Ruiz
    became the coach"), as a one-token list, or []."""
    if tok.dep_ not in ("attr", "oprd") or tok.head.lemma_.lower() not in COPULAS:
        return []
    return [c for c in tok.head.children if c.dep_ in ("nsubj", "nsubjpass")][:1]


def _identified_as(tok) -> list:
    """The name a nominal is identified as ("the suspect, identified as Anthony Reyes",
    "police identified the victim as Ben Lo", "the driver, who police identified as ...",
    "the victim was named as ...", "a man named Ben Lo"), as a one-token list, or []."""
    verbs = [tok.head] if tok.dep_ in ("dobj", "nsubjpass") else []
    verbs += [c for c in tok.children if c.dep_ in ("acl", "relcl")]
    for verb in verbs:
        if verb.lemma_.lower() not in IDENTIFYING:
            continue
        for child in verb.children:
            if child.dep_ == "prep" and child.lower_ == "as":
                named = [g for g in child.children if g.dep_ == "pobj" and g.pos_ == "PROPN"]
                if named:
                    return named[:1]
            # "a man named Ben Lo", "a town called Hask": the name is the verb's complement
            if verb.dep_ == "acl" and child.dep_ in ("oprd", "dobj", "attr") \
                    and child.pos_ == "PROPN":
                return [child]
    return []


def written_plural(mention) -> bool:
    """Whether a nominal mention (a ``Found`` or a ``Mention``: its ``text`` and ``head``
    lemma) is written in a plural form ("the guards", "co-workers", "men"): its last
    word is not its head lemma."""
    words = mention.text.split()
    return bool(words and mention.head) and words[-1].lower() != mention.head


# words before a plural noun that point back to a set already named ("both countries",
# "all three men"), unlike a bare plural that a description opens ("Western countries")
SET_WORDS = DEFINITE | PRONOUN_WORDS | {"both", "all"}


def described_plural(text: str, head: str) -> Optional[frozenset]:
    """The describing words (folded) of a bare plural nominal (``text`` its words, ``head``
    its head lemma), one written with no determiner: "Western countries", "countries"
    name a set of their own, never one the article named before ("the two countries"),
    and a count ("23 pirates") describes nothing; None for a singular, or a phrase with a
    determiner, a possessor or "both"."""
    words = text.split()
    if not words or words[-1].lower() == head or words[0].lower() in SET_WORDS \
            or any(w.lower() in ("'s", "’s") or w.lower().endswith(("'s", "’s")) for w in words):
        return None
    return frozenset(w.lower() for w in words[:-1] if w.lower() not in NUMBER_WORDS
                     and not re.fullmatch(r"[\d,.\-]+", w) and not AGE.search(w))


def name_head(name: str) -> str:
    """The head noun of a name, lower-cased: its last word ("navy" of "Indian Navy"), or
    the word before "of" ("gulf" of "Gulf of Aden"); "" for an empty name."""
    words = re.sub(r"(?:'s|’s)$", "", name).split()
    lowered = [w.lower() for w in words]
    if "of" in lowered[1:]:
        return lowered[lowered.index("of", 1) - 1]
    return lowered[-1] if lowered else ""


def _by_head(named: list[Cluster]) -> dict:
    """{head noun of a name (see :func:`name_head`): the named clusters with such a name}."""
    index: dict = {}
    for c in named:
        for m in c.mentions:
            if m.kind in ("name", "metonym") and name_head(m.text):
                index.setdefault(name_head(m.text), set()).add(id(c))
    return index


def _main_country(n: Found, named: list[Cluster], kb: KnowledgeBase,
                  ratio: int = 3) -> Optional[Cluster]:
    """The country "the country" or "the nation" (``n``) takes up: the place the article
    names before it at least ``ratio`` times as often as any other, when the knowledge
    base knows it as a country (a city or a place it does not know is left alone)."""
    counts = []
    for c in named:
        before = [m for m in c.mentions if m.start < n.start and m.kind in ("name", "metonym")]
        if c.type == "GPE" and before:
            counts.append((len(before), before[0].text, c))
    counts.sort(key=lambda x: (-x[0], x[1]))
    if not counts or (len(counts) > 1 and counts[0][0] < ratio * counts[1][0]):
        return None
    top = counts[0]
    return top[2] if fold(clean_surface(top[1])) in kb.country_words else None


def _owned_alike(entity: Cluster, held: dict, mods: dict, named: list[Cluster],
                 kb: KnowledgeBase) -> bool:
    """Whether a body's phrase with modifiers ``mods`` may take up ``entity`` (its merged
    modifiers ``held``) as far as whose it is: a country or place the phrase names must be
    the entity's own, or, for a country, the one the article named most before the entity
    ("Australia ... the government ... the Australian government"); "the UK government"
    and "the Victorian state government" are not that government."""
    missing = [k for k in OWNING_MODIFIERS if k in mods and k not in held]
    if not missing:
        return True
    if missing != ["country"] or len(mods["country"]) != 1:
        return False
    home = _main_country(min(entity.mentions, key=lambda m: m.start), named, kb)
    return home is not None and home.code in mods["country"]


def cluster_nominals(doc, nominals: list[Found], named: list[Cluster],
                     kb: KnowledgeBase) -> list[Cluster]:
    """Attach each nominal (list[Found], from :func:`find_nominals`) to a named entity of
    ``named`` (list[Cluster]) or to a nominal entity; returns the new nominal clusters."""
    spans = sorted((m.start, m.end, c) for c in named for m in c.mentions)

    def owner(offset):
        return next((c for s, e, c in spans if s <= offset < e), None)

    by_head, by_id = _by_head(named), {id(c): c for c in named}
    places = frozenset(w for c in named if c.type in ("GPE", "NORP", "LOC")
                       for m in c.mentions for w in fold(clean_surface(m.text)).split())
    created: list[Cluster] = []
    recent: list[Cluster] = []  # entities a nominal joined, the latest last
    # id(cluster) → (head noun last used for it, merged modifiers, that noun's plurality)
    state: dict = {}
    names_used: dict = {}
    titles: dict = {}  # head noun → the people it was a title or apposition of, with modifiers
    for n in sorted(nominals, key=lambda f: f.start):
        mods = {**modifiers(n.phrase.split()[:-1], kb, places, n.head), **age_modifier(n.phrase)}
        written = n.text.split()[-1].lower()
        target = _apposed(doc, n, owner)
        if target is not None and target.type == "PERSON" and written == n.head:
            titles.setdefault(n.head, []).append((target, mods))
        if target is None and n.definite and not described_plural(n.text, n.head):
            # a bare plural subject ("Residents had complained for years") speaks of the
            # kind, not of a group the text counted ("About 3,000 residents were evacuated");
            # "two boats of pirates" may be the counted pirates
            generic = written != n.head and len(n.phrase.split()) == 1 \
                and n.dep in ("nsubj", "nsubjpass")
            # "the agencies" ... "the agency": a change of number is a change of entity
            same = [c for c in reversed(recent) if state[id(c)][0] == n.head
                    and state[id(c)][2] == (written != n.head)
                    and compatible(state[id(c)][1], mods)
                    and not (generic and "number" in state[id(c)][1])
                    and (n.nominal != "ORG" or _owned_alike(c, state[id(c)][1], mods, named, kb))]
            # "agencies" is no one "Environmental Protection Agency": a plural finds only
            # a name written with the same plural head ("the islands" of "Canary Islands")
            hosts = by_head.get(written, set()) if written != n.head else by_head.get(n.head, set())
            hosts = set() if n.head in GOVERNMENT else hosts
            if "level" in mods:  # "the city court" is no "Supreme Court": a tier the name lacks
                hosts = {h for h in hosts if modifiers(by_id[h].canonical.split()[:-1], kb, places)
                         .get("level") == mods["level"]}
            target = same[0] if same else by_id[next(iter(hosts))] if len(hosts) == 1 else None
            if target is None and n.head in COUNTRY_NOUNS and written == n.head:
                target = _main_country(n, named, kb)
        if target is None:
            name = _name_of(n.phrase)
            names_used[name] = names_used.get(name, 0) + 1
            if names_used[name] > 1:  # "a man" ... "a man": two entities, two names
                name = f"{name} ({names_used[name]})"
            target = Cluster(name, n.nominal, code=_org_code(kb, n.phrase))
            created.append(target)
        # the latest entity a head noun was used for comes first when the noun recurs
        state[id(target)] = (n.head, {**state.get(id(target), (None, {}))[1], **mods},
                             written != n.head)
        recent = [c for c in recent if c is not target] + [target]
        target.mentions.append(n)
    return _join_introduced(created, titles, state)


def _join_introduced(created: list[Cluster], titles: dict, state: dict) -> list[Cluster]:
    """A person first met by an indefinite phrase ("A fired accountant sued ...") and later
    named with that noun as title or apposition ("accountant John Doe said"; "John Doe,
    an accountant") is that named person: the nominal entity's mentions join the name's,
    when exactly one person of the article is so titled and no modifier conflicts.
    ``titles`` {head: [(person Cluster, modifiers)]}, ``state`` {id(cluster): (head,
    modifiers, plural)}; returns the nominal clusters left."""
    kept = []
    for c in created:
        first = min(c.mentions, key=lambda m: m.start)
        head, mods, plural = state[id(c)]
        people = {id(p): p for p, m in titles.get(first.head, ()) if compatible(m, mods)}
        if first.definite or plural or c.type != "PERSON" or len(people) != 1 \
                or {id(p) for p, _ in titles.get(first.head, ())} != set(people):
            kept.append(c)
            continue
        person = next(iter(people.values()))
        if min(m.start for m in person.mentions) < first.start:
            kept.append(c)  # named before: "a man" after it is someone new
            continue
        person.mentions.extend(c.mentions)
    return kept
