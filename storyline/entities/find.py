"""Finding entity mentions in one parsed article: names (spaCy NER, corrected with the
knowledge base), roles and titles ("the Russian president", "Kremlin spokesman",
"the head of Russia's Security Council"), honorific forms ("Mr Wang") and pronouns.

Finding only: every function returns :class:`Found` records with exact character
offsets; resolution (canonical names, codes) happens in ``resolve.py``.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Optional

import numpy
from spacy.attrs import LOWER
from spacy.strings import get_string_id

from ..nlp import doc_text
from .companies import company_words
from .kb import KnowledgeBase
from .long_names import OUTLET_WORDS, join_known_long_names, outlets_typed
from .names import HONORIFICS, clean_surface, fold, is_given_name
from .noun_lexicon import noun_class
from .recall import (LOCATIVE_PREPS, clean_display_names, given_name_pairs, is_title_word,
                     looks_like_person, missed_repeats)

NER_LABELS = {"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"}
PRONOUNS = {"he": "m", "him": "m", "his": "m", "himself": "m",
            "she": "f", "her": "f", "hers": "f", "herself": "f"}
# verbs whose object is a place, not an actor ("visiting Moscow")
PLACE_VERBS = {"visit", "reach", "arrive", "leave", "travel", "fly", "return", "come", "go",
               "enter", "tour", "head", "move", "land", "be", "base", "hold", "host"}
# what a state, not a city, can be: "Moscow is ready to talk"
AGENT_ADJECTIVES = {"ready", "willing", "prepared", "determined", "keen", "eager", "concerned", "worried",
                    "opposed", "committed", "interested", "unhappy", "angry", "confident", "open", "firm"}
ACTOR_PREPS = {"between", "with", "by", "against", "from", "of", "for", "toward", "towards"}
ROLE_ADJECTIVES = r"(?:top|most\s+senior|senior|chief|visiting|former|new|then|acting|deputy|outgoing|incoming)"


# last words that make a name an organisation or a team, never a person's surname:
# "Manchester United", "Indian Navy", "Boca Juniors" that the NER types PERSON
ORG_LAST_WORDS = {
    "united", "city", "fc", "cf", "afc", "club", "team", "rovers", "wanderers", "athletic",
    "athletico", "hotspur", "albion", "juniors", "sporting", "navy", "army", "ministry",
    "department", "agency", "committee", "association", "council", "party", "league",
    "federation", "foundation", "institute", "university", "college", "commission",
    "authority", "store", "stores",
    # public services: "Surrey Police", "Palmer Fire", "Highway Patrol", "Coast Guard"
    "police", "constabulary", "fire", "rescue", "service", "services", "patrol", "guard",
} | OUTLET_WORDS | company_words("legal", "trade")  # companies: "General Motors", "Douglas Aircraft"


def is_team_or_body(text: str) -> bool:
    """Whether a name of two words or more (str) ends in an organisation or team word
    ("Manchester United", "Real Madrid CF", "Indian Navy"): no person is called so."""
    words = clean_surface(text).lower().replace(".", "").split()  # fold respells words
    return len(words) >= 2 and words[-1] in ORG_LAST_WORDS


@dataclass
class Found:
    """A mention before resolution."""

    start: int
    end: int
    text: str
    type: str  # PERSON | ORG | GPE | NORP | LOC | FAC | ROLE | PRON
    kind: str = "name"  # name | role | pronoun | metonym | nominal
    country: Optional[str] = None  # ISO code a role or GPE names
    offices: list = field(default_factory=list)  # offices a role title may name
    definite: bool = True  # "the ..." or possessive, not "a ..."
    former: bool = False
    gender: Optional[str] = None
    dep: str = ""  # syntactic role of the head token (nsubj, poss ...)
    title: str = ""  # the role's title words, folded
    head: str = ""  # a nominal's head noun lemma ("navy" of "the Indian navy")
    phrase: str = ""  # a nominal's whole phrase, names in it included ("India's navy")
    nominal: str = ""  # a nominal's type: PERSON | ORG | LOC | FAC | VEHICLE | OBJECT
    was_person: bool = False  # typed PERSON by the NER, retyped as a body's name ("Northrop")
    placed: bool = False  # a one-word name written as a place ("in Surrey"): never a person
    town: bool = False  # a capital's name in a text not about its state: no country code
    land: str = ""  # a role's country the knowledge base lacks, by name ("Karsk"; land_roles.py)


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and (text[start].isspace() or text[start] in "\"“”‘’'("):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in "\"“”‘’',.;:)"):
        end -= 1
    return start, end


def _head_dep(doc, start: int, end: int) -> tuple[str, str, str]:
    """(dep, head lemma, head dep) of the syntactic head of the char span."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return "", "", ""
    root = span.root
    return root.dep_, root.head.lemma_.lower(), root.head.dep_


