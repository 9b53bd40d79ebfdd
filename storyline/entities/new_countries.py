"""Countries the knowledge base does not know: a name the text uses as a country.

New states, rare places, transliterations and invented examples are typed at random by a
small NER ("Veloria" PERSON, "Karsk" ORG) and their adjectives ("Velorian") come out as
entities of their own. A name is read as a country when the text treats it as one:

- things only a state has, owned by it: "Karsk's foreign ministry", "Aldera's water
  minister", "the ambassador to Aldera", "the Pellan coast guard" (strong, 2 points);
- its adjective ("Velorian", "Karskian": the name plus an English demonym ending), the
  stronger when it heads a state or people noun ("Velorian officials", 2 points; else 1);
- a place preposition before it ("in Karsk") where the NER types it a place somewhere
  (1 point); a part of it, a flight's end or its airport ("in northern Karsk", "a flight
  to Karsk", "Karsk airport", 2 points: said of places only); "the president of X" (1 point: companies have
  presidents too). A
  presidency, capital or border counts only after the adjective: people have
  presidencies ("the Bush presidency"), towns borders.

Two points make a country, three where the NER typed the name a person. Guards
against over-typing: names the knowledge base knows,
names of two words or more beginning with a given name ("Georgia Smith"), a name that is
part of a person's full name in its article ("Smith's government" beside "John Smith"),
and a name that begins a longer organisation's name ("Jordan" of "Jordan Ltd").

Finding only: ``article_cues`` reads one text; ``merge_cues`` pools them over a corpus,
each kind of cue counted once; ``pick_countries`` turns them into {folded name or
demonym: country name}. No actor code is made up: CAMEO country
codes are ISO 3166 alpha-3, a scheme with no room for unknown states, and an invented
three letters could be a real country's code.
"""
from __future__ import annotations

import re
from functools import lru_cache

from .companies import company_words
from .kb import KnowledgeBase
from .names import clean_surface, fold, given_name_gender, name_tokens, strip_titles

# what only a state has ("water minister", "fisheries ministry" through the optional word)
_STATE = (r"(?:\w+\s+)?minist(?:er|ry|ries|ers)|government|embassy|embassies|ambassador|envoy|"
          r"consulates?|parliament|army|navy|air\s+force|armed\s+forces|military|"
          r"coast\s+guard|border\s+guards?|territorial\s+waters|airspace|"
          r"state\s+(?:news\s+agency|media|television|broadcaster)|foreign\s+policy|"
          r"prime\s+minister|head\s+of\s+state|lawmakers|(?:national|central)\s+bank")
# what a country's adjective may head besides the state's ("Karskian official"); a
# presidency, capital or border a person's or a town's name takes as well ("the Bush
# presidency", "the border of Long Beach"), so they count after an adjective only
_PEOPLE = (r"officials?|counterparts?|people|delegation|leaders?|troops|soldiers|diplomats?|"
           r"farmers|fishermen|crew|presidency|president|capital|borders?|territory|citizens|"
           r"authorities|nationals|engineers|experts|rescuers|negotiators|police")
_OWNED_WORDS = r"(?:(?:top|former|new|acting|deputy|chief|senior|own|state|national)\s+)*"
_DEMONYM_ENDINGS = ("n", "an", "ian", "ese", "i", "ish")
# words before a name that make it a land one is in, goes to or visits ("in X", "visited
# X"): unlike recall.PLACE_PREPS (no person's name after them) they take verbs of visiting,
# and leave out "at"/"near", which a town takes rather than a country
_TO_A_LAND = r"(?:in|into|to|from|across|throughout|visit|visited|visiting|visits)"
CANDIDATE_TYPES = {"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"}
# a nationality word the NER typed NORP is an adjective, never a country's own name
NAME_TYPES = CANDIDATE_TYPES - {"NORP"}


def demonym_forms(name: str) -> set:
    """English adjective forms a country name may take ("Veloria" → "Velorian", "Karsk" →
    "Karskian", "Italy" → "Italian"); only one-word names have one."""
    if " " in name or len(name) < 4:
        return set()
    stems = {name}
    if name[-1] in "aeoy":
        stems.add(name[:-1])
    return {s + e for s in stems for e in _DEMONYM_ENDINGS} - {name}


