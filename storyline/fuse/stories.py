"""Stories: incremental clustering of articles.

Articles are visited in publication order (undated ones after, in input order).
Each one joins the existing story whose centroid it is most similar to, or opens
a new story when no story is similar enough. Articles that already belong to a
story (from an earlier ingest) keep it, so story ids are stable as the corpus grows.

An article is represented by a sparse TF-IDF vector over content words of its
text plus its canonical entity names (weighted up: two reports of one meeting
share their actors even when their wording differs).
"""
from __future__ import annotations

import hashlib
import math
import re
from collections import Counter, defaultdict
from datetime import date
from typing import Iterable, Optional

from ..model import Article, Story

_WORD = re.compile(r"[A-Za-z][A-Za-z'\-]{2,}")
# words too common in news to tell stories apart
_STOP = frozenset("""
the and for that with this from have has had was were are been being will would said says
say also its their they them his her she him who which what when where while after before
about over into than then there these those such some more most other only just very can
could should may might must not but all any each our out one two new year years last next
week month day days time told according reported report including told since during
""".split())
ENTITY_WEIGHT = 3.0
MAX_GAP_DAYS = 45
TOP_FEATURES = 12


def article_features(article: Article) -> Counter:
    """Bag of features: lower-cased content words and ``ent:`` canonical entity names."""
    feats: Counter = Counter()
    for word in _WORD.findall(article.text):
        word = word.lower()
        if word not in _STOP:
            feats[word] += 1
    for mention in article.mentions:
        name = mention.canonical or (mention.text if mention.kind == "name" else None)
        if name and mention.type in {"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"}:
            feats["ent:" + name.lower()] += ENTITY_WEIGHT
    return feats


def _tfidf(feats: Counter, idf: dict) -> dict:
    vec = {f: (1 + math.log(c)) * idf.get(f, 1.0) for f, c in feats.items()}
    norm = math.sqrt(sum(v * v for v in vec.values())) or 1.0
    return {f: v / norm for f, v in vec.items()}


def _day(value: Optional[str]) -> Optional[date]:
    if not value:
        return None
    parts = (value.split("T")[0].split("-") + ["01", "01"])[:3]
    try:
        return date(int(parts[0]), int(parts[1]), int(parts[2]))
    except ValueError:
        return None


def story_id(first_article_id: str) -> str:
    return "s" + hashlib.sha1(first_article_id.encode()).hexdigest()[:10]


class _Cluster:
    """A story being built: its members, the sum of their vectors, their dates."""

    def __init__(self, sid: str):
        self.id = sid
        self.members: list[Article] = []
        self.total: dict = defaultdict(float)
        self._norm: Optional[float] = None
        self.dates: list[date] = []

    def add(self, article: Article, vec: dict) -> None:
        for f, v in vec.items():
            self.total[f] += v
        self._norm = None
        self.members.append(article)
        day = _day(article.published)
        if day:
            self.dates.append(day)

    def similarity(self, vec: dict, day: Optional[date]) -> float:
        if self._norm is None:
            self._norm = math.sqrt(sum(v * v for v in self.total.values())) or 1.0
        sim = sum(v * self.total.get(f, 0.0) for f, v in vec.items()) / self._norm
        if day and self.dates and min(abs((day - d).days) for d in self.dates) > MAX_GAP_DAYS:
            sim *= 0.5  # far apart in time: probably a new story on the same actors
        return sim


def _order(articles: list[Article]) -> list[Article]:
    indexed = list(enumerate(articles))
    indexed.sort(key=lambda p: (p[1].published is None, p[1].published or "", p[0]))
    return [a for _, a in indexed]


def _top_features(vec: dict, k: int = TOP_FEATURES) -> list:
    return sorted(vec, key=vec.get, reverse=True)[:k]


def cluster_stories(articles: list[Article], threshold: float = 0.18) -> list[Story]:
    """Assign ``article.story`` to every article and return the stories.

    articles (list[Article]): annotated articles; those with ``story`` set keep it.
    threshold (float): cosine similarity to a story centroid needed to join it.
    """
    docs = [a for a in articles if a.duplicate_of is None]
    feats = {a.id: article_features(a) for a in docs}
    df = Counter(f for fs in feats.values() for f in fs)
    n = max(len(docs), 1)
    idf = {f: math.log((1 + n) / (1 + c)) + 1 for f, c in df.items()}
    vecs = {a.id: _tfidf(feats[a.id], idf) for a in docs}
    clusters: dict[str, _Cluster] = {}
    # inverted index over each member's strongest features: only stories sharing
    # one of them are compared, which keeps clustering near-linear in articles
    index: dict[str, set] = defaultdict(set)

    def place(article: Article, cluster: _Cluster) -> None:
        cluster.add(article, vecs[article.id])
        for f in _top_features(vecs[article.id]):
            index[f].add(cluster.id)
        article.story = cluster.id

    for article in _order(docs):  # earlier assignments first, so they seed the centroids
        if article.story:
            place(article, clusters.setdefault(article.story, _Cluster(article.story)))
    for article in _order([a for a in docs if not a.story]):
        vec, day = vecs[article.id], _day(article.published)
        candidates = {cid for f in _top_features(vec) for cid in index.get(f, ())}
        scored = [(clusters[cid].similarity(vec, day), cid) for cid in candidates]
        score, cid = max(scored, default=(0.0, None))
        if cid is None or score < threshold:
            cid = story_id(article.id)
            clusters[cid] = _Cluster(cid)
        place(article, clusters[cid])
    by_id = {a.id: a for a in articles}
    for article in articles:  # an exact duplicate sits in its original's story
        if article.duplicate_of and article.duplicate_of in by_id:
            article.story = by_id[article.duplicate_of].story
    return [_story_record(c) for c in clusters.values()]


def _story_record(cluster: _Cluster) -> Story:
    members = cluster.members
    dates = sorted(a.published for a in members if a.published)
    names = Counter(
        m.canonical for a in members for m in a.mentions
        if m.canonical and m.type in {"PERSON", "ORG", "GPE"}
    )
    titled = [a.title for a in members if a.title]
    title = titled[0] if titled else members[0].text.strip().split("\n")[0][:100]
    return Story(
        id=cluster.id,
        title=title,
        articles=[a.id for a in members],
        first=dates[0] if dates else None,
        last=dates[-1] if dates else None,
        entities=[name for name, _ in names.most_common(8)],
    )


def assign_stories(articles: Iterable[Article], threshold: float) -> list[Story]:
    """The fuse step's entry point (kept separate so a later store-backed version can replace it)."""
    return cluster_stories(list(articles), threshold)
