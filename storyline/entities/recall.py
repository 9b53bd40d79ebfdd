"""Corrections to the NER's name mentions that need the whole article in view.

- Display lines (a title-case or all-caps headline, a URL) fool the NER: it reads
  "Ellen DeGeneres Returns" or "Driver Charged" as names. A name found there is kept only
  where it is a name of the body or of the knowledge base, trimmed to it.
- A person's full name the NER found once is found again where it missed it
  ("WLADIMIR KLITSCHKO" in a headline, a second sentence it tagged as nothing), and so is
  the surname alone where the tagger reads it as a proper noun.
- A first name followed by a capitalised surname that the NER left untagged
  ("Wladimir Klitschko") is a person.
- Two or three capitalised words typed as a place or organisation that begin with a
  known first name and do not end in an organisation or place word ("Mo Cheeks",
  "Bettie Page") are a person.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

from ..nlp import doc_text
from .companies import company_words
from .kb import KnowledgeBase
from .names import clean_surface, fold, is_given_name, strip_titles
from .noun_lexicon import head_nouns

SMALL_WORDS = {"a", "an", "the", "of", "in", "on", "at", "to", "for", "and", "or", "by", "with",
               "as", "from", "into", "vs", "via", "but", "is", "over", "after"}
URL_RE = re.compile(r"^(?:https?\s*:|www\s*\.)|^\S+\.(?:com|org|net|html?)\S*$", re.I)
WORD_RE = re.compile(r"[^\W\d_][\w'’\-]*")
# last words that make a capitalised run an organisation or a place, not a person
PLACE_ORG_WORDS = {
    "center", "centre", "station", "tech", "university", "college", "school", "hospital",
    "valley", "street", "st", "avenue", "road", "square", "hotel", "church", "club", "fc",
    "city", "county", "river", "lake", "mountain", "mountains", "park", "bridge", "airport",
    "house", "hall", "institute", "foundation", "times",
    "post", "news", "herald", "falls", "island", "islands", "bay", "beach", "museum",
    "stadium", "arena", "prison", "court", "council", "party", "army", "navy", "bank",
    "fund", "agency", "department", "ministry", "committee", "association", "union",
    "league", "records", "pictures", "studios", "press", "magazine", "journal", "review",
} | company_words("legal", "trade")
# prepositions whose object is where something is ("in Surrey", "near Wasilla"): a bare
# one-word name after one is a place, where "at"/"to"/"from" may take a person ("at Smith's")
LOCATIVE_PREPS = {"in", "near", "outside", "inside", "across", "around", "throughout"}
# prepositions whose object is a place one is at, goes to or comes from ("to Palmer
# Station"): a run of capitalised words after one is not taken for a person's name
PLACE_PREPS = LOCATIVE_PREPS | {"at", "to", "into", "from"}


def display_lines(text: str) -> list[tuple[int, int, bool]]:
    """[(start, end, is_url)] of the lines that are not running prose: URLs, and lines of
    three or more words nearly all capitalised that do not end a sentence."""
    out, pos = [], 0
    for line in text.split("\n"):
        start, end = pos, pos + len(line)
        pos = end + 1
        stripped = line.strip()
        if not stripped:
            continue
        if URL_RE.search(stripped):
            out.append((start, end, True))
            continue
        words = [w for w in WORD_RE.findall(stripped) if w.lower() not in SMALL_WORDS]
        if len(words) < 3 or stripped[-1] in ".!?\"”'’:;,":
            continue
        capital = sum(w[0].isupper() for w in words)
        if capital >= 0.8 * len(words):
            out.append((start, end, False))
    return out


def _known(kb: KnowledgeBase, key: str) -> bool:
    return key in kb.person_keys or kb.knows_place_or_body(key)


def _trim_to_known(text: str, f, names: set, kb: KnowledgeBase):
    """The longest run of words of ``f`` that is a body name or a KB name, as (start, end);
    None when there is none."""
    words = [(m.start() + f.start, m.end() + f.start) for m in re.finditer(r"\S+", f.text)]
    for size in range(len(words), 0, -1):
        for i in range(len(words) - size + 1):
            start, end = words[i][0], words[i + size - 1][1]
            key = fold(strip_titles(text[start:end]))
            if key and (key in names or _known(kb, key)):
                return start, end
    return None


def clean_display_names(text: str, found: list, kb: KnowledgeBase) -> list:
    """Names in display lines kept only as (the part that is) a body or KB name."""
    lines = display_lines(text)
    if not lines:
        return found

    def line_of(f):
        return next((line for line in lines if line[0] <= f.start < line[1]), None)

    body = {fold(strip_titles(f.text)) for f in found if line_of(f) is None}
    kept = []
    for f in found:
        line = line_of(f)
        if line is None:
            kept.append(f)
            continue
        span = None if line[2] else _trim_to_known(text, f, body, kb)
        if span is None:
            continue
        f.start, f.end = span
        f.text = text[f.start:f.end]
        kept.append(f)
    return kept


@lru_cache(maxsize=4096)  # names recur across articles; re's own cache holds only 512
def _pattern(surface: str, ignore_case: bool) -> re.Pattern:
    words = [re.escape(w) for w in re.split(r"[\s\-]+", surface) if w]
    return re.compile(r"(?<![\w\-])" + r"[\s\-]+".join(words) + r"(?![\w\-])",
                      re.I if ignore_case else 0)


# a run of characters after a space or hyphen: where the last word of a name written with
# ``_pattern`` can begin
_AFTER_SEPARATOR = re.compile(r"(?<=[\s\-])[^\s\-]+")
_NON_WORD = re.compile(r"\W")


def _last_word_candidates(text: str) -> set:
    """Every string a name's last word can be where ``_pattern`` finds the name in
    ``text``: a run after a space or hyphen, whole or cut before a non-word character
    ("Lavrov" of "Lavrov's")."""
    out = set()
    for m in _AFTER_SEPARATOR.finditer(text):
        run = m.group()
        out.add(run)
        if not run.isalnum():
            out.update(run[:c.start()] for c in _NON_WORD.finditer(run))
    return out


def kb_full_names(text: str, kb: Optional[KnowledgeBase]) -> set:
    """Full names (two words or more) of knowledge-base people written in ``text`` as
    the KB spells them, case and all: the NER misses well-known names at the start of a
    sentence ("Xi Jinping met …"). Only names whose last word the text holds in a place
    the name could end are tried, one dictionary look-up per word of the text rather
    than one text scan per KB name."""
    if kb is None:
        return set()
    by_last = kb.full_names_by_last
    words = _last_word_candidates(text)
    # a hyphened last word must be written as such ("Kim Jong-Un" is not tried on
    # "Kim Jong Un"), as the search has always done
    return {n for last in words & by_last.keys() for n, spaced in by_last[last]
            if spaced in text and _pattern(n, False).search(text)}


def missed_repeats(doc, found: list, make, kb: Optional[KnowledgeBase] = None) -> list:
    """Person mentions the NER missed: each full name found (two words or more), or a
    knowledge-base person's full name written as the KB spells it, again in any case;
    each surname again where the tagger reads it as a proper noun.
    ``make(start, end)`` builds the record for a new mention."""
    text = doc_text(doc)
    taken = [(f.start, f.end) for f in found]
    fulls = {strip_titles(f.text) for f in found if f.type == "PERSON" and f.kind == "name"}
    fulls = {n for n in fulls if len(n.split()) >= 2 and n.split()[-1][:1].isupper()}
    fulls |= kb_full_names(text, kb)
    out = []

    def add(start, end):
        if not any(s < end and start < e for s, e in taken):
            taken.append((start, end))
            out.append(make(start, end))

    for name in sorted(fulls, key=len, reverse=True):
        for m in _pattern(name, True).finditer(text):
            add(m.start(), m.end())
    for surname in {n.split()[-1] for n in fulls}:
        if len(surname) < 3 or not surname[0].isupper():
            continue
        for m in _pattern(surname, False).finditer(text):
            span = doc.char_span(m.start(), m.end())
            if span is not None and all(t.tag_ in ("NNP", "NNPS") for t in span):
                add(m.start(), m.end())
    return out


def looks_like_person(doc, kb: KnowledgeBase, start: int, end: int) -> bool:
    """Two or three capitalised words, not a KB name, beginning with a known first name,
    ending in no organisation or place word, and not the object of "in"/"at"/"to"."""
    surface = clean_surface(doc_text(doc)[start:end])
    words = surface.split()
    if not 2 <= len(words) <= 3 or _known(kb, fold(surface)):
        return False
    if not all(w[:1].isupper() and not w.isupper() for w in words):
        return False
    if not is_given_name(words[0]) or is_given_name(words[-1].rstrip("'’s")):
        return False
    if words[-1].lower().strip(".") in PLACE_ORG_WORDS or any(kb.country_of(w) for w in words):
        return False
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    root = span.root
    if span.end + 1 < len(doc) and is_title_word(doc[span.end].text, kb) \
            and doc[span.end + 1].text[:1].isupper():
        return False  # "Palmer Public Safety Director Jon Owen": the title's body or town
    return not (root.dep_ == "pobj" and root.head.lower_ in PLACE_PREPS)


# titles of local office that a town or body's name comes before ("Brooklyn Councilman
# Lew Fidler"); the knowledge base's titles and person nouns count as well
LOCAL_TITLES = {"councilman", "councilwoman", "councillor", "councilor", "alderman", "mayor",
                "chief", "commissioner", "sheriff", "senator", "governor", "gov", "rep",
                "judge", "superintendent", "trooper", "captain", "lieutenant", "sergeant",
                "detective", "assemblyman", "assemblywoman", "supervisor", "prosecutor",
                "director", "spokesman", "spokeswoman"}


def is_title_word(word: str, kb: KnowledgeBase, nouns: bool = True) -> bool:
    """Whether ``word`` (str, one token) is a title ("Councilman", "Gov.") or, with
    ``nouns``, a person noun ("Director"; "Police" too, a group), so a name right before it
    is where or what its holder serves."""
    key = word.strip(".").lower()
    return key in LOCAL_TITLES or key in kb.title_offices or (
        nouns and head_nouns().get(key) == "PERSON")


def _surname_like(tok, kb: KnowledgeBase) -> bool:
    word = tok.text
    return (tok.tag_ == "NNP" and word[:1].isupper() and not word.isupper() and word.isalpha()
            and len(word) > 1 and not is_given_name(word) and not kb.country_of(word)
            and word.lower() not in PLACE_ORG_WORDS)


def given_name_pairs(doc, found: list, kb: KnowledgeBase, make) -> list:
    """Untagged "First Surname" pairs (proper nouns, the first a known first name, the
    second not one) as person mentions; ``make(start, end)`` builds the record."""
    taken = [(f.start, f.end) for f in found]
    out = []
    for i in range(len(doc) - 1):
        first, second = doc[i], doc[i + 1]
        if first.tag_ != "NNP" or not first.text[:1].isupper() or first.text.isupper():
            continue
        if i > 0 and doc[i - 1].tag_ == "NNP" and doc[i - 1].text[:1].isupper():
            continue  # inside a longer run: "Betty Ford Center"
        if not is_given_name(first.text) or not _surname_like(second, kb):
            continue
        if i + 2 < len(doc) and doc[i + 2].tag_ in ("NNP", "NNPS") \
                and doc[i + 2].text.lower() in PLACE_ORG_WORDS:
            continue
        start, end = first.idx, second.idx + len(second.text)
        if any(s < end and start < e for s, e in taken):
            continue
        taken.append((start, end))
        out.append(make(start, end))
    return out
