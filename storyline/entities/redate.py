"""Office holders for articles whose date only the corpus gave.

The entities stage resolves "the Russian defence minister" through the knowledge base by
the article's publication date. An article that carries no date reaches that stage with
none, so a role whose office changed hands over the years stays a role ("Russian defence
minister" could be any of its holders). Once the corpus has dated the article (another
outlet reported the same meeting on a known day), the role can name its holder: this
module does that, after corpus dating, for the mentions, event actors and quote speakers
that stood for the unresolved role. Like the re-dating of timexes, it runs at each merge
and is not stored, so merging twice gives the same result.
"""
from __future__ import annotations

from typing import Iterable

from ..model import Article
from .kb import KnowledgeBase, date_range
from .roles import find_roles


def resolve_roles_by_date(articles: Iterable[Article], kb: KnowledgeBase) -> None:
    """Give role-only entities of dated articles their office holder, in place.

    articles (Iterable[Article]): articles whose publication date was inferred from the
        corpus (others were resolved with their date by the entities stage).
    kb (KnowledgeBase): office holders with their terms.
    """
    for article in articles:
        if not article.published or not article.mentions:
            continue
        renamed = _holders_of_roles(article, kb)
        if renamed:
            _rename(article, renamed)


def _holders_of_roles(article: Article, kb: KnowledgeBase) -> dict:
    """Role-only canonical names of ``article`` -> (holder's name, code) on its date."""
    lo, hi = date_range(article.published)
    named = {m.canonical for m in article.mentions if m.kind == "name"}
    roles = None  # found again only when some mention needs it
    renamed: dict = {}
    for mention in article.mentions:
        canonical = mention.canonical
        if (mention.kind != "role" or not canonical or canonical in renamed or canonical in named
                or kb.person(canonical)):
            continue
        if roles is None:
            roles = {(f.start, f.end): f for f in find_roles(article.text, kb)}
        found = roles.get((mention.start, mention.end))
        if found is None or not found.definite or found.former:
            continue
        person = kb.resolve_role(found.offices, found.country, lo, hi)
        if person is not None:
            renamed[canonical] = (person.name, kb.person_code(person, lo, hi) or mention.code)
    return renamed


def _rename(article: Article, renamed: dict) -> None:
    """Point every mention, actor and speaker that stood for a renamed role at its holder."""
    for mention in article.mentions:
        if mention.canonical in renamed:
            mention.canonical, mention.code = renamed[mention.canonical]
    for event in article.events:
        for actor in event.actors:
            if actor.canonical in renamed:
                old = actor.canonical
                actor.canonical, actor.code = renamed[old]
                if event.summary:  # summaries name actors by canonical name (events/summary.py)
                    event.summary = event.summary.replace(old, actor.canonical)
    for quote in article.quotes:
        if quote.speaker in renamed:
            quote.speaker, quote.speaker_code = renamed[quote.speaker]