def _is_metonym(doc, start: int, end: int) -> bool:
    """A capital used as an actor ("Moscow said", "ties between Moscow and Beijing")."""
    dep, head, _ = _head_dep(doc, start, end)
    if dep == "conj":  # "between Moscow and Kyiv": the first conjunct decides
        span = doc.char_span(start, end, alignment_mode="expand")
        first = span.root.head
        while first.dep_ == "conj" and first.head is not first:
            first = first.head
        return _is_metonym(doc, first.idx, first.idx + len(first.text))
    if dep == "nsubj" and head == "be":  # "Athens was calm": the city; "Moscow is ready": the state
        span = doc.char_span(start, end, alignment_mode="expand")
        return any(c.dep_ == "acomp" and c.lemma_.lower() in AGENT_ADJECTIVES
                   for c in span.root.head.children)
    if dep in ("nsubj", "nsubjpass", "poss", "agent"):
        return True
    if dep in ("dobj", "iobj", "dative"):  # "offering Moscow a lifeline": the state
        return head not in PLACE_VERBS
    if dep == "pobj":
        return head in ACTOR_PREPS
    return False


@lru_cache(maxsize=1)
def _diseases() -> tuple:
    """(folded disease names, folded generic words that may follow one)."""
    import yaml

    data = yaml.safe_load((Path(__file__).parent / "data" / "diseases.yaml").read_text("utf-8"))
    return (frozenset(fold(clean_surface(d)) for d in data["diseases"]),
            frozenset(fold(t) for t in data["tails"]))


def is_disease(text: str) -> bool:
    """True when ``text`` (str, a name span) names a disease or virus ("Covid-19", "the
    Zika virus", "COVID pandemic"): no person, organisation or place, so no actor."""
    names, tails = _diseases()
    words = fold(clean_surface(text)).split()
    if words[:1] == ["novel"]:
        words = words[1:]
    while len(words) > 1 and words[-1] in tails and " ".join(words) not in names:
        words = words[:-1]
    return " ".join(words) in names


def _name_type(kb: KnowledgeBase, text: str, label: str) -> tuple[str, str]:
    """(type, kind) for an NER span, corrected where the KB knows the string."""
    surface = clean_surface(text)
    key = fold(surface)
    if kb.lower_acronym(surface):
        return label, "name"  # "un" is a word, not the United Nations
    if key in kb.seats:
        return "ORG", "metonym"
    if key in kb.capitals:
        return "GPE", "name"
    if key in kb.country_words:
        code = kb.country_words[key]
        is_org = kb.countries[code].get("type") == "ORG"
        demonym = any(fold(d) == key for d in kb.countries[code].get("demonyms", []))
        return ("ORG" if is_org else "NORP" if demonym else "GPE"), "name"
    if key in kb.person_keys:
        return "PERSON", "name"
    if key in kb.org_keys:
        return "ORG", "name"
    if label == "PERSON" and is_team_or_body(text):
        return "ORG", "name"
    return label, "name"


# where the NER runs two names into one: a line break, or a route ("from Port Averly to
# Sunmere" read as one place); the separators are kept as parts of their own and skipped
_ROUTE_OR_LINE = re.compile(r"(\n+|\s+to\s+(?=[A-Z]))")


