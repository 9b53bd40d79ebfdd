"""Tense of the clause a temporal expression or event trigger sits in.

The resolver needs it: "met on Wednesday" looks back, "will meet on Wednesday"
looks ahead. Read from the spaCy parse when there is one, else from cue words.
"""
from __future__ import annotations

import re
from typing import Optional

_FUTURE_AUX = {"will", "'ll", "shall", "wo"}  # "would", "may": too often reported or past
_PAST_AUX = {"has", "have", "had", "did", "was", "were", "'ve", "'s"}
# a modal without "have" looks ahead: "said he would meet Lavrov Tuesday" is a plan
# seen from the time of saying, which in news is about the publication date
_MODAL_AUX = {"would", "could", "might", "may", "should", "must", "can", "'d", "ca"}
# heads of "to"-clauses that put the clause ahead: "is set to meet", "plans to visit"
_FUTURE_HEADS = {"go", "set", "due", "expect", "plan", "intend", "prepare", "schedule", "aim",
                 "hope", "want", "seek", "promise", "decide", "invite", "agree", "likely",
                 "poise", "slate", "scheduled", "expected", "about", "ready", "wish", "try",
                 "look", "need", "propose", "offer", "threaten", "vow", "pledge"}
_PLAN_PARTICIPLES = {"schedule", "set", "plan", "slate", "due", "expect", "timetable", "reschedule"}
_FUTURE_CUE = re.compile(
    r"\b(will|'ll|shall|going to|set to|due to|expected to|plans? to|planning to|intends? to|"
    r"is to|are to|scheduled to|slated to|would|to be held|upcoming|next)\b", re.I)
_PAST_CUE = re.compile(r"\b(was|were|had|has|have|did|said|met|held|\w+ed)\b", re.I)


def verb_tense(verb) -> Optional[str]:
    """"past" | "present" | "future" | None for a spaCy verb token."""
    tense = _clause_tense(verb)
    if tense == "present" and _under_future(verb):
        return "future"
    return tense


# words opening a clause of time or condition, in which English writes the future in
# the present: "will be the largest airliner when it enters service", "if the bid succeeds"
_FRAME_OPENERS = {"when", "once", "until", "till", "before", "after", "if", "unless", "whenever"}
# adjectives of a copula that put its subject ahead: "deliveries are not due until October",
# "the talks are set for Friday"
_PLANNED_STATES = {"due", "set", "slated", "poised", "scheduled"}


def _under_future(verb) -> bool:
    """Whether a present-tense clause of time or condition hangs off a clause in the future."""
    if verb.dep_ != "advcl" or verb.head.i == verb.i:
        return False
    opened = any(c.dep_ in ("mark", "advmod") and c.lower_ in _FRAME_OPENERS and c.i < verb.i
                 for c in verb.children)
    return opened and _clause_tense(verb.head) == "future"


def _clause_tense(verb) -> Optional[str]:
    """:func:`verb_tense` read from the verb's own auxiliaries and the verbs above it."""
    aux = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    if aux & {"will", "'ll", "shall", "wo"}:
        return "future"
    if aux & _MODAL_AUX:
        return _modal_tense(verb, aux)
    if {"to", "be"} <= aux and verb.tag_ == "VBN" and verb.dep_ != "xcomp":
        return "future"  # "guidelines to be published in early November": a plan
    head = verb
    while head.dep_ in ("xcomp", "ccomp", "advcl") and head.head is not head:
        if head.dep_ == "xcomp" and head.head.lemma_.lower() in _FUTURE_HEADS:
            # "had been due to expire Friday": a plan already past
            return "past" if past_perfect(head.head) else "future"
        if head.dep_ == "xcomp" and head.head.lemma_.lower() == "be" and head.head.tag_ in ("VBZ", "VBP"):
            return "future"  # "is to resume trading Tuesday"
        if head.dep_ != "xcomp":
            break
        head = head.head
    if aux & _FUTURE_AUX:
        return "future"
    if verb.tag_ == "VBN" and aux & {"is", "are", "'re", "am"} and verb.lemma_.lower() in _PLAN_PARTICIPLES:
        return "future"  # "the talks are scheduled for Friday"
    if verb.tag_ in ("VBZ", "VBP") and verb.lemma_ == "be" and \
            any(c.dep_ == "acomp" and c.lower_ in _PLANNED_STATES for c in verb.children):
        return "future"  # "deliveries are not due until October"
    if verb.tag_ == "VBD" or aux & _PAST_AUX - {"'s"}:
        if verb.tag_ == "VBN" and aux & {"is", "are", "'re", "am", "be"}:
            return "present"
        return "past"
    if verb.tag_ == "VBN":
        return "present" if aux & {"is", "are", "am"} else "past"
    if aux & {"do", "does"}:
        return "present"  # "the deal does not affect plans"
    if verb.tag_ in ("VBZ", "VBP", "VBG"):
        return "present"
    if verb.tag_ == "VB" and head is not verb:
        return verb_tense(head)
    if verb.tag_ == "VB" and verb.dep_ == "conj" and verb.head is not verb:
        return verb_tense(verb.head)  # "would arrive Friday and leave on Sunday"
    return None


