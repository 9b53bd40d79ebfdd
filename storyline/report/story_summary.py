"""A short, cited account of one story, built from its merged records (no language model).

The account is extractive and deterministic: a lead sentence (what the story is about,
how many outlets and articles, its date span), the few most important dated events in
date order, the quote most outlets carry, and one line on what outlets disagree on.
Every sentence cites the evidence it rests on; citations are numbered in first-use order
and point at an article of the story with the char offsets of the supporting sentence.

``summarize_story`` finds; ``summary_text`` writes it for a terminal.
"""
from __future__ import annotations

from datetime import date
from functools import lru_cache
from typing import Optional

from ..events.coding import lexicon
from ..store.rows import date_bounds, event_bounds
from ..time.calendar import finest_first
from ..verbs import base_form, past_tense
from .conflicts import is_update

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")
# how much an event tells about what happened: a firm fact over a plan or a rumour
MODALITY_WEIGHT = {"happened": 2.0, "reported": 1.2, "planned": 1.0, "denied": 0.6, "uncertain": 0.3}
# PLOVER types that move a story (meetings, deals, force) over talk about it
TYPE_WEIGHT = {"CONSULT": 3.0, "AGREE": 3.0, "SUPPORT": 2.5, "ASSAULT": 3.0, "COERCE": 3.0,
               "MOBILIZE": 2.5, "SANCTION": 2.5, "AID": 2.5, "RETREAT": 2.5, "CONCEDE": 2.5,
               "REJECT": 1.5, "ACCUSE": 1.5, "THREATEN": 2.0, "PROTEST": 2.0, "REQUEST": 1.0,
               "STATEMENT": 0.5, "OTHER": 0.5}
# an event that ended more than this many days before the story's first article is background;
# the penalty puts it after every event of the story itself (scores span about 4 to 16)
BACKGROUND_DAYS, BACKGROUND_PENALTY = 30, 20.0
MAX_CITES_PER_FACT = 3
MAX_QUOTE_WORDS = 30


@lru_cache(maxsize=1)
def event_verbs() -> frozenset:
    """Base forms of every verb the events lexicon can put at the head of a summary: the
    first word of each keyed verb entry and of each entry's summary phrase, read from the
    lexicon the events stage parsed (``events.coding.lexicon``, its sets already expanded)."""
    lex = lexicon()
    verbs: set = set()

    def first(text) -> None:
        words = str(text or "").split()
        if words:
            verbs.add(words[0].lower())

    for section in ("verbs", "verb_objects", "verb_preps", "verb_clauses", "with_object",
                    "with_thing_object", "nouns", "nouns_with_complement"):
        for key, sense in lex[section].items():
            if section.startswith(("verb", "with")):
                first(key)
            first(sense.phrase)
    for key, verb in lex["verb_complements"].items():  # "order leave" stands for "expel"
        first(key)
        first(verb)
    return frozenset(verbs)


def predicate_index(words: list, has_subject: bool) -> Optional[int]:
    """Index of the first word of the predicate in a summary's ``words``, or None.

    has_subject (bool): the event has a source actor, so the summary starts with its name.
    """
    verbs = event_verbs()
    for i, word in enumerate(words):
        if has_subject and i == 0:
            continue
        lower = word.lower()
        if lower in ("to", "may", "should", "reportedly") or (lower in ("does", "do")
                                                    and words[i + 1:i + 2] == ["not"]):
            return i
        if word[:1].isupper() or "'" in word or "’" in word:
            continue
        if lower in verbs or base_form(lower) in verbs or lower in ("is", "are", "has"):
            return i
    return None


def _plural_subject(subject: list) -> bool:
    text = " ".join(subject)
    last = subject[-1] if subject else ""
    return " and " in f" {text} " or (last.islower() and last.endswith("s") and not last.endswith("ss"))


def narrate(summary: str, modality: str, has_subject: bool) -> Optional[str]:
    """An event summary ("X meets Y", "X to meet Y") told as a past account ("X met Y",
    "X is to meet Y"); None when the summary has no subject or no recognisable verb.

    modality (str): happened | reported | planned | denied | uncertain.
    """
    words = summary.split()
    i = predicate_index(words, has_subject)
    if not i or i >= len(words):
        return None  # a summary with no subject ("holds talks with X") reads badly
    subject, rest = words[:i], words[i:]
    head = rest[0].lower()
    if head == "to":
        rest = ["are" if _plural_subject(subject) else "is"] + rest
    elif head in ("does", "do") and rest[1:2] == ["not"]:
        rest = ["did"] + rest[1:]
    elif head == "reportedly" and len(rest) > 1:
        rest = [rest[0], _past_of(rest[1])] + rest[2:]
    elif head not in ("may", "should"):
        rest = [_past_of(rest[0])] + rest[1:]
    return " ".join(subject + rest)


