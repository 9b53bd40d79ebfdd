"""The time stage: corpus anchoring (dates from story mates) and the seeds end to end."""
from pathlib import Path

from storyline.model import Actor, Article, Event, Span
from storyline.time import extract_timexes, infer_corpus_dates
from time_support import story_event

SEEDS = Path(__file__).resolve().parents[2] / "shared" / "seeds"


# ---- corpus inference ------------------------------------------------------------------

def _meeting(article_id, text, phrase, date_text, date=None, source="none"):
    return story_event(article_id, text, phrase, date_text, date, source, kind="CONSULT",
                       parties=(("Wang", "Wang Yi"), ("Putin", "Vladimir Putin")))


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


# ---- re-dating with the parse once the corpus dates an article --------------------------

_DATED = ("Chinese Foreign Minister Wang Yi held talks with Russian President Vladimir Putin "
          "in Moscow on Wednesday. Putin told Wang Yi that relations between Russia and China "
          "were reaching new frontiers.")
_UNDATED = ("Russian President Vladimir Putin met Chinese Foreign Minister Wang Yi in Moscow on "
            "Wednesday. Putin said on Thursday that Russia had signed a new gas deal with China. "
            "Wang Yi told Putin that relations between China and Russia were strong.")


def test_an_article_the_corpus_dates_is_re_dated_with_its_parse():
    from storyline.pipeline import Pipeline

    articles = [Article(id="a", text=_DATED, published="2023-02-24", published_source="metadata"),
                Article(id="b", text=_UNDATED)]
    dossier = Pipeline().process(articles, jobs=1)
    assert {a["id"]: a["published"] for a in dossier.articles} == {"a": "2023-02-24", "b": "2023-02-22"}
    signed = [e for e in dossier.timeline if any(
        _UNDATED[s["char_start"]:s["char_end"]].startswith("signed") for s in e.sources)]
    # "said on Thursday that Russia had signed": Thursday is the saying's day; the signing
    # came before it, on a day the text does not give (without the parse: Feb 16, wrong)
    assert len(signed) == 1 and signed[0].date is None
    meeting = [e for e in dossier.timeline if {s["article"] for s in e.sources} == {"a", "b"}]
    assert len(meeting) == 1 and meeting[0].date == "2023-02-22"


def test_the_parse_for_re_dating_is_dropped_afterwards():
    from storyline.time.corpus import reresolve
    from storyline.time.redate import parsed

    text = "Putin said on Thursday that Russia had signed a new gas deal."
    article = Article(id="c", text=text, sentences=[[0, len(text)]], published="2023-02-22")
    with parsed(article) as inside:
        assert inside.doc is not None and inside.doc.text == text
        assert [t.text for t in inside.doc][:3] == ["Putin", "said", "on"]
    assert article.doc is None
    # not English, or no sentences from the nlp stage: nothing to parse
    article.lang = "de"
    with parsed(article) as inside:
        assert inside.doc is None
    reresolve(article)
    assert article.doc is None


def _assault(article_id, text, phrase, date=None, date_text=None):
    start = text.index(phrase)
    return Event(article=article_id, trigger=Span(start, start + len(phrase), phrase),
                 sentence=Span(0, len(text), text), type="ASSAULT",
                 actors=[Actor(0, 5, "Karsk", "target", canonical="Karsk")],
                 date=date, date_text=date_text, date_source="timex" if date else "none")


def _undated_invasion(text):
    """An undated story-mate telling the invasion of Karsk with a yearless month."""
    undated = Article(id="u", text=text, sentences=[[0, len(text)]], story="s")
    undated.timexes = extract_timexes(text, None, sentences=undated.sentences)
    undated.events = [_assault("u", text, "invasion")]
    return undated


def _invasion_mate():
    """A dated story-mate that writes the invasion as February of 2022."""
    text = "A year ago, in February 2022, the invasion of Karsk began."
    invasion = Article(id="b", text=text, published="2023-02-22", published_source="metadata", story="s",
                       sentences=[[0, len(text)]])
    invasion.events = [_assault("b", text, "invasion", "2022-02", "February 2022")]
    return invasion


def test_a_month_of_last_year_takes_its_year_from_the_story_mate_telling_it_most_alike():
    from storyline.time.corpus import year_from_story

    undated = _undated_invasion("Ties grew closer after the invasion of Karsk in February last year.")
    # a war in Karsk a story-mate dates "Tuesday", February 21, 2023: another act, by weekday
    war_text = "The war in Karsk went on on Tuesday."
    war = Article(id="a", text=war_text, published="2023-02-22", published_source="metadata", story="s",
                  sentences=[[0, len(war_text)]])
    war.events = [_assault("a", war_text, "war", "2023-02-21", "Tuesday")]
    # the invasion itself, which another story-mate writes as February of 2022
    invasion = _invasion_mate()
    year, other, _theirs, _timex = year_from_story(undated, [war, invasion])
    assert (year, other.id) == (2023, "b")


def test_a_month_of_this_year_takes_no_year_from_a_story_mate():
    # "February this year" names the article's own year: a story-mate's February of 2022
    # says nothing of when it was written (the pattern is shared with "last year")
    from storyline.time.corpus import year_from_story

    undated = _undated_invasion("Ties grew closer after the invasion of Karsk in February this year.")
    invasion = _invasion_mate()
    assert year_from_story(undated, [invasion]) is None
