"""Merging quotes across outlets: one statement, however each outlet worded it.

Quotes are first gathered into statements (the parts of a quote split by its
attribution share ``Quote.group``), then statements by the same speaker (or one
unknown) whose content words overlap, or whose words one contains (a partial quote
inside a longer one), become one :class:`MergedQuote` with every variant and source.

Measured by bench/quote_matching.py (pairs of statements from different PolNeAR articles
judged by hand): a statement whose speaker is unknown joins a named one only on stronger
wording evidence, since a loose match there also hands the quote a speaker; speakers
named differently agree when one name lies inside the other ("Wasserman Schultz" /
"Debbie Wasserman Schultz", "Wang" / "Wang Yi") or on surname and initial ("Sergei" /
"Sergey Lavrov"), never on a surname alone ("Bill" / "Hillary Clinton").

Each merged quote links to the event it was said at, when the timeline has one: the saying
itself coded as an event ("slammed the proposal as ..."), else a gathering or statement act
of the speaker (storyline/quotes/occasions.py) in the quote's sentence, its paragraph or the
one before, else a gathering the article's lead reports; never an event the quote talks
about, one done to the speaker, one planned, or one whose date disagrees with when it was
said. Measured by bench/quote_events.py (hand-judged occasions): on development quotes link
accuracy 52.0 -> 94.1, precision 21.3 -> 87.5, where the speaker merely taking part in an
event had linked it.
"""
from __future__ import annotations

import bisect
import hashlib
import re
from dataclasses import dataclass, field
from datetime import timedelta
from functools import cached_property, lru_cache
from itertools import accumulate
from typing import Optional

from rapidfuzz import fuzz

from ..entities.noun_lexicon import head_nouns
from ..model import Article, MergedQuote
from ..quotes.occasions import is_occasion, is_speech_act, on_cue
from ..time.calendar import iso_day

# Share of the shorter statement's content words found in the longer one.
CONTAINMENT_THRESHOLD = 0.6
# The same when one statement's speaker is unknown: the speaker cannot confirm the match
# (on PolNeAR dev groups the one wrong merge was a named 0.6 match to an unnamed quote).
UNNAMED_CONTAINMENT_THRESHOLD = 0.8
# rapidfuzz token-set ratio (0-100) at which two wordings are one statement.
FUZZY_THRESHOLD = 85
# Statements with fewer content words than this must match nearly verbatim (partial_ratio).
SHORT_STATEMENT_WORDS = 4
PARTIAL_THRESHOLD = 90
MIN_CONTENT_WORDS = 2
_KIND_RANK = {"direct": 0, "partial": 1, "indirect": 2}

# Words before a name that are no part of it ("Secretary Clinton", "Sen. Sanders").
# Not entities.names.HONORIFICS: that list lacks speaker, director, commissioner, chair,
# chairwoman and representative ("Speaker Ryan" would no longer meet "Paul Ryan") and
# holds "state", "king", "father", "defence", which would strip names of bodies too.
_TITLES = frozenset("""
mr mrs ms miss dr sen senator rep representative gov governor president vice secretary
speaker minister prime foreign deputy director chairman chairwoman chair gen general judge
justice mayor ambassador spokesman spokeswoman commissioner lt col adm sgt
""".split())
# Suffixes stripped by content_words, longest first, so that "prosecuting", "prosecutor"
# and "prosecution" meet, as do "careless" and "carelessly".
_SUFFIXES = ("ingly", "edly", "ions", "ion", "ing", "ers", "ors", "ed", "es", "er", "or", "ly", "s")

_STOPWORDS = frozenset("""
a an the and or but if of to in on at by for with from as is are was were be been being
has have had do does did will would shall should can could may might must it its this that
these those there their they them we our us you your he his him she her i me my not no
all any both each more most other some such than too very so also just into over about
which who whom what when where while how again further then once here only own same
""".split())


@dataclass
class Statement:
    """One quote in one article, its parts joined."""

    article: Article
    parts: list  # [Quote]
    words: frozenset = field(default_factory=frozenset)

    @cached_property
    def text(self) -> str:
        return " … ".join(q.content.text for q in self.parts)

    @cached_property
    def speaker(self) -> Optional[str]:
        return next((q.speaker for q in self.parts if q.speaker), None)

    @property
    def named(self) -> bool:
        """Whether the speaker is a name, not unknown nor a role ("the Vermont senator")."""
        return bool(self.speaker) and not is_role(self.speaker)

    @property
    def kind(self) -> str:
        return min((q.kind for q in self.parts), key=lambda k: _KIND_RANK.get(k, 3))


