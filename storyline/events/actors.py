"""Who an event's actors are: from a head token in the parse to :class:`Actor` records.

Finding which tokens are the source, target and participants is done in
:mod:`storyline.events.extract`; this module decides what each one *is*:

- a resolved entity (a name, role or pronoun the entities stage resolved, or the
  name in an apposition: "Veloria's foreign minister, Aleksandr Petrovan");
- a group of countries ("the foreign ministers of Veloria and Karsk" -> Veloria, Karsk);
- an unresolved but agentive phrase ("the defence ministry", "exporters"), kept
  with the country it belongs to ("Karsk's foreign ministry" -> affiliation Karsk);
- a group anaphor ("the two sides", "they") that :func:`resolve_group_anaphors`
  replaces with the actors of the event just before it;
- or no actor at all: dates, numbers, datelines, and things that cannot act
  ("a move", "the preparations"), which are dropped.
"""
from __future__ import annotations

from typing import Optional

from ..model import Actor, Article
from .words import FORCES, WEAPONS

NON_ACTOR_LABELS = {"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"}
COUNTRY_TYPES = {"GPE", "NORP"}
NAME_LABELS = {"PERSON", "ORG", "GPE", "NORP"}
# nouns that name people or bodies able to act; anything else ("a move") is not an actor
AGENT_NOUNS = {
    "official", "minister", "president", "premier", "chancellor", "leader", "government",
    "ministry", "delegation", "diplomat", "counterpart", "spokesman", "spokeswoman",
    "spokesperson", "envoy", "ambassador", "troop", "soldier", "force", "police", "guard",
    "army", "navy", "military", "crew", "fisherman", "farmer", "trader", "exporter",
    "importer", "lawmaker", "legislator", "parliament", "congress", "senate", "court",
    "judge", "prosecutor", "investigator", "group", "company", "firm", "owner", "union",
    "commission", "committee", "council", "agency", "bank", "party", "rebel", "militant",
    "protester", "demonstrator", "activist", "resident", "citizen", "people", "family",
    "relative", "worker", "student", "analyst", "expert", "member", "chief", "head",
    "commander", "general", "officer", "authority", "administration", "cabinet", "office",
    "presidency", "state", "country", "nation", "neighbour", "neighbor", "ally", "partner",
    "coalition", "alliance", "bloc", "organization", "organisation", "regime", "king",
    "queen", "prince", "secretary", "director", "mayor", "governor", "lawyer", "voter",
    "business", "industry", "media", "observer", "monitor", "inspector", "team", "staff",
    "opposition", "embassy", "side", "captain", "sailor", "negotiator", "mediator",
    "manager", "employee", "host", "visitor", "insurgent", "fighter", "militia", "unit",
    "squad", "representative", "deputy", "senator", "mp",
    "authorities", "agencies", "ministries", "chamber", "association", "federation",
    "producer", "operator", "supplier", "buyer", "seller", "investor", "creditor",
    "dealer", "pilot", "doctor", "nurse", "teacher", "journalist", "reporter", "editor",
    "worker", "miner", "driver", "passenger", "tourist", "migrant", "refugee", "prisoner",
    "hostage", "detainee", "suspect", "victim", "user", "customer", "consumer", "assembly",
    "legislature", "board", "jury", "panel", "tribunal", "ministry", "department", "crowd",
    "mob", "gunman", "attacker", "assailant", "protestor", "cleric", "bishop", "pope",
    "envoys", "delegate", "inspectorate", "regulator", "watchdog", "firm", "coalition",
}
# firms by common noun: what commerce (a firm shutting its own plants), figures (a firm
# "coming to Mexico" visits no one) and stances (a firm reopening of itself) ask about
FIRMS = {"company", "firm", "automaker", "carmaker", "manufacturer", "maker", "retailer",
         "chain", "brand", "startup", "corporation", "conglomerate", "business", "supplier",
         "producer", "operator", "franchise", "employer", "investor", "bank", "lender",
         "insurer", "airline"}
# group nouns that, with "both"/"two"/"the ...s", stand for the two parties just named
GROUP_NOUNS = {"side", "country", "government", "party", "nation", "neighbour", "neighbor",
               "capital", "state"}
# role nouns stand for the parties just named only with "the two" / "both"
PAIR_NOUNS = {"minister", "leader", "president", "delegation", "diplomat", "counterpart",
              "premier", "official"}
GROUP_PRONOUNS = {"they", "them", "both", "we", "us"}
DASHES = {"—", "–", "-", "--"}
# "Thousands protested": a number as the subject counts people
CROWD_WORDS = {"thousands", "hundreds", "dozens", "millions", "tens"}