def _modal_tense(verb, aux: set) -> Optional[str]:
    """"would meet" -> future; "would have met" -> past; "a spokesman would not
    comment Tuesday" is a refusal already made; "could not attend" is a past
    inability as often as a future one, so it says nothing."""
    if aux & {"have", "'ve", "had"}:
        return "past"
    negated = any(c.dep_ == "neg" for c in verb.children)
    if negated and aux & {"would", "could", "'d"} and verb.lemma_.lower() in _REFUSED_SPEECH:
        return "past"
    if "could" in aux and "be" in aux and verb.lemma_.lower() in _UNREACHED:
        return "past"  # "could not be reached Tuesday", "neither could be located Wednesday": a try made
    if negated and aux & {"could", "ca", "can"}:
        return None
    return "future"


# "would not say / comment / confirm": how news reports a refusal to speak
_REFUSED_SPEECH = {"say", "comment", "confirm", "discuss", "elaborate", "disclose", "identify",
                   "reveal", "specify", "speculate", "answer", "respond", "deny", "give", "name"}


# "could (not) be reached / located": news telling of an attempt to contact someone
_UNREACHED = {"reach", "locate", "contact", "find"}


def past_perfect(token) -> bool:
    """Whether ``token`` (or the verb it complements, as "due" does "been") has "had"."""
    for tok in (token, token.head if token.dep_ in ("acomp", "attr") else None):
        if tok is not None and any(c.lower_ == "had" and c.dep_ == "aux" for c in tok.children):
            return True
    return False


def governing_verb(token):
    """The nearest verb at or above ``token`` in the parse tree, or None."""
    seen = 0
    while token is not None and seen < 12:
        if token.pos_ in ("VERB", "AUX") and token.dep_ not in ("aux", "auxpass"):
            return token
        if token.head is token:
            return token if token.pos_ in ("VERB", "AUX") else None
        token = token.head
        seen += 1
    return None


