"""Merging quotes across outlets: one statement, however each outlet worded it.

Quotes are first gathered into statements (the parts of a quote split by its
attribution share ``Quote.group``), then statements by the same speaker (or one
unknown) whose content words overlap, or whose words one contains (a partial quote
inside a longer one), become one :class:`MergedQuote` with every variant and source
(the matching: storyline/fuse/quote_match.py).

How statements are matched, and what bench/quote_matching.py measured of it, is told in
storyline/fuse/quote_match.py.

Outlets that credit one quote to different speakers (issue 6: a role's words taking another
outlet's name, one line given to two people) are not hidden either way: the quote is merged
and shown under the name most of its articles give, and its ``conflicts`` list every
outlet's speaker ({"field": "speaker", "values": [...]}, as a merged event's conflicts, so
``compare`` and every view show them). Merged rather than kept apart, since kept apart the
two quotes say nothing of each other and the disagreement is lost; a role or an anonymous
source ("officials") no outlet tied to that name is a reading of its own, an unknown speaker
none. An anonymous source is shown by its description and flagged (``anonymous``).

Each merged quote links to the event it was said at, when the timeline has one: the saying
itself coded as an event ("slammed the proposal as ..."), else a gathering or statement act
of the speaker (storyline/quotes/occasions.py) in the quote's sentence, its paragraph or the
one before (two before for "He added: …" after the speaker's quote), else a gathering the
article's lead reports, else a meeting of the speaker with the one a "told" names ("X told
President Y that ..."); a statement act is the speaker's when the events stage names them
its source or the quotes stage read the speaker's cue on its trigger; never an event the quote talks
about, one done to the speaker, one planned, or one whose date disagrees with when it was
said. Measured by bench/quote_events.py (hand-judged occasions): on development quotes link
accuracy 52.0 -> 94.1, precision 21.3 -> 87.5, where the speaker merely taking part in an
event had linked it. The setting a quote's text names ("in an interview") is kept on it,
with the linked event's summary, and two links read from other quotes come after
(storyline/fuse/quote_settings.py).
"""
from __future__ import annotations

import hashlib
from typing import Optional

from ..model import Article, MergedQuote
from ..quotes.occasions import is_occasion, is_speech_act, on_cue
# the matching half (statements, their similarity, speakers, clustering) lives apart;
# names kept importable from here for callers and tests
from .quote_match import (  # noqa: F401
    _KIND_RANK, Statement, cluster, content_words, is_role, name_words, same_speaker,
    same_words, similar, statements, stem)
from .quote_marks import (
    ArticleMarks, GOES_ON, agrees_in_time, paragraph_start, sentence_span, speaker_roles)
from .quote_settings import carry_on, link_named_settings, setting_of, unlink_other_media


def _quote_id(story: Optional[str], speaker: Optional[str], text: str) -> str:
    key = "|".join([story or "", speaker or "", " ".join(sorted(content_words(text)))])
    return "q_" + hashlib.sha1(key.encode("utf-8")).hexdigest()[:12]


def index_timeline(timeline: list) -> dict:
    """Article id -> [(timeline position, char_start, char_end, event)], built once per
    merge so that finding a quote's event reads only its own articles' events."""
    index: dict = {}
    for position, event in enumerate(timeline):
        for source in event.sources:
            index.setdefault(source.get("article"), []).append(
                (position, source.get("char_start", -1), source.get("char_end", -1), event))
    return index


def _event_for(members: list, index: dict, marks: dict) -> Optional[str]:
    """The merged event a statement was said at (str id, or None), the best over its parts
    by :func:`occasion_rank`: the saying itself coded as an event, else an occasion or a
    statement act of the speaker in the quote's sentence, else in its paragraph or the one
    before, else a gathering the speaker took part in, reported in the same article.
    marks (dict): article id -> its :class:`ArticleMarks`, added to as articles come."""
    best = None
    for statement in members:
        article = statement.article
        events = index.get(article.id, ())
        if article.id not in marks:
            mark = marks[article.id] = ArticleMarks(article)
            mark.spoken_at = [_occasion_kinds(article, s, e, event, mark) is not None
                              for _, s, e, event in events]
        spoken_at = marks[article.id].spoken_at
        for quote in statement.parts:
            window = occasion_window(article, quote)
            for (position, start, end, event), may in zip(events, spoken_at):
                if not (may and statement.speaker) and not on_cue(quote, start, end):
                    continue  # occasion_rank would say None: asked only of the rest
                rank = occasion_rank(article, quote, statement.speaker,
                                     (start, end), event, window, marks[article.id])
                if rank is not None and (best is None or (rank, position) < best[0]):
                    best = ((rank, position), event.id)
    return best[1] if best else None