def _demonym_end(doc, kb: KnowledgeBase, start: int, end: int) -> Optional[int]:
    """Where a nationality word that begins an NER span ends, when the rest of the span
    is a person's name ("American Hasim Rahman", "Russian Ivan Petrov"); None when the
    span is one name ("American Airlines", "Chinese Communist Party")."""
    text = doc_text(doc)
    article = re.match(r"(?:the|The)\s+", text[start:end])
    start += article.end() if article else 0  # "the American Hasim Rahman"
    first = text[start:end].split(maxsplit=1)[0] if start < end else ""
    key = fold(first)
    code = kb.country_words.get(key)
    if code is None or not any(fold(d) == key for d in kb.countries[code].get("demonyms", [])):
        return None
    split = start + len(first)
    rest = split + len(text[split:end]) - len(text[split:end].lstrip())
    if rest >= end:
        return None
    # the rest is a person when it looks like one, or when its surname is written alone as
    # a person elsewhere in the article ("American Hasim Rahman ... Rahman said")
    words = text[rest:end].split()
    if looks_like_person(doc, kb, rest, end) or (
            2 <= len(words) <= 3 and all(w[:1].isupper() and not w.isupper() for w in words)
            and not kb.country_of(words[-1])
            and any(e.label_ == "PERSON" and e.start_char >= end and e.text == words[-1]
                    for e in doc.ents)):  # the entities are scanned only when it matters
        return split
    return None


def find_names(doc, kb: KnowledgeBase) -> list[Found]:
    """NER mentions, split at line breaks, typed with KB corrections, honorifics kept in span."""
    text = doc_text(doc)
    found = []
    for ent in doc.ents:
        if ent.label_ not in NER_LABELS:
            continue
        offset = ent.start_char
        for part in _ROUTE_OR_LINE.split(ent.text):
            start, end = _trim(text, offset, offset + len(part))
            offset += len(part)
            if end <= start or part.startswith("\n") or part.strip() == "to" \
                    or not any(c.isalpha() for c in text[start:end]):
                continue
            if text[start:end].lower() in ("the", "a"):
                continue
            if ent.label_ == "NORP" and "-" in text[start:end]:
                continue  # "Sino-Russian", "anti-Western": an attribute, not an entity
            if is_disease(text[start:end]):
                continue  # "Covid-19" read as a PERSON: a disease is no actor
            split = _demonym_end(doc, kb, start, end)
            if split:  # "American Hasim Rahman": a nationality, then a person
                start = split - len(text[start:split].split()[-1])  # "the" left out
                found.append(Found(start, split, text[start:split], "NORP"))
                rest = len(text[split:end]) - len(text[split:end].lstrip())
                found.append(Found(split + rest, end, text[split + rest:end], "PERSON"))
                continue
            type_, kind = _name_type(kb, text[start:end], ent.label_)
            if type_ in ("ORG", "GPE", "FAC", "LOC") and not is_team_or_body(text[start:end]) \
                    and looks_like_person(doc, kb, start, end):
                type_ = "PERSON"
            found.append(Found(start, end, text[start:end], type_, kind))
    found = _with_given_names(doc, _joined_parts(text, found, kb), kb)
    found = outlets_typed(join_known_long_names(text, found, kb, lambda t, lb: _name_type(kb, t, lb)))
    found = clean_display_names(text, found, kb)
    person = lambda s, e: Found(s, e, text[s:e], "PERSON")  # noqa: E731
    found.extend(missed_repeats(doc, found, person, kb))
    found.extend(given_name_pairs(doc, found, kb, person))
    found.extend(_honorific_names(text, found))
    found = [_with_honorific(text, f) for f in found]
    # "Mr. Chairman", "Mr President": a title used as a form of address, not a name
    found = [f for f in found if not (f.type == "PERSON" and all(
        w.strip(".").lower() in HONORIFICS for w in f.text.split()))]
    places = {fold(e.text) for e in doc.ents if e.label_ in ("GPE", "LOC")}
    found = [_town_before_title(f, places, kb) for f in found]
    found = [_portfolio_before_title(text, f, kb) for f in found]
    _type_places(doc, text, found, kb)
    return found


def _joined_parts(text: str, found: list[Found], kb: KnowledgeBase) -> list[Found]:
    """A name and a one-word name one space after it that the NER split out of one
    person's name: "Charles Mwale" + "Phiri" (PERSON + PERSON), or "Charles Lungu" + "Phiri"
    typed ORG (a word the knowledge base does not know, after a full name). People listed
    side by side are set apart by commas or "and"; two full names in a row ("Wang Yi Sergei
    Lavrov" in a headline) stay apart."""
    out: list[Found] = []
    for f in sorted(found, key=lambda f: (f.start, f.end)):
        last = out[-1] if out else None
        if last is not None and last.type == "PERSON" and text[last.end:f.start] == " " \
                and last.text.split()[-1][:1].isupper() and len(f.text.split()) == 1 \
                and len(text[last.start:f.end].split()) <= 4 \
                and (f.type == "PERSON" or _surname_after(text[last.start:last.end], f, kb)):
            out[-1] = Found(last.start, f.end, text[last.start:f.end], "PERSON")
            continue
        out.append(f)
    return out


