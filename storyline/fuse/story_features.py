"""What story clustering reads of one article: its feature bags (see
:mod:`storyline.fuse.stories` for how they are compared).

An article's bags are its words (body, headline and lead; they depend on its stored text
alone) plus ``ent:`` features of its entity names (which entity linking rewrites). A merge
reads the words of every article more than once (the bags a store keeps, story
clustering, and event merging after linking renamed mentions), so the words are made once
per article content in a process (:func:`word_bags`), and event merging can take them
from the bags a store kept (:func:`stored_words`) instead of reading every text again.
The whole bag also holds ``q:`` runs of quoted words (:func:`quoted_runs`, read from the text
alone, so kept bags serve incremental merges); they are compared apart from the words
(:func:`without_quotes`, :func:`quote_pairs`), never in a cosine.
How common a word is in news in general (:func:`background_share`, from the ``wordfreq``
package's English word frequencies) smooths the idf of a small corpus (:func:`smoothed_idf`),
for articles in English or of unknown language only: a ``lang:`` feature in the whole bag
(:func:`language_feature`) marks the others, whose words the English list cannot weigh.
"""
from __future__ import annotations

import hashlib
import math
import re
from collections import Counter, defaultdict
from functools import lru_cache
from itertools import islice
from operator import methodcaller
from typing import Optional

from ..language import ENGLISH
from ..model import Article
from ..time.calendar import iso_day

# letters of any script: an article in another language (stored, not analysed) is grouped
# by its own words, not by the few numbers it shares with an English one
_WORD = re.compile(r"[^\W\d_](?:[^\W\d_]|['\-]){2,}|\d+(?:[.,]\d+)*")
# a line naming a web address is page furniture, never the lead
_URLISH = re.compile(r"https?\b|www\b|\.(?:com|org|net|co\.uk)\b", re.I)
_SENTENCE = re.compile(r"[^\s.!?][^.!?\n]*(?:[.!?]+|$)", re.M)
# words too common in news to tell stories apart
_STOP = frozenset("""
the and for that with this from have has had was were are been being will would said says
say also its their they them his her she him who which what when where while after before
about over into than then there these those such some more most other only just very can
could should may might must not but all any each our out one two new year years last next
week month day days time told according reported report including told since during
""".split())
_ENTITY_TYPES = frozenset({"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC", "EVENT"})
ENTITY_WEIGHT = 3.0  # an entity mention counts like three words
LEAD_WEIGHT = 2.0  # headline and lead-sentence words count twice
LEAD_SENTENCES = 2  # body sentences in the lead vector
# words in quotation marks (straight, curly, or doubled apostrophes as some wires print them),
# on one line: a run of QUOTE_RUN content words quoted alike by two articles is one statement
_QUOTED = re.compile(r"(?:[\"\u201c\u201d]|''|``)((?:(?!'')[^\"\u201c\u201d\n]){10,}?)(?:[\"\u201c\u201d]|'')")
QUOTE_RUN = 5
QUOTE_PREFIX = "q:"  # quoted-run features: kept in the whole bag, compared apart from its words
# what the bags below are made by: raise it whenever a change here (or in entity_names) makes
# other bags of one article, so that bags a store kept of an older version are made again
# (``Store.story_features`` then gives none, and the merge is a full one). 2: quoted runs.
# 3: the days an article tells. 4: its proper names. 5: its language, when not English.
FEATURES_VERSION = 5
DAY_PREFIX = "day:"  # days an article tells (told_days): in the whole bag, not in its words
NAME_PREFIX = "name:"  # its proper names (proper_names): in the whole bag, not in its words
LANG_PREFIX = "lang:"  # its language other than English (language_feature): likewise
_APART = (QUOTE_PREFIX, DAY_PREFIX, NAME_PREFIX, LANG_PREFIX)  # features compared apart from the words
_NAMING_KINDS = frozenset({"name", "metonym"})  # mentions that name (not roles, nominals, pronouns)
TOLD_NEAR = 3  # days told this close to publication (as stories.NEAR_DAYS) tell the occasion


