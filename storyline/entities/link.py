"""Cross-article entity linking: one :class:`Entity` per real entity across the corpus.

Article-level entities (the mentions of one article sharing a canonical name) are joined
by union-find. Corpus-wide: the same folding key (a name of two words or more whatever
type the NER gave it in each article: a full name typed ORG once), the same KB person,
spelling variants (``same_name``) of people, and of organisation and place names of two
words or more
("The Associated Press" / "Associated Press", "Treatment Centre" / "Treatment Center"; not
two countries: "Ford Australia" / "Ford Austria"), a company with or without its legal
form ("Ford" / "Ford Motor Company" / "Ford Motors Co."; not "Ford Australia").
Within one story (``Article.story``), for people:

- a full name written in two articles ("Ellen DeGeneres" is a name form of both, even
  when one article's NER read the headline's "Ellen DeGeneres Returns");
- a longer name that contains exactly one other person's full name ("Comedian Ellen
  DeGeneres", "Hire Maurice Cheeks");
- a short first name of the same surname ("Mo Cheeks" / "Maurice Cheeks");
- a one-word name typed a person in one article and a body or place in another, unless a
  title, a known first name or a longer person's name marks the person reading;
- a name typed a body that is a person's full name after a nationality ("Ghanaian Kwame
  Mensah");
- a name NER typed as a place or organisation that is a person's full name or surname,
  unless its article names an organisation beginning with it ("Ford" beside "Ford Motor
  Co." is the company, not "William Clay Ford Jr.");
- a partial name ("Wang") that is part of exactly one full name;
- a role named only by office ("the Russian security council secretary") that matches
  exactly one person another article of the story names with that office; a country the
  knowledge base lacks is read from the role's words ("Karsk's foreign minister",
  ``land_roles.role_lands``), so another unknown country's minister is not taken;
- a name less its middle name ("Mark Heller" / "Mark Jay Heller"), when one longer
  name of the story fits;
- a person nominal written with an age or a home town ("a 59-year-old woman", "a Queens
  woman") that exactly one named person of the story is given ("Raj Chohan, 59, of
  Queens"; see ``ages.py``);
- an acronym ("CEC") the initials of exactly one organisation or place of the story
  ("Central Election Commission"; see ``acronyms.py``);
- an organisation, building or place name that is a shorter run of exactly one longer
  name of the story keeping its head ("Sox", "Red Sox" of "Boston Red Sox"; "Academy"
  of "Academy of Motion Picture Arts"; towns are left out: "Virginia" is not "West
  Virginia");
- nominal entities ("the navy", "the victims"; see ``nominals.py``) join across stories
  only a named entity of the same several words ("Indian navy" / "Indian Navy"); within
  one story, those of one head noun and number with compatible modifiers join (a count
  differing between two articles does not split them: outlets count one group
  differently, "23 pirates" / "26 pirates"; nor do "Somali and Yemeni" / "Somali"),
  groups of people counted alike by two articles join under different nouns ("two
  guards" / "two correctional officers") unless one article counts two groups alike,
  and groups join the one named entity whose name is headed by that noun, that took it in an article
  (people, places, vehicles in the plural never one named entity, objects only one named
  by that noun: "vessels" are not "INS Sukanya")
  ("the navy" → "Indian Navy"; "the lawyer" → "Shawn Holley, her lawyer"), or that the
  corpus describes by it ("actress Lindsay Lohan", see ``descriptions.py``); of several
  such, the one the story mentions three times as often as any other; nouns outlets use
  for one participant group as one noun ("protesters" / "rioters", "lawyer" / "attorney");
  a noun naming someone by what they are known for ("the starlet", "the escapee") that no
  name hosts is the story's main person. Entities named only by nominals are linked but
  not listed among the corpus's entities;
- last, nominal entities these rules left apart that share head noun and number, written
  in different articles, whose describing words one holds the other's ("fans" / "film
  fans") and whose counts, ages, countries, owners and tiers never clash; and a brand's
  outlet ("the Tesco store") the brand the story names ("Tesco"; see ``link_fallback.py``).

Before any join, a name the corpus uses as a country the knowledge base lacks ("Karsk's
foreign ministry", "the Karskian delegation") is typed GPE in every article, with its
adjective as its NORP reading and no code (``new_countries.py``); and a name one article of
a story found is found where another article of the story writes it and the NER missed it
("Waitrose" tagged in one outlet's text, not in the next), in body sentences and headlines,
joining the entity of the article that found it (``story_names.py``).

Across stories: a surname alone joins the one person of the corpus whose full name ends
with it; stories whose most-mentioned person is the same (one news story that story
clustering split) join their nominal entities not yet joined to a name, as one story.

Where the code is: ``link_keys.py`` (the article-level keys and their union-find),
``link_names.py`` (the joins by name), ``link_nominals.py`` (nominal groups and their
hosts, story families), ``link_fallback.py`` (the last joins of nominals by head noun
and of outlets to brands); this module runs them in order and writes the entities.

An entity's aliases are its names and roles as written, less a bare title ("President",
"the foreign minister": it would name anyone holding it; ``listing.is_bare_title``).

Every comparison is blocked by a key (folded name, surname, initials), so linking stays
linear in the number of mentions; no step compares all pairs across the corpus.
"""
from __future__ import annotations