def _past_of(word: str) -> str:
    lower = word.lower()
    if lower == "is":
        return "was"
    if lower == "are":
        return "were"
    # a plural subject carries the base form ("the two sides agree"); a singular the -s form
    return past_tense(lower if lower in event_verbs() else base_form(lower))


def date_phrase(date: Optional[str], preposition: bool = True) -> Optional[str]:
    """'2024-02-19' -> 'on 19 February 2024', '2024-02' -> 'in February 2024', '2024' ->
    'in 2024'; None for no date or a form this cannot say (weeks, seasons)."""
    if not date:
        return None
    parts = date.split("-")
    try:
        if len(parts) == 3:
            text, prep = f"{int(parts[2])} {MONTHS[int(parts[1]) - 1]} {int(parts[0])}", "on"
        elif len(parts) == 2:
            text, prep = f"{MONTHS[int(parts[1]) - 1]} {int(parts[0])}", "in"
        elif len(parts) == 1 and len(parts[0]) == 4:
            text, prep = str(int(parts[0])), "in"
        else:
            return None
    except (ValueError, IndexError):
        return None
    return f"{prep} {text}" if preposition else text


def date_span(first: Optional[str], last: Optional[str]) -> Optional[str]:
    """'19–28 February 2024', '28 February – 3 March 2024' or one date; None when unknown."""
    a, b = date_phrase(first, False), date_phrase(last, False)
    if not a or not b or a == b:
        return a or b
    wa, wb = a.split(), b.split()
    if len(wa) == 3 and len(wb) == 3 and wa[2] == wb[2]:
        if wa[1] == wb[1]:
            return f"{wa[0]}–{b}"
        return f"{wa[0]} {wa[1]} – {b}"
    return f"{a} – {b}"


# ---- finding: which facts the account tells ---------------------------------------------


def _outlet(source: dict, articles: dict) -> Optional[str]:
    summary = articles.get(source.get("article")) or {}
    return source.get("outlet") or summary.get("outlet")


def _outlet_count(record: dict, articles: dict) -> int:
    """Distinct outlets (an article with no outlet counts as its own) citing ``record``."""
    return len({_outlet(s, articles) or s.get("article") for s in record.get("sources") or []})


def event_score(event: dict, main: set, articles: dict) -> float:
    """How much ``event`` matters to its story: outlets carrying it, its modality, its PLOVER
    type and how many of its actors are the story's main entities.

    main (set[str]): case-folded names of the story's main entities.
    """
    actors = {a.get("name", "").casefold() for a in event.get("actors") or [] if isinstance(a, dict)}
    return (2.0 * _outlet_count(event, articles)
            + MODALITY_WEIGHT.get(event.get("modality"), 0.5)
            + TYPE_WEIGHT.get(event.get("type"), 1.5)
            + min(2, len(actors & main)))


def _same_fact(a: dict, b: dict) -> bool:
    """Two merged events that tell one thing twice: same type, same date, a shared actor."""
    def names(event: dict) -> set:
        return {x.get("name") for x in event.get("actors") or [] if isinstance(x, dict)}

    return a.get("type") == b.get("type") and a.get("date") == b.get("date") and bool(names(a) & names(b))


def is_background(event: dict, since: Optional[str]) -> bool:
    """Whether ``event`` ended well before the story's first article (``since``, a contract
    date): background the articles recall ("after Russia invaded Ukraine in 2022"), told
    only when the story's own events leave room."""
    if not since:
        return False
    end = event_bounds(event.get("date"), event.get("date_range"))[1]
    first = date_bounds(since)[0]
    if not (end and first):
        return False
    return (date.fromisoformat(first) - date.fromisoformat(end)).days > BACKGROUND_DAYS


# words that open a noun phrase, capitalised in a summary only for standing first
OPENERS = {"The", "A", "An", "This", "These", "Those", "Their", "Its", "His", "Her", "Our"}


def _mid_sentence(said: str) -> str:
    """``said`` set after a date ("On 3 April 2024, the prime minister called ..."): a
    determiner capitalised for opening the summary is lowered; names keep their capitals."""
    first, _, rest = said.partition(" ")
    return f"{first.lower()} {rest}" if first in OPENERS and rest else said


