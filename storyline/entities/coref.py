"""Within-article coreference for roles and pronouns.

Roles ("the Russian president", "the diplomat") resolve, in order, through apposition to a
name, through a person of the article who holds (by binding or by the KB) a compatible
office, and through the knowledge base's office holders over the article's date range.

Pronouns (he/she/his/her ...) use a salience model in the spirit of Lappin & Leass (1994):
each person entity gathers salience from its best mention in each of the current and the
three previous sentences (cut again at paragraph breaks), halved per sentence of distance,
with bonuses for subjects, names and a subject pronoun's subject antecedent (parallelism)
and a penalty for possessives; gender must agree where known, a non-reflexive object
pronoun cannot take the subject of its own verb ("he met him"), a pronoun in a direct
quotation cannot take the quotation's speaker, a name in brackets after a pronoun
("he (Jane Doe)") decides, and a team or body NER typed PERSON ("Westbrook United") is
no "he". "They" and "it" take up, by the same salience, a group (a plural nominal, an
organisation; never one person) or a thing (a singular nominal that is no person, a
place or organisation): a nominal within two sentences, a name within one, not across a
paragraph break beyond the sentence before, never a name that only modifies a noun
("Senate" of "Senate Republicans"); a "they" after two people joined by "and" means the
pair and is left unresolved; the pleonastic "it" ("it seems") is left alone; an "it" that
acts takes a state over its capital written as a place (``capitals.py``). Relative words
follow the syntax but agree with what they stand for: "which" is no person, "who" no place,
"where" a place only. Paragraphs and quotations are found in ``discourse.py``.
"""
from __future__ import annotations

from typing import Optional

from ..nlp import doc_text
from .binding import REFLEXIVES, SUBJECT_DEPS, bound_apart, same_clause_conflict
from .capitals import state_over_town
from .continuity import continued_subject
from .discourse import (SPEECH_LEMMAS, coordinated_people, inside, is_speaker, named_like_body,
                        paragraph_lookup, quoted_spans, unit_lookup)
from .find import Found, tokens_lowered
from .kb import KnowledgeBase
from .names import clean_surface, given_name_gender
from .nominals import written_plural
from .resolve import Cluster, held_before
from .roles import appositions

MODIFIER_DEPS = {"compound", "amod"}  # an embedded name is no discourse referent of its own


def _compatible(cluster: Cluster, role: Found, kb: KnowledgeBase, lo, hi) -> bool:
    """The person of ``cluster`` may be the holder of ``role`` (same country, same office)."""
    if role.country and cluster.country and role.country != cluster.country:
        return False
    for country, offices in cluster.roles:
        if (role.country is None or country is None or country == role.country) \
                and set(offices) & set(role.offices):
            return True
    if cluster.person:
        return any(p.office in role.offices and (role.country is None or p.country == role.country)
                   and p.overlaps(lo, hi) for p in cluster.person.positions)
    return False


def _nearest(clusters: list[Cluster], at: int) -> Optional[Cluster]:
    """The cluster mentioned last before ``at``, else first after it."""
    def last_before(c):
        return max((m.start for m in c.mentions if m.start < at), default=-1)
    before = [c for c in clusters if last_before(c) >= 0]
    if before:
        return max(before, key=last_before)
    return min(clusters, key=lambda c: min(m.start for m in c.mentions), default=None)


def bind_roles(text: str, roles: list[Found], names: list[Found], people: list[Cluster]) -> list:
    """Attach apposition-bound roles to their name's cluster; return the unbound roles."""
    bound = appositions(text, roles, names)
    owner = {id(m): c for c in people for m in c.mentions}
    rest = []
    for role in roles:
        name = bound.get(id(role))
        cluster = owner.get(id(name)) if name is not None else None
        if cluster is None:
            rest.append(role)
            continue
        cluster.mentions.append(role)
        if not role.former:
            cluster.country = cluster.country or role.country
            cluster.roles.append((role.country or cluster.country, role.offices))
        else:
            cluster.past_roles.append((role.country or cluster.country, role.offices))
    return rest