# nouns that say which part of a body acts and need their of-phrase to name anyone:
# "Members of parliament", "the head of the delegation", "representatives of farmers"
PART_NOUNS = {"member", "head", "representative", "leader", "chief", "chairman", "chair",
              "president", "spokesman", "spokeswoman", "spokesperson", "group", "family",
              "relative", "delegation", "association", "union", "chamber", "federation"}


def _of_completion(token) -> int:
    """End char of the short of-phrase that completes a part noun ("Members of parliament"),
    or 0 when there is none: a phrase of at most four words with no clause in it."""
    if token.lemma_.lower() not in PART_NOUNS and token.lower_ not in PART_NOUNS:
        return 0
    for child in token.rights:
        if child.dep_ == "prep" and child.lower_ == "of":
            objs = [c for c in child.children if c.dep_ == "pobj"]
            if len(objs) != 1:
                return 0
            words = list(objs[0].subtree)
            if len(words) > 4 or any(w.pos_ in ("VERB", "AUX") or w.is_punct for w in words):
                return 0
            return words[-1].idx + len(words[-1].text)
    return 0


def actor_bounds(token) -> tuple:
    """Char span of an actor's noun phrase without clauses, appositions or prepositions,
    kept inside the token's sentence (furniture lines before it are never included)."""
    keep = ("compound", "amod", "det", "poss", "nmod", "nummod", "case", "flat", "quantmod")
    sent_start = token.sent.start_char
    for child in token.doc[token.sent.start:token.i]:
        if not child.is_space:
            sent_start = max(sent_start, child.idx)
            break
    left = token
    for child in token.lefts:
        if child.dep_ in keep:
            left = child.left_edge if child.dep_ == "poss" else child
            break
    end = token.idx + len(token.text)
    for child in token.rights:
        if child.dep_ in ("flat", "compound"):  # never the possessive 's
            end = max(end, child.idx + len(child.text))
    end = max(end, _of_completion(token))
    doc = token.doc
    i = left.i
    # furniture is blanked to spaces in the Doc and may hang off the first sentence
    while i < token.i and (doc[i].is_space or doc[i].idx < sent_start or "\n" in doc[i].text):
        i += 1
    return max(doc[i].idx, sent_start), end


def entity_of(token):
    """The named-entity span (spaCy Span of ``doc.ents``) holding ``token``, or None."""
    if token.ent_iob_ not in ("B", "I"):
        return None  # outside every entity: no need to build the doc's entity spans
    return next((e for e in token.doc.ents if e.start <= token.i < e.end), None)


def _exact_or_covering(article: Article, start: int, end: int, mention_at):
    """The mention over one head token: the one covering it (a name, role or pronoun)."""
    mention = mention_at(article, start, end)
    if mention is None or mention.end <= start or mention.start >= end:
        return None
    return mention


def _is_dateline(token) -> bool:
    """ "BELOZAR — The ministers met": the all-caps place before a dash is no actor."""
    nxt = token.nbor(1) if token.i + 1 < len(token.doc) else None
    return token.is_upper and len(token.text) > 2 and nxt is not None and nxt.text in DASHES


def _lemma(token) -> str:
    return token.lemma_.lower()


def is_agentive(token) -> bool:
    """Whether a common-noun head names people or a body that can act."""
    if token.ent_type_ in NAME_LABELS:
        return True
    return _lemma(token) in AGENT_NOUNS or token.lower_ in AGENT_NOUNS


def is_group_anaphor(token) -> bool:
    """ "the two sides", "both governments", "the ministers", "they" (unresolved)."""
    if token.lower_ in GROUP_PRONOUNS:
        return True
    if token.tag_ not in ("NNS", "NNPS"):
        return False
    words = {c.lower_ for c in token.children}
    if "their" in words and _lemma(token) in PAIR_NOUNS | GROUP_NOUNS:
        return True  # "their presidents": the heads of the parties named before
    if _lemma(token) in PAIR_NOUNS:
        if not words & {"both", "two"}:
            return False
    elif _lemma(token) not in GROUP_NOUNS:
        return False
    if any(c.dep_ == "prep" and c.lower_ == "of" for c in token.children):
        return False  # "the ministers of Veloria and Karsk" names its parties
    if any(c.dep_ in ("poss", "compound", "amod") and c.ent_type_ in NAME_LABELS
           for c in token.children):
        return False  # "Karsk's ministers" is one party
    return bool(words & {"the", "both", "two", "these", "those"})


