"""Names one article of a story writes that the NER missed in another article of it.

The small NER misses a name in one article that it finds in the next ("Waitrose", "the
Red Sox", "Palmer"): each outlet's wording gives it different clues. Where an article of a
story writes, in its body text, the very surface another article of the story found as a
name, that occurrence is the same name and joins that article's entity. The surface must
be written alike (case kept), stand alone (no capitalised word beside it: "Palmer" in
"Palmer Fire Department" is part of another name; no word of a web address), and a
one-word surface is skipped where it opens a sentence or is a common noun capitalised
("Police", "Actress"), since there capitals say nothing. A headline line (furniture, no
sentence) takes the story's names too ("Kestrel Foods Plant Burns" over a body that says
only "the company"), a one-word name only with no capitalised word beside it, since a
title-case headline capitalises every word.
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict

from ..model import Article, Mention
from ..patterns import trie_regex
from .find import PRONOUNS
from .names import clean_surface
from .noun_lexicon import head_nouns

# name types a story's articles lend each other; nationalities ("Greek") and metonyms
# ("Moscow said") are read from the word itself in every article already
LENT_TYPES = {"PERSON", "ORG", "GPE", "LOC", "FAC", "PRODUCT", "WORK_OF_ART", "EVENT"}
_WORD_BEFORE = re.compile(r"([\w.’'&-]+)\s+$")
_WORD_AFTER = re.compile(r"^\s+([\w’'&-]+)")
_LINK_MARKS = {"/", "_", "=", "@", "#"}
_WORD = re.compile(r"\w")


def _lendable(surface: str) -> bool:
    """Whether a name's cleaned surface (str) may be recalled by its letters alone: two
    letters or more, capitalised, and, when one word, no common noun or pronoun."""
    words = surface.split()
    if len(surface) < 2 or not surface[:1].isupper():
        return False
    if len(words) == 1:
        low = surface.lower()
        return low not in head_nouns() and low not in PRONOUNS
    return True


def story_name_readings(group: list) -> dict:
    """{cleaned surface: (canonical, entity type, NER type, code, article id)} of the name
    mentions of one story's articles (``group``: list[Article]), the reading most of its
    mentions take (ties: the first article's)."""
    readings: dict = defaultdict(Counter)
    for a in group:
        for m in a.mentions:
            type_ = m.entity_type or m.type
            if m.kind != "name" or not m.canonical or type_ not in LENT_TYPES or m.type == "NORP":
                continue
            surface = clean_surface(m.text)
            if _lendable(surface):
                readings[surface][(m.canonical, type_, m.type, m.code, a.id)] += 1
    return {s: c.most_common(1)[0][0] for s, c in readings.items()}


def _in_link(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is a word of a web address ("/news/Lindsay_Lohan_Checks",
    "-Iran-13476"): a link mark right before or after it, or a hyphen on both sides."""
    before, after = text[max(0, start - 3):start].rstrip()[-1:], text[end:end + 3].lstrip()[:1]
    return before in _LINK_MARKS or after in _LINK_MARKS or before == after == "-"


def _stands_alone(text: str, start: int, end: int, sentence_start: int, one_word: bool) -> bool:
    """Whether ``text[start:end]`` is a whole name: no capitalised word right before it
    (unless that word opens the sentence) or after it, no part of a web address, and,
    for one word, not the sentence's first word."""
    lead = text[sentence_start:start]
    if _in_link(text, start, end):
        return False
    opens = not _WORD.search(lead)
    if opens and one_word:
        return False
    before = _WORD_BEFORE.search(lead)
    if before and before.group(1)[:1].isupper() and before.start() > len(lead) - len(lead.lstrip()):
        return False
    after = _WORD_AFTER.match(text[end:end + 40])
    return not (after and after.group(1)[:1].isupper())


def recall_story_names(articles: list[Article]) -> list:
    """Add to each article of a story (``articles``: list[Article] with resolved
    mentions and ``story`` set) a name mention wherever its body writes a name surface
    another article of the story found, or its headline one the story found, and no
    mention of its own covers it (appended after its mentions). Returns
    [(new mention's key, lending article's key)], keys as ``link_keys.local_entities``
    makes them (article id, canonical, type), for linking to join."""
    stories = defaultdict(list)
    for a in articles:
        if a.story is not None:
            stories[a.story].append(a)
    joins = []
    for group in stories.values():
        if len(group) < 2:
            continue
        readings = story_name_readings(group)
        if not readings:
            continue
        # one trie of the story's surfaces, longest first, read once over each text
        pattern = re.compile(r"(?<![\w’'-])" + trie_regex(readings) + r"(?![\w-])")
        for a in group:
            joins.extend(_recall_in(a, pattern, readings))
    return joins


def _recall_in(article: Article, pattern: re.Pattern, readings: dict) -> list:
    """Mentions ``pattern`` (the story's surfaces) finds in ``article`` where it has none,
    appended to its mentions; returns their (new key, lending key) pairs."""
    taken = bytearray(len(article.text))  # 1 where a mention covers a character: one look per match
    for m in article.mentions:
        taken[m.start:m.end] = b"\1" * (m.end - m.start)
    headlines = [(f.start, f.end) for f in article.furniture if f.kind == "headline"]
    joins, added = [], []
    for match in pattern.finditer(article.text):
        start, end = match.span()
        canonical, type_, ner_type, code, lender = readings[match.group(0)]
        if any(taken[start:end]):
            continue
        index = article.sentence_index(start)
        if index is None:
            line = next((s for s, e in headlines if s <= start and end <= e), None)
            # a title-case headline capitalises every word: a one-word name counts only
            # with no capitalised word beside it ("Riot Breaks Out" is no name "Riot")
            if line is None or _in_link(article.text, start, end) or (
                    len(match.group(0).split()) == 1
                    and not _stands_alone(article.text, start, end, line, False)):
                continue
        elif lender == article.id or article.sentence_index(end - 1) != index or \
                not _stands_alone(article.text, start, end, article.sentences[index][0],
                                  len(match.group(0).split()) == 1):
            continue
        added.append(Mention(start=start, end=end, text=match.group(0), type=ner_type,
                             canonical=canonical, code=code, sentence=index, kind="name",
                             entity_type=type_))
        taken[start:end] = b"\1" * (end - start)
        if lender != article.id:
            joins.append(((article.id, canonical, type_), (lender, canonical, type_)))
    article.mentions.extend(added)
    return joins