# each cue as a pattern read next to a place the name is written, compiled once (a
# pattern per name would compile the state-word alternation again for every name)
_AFTER_OWNED = re.compile(rf"(?:'s|’s)\s+{_OWNED_WORDS}(?:{_STATE})\b")   # "X's foreign ministry"
_AFTER_STATE = re.compile(rf"\s+(?:{_STATE})\b")                          # "the X coast guard"
_BEFORE_STATE = re.compile(rf"\b(?:{_STATE})\s+(?:of|to|for)\s+(?:the\s+)?\Z")  # "ambassador to X"
_BEFORE_WEAK = re.compile(r"\b(?:president|leader|people)\s+of\s+\Z")     # "the president of X"
_BEFORE_PLACE = re.compile(rf"\b{_TO_A_LAND}\s+\Z")                      # "in X"
# a part of a land ("in northern X") or a flight's end ("a flight to X", "flew to X"): said
# of places only, whatever the NER typed the name
_BEFORE_REGION = re.compile(r"\b(?:in|across|throughout|of)\s+(?:the\s+)?(?:far\s+)?"
                            r"(?:(?:north|south)-?(?:east|west)ern|northern|southern|eastern|"
                            r"western|central)\s+\Z", re.IGNORECASE)
_BEFORE_FLIGHT = re.compile(r"\b(?:flights?|fl(?:ew|y|ies|ying|own))\s+(?:back\s+)?"
                            r"(?:to|into|from)\s+\Z", re.IGNORECASE)
_AFTER_AIRPORT = re.compile(r"\s+(?:international\s+)?airport\b")     # "X airport"
_NAME_GOES_ON = re.compile(r"\s+[A-Z]")  # "the embassy of X Y": X begins a longer name


def _word(char: str) -> bool:
    return char.isalnum() or char == "_"


def _occurrences(text: str, name: str):
    """(start, end, begins a word, ends a word) of each place ``name`` is written in ``text``."""
    start = text.find(name)
    while start != -1:
        end = start + len(name)
        before = text[start - 1] if start else ""
        after = text[end] if end < len(text) else ""
        yield (start, end, _word(before) != _word(name[0]) if before else _word(name[0]),
               _word(name[-1]) != _word(after) if after else _word(name[-1]))
        start = text.find(name, start + 1)


def demonym_score(text: str, name: str, words: set, kb: KnowledgeBase) -> int:
    """Points ``text`` (str; ``words`` its capitalised words) earns ``name`` by its
    adjective: 2 before a state or people noun, 1 written otherwise, 0 absent. A word the
    knowledge base knows is no one else's adjective ("Iran" is not "Ira"'s)."""
    forms = {f for f in demonym_forms(name) & words if not kb.country_of(f)}
    if not forms:
        return 0
    alts = "|".join(re.escape(f) for f in sorted(forms))
    # an adjective before a state or people noun; "Velorian Energy" is a company's name
    head = re.compile(rf"\b(?:{alts})s?\s+(?:{_OWNED_WORDS})(?:{_STATE}|{_PEOPLE})\b", re.IGNORECASE)
    return 2 if head.search(text) else 1


# how far a cue reaches back from the name it is about ("the ambassador to the Karsk"):
# the patterns before a name read only that much of the text
_REACH = 90


def country_cues(text: str, name: str, placed: bool) -> dict:
    """{cue kind: points} for the ways ``text`` (str) uses ``name`` (str, a name as
    written) as a country; ``placed`` (bool) whether the NER typed the name a place."""
    cues: dict = {}
    for start, end, begins, ends in _occurrences(text, name):
        left = text.rfind(" ", 0, max(0, start - _REACH)) + 1
        before = text[left:start]
        if begins and (_AFTER_OWNED.match(text, end) or _AFTER_STATE.match(text, end)):
            cues["state"] = 2
        if begins and _AFTER_AIRPORT.match(text, end):
            cues["region"] = 2
        if not ends or _NAME_GOES_ON.match(text, end):
            continue
        if _BEFORE_STATE.search(before):
            cues["state"] = 2
        if _BEFORE_WEAK.search(before):
            cues["weak"] = 1
        if placed and _BEFORE_PLACE.search(before):
            cues["place"] = 1
        if _BEFORE_REGION.search(before) or _BEFORE_FLIGHT.search(before):
            cues["region"] = 2
    return {k: cues[k] for k in ("state", "weak", "place", "region") if k in cues}


