"""The events stage: who did what to whom, where, when, and how sure the text is.

Usable alone::

    from storyline.events import annotate_events
    article = annotate_events(article)   # needs article.doc (the nlp stage)

Finding lives in :mod:`storyline.events.extract`, coding in
:mod:`storyline.events.coding`; this module writes :class:`~storyline.model.Event`
records: char offsets into ``Article.text``, actors mapped to canonical entities
through ``Article.mentions``, a summary, and a date from ``storyline.time``.
"""
from __future__ import annotations

from dataclasses import replace
from typing import Optional

from ..config import Config
from ..model import Article, Event, Span, trimmed
from ..pipeline import register_stage
from .plover import cameo_by_actor_kind, record_coding
from .coding import Sense, cameo_table, intent_type, legacy_type, sense_for_cameo  # noqa: F401 (re-export)
from .modality import ACCUSING_HEADS
from .own_dates import names_the_time as _names_the_time, perfect_before as _perfect_before
from .own_dates import present_perfect as _present_perfect, token_from as _token_from
from .senses import declines_comment
from .actors import WEAPONS, actors_for, entity_of, is_instrument, resolve_group_anaphors
from .extract import Finding, find_events
from .quantities import sentence_quantities
from .trips import drop_home_visitors
from .summary import (PLACE_WORDS, REFERRING_NOUNS, charge_text, clause_text, full_clause,
                      gap_object, gerund_text, indefinite_phrase, infinitive_text, summarize,
                      theme_text)

PLACE_TYPES = {"GPE", "LOC", "FAC"}
# statements are what the quotes stage records; as events they only add noise
STATEMENT_CODES = {"010"}


def _mention_lookup():
    """``mention_at(article, start, end)`` from the entities stage, or our own fallback."""
    try:
        from ..entities import mention_at  # written by the entities engineer
        return mention_at
    except ImportError:
        return mention_covering


def mention_covering(article: Article, start: int, end: int):
    """The mention that best covers ``[start, end)``: the longest one overlapping it, or None."""
    best = None
    for mention in article.mentions:
        if mention.start < end and mention.end > start:
            if best is None or (mention.end - mention.start) > (best.end - best.start):
                best = mention
    return best


# nominal mentions that can act (entities/nominals.py also types vehicles, objects, places)
_NOMINAL_ACTOR_TYPES = {"PERSON", "ORG"}


def _mention_tokens(article: Article, doc) -> tuple:
    """(place, actor, name, person) token indices inside the entities stage's mentions."""
    places, actors, names, persons = set(), set(), set(), set()
    for mention in article.mentions:
        span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is None:
            continue
        if mention.kind == "name":
            names.update(t.i for t in span)
        if (mention.entity_type or mention.type) == "PERSON":
            persons.update(t.i for t in span)
        if mention.kind != "nominal" or mention.entity_type in _NOMINAL_ACTOR_TYPES:
            actors.update(t.i for t in span)  # "on a government plane" names no actor
        if (mention.entity_type or mention.type) in PLACE_TYPES and mention.kind != "metonym":
            places.update(t.i for t in span)
    return places, actors, names, persons


def _resolve_date(article: Article, sentence_index: Optional[int], trigger_start: int,
                  tense: str) -> dict:
    try:
        from ..time import resolve_event_date  # written by the time engineer
    except ImportError:
        return {}
    if sentence_index is None:
        return {}
    try:
        return resolve_event_date(article, sentence_index, trigger_start, tense) or {}
    except Exception as exc:  # a date bug must not lose the event; keep a trace
        article.warnings.append(f"events: date resolution failed: {exc}")
        return {}


def _plural_sources(finding) -> bool:
    """Whether the event's doer is written in the plural ("the two leaders", "they")."""
    # parties named only as taking part ("a meeting between their presidents") are its doers
    doers = finding.sources or ([] if finding.targets else finding.participants)
    return any(t.tag_ in ("NNS", "NNPS") or t.lower_ in ("they", "we", "both") for t in doers)


