"""One entity in detail: aliases, mentions with their evidence sentences, events, quotes."""
from __future__ import annotations

from typing import Optional


def entity_report(store, name: str) -> Optional[dict]:
    """Everything known about one entity, each mention with article id, offsets and sentence."""
    entity_id = store.entity_id_for(name)  # an id, name, alias or spelling variant
    entity = store.entity(entity_id) if entity_id is not None else None
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