import hashlib
import re
from collections import Counter, defaultdict
from typing import Optional

from ..model import Article, Entity, Mention
from .acronyms import join_acronyms
from .capitals import place_countries, share_place_codes
from .ages import join_by_age_or_town
from .described import said_in_story
from .descriptions import person_descriptions
from .kb import KnowledgeBase, load_kb
from .link_fallback import join_named_facilities, join_same_head, names_typed_otherwise
from .land_roles import role_lands
from .link_keys import RoleParser, Sets, local_entities
from .link_names import (join_company_names, join_corpus_wide, join_demonym_names, join_lone_surnames,
                         join_middle_names, join_name_runs, join_name_variants, join_nicknames,
                         join_partials, join_roles, join_shared_and_contained, join_types_in_story,
                         person_forms)
from .link_nominals import join_nominals, story_families
from .listing import aliases, best_name, entity_type, is_listed
from .new_countries import corpus_countries, retype_mentions
from .story_names import recall_story_names
from .names import fold


def entity_id(name: str, type: str = "") -> str:
    """Stable id for an entity: a readable slug of the folded name plus a short hash."""
    key = fold(name)
    slug = re.sub(r"[^a-z0-9]+", "-", key).strip("-")[:40] or "entity"
    digest = hashlib.sha1(f"{key}|{type}".encode("utf-8")).hexdigest()[:8]
    return f"{slug}-{digest}"


def mention_at(article: Article, start: int, end: int) -> Optional[Mention]:
    """The mention that best covers ``article.text[start:end]``: the longest mention inside
    the span, else the shortest one containing it, else the one overlapping it most."""
    inside = [m for m in article.mentions if start <= m.start and m.end <= end]
    if inside:
        return max(inside, key=lambda m: (m.end - m.start, -m.start))
    around = [m for m in article.mentions if m.start <= start and end <= m.end]
    if around:
        return min(around, key=lambda m: m.end - m.start)
    overlap = [(min(end, m.end) - max(start, m.start), m) for m in article.mentions
               if m.start < end and start < m.end]
    return max(overlap, key=lambda x: x[0])[1] if overlap else None


