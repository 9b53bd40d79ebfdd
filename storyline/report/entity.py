"""One entity in detail: aliases, mentions with their evidence sentences, events, quotes."""
from __future__ import annotations

from typing import Optional

from .dating import date_note, with_date_sources
from .entity_lookup import candidates_note, find_entity, own_mentions, own_quotes


def entity_report(store, name: str) -> Optional[dict]:
    """Everything known about one entity, each mention with article id, offsets and sentence.

    store: an open store. name (str): an id, name, alias or variant (``find_entity``); None
    when it names no entity surely (``unknown_entity`` then says which it may mean).
    The mentions are those linking joined into the entity, whichever way each article
    writes the name, and so are its quotes (``entity_lookup.own_mentions``, ``own_quotes``).
    """
    entity, _candidates = find_entity(store, name)
    if entity is None:
        return None
    mentions = [{"article": article.id, "outlet": article.outlet, "char_start": mention.start,
                 "char_end": mention.end, "text": mention.text, "sentence": _context(article, mention)}
                for article, mention in own_mentions(store, entity)]
    return {
        "entity": entity,
        "mentions": mentions,
        "events": with_date_sources(store, store.timeline(entity=entity["id"])),
        "quotes": own_quotes(store.quotes(), entity),
    }


def unknown_entity(store, name: str) -> str:
    """The refusal for a ``name`` that names no entity surely, listing the entities it may
    mean (``find_entity``'s candidates)."""
    return f"no entity named {name!r}{candidates_note(find_entity(store, name)[1])}"


def _context(article, mention) -> str:
    """The sentence holding ``mention`` (Mention) in ``article`` (Article), or, for a mention
    outside every sentence (a headline or a furniture line, which the nlp stage leaves out
    of its sentences), the line of the text it stands on, so no mention is shown bare."""
    index = mention.sentence if mention.sentence is not None else article.sentence_index(mention.start)
    sentence = article.sentence_text(index) if index is not None else ""
    if sentence.strip():
        return sentence.strip()
    start = article.text.rfind("\n", 0, mention.start) + 1
    end = article.text.find("\n", mention.end)
    return article.text[start: end if end >= 0 else len(article.text)].strip()


def _count(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


def entity_text(report: dict) -> str:
    """``entity_report``'s answer for the terminal: the entity, each mention with its article,
    offsets and sentence, its events (each date with where it came from) and its quotes."""
    entity = report["entity"]
    lines = [f"{entity['name']}  [{entity['type']}]  code={entity.get('code') or '-'}  "
             f"mentions={entity.get('mentions')}",
             f"aliases: {', '.join(entity.get('aliases', []))}", "", f"Mentions ({len(report['mentions'])}):"]
    for m in report["mentions"]:
        where = f"{m.get('outlet')}, " if m.get("outlet") else ""
        lines.append(f"  {where}{m['article']} {m['char_start']}-{m['char_end']} {m['text']!r}: "
                     f"{' '.join(m['sentence'].split())}")
    lines += ["", f"Events ({len(report['events'])}):"]
    for e in report["events"]:
        when = e.get("date") or "undated"
        if date_note(e):
            when += f" ({date_note(e)})"
        lines.append(f"  {when} {e.get('type')} {e.get('modality')}: {e.get('summary')}")
    lines += ["", f"Quotes ({len(report['quotes'])}):"]
    for q in report["quotes"]:
        lines.append(f"  “{q.get('text')}” ({_count(len(q.get('sources', [])), 'source')})")
    return "\n".join(lines) + "\n"