def after_publication(date: Optional[str], published: Optional[str]) -> bool:
    """Whether an event's date ("YYYY[-MM[-DD]]") lies after the day it was published on
    (an ISO date or time), compared at the coarser of the two: an event told as done cannot
    be dated later than the telling, so such a date marks an arrangement."""
    if not date or not published or len(published) < 4 or not published[:4].isdigit():
        return False
    size = min(len(date), len(published[:10]))
    return date[:size] > published[:size]


# links from a date up to the word it dates: a clause link on the way ("insisted [cuts]
# reach parity by next year") gives the date to another act
CLAUSE_LINKS = {"ccomp", "xcomp", "advcl", "relcl", "conj", "csubj", "parataxis", "pcomp"}


def _own_date(trigger, timex) -> bool:
    """Whether ``timex`` (a Timex, or None) dates the trigger (spaCy Token) itself, not a
    clause below it: the trigger's own time phrase, or for an event noun its participle
    ("a visit starting on April 18")."""
    if timex is None or getattr(timex, "start", None) is None:
        return False
    token = _token_from(trigger, timex.start)
    for _ in range(12):
        if token is None or token.i == trigger.i:
            return token is not None
        if token.dep_ in CLAUSE_LINKS or (token.dep_ == "acl" and (
                token.head.i != trigger.i or token.tag_ not in ("VBG", "VBN"))):
            return False  # "talks to replace GM after 2011": the date is the replacing's
        if token.head.i == token.i:
            return False
        token = token.head
    return False


def event_from_finding(article: Article, finding: Finding, mention_at=None,
                       anaphors: Optional[dict] = None) -> Event:
    """Write one :class:`Event` for a :class:`Finding` (offsets into ``article.text``).

    anaphors (dict | None): filled with id(Actor) -> True for group anaphors ("the two
    sides") that :func:`resolve_group_anaphors` replaces afterwards.
    """
    mention_at = mention_at or _mention_lookup()
    trig = finding.trigger
    sent = trig.sent
    start, end = trig.idx, trig.idx + len(trig.text)
    for tok in finding.extra:  # "held ... talks": the trigger covers the whole phrase
        end = max(end, tok.idx + len(tok.text))
    # no trailing paragraph break in the evidence; the trigger inside keeps it non-empty
    sent_start, sent_end = trimmed(article.text, sent.start_char, sent.end_char)
    actors = _event_actors(article, finding, mention_at, anaphors)
    location, location_name = _event_location(article, finding.location, mention_at)
    sense = finding.sense
    recoded = cameo_by_actor_kind(finding)
    if recoded is not None:  # "protesters set fire to banks" riot; striking workers stop work
        ptype, mode, goldstein, _desc = cameo_table()[recoded]
        sense = replace(sense, cameo=recoded, type=ptype, mode=mode, goldstein=goldstein)
    event = Event(
        article=article.id, trigger=Span(start, end, article.text[start:end]),
        sentence=Span(sent_start, sent_end, article.text[sent_start:sent_end]),
        type=sense.type, mode=sense.mode, cameo=sense.cameo, goldstein=sense.goldstein,
        modality=finding.modality, actors=actors, location=location,
        location_name=location_name)
    plural = _plural_sources(finding)
    event.quantities = sentence_quantities(sent)
    found = _event_date(article, finding, start)
    # a verb told in the past ("insisted ... by next year") says it happened, whatever its date
    finite_past = trig.tag_ in ("VBD", "VBN") and trig.dep_ != "acl" and trig.pos_ != "NOUN"
    if event.modality == "happened" and not finite_past and _own_date(trig, found.get("timex")) \
            and after_publication(found.get("date"), article.published):
        event.modality = "planned"  # "a state visit starting on April 18", told on April 10
    event.summary = summarize(event, finding.phrase or sense.phrase, plural,
                              _theme(finding, _acted_on(event)),
                              _second_object(finding), finding.cue,
                              said_place(finding, event.location_name), _noun(finding))
    event.date = found.get("date")
    event.date_range = found.get("date_range")
    event.date_text = found.get("date_text")
    event.date_source = found.get("date_source")
    # how sure, as the resolver judged it (it read the tense: a perfect's publication day is
    # less sure than a past one's); re-dating by the corpus reads it again from these fields
    event.date_confidence = found.get("confidence")
    return event


