"""The one data model that flows through every stage.

Per-article stages (clean → nlp → time → entities → events → quotes) read and
add layers on an :class:`Article`. Corpus stages (fuse) turn many articles into
merged :class:`Entity`, :class:`MergedEvent`, :class:`MergedQuote` and
:class:`Story` records, which together form a :class:`Dossier`.

Every extracted fact keeps its evidence: the article id and character offsets
into ``Article.text`` exactly as it was given (cleaning never shifts offsets).
All records are plain dataclasses that round-trip through ``to_dict`` /
``from_dict`` so that batches can cross process boundaries (``--jobs``, Ray).
"""
from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from typing import Any, Optional


# dataclass type -> (names of its serialised fields, names of all its fields); computed once
# per class: dataclasses.fields walks the class on each call, and records number millions
_FIELD_NAMES: dict = {}


def _field_names(cls) -> tuple:
    """(serialised field names, all field names) of dataclass ``cls`` (type)."""
    names = _FIELD_NAMES.get(cls)
    if names is None:
        fields = dataclasses.fields(cls)
        names = _FIELD_NAMES[cls] = (
            tuple(f.name for f in fields if not f.metadata.get("transient")),
            frozenset(f.name for f in fields))
    return names


def _asdict(obj: Any) -> Any:
    if dataclasses.is_dataclass(obj):
        if isinstance(obj, type):  # a class, not a record: as dataclasses.fields reads it
            return {f.name: _asdict(getattr(obj, f.name))
                    for f in dataclasses.fields(obj) if not f.metadata.get("transient")}
        names = _FIELD_NAMES.get(type(obj)) or _field_names(type(obj))
        return {name: _asdict(getattr(obj, name)) for name in names[0]}
    if isinstance(obj, (list, tuple)):
        return [_asdict(x) for x in obj]
    if isinstance(obj, dict):
        return {k: _asdict(v) for k, v in obj.items()}
    return obj


class Record:
    """Mixin: dict round-trip for dataclasses with nested record fields."""

    def to_dict(self) -> dict:
        return _asdict(self)

    @classmethod
    def from_dict(cls, data: dict):
        kwargs = {}
        hints = _NESTED.get(cls.__name__, {})
        names = (_FIELD_NAMES.get(cls) or _field_names(cls))[1]
        for key, value in data.items():
            if key not in names:
                continue
            nested = hints.get(key)
            if nested is not None and value is not None:
                target = _REGISTRY[nested[0]]
                if nested[1] == "list":
                    value = [target.from_dict(v) for v in value]
                else:
                    value = target.from_dict(value)
            kwargs[key] = value
        return cls(**kwargs)


def transient(default=None):
    """A field that lives only in-process (e.g. the spaCy Doc) and is never serialised."""
    return field(default=default, repr=False, compare=False, metadata={"transient": True})


