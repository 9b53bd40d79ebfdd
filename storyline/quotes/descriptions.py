"""How a source phrase is described when no name stands for it: the head noun with its
modifiers ("Kenyan official", "diplomat familiar with the talks", "head of the port
authority"), as the quotes stage shows anonymous and role speakers (issue 6: a null had
hidden who spoke). Finding only: functions read spaCy tokens and return text or spans.
"""
from __future__ import annotations

import re

from ..nlp import doc_text

_NP_DEPS = {"compound", "amod", "det", "poss", "nmod", "flat", "case", "quantmod"}


def core_phrase(head) -> tuple:
    """Char span of the head noun with its pre-modifiers (no relative clause, no apposition)."""
    left = head
    for child in head.lefts:
        if child.dep_ in _NP_DEPS and child.i < left.i:
            # a modifier's own modifiers go with it ("Southeast Asian leaders"), when
            # they run on unbroken up to it
            edge = child.left_edge
            whole = all(not t.is_punct for t in head.doc[edge.i:child.i])
            left = edge if child.dep_ == "poss" or whole else child
    right = head
    for child in head.rights:
        if child.dep_ in {"flat", "compound"} and child.i == right.i + 1:
            right = child
    return left.idx, right.idx + len(right.text)


def without_determiner(phrase: str) -> str:
    """``phrase`` (str) less a leading article or "one" ("one Trump confidant")."""
    return re.sub(r"^(?:the|a|an|one|another|some)\s+", "", phrase, flags=re.IGNORECASE)


# Right dependents of a source's head kept in its description ("familiar with the talks",
# "of the port authority"); a relative or comma-set clause is left out.
_DESCRIBING_DEPS = {"amod", "prep", "acl"}
_DESCRIPTION_WORDS = 7


def description(head) -> str:
    """How a source no name resolves is described, less its determiner (str): "officials",
    "Kenyan official", "diplomat familiar with the talks", "head of the port authority".
    The head's pre-modifiers and a short describing phrase right after it (no comma
    between), up to ``_DESCRIPTION_WORDS`` tokens in all.

    head (Token): the source phrase's head."""
    start, end = core_phrase(head)
    last = head
    for child in head.rights:
        if child.i != last.i + 1 or child.dep_ not in _DESCRIBING_DEPS:
            break
        edge = child.right_edge
        words = list(head.doc[child.i:edge.i + 1])
        if any(t.is_punct for t in words) or edge.i - head.i >= _DESCRIPTION_WORDS \
                or any(t.ent_type_ in {"DATE", "TIME"} for t in words):
            break  # "leaders on Tuesday": when they spoke, no part of who they are
        last = edge
        end = edge.idx + len(edge.text)
    raw = doc_text(head.doc)[start:end]
    text = without_determiner(raw)
    at = start + len(raw) - len(text)
    first = next((t for t in head.doc[head.left_edge.i:head.i + 1] if t.idx == at), None)
    if first is not None and first.is_sent_start and first.pos_ != "PROPN":
        text = text[:1].lower() + text[1:]  # "Officials said": the sentence's capital, no name's
    return text


def is_role_phrase(name: str) -> bool:
    """Whether a resolved name (str) is itself a description (its last word lower-case)."""
    words = name.split()
    return not words or words[-1][:1].islower()
