"""When two event mentions are the same real-world event: the parties, dates and
kinds of two mentions compared (see :mod:`storyline.fuse.events` for the rules and
for the clustering and merged records built on them; the date comparisons are in
:mod:`storyline.fuse.event_match_dates`)."""
from __future__ import annotations

import json
import math
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Optional

from ..events.kinds import IRREGULAR_STEMS, compatible_types, trigger_classes, trigger_stem, type_family
from ..model import Event
from ..verbs import merge_bases
from .event_match_dates import _same_day, dates_conflict, event_dates_compatible
from .event_match_parties import national_group, parties_apart, people_conflict

# pronouns and relative words say nothing about identity unless resolved to a name
UNRESOLVED = {"he", "she", "it", "they", "him", "her", "them", "his", "its", "their",
              "who", "which", "that", "i", "we", "you", "both"}
MODALITY_RANK = {"happened": 0, "reported": 1, "planned": 2, "uncertain": 3, "denied": 4}
DATE_SOURCE_WEIGHT = {"timex": 3.0, "sentence": 2.0, "publication": 1.0}
MEETING_CODES = {"040", "044", "045", "046"}
# cosines of two triggers read in their sentences (all-MiniLM-L6-v2, storyline.fuse.embed)
# at or above which two outlets are taken to tell one event: with one party and the kind
# in common, or (higher) with no named party at all. On the ECB+ train topics, of the
# cross-document pairs of one subtopic and one kind of event, 84% at 0.7 and 92% at 0.8
# are the same event (63% of all such pairs); the cosine of whole sentences tells the
# topic rather than the event (66% at 0.6), so it is not used.
TRIGGERS_ALIKE = 0.7
TRIGGERS_ALIKE_UNNAMED = 0.8


@dataclass(frozen=True)
class Parties:
    """Who an event mention involves, for matching.

    people (frozenset[str]): folded canonical names of people and organisations.
    countries (frozenset[str]): country atoms: codes ("RUS") or name stems ("veloria").
    context (frozenset[str]): every other name in the mention's sentence, folded.
    """

    people: frozenset
    countries: frozenset
    context: frozenset = frozenset()


@lru_cache(maxsize=65536)  # called for every actor of every pairing; names repeat
def _fold(name: str) -> str:
    """Folding key of a name; transliteration variants fold alike ("Alexander" and
    "Aleksandr", "Dmitry" and "Dmitri") in case entity linking left them apart."""
    text = unicodedata.normalize("NFKD", name)
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    text = text.replace("\u2019s", "").replace("'s", "")
    words = [w for w in re.split(r"[\s\-.']+", text) if w and w != "the"]
    return " ".join(_fold_word(w) for w in words)


def _fold_word(word: str) -> str:
    word = word.replace("x", "ks")
    word = re.sub(r"([^aeiou])er$", r"\1r", word)  # Aleksander / Aleksandr
    word = re.sub(r"([aeiou])[yj]$", r"\1i", word)  # Sergey / Sergei
    word = re.sub(r"([^aeiou])y$", r"\1i", word)  # Dmitry / Dmitri
    return re.sub(r"(.)\1", r"\1", word)  # doubled letters


@lru_cache(maxsize=4096)  # called for every actor of every mention; names repeat
def country_atom(name: Optional[str], code: Optional[str] = None) -> Optional[str]:
    """A key shared by a country's name, its demonym and its code: "RUS" for a coded
    country or one the knowledge base names ("Russia", "Russian"), else the first five
    letters ("Velorian" and "Veloria" -> "velor"). One country has one key, so that
    "Putin (RUSGOV), Russia's president" counts as one country, not two."""
    if code and len(code) >= 3 and code[:3].isalpha() and code[:3].isupper():
        return code[:3]
    if not name:
        return None
    if len(name) == 3 and name.isupper():
        return name
    folded = _fold(name)
    if not folded:
        return None
    # "Velorian Energy (ministry)", "Russian Federation": the first word names the country
    known = _known_country(name) or _known_country(name.split()[0])
    return known or folded.split()[0][:5]