def resolve_roles(roles: list[Found], people: list[Cluster], kb: KnowledgeBase,
                  lo, hi) -> list[Cluster]:
    """Resolve unbound roles to people of the article or the KB; unresolved definite roles
    become role-only clusters (one per country and office). Returns the new clusters."""
    created: dict = {}
    for role in roles:
        if not role.definite:
            continue
        target = None
        if role.former:  # the article's one past holder named so; the KB keeps no past holders
            held = [c for c in people if c.type == "PERSON" and held_before(c, role)]
            target = held[0] if len({id(c) for c in held}) == 1 else None
        else:
            candidates = [c for c in people if c.type == "PERSON" and _compatible(c, role, kb, lo, hi)]
            target = _nearest(candidates, role.start)
            if target is None:
                person = kb.resolve_role(role.offices, role.country, lo, hi)
                if person is not None:
                    target = next((c for c in people if c.person is person), None)
                    if target is None:
                        target = Cluster(person.name, "PERSON", person=person, country=person.country,
                                         gender=person.gender)
                        people.append(target)
        if target is None:
            key = (role.country, role.land, role.offices[0], role.former)
            if key not in created:
                created[key] = Cluster(_role_name(kb, role), "PERSON", country=role.country,
                                       is_role=True, code=_role_code(kb, role))
            target = created[key]
        target.mentions.append(role)
        if not role.former and not target.is_role:
            target.roles.append((role.country, role.offices))
    return list(created.values())


def _role_name(kb: KnowledgeBase, role: Found) -> str:
    prefix = "former " if role.former else ""
    if role.land:  # "Karsk's foreign minister" as written: ``RoleParser`` reads its land
        return clean_surface(role.text)
    if role.country:
        return f"{prefix}{kb.demonym(role.country)} {role.title}"
    return f"{prefix}{role.title}"


def _role_code(kb: KnowledgeBase, role: Found) -> Optional[str]:
    if not role.country:
        return None
    return role.country + ("ELI" if role.former else kb.sector(role.offices[0]))


def _salience(mention: Found, sentence_distance: int, pron: Optional[Found] = None,
              reported: bool = False) -> float:
    """Lappin & Leass style weight of ``mention`` for ``pron`` ``sentence_distance``
    sentences later; a ``reported`` mention (inside a quotation its speaker introduces,
    ``Layout.reported``) earns no subject weight and counts half."""
    score = 100.0
    if mention.dep in SUBJECT_DEPS and not reported:
        score += 80
        if pron is not None and pron.dep in SUBJECT_DEPS:
            score += 35  # parallelism (Lappin & Leass): a subject pronoun takes up a subject
    if mention.kind == "name":
        score += 50
    elif mention.kind == "pronoun":
        score += 30
    if mention.dep == "poss":
        score -= 40
    return score / (2 ** sentence_distance) / (2 if reported else 1)