def trimmed(text: str, start: int, end: int) -> Optional[list]:
    """``[start, end]`` narrowed to exclude surrounding white space, or None when nothing is left."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return [start, end] if end > start else None


@dataclass
class Span(Record):
    """A character span ``text[start:end]`` of an article."""

    start: int
    end: int
    text: str = ""


@dataclass
class Furniture(Record):
    """A page-furniture line kept out of the body (caption, byline, "20 minutes ago")."""

    start: int
    end: int
    text: str
    kind: str  # caption | timestamp | dateline | headline | credit | label | other


@dataclass
class Timex(Record):
    """A temporal expression, normalised to a TIMEX3-compatible value."""

    start: int
    end: int
    text: str
    type: str = "DATE"  # DATE | TIME | DURATION | SET
    value: Optional[str] = None  # "2023-02-22", "2023-W12", "2023-10", "P2D", "PAST_REF"
    granularity: Optional[str] = None  # day | week | month | quarter | season | year | decade
    range: Optional[list] = None  # [start ISO date, end ISO date] for vague or ranged values
    anchor: Optional[str] = None  # "publication" | "absolute" | "timex:<start>"
    confidence: float = 1.0
    sentence: Optional[int] = None
    tense: Optional[str] = None  # tense of its clause (past|present|future), for re-resolving


@dataclass
class Mention(Record):
    """An entity mention: a name, a role ("the Russian president"), or a pronoun."""

    start: int
    end: int
    text: str
    type: str  # PERSON | ORG | GPE | LOC | NORP | ROLE | PRON | ...
    canonical: Optional[str] = None  # canonical name after resolution
    code: Optional[str] = None  # actor code, e.g. "CHNGOV"
    sentence: Optional[int] = None
    kind: str = "name"  # name | role | pronoun | metonym | nominal
    entity_type: Optional[str] = None  # type of the resolved entity (PERSON, ORG, GPE)
    head: Optional[str] = None  # a nominal's head noun lemma ("navy" of "the Indian navy")


@dataclass
class Actor(Record):
    start: int
    end: int
    text: str
    role: str  # source | target | participant
    canonical: Optional[str] = None
    code: Optional[str] = None
    affiliation: Optional[str] = None  # country code or name it acts for ("Karsk's ministry")


@dataclass
class Event(Record):
    """One event mention in one article."""

    article: str
    trigger: Span
    sentence: Span
    type: str  # PLOVER event type, e.g. CONSULT
    mode: Optional[str] = None  # PLOVER mode, e.g. "visit", "meet", "phone"
    cameo: Optional[str] = None
    goldstein: Optional[float] = None
    modality: str = "happened"  # happened | planned | reported | denied | uncertain
    actors: list = field(default_factory=list)  # [Actor]
    location: Optional[Span] = None
    location_name: Optional[str] = None
    date: Optional[str] = None
    date_range: Optional[list] = None
    date_text: Optional[str] = None
    date_source: Optional[str] = None  # timex | sentence | narrative | publication | none
    date_confidence: Optional[float] = None  # 0-1, how sure the date is (time.fallback.date_confidence)
    summary: str = ""
    quantities: list = field(default_factory=list)  # [[noun lemma, number, text]] in the sentence


@dataclass
class Quote(Record):
    """One quote (direct, indirect or partial) in one article."""

    article: str
    content: Span
    kind: str = "direct"  # direct | indirect | partial | attitude ("X endorsed Y")
    source: Optional[Span] = None
    cue: Optional[Span] = None
    speaker: Optional[str] = None
    speaker_code: Optional[str] = None
    anonymous: bool = False
    carrier: Optional[str] = None  # who relayed it: "Xinhua", "a report in the WSJ"
    sentence: Optional[int] = None
    group: Optional[str] = None  # shared by the parts of one quote split by its attribution


@dataclass
class Article(Record):
    """An article and every layer the per-article stages add to it."""

    id: str
    text: str
    title: Optional[str] = None
    outlet: Optional[str] = None
    url: Optional[str] = None
    path: Optional[str] = None
    published: Optional[str] = None  # ISO date, or partial "2023-03"
    published_source: Optional[str] = None  # metadata | text | inferred | None
    published_evidence: Optional[dict] = None  # what gave the date, with a confidence
    lang: Optional[str] = None  # ISO 639-1, set by the clean stage (storyline/language.py)
    meta: dict = field(default_factory=dict)  # other input fields, kept
    content_hash: Optional[str] = None
    duplicate_of: Optional[str] = None
    near_duplicates: list = field(default_factory=list)
    story: Optional[str] = None
    warnings: list = field(default_factory=list)
    # layers
    body: Optional[list] = None  # [[start, end]] body regions (text minus furniture)
    furniture: list = field(default_factory=list)  # [Furniture]
    sentences: list = field(default_factory=list)  # [[start, end]]
    timexes: list = field(default_factory=list)  # [Timex]
    mentions: list = field(default_factory=list)  # [Mention]
    events: list = field(default_factory=list)  # [Event]
    quotes: list = field(default_factory=list)  # [Quote]
    coding: Optional[dict] = None  # the text as one PLOVER record: {"type","legacy_type","trigger"}
    doc: Any = transient()  # the spaCy Doc, in-process only

    @property
    def chars(self) -> int:
        return len(self.text)

    def sentence_index(self, offset: int) -> Optional[int]:
        """Index of the sentence holding character ``offset``, or None."""
        lo, hi = 0, len(self.sentences) - 1
        while lo <= hi:
            mid = (lo + hi) // 2
            start, end = self.sentences[mid]
            if offset < start:
                hi = mid - 1
            elif offset >= end:
                lo = mid + 1
            else:
                return mid
        return None

    def sentence_text(self, index: int) -> str:
        start, end = self.sentences[index]
        return self.text[start:end]


# ---- merged, corpus-level records -------------------------------------------------


@dataclass
class Evidence(Record):
    article: str
    char_start: int
    char_end: int
    sentence: str = ""
    outlet: Optional[str] = None
    date_text: Optional[str] = None


@dataclass
class Entity(Record):
    id: str
    name: str
    type: str
    aliases: list = field(default_factory=list)
    code: Optional[str] = None
    mentions: int = 0
    articles: list = field(default_factory=list)


# how an event mention's date was found, strongest first: written for the event, elsewhere
# in its sentence, the day the story's opening gives, the publication date read by tense
DATE_SOURCES = ("timex", "sentence", "narrative", "publication")


def strongest_date_source(kinds) -> Optional[str]:
    """The strongest of some date origins (``DATE_SOURCES`` order; others ignored), or None."""
    ranked = [k for k in kinds if k in DATE_SOURCES]
    return min(ranked, key=DATE_SOURCES.index) if ranked else None


@dataclass
class MergedEvent(Record):
    id: str
    date: Optional[str]
    date_range: Optional[list]
    type: str
    cameo: Optional[str]
    modality: str
    summary: str
    actors: list  # [{"name","role","code"}]
    location: Optional[str]
    sources: list  # [{"article","outlet","sentence","char_start","char_end","date_text"}]
    conflicts: list = field(default_factory=list)
    goldstein: Optional[float] = None
    mode: Optional[str] = None
    story: Optional[str] = None
    # where the chosen date came from: the strongest origin (DATE_SOURCES) among the
    # mentions that gave it; None when undated
    date_source: Optional[str] = None
    # how sure the chosen date is, 0-1 (fuse.event_match_dates.merged_date_confidence); None when undated
    # or merged before the field existed
    date_confidence: Optional[float] = None


@dataclass
class MergedQuote(Record):
    id: str
    speaker: Optional[str]
    speaker_code: Optional[str]
    text: str
    variants: list  # [{"text","article"}]
    sources: list  # [{"article","outlet","char_start","char_end"}]
    event: Optional[str] = None
    kind: str = "direct"
    story: Optional[str] = None
    event_summary: Optional[str] = None  # the linked event's summary, to read the link by
    # what the text says it was said at when no event is linked or beside one: {"kind"
    # ("interview", "press conference", ...), "text", "article", "char_start", "char_end"}
    occasion: Optional[dict] = None
    anonymous: bool = False  # the speaker is an anonymous source's description ("officials")
    # outlets that credit the words to other speakers: [{"field": "speaker", "values":
    # [{"value", "articles", "outlets", "anonymous"}]}], as MergedEvent's conflicts
    conflicts: list = field(default_factory=list)


@dataclass
class Story(Record):
    id: str
    title: str
    articles: list
    first: Optional[str] = None
    last: Optional[str] = None
    entities: list = field(default_factory=list)


@dataclass
class Dossier(Record):
    """What the pipeline returns: the JSON contract's five lists."""

    articles: list = field(default_factory=list)  # [dict] per the contract
    entities: list = field(default_factory=list)  # [Entity]
    timeline: list = field(default_factory=list)  # [MergedEvent]
    quotes: list = field(default_factory=list)  # [MergedQuote]
    stories: list = field(default_factory=list)  # [Story]


