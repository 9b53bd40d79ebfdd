"""Who says what when outlets disagree: one wording of a merged record's conflicts for
every view (web page, Markdown dossier, coverage comparison in JSON and in the terminal).

A conflict is ``{"field", "values": [{"value", "articles", "outlets"[, "text"][, "names"]}]}``
(storyline.fuse.events); each value is shown with who gave it,
"2024-03-14 (Global Ledger, Harbor Daily Wire); 2024-03-13 (Coastline Gazette)"; a count
marked ``"revised"`` or a date marked ``"postponed"`` is a history, "seven people (A) → 14
(B)".
"""
from __future__ import annotations

import json
from typing import Callable, Optional


def value_sayers(value: dict, sources=(), unnamed: Optional[Callable] = None) -> list:
    """Who gave one value of a conflict: its ``names`` when a view set them; else, with
    ``unnamed``, one name per article (the outlet the record's sources give it, else
    ``unnamed(article id)``); else its outlets, else its article ids.

    value (dict): one conflict value; sources (list[dict]): the record's contract sources;
    unnamed (callable | None): how the view names an article of no known outlet (the web
    and the comparison by its title, the Markdown dossier by its id, as its footnotes do).
    """
    if value.get("names"):
        return list(value["names"])
    articles = [a for a in value.get("articles") or [] if a]
    outlets = [o for o in value.get("outlets") or [] if o]
    if unnamed is None or not articles:
        return outlets or articles
    by_article = {s.get("article"): s.get("outlet") for s in sources or ()}
    return list(dict.fromkeys(by_article.get(a) or unnamed(a) for a in articles))


def value_text(value: dict) -> str:
    """A conflict value as a view prints it: as the outlet wrote it when known ("four
    agreements"), a list of names joined ("Wang Yi and Sergei Lavrov"), else as is."""
    if value.get("text"):
        return str(value["text"])
    shown = value.get("value")
    if isinstance(shown, str):
        return shown
    if isinstance(shown, (list, tuple)) and all(isinstance(v, str) for v in shown):
        items = list(shown)
        return " and ".join(items) if len(items) < 3 else ", ".join(items[:-1]) + " and " + items[-1]
    return json.dumps(shown, ensure_ascii=False)


def who_says_what(conflict: dict, sources=(), unnamed: Optional[Callable] = None) -> str:
    """Each value of a conflict with who gave it, "X (A, B); Y (C)" (see :func:`value_sayers`
    for the arguments); a value of no known origin is shown alone."""
    parts = []
    for value in conflict.get("values") or []:
        if not isinstance(value, dict):
            parts.append(str(value))
            continue
        who = ", ".join(value_sayers(value, sources, unnamed))
        parts.append(f"{value_text(value)} ({who})" if who else value_text(value))
    # a revised count lists its values as published, the latest last: a history
    return (" → " if is_update(conflict) else "; ").join(parts)


def conflict_line(conflict, sources=(), unnamed: Optional[Callable] = None) -> str:
    """One line for a conflict: "date: X (A, B); Y (C)" (:func:`who_says_what`)."""
    if not isinstance(conflict, dict):
        return str(conflict)
    return f"{conflict_name(conflict)}: {who_says_what(conflict, sources, unnamed)}"


def is_update(conflict: dict) -> bool:
    """Whether a conflict record tells a change over time rather than outlets disagreeing:
    a count revised since ("revised") or a date put off ("postponed"); its values are a
    history, the latest last."""
    return bool(conflict.get("revised") or conflict.get("postponed"))


def conflict_name(conflict: dict) -> str:
    """What a conflict is on ("date", "count"), or "count revised" for a count the latest
    report says changed since the earlier ones, "date postponed" for an act put off to a
    later day (updates, not outlets disagreeing)."""
    field = conflict.get("field") or "conflict"
    if conflict.get("postponed"):
        return f"{field} postponed"
    return f"{field} revised" if conflict.get("revised") else field