class Layout:
    """Sentences (cut again at paragraph breaks), paragraphs and quotations of one doc:
    read-only findings, so one Layout serves every resolver of the article."""

    def __init__(self, doc, sentence_of):
        self.doc = doc
        self.text = doc_text(doc)  # spaCy rebuilds doc.text on every access
        self.paragraph_of = paragraph_lookup(self.text)
        self.quotes = quoted_spans(self.text)
        # the parser sometimes runs one sentence over a paragraph break; distances count
        # the pieces, so the last paragraph's end is never "the same sentence"
        self.sentence_of = unit_lookup(doc, sentence_of)
        self._reported: dict = {}  # (start, end) -> Layout.reported, asked per pronoun and mention

    def quoted(self, pron: Found) -> bool:
        return inside(self.quotes, pron.start)

    def reported(self, mention: Found) -> bool:
        """Whether ``mention`` stands in a quotation its speaker introduces in the same
        sentence ("Romney told voters: 'Obama ...'"). Indirect speech ("Police said Ortiz
        was shot") and a quotation attributed after it are the writer's report of events:
        news goes on about whom they name, so they count in full."""
        key = (mention.start, mention.end)
        if key not in self._reported:
            self._reported[key] = self._introduced_quote(mention)
        return self._reported[key]

    def _introduced_quote(self, mention: Found) -> bool:
        if not self.quoted(mention):
            return False
        span = self.doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is None or len(span) == 0:
            return False
        return any(t.lemma_.lower() in SPEECH_LEMMAS and t.pos_ == "VERB"
                   and not inside(self.quotes, t.idx) for t in span.sent if t.i < span.start)

    def speakers(self, pron: Found, clusters: list[Cluster]) -> set:
        """ids of the clusters that speak the quotation ``pron`` stands in: a third-person
        pronoun in a quotation is not its own speaker ("'He will come,' Ryan said")."""
        if not self.quoted(pron):
            return set()
        here = self.sentence_of(pron.start)
        out = set()
        for c in clusters:
            for m in c.mentions:
                if self.sentence_of(m.start) == here and not inside(self.quotes, m.start) \
                        and is_speaker(self.doc, m.start, m.end, self.quotes):
                    out.add(id(c))
                    break
        return out


def _outside_quotes_first(pronouns: list[Found], layout: Layout) -> list[Found]:
    """Pronouns in text order, those in narration before those in quotations, so that a
    speaker named by a pronoun ("..., he said") is resolved before the quotation's own."""
    return sorted(pronouns, key=lambda p: (layout.quoted(p), p.start))


def _can_be_person(cluster: Cluster) -> bool:
    """A cluster typed PERSON that he/she may take up: not a team or body NER mistook for
    a person ("Manchester United") unless a first name, the KB or an office says otherwise."""
    if cluster.type != "PERSON":
        return False
    if cluster.person or cluster.roles or cluster.is_role:
        return True
    first = cluster.canonical.split()[0] if cluster.canonical.split() else ""
    return not named_like_body(cluster.canonical) or given_name_gender(first) is not None


def _cluster_salience(cluster: Cluster, pron: Found, here: int, layout: Layout,
                      reach: int) -> float:
    """Salience of ``cluster`` for ``pron`` in sentence ``here``: per sentence, its best
    mention before the pronoun within ``reach`` sentences (Lappin & Leass count a factor
    once per sentence, so many mentions do not outweigh one close subject); 0 when one of
    its mentions is the subject of the object pronoun's own verb."""
    best: dict = {}
    for m in cluster.mentions:
        if m.start >= pron.start:
            continue
        there = layout.sentence_of(m.start)
        if there is None or here - there > reach:
            continue
        if there == here and bound_apart(layout.doc, m, pron):
            return 0.0
        # what a speaker is quoted saying is not what the narration goes on about:
        # "Romney told voters: 'Obama has failed.' He pledged ..." is Romney pledging
        reported = not layout.reported(pron) and layout.reported(m)
        best[there] = max(best.get(there, 0.0), _salience(m, here - there, pron, reported))
    return sum(best.values())


def resolve_pronouns(pronouns: list[Found], people: list[Cluster], sentence_of, doc,
                     layout: Optional[Layout] = None, headlined: tuple = (), reach: int = 3) -> None:
    """Attach each pronoun to the most salient compatible person cluster before it.
    ``layout`` (Layout of ``doc`` and ``sentence_of``) is built here when not given;
    ``headlined`` (list[Cluster]) the people the headline names: a pronoun no one before
    it can take takes the one of them whose gender fits; ``reach``: how many sentences
    back an antecedent may be."""
    layout = layout or Layout(doc, sentence_of)
    sentence_of = layout.sentence_of
    for pron in _outside_quotes_first(pronouns, layout):
        here = sentence_of(pron.start)
        if here is None:
            continue
        best = _bracketed(pron, people, layout.text) or _cataphor(pron, people, doc)
        if best is not None:
            best.mentions.append(pron)
            continue
        barred = layout.speakers(pron, people)

        def fits(c):
            return _can_be_person(c) and id(c) not in barred and not (
                pron.gender and c.gender and pron.gender != c.gender)
        best, best_score = continued_subject(pron, people, layout, fits), 0.0
        for cluster in (people if best is None else ()):
            score = _cluster_salience(cluster, pron, here, layout, reach) if fits(cluster) else 0
            if score > best_score:
                best, best_score = cluster, score
        if best is None:
            fitting = [c for c in headlined if fits(c)]
            best = fitting[0] if len(fitting) == 1 else None
        if best is not None:
            best.mentions.append(pron)
            best.gender = best.gender or pron.gender


