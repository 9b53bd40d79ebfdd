"""Mentions in an article's furniture lines (headline, caption, dateline).

The clean stage blanks furniture out of the text the parser reads, so no name is found
there; yet a headline names the article's own entities ("Lindsay Lohan Checks Into
Rehab" over a body that names "Lindsay Lohan" and "Lohan"). Each furniture line is
searched for the forms the body gives each entity (its names, a person's surname, a
nominal's head noun); a form that two entities share is skipped as ambiguous. Bylines
and photo credits name their writers, not the story's entities, and are not searched.
"""
from __future__ import annotations

import re

from ..model import Article
from ..patterns import trie_regex
from .find import Found
from .names import clean_surface, strip_titles
from .resolve import Cluster

SEARCHED = {"headline", "caption", "dateline", "other"}


def _forms(cluster: Cluster) -> dict:
    """{surface form: template Found} a furniture line may write this entity as."""
    forms = {}
    for m in cluster.mentions:
        if m.kind in ("name", "metonym"):
            surface = strip_titles(clean_surface(m.text))
            if len(surface) >= 3 and surface[:1].isupper():
                forms.setdefault(surface, m)
                words = surface.split()
                if cluster.type == "PERSON" and len(words) >= 2 and len(words[-1]) >= 3:
                    forms.setdefault(words[-1], m)  # "Lohan" of "Lindsay Lohan"
        elif m.kind == "nominal" and len(m.text.split()[-1]) >= 3:
            forms.setdefault(m.text.split()[-1].lower(), m)
    return forms


def _index(clusters: list[Cluster]) -> dict:
    """{folded form: (form, cluster, template)}; forms of two entities are dropped."""
    index, clash = {}, set()
    for c in clusters:
        for form, template in _forms(c).items():
            key = form.lower()
            if key in index and index[key][1] is not c:
                clash.add(key)
            index.setdefault(key, (form, c, template))
    return {k: v for k, v in index.items() if k not in clash}


def furniture_mentions(article: Article, clusters: list[Cluster]) -> None:
    """Find the entities of ``clusters`` (list[Cluster], from the body) in the furniture
    lines of ``article`` (Article) and add those mentions to their clusters."""
    lines = [f for f in article.furniture if f.kind in SEARCHED]
    if not lines:
        return
    index = _index(clusters)
    if not index:
        return
    # the longest form wins, so "Lindsay Lohan" is one mention rather than "Lohan" inside it
    pattern = re.compile(r"(?<![\w\-])" + trie_regex(index, fold_case=True) + r"(?![\w\-])", re.I)
    for line in lines:
        text = article.text[line.start:line.end]
        for m in pattern.finditer(text):
            form, cluster, template = index[m.group(0).lower()]
            if template.kind != "nominal" and not m.group(0)[:1].isupper():
                continue  # a name is written with a capital, even in a headline
            start, end = line.start + m.start(), line.start + m.end()
            cluster.mentions.append(Found(start, end, article.text[start:end], template.type,
                                          template.kind, head=template.head,
                                          nominal=template.nominal))


def headline_people(article: Article, people: list[Cluster]) -> list[Cluster]:
    """The people of ``people`` (list[Cluster], from the body) that the headline names,
    in headline order: a story's opening "She ..." may take up the person the headline
    announces ("Esther Williams Dies At 91" over "She was a favourite ..."), whom the
    body names only later."""
    lines = [f for f in article.furniture if f.kind == "headline"]
    index = _index([c for c in people if c.type == "PERSON" and not c.is_role]) if lines else {}
    if not index:
        return []
    pattern = re.compile(r"(?<![\w\-])" + trie_regex(index, fold_case=True) + r"(?![\w\-])", re.I)
    found = []
    for line in lines:
        for m in pattern.finditer(article.text[line.start:line.end]):
            cluster = index[m.group(0).lower()][1]
            if m.group(0)[:1].isupper() and cluster not in found:
                found.append(cluster)
    return found