def _occasion_kinds(article: Article, start: int, end: int, event,
                    marks: ArticleMarks) -> Optional[tuple]:
    """(is an occasion, is a statement act) of the event whose trigger is [start, end),
    or None when it can be neither: made at a modality no statement is made at, naming
    neither, or inside quoted words (what was talked about)."""
    if event.modality not in _SAID_MODALITIES:
        return None
    words = article.text[start:end]
    occasion = is_occasion(words, article.text[max(0, start - 20):start])
    act = is_speech_act(words)
    if not (occasion or act):
        return None
    if marks.inside_quote(start):
        return None  # an event inside quoted words is what was talked about
    return occasion, act


def occasion_rank(article: Article, quote, speaker: Optional[str], trigger: tuple,
                  event, window: Optional[int] = None,
                  marks: Optional[ArticleMarks] = None) -> Optional[tuple]:
    """How surely ``event`` is the occasion of ``quote`` (a sort key, lower is surer), or
    None when it is not.

    article (Article): the quote's article; quote (Quote): one part of a statement;
    speaker (str|None): the statement's speaker; trigger ((start, end)): the event's
    trigger in ``article.text``; event (MergedEvent): a merged event with that source;
    window (int|None): :func:`occasion_window` of the quote, computed when None;
    marks (ArticleMarks|None): the article's, made when None.
    """
    start, end = trigger
    if on_cue(quote, start, end):
        return (0, 0)  # the saying itself: "slammed the proposal as ...", "declined to ..."
    if not speaker:
        return None
    if marks is None:
        marks = ArticleMarks(article)
    kinds = _occasion_kinds(article, start, end, event, marks)
    if kinds is None:
        return None
    occasion, act = kinds
    if not agrees_in_time(article, quote, event, marks):
        return None
    key = (speaker, id(event))
    roles = marks.roles.get(key)
    if roles is None:
        roles = marks.roles[key] = speaker_roles(speaker, event)
    # a statement act must be the speaker's own ("Fallon called on ..."), not one done
    # to the speaker ("Sanders accused Clinton" is no occasion of Clinton's reply)
    own_act = act and ("source" in roles or marks.says_at(start, end, speaker))
    if not ((occasion and roles) or own_act):
        return None
    lo, hi = sentence_span(article, quote)
    if lo <= start < hi:
        return (1, 0)
    if window is None:
        window = occasion_window(article, quote)
    if window <= start < quote.content.end:
        return (2, quote.content.start - start)  # the nearest before the quote first
    # a gathering the article's lead reports ("Putin, meeting Wang in Moscow on Wednesday,
    # said ..."): news leads name the occasion the later quotes come from; one reported
    # further down is as likely an earlier occasion the article recalls
    if occasion and event.modality == "happened" and start < _lead_end(article) and \
            ("source" in roles or event.type == "CONSULT"):
        return (3, 0)  # the rally's target or a protest's object did not speak there
    # "X told President Y that ...": said to Y, so at the article's meeting or call of the two
    # wherever the article reports it (the lead often quotes what its next paragraph sets)
    if occasion and event.modality == "happened" and _told_actor(article, quote, speaker, event):
        return (4, abs(start - quote.content.start))
    return None


_TOLD = frozenset({"told", "tells", "tell", "telling"})


def _told_actor(article: Article, quote, speaker: str, event) -> bool:
    """Whether ``quote``'s cue is "told" and the one told (the words after the cue, up to
    the quoted words or a clause break) names another actor of ``event`` by a name word."""
    if quote.cue is None:
        return False
    words = article.text[quote.cue.start:quote.cue.end].split()
    if not words or words[0].lower() not in _TOLD:
        return False
    at = article.sentence_index(quote.cue.start)
    end = quote.content.start if quote.content.start > quote.cue.end else \
        article.sentences[at][1] if at is not None else quote.cue.end
    told = article.text[quote.cue.end:min(end, quote.cue.end + 60)]
    for stop in (" that ", ",", ";", ":", "“", '"'):
        told = told.split(stop)[0]
    named = {word.strip(".") for word in told.split()}
    for actor in event.actors:
        name = actor.get("name") or ""
        if not name or name == speaker or same_speaker(speaker, name) or is_role(name):
            continue
        # any word of the name: a Chinese name puts the surname first ("Mr. Wang", Wang Yi)
        if any(len(word) > 2 and word[0].isupper() and word in named for word in name.split()):
            return True
    return False


