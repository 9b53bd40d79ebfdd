"""The time stage: an article's publication date from its own text."""
from storyline.model import Actor, Article, Event, Furniture, Span
from storyline.time import annotate_times, extract_timexes, infer_corpus_dates
from storyline.time.published import infer_from_text

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


def test_a_month_this_year_written_with_its_year_elsewhere_gives_the_year():
    text = "The firm cut 300 jobs in January of this year. Its January 2011 figures showed a loss."
    assert (_infer(text).published, _infer(text).published_source) == ("2011", "inferred")
    text = "The firm cut 300 jobs in January last year. Its January 2011 figures showed a loss."
    assert _infer(text).published == "2012"
    # "may" the verb is no month, and a month this year with no year written gives nothing
    assert _infer("Prices may this year rise, as they did in May 2010.").published is None
    assert _infer("The firm cut 300 jobs in January of this year.").published is None


def test_dateline_day_with_a_year_anchor():
    text = ("NAIROBI, June 14 (Xinhua) --\nThe minister spoke on Sunday, June 14, about the "
            "floods. The bridge opened in 2014.")
    article = _infer(text)
    # of 2013-2015 (around the 2014 written), 14 June was a Sunday only in 2015
    assert article.published == "2015-06-14"
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


def test_old_dates_alone_never_date_an_article():
    # written years and yearless dates, but nothing that pins the year: no date, not today's
    text = "Profit rose in March 2001. The plant opened in 1998. Shares fell on Oct. 25."
    assert infer_from_text(text) is None
    article = annotate_times(Article(id="old", text=text))
    assert (article.published, article.published_source, article.published_evidence) == (None, None, None)