def pick_events(timeline: list, main: set, articles: dict, limit: int = 4,
                since: Optional[str] = None) -> list:
    """The ``limit`` most important events that can be told (dated, with a subject and a verb),
    as (event, sentence) pairs in date order; events from well before ``since`` (the story's
    first article) rank after the story's own."""
    told = []
    for event in timeline:
        has_subject = any(a.get("role") == "source" for a in event.get("actors") or [] if isinstance(a, dict))
        when = date_phrase(event.get("date"))
        said = narrate(event.get("summary") or "", event.get("modality") or "happened", has_subject)
        if when and said and event.get("sources"):
            words = (event.get("summary") or "").split()
            # "X agreed to share data" tells more than a bare "X agreed"
            complete = len(words) - (predicate_index(words, has_subject) or 0) >= 2
            if not complete and " and " not in said:
                continue  # "Vladimir Putin met": one actor and a bare verb tell nothing
            score = event_score(event, main, articles) + (1.0 if complete else 0.0)
            if is_background(event, since):
                score -= BACKGROUND_PENALTY
            told.append((score, event, f"{when[0].upper()}{when[1:]}, {_mid_sentence(said)}"))
    told.sort(key=lambda t: -t[0])  # stable: date order kept among equal scores
    picked: list = []
    for _, event, sentence in told:
        if len(picked) < limit and not any(_same_fact(event, e) for e, _ in picked):
            picked.append((event, sentence))
    return sorted(picked, key=lambda p: finest_first(p[0].get("date")))  # "2026-03" after 3 March


def pick_quote(quotes: list, known: set, articles: dict) -> Optional[dict]:
    """The quote most outlets carry, by a named speaker; the words of one of the story's
    entities ("Marta Ekholm" over "Officials"), more wordings and direct quotes win ties.
    None when no quote has a speaker.

    known (set[str]): case-folded names of the story's entities.
    """
    def rank(quote: dict) -> tuple:
        speaker = (quote.get("speaker") or "").casefold()
        return (_outlet_count(quote, articles), speaker in known, len(quote.get("variants") or []),
                quote.get("kind", "direct") == "direct")
    named = [q for q in quotes if (q.get("speaker") or "")[:1].isupper() and q.get("sources")
             and (q.get("text") or "").strip()]
    return max(named, key=rank) if named else None


def _shorten(text: str) -> str:
    """``text`` cut to its first sentence when that is long enough to stand alone, and to
    at most ``MAX_QUOTE_WORDS`` words (an ellipsis marks the cut)."""
    first, stop, rest = text.partition(". ")
    if stop and rest and len(first.split()) >= 5:
        text = first + " …"
    words = text.split()
    if len(words) <= MAX_QUOTE_WORDS:
        return text
    return " ".join(_phrase_cut(words[:MAX_QUOTE_WORDS])) + " …"


# words a cut quote must not end on: the phrase they open is left hanging
OPENING_WORDS = {"a", "an", "the", "of", "to", "for", "in", "on", "at", "by", "with", "from",
                 "and", "or", "but", "that", "which", "who", "their", "his", "her", "its",
                 "our", "my", "your", "between", "into", "about", "as", "than", "is", "are",
                 "was", "were", "be", "will", "would", "has", "have", "had", "not"}