def tense_at(doc, start: int, end: int) -> Optional[str]:
    """Tense of the clause governing the characters ``[start, end)`` of ``doc``."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    verb = governing_verb(span.root)
    if verb is not None:
        verb = speech_time_verb(verb, span)
    if verb is not None and _before_its_clause(verb, span):
        # "warnings on Thursday that strikes could do harm": a parse that hangs the
        # date inside the "that"-clause it follows; the words before it decide
        sent = span.sent
        return tense_from_words(sent.text[:span.start_char - sent.start_char], span.start_char - sent.start_char)
    tense = verb_tense(verb) if verb is not None else None
    if tense == "past" and span.root.dep_ == "pobj" and span.root.head.lower_ in _DEADLINE_PREPOSITIONS \
            and (not _WITHIN_A_WEEK.search(span.text) or verb.lemma_.lower() in _GRANTING_VERBS):
        # "extended loans through January": the end of a stretch, either side of now
        # (a weekday is within days of the telling, so the past still decides it, unless
        # the verb sets a time limit: "has given them until 9 a.m. Tuesday")
        return None
    if tense == "past" and verb.lemma_.lower() in _PLANNING_VERBS and verb.tag_ in ("VBD", "VBN") \
            and span.root.head.i >= verb.i and not past_perfect(verb):
        # "protesters planned a rally on Saturday", "the accession was planned for early
        # March": the date is the plan's, either side of now
        return None
    if tense == "past" and not past_perfect(verb) and planned_occasion(span) is not None:
        # "called for a strike on Friday", "set a vote for Monday": the day of the occasion
        # called for, which comes after the calling, itself no later than the telling
        return "future"
    return tense


# verbs that say what is said in a clause after them: a date between the verb and the
# clause's subject is the saying's ("said on Friday she would open talks next Monday")
SAYING_VERBS = {"say", "tell", "add", "announce", "state", "confirm", "insist", "warn", "write",
                "tweet", "explain", "claim", "argue", "note", "indicate", "report", "declare",
                "promise", "pledge", "vow", "predict", "signal", "stress", "reiterate"}


def speech_time_verb(verb, span):
    """The verb (spaCy Token) a date (token span) governed by ``verb`` belongs to: the saying
    verb above ``verb``'s reported clause when the date stands between the two, before the
    clause's subject ("said on Friday she would open ..." read with "Friday" inside the
    clause), else ``verb`` itself."""
    head = verb.head
    if verb.dep_ != "ccomp" or head.i == verb.i or head.lemma_.lower() not in SAYING_VERBS \
            or not head.i < span.start or span.end > verb.i:
        return verb
    openers = [c.left_edge.i for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "expl", "mark")]
    return head if openers and span.end <= min(openers) else verb


# verbs that call, set or announce an occasion named by their object: a date after the
# object is the occasion's ("called for a general strike on Friday", "set a vote for Monday")
_CALLING_VERBS = {"call", "urge", "demand", "announce", "set", "schedule", "propose", "organize",
                  "organise", "convene", "threaten", "seek", "plan", "arrange"}
# occasions held on a day (not "an election": "called an election on Friday" is the calling's
# day as often as not; not deeds such as "the release": "called for his release on Friday")
OCCASION_NOUNS = {"strike", "stoppage", "walkout", "shutdown", "march", "rally", "protest",
                  "demonstration", "vigil", "sit-in", "boycott", "vote", "referendum", "ballot",
                  "talk", "talks", "meeting", "summit", "session", "hearing", "debate", "conference",
                  "negotiation", "dialogue", "ceasefire", "truce", "parade", "ceremony", "funeral",
                  "inauguration", "picket", "blockade", "mobilization", "mobilisation", "memorial",
                  "commemoration", "briefing", "consultation", "runoff", "recount"}


def planned_occasion(span):
    """The occasion noun (spaCy Token) a date (token span) after it names the day of, when a
    calling verb takes that noun as its object or "for" object and governs the date; else None."""
    verb = governing_verb(span.root)
    if verb is None or verb.lemma_.lower() not in _CALLING_VERBS:
        return None
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    objects += [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "for"
                for g in c.children if g.dep_ == "pobj"]
    for noun in objects:
        if noun.i < span.start and noun.lemma_.lower() in OCCASION_NOUNS and \
                not any(t.i == noun.i for t in span):
            return noun
    return None


_DEADLINE_PREPOSITIONS = {"until", "till", "through", "thru", "by"}
_GRANTING_VERBS = {"give", "extend", "grant", "allow", "postpone", "delay", "defer", "adjourn",
                   "suspend", "set", "push", "move", "prolong"}
_PLANNING_VERBS = {"plan", "schedule", "intend", "arrange"}
_WITHIN_A_WEEK = re.compile(r"day\b|night\b|tonight|morning|noon", re.I)


def _before_its_clause(verb, span) -> bool:
    """Whether ``span`` comes before the complementizer ("that", "if") opening ``verb``'s clause."""
    marks = [c for c in verb.children if c.dep_ == "mark"]
    return bool(marks) and span.end <= marks[0].i


def tense_from_words(sentence: str, offset: int) -> Optional[str]:
    """Tense guessed from the cue word nearest before ``offset`` (else just after it)
    in a plain sentence, when there is no parse."""
    before = sentence[max(0, offset - 80):offset]
    future = [m.end() for m in _FUTURE_CUE.finditer(before)]
    past = [m.end() for m in _PAST_CUE.finditer(before)]
    if future or past:
        return "future" if max(future or [-1]) > max(past or [-1]) else "past"
    if _FUTURE_CUE.search(sentence[offset:offset + 30]):
        return "future"
    return "past" if _PAST_CUE.search(sentence[offset:offset + 30]) else None