def _known_country(word: str) -> Optional[str]:
    """ISO code of a country name or demonym in the knowledge base, or None (a capital is
    a place, "travel to Moscow", not the country acting)."""
    from ..entities.kb import load_kb
    from ..entities.names import fold
    kb = load_kb()
    word = re.sub(r"['\u2019]s$", "", word)  # "Russia's"
    return None if kb.lower_acronym(word) else kb.country_words.get(fold(word))


def actor_key(actor) -> Optional[str]:
    """Identity key of an event actor: its canonical name, folded; None when unresolved."""
    name = (actor.canonical or "").strip()
    if not name or name.lower() in UNRESOLVED:
        return None
    return _fold(name)


def actor_keys(event: Event) -> frozenset:
    return frozenset(k for k in (actor_key(a) for a in event.actors) if k)


def _is_country(actor) -> bool:
    code = actor.code or ""
    if len(code) == 3:
        return True
    if len(code) > 3:
        return False  # "RUSGOV": a person or body of a country
    return bool(actor.canonical) and " " not in _fold(actor.canonical)


def parties(event: Event, affiliations: Optional[dict] = None,
            context: frozenset = frozenset()) -> Parties:
    """The :class:`Parties` of one mention; ``affiliations`` maps a person's key to the
    country atoms seen for them anywhere in the corpus (see :func:`corpus_affiliations`);
    ``context`` holds the names in the mention's sentence (see :func:`sentence_names`)."""
    affiliations = affiliations or {}
    people, countries = set(), set()
    for actor in event.actors:
        key = actor_key(actor)
        if key and _is_country(actor):
            countries.add(country_atom(actor.canonical, actor.code) or key)
        elif key and national_group(actor.canonical):
            # "Varnothian negotiators": a group told by its country, which it acts for; as
            # a person it would clash with any other group ("Varnothian officials")
            countries.add(national_group(actor.canonical))
        elif key:
            people.add(key)
            countries.update(affiliations.get(key, ()))
            if actor.code and len(actor.code) > 3:
                countries.add(actor.code[:3])
        atom = country_atom(actor.affiliation)
        if atom:
            countries.add(atom)
    return Parties(frozenset(people), frozenset(countries),
                   frozenset(c for c in context if c not in people))


def sentence_names(event: Event, article, names: Optional[list] = None) -> frozenset:
    """Folded canonical names of the name mentions in the event's sentence.

    names (list | None): ``name_mentions(article)``, when the caller made it once for
    all the article's events.
    """
    start, end = event.sentence.start, event.sentence.end
    names = name_mentions(article) if names is None else names
    return frozenset(key for m_start, m_end, key in names if start <= m_start and m_end <= end)


def name_mentions(article) -> list:
    """[(start, end, folded name)] of the article's name mentions."""
    return [(m.start, m.end, _fold(m.canonical or m.text))
            for m in getattr(article, "mentions", ()) or () if m.kind == "name"]


def corpus_affiliations(events: list) -> dict:
    """Person key -> set of country atoms, from every mention that says whom they act for."""
    out: dict = {}
    for event in events:
        for actor in event.actors:
            key = actor_key(actor)
            if not key or _is_country(actor):
                continue
            atom = country_atom(actor.affiliation)
            if actor.code and len(actor.code) > 3:
                out.setdefault(key, set()).add(actor.code[:3])
            if atom:
                out.setdefault(key, set()).add(atom)
    return out


def _modes_compatible(a: Event, b: Event) -> bool:
    # a phone call and a meeting in person are different events
    return (a.mode == "phone") == (b.mode == "phone")


def cameo_family(cameo: Optional[str]) -> str:
    """Meetings and talks are one family, visits another, calls a third; others by root."""
    cameo = cameo or ""
    if cameo in MEETING_CODES:
        return "meet"
    return {"041": "phone", "042": "visit", "043": "visit"}.get(cameo, cameo[:2])


