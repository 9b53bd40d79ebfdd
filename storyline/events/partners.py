"""The partner of an agreement reached at a meeting: finding only.

"Long met Delgado and agreed to set up a hotline" tells of one agreement between Long and
Delgado; the second verb shares the first's subject but the parser gives it no object, so
the deal would keep only one party. :func:`agreement_partners` gives such an agreement the
meeting's other parties, in place.
"""
from __future__ import annotations

from .summary import infinitive_text

MEETING_TYPES = {"CONSULT"}
# agreements and the like made with someone, whose other party a meeting just named gives
JOINT_TYPES = {"AGREE", "COOPERATE"}


def _joined_verbs(trigger) -> list:
    """The verbs (spaCy Tokens) a verb is coordinated with: its conjunct head and the
    head's other conjuncts ("met ... and agreed", "held talks, met ... and agreed")."""
    head = trigger
    while head.dep_ == "conj":
        head = head.head
    return [head, *(c for c in head.subtree if c.dep_ == "conj" and c.head.i == head.i)]


def _party(token) -> bool:
    """Whether an argument (spaCy Token) can be a party to a deal: a name or a person."""
    return token.pos_ in ("PROPN", "PRON") or token.ent_type_ in ("PERSON", "ORG", "GPE", "NORP")


def agreement_partners(by_token: dict) -> None:
    """Give an agreement with no other party the other parties of a meeting it is
    coordinated with and shares a subject with. by_token (dict[int, Finding]): one
    sentence's findings, changed in place."""
    for finding in by_token.values():
        if finding.nominal or finding.sense.type not in JOINT_TYPES:
            continue
        if any(_party(t) for t in [*finding.targets, *finding.participants]):
            continue  # "agreed with Delgado": a partner of its own (a hotline is none)
        for verb in _joined_verbs(finding.trigger):
            meeting = by_token.get(verb.i)
            if meeting is None or meeting is finding or meeting.sense.type not in MEETING_TYPES:
                continue
            own = {t.i for t in finding.sources}
            if own and own != {t.i for t in meeting.sources}:
                continue  # a subject of its own: another party's deal
            finding.sources = finding.sources or list(meeting.sources)
            finding.theme = finding.theme or next(
                (("", t) for t in finding.targets if not _party(t)), None)
            finding.targets = [t for t in meeting.targets if t.i not in own]
            finding.participants = [p for p in meeting.participants if p.i not in own]
            done = infinitive_text(finding.trigger)  # "to set up a hotline"
            if done and (finding.targets or finding.participants):
                # the partner said after "agree with", not as the thing to be set up
                finding.phrase, finding.theme = f"agree with {{obj}} {done}", None
            break


# nouns of a meeting whose members an "of"/"between"/"among" phrase names
MEETING_NOUNS = {"summit", "meeting", "talk", "conference", "negotiation", "session"}
MEMBER_PREPS = {"of", "between", "among"}
# what several parties issue together: a joint statement is diplomatic cooperation among
# them (CAMEO 050), not one side's statement (010, no timeline event) nor a signed accord
STATEMENT_NOUNS = {"statement", "communique", "communiqué", "declaration"}


def meeting_members(by_token: dict) -> None:
    """Give a meeting told with no party ("a summit of four leaders was held") the members
    its noun names. by_token (dict[int, Finding]): one sentence's findings, in place."""
    for finding in by_token.values():
        if finding.sense.type not in MEETING_TYPES or finding.nominal:
            continue
        if finding.sources or finding.targets or finding.participants:
            continue
        for noun in finding.extra:
            if noun.lemma_.lower() not in MEETING_NOUNS:
                continue
            members = [g for c in noun.children if c.dep_ == "prep" and c.lower_ in MEMBER_PREPS
                       for g in c.children if g.dep_ == "pobj"]
            finding.participants = [m for g in members for m in _and_conjuncts(g)]


def _and_conjuncts(token) -> list:
    return [token, *(c for c in token.subtree if c.dep_ == "conj" and c.i != token.i)]


def joint_statements(by_token: dict) -> None:
    """Recode a statement issued jointly ("issued a joint statement", "a joint
    communique") as diplomatic cooperation among its issuers. by_token: in place."""
    from .coding import sense_for_cameo  # coding is heavy; only asked when a statement is joint
    for finding in by_token.values():
        if finding.sense.cameo != "010":
            continue
        nouns = [*finding.extra, finding.trigger] if finding.nominal else finding.extra
        if any(n.lemma_.lower() in STATEMENT_NOUNS and any(
                c.dep_ in ("amod", "compound") and c.lower_ == "joint" for c in n.children)
               for n in nouns):
            finding.sense = sense_for_cameo("050", "issue a joint statement with")