def _affiliation_tokens(token) -> list:
    """Tokens that may name the country of an actor phrase: its left modifiers
    ("Karsk's", "Velorian Foreign Minister"), "of X", and the same inside an apposition
    ("Alexander Petrovan, Veloria's foreign minister")."""
    out = []
    heads = [token, *[c for c in token.children if c.dep_ == "appos"]]
    for head in heads:
        for child in head.lefts:
            out.extend(t for t in child.subtree if t.dep_ in ("poss", "compound", "amod", "nmod"))
        for prep in head.children:
            if prep.dep_ == "prep" and prep.lower_ == "of":
                out.extend(p for p in prep.children if p.dep_ == "pobj")
        if head is not token:
            out.append(head)
    return out


def affiliation_of(article: Article, token, mention_at) -> Optional[str]:
    """The country an actor phrase belongs to: "Karsk's ministry", "Velorian minister",
    "Aleksandr Petrovan of Veloria" -> the country's code (3 letters) or canonical name."""
    own = mention_at(article, token.idx, token.idx + len(token.text))
    for cand in _affiliation_tokens(token):
        m = mention_at(article, cand.idx, cand.idx + len(cand.text))
        if m is not None and m is not own and m.kind == "name" and not _full_person(m):
            return m.code[:3] if m.code else (m.canonical or m.text)
        if cand.ent_type_ in COUNTRY_TYPES:
            return cand.text
    own_span = (own.start, own.end) if own is not None else (token.idx, token.idx + len(token.text))
    return _demonym_country(article, [t for t in _affiliation_tokens(token)
                                      if not own_span[0] <= t.idx < own_span[1]])


def _demonym_country(article: Article, tokens: list) -> Optional[str]:
    """ "Alderan Water Minister X", with "Alderan" untagged by the parser: the country
    named elsewhere in the article whose name starts like the modifier (Aldera)."""
    countries = {}
    for m in article.mentions:
        # one-word names that are not GPE are often unknown places typed wrongly
        if m.kind == "name" and ((m.entity_type or m.type) == "GPE" or " " not in m.text):
            name = m.canonical or m.text
            countries.setdefault(name[:5].lower(), m.code[:3] if m.code else name)
    for cand in tokens:
        if cand.pos_ in ("PROPN", "ADJ") and cand.text[:1].isupper() and len(cand.text) >= 5:
            found = countries.get(cand.text[:5].lower())
            if found:
                return found
    return None


def _full_person(mention) -> bool:
    # a one-word "person" is often an unknown place typed wrongly; two words are a name
    return (mention.entity_type or mention.type) == "PERSON" and " " in (mention.canonical or "")


def _of_countries(article: Article, token, role: str, mention_at) -> list:
    """ "the foreign ministers of Veloria and Karsk" -> [Veloria, Karsk] as actors."""
    if token.tag_ not in ("NNS", "NNPS"):
        return []
    out = []
    for prep in token.children:
        if prep.dep_ != "prep" or prep.lower_ != "of":
            continue
        for obj in prep.children:
            if obj.dep_ != "pobj":
                continue
            for conj in [obj, *[c for c in obj.subtree if c.dep_ == "conj"]]:
                m = mention_at(article, conj.idx, conj.idx + len(conj.text))
                if m is not None and m.kind == "name":  # types of unknown places vary
                    out.append(Actor(start=m.start, end=m.end, text=m.text, role=role,
                                     canonical=m.canonical or m.text, code=m.code))
    return out if len(out) >= 2 else []


def _from_mention(mention, role: str, affiliation: Optional[str] = None) -> Optional[Actor]:
    if mention.kind == "pronoun" and not mention.canonical:
        return None
    return Actor(start=mention.start, end=mention.end, text=mention.text, role=role,
                 canonical=mention.canonical or mention.text, code=mention.code,
                 affiliation=affiliation)


INSTRUMENTS = WEAPONS | FORCES  # both word classes live in words.py


def is_instrument(token, mention=None, kinds: frozenset = frozenset(INSTRUMENTS)) -> bool:
    """Whether an argument head (spaCy Token) is a thing that does harm (one of ``kinds``,
    by default :data:`INSTRUMENTS`): the noun itself ("the car bomb"), or a pronoun whose
    mention (from the entities stage, or None) stands for one ("it exploded")."""
    if token.pos_ == "NOUN" and _lemma(token) in kinds:
        return True
    if mention is None or mention.kind != "pronoun" or not mention.canonical:
        return False
    words = mention.canonical.lower().split()
    return bool(words) and words[-1].rstrip("s") in kinds


