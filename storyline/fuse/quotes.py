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
"""
from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from functools import cached_property
from typing import Optional

from rapidfuzz import fuzz

from ..model import Article, MergedQuote

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


def content_words(text: str) -> frozenset:
    """Lower-cased content words of ``text`` (str), crudely stemmed so that "tests"/"test",
    "developing"/"develop" and "prosecutor"/"prosecution" meet."""
    return frozenset(stem(word) for word in re.findall(r"[a-z0-9]+(?:-[a-z0-9]+)*", text.lower())
                     if word not in _STOPWORDS and len(word) >= 2)


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
    """Article id -> [(timeline position, char_start, event)], built once per merge so that
    finding a quote's event reads only its own articles' events, not the whole timeline."""
    index: dict = {}
    for position, event in enumerate(timeline):
        for source in event.sources:
            index.setdefault(source.get("article"), []).append(
                (position, source.get("char_start", -1), event))
    return index


def _event_for(members: list, index: dict) -> Optional[str]:
    """The merged event a statement was made at: one sharing its article and sentence,
    else one whose actors include the speaker and whose sources include its article
    (the earliest such event in timeline order)."""
    best = None
    for statement in members:
        article = statement.article
        for quote in statement.parts:
            if quote.sentence is None or quote.sentence >= len(article.sentences):
                continue
            lo, hi = article.sentences[quote.sentence]
            for position, start, event in index.get(article.id, ()):
                if lo <= start < hi and (best is None or position < best[0]):
                    best = (position, event.id)
    if best is not None:
        return best[1]
    speaker = next((m.speaker for m in members if m.speaker), None)
    if speaker:
        for article_id in {m.article.id for m in members}:
            for position, _start, event in index.get(article_id, ()):
                if (best is None or position < best[0]) and \
                        speaker in {a.get("name") for a in event.actors}:
                    best = (position, event.id)
    return best[1] if best else None


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
            event=_event_for(members, events_by_article), kind=best.kind, story=story))
    return merged