# a statement's words are read again for its quote id, and statements recur across outlets
@lru_cache(maxsize=65536)
def content_words(text: str) -> frozenset:
    """Lower-cased content words of ``text`` (str), crudely stemmed so that "tests"/"test",
    "developing"/"develop" and "prosecutor"/"prosecution" meet."""
    return frozenset(stem(word) for word in re.findall(r"[a-z0-9]+(?:-[a-z0-9]+)*", text.lower())
                     if word not in _STOPWORDS and len(word) >= 2)


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """``word`` (lower-case str) less one suffix of :data:`_SUFFIXES`, keeping a stem of
    four letters or more; a final "s" after "s" ("careless", "press") is no plural."""
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            if suffix == "s" and word.endswith("ss"):
                return word
            return word[: -len(suffix)]
    return word


def statements(articles: list) -> list:
    """Statements (list[Statement]) of all articles; an indirect quote whose clause holds
    a quote of the same article is left out, its quoted words stand for it."""
    found = []
    for article in articles:
        groups, order = {}, []
        quoted = [q for q in article.quotes if q.kind in {"direct", "partial"}]
        for quote in article.quotes:
            if quote.kind == "attitude":
                continue  # a stance ("X backs Y") is no statement to match across outlets
            if quote.kind == "indirect" and any(
                    q.content.start < quote.content.end and quote.content.start < q.content.end
                    for q in quoted):
                continue
            key = quote.group or f"{quote.content.start}:{quote.content.end}"
            if key not in groups:
                groups[key] = []
                order.append(key)
            groups[key].append(quote)
        for key in order:
            statement = Statement(article, groups[key])
            statement.words = content_words(statement.text)
            if len(statement.words) >= MIN_CONTENT_WORDS:
                found.append(statement)
    return found


def similar(a: Statement, b: Statement) -> bool:
    """Whether two statements are one: compatible speakers and overlapping wording."""
    if not same_speaker(a.speaker, b.speaker):
        return False
    if (a.article.story or b.article.story) and a.article.story != b.article.story:
        return False
    short, long_ = sorted((a, b), key=lambda s: len(s.words))
    if not short.words:
        return False
    if len(short.words) < SHORT_STATEMENT_WORDS:
        if short.named and not long_.named:
            return False  # a named few words ("extremely careless") inside an unnamed
            # statement are as likely someone else's echo of them as that statement; an
            # unnamed few words (a heading's "solid as a rock") may excerpt a named one
        # a few words ("solid as a rock") must appear nearly verbatim in the longer one
        return fuzz.partial_ratio(short.text.lower(), long_.text.lower()) >= PARTIAL_THRESHOLD
    shared = len(a.words & b.words)
    needed = CONTAINMENT_THRESHOLD if a.named and b.named else UNNAMED_CONTAINMENT_THRESHOLD
    if shared / len(short.words) >= needed and shared >= 3:
        return True
    return fuzz.token_set_ratio(a.text, b.text) >= FUZZY_THRESHOLD


# asked for every statement against each speaker of every cluster it may join: the
# speakers of a corpus are few, the pairs many
@lru_cache(maxsize=65536)
def same_speaker(a: Optional[str], b: Optional[str]) -> bool:
    """Whether two speaker names (str|None) may be one person: when one is unknown, when
    one name's words lie in order inside the other's ("Wang" / "Wang Yi", "Wasserman
    Schultz" / "Debbie Wasserman Schultz", "Secretary Clinton" / "Clinton"), or on the
    same surname and first initial ("Sergei" / "Sergey Lavrov"). A surname alone does not
    do: "Bill Clinton" and "Hillary Clinton" are two people."""
    if not a or not b or a == b:
        return True
    if is_role(a) or is_role(b):
        # a role is no name: two roles agree only word for word ("Vermont senator" and
        # "Virginia senator" are two people), a role and a name may be one person
        return not (is_role(a) and is_role(b)) or name_words(a) == name_words(b)
    x, y = name_words(a), name_words(b)
    if not x or not y:
        return a.lower() == b.lower()
    short, long_ = sorted((x, y), key=len)
    if any(long_[i:i + len(short)] == short for i in range(len(long_) - len(short) + 1)):
        return True
    return x[-1] == y[-1] and x[0][0] == y[0][0]