def actors_for(article: Article, token, role: str, mention_at) -> tuple:
    """(actors, is_group_anaphor) for one argument head token.

    article (Article): with ``mentions`` from the entities stage.
    token (spacy Token): head of the argument.
    role (str): "source" | "target" | "participant".
    mention_at (callable): ``mention_at(article, start, end) -> Mention | None``.
    Returns ([Actor], bool); the list is empty when the token is not an actor.
    """
    crowd = token.lower_ in CROWD_WORDS and token.dep_ in ("nsubj", "nsubjpass")
    if (token.ent_type_ in NON_ACTOR_LABELS and not crowd) or _is_dateline(token):
        return [], False
    head_start, head_end = token.idx, token.idx + len(token.text)
    mention = _exact_or_covering(article, head_start, head_end, mention_at)
    if is_instrument(token, mention):
        return [], False
    affiliation = affiliation_of(article, token, mention_at)
    completion = _of_completion(token)
    if mention is not None and mention.kind == "nominal" and completion > mention.end:
        # the entities layer holds "Members" alone; the actor is "Members of parliament"
        text = article.text[mention.start:completion]
        return [Actor(start=mention.start, end=completion, text=text, role=role,
                      canonical=text, affiliation=affiliation)], False
    if mention is not None and (mention.canonical or mention.kind == "name"):
        return [_from_mention(mention, role, affiliation)], False
    for child in token.children:  # "Veloria's foreign minister, Aleksandr Petrovan"
        if child.dep_ == "appos":
            m = _exact_or_covering(article, child.idx, child.idx + len(child.text), mention_at)
            if m is not None and m.canonical and m.kind != "pronoun":
                return [_from_mention(m, role, affiliation)], False
    countries = _of_countries(article, token, role, mention_at)
    if countries:
        return countries, False
    start, end = actor_bounds(token)
    text = article.text[start:end]
    if is_group_anaphor(token):
        return [Actor(start=start, end=end, text=text, role=role)], True
    if token.pos_ == "PROPN" or token.ent_type_ in NAME_LABELS:
        ent = entity_of(token)
        name = ent.text if ent is not None and ent.label_ in NAME_LABELS else None
        if name:
            return [Actor(start=ent.start_char, end=ent.end_char, text=name, role=role,
                          canonical=name, affiliation=affiliation)], False
    if crowd or (token.pos_ in ("NOUN", "PROPN") and is_agentive(token)):
        return [Actor(start=start, end=end, text=text, role=role,
                      affiliation=affiliation)], False
    if _untyped_name(token):
        if hyphen_paired(token):  # "Ukraine-Russia": the other name is an actor of its own
            start, end = token.idx, token.idx + len(token.text)
            text = token.text
        return [Actor(start=start, end=end, text=text, role=role, canonical=text,
                      affiliation=affiliation)], False
    return [], False


def _untyped_name(token) -> bool:
    """A capitalised proper noun the small model tagged but did not type, as it does with
    rare or invented names ("Pellan released the crew"): taken for a name when it is the
    subject, object or "by" agent of the event's clause, outside title-case headlines
    (where every word is capitalised)."""
    if not (token.tag_ == "NNP" and not token.ent_type_ and token.text[:1].isupper()
            and not token.is_upper and len(token.text) > 2 and token.text.isalpha()):
        return False
    head = token
    while head.dep_ == "conj" and head.head.i != head.i:
        head = head.head
    role = head.dep_ in ("nsubj", "nsubjpass", "dobj") or (
        head.dep_ == "pobj" and head.head.dep_ == "agent") or hyphen_paired(token)
    return role and not _title_case(token.sent)


def hyphen_paired(token) -> bool:
    """Whether a name (spaCy Token) is one of two joined by a hyphen ("Ukraine-Russia")."""
    doc = token.doc
    before = token.i >= 2 and doc[token.i - 1].text == "-" and doc[token.i - 2].pos_ == "PROPN"
    after = token.i + 2 < len(doc) and doc[token.i + 1].text == "-" \
        and doc[token.i + 2].pos_ == "PROPN"
    return before or after


def _title_case(sent) -> bool:
    """Whether most words of a sentence are capitalised, as in a headline."""
    words = [t for t in sent if t.is_alpha and len(t.text) > 3]
    return len(words) >= 4 and sum(t.text[:1].isupper() for t in words) >= 0.8 * len(words)