def _event_actors(article: Article, finding: Finding, mention_at, anaphors: Optional[dict]) -> list:
    """The Actors of a finding's sources, targets and participants, in that order, a token
    counted once; group anaphors among them are marked in ``anaphors`` (as
    :func:`event_from_finding` says). mention_at: the entities stage's mention lookup."""
    actors, seen = [], set()
    for role, tokens in (("source", finding.sources), ("target", finding.targets),
                         ("participant", finding.participants)):
        for token in tokens:
            if token.i in seen:
                continue
            seen.add(token.i)
            found, group = actors_for(article, token, role, mention_at)
            actors.extend(found)
            if group and anaphors is not None:
                anaphors.update((id(a), True) for a in found)
    return actors


def _event_location(article: Article, loc, mention_at) -> tuple:
    """(Span, name) of the place word ``loc`` (spaCy Token, or None: (None, None)): the
    whole mention or named entity holding it, named by its canonical name when it has one."""
    if loc is None:
        return None, None
    # the mention holding the place word first: the entities stage splits NER spans that
    # run two places together ("Port Averly to Sunmere"), the doc's entities do not
    mention = mention_at(article, loc.idx, loc.idx + len(loc.text))
    ent = entity_of(loc)
    if mention is not None and mention.start <= loc.idx < mention.end:
        lstart, lend = mention.start, mention.end
    else:
        lstart, lend = (ent.start_char, ent.end_char) if ent else (loc.idx, loc.idx + len(loc.text))
        mention = mention_at(article, lstart, lend)
    location = Span(lstart, lend, article.text[lstart:lend])
    return location, (mention.canonical if mention is not None and mention.canonical
                      else location.text)


def said_place(finding: Finding, name: Optional[str]) -> Optional[str]:
    """A place's name (str, the event's location_name) as a summary says it: a common noun
    (the finding's place token) named as written keeps its determiner ("the Karskian
    capital", "every military district"); a proper name, or the name the entities stage
    gave it ("Belozar"), needs none. The event's location_name stays bare for matching."""
    loc = finding.location
    if loc is None or not name or loc.pos_ != "NOUN" or not name.endswith(loc.text):
        return name
    dets = [c for c in loc.children if c.dep_ in ("det", "poss") and c.i < loc.i
            and c.lower_ in PLACE_WORDS]
    if not dets or name.lower().startswith(dets[0].lower_ + " "):
        return name
    return f"{dets[0].lower_} {name}"


def _event_date(article: Article, finding: Finding, start: int) -> dict:
    """The date the resolver gives the event whose trigger starts at ``start`` (as
    ``_resolve_date`` returns it), or {} where the sentence's date is not its own."""
    trig = finding.trigger
    found = _resolve_date(article, article.sentence_index(start), start, finding.tense)
    if found.get("date_source") == "sentence" and (trig.dep_ == "acl" or _judged_deed(trig)
                                                   or (trig.dep_ == "relcl" and
                                                       _clause_a_noun_names(trig.head) is not None)):
        # "The accord, signed by X, runs from April": a participle naming an event told
        # elsewhere does not take a date that is not its own; nor does a deed someone is
        # charged with or blamed for ("arrested Friday, charged with killing X"): it came before;
        # nor a view of a step told before it ("extended it in 2019, a move X never recognised")
        return {}
    if found.get("date_source") == "sentence" and (
            (finding.modality == "uncertain" and finding.cue == "if") or _perfect_before(trig, found.get("timex"))
            or (trig.dep_ == "relcl" and not _names_the_time(trig.head, found.get("timex")))) \
            and not _own_date(trig, found.get("timex")):  # the parse walk last: the cheap tests first
        # "last month he said she should be jailed if she gave ...", "this afternoon I met agents
        # who conducted the inquiry": an earlier deed, not one of the main clause's time
        return {}
    if found.get("date_source") == "narrative" and (
            (finding.nominal and trig.tag_ == "NNS")
            or (trig.dep_ == "relcl" and _present_perfect(trig))):
        # "Obama's calls for gun control", "activists who have demanded": repeated acts or a
        # trait of those described, not a step of the story told around them
        return {}
    return found