def _surname_after(first: str, name: Found, kb: KnowledgeBase) -> bool:
    """Whether ``name`` (a one-word name typed ORG) right after a full person's name
    ``first`` (str, two words or more, not possessive: "Rand Paul's Kentucky") is that
    person's surname: no word the knowledge base knows as a country, capital, seat, body or
    person, nor one of a body's words."""
    word = clean_surface(name.text)
    return (len(first.split()) >= 2 and name.type == "ORG" and name.kind == "name"
            and not first.endswith(("'s", "’s")) and len(word.split()) == 1
            and word[:1].isupper() and not word.isupper() and word.isalpha()
            and not kb.knows_place_or_body(fold(word)) and not kb.person(word)
            and word.lower() not in ORG_LAST_WORDS)


def _name_word(tok, kb: KnowledgeBase) -> bool:
    """Whether token ``tok`` may be a word of a person's name the NER left out: a
    capitalised proper noun that is no place, body, title, honorific or calendar word."""
    return (tok.tag_ == "NNP" and tok.is_alpha and tok.text[:1].isupper() and not tok.is_upper
            and tok.lower_ not in _CALENDAR | ORG_LAST_WORDS | HONORIFICS
            and not is_title_word(tok.text, kb, nouns=False) and not kb.country_of(tok.text)
            and not kb.knows_place_or_body(fold(tok.text)))


_ACTOR_DEPS = ("nsubj", "nsubjpass", "poss")  # a name written as an actor
_CALENDAR = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
             "february", "march", "april", "may", "june", "july", "august", "september", "october",
             "november", "december"}


def _with_given_names(doc, found: list[Found], kb: KnowledgeBase) -> list[Found]:
    """Grow a PERSON span of one or two words over a name word the NER left out, leftward
    over a known first name or one after a title ("Moses" of "Moses Tembo", often at a
    sentence's start; "Minister Hamisi Mkapa"), or rightward over a third word that is no
    first name, is not followed by a name word (the start of a next name) and comes again
    on its own as a person or a subject ("George Mwale" + "Tembo" ... "Tembo denied"; not
    "Anderson Robbins" + "Research" ... "Shaw & Company Research")."""
    taken = [(f.start, f.end) for f in found]
    free = lambda tok: not any(s <= tok.idx < e for s, e in taken)  # noqa: E731
    for f in found:
        span = doc.char_span(f.start, f.end, alignment_mode="expand") if f.type == "PERSON" else None
        words = f.text.split()
        if span is None or len(words) > 2 or f.text.endswith(("'s", "’s")):
            continue
        word = doc[span.start - 1] if span.start else None
        after_title = span.start >= 2 and (doc[span.start - 2].lower_ in HONORIFICS
                                           or is_title_word(doc[span.start - 2].text, kb, nouns=False))
        if word is not None and word.idx + len(word.text) + 1 == f.start and _name_word(word, kb) \
                and free(word) and not is_title_word(word.text, kb) \
                and (is_given_name(word.text) or after_title):  # "Pastor" is a first name too
            f.start = word.idx
        word = doc[span.end] if span.end < len(doc) else None
        following = doc[span.end + 1] if span.end + 1 < len(doc) else None
        if len(words) == 2 and word is not None and word.idx == f.end + 1 and _name_word(word, kb) \
                and free(word) and not is_given_name(word.text) \
                and not (following is not None and _name_word(following, kb)):
            last = doc[span.end - 1].text  # the word alone, not the same name again
            if any(t.text == word.text and t.i and doc[t.i - 1].text != last and (
                    t.ent_type_ == "PERSON" or t.dep_ in _ACTOR_DEPS) for t in doc):
                f.end = word.idx + len(word.text)
        f.text = doc_text(doc)[f.start:f.end]
    return found


