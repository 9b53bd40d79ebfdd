"""A merged event's summary written in the names entity linking chose.

The events stage writes each summary with the names its own article knows ("Alexander
Petrovan arrives in Belozar"); linking across the corpus may then choose another spelling
for that person ("Aleksandr Petrovan"), and a timeline whose rows spell one person two ways
reads as two people. The names of the summary are rewritten to the linked ones, from the
article's own name mentions (what each written name was linked to).
"""
from __future__ import annotations

import re
from functools import lru_cache


def linked_names(article) -> dict:
    """{name as written: linked name} for the article's name mentions of two words or more
    whose linked name is another spelling ("Alexander Petrovan" -> "Aleksandr Petrovan");
    a written name linked two ways in one article is left out (ambiguous)."""
    found: dict = {}
    for mention in getattr(article, "mentions", None) or ():
        if mention.kind != "name" or not mention.canonical or len(mention.text.split()) < 2:
            continue
        found.setdefault(mention.text, set()).add(mention.canonical)
    return {text: names.pop() for text, names in found.items()
            if len(names) == 1 and text not in names}


def linked_summary(summary: str, article, known: dict | None = None) -> str:
    """``summary`` (str) with each name its article (Article | None) wrote replaced by the
    name linking gave it, whole words only, longest name first.

    known (dict | None): article id -> its :func:`linked_names`, filled as articles come:
        one merge asks for every event of an article, and its names are linked by then."""
    if not summary or article is None:
        return summary
    if known is None:
        renamed = linked_names(article)
    else:
        if article.id not in known:
            known[article.id] = linked_names(article)
        renamed = known[article.id]
    # only names the summary holds can match: an article's many names, compiled for each
    # of its events, cost more than the rewriting
    present = sorted((name for name in renamed if name in summary), key=len, reverse=True)
    if not present:
        return summary
    pattern = _alternation(tuple(present))
    return pattern.sub(lambda m: renamed[m.group(0)], summary)


# the same names recur in the summaries of one article's events: compiled once
@lru_cache(maxsize=4096)
def _alternation(names: tuple) -> re.Pattern:
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(n) for n in names) + r")(?!\w)")