# verbs, nouns and adjectives whose "with"/"of"/"for" object is a deed done before them:
# charges (modality.ACCUSING_HEADS: "accused of", "allegations of") and judgements
JUDGING_WORDS = ACCUSING_HEADS | {
    "arrest", "convict", "sentence", "jail", "blame", "try", "prosecute", "detain", "fine",
    "punish", "acquit", "guilty", "condemn", "criticize", "criticise", "praise", "thank",
    "apologize", "apologise", "responsible", "investigate", "question", "execute", "hang"}


def _judged_deed(trigger) -> bool:
    """Whether a trigger (spaCy Token) names what someone is charged with, blamed or
    praised for ("charged with killing", "accused of shooting", "jailed for the attack")."""
    prep = trigger.head
    return (trigger.dep_ in ("pcomp", "pobj") and prep.dep_ == "prep"
            and prep.lower_ in ("with", "of", "for")
            and prep.head.lemma_.lower() in JUDGING_WORDS)


def _theme(finding: Finding, acted_on: bool = True):
    """(preposition, text) of the thing a finding acts on, or None; for a verb with
    neither, the "that" clause it governs ("demands that Syrian forces withdraw").
    acted_on (bool): whether any target became an actor of the event."""
    if finding.theme is None:
        if finding.targets and not finding.nominal and not acted_on:
            return _unnamed_target(finding)  # "attend the Belt and Road Forum": a thing
        if finding.nominal or finding.targets:
            return None
        clauses = [c for c in finding.trigger.children if c.dep_ == "ccomp"]
        gap = gap_object(finding.trigger) if not clauses else None
        if gap is not None and gap.lemma_.lower() in REFERRING_NOUNS:
            # "..., something farmers had demanded": what is demanded is the main clause
            root = finding.trigger.sent.root
            clauses = [root] if full_clause(root) and root != finding.trigger else []
        elif gap is not None:
            return "", theme_text(gap)  # "the contracts it signed": it signs the contracts
        # a complement folded into the finding is said by its phrase ("agree to reopen")
        folded = finding.complement is not None or " to " in f" {finding.phrase or ''} "
        text = clause_text(clauses[0]) if clauses else (
            "" if folded else infinitive_text(finding.trigger) or gerund_text(finding.trigger))
        return ("", text) if text else None
    prep, token = finding.theme
    told = _clause_a_noun_names(token)
    if told is not None and told != finding.trigger and not prep:
        # "extended its zone in 2019, a move Aldera never recognised": the move is that clause
        return "", clause_text(told)
    if finding.nominal and prep == "to" and finding.sense.cameo == "042":
        return "", theme_text(token)  # "a visit to a golf course": Trump visits a golf course
    if finding.nominal and prep:
        return None  # "his criticism of the mogul": a noun's "of" phrase reads badly after a verb
    return prep, theme_text(token)


def _noun(finding: Finding) -> Optional[str]:
    """A nominal finding's noun as one of its kind ("a video meeting"), else None."""
    return indefinite_phrase(finding.trigger) if finding.nominal else None


