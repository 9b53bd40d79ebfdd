"""Names the text itself says what they are: "the trawler Kestrel Bay", "Kestrel Bay, a
trawler", "the city of Hask", "Hask, a town in the north", "Alderan Water" (a company
word ends the name), "the Orin company", "the Telk river". The noun the text puts beside the name types it,
over the NER's guess: vessels and other objects are no people (PRODUCT), places GPE/LOC,
buildings FAC, companies and bodies ORG. A title is no type noun ("the president, Joe
Smith" stays a person): only nouns of the non-person sections of ``data/nominals.yaml``
count, and only when the parse ties them to the name (compound or apposition), so "told
the court Smith lied" types nobody.
"""
from __future__ import annotations

import re

from .companies import company_words
from .find import PRONOUNS, Found
from .names import clean_surface, fold, is_given_name, strip_titles
from .noun_lexicon import head_nouns, noun_class

# the nouns that say a name is a settlement or a region ("the city of Hask")
_SETTLEMENTS = noun_class("SETTLEMENT")
# the settlement nouns read from an article's words alone ("the city of Hask"): "the state
# of X's health", a state or nation of a name, is no sure place
_PLACE_NOUNS = "|".join(sorted(_SETTLEMENTS - {"state", "nation", "country"}))
# sections of data/nominals.yaml by the type a name they describe takes
_SECTION_TYPE = {"ORG": "ORG", "LOC": "LOC", "FAC": "FAC", "VEHICLE": "PRODUCT"}
# nouns of those sections too loose to type a name: "the news site X", "the radio
# station X", "the House", "the area X"
_LOOSE = {"site", "station", "house", "home", "center", "centre", "area", "zone", "spot",
          "scene", "location", "border", "territory", "base", "office", "giant", "carrier",
          "state", "nation", "country"}
# the organisation nouns that may type a name the NER read as a person: "Smith, a
# publisher" is a person, "Body Dope, a brand of skincare" is not
_BODY_NOUNS = {"company", "firm", "corporation", "business", "brand", "bank", "airline",
               "agency", "organization", "organisation", "charity", "foundation", "institute",
               "association", "federation", "conglomerate", "startup"}
# nouns after a name that make it a company ("the Orin company")
_COMPANY_NOUNS = {"company", "firm", "corporation", "conglomerate"}
# words that end a company's name ("Alderan Water", "Orin Shipping", "Orin Ltd")
_COMPANY_WORDS = company_words("legal", "trade", "sector")


def _noun_type(lemma: str, after_of: bool = False, person: bool = False) -> str | None:
    """The type a name described by the noun ``lemma`` (str) takes, else None; a
    settlement noun ("the city of X", "X, a town") makes a GPE. ``person``: the NER read
    the name as a person, which only a plain organisation noun overrules."""
    if lemma in _LOOSE and not after_of:
        return None
    if person and head_nouns().get(lemma) == "ORG" and lemma not in _BODY_NOUNS:
        return None
    if lemma in _SETTLEMENTS and (after_of or lemma not in ("port", "harbour", "harbor")):
        return "LOC" if lemma == "island" else "GPE"
    if after_of:
        return None  # "the home of John Smith", "the government of Bush": no place
    return _SECTION_TYPE.get(head_nouns().get(lemma, ""))


def _is_common(token) -> bool:
    """A lower-case noun; the tagger reads some ("the trawler X") as adjectives."""
    return token.pos_ in ("NOUN", "ADJ") and token.text.islower()


def _lemma(token) -> str:
    """The token's lemma, or its word where the tagger took a noun for an adjective."""
    lemma = token.lemma_.lower()
    return lemma if lemma in head_nouns() else token.lower_  # settlements are head nouns too