@lru_cache(maxsize=65536)
def is_role(name: str) -> bool:
    """Whether a speaker (str) is a description, not a name: its head word is lower-case
    ("Vermont senator", "Democratic front-runner", "Clinton's lawyers", "voters"), so a
    place or party before it is no given name ("al-Assad" holds a capital: a name)."""
    words = [w.strip(".,'’()") for w in name.split()]
    words = [w for w in words if w]
    return bool(words) and words[-1].lower() == words[-1] and words[-1][:1].isalpha()


def name_words(name: str) -> list:
    """Lower-cased words of a person's name (str), titles before it left out."""
    words = [w.strip(".,'’").lower() for w in name.split()]
    words = [w for w in words if w]
    if words and head_nouns().get(words[-1]) == "ORG":
        return words  # a body ("State Department", "Justice Department"): its first word is no title
    while len(words) > 1 and words[0] in _TITLES:
        words = words[1:]
    return words


def cluster(found: list) -> list:
    """Greedy clustering within each story (statements of different stories never merge,
    which keeps the work per story, not per corpus): each statement joins the first
    cluster holding a similar statement whose speakers it agrees with, else starts its own."""
    by_story: dict = {}
    for statement in found:
        by_story.setdefault(statement.article.story, []).append(statement)
    return [members for group in by_story.values() for members in _cluster_story(group)]


def _cluster_story(found: list) -> list:
    """Greedy clustering of one story's statements. Only clusters sharing a content word
    with a statement are compared with it (an inverted index): statements with no word in
    common are never similar, and the comparison stays near-linear in large stories."""
    clusters: list = []
    speakers: list = []  # per cluster, the speakers named in it
    index: dict = {}  # content word -> ids of clusters holding it
    for statement in found:
        speaker = statement.speaker
        home = None
        for cid in sorted({c for w in statement.words for c in index.get(w, ())}):
            if not all(same_speaker(speaker, s) for s in speakers[cid]):
                continue
            if any(similar(statement, m) for m in clusters[cid]):
                home = cid
                break
        if home is None:
            clusters.append([])
            speakers.append(set())
            home = len(clusters) - 1
        clusters[home].append(statement)
        if speaker:
            speakers[home].add(speaker)
        for word in statement.words:
            index.setdefault(word, set()).add(home)
    return clusters


def _quote_id(story: Optional[str], speaker: Optional[str], text: str) -> str:
    key = "|".join([story or "", speaker or "", " ".join(sorted(content_words(text)))])
    return "q_" + hashlib.sha1(key.encode("utf-8")).hexdigest()[:12]


def index_timeline(timeline: list) -> dict:
    """Article id -> [(timeline position, char_start, char_end, event)], built once per
    merge so that finding a quote's event reads only its own articles' events."""
    index: dict = {}
    for position, event in enumerate(timeline):
        for source in event.sources:
            index.setdefault(source.get("article"), []).append(
                (position, source.get("char_start", -1), source.get("char_end", -1), event))
    return index


class ArticleMarks:
    """Where an article's quoted words and its dates lie, indexed once per article: whether
    an event is the occasion of a quote is asked for every pair of its quotes and events.

    article (Article): with ``quotes`` and ``timexes`` set."""

    def __init__(self, article: Article):
        spans = sorted((q.content.start, q.content.end) for q in article.quotes if q.kind != "attitude")
        self.quote_starts = [start for start, _ in spans]
        # the furthest end of the quotes starting at or before each: an offset lies inside
        # a quote when the quotes starting at or before it reach past it
        self.quote_reach = list(accumulate((end for _, end in spans), max))
        timexes = sorted(article.timexes, key=lambda t: t.start)
        self.timex_starts = [t.start for t in timexes]
        self.timex_days = [iso_day(t.value) for t in timexes]
        self.roles: dict = {}  # (speaker, id(event)) -> _speaker_roles, asked per quote
        self.spoken_at: list = []  # per indexed event: may it be an occasion (set by _event_for)

    def inside_quote(self, offset: int) -> bool:
        """Whether ``offset`` (char) lies in quoted words (a stance is no quoted words)."""
        n = bisect.bisect_right(self.quote_starts, offset)
        return n > 0 and self.quote_reach[n - 1] > offset

    def days_between(self, lo: int, hi: int, outside: tuple) -> list:
        """Days (list[date]) named by the timexes starting in [lo, hi) but not inside the
        span ``outside`` ((start, end)): a quote's own words."""
        first, last = bisect.bisect_left(self.timex_starts, lo), bisect.bisect_left(self.timex_starts, hi)
        return [day for start, day in zip(self.timex_starts[first:last], self.timex_days[first:last])
                if day is not None and not outside[0] <= start < outside[1]]