def _type_places(doc, text: str, found: list[Found], kb: KnowledgeBase) -> None:
    """Set each name's dependency, and where it is written as a place ("in Palmer") or a
    capital is a town or its state, its type, ``placed``, ``town`` and ``kind``, in place.
    ``found``: list[Found] of spaCy ``doc`` over ``text``."""
    states, statecraft = _states_named(found, kb), bool(STATECRAFT.search(text))
    by_start: dict = {}
    for f in found:
        by_start.setdefault(f.start, f)
    for f in found:
        f.dep = _head_dep(doc, f.start, f.end)[0]
        # a one-word name that is a word of another person's name (as typed so far) is that
        # person, not a place; the scan runs only for a name written as a place
        if f.type in ("PERSON", "GPE", "LOC") and _written_as_place(doc, kb, f) and not any(
                f.text in g.text.split() for g in found if g.type == "PERSON" and g is not f):
            f.type, f.placed = ("GPE" if f.type == "PERSON" else f.type), True
        key = fold(f.text)
        f.town = key in kb.capitals and not (kb.capitals[key] in states or statecraft)
        if f.type == "GPE" and key in kb.capitals and not f.town \
                and not _town_of_region(doc, text, f, by_start, kb) and _is_metonym(doc, f.start, f.end):
            f.kind = "metonym"


# nouns that set a capital's name off as the place itself ("Ashgabat, Turkmenistan's
# capital") or whose "of" names a place ("the city of Palmer", "the hometown of Wasilla")
SETTLEMENTS = noun_class("SETTLEMENT")
PLACE_OF = SETTLEMENTS | {"hometown", "outskirts", "streets", "centre", "center", "residents"}


def _written_as_place(doc, kb: KnowledgeBase, name: Found) -> bool:
    """Whether a one-word name (``name``, in spaCy ``doc``) is written as a place: the
    object of "in"/"near" or of "the town of", and no KB person ("in Surrey", "in Palmer":
    the small NER types such towns PERSON); the caller checks that no longer person's name
    of the text holds the word ("trust in Obama" after "Barack Obama")."""
    words = name.text.split()
    if len(words) != 1 or name.dep != "pobj" or not words[0][:1].isupper() or kb.person(name.text):
        return False
    span = doc.char_span(name.start, name.end, alignment_mode="expand")
    if span is None:
        return False
    if any(c.dep_ == "compound" and c.is_lower for c in span.root.children):
        return False  # "in television sitcom Scrubs": a common noun says what it is
    prep = span.root.head
    word = prep.lower_
    if word == "of":
        return prep.head.lemma_.lower() in PLACE_OF
    return word in LOCATIVE_PREPS


def _town_before_title(name: Found, places: set, kb: KnowledgeBase) -> Found:
    """"Brooklyn Councilman" typed PERSON: a place the text names elsewhere (``places``,
    folded GPE/LOC names) and a title after it is that place, not a person."""
    words = name.text.split()
    if name.type != "PERSON" or len(words) < 2 or not is_title_word(words[-1], kb, nouns=False):
        return name
    place = name.text[:name.text.rindex(words[-1])].rstrip()
    if fold(place) not in places:
        return name
    return Found(name.start, name.start + len(place), place, "GPE")


def _portfolio_before_title(text: str, name: Found, kb: KnowledgeBase) -> Found:
    """"Kenyan Blue Economy" typed PERSON before "Minister Salim Mvurya": words that begin
    with a nationality and come right before a title and a name are the title's portfolio,
    an organisation's name (the role finder takes the whole "Kenyan ... Minister")."""
    words = name.text.split()
    after = text[name.end:name.end + 40].split()[:2]
    if name.type != "PERSON" or len(words) < 2 or len(after) < 2 or not kb.country_of(words[0]):
        return name
    if is_title_word(after[0], kb, nouns=False) and after[1][:1].isupper():
        name.type = "ORG"
    return name


# words of states dealing with states: a text using them may call a state by its capital
# even where it never names the country ("Relations between Amman and Damascus")
STATECRAFT = re.compile(r"(?i)\b(?:relations|diploma\w*|ministry|ministers?|government|embassy|ambassadors?|"
                        r"sanctions|treaty|bilateral|envoys?|summit|regime|talks)\b")