def _phrase_cut(words: list) -> list:
    """The first words of a too-long quote, ended where a phrase ends: after the last
    comma, semicolon, colon or dash that keeps at least half of them, else with no
    hanging word at the end ("between their" is dropped)."""
    for i in range(len(words) - 1, len(words) // 2 - 1, -1):
        if words[i][-1:] in ",;:" or words[i] in ("—", "–"):
            return [*words[:i], words[i].rstrip(",;:")] if words[i] not in ("—", "–") else words[:i]
    while len(words) > 1 and words[-1].lower().strip("\"“”'’") in OPENING_WORDS:
        words = words[:-1]
    return words


def quote_sentence(quote: dict) -> str:
    """'Oleg Stavrin said: “The armed forces need new energy”.' or, for reported speech,
    'Nadia Orsel said she was ready to meet …'. A partial quote, the speaker's words
    inside the writer's sentence, keeps its marks, and an ellipsis says where the
    sentence it was cut from began ('Wang Yi said: “… are solid as a rock”')."""
    text = _shorten(" ".join((quote.get("text") or "").split())).rstrip(".")
    kind = quote.get("kind", "direct")
    if kind == "partial" and text[:1].islower():
        return f"{quote['speaker']} said: “… {text}”"
    if kind in ("direct", "partial"):
        return f"{quote['speaker']} said: “{text}”"
    return f"{quote['speaker']} said {text}"


def _value_text(conflict: dict, value: dict) -> str:
    if conflict.get("field") == "date":
        return date_phrase(str(value.get("value")), False) or str(value.get("value"))
    return str(value.get("text") or value.get("value"))


def counted_what(conflict: dict) -> str:
    """What a count or length conflict is about, said as the text says the noun: "the
    number of people" (the noun is kept as its lemma, "people", "crew member"; the plural
    is the one a value's own words wrote, "120 people"), "the length of the talks"."""
    noun = conflict["noun"]
    if conflict.get("field") == "duration":
        return f"how long the {noun} lasted"
    words = noun.split()
    for value in conflict.get("values") or ():
        written = str(value.get("text") or "").split() if isinstance(value, dict) else []
        if value.get("value") != 1 and written and written[-1].lower().startswith(words[-1][:3]):
            return "the number of " + " ".join([*words[:-1], written[-1].lower()])
    return f"the number of {noun}" + ("" if noun.endswith("s") else "s")


def conflict_sentence(event: dict, conflict: dict, articles: dict) -> Optional[tuple]:
    """('Outlets differ on the date of …: A says 14 March 2024, B 13 March 2024', [sources])
    for the first two values of ``conflict``; None when fewer than two are given."""
    values = [v for v in conflict.get("values") or [] if isinstance(v, dict)][:2]
    if is_update(conflict):
        return None  # a count revised or a date put off since: an update, not outlets differing
    if len(values) < 2 or set(values[0].get("articles") or []) & set(values[1].get("articles") or []):
        return None  # one article on both sides: the text wavers, outlets do not differ
    said, cited = [], []
    for i, value in enumerate(values):
        ids = value.get("articles") or []
        who = ", ".join(o for o in value.get("outlets") or [] if o) or ", ".join(
            (articles.get(a) or {}).get("outlet") or f"article {a}" for a in ids)
        verb = ("say " if "," in who else "says ") if i == 0 else ""
        said.append(f"{who} {verb}{_value_text(conflict, value)}")
        cited += [s for s in event.get("sources") or [] if s.get("article") in ids][:1]
    what = conflict.get("field") or "a detail"
    if conflict.get("noun"):
        what = counted_what(conflict)
    elif what == "date":
        what = "the date"
    about = event.get("summary") or event.get("type") or "an event"
    # "the number of people of “…”" reads as a second count: a count is "in" the event
    link = "in" if conflict.get("noun") else "of"
    return f"Outlets differ on {what} {link} “{about}”: {said[0]}; {said[1]}", cited


def main_entities(story: dict, entities: Optional[list] = None, top: Optional[int] = 6) -> list:
    """Names of the story's first ``top`` entities (all when None; stories list them most
    central first).

    entities (list[dict] | None): the story's entity records, when its ``entities`` are ids.
    """
    if entities:
        return [e.get("name") for e in entities[:top] if e.get("name")]
    return [str(e) for e in (story.get("entities") or [])[:top]]


# ---- the account ----------------------------------------------------------------------


class _Citations:
    """Numbers evidence in first-use order; the same span cited twice keeps its number."""

    def __init__(self, articles: dict):
        self.articles = articles
        self.notes: list = []
        self._index: dict = {}

    def cite(self, sources: list, texts: Optional[dict] = None) -> list:
        """Numbers for ``sources`` (contract source dicts): one per article, at most three.

        texts (dict | None): article id -> the text cited, for sources with no "sentence" (quotes).
        """
        numbers, seen = [], set()
        for source in sources:
            article = source.get("article")
            if article in seen or len(numbers) >= MAX_CITES_PER_FACT:
                continue
            seen.add(article)
            key = (article, source.get("char_start"), source.get("char_end"))
            if key not in self._index:
                self._index[key] = len(self.notes) + 1
                self.notes.append({
                    "n": len(self.notes) + 1, "article": article,
                    "outlet": _outlet(source, self.articles),
                    "sentence": " ".join((source.get("sentence") or (texts or {}).get(article) or "").split()),
                    "char_start": source.get("char_start"), "char_end": source.get("char_end")})
            numbers.append(self._index[key])
        return numbers


def _count(n: int, noun: str) -> str:
    """'1 outlet', '3 outlets'."""
    return f"{n} {noun}{'s' if n != 1 else ''}"


def lead_sentence(story: dict, articles: dict, main: list) -> str:
    """'“<title>”: 4 articles from 3 outlets, 19–28 February 2024, about Aldera, Veloria and X.'"""
    members = list(story.get("articles") or [])
    named = {(articles.get(a) or {}).get("outlet") for a in members} - {None, ""}
    # an article with no outlet is no outlet of its own: it is told apart as unnamed
    unnamed = sum(1 for a in members if not (articles.get(a) or {}).get("outlet"))
    parts = [f"{len(members)} article{'s' if len(members) != 1 else ''}"
             + (f" from {_count(len(named), 'outlet')}" if named else "")
             + (f" and {_count(unnamed, 'unnamed source')}" if named and unnamed else "")]
    span = date_span(story.get("first"), story.get("last"))
    if span:
        parts.append(span)
    about = ""
    if main:
        names = main[:3]
        about = ", about " + (names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1])
    title = story.get("title") or story.get("id")
    return f"“{title}”: " + ", ".join(parts) + about


