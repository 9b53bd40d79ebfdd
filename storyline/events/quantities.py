"""Counts stated in an event's sentence ("signed four agreements", "its 12 crew members"),
so that outlets giving different numbers for one event can be shown side by side."""
from __future__ import annotations

from typing import Optional

from ..nlp import doc_text

NUMBER_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
                "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
                "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
                "eighteen": 18, "nineteen": 19, "twenty": 20, "dozen": 12}
# durations and ages differ between outlets for reasons other than disagreement
TIME_UNITS = {"second", "minute", "hour", "day", "week", "month", "year", "decade", "century",
              "time", "percent", "per", "cent", "mile", "kilometre", "kilometer", "meter",
              "metre", "km"}


def parse_number(text: str) -> Optional[int]:
    """ "12" -> 12, "four" -> 4, "1,200" -> 1200; None for anything else."""
    word = text.lower().replace(",", "")
    if word.isdigit():
        return int(word)
    return NUMBER_WORDS.get(word)


def sentence_quantities(sent) -> list:
    """[[noun, number, text]] for each counted noun in a sentence (a spaCy Span);
    noun is the lemma with its compounds ("crew member"), text the counted phrase."""
    out = []
    for token in sent:
        if token.dep_ != "nummod" or token.head.pos_ not in ("NOUN", "PROPN"):
            continue
        number = parse_number(token.text)
        noun = token.head
        if number is None or noun.lemma_.lower() in TIME_UNITS or noun.ent_type_ in ("DATE", "TIME"):
            continue
        if number == 2 and any(c.lower_ in ("the", "both", "these", "those") or c.dep_ == "poss"
                               for c in noun.lefts):
            continue  # "the two sides" points back at two parties; it counts nothing
        parts = [c.lemma_.lower() for c in noun.lefts if c.dep_ == "compound"]
        name = " ".join([*parts, noun.lemma_.lower()])
        start = min([token.idx, *(c.idx for c in noun.lefts if c.dep_ == "compound")])
        out.append([name, number, doc_text(sent.doc)[start:noun.idx + len(noun.text)]])
    return out