def kinds_compatible(a: Event, b: Event) -> bool:
    """Whether two mentions can name one kind of event: compatible PLOVER types, or
    triggers of one class of happening ("killed" ASSAULT / "murder" ASSAULT, "arrested"
    COERCE / "captured" ASSAULT), as ECB+ event coreference shows outlets vary the word."""
    if compatible_types(a.type, b.type):
        return True
    return bool(trigger_classes(a.trigger.text) & trigger_classes(b.trigger.text))


def kind_keys(event: Event) -> frozenset:
    """Keys two mentions share exactly when :func:`kinds_compatible` and the phone/in-person
    check both hold, i.e. whenever :func:`match_strength` can be above 0."""
    phone = event.mode == "phone"
    return frozenset([(phone, "type", type_family(event.type))]
                     + [(phone, "class", c) for c in trigger_classes(event.trigger.text)])


def match_strength(a: Event, b: Event, pa: Parties, pb: Parties,
                   similarity: Optional[float] = None) -> int:
    """0 when the mentions cannot be one event, 1 when they match, 2 when they share
    two parties (strong enough to bridge a one-day date disagreement).

    similarity (float | None): cosine of the two triggers' vectors in context, when
        embeddings are in use; None leaves the decision to names, places and dates.
    """
    if not kinds_compatible(a, b) or not _modes_compatible(a, b):
        return 0
    if people_conflict(pa, pb) or parties_apart(a, b, pa, pb):
        return 0  # "Wang met Lavrov" / "Wang met Putin": different people, different events
    people = len(pa.people & pb.people)
    countries = len(pa.countries & pb.countries)
    dated = bool(a.date and b.date)
    # a visit is not the meeting held during it ("Wang visits Moscow" / "Wang held talks
    # with Shoigu"): across CAMEO families only the same two people make one event
    # ("Putin receives Wang" / "Wang met Putin"), not the countries every event of a
    # two-country story has
    families = not (a.cameo and b.cameo) or cameo_family(a.cameo) == cameo_family(b.cameo)
    # in a two-country story every event has both countries: they count only with dates
    if people >= 2 or (countries >= 2 and dated and families):
        return 2 if event_dates_compatible(a, b, slack_days=1) else 0
    if countries >= 2 and a.cameo == b.cameo and event_dates_compatible(a, b):
        # "Veloria and Aldera signed an accord" / "the accord, signed by Orlan and Vistrup":
        # the ministers' countries bridge the two tellings of one act of the same code
        return 1
    if not event_dates_compatible(a, b, slack_days=1):
        return 0
    exact = event_dates_compatible(a, b)
    place = bool(a.location_name) and a.location_name == b.location_name
    same_kind = a.type == b.type and cameo_family(a.cameo) == cameo_family(b.cameo)
    if people + countries >= 1:
        # one party shared: same kind of event, and the same place, the same day, or
        # two more names in common in the sentences that tell it; with place or names
        # in common, a day apart is a date conflict ("a day after it was seized")
        # a country named again in both sentences is a party again, not a further name
        # in common ("Putin expressed Russia's gratitude to China" / "Putin was told
        # China and Russia must deepen cooperation": Russia is the one party shared,
        # Putin the one further name)
        context = len(_names_beyond(pa, pb, people) & _names_beyond(pb, pa, people)) - people
        alike = exact and similarity is not None and similarity >= TRIGGERS_ALIKE
        if same_kind and (place or context >= 2 or alike or (exact and _same_day(a, b))):
            return 1
        return 0
    if not exact:
        return 0
    if not (pa.people or pa.countries) or not (pb.people or pb.countries):
        # no named party on one side: the same place on a known, agreeing date, or
        # one word used alike ("the quake killed 12" / "12 were killed in the quake")
        if a.type == b.type and place and dated:
            return 1
        return int(same_kind and similarity is not None and similarity >= TRIGGERS_ALIKE_UNNAMED)
    return 0


def _names_beyond(p: Parties, other: Parties, people: int) -> set:
    """The names of a mention's sentence and people (``p``) less the countries that both
    mentions (``p``, ``other``) have as a party, or, when they share no person
    (``people``: how many they share), that either has: then only a country is shared,
    and in a two-country story every sentence names both sides. (Leaving out every
    country either has, whatever is shared, made ECB+ product train CoNLL F1 76.7 ->
    76.6.)"""
    countries = p.countries | other.countries if not people else p.countries & other.countries
    return {n for n in p.context | p.people if country_atom(n) not in countries}