def _cue_type(doc, start: int, end: int, person: bool) -> str | None:
    """The type the words around the name at ``start``:``end`` (char offsets) give it;
    ``person`` (bool): the NER typed the name a person."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    inside = {t.i for t in span}
    root = span.root
    words = clean_surface(span.text).split()  # empty when the name is only marks or titles
    last = words[-1].lower().strip(".,") if words else ""
    if last in _COMPANY_WORDS and len(span) >= 2 and person:
        return "ORG"  # only over the NER's person: "West Bank" stays a place
    before = doc[span.start - 1] if span.start else None
    # "the trawler Kestrel Bay": the noun before the name, tied to it by the parse
    if before is not None and _is_common(before) and (
            before.head.i in inside or (root.head.i == before.i and root.dep_ in ("appos", "compound"))):
        type_ = _noun_type(_lemma(before), person=person)
        # "told the court Smith lied" parses "court" into the name: a person the NER saw
        # turns only into a vessel ("the trawler Kestrel Bay")
        return type_ if type_ == "PRODUCT" or person is False else None
    # "the city of Hask", "the port of Lindholm"
    if before is not None and before.lower_ == "of" and before.i and root.head.i == before.i:
        noun = doc[before.i - 1]
        if _is_common(noun) and before.head.i == noun.i:
            return _noun_type(_lemma(noun), after_of=True)
    # "Kestrel Bay, a trawler"; "the trawler, the Kestrel Bay": the noun's phrase starts
    # right after the comma ("X of Tennessee, Page's home state" describes Tennessee)
    for t in doc[span.end:min(len(doc), span.end + 8)]:
        if t.dep_ == "appos" and t.head.i in inside and _is_common(t) \
                and doc[span.end].text in (",", "(") and t.left_edge.i == span.end + 1:
            return _noun_type(_lemma(t), person=person)
    if root.dep_ == "appos" and root.head.i < span.start and _is_common(root.head) \
            and span.start - root.head.i <= 4:
        return _noun_type(_lemma(root.head), person=person)
    # "the Orin company"; "the Telk river", "the Orin valley"
    after = doc[span.end] if span.end < len(doc) else None
    if after is not None and _is_common(after) and root.head.i == after.i \
            and before is not None and before.lower_ == "the":
        if _lemma(after) in _COMPANY_NOUNS:
            return "ORG"
        if _lemma(after) in _NATURAL_FEATURES:
            return "LOC"
    return None


# nouns of a land's features a name is written before ("the Telk river"): no person or
# body is ("the Kennedy library" names a building after a man, so buildings are left out)
_NATURAL_FEATURES = {"river", "lake", "valley", "gulf", "bay", "strait", "sea", "delta",
                     "basin", "peninsula", "mountains", "hills", "desert", "plateau", "estuary"}


def described_types(doc, names: list[Found]) -> dict:
    """{folded name: type} for the names of ``names`` (Found, with char offsets into the
    spaCy ``doc``) that the text describes; a name said to be two kinds is left alone. A
    name with a title ("Mr Bay") is never described."""
    said: dict = {}
    for n in names:
        if n.kind != "name" or strip_titles(n.text) != clean_surface(n.text):
            continue
        words = clean_surface(n.text).split()
        if not words:
            continue  # a name of marks alone ("’s"): nothing to type
        if head_nouns().get(words[-1].lower()) in ("ORG", "FAC"):
            continue  # "the state Supreme Court", "X Church, the home church": its own head types it
        type_ = _cue_type(doc, n.start, n.end, n.type == "PERSON")
        if type_ in ("ORG", "FAC", "GPE", "LOC") and n.type == "PERSON" and len(words) >= 2 \
                and is_given_name(words[0]) and words[-1].lower() not in _COMPANY_WORDS:
            continue  # "the army general John Smith": a parse slip, not a place or body
        if type_:
            said.setdefault(fold(clean_surface(n.text)), set()).add(type_)
    said = {key: next(iter(types)) for key, types in said.items() if len(types) == 1}
    # "the Mysore" after "the warship INS Mysore": a vessel's name shortened
    tails = {" ".join(key.split()[i:]): t for key, t in said.items() if t == "PRODUCT"
             for i in range(1, len(key.split()))}
    return {**{k: t for k, t in tails.items() if k not in said}, **said}


def retype_described(names: list[Found], said: dict) -> None:
    """Give every name of ``names`` the type ``said`` ({folded name: type}) holds for it,
    in every place the article writes it."""
    for n in names:
        type_ = said.get(fold(clean_surface(n.text)))
        if type_ and n.kind in ("name", "metonym") and n.type not in ("NORP",):
            n.type = type_


# what ends the noun of "Hask, a town in the north"
_ENDS = r"(?=\s*[,.;:)]|\s+(?:in|on|near|at|off|of|that|which|where|based|owned|from)\b)"


def _text_cues(text: str, name: str) -> set:
    """The types ``text`` (str, an article) says ``name`` (str) has, read from its words
    alone, for a story's other articles: "the city of Hask", "Hask, a town in the north".
    Vessels are read from the parse only ("the car Smith drove" names no car Smith).
    A pattern per name: ``story_cues`` reads the same from an article's ``cue_index``."""
    esc = r"(?:the )?" + re.escape(name) + r"(?![\w'’-])"
    found = set()
    # each pattern needs its words written as such: looked for first, as a pattern per
    # name is compiled anew for every name
    if f" of {name}" not in text and f" of the {name}" not in text and \
            not any(f"{name}, {article} " in text for article in ("a", "an", "the")):
        return found
    for m in re.finditer(r"\b(" + _PLACE_NOUNS + r") of " + esc, text):
        found.add(_noun_type(m.group(1), after_of=True))
    for m in re.finditer(r"(?<![\w-])" + re.escape(name) + r", (?:a|an|the) (?:[a-z-]+ ){0,2}([a-z]+)" + _ENDS, text):
        found.add(_noun_type(m.group(1)))
    return found - {None}


