"""Long names the NER cut in two at a connective: "Organization for Security and
Co-operation in Europe" read as the ORG "Organization for Security and Co-operation" and
the LOC "Europe". Two names one connective apart ("in", "of", "for", "and", with or without
"the") are one name when the knowledge base knows the joined string as a body, country or
place, so its code and its acronym's ("OSCE") are found. Unknown joins are left apart:
"talks in Europe" after a name stays two names. Also here: a name that ends in a news
outlet's word ("Asia Pacific Wire", "the Bishkek Observer") is an organisation, whatever
type the NER gave it.
"""
from __future__ import annotations

import re
from dataclasses import replace

from .kb import KnowledgeBase
from .names import clean_surface, fold

# last words of newspaper and wire names that are no one's surname ("Post", "Ledger" and
# "Times" are left out: Emily Post, Heath Ledger)
OUTLET_WORDS = frozenset({"wire", "observer", "gazette", "tribune", "journal", "chronicle", "monitor"})
_CONNECTIVE = re.compile(r"^ (?:in|of|for|and|on)(?: the)? $")


def join_known_long_names(text: str, found: list, kb: KnowledgeBase, typer) -> list:
    """``found`` (list of find.Found, one article's names) with each pair the NER split out of one
    known long name replaced by the whole; ``typer(text, label)`` gives (type, kind) of a
    span as ``find._name_type`` does."""
    out: list = []
    for f in sorted(found, key=lambda f: (f.start, f.end)):
        last = out[-1] if out else None
        if last is not None and last.type != "PERSON" and _CONNECTIVE.match(text[last.end:f.start]):
            whole = text[last.start:f.end]
            if kb.knows_place_or_body(fold(clean_surface(whole))):
                type_, kind = typer(whole, last.type)
                out[-1] = replace(last, end=f.end, text=whole, type=type_, kind=kind)
                continue
        out.append(f)
    return out


def outlets_typed(found: list) -> list:
    """``found`` (list of find.Found) with names of two words or more that end in an
    outlet's word typed ORG."""
    return [replace(f, type="ORG") if f.type in ("PERSON", "LOC", "FAC", "GPE") and len(f.text.split()) >= 2
            and clean_surface(f.text).split()[-1].lower() in OUTLET_WORDS else f for f in found]
