"""Adjective cues: a stance stated with "be" ("Republicans have been critical of
Clinton's emails", "some Democrats are concerned that …", "Sanders was ready to
follow that script"). PolNeAR marks the verb group through the adjective (and its
preposition) as the cue, the subject as the source.

Finding only: returns cue tokens and char offsets.
"""
from __future__ import annotations

from typing import Optional

from .extents import trim_content
from .nouns import group_start, subtree_span

# Adjectives that state their subject's stance, belief or feeling about something
# (read from PolNeAR train misses; "clear", "likely" are the writer's, not the subject's).
STANCE_ADJECTIVES = frozenset("""
critical skeptical sceptical aware willing concerned angry eager confident interested proud
supportive optimistic pessimistic sure unsure certain impressed hopeful wary appreciative
tired unhappy happy fond loyal ambivalent disappointed frustrated uncomfortable nervous
worried enthusiastic opposed convinced adamant determined reluctant ready furious upset
grateful doubtful suspicious dismissive receptive open outspoken vocal anxious afraid
""".split())
_PREPS = {"of", "about", "with", "on", "to", "toward", "towards", "over", "in", "at", "for"}
_COPULAS = {"be", "become", "remain", "grow", "stay", "feel", "sound"}


def _content(adj) -> Optional[tuple]:
    """(content span, kind, cue end) of a stance adjective: its that-clause or
    infinitive ("confident that …", "ready to act"), or its preposition's object."""
    for child in adj.rights:
        if child.dep_ in {"ccomp", "xcomp"}:
            return subtree_span([child]), "indirect", adj.idx + len(adj.text)
        if child.dep_ == "prep" and child.lower_ in _PREPS:
            objects = [o for o in child.children if o.dep_ in {"pobj", "pcomp"}]
            if objects:
                return subtree_span([objects[0]]), "attitude", child.idx + len(child.text)
    return None


def adjective_attribution(adj) -> Optional[tuple]:
    """(cue span, source head, None, content span, kind) for a stance adjective that
    complements a copula with a subject, or None (the caller spans the source).

    adj (Token): a candidate cue adjective.
    """
    if adj.pos_ != "ADJ" or adj.dep_ != "acomp" or adj.lemma_.lower() not in STANCE_ADJECTIVES:
        return None
    verb = adj.head
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if verb.lemma_.lower() not in _COPULAS or subject is None or subject.i > verb.i:
        return None
    found = _content(adj)
    if found is None:
        return None
    content, kind, cue_end = found
    content = trim_content(adj.doc, *content)
    return (group_start(verb), cue_end), subject, None, content, kind
