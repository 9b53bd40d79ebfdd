"""Subject continuity for a pronoun that opens a sentence.

A subject pronoun at the start of a sentence ("He also said ...") goes on about the
subject of the sentence before it, the person that sentence was about ("Mr. Novak told
Mr. Berg ... He also said"), the preference centering theory (Grosz, Joshi and Weinstein
1995) gives the backward-looking center. Summed salience alone lets a person mentioned
often in earlier sentences outweigh that one subject, so this rule comes first; it
decides only when the sentence before has exactly one person subject the pronoun fits.
"""
from __future__ import annotations

from typing import Optional

from .binding import SUBJECT_DEPS
from .discourse import SPEECH_LEMMAS, inside

# words that may stand before an opening pronoun without changing what it takes up
LEADING_POS = {"CCONJ", "ADV", "PUNCT", "SPACE"}


def _token(doc, start: int, end: int):
    """The head token of the doc span [start, end), or None when no span aligns."""
    span = doc.char_span(start, end, alignment_mode="expand")
    return span.root if span is not None and len(span) else None


def _opens_sentence(tok) -> bool:
    """Whether ``tok`` is the subject of its sentence's main verb with only conjunctions,
    adverbs and punctuation before it ("He said", "But he also said")."""
    sent = tok.sent
    return (tok.dep_ in SUBJECT_DEPS and tok.head == sent.root
            and all(t.pos_ in LEADING_POS for t in tok.doc[sent.start:tok.i]))


def _reports_events(verb, quotes: list) -> bool:
    """Whether ``verb`` (the main verb of a sentence) tells what someone said in indirect
    speech ("Police said Whitfield was arrested", "..., Mendez said"): news then goes on
    about whom the report names, not the one who told it (see ``coref.Layout.reported``)."""
    return verb.lemma_.lower() in SPEECH_LEMMAS and any(
        child.dep_ in ("ccomp", "parataxis") and not inside(quotes, child.idx)
        for child in verb.children)


def _main_subject(layout, mention) -> bool:
    """Whether ``mention`` (Found) is the subject of its sentence's main verb, outside a
    quotation, and the sentence is no report in indirect speech."""
    if mention.dep not in SUBJECT_DEPS or inside(layout.quotes, mention.start):
        return False
    tok = _token(layout.doc, mention.start, mention.end)
    return (tok is not None and tok.dep_ in SUBJECT_DEPS and tok.head == tok.sent.root
            and not _reports_events(tok.head, layout.quotes))


def continued_subject(pron, people: list, layout, fits) -> Optional[object]:
    """The person cluster (of ``people``, list[Cluster]) that a subject pronoun opening its
    sentence (``pron``: Found, outside quotations) continues: the one cluster ``fits``
    (callable: Cluster → bool, gender and the like) with a main-clause subject mention in
    the sentence right before (``layout``: coref.Layout); None when there is none, two,
    or the pronoun opens no sentence."""
    if pron.dep not in SUBJECT_DEPS or layout.quoted(pron):
        return None
    here = layout.sentence_of(pron.start)
    tok = _token(layout.doc, pron.start, pron.end)
    if here is None or tok is None or not _opens_sentence(tok):
        return None
    found = []
    for cluster in people:
        if not fits(cluster):
            continue
        if any(m.start < pron.start and layout.sentence_of(m.start) == here - 1
               and _main_subject(layout, m) for m in cluster.mentions):
            found.append(cluster)
    return found[0] if len(found) == 1 else None