def same_event(a: Event, b: Event, affiliations: Optional[dict] = None) -> bool:
    """Whether two event mentions name the same real-world event."""
    return match_strength(a, b, parties(a, affiliations), parties(b, affiliations)) > 0


# ---- a learned pair score (weights fitted on the ECB+ train topics by bench/ecb_events.py) ----

PAIR_MODEL = Path(__file__).resolve().parent / "data" / "event_pairs.json"
_MODALITY_GROUP = {"reported": "happened"}
PAIR_FEATURES = ("bias", "same_stem", "same_text", "same_cameo", "cameo_clash", "same_class",
                 "who", "when", "where", "names", "context", "same_doc", "stem_and_args",
                 "rare_stem", "stem_and_context", "word_pair", "doc_sim", "stem_and_doc",
                 "class_and_doc")
EMBED_PAIR_FEATURES = ("trigger_sim", "trigger_sim_stem")
_FUNCTION_WORDS = frozenset(
    "a an the of to in on at by for from with into onto over up out off and or but not no be "
    "been being is are was were has have had do does did will would can could may might shall "
    "should must this that these those it its he she they them his her their who which what "
    "when where as than then there here also after before about said says say".split())

_WHOLE_STEMS = frozenset(IRREGULAR_STEMS.values())


def inflection_bases(word: str) -> set:
    """Forms a lower-cased word may inflect, itself included: every reading of an "-s",
    "-ed" or "-ing" ("patrolling" -> "patroll", "patrolle", "patrol"), or an irregular
    verb's base ("held" -> "hold"): all readings, so two words meet on any of them."""
    bases = {word} | set(merge_bases().get(word, ()))
    for suffix in ("ing", "ed", "es", "s"):
        if not word.endswith(suffix) or len(word) - len(suffix) < 3 or (
                suffix == "s" and word.endswith(("ss", "us", "is"))):
            continue
        root = word[:-len(suffix)]
        bases.update((root, root + "e"))
        if root[-1] == root[-2] and root[-1] not in "aeiou":
            bases.add(root[:-1])  # "patrolling" -> "patrol", "stopped" -> "stop"
        if root.endswith("i") and suffix in ("ed", "es"):
            bases.add(root[:-1] + "y")  # "tried" / "tries" -> "try"
        break
    if word.endswith(("ied", "ies")) and len(word) == 4:
        bases.add(word[:-1])  # "died", "dies" -> "die"
    return bases


@lru_cache(maxsize=16384)
def trigger_stems(text: str) -> frozenset:
    """Stems of a trigger's content words: each reading of its inflection
    (:func:`inflection_bases`), as it is and cut to its derivational stem ("offer" and
    "offered", "left" and "leaving", "died" and "death", "announcement" share one)."""
    out = set()
    for word in re.findall(r"[a-z]+", text.lower()):
        if word in _FUNCTION_WORDS or len(word) < 3:
            continue
        for base in inflection_bases(word):
            if len(base) < 3 or base in _FUNCTION_WORDS:
                continue
            out.add(base.rstrip("e"))
            stem = trigger_stem(base)
            # a cut leaving two letters ("steal" -> "st") would meet unrelated words;
            # a listed irregular stem ("death" -> "die") is a whole word
            if len(stem.rstrip("e")) >= 3 or stem in _WHOLE_STEMS:
                out.add(stem.rstrip("e"))
    return frozenset(out)


@lru_cache(maxsize=16384)
def content_words(text: str) -> frozenset:
    """Lower-cased words of a sentence other than function words and short ones."""
    return frozenset(w for w in re.findall(r"[a-z]+", text.lower())
                     if len(w) > 3 and w not in _FUNCTION_WORDS)


# (table, {(trigger text, trigger text): share}) of the last table read: a pair is asked
# whether its triggers relate and then for its features, and a story's triggers recur in
# many pairs, so each pair of texts is looked up once per table (tables are not changed
# once made; a new table starts a new memo)
_SHARES: tuple = (None, {})