# Modalities of an event a statement can be made at: not one planned, denied or doubted.
_SAID_MODALITIES = frozenset({"happened", "reported"})
def occasion_window(article: Article, quote) -> int:
    """Where the text that may name a quote's occasion starts (char offset): the paragraph
    before the quote's own, or the one before that when the quote goes on with its
    speaker's quote there ("He added: …"). (Following any run of paragraphs quoting one
    speaker further up linked more wrong events than right ones on the development quotes.)"""
    lo = paragraph_start(article.text, quote.content.start)
    window = paragraph_start(article.text, max(lo - 2, 0))
    if _goes_on(article, quote, window, lo):
        return paragraph_start(article.text, max(window - 2, 0))
    return window


def _goes_on(article: Article, quote, lo: int, hi: int) -> bool:
    """Whether ``quote`` carries on its speaker's quote in the paragraph [lo, hi) before
    it ("Mr. Sanders said. … \n He added: …"): it was said where that one was, so the
    text naming their occasion reaches one paragraph further back."""
    if quote.cue is None or not quote.speaker:
        return False
    words = article.text[quote.cue.start:quote.cue.end].lower().replace(":", " ").split()
    return bool(words) and words[0] in GOES_ON and any(
        q.speaker == quote.speaker and q.kind != "attitude" and lo <= q.content.start < hi
        for q in article.quotes)


def _shown_speaker(statement) -> str:
    """A statement's speaker as shown: the quotes stage's, or for an office ("Karsk's
    foreign minister", an entities-stage role mention in the source phrase) the person
    entity linking resolved it to across the story (``who``). A group or a description
    ("liberal groups", "a witness") stays as written: nominal joins are too loose to name
    a speaker."""
    who, article = statement.who, statement.article
    if not is_role(statement.speaker) or not who or is_role(who):
        return statement.speaker
    source = next((q.source for q in statement.parts if q.speaker and q.source), None)
    if source and any(m.kind == "role" and m.canonical == who
                      and source.start <= m.start < source.end for m in article.mentions):
        return who
    return statement.speaker


def _lead_end(article: Article) -> int:
    """End of the article's lead: the paragraph of its first sentence (the title line and
    furniture, which hold no sentence, come before it)."""
    if not article.sentences:
        return 0
    end = article.text.find("\n", article.sentences[0][0])
    return len(article.text) if end < 0 else end


def publication_key(article: Article) -> tuple:
    """Sort key of a canonical article order: dated first, by date, then by id."""
    return (article.published is None, article.published or "", article.id)


def one_reading(a: Optional[str], b: Optional[str]) -> bool:
    """Whether two outlets' speakers (str|None) of one quote say the same: the same words,
    or two names :func:`same_speaker` lets be one person. A role and a name do not: that
    "the interior minister" is "Carlos Medina" no outlet said (entity linking, which would
    have made the role that name, did not)."""
    if not a or not b:
        return a == b
    if a == b or name_words(a) == name_words(b):
        return True
    return not is_role(a) and not is_role(b) and same_speaker(a, b)


def speaker_readings(members: list) -> list:
    """Who the outlets say spoke a merged quote: [{"value", "articles", "outlets",
    "anonymous"}], one per speaker no other reading agrees with (:func:`one_reading`),
    the one most articles give first; an unknown speaker gives none.

    members (list[Statement]): the statements merged into one quote."""
    readings: list = []
    for m in members:
        name = m.who or m.speaker
        if not name:
            continue
        anonymous = m.who is None and any(q.anonymous for q in m.parts if q.speaker)
        home = next((r for r in readings if one_reading(r["value"], name)
                     or (anonymous and r["anonymous"])), None)  # two unnamed sources agree
        if home is None:
            home = {"value": name, "articles": [], "outlets": [], "anonymous": anonymous}
            readings.append(home)
        elif (not is_role(name), len(name)) > (not is_role(home["value"]), len(home["value"])):
            home["value"] = name  # the fullest name any outlet gave
        if m.article.id not in home["articles"]:
            home["articles"].append(m.article.id)
        if m.article.outlet and m.article.outlet not in home["outlets"]:
            home["outlets"].append(m.article.outlet)
    readings.sort(key=lambda r: -len(r["articles"]))
    return readings