# prepositions whose object is what a verb acts on ("speaks to", "agreed with")
OBJECT_PREPS = {"to", "with", "against", "about", "for", "at"}


def _unnamed_target(finding: Finding):
    """(preposition, text) of a verb's first target when none of its targets is an actor
    ("expected to attend next month's Belt and Road Forum", "agreed to oppose the Cold War
    mentality"): the object is said as a thing; None when it is no object or is a pronoun."""
    token = finding.targets[0]
    if token.pos_ not in ("NOUN", "PROPN") or token.dep_ not in ("dobj", "pobj") or (
            token.dep_ == "pobj" and token.head.lower_ not in OBJECT_PREPS):
        return None  # "pleads on the eve of trial": a time, not what is acted on
    head = token.head if token.dep_ == "dobj" else token.head.head
    if head.i != finding.trigger.i and head.head.i != finding.trigger.i:
        return None
    return (token.head.lower_ if token.dep_ == "pobj" else ""), theme_text(token)


def _acted_on(event: Event) -> bool:
    return any(a.role in ("target", "participant") for a in event.actors)


def _clause_a_noun_names(noun):
    """The clause (its verb, spaCy Token) that a word like "move" or "step" set after it
    sums up ("Pellan extended its zone, a move that ..."), or None."""
    if noun.lemma_.lower() not in REFERRING_NOUNS or noun.dep_ not in ("npadvmod", "appos"):
        return None
    clause = noun.head
    return clause if full_clause(clause) and clause.i < noun.i else None


def _second_object(finding: Finding):
    """The thing given when the verb also names who receives it ("offered Moscow a
    lifeline", "gave Estmark two boats"): said after the target in the summary."""
    if finding.complement is not None and not finding.nominal and finding.targets:
        # "urged the United States to lift the sanctions": what the target is asked to do
        done = [c for c in finding.trigger.children if c.dep_ in ("xcomp", "ccomp")
                and any(g.tag_ == "TO" for g in c.children)]
        if done:
            objects = [c for c in done[0].children if c.dep_ == "dobj"]
            return " ".join(["to", done[0].lemma_.lower(), *(theme_text(o) for o in objects[:1])])
    if not finding.nominal and finding.targets and finding.trigger.lemma_.lower() in ACCUSING_HEADS:
        charge = charge_text(finding.trigger)  # "accuses the vessel of fishing illegally"
        if charge:
            return charge
    if finding.theme is None or finding.theme[0] or finding.nominal:
        return None
    token = finding.theme[1]
    if token.dep_ == "dobj" and any(c.dep_ == "dative" for c in token.head.children):
        return theme_text(token)
    return None


def _same_parties(event: Event) -> bool:
    """Whether every target is one of the sources ("the Conference holds a conference
    with the Conference"): a misread, not an event."""
    sources = {a.canonical or a.text for a in event.actors if a.role == "source"}
    targets = {a.canonical or a.text for a in event.actors if a.role == "target"}
    return bool(sources and targets) and targets <= sources


def _place_gives(event: Event, article: Article, mention_at) -> bool:
    """Whether an aid event's only doers are natural places ("the river supplies water to
    two million people"): a river, sea or mountain (tagged LOC, not a country or city that
    stands for its government) gives no one aid; the verb says what it provides."""
    if event.type != "AID":
        return False
    sources = [a for a in event.actors if a.role == "source"]
    return bool(sources) and all(_natural_place(a, article, mention_at) for a in sources)


