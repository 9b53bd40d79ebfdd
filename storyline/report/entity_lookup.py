"""Which stored entity a name typed by a user means, and which of an entity's stored
mentions and quotes are its own.

Asked for by a name, the store answers an id, a name or alias (case-blind) or a spelling
variant under linking's folding key (``Store.entity_id_for``). A name written another way
still ("Hamis Mkapa" for "Hamis Juma Mkapa", "Hamis" for "Hamisi") is compared here, the
way entity linking compares people (``entities.names``): the same words each close
(rapidfuzz ratio), or the same first and last word with a middle name more or less. One
such entity is the answer; several are candidates, listed for the user to choose from,
as are entities known only by the surname of the name asked for ("Tembo" for "Moses
Tembo"), which may be another person of that surname. A surname asked alone ("Mendez")
names the one person whose full name ends with it, as linking joins a lone surname.

Stored articles keep each mention's article-level canonical name ("Phiri" in one article,
"Charles Phiri" in another); linking joins them into one entity whose aliases are the
names its mentions are written with. An article's group of mentions sharing a canonical
name is the entity's when that name, or the text of one of its name mentions, is one of
the entity's names, unless it is exactly the name of another entity of that article.
"""
from __future__ import annotations

from collections import defaultdict
from typing import Optional


def _names():
    from ..entities import names  # here: the entities package loads spaCy's lexicons

    return names


# how well a stored name fits the name asked for, best first; the first three name the
# entity when only one entity fits so (SURNAME_ASKED as linking joins a lone surname to
# the one person whose full name ends with it), SURNAME never does
SAME, MIDDLE, SURNAME_ASKED, SURNAME = 0, 1, 2, 3


def name_fit(asked: list, stored: list) -> Optional[int]:
    """How the folded words ``stored`` (list[str]) fit the folded words ``asked``:
    SAME (spelling variants, ``same_folded_name``), MIDDLE (first and last words agree,
    one has a middle name the other lacks), SURNAME_ASKED ("Mendez" asked of "Lucia
    Mendez"), SURNAME ("Otieno" stored, "Brian Otieno" asked: maybe another Otieno), or None."""
    names = _names()
    if not asked or not stored:
        return None
    if names.same_folded_name(asked, stored):
        return SAME
    short, long_ = sorted((asked, stored), key=len)
    if len(short) >= 2 and len(long_) > len(short) and \
            names.same_folded_name([short[0], short[-1]], [long_[0], long_[-1]]):
        return MIDDLE
    if len(short) == 1 and len(long_) >= 2 and short[0] == long_[-1]:
        return SURNAME_ASKED if short is asked else SURNAME
    return None


def find_entity(store, key: str) -> tuple[Optional[dict], list[dict]]:
    """(the entity ``key`` names, or None; the candidates when it names none surely).

    store: an open store. key (str): an entity id, name, alias or a variant of one.
    The candidates (list[dict], entities in saved order) are the several entities a
    variant fits equally well, or those known only by the surname asked for.
    """
    found = store.entity_id_for(key)
    if found is not None:
        return store.entity(found), []
    words = _names().fold(key).split()
    if not words:
        return None, []
    best: dict = {}
    for entity_id, stored in store.entity_folds_sharing(words[0], words[-1]):
        fit = name_fit(words, stored.split())
        if fit is not None:
            best[entity_id] = min(fit, best.get(entity_id, fit))
    if not best:
        return None, role_holders(store, key)
    top = min(best.values())
    ids = [i for i, fit in best.items() if fit == top]
    entities = [e for e in (store.entity(i) for i in ids) if e is not None]
    if top != SURNAME and len(entities) == 1:
        return entities[0], []
    return None, entities


# words before a role that leave who holds it unchanged ("the interior minister", "her
# former interior minister"); "deputy", "acting" and the like name another post
_ROLE_LEAD = {"the", "a", "an", "his", "her", "its", "their", "our", "former", "then", "outgoing"}


def _bare_role(text: str) -> str:
    """A role's words, lower-case, without the determiners and tense words before it."""
    words = text.lower().split()
    while words and words[0] in _ROLE_LEAD:
        words = words[1:]
    return " ".join(words)