def _event_for(members: list, index: dict, marks: dict) -> Optional[str]:
    """The merged event a statement was said at (str id, or None), the best over its parts
    by :func:`occasion_rank`: the saying itself coded as an event, else an occasion or a
    statement act of the speaker in the quote's sentence, else in its paragraph or the one
    before, else a gathering the speaker took part in, reported in the same article.
    marks (dict): article id -> its :class:`ArticleMarks`, added to as articles come."""
    best = None
    for statement in members:
        article = statement.article
        events = index.get(article.id, ())
        if article.id not in marks:
            mark = marks[article.id] = ArticleMarks(article)
            mark.spoken_at = [_occasion_kinds(article, s, e, event, mark) is not None
                              for _, s, e, event in events]
        spoken_at = marks[article.id].spoken_at
        for quote in statement.parts:
            window = occasion_window(article, quote)
            for (position, start, end, event), may in zip(events, spoken_at):
                if not (may and statement.speaker) and not on_cue(quote, start, end):
                    continue  # occasion_rank would say None: asked only of the rest
                rank = occasion_rank(article, quote, statement.speaker,
                                     (start, end), event, window, marks[article.id])
                if rank is not None and (best is None or (rank, position) < best[0]):
                    best = ((rank, position), event.id)
    return best[1] if best else None


def _occasion_kinds(article: Article, start: int, end: int, event,
                    marks: ArticleMarks) -> Optional[tuple]:
    """(is an occasion, is a statement act) of the event whose trigger is [start, end),
    or None when it can be neither: made at a modality no statement is made at, naming
    neither, or inside quoted words (what was talked about)."""
    if event.modality not in _SAID_MODALITIES:
        return None
    words = article.text[start:end]
    occasion = is_occasion(words, article.text[max(0, start - 20):start])
    act = is_speech_act(words)
    if not (occasion or act):
        return None
    if marks.inside_quote(start):
        return None  # an event inside quoted words is what was talked about
    return occasion, act


def occasion_rank(article: Article, quote, speaker: Optional[str], trigger: tuple,
                  event, window: Optional[int] = None,
                  marks: Optional[ArticleMarks] = None) -> Optional[tuple]:
    """How surely ``event`` is the occasion of ``quote`` (a sort key, lower is surer), or
    None when it is not.

    article (Article): the quote's article; quote (Quote): one part of a statement;
    speaker (str|None): the statement's speaker; trigger ((start, end)): the event's
    trigger in ``article.text``; event (MergedEvent): a merged event with that source;
    window (int|None): :func:`occasion_window` of the quote, computed when None;
    marks (ArticleMarks|None): the article's, made when None.
    """
    start, end = trigger
    if on_cue(quote, start, end):
        return (0, 0)  # the saying itself: "slammed the proposal as ...", "declined to ..."
    if not speaker:
        return None
    if marks is None:
        marks = ArticleMarks(article)
    kinds = _occasion_kinds(article, start, end, event, marks)
    if kinds is None:
        return None
    occasion, act = kinds
    if not _agrees_in_time(article, quote, event, marks):
        return None
    key = (speaker, id(event))
    roles = marks.roles.get(key)
    if roles is None:
        roles = marks.roles[key] = _speaker_roles(speaker, event)
    # a statement act must be the speaker's own ("Fallon called on ..."), not one done
    # to the speaker ("Sanders accused Clinton" is no occasion of Clinton's reply)
    if not ((occasion and roles) or (act and "source" in roles)):
        return None
    lo, hi = _sentence_span(article, quote)
    if lo <= start < hi:
        return (1, 0)
    if window is None:
        window = occasion_window(article, quote)
    if window <= start < quote.content.end:
        return (2, quote.content.start - start)  # the nearest before the quote first
    # a gathering the article's lead reports ("Putin, meeting Wang in Moscow on Wednesday,
    # said ..."): news leads name the occasion the later quotes come from; one reported
    # further down is as likely an earlier occasion the article recalls
    if occasion and event.modality == "happened" and start < _lead_end(article) and \
            ("source" in roles or event.type == "CONSULT"):
        return (3, 0)  # the rally's target or a protest's object did not speak there
    return None


# Modalities of an event a statement can be made at: not one planned, denied or doubted.
_SAID_MODALITIES = frozenset({"happened", "reported"})
# Days between a quote's occasion and the article's publication (a weekly's lag).
OCCASION_MAX_DAYS = 10