# how common a word is in news in general (background_share), for articles of ARTICLE_TOKENS
# running words (a lead: LEAD_TOKENS), compared with the corpus's own rate with a
# pseudo-count of BACKGROUND_DOCS (stories.smoothed_idf)
BACKGROUND_DOCS = 5
ARTICLE_TOKENS, LEAD_TOKENS = 600, 50
_RARE = 1e-7  # the frequency of a word the background list does not hold (its floor is 1e-6)
_PIECES = re.compile(r"[^\W\d_]+")


def smoothed_idf(held: int, n: int, share: Optional[float], reference: float = BACKGROUND_DOCS) -> float:
    """log((1 + n + m) / (1 + held + m * share)) + 1, m = ``reference``: the idf of a corpus of
    ``n`` articles, ``held`` of which hold the feature, with m articles of news in general
    added, ``share`` of which hold it (a smoothed rate of the feature in news).

    held (int): articles of the corpus holding the feature; n (int): articles in it;
    share (float | None): ``background_share``; None (the background says nothing of it):
    the corpus's own rate ``held / n``.
    Why: a feed of five reports of one meeting cannot tell from itself that "president" and
    "talks" are common in news and "Lavrov" is not: every word all five share gets the
    lowest idf there, the rare names that tell the occasion as low as the common words.
    m = 5 (PolNeAR occasion groups fed alone, dev halves: pairwise recall 0.231 -> 0.262,
    0.409 -> 0.473; m = 8 or more joined weeks-apart Democratic primary reports in the mixed
    dev feed). m is fixed, so the corpus's own counts take over as it grows.
    """
    other = held / n if share is None else share
    return math.log((1 + n + reference) / (1 + held + reference * other)) + 1


def _body_regions(article: Article) -> list:
    return article.body or [[0, len(article.text)]]


def _feature_of(word: str) -> Optional[str]:
    """The feature a ``_WORD`` match gives: ``num:`` and its digits, a lower-cased content
    word less a possessive 's, or None (a stop word, or too short)."""
    if word[0].isdigit():
        return "num:" + word.replace(",", "")
    word = word.lower()
    if word.endswith("'s"):
        word = word[:-2]
    return word if len(word) > 2 and word not in _STOP else None


# word -> its feature: words recur across articles, so each is worked out once
_FEATURE_OF: dict = {}


@lru_cache(maxsize=64)
def _stop_words(lang: Optional[str]) -> frozenset:
    """Stop words of an article's language other than English (spaCy's lists, which need
    no model), so that articles in one language do not link over its function words."""
    if not lang or lang == "en":
        return frozenset()
    try:
        from spacy.util import get_lang_class

        return frozenset(w.lower() for w in get_lang_class(lang).Defaults.stop_words)
    except Exception:  # a language spaCy has no class for: numbers and all words stay
        return frozenset()


def _article_tokens(article: Article, text: str) -> list[str]:
    """``_tokens`` of some of ``article``'s text, less its language's stop words."""
    stop = _stop_words(article.lang)
    tokens = _tokens(text)
    return [t for t in tokens if t not in stop] if stop else tokens


def _tokens(text: str) -> list[str]:
    """Lower-cased content words (possessive 's stripped) and ``num:`` numbers of ``text``."""
    out = []
    known = _FEATURE_OF
    for word in _WORD.findall(text):
        try:
            feature = known[word]
        except KeyError:
            if len(known) > 500_000:  # a bound on memory for a long-running server
                known.clear()
            feature = known[word] = _feature_of(word)
        if feature is not None:
            out.append(feature)
    return out


def headline(article: Article) -> Optional[str]:
    """The article's title, else a line the clean stage marked as its headline."""
    if article.title:
        return article.title
    return next((f.text for f in article.furniture if f.kind == "headline"), None)