def word_pair_share(a_text: str, b_text: str, word_pairs: Optional[dict]) -> float:
    """How often two triggers with no stem in common told one event in the pair model's
    training stories ("died" / "killed", "quake" / "earthquake"): the highest share over
    their stem pairs in ``word_pairs`` ({"stem|stem" (sorted): share}, learned offline
    from counts, see bench/ecb_events_product.learn_word_pairs), else 0."""
    global _SHARES
    if not word_pairs:
        return 0.0
    table, memo = _SHARES  # one read: another thread may start a memo for another table
    if table is not word_pairs:
        memo = {}
        _SHARES = (word_pairs, memo)
    key = (a_text, b_text) if a_text <= b_text else (b_text, a_text)  # the share is symmetric
    share = memo.get(key)
    if share is None:
        if len(memo) >= 100_000:  # a bound on memory for a long-running server
            memo.clear()
        sa, sb = trigger_stems(a_text), trigger_stems(b_text)
        share = memo[key] = max((word_pairs.get("|".join(sorted((x, y))), 0.0)
                                 for x in sa for y in sb), default=0.0)
    return share


def _agreement(a, b) -> float:
    """1 when both are known and shared, -1 when both known and different, else 0."""
    if not a or not b:
        return 0.0
    return 1.0 if a & b else -1.0


def _jaccard(a: frozenset, b: frozenset) -> float:
    return len(a & b) / len(a | b) if a and b else 0.0


def pair_features(a: Event, b: Event, pa: Parties, pb: Parties, stem_counts: dict,
                  similarity: Optional[float] = None, word_pairs: Optional[dict] = None,
                  doc_sim: float = 0.0) -> list:
    """PAIR_FEATURES (then EMBED_PAIR_FEATURES when ``similarity`` is given) of two mentions.

    pa, pb (Parties): from :func:`parties`, with their sentences' names as ``context``.
    stem_counts (dict): trigger stem -> mentions of the story with it (rare stems tell more).
    similarity (float | None): cosine of the two triggers read in their sentences.
    word_pairs (dict | None): the model's learned trigger pairs (:func:`word_pair_share`).
    doc_sim (float): how alike the two mentions' articles are (1 for one article; see
        storyline.fuse.events.article_similarities): a word shared by two near-copies of
        one report tells one event more surely than by two articles of one long story.
    """
    sa, sb = trigger_stems(a.trigger.text), trigger_stems(b.trigger.text)
    shared = sa & sb
    same_stem = float(bool(shared))
    coded = bool(a.cameo and b.cameo)
    who = _agreement(pa.people | pa.countries, pb.people | pb.countries)
    when = 0.0 if not (a.date and b.date) else (1.0 if event_dates_compatible(a, b) else -1.0)
    where = 0.0 if not (a.location_name and b.location_name) else (
        1.0 if _fold(a.location_name) == _fold(b.location_name) else -1.0)
    context = _jaccard(content_words(a.sentence.text), content_words(b.sentence.text))
    rare = max((1.0 / math.log(2 + stem_counts.get(s, 1)) for s in shared), default=0.0)
    row_class = float(bool(trigger_classes(a.trigger.text) & trigger_classes(b.trigger.text)))
    row = [1.0, same_stem, float(a.trigger.text.lower() == b.trigger.text.lower()),
           float(coded and a.cameo == b.cameo),
           float(coded and cameo_family(a.cameo) != cameo_family(b.cameo)),
           row_class, who, when, where, _jaccard(pa.context | pa.people, pb.context | pb.people),
           context, float(a.article == b.article), same_stem * (who + when + where), rare,
           same_stem * context, 0.0 if shared else word_pair_share(
               a.trigger.text, b.trigger.text, word_pairs), doc_sim, same_stem * doc_sim,
           row_class * doc_sim]
    if similarity is not None:
        row += [similarity, similarity * same_stem]
    return row