def _resolved(actor: Actor) -> bool:
    return bool(actor.canonical or actor.affiliation)


def resolve_group_anaphors(events: list, anaphors: dict, article: Article) -> None:
    """Replace "the two sides" / "they" by the actors of the closest event before it
    (in the same or the previous sentence) that names two or more parties.

    events (list[Event]): the article's events, in text order, changed in place.
    anaphors (dict): id(Actor) -> True for the actors that are group anaphors.
    """
    borrowed: set = set()
    for index, event in enumerate(events):
        group = [a for a in event.actors if id(a) in anaphors]
        if not group:
            continue
        keep = [a for a in event.actors if id(a) not in anaphors]
        parties = [a for anaphor in group for a in _possessor_parties(anaphor, article)]
        if parties:  # "China and Russia said their presidents would meet"
            keep.extend(parties)
            borrowed.update(id(a) for a in parties)
            event.actors = keep
            continue
        their = all(a.text.lower().startswith("their ") for a in group)
        # "their presidents" are not the ministers of the event before: kept as written
        antecedent = None if their else _antecedent_event(events, index, article, borrowed)
        if antecedent is not None:
            have = {(a.canonical, a.affiliation) for a in keep}
            for anaphor in group:
                for a in antecedent.actors:
                    if _resolved(a) and (a.canonical, a.affiliation) not in have:
                        have.add((a.canonical, a.affiliation))
                        copy = Actor(start=anaphor.start, end=anaphor.end, text=anaphor.text,
                                     role=anaphor.role, canonical=a.canonical, code=a.code,
                                     affiliation=a.affiliation)
                        borrowed.add(id(copy))
                        keep.append(copy)
        else:  # "the two countries" with nothing before it stays as written; "they" goes
            keep.extend(a for a in group if a.text.lower() not in GROUP_PRONOUNS)
        event.actors = keep


PARTY_TYPES = {"GPE", "ORG", "NORP"}


def _possessor_parties(anaphor: Actor, article: Article) -> list:
    """Actors for the parties a "their" refers to ("their presidents"): the two or more
    named countries or bodies of the entities layer closest before it, in its own sentence
    or else the one before; [] when fewer than two are named there."""
    if not anaphor.text.lower().startswith("their "):
        return []
    here = article.sentence_index(anaphor.start)
    if here is None:
        return []
    for sentence in (here, here - 1):
        named: dict = {}
        for m in _coordinated(article, sentence, anaphor.start):
            party = _country_of_demonym(m, article) if m.entity_type == "NORP" else m
            if party is not None:
                named.setdefault(party.canonical, party)
        if len(named) >= 2:
            return [Actor(start=anaphor.start, end=anaphor.end, text=anaphor.text,
                          role=anaphor.role, canonical=m.canonical, code=m.code,
                          affiliation=m.canonical) for m in named.values()]
    return []


def _coordinated(article: Article, sentence: int, before: int) -> list:
    """The last run of country or body names joined by "and" or commas ("China and
    Russia", "Veloria, Karsk and Aldera") in sentence ``sentence`` before char ``before``:
    the parties a later "their" can point back to; [] when no two are joined."""
    names = [m for m in article.mentions if m.sentence == sentence and m.end <= before
             and m.kind == "name" and m.entity_type in PARTY_TYPES and m.canonical]
    names.sort(key=lambda m: m.start)
    best: list = []
    run: list = []
    for m in names:
        gap = article.text[run[-1].end:m.start].strip().lower() if run else None
        run = run + [m] if gap in (",", "and", ", and") else [m]
        if len(run) >= 2:
            best = list(run)
    return best


def _country_of_demonym(mention, article: Article):
    """The article's country mention a people's name stands for ("Velorian" -> Veloria,
    by their shared first five letters), or None; a coded mention stands for itself."""
    if mention.code:
        return mention
    stem = mention.canonical[:5].lower()
    return next((m for m in article.mentions if m.kind == "name" and m.entity_type == "GPE"
                 and m.canonical and m.canonical[:5].lower() == stem), None)


def _antecedent_event(events: list, index: int, article: Article, borrowed: set):
    here = article.sentence_index(events[index].trigger.start)
    for j in range(index - 1, -1, -1):
        other = events[j]
        if any(id(a) in borrowed for a in other.actors):
            continue  # no chains of anaphors
        there = article.sentence_index(other.trigger.start)
        if here is not None and there is not None and here - there > 1:
            return None
        if sum(_resolved(a) for a in other.actors) >= 2:
            return other
    return None