def _merge(local: dict, story_of: dict, kb: KnowledgeBase, role_of, texts: dict,
           lent: list = ()) -> Sets:
    sets = Sets()
    for recalled, lender in lent:  # a name recalled from a story's other article is its entity
        if lender in local:
            sets.union(recalled, lender)
    join_corpus_wide(local, kb, sets)
    join_name_variants(local, kb, sets)
    join_company_names(local, sets)
    # what a person is called anywhere ("actress Lindsay Lohan") holds in every story
    pooled = person_descriptions(local, texts, sets.find)
    described = {k: pooled[sets.find(k)] for k in local if sets.find(k) in pooled}
    stories = defaultdict(list)
    for key in local:
        stories[story_of.get(key[0])].append(key)
    all_forms = {}  # every story's person forms, for the lone-surname pass
    typed_otherwise = names_typed_otherwise(local)  # "Huntsville" typed ORG once
    for keys in stories.values():
        forms = person_forms(keys, local, role_of)
        all_forms.update(forms)
        join_shared_and_contained(forms, sets)
        join_nicknames(forms, sets)
        join_middle_names(forms, sets)
        join_types_in_story(keys, local, forms, sets)
        join_demonym_names(keys, forms, kb, sets)
        join_partials(keys, forms, kb, sets)
        join_roles(keys, local, role_of, sets)
        join_acronyms(keys, sets)
        join_name_runs(keys, local, kb, sets)
        join_nominals(keys, local, kb, sets, described)
        join_by_age_or_town(keys, local, texts, sets, kb)
        join_same_head(keys, local, kb, sets)
        join_named_facilities(keys, local, kb, sets, typed_otherwise)
    join_lone_surnames(local, all_forms, sets)
    for keys in story_families(stories, local, sets):
        join_nominals(keys, local, kb, sets, described, unattached_only=True)
    return sets


def link_entities(articles: list[Article], kb: Optional[KnowledgeBase] = None) -> list[Entity]:
    """One Entity per real entity across ``articles`` (list[Article]); rewrites each
    Mention.canonical to the entity's final name. Entities come most-mentioned first."""
    kb = kb or load_kb()
    # a name some articles use as a country is one corpus-wide ("Veloria" typed PERSON where
    # its article gave no sign, "the Alderan trawler" in an article not naming Aldera)
    countries = corpus_countries(articles, kb)
    retype_mentions(articles, countries)
    role_of = RoleParser(kb, role_lands(articles, countries, kb))
    place_countries(articles, kb)  # "Arusha, Tanzania": the town takes Tanzania's code
    said_in_story(articles)  # "the city of Hask" in one article types Hask in all of its story
    lent = recall_story_names(articles)  # "Waitrose" the NER found in one article, missed in another
    local = local_entities(articles)
    story_of = {a.id: a.story for a in articles}
    texts = {a.id: a.text for a in articles}
    sets = _merge(local, story_of, kb, role_of, texts, lent)
    groups = defaultdict(list)
    for key in local:
        groups[sets.find(key)].append(key)
    share_place_codes([[(k[0], m) for k in keys for m in local[k]] for keys in groups.values()],
                      story_of)
    entities = []
    for keys in groups.values():
        named = [k for k in keys if not local.nominal(k)]
        name = best_name(named or keys, local, kb, role_of)
        for m in (m for k in keys for m in local[k]):
            m.canonical = name
        if not named:
            continue  # named only by nominals ("the victims"): linked, not listed
        articles = sorted({k[0] for k in keys})  # "the navy" of an article counts it in
        keys = named
        mentions = [m for k in keys for m in local[k] if m.kind != "nominal"]
        if not is_listed(name, [(k[0], m) for k in keys for m in local[k] if m.kind != "nominal"],
                       kb, texts):
            continue
        codes = Counter(m.code for m in mentions if m.code and m.kind != "pronoun")
        type_ = entity_type(name, keys, local, kb)
        entities.append(Entity(id=entity_id(name, type_), name=name, type=type_,
                               aliases=aliases(name, mentions, kb),
                               code=codes.most_common(1)[0][0] if codes else None,
                               mentions=len(mentions),
                               articles=articles))
    entities.sort(key=lambda e: (-e.mentions, e.name))
    return entities