def merge_cues(into: dict, cues: dict) -> None:
    """Fold one article's cues into a name's corpus cues: each kind counts once, at its
    best, so a city named "in Hask" by ten articles stays one weak cue."""
    for kind, points in cues.items():
        into[kind] = min(into.get(kind, 0), points) if points < 0 else max(into.get(kind, 0), points)


def capitalised_words(text: str) -> set:
    """The capitalised words of ``text`` (str), for the demonym look-up."""
    return set(re.findall(r"\b[A-Z][\w’'\-]+", text))


def is_candidate(name: str, type_: str, kb: KnowledgeBase) -> bool:
    """Whether a name (str, as written, titles stripped) typed ``type_`` could be a country
    the knowledge base lacks: capitalised words, at most three, none a known name."""
    words = name.split()
    if type_ not in NAME_TYPES or not 1 <= len(words) <= 3 \
            or not all(w[:1].isupper() for w in words) or name.isupper():
        return False
    key = fold(name)
    if kb.knows_place_or_body(key) or kb.person(name) or kb.country_of(name):
        return False
    if len(words) >= 2 and given_name_gender(words[0]):
        return False  # "Georgia Smith"
    return not any(w.lower() in company_words("legal", "trade") for w in words)


def guarded(name: str, others: list) -> bool:
    """Whether ``name`` (str) must not be a country in an article whose other names are
    ``others`` ([(surface, type)]): part of a person's full name, or the start of a longer
    organisation's name."""
    return _guarded(name, _Others(others))


class _Others:
    """An article's names ([(surface, type)]) as ``guarded`` reads them, sorted once per
    article rather than once per candidate: the people's full names and the organisations',
    each written once, with their folded forms."""

    def __init__(self, names: list):
        # every shorter run of a full name's folded words: a name is part of a full name
        # (``is_partial_of``) when its folded words are one of them
        self.parts = set()
        for full in {s for s, t in names if t == "PERSON" and len(s.split()) >= 2}:
            words = name_tokens(full)
            self.parts.update(" ".join(words[i:j]) for i in range(len(words))
                              for j in range(i + 1, len(words) + 1) if j - i < len(words))
        self.orgs = {s: fold(s) for s, t in names if t == "ORG"}


def _guarded(name: str, others: _Others) -> bool:
    key = fold(name)
    # fewer words than the full name, so never the full name itself
    if " ".join(name_tokens(name)) in others.parts:
        return True
    start = name + " "
    for surface, folded in others.orgs.items():
        if folded != key and surface.startswith(start) and fold(surface.split()[0]) == key \
                and not demonym_forms(name) & {surface.split()[0]}:
            return True
    return False


def article_cues(text: str, names: list, kb: KnowledgeBase, words: set | None = None,
                 candidates: dict | None = None) -> dict:
    """{name: {cue kind: points}} for the candidate names of one article; ``names``
    ([(surface, type)]) its name mentions; ``words`` its ``capitalised_words`` where the
    caller has them already; ``candidates`` ({(name, type): bool}) the ``is_candidate``
    answers a corpus-wide caller keeps between articles (the knowledge base look-ups of a
    name repeat in every article naming it)."""
    surfaces = [(_surface(s), t) for s, t in names]
    placed = {fold(s) for s, t in surfaces if t in ("GPE", "LOC")}
    people = {fold(s) for s, t in surfaces if t == "PERSON"}
    words = capitalised_words(text) if words is None else words
    candidates = {} if candidates is None else candidates
    others = _Others(surfaces)
    out: dict = {}
    seen: set = set()  # (name, type) pairs read already: the answer for each never changes
    for name, type_ in surfaces:
        if name in out or (name, type_) in seen:
            continue
        seen.add((name, type_))
        if (name, type_) not in candidates:
            candidates[name, type_] = is_candidate(name, type_, kb)
        if not candidates[name, type_] or _guarded(name, others):
            continue
        out[name] = country_cues(text, name, fold(name) in placed)
        demonym = demonym_score(text, name, words, kb)
        if demonym:
            out[name]["demonym"] = demonym
        if fold(name) in people:
            out[name]["person"] = -1  # the NER read a person: one cue more is asked
    return out