def lead_spans(article: Article, n: int = LEAD_SENTENCES) -> list:
    """[[start, end]] of the first ``n`` body sentences that are not web addresses.

    article (Article): with ``sentences`` (from the nlp stage); without them the body
    is split at sentence-final punctuation and line ends.
    """
    regions = _body_regions(article)
    spans = [s for s in article.sentences if any(a <= s[0] < b for a, b in regions)]
    if not spans:  # not through the nlp stage: split at sentence-final punctuation
        spans = [[a + m.start(), a + m.end()] for a, b in regions
                 for m in _SENTENCE.finditer(article.text[a:b])]
    # only the first n are read: the rest are not searched for addresses
    return list(islice((s for s in spans if not _URLISH.search(article.text[s[0]:s[1]])), max(n, 0)))


def _within(mentions: list, spans: list) -> list:
    """The mentions starting within one of ``spans`` ([[start, end]]), each once, in order."""
    kept = []
    for m in mentions:
        for a, b in spans:
            if a <= m.start < b:
                kept.append(m)
                break
    return kept


def entity_names(article: Article, spans: Optional[list] = None) -> Counter:
    """``ent:`` features: canonical names of entity mentions (within ``spans`` if given);
    their set is also what the second story pass compares."""
    names: Counter = Counter()
    for m in article.mentions if spans is None else _within(article.mentions, spans):
        name = m.canonical or (m.text if m.kind == "name" else None)
        if not name or m.type not in _ENTITY_TYPES and m.entity_type not in _ENTITY_TYPES:
            continue  # roles and pronouns count by the entity they resolve to
        names["ent:" + name.lower()] += 1
    return names


# article content key -> (whole words, lead words, lead spans); about 9 kB each on news
# articles, so bounded for a long-running server (a larger corpus reads some words again)
_WORD_BAGS: dict = {}
_WORD_BAGS_MAX = 10_000


def _content_key(article: Article) -> bytes:
    """A digest of everything the words of an article are read from: its text, language,
    headline, body regions and sentences."""
    digest = hashlib.sha1(article.text.encode("utf-8", "surrogatepass"))
    rest = repr((article.lang, headline(article), article.body, article.sentences))
    digest.update(rest.encode("utf-8", "surrogatepass"))
    return digest.digest()


def word_bags(article: Article) -> tuple:
    """(whole words, lead words, lead spans) of an article: ``article_features`` and
    ``lead_features`` less the entity names, and its ``lead_spans``; made once per content
    (the same text, headline, body and sentences give the same words). Read-only.

    article (Article): with ``sentences`` when it went through the nlp stage.
    """
    key = _content_key(article)
    found = _WORD_BAGS.get(key)
    if found is None:
        if len(_WORD_BAGS) >= _WORD_BAGS_MAX:
            _WORD_BAGS.clear()
        found = _WORD_BAGS[key] = _read_words(article)
    return found


def quoted_runs(text: str, run: int = QUOTE_RUN) -> set:
    """``q:`` features of ``text``: every ``run`` consecutive content words (stop words and
    numbers left out) within one pair of quotation marks. Why: outlets word one occasion
    differently but quote its statements alike, and a long run of the same quoted words
    is seldom shared by reports of two occasions (ECB+ train topics 1-22: of the pairs
    sharing a run of 4, 161 of 164 are of one event, of 5, 144 of 144; 5 also passes over
    four-word slogans that campaign reports repeat for months)."""
    runs = set()
    for match in _QUOTED.finditer(text):
        words = [w for w in _tokens(match.group(1)) if not w.startswith("num:")]
        runs.update(QUOTE_PREFIX + " ".join(words[i:i + run]) for i in range(len(words) - run + 1))
    return runs


