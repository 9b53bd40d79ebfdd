"""One entity in detail: aliases, mentions with their evidence sentences, events, quotes."""
from __future__ import annotations

from typing import Optional

from ..entities.names import fold


def find_entity(entities: list, name: str) -> Optional[dict]:
    """The entity whose canonical name or an alias matches ``name`` (case-insensitive),
    else one they match as spelling variants (linking's folding key: hyphens, accents and
    transliterations ignored, "Kim Jong-Un" = "Kim Jong Un", "Sergey" = "Sergei")."""
    wanted = name.casefold().strip()
    for entity in entities:
        if entity["name"].casefold() == wanted:
            return entity
    for entity in entities:
        if any(a.casefold() == wanted for a in entity.get("aliases", [])):
            return entity
    key = fold(name)
    for entity in entities:
        if any(fold(n) == key for n in [entity["name"], *entity.get("aliases", [])]):
            return entity
    return None


def entity_report(store, name: str) -> Optional[dict]:
    """Everything known about one entity, each mention with article id, offsets and sentence."""
    entity = find_entity(store.entities(), name)
    if entity is None:
        return None
    mentions = []
    for article in store.load_articles(entity.get("articles") or []):
        for mention in article.mentions:
            if mention.canonical != entity["name"]:
                continue
            index = mention.sentence if mention.sentence is not None else article.sentence_index(mention.start)
            mentions.append({
                "article": article.id, "outlet": article.outlet, "char_start": mention.start,
                "char_end": mention.end, "text": mention.text,
                "sentence": article.sentence_text(index) if index is not None else "",
            })
    return {
        "entity": entity,
        "mentions": mentions,
        "events": store.timeline(entity=entity["name"]),
        "quotes": [q for q in store.quotes() if q.get("speaker") == entity["name"]],
    }


def entity_text(report: dict) -> str:
    entity = report["entity"]
    lines = [f"{entity['name']}  [{entity['type']}]  code={entity.get('code') or '-'}  "
             f"mentions={entity.get('mentions')}",
             f"aliases: {', '.join(entity.get('aliases', []))}", "", "Mentions:"]
    for m in report["mentions"]:
        lines.append(f"  {m['article']} {m['char_start']}-{m['char_end']} {m['text']!r}: {m['sentence'].strip()}")
    lines += ["", "Events:"]
    for e in report["events"]:
        lines.append(f"  {e.get('date') or 'undated'} {e.get('type')} {e.get('modality')}: {e.get('summary')}")
    lines += ["", "Quotes:"]
    for q in report["quotes"]:
        lines.append(f"  “{q.get('text')}” ({len(q.get('sources', []))} sources)")
    return "\n".join(lines) + "\n"