def _states_named(found: list[Found], kb: KnowledgeBase) -> set:
    """ISO codes of the countries ``found`` (list[Found]) names by name, nationality or
    seat of power: a capital speaks for its state ("Moscow said") only in a text about that
    state or about statecraft (``STATECRAFT``); elsewhere "Wellington" is a town."""
    codes = set()
    for f in found:
        key = fold(clean_surface(f.text))
        if key in kb.country_words:
            codes.add(kb.country_words[key])
        elif key in kb.seats:
            codes.add(kb.seats[key][0])
    return codes


def _town_of_region(doc, text: str, name: Found, by_start: dict, kb: KnowledgeBase) -> bool:
    """Whether a capital's name (``name``, in spaCy ``doc`` of ``text``) is set off as a
    place: followed by ", <place>" other than its own country ("Wellington, Somerset",
    "Paris, Texas") or by a place noun in apposition ("Ashgabat, Turkmenistan's capital").
    ``by_start``: {char start: the first found name starting there}."""
    rest = text[name.end:name.end + 3]
    if not rest.startswith(", "):
        return False
    span = doc.char_span(name.start, name.end, alignment_mode="expand")
    if span is not None and any(c.dep_ == "appos" and c.lemma_.lower() in SETTLEMENTS
                                for c in span.root.children):
        return True
    after = by_start.get(name.end + 2)
    if after is None or after.type not in ("GPE", "LOC"):
        return False
    return kb.country_words.get(fold(clean_surface(after.text))) != kb.capitals[fold(name.text)]


_HONORIFIC_RE = re.compile(
    r"\b(?P<h>Mr|Mrs|Ms|Dr|Chairman|Comrade|Madam|Sir|Dame)\.?\s+(?P<n>[A-Z][\w’'\-]+(?:\s+[A-Z][\w’'\-]+){0,2})")


def _honorific_names(text: str, known: list[Found]) -> list[Found]:
    """"Mr Wang" / "Chairman Kim" that the NER missed, as PERSON mentions."""
    taken = [(f.start, f.end) for f in known]
    out = []
    for m in _HONORIFIC_RE.finditer(text):
        start, end = m.start("n"), m.end("n")
        if any(s < end and start < e for s, e in taken):
            continue
        out.append(Found(m.start(), end, text[m.start():end], "PERSON"))
    return out


def _with_honorific(text: str, f: Found) -> Found:
    """Grow a name span leftward over an honorific ("Mr. " + "Putin"); type it PERSON."""
    m = re.search(r"\b(Mr|Mrs|Ms|Dr|Chairman|Comrade|Madam)\.?\s+$", text[max(0, f.start - 12):f.start])
    if m and f.type in ("PERSON", "ORG", "GPE", "NORP"):
        f.start = f.start - (len(text[max(0, f.start - 12):f.start]) - m.start())
        f.text = text[f.start:f.end]
        f.type = "PERSON"
    if f.type == "PERSON" and re.match(r"(Mrs|Ms|Madam|Dame)\b", f.text):
        f.gender = "f"
    return f


@lru_cache(maxsize=32)
def _word_ids(words: frozenset) -> numpy.ndarray:
    return numpy.fromiter((get_string_id(w) for w in words), dtype=numpy.uint64, count=len(words))


def tokens_lowered(doc, words: frozenset) -> list:
    """The tokens of ``doc`` (in order) whose lower-case form is one of ``words``
    (frozenset[str]), picked on the doc's array of lower-case string ids: a finder that
    walks the whole doc builds a Token object for every word of every article."""
    if len(doc) == 0:
        return []
    hits = numpy.flatnonzero(numpy.isin(doc.to_array(LOWER), _word_ids(words)))
    return [doc[int(i)] for i in hits]


PRONOUN_WORDS = frozenset(PRONOUNS)


def find_pronouns(doc) -> list[Found]:
    """Third-person singular personal pronouns."""
    out = []
    for tok in tokens_lowered(doc, PRONOUN_WORDS):
        gender = PRONOUNS.get(tok.lower_)
        if gender and tok.pos_ == "PRON" or (gender and tok.tag_ in ("PRP", "PRP$")):
            out.append(Found(tok.idx, tok.idx + len(tok.text), tok.text, "PRON", "pronoun",
                             gender=gender, dep=tok.dep_))
    return out