def _bracketed(pron: Found, people: list[Cluster], text: str) -> Optional[Cluster]:
    """"He (Jane Doe) said ...": a name in brackets right after a pronoun says who it is."""
    rest = text[pron.end:pron.end + 4]
    gap = len(rest) - len(rest.lstrip(" ([")) if rest.lstrip(" ").startswith(("(", "[")) else 0
    if not gap:
        return None
    at = pron.end + gap
    for cluster in people:
        if any(m.start == at and m.kind in ("name", "role") for m in cluster.mentions):
            return cluster
    return None


def _cataphor(pron: Found, people: list[Cluster], doc) -> Optional[Cluster]:
    """"In his talks with Patrushev, Wang reaffirmed ...": a possessive in a phrase before
    the main verb refers forward to that verb's subject when the subject is a person."""
    if pron.dep != "poss":
        return None
    span = doc.char_span(pron.start, pron.end, alignment_mode="expand")
    if span is None:
        return None
    root = span.root.sent.root
    tok = span.root
    if tok.i > root.i or any(t.dep_ in SUBJECT_DEPS for t in tok.ancestors):
        return None
    for cluster in people:
        for m in cluster.mentions:
            if m.kind not in ("name", "role") or m.dep not in SUBJECT_DEPS or m.start < pron.end:
                continue
            ms = doc.char_span(m.start, m.end, alignment_mode="expand")
            if ms is not None and ms.root.head == root:
                return cluster
    return None


RELATIVES = {"who", "whom", "whose", "which", "that", "where"}
_THINGS = ("GPE", "LOC", "FAC", "VEHICLE", "OBJECT", "PRODUCT")
# cluster types a relative word never stands for: "which" is no person, "who" no place or
# thing, and the relative adverb "where" only a place ("Brooklyn, where ..."), never a person
# or people ("Lavrov, Russia's foreign minister, where he ..." is the meeting)
RELATIVE_MISFITS = {"which": ("PERSON",), "who": _THINGS, "whom": _THINGS,
                    "where": ("PERSON", "NORP")}


def _antecedent(tok):
    """The token a relative or reflexive pronoun refers to by syntax alone, or None:
    the noun a relative clause modifies ("the woman, who ..."), the subject of a
    reflexive's own verb ("she checked herself in")."""
    low = tok.lower_
    if low in RELATIVES and tok.tag_ in ("WP", "WP$", "WDT", "WRB"):
        clause = next((a for a in tok.ancestors if a.dep_ in ("relcl", "acl")), None)
        return clause.head if clause is not None else None
    if low in REFLEXIVES:
        verb = tok.head.head if tok.dep_ == "pobj" else tok.head
        return next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)
    return None


def _misfit(word: str, owner: Cluster) -> bool:
    """Whether the relative ``word`` cannot stand for ``owner``: "which" for one person,
    "who" for a place or thing, "where" for anyone (``RELATIVE_MISFITS``); a group of
    people ("the crowd, which") is no one person."""
    if owner.type not in RELATIVE_MISFITS.get(word, ()):
        return False
    return word == "where" or owner.type != "PERSON" or _one_person(owner)


DEPENDENT_WORDS = frozenset(RELATIVES | REFLEXIVES)