def without_quotes(bags: dict) -> tuple:
    """(``bags`` less their quoted-run features, {id: frozenset of those runs}).

    bags (dict[str, dict]): article id -> whole-article features. The runs are compared
    apart (:func:`quote_pairs`): in the cosine they would weigh as any rare word."""
    words, runs = {}, {}
    for aid, bag in bags.items():
        runs[aid] = frozenset(f for f in bag if f.startswith(QUOTE_PREFIX))
        words[aid] = {f: c for f, c in bag.items() if not f.startswith(QUOTE_PREFIX)} if runs[aid] else bag
    return words, runs


def without_days(bags: dict, prefix: str = DAY_PREFIX) -> tuple:
    """(``bags`` less their ``day:`` features, {id: Counter of those}).

    bags (dict[str, dict]): article id -> whole-article features; prefix (str): the features
    taken out (``NAME_PREFIX``: the proper names). The days are compared apart (their own
    cosine, ``stories.story_similarities``): among an article's hundreds of words they would
    weigh nothing; the names (already in the words as ``ent:``) decide whether closeness
    in time counts (``story_time.share_a_name``)."""
    words, days = {}, {}
    for aid, bag in bags.items():
        days[aid] = Counter({f: c for f, c in bag.items() if f.startswith(prefix)})
        words[aid] = {f: c for f, c in bag.items() if not f.startswith(prefix)} if days[aid] else bag
    return words, days


def split_bags(bags: dict) -> tuple:
    """(words, runs, told, names, langs): what ``without_quotes`` and then ``without_days`` for
    ``DAY_PREFIX``, ``NAME_PREFIX`` and ``LANG_PREFIX`` give, the same dicts in the same order,
    in one pass over each bag: the features set apart are picked out in C (``filter``) and
    deleted from a copy, where four comprehensions over every word cost a tenth of a second
    on 600 articles.

    bags (dict[str, dict]): article id -> whole-article features.
    Returns words {id: the bag less those features (the bag itself when it has none)}, runs
    {id: frozenset of ``q:`` features}, told, names and langs {id: Counter of ``day:``,
    ``name:``, ``lang:`` features}."""
    apart = methodcaller("startswith", _APART)
    words, runs, told, names, langs = {}, {}, {}, {}, {}
    for aid, bag in bags.items():
        found = list(filter(apart, bag))
        kinds: dict = {prefix: [] for prefix in _APART}
        for f in found:
            kinds[f[:f.index(":") + 1]].append(f)
        runs[aid] = frozenset(kinds[QUOTE_PREFIX])
        for out, prefix in ((told, DAY_PREFIX), (names, NAME_PREFIX), (langs, LANG_PREFIX)):
            out[aid] = Counter({f: bag[f] for f in kinds[prefix]})
        if found:
            words[aid] = dict(bag)
            for f in found:
                del words[aid][f]
        else:
            words[aid] = bag
    return words, runs, told, names, langs


def quote_pairs(runs: dict, max_block: int = 200, new: Optional[set] = None) -> set:
    """Pairs (a, b), a < b, of articles quoting one run of words that at most ``max_block``
    articles quote (a slogan every report repeats tells no occasion).

    runs (dict[str, frozenset]): article id -> its quoted runs; new (set[str]): when
    given, only the pairs holding one of these ids."""
    holders: dict = defaultdict(list)
    for aid, held in runs.items():
        for run in held:
            holders[run].append(aid)
    pairs = set()
    for members in holders.values():
        if 1 < len(members) <= max_block:
            for i, a in enumerate(members):
                pairs.update((a, b) if a < b else (b, a) for b in members[i + 1:]
                             if new is None or a in new or b in new)
    return pairs