def occasion_window(article: Article, quote) -> int:
    """Where the text that may name a quote's occasion starts (char offset): the paragraph
    before the quote's own. (Following a run of paragraphs quoting one speaker further up
    linked more wrong events than right ones on the development quotes.)"""
    lo = _paragraph_start(article.text, quote.content.start)
    return _paragraph_start(article.text, max(lo - 2, 0))


def _speaker_roles(speaker: str, event) -> set:
    """Roles (set[str]) in which the speaker (str) is an actor of the merged event: a
    name agrees as :func:`same_speaker` allows, a role ("the senator") only word for word."""
    roles = set()
    for actor in event.actors:
        name = actor.get("name")
        if not name:
            continue
        if name == speaker or (not is_role(speaker) and not is_role(name)
                               and same_speaker(speaker, name)):
            roles.add(actor.get("role") or "participant")
    return roles


def _sentence_span(article: Article, quote) -> tuple:
    if quote.sentence is not None and quote.sentence < len(article.sentences):
        return tuple(article.sentences[quote.sentence])
    return (quote.content.start, quote.content.end)


def _lead_end(article: Article) -> int:
    """End of the article's lead: the paragraph of its first sentence (the title line and
    furniture, which hold no sentence, come before it)."""
    if not article.sentences:
        return 0
    end = article.text.find("\n", article.sentences[0][0])
    return len(article.text) if end < 0 else end


def _paragraph_start(text: str, offset: int) -> int:
    """Start of the paragraph (a line of text) holding ``offset``."""
    return text.rfind("\n", 0, offset) + 1


def _agrees_in_time(article: Article, quote, event, marks: ArticleMarks) -> bool:
    """Whether the event's date (ISO, possibly partial) may be when the quote was said: a
    day named in the quote's sentence outside its quoted words ("said on Tuesday") must
    be the event's day; else the event falls in the days up to publication. Unknown
    dates agree."""
    if not event.date:
        return True
    lo, hi = _sentence_span(article, quote)
    said_on = marks.days_between(lo, hi, (quote.content.start, quote.content.end))
    day = iso_day(event.date)
    if said_on and day is not None:
        return any(abs((d - day).days) <= 1 for d in said_on)
    published = iso_day(article.published)
    if published is None:
        return True
    earliest = published - timedelta(days=OCCASION_MAX_DAYS)
    if day is not None:
        return earliest <= day <= published + timedelta(days=1)
    # a month or a year agrees when the window before publication overlaps it
    return any(event.date == d.isoformat()[:len(event.date)] for d in (earliest, published))


def publication_key(article: Article) -> tuple:
    """Sort key of a canonical article order: dated first, by date, then by id."""
    return (article.published is None, article.published or "", article.id)


def merge_quotes(articles: list, timeline: Optional[list] = None) -> list:
    """Quotes of all articles merged across outlets (list[MergedQuote]).

    articles (list[Article]): annotated articles (``Article.quotes`` set);
    timeline (list[MergedEvent]|None): merged events, to link each quote to the event
    it was said at.
    """
    merged = []
    events_by_article = index_timeline(timeline or [])
    marks: dict = {}  # article id -> ArticleMarks, made when a quote of it is first linked
    # greedy clustering and the first-member choices below read statements in order: a
    # canonical order (publication, then id) makes the result independent of the caller's
    for members in cluster(statements(sorted(articles, key=publication_key))):
        best = min(members, key=lambda m: (_KIND_RANK.get(m.kind, 3), -len(m.text)))
        # the fullest name any outlet gave ("Wang Yi" over "Wang"), a role only for want of one
        speaker = max((m.speaker for m in members if m.speaker),
                      key=lambda name: (not is_role(name), len(name)), default=None)
        code = next((q.speaker_code for m in members for q in m.parts if q.speaker_code), None)
        story = members[0].article.story
        variants, seen = [], set()
        for m in members:
            if (m.text, m.article.id) not in seen:
                seen.add((m.text, m.article.id))
                variants.append({"text": m.text, "article": m.article.id})
        sources = [{"article": m.article.id, "outlet": m.article.outlet,
                    "char_start": q.content.start, "char_end": q.content.end}
                   for m in members for q in m.parts]
        merged.append(MergedQuote(
            id=_quote_id(story, speaker, best.text), speaker=speaker, speaker_code=code,
            text=best.text, variants=variants, sources=sources,
            event=_event_for(members, events_by_article, marks), kind=best.kind, story=story))
    return merged