def bind_dependent_pronouns(doc, clusters: list[Cluster]) -> None:
    """Put each relative and reflexive pronoun in the cluster of its syntactic antecedent
    (see :func:`_antecedent`), whatever that cluster's type, when one holds it."""
    spans = sorted((m.start, m.end, c) for c in clusters for m in c.mentions)
    held = {m.start: (m, c) for c in clusters for m in c.mentions if m.kind == "pronoun"}
    for tok in tokens_lowered(doc, DEPENDENT_WORDS):
        target = _antecedent(tok)
        owner = None if target is None else next(
            (c for s, e, c in spans if s <= target.idx < e), None)
        if owner is None or _misfit(tok.lower_, owner):
            continue
        mention, cluster = held.get(tok.idx, (None, None))
        if cluster is owner:
            continue
        if cluster is not None:  # syntax outranks salience: "The woman checked herself in"
            cluster.mentions.remove(mention)
        owner.mentions.append(mention or Found(tok.idx, tok.idx + len(tok.text), tok.text,
                                               "PRON", "pronoun", dep=tok.dep_))


PLURAL_PRONOUNS = {"they", "them", "their", "theirs", "themselves"}
NEUTER_PRONOUNS = {"it", "its", "itself"}
GROUP_PRONOUN_WORDS = frozenset(PLURAL_PRONOUNS | NEUTER_PRONOUNS)
GROUP_TYPES = ("ORG", "NORP")  # named entities a "they" may stand for ("the Angels ... they")
THING_TYPES = ("ORG", "FAC", "GPE", "PRODUCT")  # named entities an "it" may stand for (a vessel too)
# verbs whose subject "it" is usually no entity ("it is likely", "it seems", "it takes time")
PLEONASTIC_HEADS = {"be", "seem", "appear", "rain", "take"}


def is_group(cluster: Cluster, mention: Found) -> bool:
    """Whether ``mention`` of ``cluster`` names a group "they" can take up: a plural
    nominal ("the guards", "23 pirates") or an organisation's or people's name."""
    if mention.kind == "nominal":
        return written_plural(mention)
    return mention.kind in ("name", "metonym") and cluster.type in GROUP_TYPES


def is_thing(cluster: Cluster, mention: Found) -> bool:
    """Whether ``mention`` of ``cluster`` names one thing or body "it" can take up: an
    organisation's, place's or facility's name, or a singular nominal that is no person."""
    if mention.kind == "nominal":
        return not written_plural(mention) and cluster.type != "PERSON"
    return mention.kind in ("name", "metonym") and cluster.type in THING_TYPES


def find_group_pronouns(doc) -> tuple[list[Found], list[Found]]:
    """(plural pronouns: "they", "them", "their"; neuter ones: "it", "its", less the
    pleonastic "it" of "it is likely", "it seems")."""
    plural, neuter = [], []
    for t in tokens_lowered(doc, GROUP_PRONOUN_WORDS):
        low = t.lower_
        if t.tag_ not in ("PRP", "PRP$"):  # the words are picked by tokens_lowered
            continue
        if low in NEUTER_PRONOUNS and (t.dep_ == "expl" or (
                low == "it" and t.head.lemma_.lower() in PLEONASTIC_HEADS)):
            continue
        found = Found(t.idx, t.idx + len(t.text), t.text, "PRON", "pronoun", dep=t.dep_)
        (plural if low in PLURAL_PRONOUNS else neuter).append(found)
    return plural, neuter


def _group_candidates(clusters: list[Cluster], fits, plural: bool) -> list:
    """[(start, mention, cluster)] of the mentions a group pronoun may take up, in order,
    less a name that only modifies a noun ("Senate" in "the Senate Republicans");
    for a plural pronoun never one person's (:func:`_one_person`): one person is no "they"."""
    out = [(m.start, m, c) for c in clusters for m in c.mentions
           if fits(c, m) and m.dep not in MODIFIER_DEPS and not (plural and _one_person(c))]
    return sorted(out, key=lambda g: g[0])


