"""Who a source phrase names: a canonical speaker, an anonymous source, or a carrier.

Reads the entity mentions earlier stages put on the article (``Article.mentions``);
when the entities stage offers ``mention_at`` it is used, so speakers agree with the
entity layer. Without mentions, names fall back to spaCy's entities and pronouns to
the nearest earlier speaker or person. A source no name resolves is shown by its
description (quotes/descriptions.py): an anonymous one flagged ("officials", "diplomat
familiar with the talks"), a role as the role ("head of the port authority"), a possessive
pronoun's office as its owner's ("Elena Cardenas's office"); a role set beside a name
("the head of X, Carlos Medina,") is that name.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Optional

from ..entities.find import PRONOUNS as _PRONOUN_GENDER
from ..entities.names import HONORIFICS
from ..nlp import doc_text
from .descriptions import (core_phrase, description, is_role_phrase,  # noqa: F401 (core_phrase: for extract)
                           without_determiner)
from .genders import name_gender as _name_gender
from .head_kinds import head_kind
from .lexicon import (ANONYMOUS_HEADS, CARRIER_HEADS, CARRIER_NAMES, GENERIC_CARRIERS,
                      NON_SPEAKING_HEADS, PRONOUNS, QUOTE_VERBS, ROLE_LIKE_HEADS, SPEECH_ACT_NOUNS,
                      SPEECH_VERBS)

_CARRIER_RE = re.compile(
    r"(?<![\w])(" + "|".join(re.escape(n) for n in sorted(CARRIER_NAMES, key=len, reverse=True))
    + r")(?![\w])", re.IGNORECASE)
_CASE_SENSITIVE = {"AP", "RT", "RIA", "ABC News", "NBC", "CBS", "Dawn", "WSJ", "TV"}


@dataclass
class SpeakerInfo:
    """What a source phrase resolves to.

    speaker (str|None): canonical name; code (str|None): actor code;
    anonymous (bool): an unnamed source; carrier (str|None): a relaying outlet.
    """

    speaker: Optional[str] = None
    code: Optional[str] = None
    anonymous: bool = False
    carrier: Optional[str] = None
    at: int = -1  # char offset of the source phrase, for choosing the nearer antecedent
    person: Optional[bool] = None  # a person (True), a group or body (False), unknown (None)
    thing: bool = False  # a phrase headed by a thing ("his remarks"): no pronoun goes on with it
    relayer: Optional[str] = None  # the carrier as a source, when the source phrase is one


def carrier_name(text: str) -> Optional[str]:
    """The outlet named in ``text`` ("Xinhua", "Wall Street Journal"), or None."""
    for match in _CARRIER_RE.finditer(text):
        name = match.group(1)
        canonical = next((n for n in CARRIER_NAMES if n.lower() == name.lower()), name)
        if canonical in _CASE_SENSITIVE and name != canonical:
            continue  # "ap" or "Rt" inside ordinary prose is not the agency
        return canonical
    return None


def is_carrier(head, span_text: str) -> bool:
    """Whether a source phrase is a news outlet or report rather than a speaker."""
    if head.lemma_.lower() in CARRIER_HEADS or head.lower_ in CARRIER_HEADS:
        return True
    if head.pos_ == "PROPN" and carrier_name(span_text) is not None:
        ent_text = head.ent_type_ and doc_text(head.doc)[slice(*core_phrase(head))]
        return carrier_name(ent_text or head.text) is not None
    return False


def is_anonymous(head) -> bool:
    """An unnamed source: "people familiar with the plan", "officials", "a source".

    Role-like heads ("official", "diplomat") are anonymous only when plural or
    indefinite: "the top Chinese diplomat" is someone the article has named.
    """
    lemma = head.lemma_.lower()
    if head.lower_ not in ANONYMOUS_HEADS and lemma not in ANONYMOUS_HEADS:
        return False
    if lemma in ROLE_LIKE_HEADS and head.tag_ not in {"NNS", "NNPS"}:
        determiners = {c.lower_ for c in head.children if c.dep_ == "det"}
        if not determiners & {"a", "an", "one", "another", "some"}:
            return False
    # "officials" is anonymous; "Kremlin official Dmitry Peskov" names someone
    for child in head.children:
        if child.dep_ in {"appos", "compound", "flat"} and child.ent_type_ == "PERSON":
            return False
    return head.ent_type_ != "PERSON"


def _mention_lookup():
    try:
        from ..entities import mention_at  # written by the entities stage
        return mention_at
    except ImportError:
        return None


def _mention_for(article, start: int, end: int, head_start: int):
    """The mention best covering [start, end), preferring the one holding the head."""
    lookup = _mention_lookup()
    if lookup is not None:
        try:
            found = lookup(article, start, end)
        except Exception:  # a partial entities stage must not break quotes
            found = None
        if found is not None and not found.start <= head_start < found.end:
            # "the British maritime agency GMTC": a name at the head speaks, never the
            # country that only describes it
            holder = next((m for m in article.mentions or () if m.kind == "name"
                           and m.start <= head_start < m.end and start <= m.start), None)
            found = holder or found
        if found is not None:
            return found
    best = None
    for mention in article.mentions or []:
        if mention.end <= start or mention.start >= end:
            continue
        holds_head = mention.start <= head_start < mention.end
        key = (holds_head, mention.canonical is not None, mention.end - mention.start)
        if best is None or key > best[0]:
            best = (key, mention)
    return best[1] if best else None


def _fallback_name(head) -> Optional[str]:
    """Without a mention: a spaCy entity name at the head, else None."""
    for ent in head.doc.ents:
        if ent.start <= head.i < ent.end and ent.label_ in {"PERSON", "ORG", "GPE", "NORP"}:
            text = without_cue_word(ent.text)
            return re.sub(r"^(Mr|Mrs|Ms|Dr|Prof)\.?\s+", "", text) if ent.label_ == "PERSON" else text
    return _unrecognised_name(head)


def _unrecognised_name(head) -> Optional[str]:
    """A name the NER missed ("Mayor Ana Ruiz told reporters"): the capitalised proper
    nouns ending at the head, less a leading title, when at least two are left (one word
    alone may as well be a place or a firm's brand as someone's surname)."""
    if head.pos_ != "PROPN" or not head.text[:1].isupper():
        return None
    words = [head]
    for token in reversed(list(head.lefts)):
        if token.i != words[0].i - 1 or token.dep_ != "compound" or token.pos_ != "PROPN" \
                or not token.text[:1].isupper():
            break
        words.insert(0, token)
    while words and words[0].lower_.rstrip(".") in HONORIFICS:
        words.pop(0)
    return " ".join(t.text for t in words) if len(words) >= 2 else None


def _proper_name_at(head) -> str:
    """The proper nouns of a compound ending at ``head`` (Token): "UKMTO", "Radio Liberty"."""
    words = [head]
    for token in reversed(list(head.lefts)):
        if token.i != words[0].i - 1 or token.pos_ != "PROPN" or token.dep_ not in {"compound", "flat"}:
            break
        words.insert(0, token)
    return " ".join(t.text for t in words)


def _subtree_text(head) -> str:
    tokens = list(head.subtree)
    return doc_text(head.doc)[tokens[0].idx:tokens[-1].idx + len(tokens[-1].text)]


def _named_carrier(text: str) -> Optional[str]:
    """The most specific outlet named in ``text``: "Xinhua" over "news agency"."""
    names = [carrier_name(m.group(1)) for m in _CARRIER_RE.finditer(text)]
    names = [n for n in names if n]
    specific = [n for n in names if n not in GENERIC_CARRIERS]
    return (specific or names or [None])[0]


def _antecedent_carrier(doc, before: int) -> Optional[str]:
    """'the report said' names no outlet: the last specific outlet named shortly before."""
    window = doc_text(doc)[max(0, before - 600):before]
    names = [carrier_name(m.group(1)) for m in _CARRIER_RE.finditer(window)]
    names = [n for n in names if n and n not in GENERIC_CARRIERS]
    return names[-1] if names else None


# Pronouns by gender, and those that name a group: "they said" is never one person's
# words, "she said" never a man's, "it said" never a person's; "I" and "we" outside quote
# marks are the writer (the entities stage leaves a pronoun unresolved when no earlier
# name fits; the fallback here must not undo that). The gendered ones are the entities
# stage's table (``entities.find.PRONOUNS``), so both stages read "he"/"she" alike.
_PLURAL_PRONOUNS = {"they", "them"}
_NEUTER_PRONOUNS = {"it", "its"}
_FIRST_PERSON = {"i", "we", "me", "us"}


def fits_pronoun(pronoun: str, info: SpeakerInfo) -> bool:
    """Whether a speaker can be what ``pronoun`` refers to: a plural or neuter one never
    a single person, a gendered one never a group nor a name given to the other gender,
    a first-person one (the writer's) none, and none a phrase headed by a thing ("his
    remarks" is what someone said, never the "he" of the next sentence).

    pronoun (str): the pronoun, any case; info (SpeakerInfo): the candidate speaker.
    """
    pronoun = pronoun.lower()
    if pronoun in _FIRST_PERSON or info.thing:
        return False
    if pronoun in _PLURAL_PRONOUNS or pronoun in _NEUTER_PRONOUNS:
        return info.person is False
    gender = _PRONOUN_GENDER.get(pronoun)
    if gender is None:
        return True
    if info.person is False:
        return False
    return not info.speaker or _name_gender(info.speaker) in {None, gender}


def _pronoun_antecedent(head, previous: Optional[SpeakerInfo]) -> SpeakerInfo:
    """The nearest earlier person in subject position, or the previous speaker if nearer;
    either only when it fits the pronoun (:func:`fits_pronoun`)."""
    if previous is not None and not fits_pronoun(head.lower_, previous):
        previous = None
    doc = head.doc
    window_start = max(0, head.sent.start - 80)
    for token in reversed(doc[window_start:head.i]):
        if token.ent_type_ != "PERSON" or token.dep_ not in {"nsubj", "nsubjpass", "compound"}:
            continue
        subject = token if token.dep_ != "compound" else token.head
        if subject.dep_ not in {"nsubj", "nsubjpass"} or subject.ent_type_ != "PERSON":
            continue
        if previous is not None and previous.speaker and previous.at > subject.idx:
            break  # the last quote's speaker is nearer than any earlier subject
        name = _fallback_name(subject)
        if previous is not None and previous.speaker and name and (
                previous.speaker.endswith(name.split()[-1])):
            return SpeakerInfo(previous.speaker, previous.code, person=True)
        if name and fits_pronoun(head.lower_, SpeakerInfo(speaker=name, person=True)):
            return SpeakerInfo(speaker=name, person=True)
        continue
    if previous is not None and previous.speaker:
        return SpeakerInfo(previous.speaker, previous.code, previous.anonymous,
                           person=previous.person)
    return SpeakerInfo()


def resolve(article, head, previous_speaker: Optional[SpeakerInfo] = None) -> SpeakerInfo:
    """Resolve a source phrase headed by spaCy token ``head``.

    article (Article): the article, for its mentions; head (Token): the source head;
    previous_speaker (SpeakerInfo|None): the last speaker before it, for pronouns.
    """
    info = _resolve(article, head, previous_speaker)
    info.at = head.idx
    return info


def _resolve(article, head, previous_speaker: Optional[SpeakerInfo]) -> SpeakerInfo:
    start, end = core_phrase(head)
    text = doc_text(head.doc)[start:end]
    if is_carrier(head, text):
        whole = _subtree_text(head)
        name = _named_carrier(whole)
        if name is None and any(c.lower_ in {"the", "this", "that"} for c in head.children):
            name = _antecedent_carrier(head.doc, head.idx)
            body = previous_speaker
            if name is None and head.lower_ == "agency" and body is not None and body.speaker \
                    and body.person is False and not is_role_phrase(body.speaker):
                # no outlet named: "the agency" goes on with the body that spoke last
                # ("the World Food Programme said … the agency said")
                return SpeakerInfo(body.speaker, body.code, person=False)
        label = name if name and name not in GENERIC_CARRIERS else \
            without_determiner(whole if len(whole.split()) <= 6 else text)
        return SpeakerInfo(carrier=name or whole, relayer=label or name or whole, person=False)
    if is_anonymous(head):
        # the description stands for the speaker, flagged anonymous: "officials", "Kenyan
        # official", "diplomat familiar with the talks" (a null speaker hid who spoke)
        return SpeakerInfo(speaker=description(head), anonymous=True,
                           person=head.tag_ not in {"NNS", "NNPS"})
    if cannot_speak(head):
        return SpeakerInfo(person=False)  # the writer's reading of an act: nobody's words
    author = statement_author(head)
    if author is not None:
        return _resolve(article, author, previous_speaker)  # "a statement by Lavrov said"
    named = next((c for c in head.children if c.dep_ == "appos" and c.pos_ == "PROPN"
                  and c.ent_type_ == "PERSON"), None)
    if head.pos_ == "NOUN" and named is not None:
        return _resolve(article, named, previous_speaker)  # "the head of X, Carlos Medina,"
    mention = _mention_for(article, start, end, head.idx)
    if _continues(head, previous_speaker) and not _gender_picks(head, mention, previous_speaker):
        return SpeakerInfo(previous_speaker.speaker, previous_speaker.code,
                           previous_speaker.anonymous, person=previous_speaker.person)
    by_name = mention is not None and mention.canonical and not is_role_phrase(mention.canonical)
    owner = None if by_name else _pronoun_owner(article, head)
    if owner is not None:
        return owner  # "her office said": the office of the one "her" is
    if mention is not None and (mention.canonical or mention.kind == "name"):
        if head.pos_ == "PROPN" and head.text[:1].isupper() \
                and not any(m.start <= head.idx < m.end for m in article.mentions or ()):
            # "the British maritime agency UKMTO": the name the head gives speaks, and the
            # country that only describes it gives its code, never its name
            person = _is_person(mention.entity_type or mention.type)
            return SpeakerInfo(speaker=_proper_name_at(head), code=None if person else mention.code,
                               person=False if head_kind(head) == "group" else None)
        if _name_modifies_noun(head, mention) and not _speech_of(head, mention):
            person = _is_person(mention.entity_type or mention.type)
            kind = head_kind(head)
            return SpeakerInfo(speaker=without_determiner(text),
                               code=None if person else mention.code,
                               person={"person": True, "group": False}.get(kind),
                               thing=kind == "thing")
        return SpeakerInfo(speaker=without_cue_word(mention.canonical or mention.text),
                           code=mention.code,
                           person=_is_person(mention.entity_type or mention.type))
    if head.lower_ in PRONOUNS and head.pos_ == "PRON":
        return _pronoun_antecedent(head, previous_speaker)
    name = _fallback_name(head)
    if not name:
        return described(head)
    return SpeakerInfo(speaker=name, person=_is_person(head.ent_type_ or None))


def described(head) -> SpeakerInfo:
    """A source no name resolves, headed by a noun of a person or a group: its description
    is the speaker ("former permanent secretary", "head of the port authority"), which a
    null had hidden; a thing or an act ("an audit found") stays no one.

    head (Token): the source phrase's head."""
    if head.pos_ != "NOUN" and not (head.pos_ == "PROPN" and head.text.islower()):
        return SpeakerInfo()  # a lower-case word tagged a proper noun is a common noun mis-tagged
    kind = head_kind(head)
    if kind is None:  # "the head of the port authority": known by what it heads
        of = next((c for c in head.rights if c.dep_ == "prep" and c.lower_ == "of"), None)
        owned = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
        kind = "person" if owned is not None and head_kind(owned) in {"person", "group"} else None
    if kind not in {"person", "group"}:
        return SpeakerInfo()
    return SpeakerInfo(speaker=description(head),
                       person=kind == "person" and head.tag_ not in {"NNS", "NNPS"})


def _pronoun_owner(article, head) -> Optional[SpeakerInfo]:
    """The speaker of a source headed by a noun a possessive pronoun owns ("her office",
    "his spokesman"): the noun of the one the entities stage resolved the pronoun to
    ("Elena Cardenas's office"), a description that keeps the owner in view and is never
    the owner's own words; None when the pronoun is unresolved or the head no noun.

    article (Article): its mentions carry the pronoun's resolution; head (Token): the
    source head."""
    if head.pos_ != "NOUN":
        return None
    owner = next((c for c in head.children if c.dep_ == "poss" and c.tag_ == "PRP$"), None)
    if owner is None:
        return None
    name = next((m.canonical for m in article.mentions or ()
                 if m.start == owner.idx and m.kind == "pronoun" and m.canonical), None)
    if not name or is_role_phrase(name):
        return None
    start, end = core_phrase(head)
    rest = doc_text(head.doc)[owner.idx + len(owner.text):end].strip()
    if not rest:
        return None
    kind = head_kind(head)
    return SpeakerInfo(speaker=f"{name}'s {rest}", person={"person": True, "group": False}.get(kind),
                       thing=kind == "thing")


# Irregular word forms of cue verbs that open an inverted attribution ("Said Comey, …").
_IRREGULAR_CUE_FORMS = {"said", "says", "told", "tells", "wrote", "writes", "spoke", "added",
                        "asked", "replied", "quipped", "noted", "explained", "continued"}


def _cue_form(word: str) -> bool:
    """Whether ``word`` (str) is an inflected speech or quotation verb ("Said", "Added",
    "Explains"): the lemma with -s, -es, -ed, -d or -ied for -y."""
    word = word.lower()
    if word in _IRREGULAR_CUE_FORMS:
        return True
    stems = {word[:-1], word[:-2], word[:-1] + "e" if word.endswith("ed") else word[:-1]}
    if word.endswith("ied") or word.endswith("ies"):
        stems.add(word[:-3] + "y")
    verbs = SPEECH_VERBS | QUOTE_VERBS
    return word.endswith(("s", "d")) and any(stem in verbs for stem in stems)


def without_cue_word(name: str) -> str:
    """``name`` (str) less a cue verb the name finder took in with it: an inverted
    attribution opening a sentence ("Said Comey, …") is tagged as part of the name, so
    the speaker would read "Said Comey" and meet no other outlet's "Comey"."""
    words = name.split()
    while len(words) > 1 and words[0][:1].isupper() and _cue_form(words[0]):
        words = words[1:]
    return " ".join(words)


def _name_modifies_noun(head, mention) -> bool:
    """Whether a name only modifies the source's common-noun head: "one Trump confidant",
    "Trump's inner circle", "Clinton's husband" are not that person, and giving them the
    name would put words in the wrong mouth (and merge them with that person's own
    statements across outlets). The phrase is the speaker then; an organisation's or
    country's actor code still holds for it ("Kremlin spokesman")."""
    common = head.pos_ == "NOUN" or (head.pos_ == "PROPN" and head.text.islower())  # mis-tagged
    return common and not mention.start <= head.idx < mention.end


# Speech acts that say something themselves, as a document does; an interview, speech,
# briefing or remarks is an occasion whose effect the writer may be reading instead.
_WRITTEN_STATEMENTS = SPEECH_ACT_NOUNS - {"interview", "speech", "briefing", "conference",
                                          "remarks", "address", "video"}


def cannot_speak(head) -> bool:
    """Whether a source head names an event or act (``NON_SPEAKING_HEADS``: "visit",
    "talks", "decision"), which says nothing itself: "Mr Wang's visit signals that …"
    is the writer's reading, and naming Wang its speaker would put words in his mouth.

    head (Token): the source phrase's head."""
    return head.pos_ == "NOUN" and (head.lower_ in NON_SPEAKING_HEADS
                                    or head.lemma_.lower() in NON_SPEAKING_HEADS)


def _speech_of(head, mention) -> bool:
    """Whether the source head is a written statement (``SPEECH_ACT_NOUNS`` less the
    occasions of speaking) whose owner the name gives: "Wang's statement said", "a Kremlin
    statement said" are Wang's and the Kremlin's words, unlike "one Trump confidant"
    (someone else) or "Sanders' interview raised questions" (the writer's reading of it)."""
    lemma = head.lemma_.lower()
    if lemma not in _WRITTEN_STATEMENTS and head.lower_ not in _WRITTEN_STATEMENTS:
        return False
    owners = [c for c in head.children if c.dep_ in {"poss", "compound"}]
    return any(mention.start <= c.idx < mention.end for c in owners)


def statement_author(head):
    """The token naming who made a written statement that is the source phrase's head, when
    a preposition gives it: "a statement by Sergei Lavrov said", "a statement from the
    Foreign Ministry said", "statements made by Donald Trump" carry those speakers' words
    (a possessive owner is read by :func:`_speech_of`). None otherwise.

    head (Token): the source phrase's head."""
    lemma = head.lemma_.lower()
    if head.pos_ != "NOUN" or (lemma not in _WRITTEN_STATEMENTS
                               and head.lower_ not in _WRITTEN_STATEMENTS):
        return None
    links = [c for c in head.children if c.dep_ == "prep" and c.lower_ in {"by", "from"}]
    # "made by", "issued by", "released by": the agent of a participle modifying the noun
    links += [g for c in head.children if c.dep_ == "acl" and c.tag_ == "VBN"
              for g in c.children if g.dep_ == "agent"]
    for link in links:
        author = next((c for c in link.children if c.dep_ == "pobj"), None)
        if author is not None and author.pos_ in {"PROPN", "NOUN"}:
            return author
    return None


def _continues(head, previous: Optional[SpeakerInfo]) -> bool:
    """Whether a subject pronoun goes on with the speaker of the quote just before it:
    'Mr. Putin told Mr. Wang “…”. He also said …' is Putin however often Wang was named
    before (a sentence's subject is what the next one's subject pronoun most likely
    refers to). Only for a speaker named since the start of the sentence before (or by
    this very pronoun, for the parts of one quote), who fits the pronoun."""
    if previous is None or not previous.speaker or previous.at < 0 or head.dep_ != "nsubj" \
            or head.lower_ not in PRONOUNS or head.pos_ != "PRON" or head.sent.start == 0:
        return False
    before = head.doc[head.sent.start - 1].sent
    return before.start_char <= previous.at <= head.idx and fits_pronoun(head.lower_, previous)


def _gender_picks(head, mention, previous: SpeakerInfo) -> bool:
    """Whether the entities stage resolved a gendered pronoun to someone else whose given
    name has that gender while the previous speaker's has none known: "When Sanders accused
    Clinton …, she said" is Hillary Clinton's answer, not Bernie Sanders's words going on.
    Only against a previous speaker named in full: a role ("Trump's campaign manager") has
    no given name to disagree with."""
    gender = _PRONOUN_GENDER.get(head.lower_)
    if gender is None or mention is None or not mention.canonical \
            or mention.canonical == previous.speaker or _name_gender(previous.speaker) is not None:
        return False
    words = previous.speaker.split()
    if len(words) < 2 or not all(w[:1].isupper() for w in words):
        return False
    return _name_gender(mention.canonical) == gender


def _is_person(label: Optional[str]) -> Optional[bool]:
    """True for a person's entity type, False for a group's or place's, None unknown."""
    if label == "PERSON":
        return True
    return False if label in {"ORG", "GPE", "NORP", "LOC", "FAC"} else None