# the same cues read once per article, for every name of its story at once ("a pattern per
# name over whole texts" cost more than the rest of the story typing together)
_OF_PLACE = re.compile(r"\b(" + _PLACE_NOUNS + r") of ")           # "the city of " before a name
_COMMA_ARTICLE = re.compile(r", (?:a|an|the) ")
_DESCRIBED_AFTER = re.compile(r", (?:a|an|the) (?:[a-z-]+ ){0,2}([a-z]+)" + _ENDS)  # ", a town in"
_GOES_ON = re.compile(r"[\w'’-]")      # a character that carries a name on ("Hask-based")
_JOINED_BEFORE = re.compile(r"[\w-]")  # one that joins a word to a name's start
_WORD = re.compile(r"\w+")
_KEY = 3  # names are looked up by their first or last characters


def cue_index(text: str) -> tuple:
    """(``text``, {3 characters: [(where a name may start, settlement noun)]}, {3
    characters: [(where a name may end, describing noun)]}): the places in ``text`` (str,
    an article) a name may stand in "the city of (the) X" or "X, a town in", keyed by the
    text's characters there so that a name is looked up, not searched for."""
    after_of: dict = {}
    for m in _OF_PLACE.finditer(text):
        at = m.end()
        after_of.setdefault(text[at:at + _KEY], []).append((at, m.group(1)))
        if text.startswith("the ", at):
            after_of.setdefault(text[at + 4:at + 4 + _KEY], []).append((at + 4, m.group(1)))
    before_comma: dict = {}
    for m in _COMMA_ARTICLE.finditer(text):
        said = _DESCRIBED_AFTER.match(text, m.start())
        if said:
            at = m.start()
            before_comma.setdefault(text[max(0, at - _KEY):at], []).append((at, said.group(1)))
    return text, after_of, before_comma


def _looked_up(name: str) -> bool:
    """Whether ``cue_index`` finds every cue ``_text_cues`` finds for ``name`` (str): the
    regular expressions' matches never overlap for it. A name written in lower case or
    holding ", " could overlap the noun of its own cue, one holding a settlement noun
    ("Foo town of") could begin a second cue; short ones have no look-up key."""
    return len(name) >= _KEY and ", " not in name and not name[0].islower() \
        and name[0] not in ", -" and not _SETTLEMENTS.intersection(_WORD.findall(name))


def story_cues(index: tuple, name: str) -> set:
    """``_text_cues`` of ``name`` (str) in the article of ``index`` (``cue_index``)."""
    text, after_of, before_comma = index
    if not _looked_up(name):
        return _text_cues(text, name) if name in text else set()
    found = set()
    for at, noun in after_of.get(name[:_KEY], ()):
        if text.startswith(name, at) and not _GOES_ON.match(text, at + len(name)):
            found.add(_noun_type(noun, after_of=True))
    for at, noun in before_comma.get(name[-_KEY:], ()):
        start = at - len(name)
        if start >= 0 and text.startswith(name, start) \
                and not (start and _JOINED_BEFORE.match(text, start - 1)):
            found.add(_noun_type(noun))
    return found - {None}


def said_in_story(articles: list) -> None:
    """Retype across each story the mentions of a name that one of its articles says is
    a vessel, a place or a company (``articles``: list[Article] with resolved mentions;
    ``Mention.entity_type`` is rewritten, and a person's code dropped for a non-person).
    A name said to be two kinds, or marked a person by a title, keeps its types."""
    stories: dict = {}
    for a in articles:
        stories.setdefault(a.story or ("article", a.id), []).append(a)
    for group in stories.values():
        names = {m.canonical for a in group for m in a.mentions
                 if m.kind == "name" and m.canonical and m.entity_type != "NORP"}
        titled = {m.canonical for a in group for m in a.mentions
                  if m.kind == "name" and strip_titles(m.text) != clean_surface(m.text)}
        of_name: dict = {}  # canonical → its mentions in the story, gathered once, not per name
        for a in group:
            for m in a.mentions:
                of_name.setdefault(m.canonical, []).append(m)
        indexes = [cue_index(a.text) for a in group] if names else []
        for name in names - titled:
            said = set().union(*(story_cues(index, name) for index in indexes))
            if any(m.entity_type == "PRODUCT" for m in of_name[name]):
                said.add("PRODUCT")  # only the parse reading "the trawler X" types one
            if len(said) != 1:
                continue
            type_ = said.pop()
            if _person_marked(name, of_name[name]):
                continue
            for m in of_name[name]:
                if m.kind == "pronoun" and m.entity_type == "PERSON":
                    m.canonical = m.entity_type = None  # "he" is no vessel or town
                    continue
                if m.entity_type == "PERSON":
                    m.code = None
                m.entity_type = type_


def _person_marked(name: str, mentions: list) -> bool:
    """Whether ``mentions`` (the story's mentions of ``name``, a canonical name) mark it a
    person: a he/she bound to it, or a person's full name starting with a known first name."""
    words = name.split()
    for m in mentions:
        if m.kind == "pronoun" and m.text.lower() in PRONOUNS:
            return True
        if m.entity_type == "PERSON" and len(words) >= 2 and is_given_name(words[0]):
            return True
    return False