def _read_words(article: Article) -> tuple:
    whole: Counter = Counter()
    for a, b in _body_regions(article):
        whole.update(_article_tokens(article, article.text[a:b]))
        whole.update(quoted_runs(article.text[a:b]))
    spans = lead_spans(article)
    top = [headline(article) or ""]
    for token in _article_tokens(article, " ".join(top + [article.text[a:b] for a, b in spans[:1]])):
        whole[token] += LEAD_WEIGHT - 1
    lead = Counter(_article_tokens(article, " ".join(top + [article.text[a:b] for a, b in spans])))
    return whole, lead, spans


def told_days(article: Article, near: int = TOLD_NEAR) -> Counter:
    """``day:`` features (count 1) of the days an article's timexes resolve to within
    ``near`` days of its publication ("on Tuesday" in one report, "July 5" in another),
    its publication day itself left out.

    article (Article): with ``timexes`` (from the time stage). Why: outlets word one occasion
    differently and all come out within days of it, so closeness in time tells nothing when
    a feed is that occasion's coverage; but they tell the same days (PolNeAR occasion groups,
    dev halves: 49 of 158 same-group pairs share such a day, 0 of 1,257 other pairs). Left out:
    the publication day (every article of that day would share it), days further off
    (election day, 9/11: background that campaign reports of every week tell), and every day
    of an undated article or one whose date was inferred (its relative timexes are resolved
    anew whenever that date changes, and a store's kept bags must not go stale).
    """
    own = iso_day(article.published) if article.published_source != "inferred" else None
    if own is None:
        return Counter()
    days = {iso_day(t.value) for t in article.timexes}
    return Counter({DAY_PREFIX + d.isoformat(): 1 for d in days
                    if d is not None and d != own and abs((d - own).days) <= near})


def proper_names(article: Article) -> Counter:
    """``name:`` features (count 1) of the names an article's mentions give its parties:
    canonical names of name and metonym mentions ("Ted Cruz", "Wisconsin", "Moscow" said),
    not of roles, nominals ("prosecutors", "the man") or pronouns.

    article (Article): with ``mentions`` (from the entities stage); none without them.
    Read by ``story_time.share_a_name``: closeness in time raises two reports only when they
    name a party alike."""
    return Counter({NAME_PREFIX + (m.canonical or m.text).lower(): 1 for m in article.mentions
                    if m.kind in _NAMING_KINDS and {m.type, m.entity_type} & _ENTITY_TYPES})


def language_feature(article: Article) -> Counter:
    """A ``lang:`` feature (count 1) of an article's language (``Article.lang``, set by the
    clean stage, storyline/language.py) when it is known and not English; none otherwise.

    Read by ``stories.story_similarities``: the background rarity prior
    (:func:`background_share`) is English word frequency, so in an article of another
    language nearly every word would count as rare there; its weights take the corpus's
    own counts instead. Kept in the whole bag (never in its words) so that bags a store
    kept tell an incremental merge the language as a full merge reads it."""
    lang = article.lang
    return Counter({LANG_PREFIX + lang: 1}) if lang and lang != ENGLISH else Counter()


def stored_words(bags: tuple, article: Article) -> tuple:
    """``word_bags`` of an article from the ``feature_bags`` a store kept of it (made by
    this code from the same stored text and sentences): the bags less their ``ent:``
    features, which entity linking may since have renamed, ``day:``, ``name:`` and ``lang:``
    features (no word starts with any of them).
    Their order is kept, so vectors made from them sum in the same order as fresh ones.

    bags (tuple[dict, dict]): (whole, lead) feature -> weight; article (Article): the same
    article (its lead spans are read, for the names in its lead).
    """
    whole, lead = bags
    return ({f: c for f, c in whole.items() if not f.startswith(("ent:", DAY_PREFIX, NAME_PREFIX, LANG_PREFIX))},
            {f: c for f, c in lead.items() if not f.startswith("ent:")}, lead_spans(article))