def role_holders(store, role: str) -> list[dict]:
    """The people a role asked as a name ("interior minister") was resolved to in the stored
    articles, most often first: role mentions are not names, so ``find_entity`` lists
    them as candidates, never as the answer (a role changes hands).

    store: an open store. role (str): the role as typed.
    """
    asked = _bare_role(role)
    if not asked:
        return []
    counts: dict = {}
    for text, canonical in store.role_mentions(asked.split()[-1]):
        if _bare_role(text) == asked and _bare_role(canonical) != asked:
            entity_id = store.entity_id_for(canonical)
            if entity_id is not None:
                counts[entity_id] = counts.get(entity_id, 0) + 1
    ranked = sorted(counts, key=lambda i: -counts[i])  # stable: first seen first among equals
    return [e for e in (store.entity(i) for i in ranked) if e is not None]


def entity_key(store, key: str) -> str:
    """The id of the entity ``key`` names (``find_entity``), else ``key`` itself, for the
    filters that take an id, a name or an actor code (``timeline --entity``)."""
    entity = find_entity(store, key)[0]
    return entity["id"] if entity else key


def candidates_note(candidates: list) -> str:
    """"; did you mean: Tembo (tembo-4d38ec77), …" for a refusal ('' when none)."""
    if not candidates:
        return ""
    return "; did you mean: " + ", ".join(f"{e['name']} ({e['id']})" for e in candidates)


def own_names(entity: dict) -> set:
    """Folded name and aliases of a contract entity record."""
    fold = _names().fold
    return {fold(n) for n in [entity.get("name"), *(entity.get("aliases") or [])] if n}


def mention_groups(article) -> dict:
    """{(canonical, type): [Mention]} of an article's resolved mentions, as linking keys them."""
    groups = defaultdict(list)
    for m in article.mentions:
        if m.canonical:
            groups[(m.canonical, m.entity_type or m.type)].append(m)
    return groups


def others_named(store, entity: dict, canonicals) -> set:
    """{(article id, folded name)}: the names of the other entities an article's canonical
    names are exactly, in the articles those entities are mentioned in."""
    fold = _names().fold
    return {(a, fold(e["name"])) for e in store.entities_for_keys(canonicals)
            if e["id"] != entity["id"] for a in e.get("articles") or []}


def is_own_group(article_id: str, canonical: str, mentions: list, own: set, name: str,
                 others: set) -> bool:
    """Whether an article's mentions sharing ``canonical`` are the entity's (see the module
    docstring). own (set): its folded names; name: its folded name; others: ``others_named``."""
    names = _names()
    key = names.fold(canonical)
    if key == name:
        return True
    if (article_id, key) in others:
        return False
    if key in own:
        return True
    return any(names.fold(names.clean_surface(m.text)) in own for m in mentions
               if m.kind in ("name", "role", "metonym"))


def own_mentions(store, entity: dict) -> list[tuple]:
    """[(Article, Mention)] of the entity's mentions, nominals aside (they are not counted in
    its ``mentions``), in article then text order."""
    own, name = own_names(entity), _names().fold(entity["name"])
    articles = store.load_articles(entity.get("articles") or [])
    grouped = [(a, mention_groups(a)) for a in articles]
    others = others_named(store, entity, {c for _, g in grouped for c, _ in g})
    found = []
    for article, groups in grouped:
        mine = [m for (canonical, _), ms in groups.items()
                if is_own_group(article.id, canonical, ms, own, name, others) for m in ms]
        found += [(article, m) for m in sorted(mine, key=lambda m: m.start) if m.kind != "nominal"]
    return found


def own_quotes(quotes: list, entity: dict) -> list[dict]:
    """The merged quotes (contract dicts) whose speaker goes by one of the entity's names and
    that cite an article the entity is mentioned in."""
    own, fold = own_names(entity), _names().fold
    articles = set(entity.get("articles") or [])
    return [q for q in quotes if q.get("speaker") and fold(q["speaker"]) in own
            and any(s.get("article") in articles for s in q.get("sources") or [])]