def pick_countries(cues: dict, words: set, kb: KnowledgeBase) -> dict:
    """{folded name or demonym: country name} for names whose cues ({name: {kind:
    points}}) earn two points or more; ``words`` the capitalised words their demonyms
    are looked for in. A picked name that is another's adjective ("Velorian foreign
    minister" beside "Veloria") is that country's adjective."""
    picked = [n for n, kinds in cues.items() if sum(kinds.values()) >= 2]
    adjectives = {fold(f) for n in picked for f in demonym_forms(n)}
    out = {}
    for name in picked:
        if fold(name) in adjectives:
            continue
        out[fold(name)] = name
        for form in {f for f in demonym_forms(name) & words if not kb.country_of(f)}:
            out[fold(form)] = out[fold(form + "s")] = name
    return out


def find_countries(text: str, names: list, kb: KnowledgeBase) -> dict:
    """{folded name or demonym: country name} for one article (``text`` str, ``names``
    [(surface, type)] its NER names)."""
    words = capitalised_words(text)
    return pick_countries(article_cues(text, names, kb, words), words, kb)


@lru_cache(maxsize=65536)
def _surface(text: str) -> str:
    """A name as written, marks and titles off; kept, as a corpus writes each name often."""
    return strip_titles(clean_surface(text))


def retype_found(names: list, countries: dict) -> None:
    """Type one article's name mentions (``names`` [Found]) by ``countries`` (from
    ``find_countries``): the country's name GPE, its adjective NORP."""
    for n in names:
        key = fold(_surface(n.text))
        if key in countries and n.type in CANDIDATE_TYPES:
            n.type = "GPE" if key == fold(countries[key]) else "NORP"
            n.kind = "name"


def corpus_countries(articles: list, kb: KnowledgeBase) -> dict:
    """{folded name or demonym: country name} read over a corpus (``articles``
    [Article] with mentions): cues pooled across articles, a demonym counted in articles
    that never name its country ("the Alderan trawler")."""
    cues: dict = {}
    words_of = {}
    candidates: dict = {}
    for a in articles:
        names = [(m.text, m.type) for m in a.mentions if m.kind in ("name", "metonym")]
        words_of[a.id] = capitalised_words(a.text)
        for name, found in article_cues(a.text, names, kb, words_of[a.id], candidates).items():
            merge_cues(cues.setdefault(name, {}), found)
    by_form: dict = {}
    for name in cues:
        for form in demonym_forms(name):
            by_form.setdefault(form, []).append(name)
    all_words = set()
    for a in articles:
        words = words_of[a.id]
        all_words |= words
        for form in words & by_form.keys():
            for name in by_form[form]:
                merge_cues(cues[name], {"demonym": demonym_score(a.text, name, words, kb)})
    return pick_countries(cues, all_words, kb)


def retype_mentions(articles: list, countries: dict) -> None:
    """Rewrite the mentions of ``articles`` ([Article]) that name a country of
    ``countries`` (``corpus_countries``): canonical the country, GPE (the adjective's
    type NORP), no code; a pronoun bound to it as a person is unbound."""
    for a in articles:
        renamed = {}
        for m in a.mentions:
            key = fold(_surface(m.text))
            if m.kind in ("name", "metonym") and key in countries and m.type in CANDIDATE_TYPES:
                renamed[m.canonical] = countries[key]
                m.type = "GPE" if key == fold(countries[key]) else "NORP"
                m.canonical, m.entity_type, m.code, m.kind = countries[key], "GPE", None, "name"
        for m in a.mentions:
            if m.kind == "pronoun" and m.canonical in renamed and m.entity_type == "PERSON":
                m.canonical = m.entity_type = None