_REGISTRY = {
    c.__name__: c
    for c in (Span, Furniture, Timex, Mention, Actor, Event, Quote, Article, Evidence,
              Entity, MergedEvent, MergedQuote, Story, Dossier)
}
_NESTED = {
    "Event": {"trigger": ("Span", "one"), "sentence": ("Span", "one"),
              "location": ("Span", "one"), "actors": ("Actor", "list")},
    "Quote": {"content": ("Span", "one"), "source": ("Span", "one"), "cue": ("Span", "one")},
    "Article": {"furniture": ("Furniture", "list"), "timexes": ("Timex", "list"),
                "mentions": ("Mention", "list"), "events": ("Event", "list"),
                "quotes": ("Quote", "list")},
    "Dossier": {"entities": ("Entity", "list"), "timeline": ("MergedEvent", "list"),
                "quotes": ("MergedQuote", "list"), "stories": ("Story", "list")},
}


def article_summary(article: Article) -> dict:
    """The contract's ``articles`` record for one article."""
    return {
        "id": article.id,
        "path": article.path,
        "title": article.title,
        "outlet": article.outlet,
        "url": article.url,
        "published": article.published,
        "published_source": article.published_source,
        "published_evidence": article.published_evidence,
        "story": article.story,
        "chars": article.chars,
        "lang": article.lang,
        "duplicate_of": article.duplicate_of,
    }