def article_features(article: Article, names: Optional[Counter] = None,
                     words: Optional[tuple] = None) -> Counter:
    """Bag of features of the whole article: body words and numbers, the headline
    and lead sentence counted ``LEAD_WEIGHT`` times, and ``ent:`` entity names
    weighted ``ENTITY_WEIGHT`` per mention.

    article (Article): annotated article (mentions and sentences used when present).
    names (Counter | None): ``entity_names(article)``, when the caller already has it.
    words (tuple | None): its ``word_bags`` (or ``stored_words``), when the caller has them.
    """
    feats = Counter((words or word_bags(article))[0])
    for name, count in (entity_names(article) if names is None else names).items():
        feats[name] += ENTITY_WEIGHT * count
    return feats


def lead_features(article: Article, words: Optional[tuple] = None) -> Counter:
    """Bag of features of the headline and the first ``LEAD_SENTENCES`` body sentences.

    words (tuple | None): its ``word_bags`` (or ``stored_words``), when the caller has them."""
    words = words or word_bags(article)
    feats = Counter(words[1])
    feats.update(entity_names(article, words[2]))
    return feats


def feature_bags(article: Article) -> tuple[Counter, Counter]:
    """(``article_features``, ``told_days``, ``proper_names`` and ``language_feature``,
    ``lead_features``) of an article: all clustering reads of it besides its date, so they
    can be kept (stored) instead of it."""
    words = word_bags(article)
    whole = joined_bags(article_features(article, words=words), told_days(article),
                        proper_names(article), language_feature(article))
    return whole, lead_features(article, words)


def joined_bags(*bags: Counter) -> Counter:
    """``bags[0] + bags[1] + ...`` (Counters of positive counts) as ``Counter.__add__`` gives
    it, keys in the same order, but copied in C: the whole bag (a thousand words) and the
    small ``day:``/``name:``/``lang:`` bags share no key, and adding them one key at a time
    in Python cost a quarter of a second on 600 articles."""
    joined = Counter(bags[0])
    for bag in bags[1:]:
        joined.update(bag)
    return +joined if joined and min(joined.values()) <= 0 else joined


@lru_cache(maxsize=1)
def _background_frequencies() -> dict:
    """English word -> its frequency among running words (the ``wordfreq`` package's small
    list, 29k words: Wikipedia, news, books, subtitles, web text and more, loaded once, in
    about 0.3 s; no download). Empty when the package is missing: no prior then."""
    try:
        from wordfreq import get_frequency_dict
    except ImportError:  # pragma: no cover - a declared dependency
        return {}
    return get_frequency_dict("en", "small")


def _word_frequency(word: str, known: dict) -> float:
    """The background frequency of a word or multi-word name: a name's words are all in it,
    so it is at most as common as its rarest (1 / frequency summed, as wordfreq joins words)."""
    found = known.get(word)
    if found is not None:
        return found
    pieces = _PIECES.findall(word)
    if not pieces:
        return _RARE
    return 1.0 / sum(1.0 / known.get(p, _RARE) for p in pieces)


@lru_cache(maxsize=200_000)
def background_share(feature: str, tokens: int = ARTICLE_TOKENS) -> Optional[float]:
    """The share of news articles of ``tokens`` running words expected to hold ``feature``
    (a word or an ``ent:`` name), from its frequency f in general English text:
    1 - exp(-f * tokens), the chance it occurs at least once; None for a feature the
    background says nothing of (numbers, quoted runs, days): the corpus's own rate stands.

    Why: story clustering weighs words by how few articles of the corpus hold them, but a
    corpus of five reports of one meeting cannot tell that "president" and "talks" are
    common in news and "Lavrov" is not; every word all five share gets the lowest weight
    there. Word frequency, not document frequency, is what the list gives; the Poisson
    chance above turns one into the other (it overstates bursty names somewhat)."""
    if feature.startswith("ent:"):
        feature = feature[4:]
    elif ":" in feature:
        return None
    known = _background_frequencies()
    if not known:
        return None
    return 1.0 - math.exp(-_word_frequency(feature, known) * tokens)