def _one_person(cluster: Cluster) -> bool:
    """Whether ``cluster`` is one person: typed PERSON and named, given an office or taken
    up by he/she (a cluster of plural nominals, "the analysts", is a group of people)."""
    if cluster.type != "PERSON":
        return False
    return cluster.person is not None or any(
        m.kind in ("name", "role") or (m.kind == "pronoun" and m.gender) for m in cluster.mentions)


def _group_reach(layout: Layout, pron: Found, m: Found, here: int, there: int) -> bool:
    """Whether ``m`` (sentence ``there``) is near enough to ``pron`` (sentence ``here``):
    a plural nominal within two sentences, a name within one (a body named a paragraph
    back is seldom the "they" of a new one), neither across a paragraph break unless it
    is the sentence just before."""
    limit = 2 if m.kind == "nominal" else 1
    if here - there > limit:
        return False
    return here - there <= 1 or layout.paragraph_of(m.start) == layout.paragraph_of(pron.start)


def _after_pair(pron: Found, layout: Layout, people: list[tuple[int, int]]) -> bool:
    """Whether a "they" follows two people joined by "and" (``people``: sorted spans of
    person mentions) in its own sentence or in the one before: it means the pair, so it
    is left unresolved rather than given to a body named nearby ("A and B said they ...")."""
    sent = layout.doc.char_span(pron.start, pron.end, alignment_mode="expand")
    if sent is None:
        return False
    sent = sent.sent
    first = layout.doc[sent.start - 1].sent.start_char if sent.start > 0 else sent.start_char
    return coordinated_people(layout.doc, first, pron.start, people)


def resolve_group_pronouns(pronouns: list[Found], clusters: list[Cluster], fits,
                           sentence_of, doc, layout: Optional[Layout] = None,
                           towns: frozenset = frozenset()) -> None:
    """Attach each pronoun (list[Found]) to the most salient cluster of ``clusters`` with a
    mention that ``fits(cluster, mention)`` (:func:`is_group`, :func:`is_thing`) near
    before it (:func:`_group_reach`); none when nothing fits nearby ("they say").
    Salience as for people (best mention per sentence); an object pronoun never takes
    its own verb's subject, and a pronoun in a quotation never its speaker; one that acts
    takes its state over a capital written as a place (``towns``, ids of such clusters;
    see ``capitals.py``). ``layout`` (Layout of ``doc`` and ``sentence_of``) is built
    here when not given."""
    layout = layout or Layout(doc, sentence_of)
    sentence_of = layout.sentence_of
    plural = any(p.text.lower() in PLURAL_PRONOUNS for p in pronouns)
    candidates = _group_candidates(clusters, fits, plural)
    people = sorted((m.start, m.end) for c in clusters if _one_person(c) for m in c.mentions
                    if m.kind in ("name", "role"))
    for pron in _outside_quotes_first(pronouns, layout):
        here = sentence_of(pron.start)
        if here is None:
            continue
        if plural and _after_pair(pron, layout, people):
            continue
        barred = layout.speakers(pron, clusters)
        best: dict = {}  # (id(cluster), sentence) → (salience, cluster)
        excluded = set(barred)
        for start, m, cluster in candidates:
            if start >= pron.start:
                break
            there = sentence_of(start)
            if there is None or not _group_reach(layout, pron, m, here, there):
                continue
            if there == here and same_clause_conflict(doc, m, pron):
                excluded.add(id(cluster))
                continue
            key = (id(cluster), there)
            score = _salience(m, here - there, pron)
            if score > best.get(key, (0.0, cluster))[0]:
                best[key] = (score, cluster)
        totals: dict = {}
        for (cid, _), (score, cluster) in best.items():
            if cid not in excluded:
                totals[cid] = (totals.get(cid, (0.0, cluster))[0] + score, cluster)
        top = max(totals.values(), key=lambda sc: sc[0], default=(0.0, None))
        top = state_over_town(doc, pron, top, totals, towns)
        if top[0] > 0:
            top[1].mentions.append(pron)