@lru_cache(maxsize=1)
def pair_model() -> Optional[dict]:
    """The fitted pair model {"features", "weights", "threshold"[, "embed_weights",
    "embed_threshold"]}, or None when the data file is missing."""
    if not PAIR_MODEL.exists():
        return None
    return json.loads(PAIR_MODEL.read_text(encoding="utf-8"))


def pair_probability(features: list, model: dict) -> float:
    """Logistic probability that two mentions are one event, from :func:`pair_features`."""
    key = "embed_weights" if len(features) > len(PAIR_FEATURES) else "weights"
    z = sum(w * x for w, x in zip(model[key], features))
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def pair_forbidden(a: Event, b: Event, pa: Parties, pb: Parties,
                   similarity: Optional[float] = None, word_pairs: Optional[dict] = None) -> bool:
    """What no pair score may override: the mentions conflict (:func:`pair_conflict`) or
    their triggers are unrelated (:func:`triggers_related`). (The rules of
    :func:`match_strength` may still join "arrested" and "captured" by the same parties.)"""
    return pair_conflict(a, b, pa, pb) or not triggers_related(a, b, similarity, word_pairs)


def triggers_related(a: Event, b: Event, similarity: Optional[float] = None,
                     word_pairs: Optional[dict] = None) -> bool:
    """Whether two triggers share a stem, or (with embeddings) read alike, or were learned
    to tell one event (:func:`word_pair_share`, ``word_pairs``: the model's table), or name
    one class of happening ("arrested" / "detained") with the place or a party in the same
    role in common. Two acts of one kind with nothing else shared ("bombed the bridge" /
    "shelled the town") are left to the rules, as are names elsewhere in the sentence."""
    if trigger_stems(a.trigger.text) & trigger_stems(b.trigger.text) or (
            similarity is not None and similarity >= TRIGGERS_ALIKE) or \
            word_pair_share(a.trigger.text, b.trigger.text, word_pairs):
        return True
    if not trigger_classes(a.trigger.text) & trigger_classes(b.trigger.text):
        return False
    if a.location_name and _fold(a.location_name) == _fold(b.location_name or ""):
        return True
    # "pirates seized" / "seized the pirates": one party in opposite roles is no common ground
    roles = [{(actor_key(x), x.role) for x in e.actors if actor_key(x)} for e in (a, b)]
    return bool(roles[0] & roles[1])


def pair_conflict(a: Event, b: Event, pa: Parties, pb: Parties,
                  modalities: Optional[tuple] = None) -> bool:
    """Whether two mentions say something that cannot both hold of one event: other kinds
    (types, or CAMEO families when both are coded: a visit is not the meeting held during
    it), a phone call and a meeting, different people on both sides, a side meeting or an
    answer (:func:`parties_apart`), named parties none of which is shared, other modalities
    (:func:`modalities_conflict`; ``modalities``: the two clusters', compared in place of
    the mentions' own), or firmly different dates (:func:`dates_conflict`). What is
    missing (no actor, no date, no code) is no conflict."""
    if not kinds_compatible(a, b) or not _modes_compatible(a, b) or people_conflict(pa, pb) \
            or parties_apart(a, b, pa, pb) or (
                a.cameo and b.cameo and cameo_family(a.cameo) != cameo_family(b.cameo)):
        return True
    if modalities_conflict(*(modalities or (a.modality, b.modality))):
        # a plan and its happening, a claim and its denial: the rules join those when
        # names or dates say so; a like word alone is too little across a long story
        return True
    named_a, named_b = pa.people | pa.countries, pb.people | pb.countries
    if named_a and named_b and not named_a & named_b:
        return True  # "Qin Gang urged" / "Russia urged": parties named on both sides, none shared
    return dates_conflict(a, b)


def modalities_conflict(a: str, b: str) -> bool:
    """Whether two modalities (happened or reported / planned / uncertain / denied) cannot be
    one event's in the pair score (a cluster's is its strongest member's: a plan the rules
    joined to "met on Monday" is no plan against another outlet's "two days of talks")."""
    return _MODALITY_GROUP.get(a, a) != _MODALITY_GROUP.get(b, b)