def summarize_story(story: dict, timeline: list, quotes: list, articles: dict,
                    entities: Optional[list] = None, max_events: int = 5) -> dict:
    """A short cited account of ``story``.

    story (dict): the contract's story record.
    timeline (list[dict]): the story's merged events (contract ``timeline`` records).
    quotes (list[dict]): the story's merged quotes.
    articles (dict): article id -> contract article record (for outlets).
    entities (list[dict] | None): the story's entity records, most central first.
    Returns {"text": the account with [n] citations, "sentences": [{"kind" (lead | event |
    quote | conflict), "text", "cites": [n], "event"}], "citations": [{"n", "article",
    "outlet", "sentence", "char_start", "char_end"}]}.
    """
    names = main_entities(story, entities)
    main = {n.casefold() for n in names}
    cites = _Citations(articles)
    sentences = [{"kind": "lead", "text": lead_sentence(story, articles, names), "cites": [], "event": None}]
    picked = pick_events(timeline, main, articles, max_events, since=story.get("first"))
    for event, text in picked:
        sentences.append({"kind": "event", "text": text, "cites": cites.cite(event.get("sources") or []),
                          "event": event.get("id")})
    if not picked and timeline:
        sentences.append({"kind": "event", "text": "No event of this story has both a date and a named actor",
                          "cites": [], "event": None})
    quote = pick_quote(quotes, {n.casefold() for n in main_entities(story, entities, None)}, articles)
    if quote is not None:
        sentences.append({"kind": "quote", "text": quote_sentence(quote),
                          "cites": cites.cite(quote.get("sources") or [], _variant_texts(quote)), "event": quote.get("event")})
    chosen = [e for e, _ in picked] + [e for e in timeline if all(e is not p for p, _ in picked)]
    for event in chosen:
        line = next((found for c in event.get("conflicts") or [] if isinstance(c, dict)
                     and (found := conflict_sentence(event, c, articles))), None)
        if line:
            sentences.append({"kind": "conflict", "text": line[0], "cites": cites.cite(line[1]),
                              "event": event.get("id")})
            break
    return {"text": " ".join(_with_cites(s) for s in sentences), "sentences": sentences,
            "citations": cites.notes}


def _variant_texts(quote: dict) -> dict:
    """Article id -> how that article words ``quote``."""
    texts = {}
    for variant in quote.get("variants") or []:
        if isinstance(variant, dict) and variant.get("article"):
            texts.setdefault(variant["article"], variant.get("text") or "")
    return texts


def _with_cites(sentence: dict) -> str:
    marks = "".join(f"[{n}]" for n in sentence["cites"])
    return sentence["text"] + (" " + marks if marks else "") + "."


def summary_text(summary: dict) -> str:
    """The account as terminal text: the paragraph, then its numbered sources."""
    lines = [summary["text"], ""]
    for note in summary["citations"]:
        lines.append(f"[{note['n']}] {note['outlet'] or 'unknown outlet'}, article {note['article']}, "
                     f"chars {note['char_start']}–{note['char_end']}: “{note['sentence']}”")
    return "\n".join(lines) + "\n"


def stored_story_summary(store, story: dict, timeline: Optional[list] = None) -> dict:
    """:func:`summarize_story` of a stored story, one path for ``storyline story`` and
    ``timeline --story ID --format md``.

    store: an open store; story (dict): the contract story record; timeline (list | None):
    the story's whole timeline when the caller already read it.
    """
    story_id = story["id"]
    timeline = store.timeline(story=story_id) if timeline is None else timeline
    return summarize_story(story, timeline, store.quotes(story=story_id),
                           {a["id"]: a for a in store.article_summaries()})