def _natural_place(actor, article: Article, mention_at) -> bool:
    """Whether an actor names a place that is not a polity: its mention is a LOC name, or,
    untagged or tagged as something other than a country or city (spaCy often reads a
    bare river name as a person or group), it is the short form of a LOC name in the
    article ("the Ilma" of "the Ilma River")."""
    def place(m) -> bool:
        return m.type == "LOC" and m.kind == "name" and m.entity_type in (None, "LOC")
    mention = mention_at(article, actor.start, actor.end)
    if mention is not None and (place(mention) or mention.type == "GPE"
                                or mention.entity_type == "GPE" or mention.kind != "name"):
        return place(mention)
    words = actor.text.split()
    words = words[1:] if words and words[0].lower() == "the" else words
    if not words or not words[0][:1].isupper():
        return False
    return any(place(m) and (m.canonical or m.text).split()[:len(words)] == words
               for m in article.mentions)


def _is_question(sentence: str) -> bool:
    """Whether a sentence asks rather than tells ("Will you resign?"): it asserts no event."""
    return sentence.rstrip(" \n\t\"'”’»)").endswith("?")


def find_article_events(article: Article) -> list:
    """Findings for every sentence of ``article`` (needs ``article.doc``)."""
    doc = article.doc
    if doc is None:
        return []
    places, actors, names, persons = _mention_tokens(article, doc)
    findings = []
    for sent in doc.sents:
        if sent.text.strip():
            findings.extend(find_events(sent, places, actors, names, persons))
    return findings


def _set_off(finding, article: Article, mention_at) -> bool:
    """Whether every doer of a finding is a weapon set off by someone unnamed ("a car bomb
    killed five soldiers"): its victims are still the ones acted on."""
    return all(is_instrument(t, mention_at(article, t.idx, t.idx + len(t.text)), WEAPONS)
               for t in finding.sources)


def annotate_events(article: Article) -> Article:
    """The stage: set ``article.events`` from the parsed document.

    Statements ("announced", CAMEO 010) are left to the quotes stage; events left
    with no actor once dates, datelines and things that cannot act are dropped are
    not kept; "the two sides" takes the parties of the event just before it.
    """
    mention_at = _mention_lookup()
    anaphors: dict = {}
    every = find_article_events(article)
    # the text coded as one event-data record (PLOVER's one main event), beside its events
    article.coding = record_coding(article.doc, every) if article.doc is not None else None
    # "we will pull back" has no resolvable actor here: the quotes stage keeps what was said
    findings = [f for f in every if f.sense.cameo not in STATEMENT_CODES and not f.first_person
                and not (not f.nominal and declines_comment(f.trigger))]
    events = [event_from_finding(article, f, mention_at, anaphors) for f in findings]
    had_group = [any(id(a) in anaphors for a in e.actors) for e in events]
    resolve_group_anaphors(events, anaphors, article)
    kept = []
    for finding, event, rewrite in zip(findings, events, had_group):
        if not event.actors or _same_parties(event) or _is_question(event.sentence.text) \
                or _place_gives(event, article, mention_at):
            continue
        home = drop_home_visitors(event)  # "Putin visits Moscow": a misread, or a homecoming
        if home is False:
            continue
        rewrite = rewrite or bool(home)
        if finding.sources and not finding.nominal and \
                not any(a.role == "source" for a in event.actors) and not _set_off(finding, article, mention_at):
            continue  # "it releases water from X": with the doer unknown, X alone misleads
        if finding.background and any(e.type == event.type for e in kept):
            continue  # "told reporters after the meeting": the meeting told before, not a new one
        if rewrite:  # the summary was written before "the two sides" was resolved
            sources = [a for a in event.actors if a.role == "source"]
            # resolved to several actors, or left as the plural group it was written as
            plural = len(sources) > 1 or (_plural_sources(finding)
                                          and all(a.canonical is None for a in sources))
            event.summary = summarize(event, finding.phrase or finding.sense.phrase, plural,
                                      _theme(finding, _acted_on(event)), _second_object(finding),
                                      finding.cue,
                                      said_place(finding, event.location_name), _noun(finding))
        kept.append(event)
    article.events = kept
    return article


@register_stage("events", assigns=["Article.events"], languages=("en",))
def make_stage(config: Config):
    return annotate_events