def speaker_conflicts(readings: list, shown: Optional[str] = None) -> list:
    """The merged quote's conflicts (list[dict], MergedEvent's form): one "speaker"
    conflict when its articles credit it to two or more speakers (:func:`speaker_readings`),
    so that a quote shown under one name keeps visible that another outlet gave it to
    someone else, or to a role or an anonymous source no outlet tied to that name.
    shown (str|None): the speaker the quote is shown under, whose reading comes first."""
    if len(readings) < 2 or len({a for r in readings for a in r["articles"]}) < 2:
        return []  # one article's own two namings of one statement are no outlets' dispute
    ordered = sorted(readings, key=lambda r: not one_reading(r["value"], shown))
    return [{"field": "speaker", "values": [dict(r) for r in ordered]}]


def merge_quotes(articles: list, timeline: Optional[list] = None) -> list:
    """Quotes of all articles merged across outlets (list[MergedQuote]).

    articles (list[Article]): annotated articles (``Article.quotes`` set);
    timeline (list[MergedEvent]|None): merged events, to link each quote to the event
    it was said at.
    """
    merged = []
    events_by_article = index_timeline(timeline or [])
    summaries = {event.id: event.summary for event in timeline or []}
    marks: dict = {}  # article id -> ArticleMarks, made when a quote of it is first linked
    kept: list = []  # each merged quote's statements, side by side with ``merged``
    # greedy clustering and the first-member choices below read statements in order: a
    # canonical order (publication, then id) makes the result independent of the caller's
    for members in cluster(statements(sorted(articles, key=publication_key))):
        best = min(members, key=lambda m: (_KIND_RANK.get(m.kind, 3), -len(m.text)))
        # the fullest name any outlet gave ("Wang Yi" over "Wang"), a role only for want of
        # one; a name the entities stage chose among several people the source fits (the
        # statement's ``who`` is what was written) only for want of a sure one
        sure = [m for m in members if m.speaker and m.who == m.speaker] or members
        readings = speaker_readings(members)
        names = [r for r in readings if not r["anonymous"] and not is_role(r["value"])]
        if len(names) > 1:  # outlets name two people: the one more articles name is shown
            sure = [m for m in sure if one_reading(m.who or m.speaker, names[0]["value"])] or sure
        speaker = max((_shown_speaker(m) for m in sure if m.speaker),
                      key=lambda name: (not is_role(name), len(name)), default=None)
        own = [m for m in sure if one_reading(m.who or m.speaker, speaker)] or sure
        code = next((q.speaker_code for m in own for q in m.parts if q.speaker_code), None)
        story = members[0].article.story
        variants, seen = [], set()
        for m in members:
            if (m.text, m.article.id) not in seen:
                seen.add((m.text, m.article.id))
                variants.append({"text": m.text, "article": m.article.id})
        sources = [{"article": m.article.id, "outlet": m.article.outlet,
                    "char_start": q.content.start, "char_end": q.content.end}
                   for m in members for q in m.parts]
        merged.append(MergedQuote(
            id=_quote_id(story, speaker, best.text), speaker=speaker, speaker_code=code,
            text=best.text, variants=variants, sources=sources,
            event=_event_for(members, events_by_article, marks), kind=best.kind, story=story,
            occasion=setting_of(members, marks),
            anonymous=any(r["anonymous"] and r["value"] == speaker for r in readings),
            conflicts=speaker_conflicts(readings, speaker)))
        kept.append(members)
    unlink_other_media(merged, kept, timeline or [])
    link_named_settings(merged, kept, timeline or [], marks)
    carry_on(merged, kept, timeline or [])
    unlink_other_media(merged, kept, timeline or [])  # "he added in an interview" carried on
    for quote in merged:
        quote.event_summary = summaries.get(quote.event)  # the link read by what it says
    return merged
