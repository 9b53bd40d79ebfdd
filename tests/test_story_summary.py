"""Story summaries: a short cited account of each story (storyline.report.story_summary).

The sample-corpus expectations are written by hand from the sample articles and
storyline/data/sample/EXPECTED.md; the invented two-article story tests tense and the
conflict line with values chosen here.
"""
from __future__ import annotations

import json
import re

import pytest
from typer.testing import CliRunner

from storyline.report.markdown import timeline_markdown
from storyline.report.story_summary import (
    date_phrase,
    date_span,
    narrate,
    past_tense,
    summarize_story,
    summary_text,
)

BELOZAR = "mp-2024-03-11-petrovan-belozar"
TRAWLER = "mp-2024-04-02-trawler-detained"
ILMA = "nt-2024-02-27-ilma-accord-signed"
DEFENCE = "mp-2024-03-18-karsk-defence-minister"


# ---- the grammar, on plain strings ---------------------------------------------------------


@pytest.mark.parametrize("verb, past", [
    ("meet", "met"), ("sign", "signed"), ("agree", "agreed"), ("deny", "denied"),
    ("ban", "banned"), ("hold", "held"), ("summon", "summoned"), ("admit", "admitted"),
    ("visit", "visited"), ("fly", "flew"), ("play", "played"),
    # one table of verb forms (storyline/data/irregular_verbs.tsv) for events and stories
    ("withdraw", "withdrew"), ("beat", "beat"), ("hang", "hanged"), ("lie", "lied"),
    ("stab", "stabbed"), ("seek", "sought")])
def test_past_tense(verb, past):
    assert past_tense(verb) == past


@pytest.mark.parametrize("summary, modality, subject, told", [
    ("Wang Yi meets Vladimir Putin in Moscow", "happened", True, "Wang Yi met Vladimir Putin in Moscow"),
    ("Veloria and Aldera agree", "happened", True, "Veloria and Aldera agreed"),
    ("Aldera summons the ambassador", "happened", True, "Aldera summoned the ambassador"),
    ("Pellan's coast guard detains a trawler", "happened", True, "Pellan's coast guard detained a trawler"),
    ("Aldera protests against the detention", "happened", True, "Aldera protested against the detention"),
    ("Maren Holt to hold talks with Oleg Stavrin", "planned", True,
     "Maren Holt is to hold talks with Oleg Stavrin"),
    ("Maren Holt and Oleg Stavrin to sign a treaty", "planned", True,
     "Maren Holt and Oleg Stavrin are to sign a treaty"),
    ("Karsk does not discuss an exercise", "denied", True, "Karsk did not discuss an exercise"),
    ("China reportedly sends arms to Russia", "reported", True, "China reportedly sent arms to Russia"),
    ("Karsk should release the crew", "uncertain", True, "Karsk should release the crew"),
    ("Karsk may release the crew", "uncertain", True, "Karsk may release the crew"),
    ("holds talks with Kasimir Orlan", "happened", False, None),  # no subject: not told
])
def test_narrate_turns_summaries_into_an_account(summary, modality, subject, told):
    assert narrate(summary, modality, subject) == told


def test_dates_say_their_granularity():
    assert date_phrase("2023-02-22") == "on 22 February 2023"
    assert date_phrase("2023-03") == "in March 2023"
    assert date_phrase("2023") == "in 2023"
    assert date_phrase(None) is None and date_phrase("2023-W12") is None
    assert date_span("2024-02-19", "2024-02-28") == "19–28 February 2024"
    assert date_span("2024-02-28", "2024-03-03") == "28 February – 3 March 2024"
    assert date_span("2023-12-30", "2024-01-02") == "30 December 2023 – 2 January 2024"


# ---- an invented two-article story ---------------------------------------------------------


def _source(article, outlet, sentence, start, date_text=None):
    return {"article": article, "outlet": outlet, "sentence": sentence,
            "char_start": start, "char_end": start + 3, "date_text": date_text}


INVENTED_STORY = {"id": "s1", "title": "Brel visits Ostrava", "articles": ["a1", "a2"],
                  "first": "2024-05-06", "last": "2024-05-07", "entities": ["Anya Brel", "Tomas Hald"]}
INVENTED_ARTICLES = {"a1": {"id": "a1", "outlet": "Daily Meridian"},
                     "a2": {"id": "a2", "outlet": "Northern Courier"}}
MEETING = {
    "id": "ev1", "date": "2024-05-06", "date_range": None, "type": "CONSULT", "cameo": "040",
    "modality": "happened", "summary": "Anya Brel meets Tomas Hald in Ostrava",
    "actors": [{"name": "Anya Brel", "role": "source", "code": None},
               {"name": "Tomas Hald", "role": "target", "code": None}],
    "location": "Ostrava",
    "sources": [_source("a1", "Daily Meridian", "Anya Brel met Tomas Hald in Ostrava on Monday.", 10, "Monday"),
                _source("a2", "Northern Courier", "Brel and Hald met on Tuesday in Ostrava.", 40, "Tuesday")],
    "conflicts": [{"field": "date", "values": [
        {"value": "2024-05-06", "articles": ["a1"], "outlets": ["Daily Meridian"]},
        {"value": "2024-05-07", "articles": ["a2"], "outlets": ["Northern Courier"]}]}]}
PLAN = {
    "id": "ev2", "date": "2024-06", "date_range": None, "type": "AGREE", "cameo": "057",
    "modality": "planned", "summary": "Anya Brel to sign a trade accord with Tomas Hald",
    "actors": [{"name": "Anya Brel", "role": "source", "code": None},
               {"name": "Tomas Hald", "role": "target", "code": None}],
    "location": None,
    "sources": [_source("a2", "Northern Courier", "Brel will sign a trade accord with Hald in June.", 90)],
    "conflicts": []}
STATEMENT = {
    "id": "ev3", "date": None, "date_range": None, "type": "STATEMENT", "cameo": "010",
    "modality": "happened", "summary": "Tomas Hald comments", "actors":
    [{"name": "Tomas Hald", "role": "source", "code": None}], "location": None,
    "sources": [_source("a1", "Daily Meridian", "Hald commented.", 200)], "conflicts": []}
QUOTE = {"id": "q1", "speaker": "Tomas Hald", "speaker_code": None, "kind": "direct",
         "text": "Our doors are open", "variants": [{"text": "Our doors are open", "article": "a1"},
                                                    {"text": "our doors are open to you", "article": "a2"}],
         "sources": [{"article": "a1", "outlet": "Daily Meridian", "char_start": 120, "char_end": 138},
                     {"article": "a2", "outlet": "Northern Courier", "char_start": 60, "char_end": 85}]}
LONE_QUOTE = {"id": "q2", "speaker": "Anya Brel", "speaker_code": None, "kind": "direct",
              "text": "We came to listen", "variants": [{"text": "We came to listen", "article": "a2"}],
              "sources": [{"article": "a2", "outlet": "Northern Courier", "char_start": 150, "char_end": 167}]}


@pytest.fixture(scope="module")
def invented():
    return summarize_story(INVENTED_STORY, [PLAN, STATEMENT, MEETING], [LONE_QUOTE, QUOTE], INVENTED_ARTICLES)


def test_invented_story_lead_events_quote_and_conflict(invented):
    texts = [s["text"] for s in invented["sentences"]]
    kinds = [s["kind"] for s in invented["sentences"]]
    assert kinds == ["lead", "event", "event", "quote", "conflict"]
    assert texts[0] == "“Brel visits Ostrava”: 2 articles from 2 outlets, 6–7 May 2024, about Anya Brel and Tomas Hald"
    # date order, past tense for what happened, "is to" for the plan; the undated event is left out
    assert texts[1] == "On 6 May 2024, Anya Brel met Tomas Hald in Ostrava"
    assert texts[2] == "In June 2024, Anya Brel is to sign a trade accord with Tomas Hald"
    # the quote two outlets carry wins over the one that one outlet carries
    assert texts[3] == "Tomas Hald said: “Our doors are open”"
    assert texts[4] == ("Outlets differ on the date of “Anya Brel meets Tomas Hald in Ostrava”: "
                        "Daily Meridian says 6 May 2024; Northern Courier 7 May 2024")


def test_invented_story_citations_number_evidence_once(invented):
    cites = {s["kind"]: s["cites"] for s in invented["sentences"]}
    notes = {n["n"]: n for n in invented["citations"]}
    assert [s["cites"] for s in invented["sentences"] if s["kind"] == "event"] == [[1, 2], [3]]
    assert notes[1]["article"] == "a1" and notes[1]["sentence"] == "Anya Brel met Tomas Hald in Ostrava on Monday."
    assert notes[2]["outlet"] == "Northern Courier" and notes[2]["char_start"] == 40
    assert cites["quote"] == [4, 5] and notes[5]["sentence"] == "our doors are open to you"
    assert cites["conflict"] == [1, 2]  # the meeting's sources keep their numbers
    assert invented["text"].startswith("“Brel visits Ostrava”")
    assert "On 6 May 2024, Anya Brel met Tomas Hald in Ostrava [1][2]." in invented["text"]
    assert "[5] Northern Courier, article a2, chars 60–85: “our doors are open to you”" in summary_text(invented)


def test_markdown_shares_the_summary_numbering(invented):
    md = timeline_markdown([MEETING, PLAN, STATEMENT], "Brel visits Ostrava", invented)
    assert "## Summary" in md and "Ostrava[^1][^2]." in md
    # the timeline's line for the meeting cites the summary's footnotes, not new ones
    meeting_line = next(line for line in md.splitlines() if line.startswith("- **2024-05-06**"))
    assert meeting_line.endswith("[^1][^2]")
    statement_line = next(line for line in md.splitlines() if line.startswith("- **undated**"))
    assert statement_line.endswith("[^6]")
    assert md.count("[^1]:") == 1 and "[^6]: Daily Meridian" in md


def test_story_with_nothing_dated_says_so():
    summary = summarize_story(INVENTED_STORY, [STATEMENT], [], INVENTED_ARTICLES)
    assert [s["text"] for s in summary["sentences"]][1] == "No event of this story has both a date and a named actor"
    assert summary["citations"] == []


# ---- the bundled sample corpus, through the real pipeline ----------------------------------


@pytest.fixture(scope="module")
def sample_db(tmp_path_factory):
    from storyline.config import Config
    from storyline.data import sample_paths
    from storyline.ingest_service import ingest_paths
    from storyline.store import open_store

    path = str(tmp_path_factory.mktemp("summary") / "sample.db")
    with open_store(path) as store:
        ingest_paths([str(p) for p in sample_paths()], store, Config(), jobs=1)
    return path


@pytest.fixture(scope="module")
def sample(sample_db):
    """story id -> (story, summary, {article id: Article}, {event id: merged event}) per sample story."""
    from storyline.store import open_store

    out = {}
    with open_store(sample_db) as store:
        summaries = {a["id"]: a for a in store.article_summaries()}
        for story in store.stories():
            summary = summarize_story(story, store.timeline(story=story["id"]),
                                      store.quotes(story=story["id"]), summaries)
            out[story["id"]] = (story, summary, {a: store.article(a) for a in story["articles"]},
                                {e["id"]: e for e in store.timeline(story=story["id"])})
    return out


def _story_with(sample, article_id):
    return next(v for v in sample.values() if article_id in v[0]["articles"])


def _sentence(summary, *words):
    found = [s for s in summary["sentences"] if all(w in s["text"] for w in words)]
    assert found, (words, [s["text"] for s in summary["sentences"]])
    return found[0]


def _cited_articles(summary, sentence):
    return {summary["citations"][n - 1]["article"] for n in sentence["cites"]}


def test_belozar_story_tells_the_talks_and_the_date_conflict(sample):
    story, summary, _, _ = _story_with(sample, BELOZAR)
    lead = summary["sentences"][0]["text"]
    # the northgate text names no outlet: four outlets and one unnamed source
    assert "5 articles from 4 outlets and 1 unnamed source" in lead and "11–15 March 2024" in lead
    talks = _sentence(summary, "On 14 March 2024", "Petrovan")
    assert "Valen" in talks["text"]
    # four outlets and the northgate text carry the meeting: three of them are cited
    assert len(_cited_articles(summary, talks)) == 3 and _cited_articles(summary, talks) <= set(story["articles"])
    # Coastline Gazette says Wednesday 13 March, the others Thursday 14 March (EXPECTED.md)
    conflict = _sentence(summary, "Outlets differ on the date")
    assert "Coastline Gazette 13 March 2024" in conflict["text"] and " say 14 March 2024;" in conflict["text"]
    assert "cg-2024-03-15-karsk-veloria-thaw" in _cited_articles(summary, conflict)


def test_trawler_story_tells_detention_and_summons_in_date_order(sample):
    _, summary, _, _ = _story_with(sample, TRAWLER)
    detained = _sentence(summary, "detained", "trawler")
    summons = _sentence(summary, "Aldera summoned the ambassador")
    events = [s for s in summary["sentences"] if s["kind"] == "event"]
    assert events.index(detained) <= events.index(summons)
    assert TRAWLER in _cited_articles(summary, detained)
    # the Northgate Times page and the Lindholm text both report the summons
    assert "Northgate Times" in {summary["citations"][n - 1]["outlet"] for n in summons["cites"]}
    assert len(summons["cites"]) == 2
    # every outlet dates the detention to Tuesday 2 April (Lindholm: "on Wednesday, a day after
    # the vessel was seized"); they differ on the crew: 12 (Meridian Post, Harbor Daily Wire) vs 14
    assert "On 2 April 2024" in detained["text"]
    assert not [s for s in summary["sentences"] if "Outlets differ on the date" in s["text"]]
    differ = _sentence(summary, "Outlets differ on the number of crew members")["text"]
    assert "say 12 crew members" in differ and "14 crew members" in differ


def test_ilma_and_defence_stories(sample):
    _, ilma, _, _ = _story_with(sample, ILMA)
    signed = _sentence(ilma, "On 27 February 2024", "signed an accord")
    assert ILMA in _cited_articles(ilma, signed)
    assert "19–28 February 2024" in ilma["sentences"][0]["text"]
    _, defence, _, _ = _story_with(sample, DEFENCE)
    dismissed = _sentence(defence, "On 18 March 2024, Oleg Stavrin dismissed Pavel Orin")
    assert DEFENCE in _cited_articles(defence, dismissed)
    quote = next(s for s in defence["sentences"] if s["kind"] == "quote")
    assert quote["text"] == "Oleg Stavrin said: “The armed forces need new energy”"


def _squash(text):
    return re.sub(r"\s+", " ", text).strip()


def n_quote(summary, n):
    """Whether note ``n`` is cited only by the summary's quote sentence."""
    return all(s["kind"] == "quote" for s in summary["sentences"] if n in s["cites"])


def test_every_citation_points_into_its_story_at_a_supporting_sentence(sample):
    checked = 0
    for story, summary, articles, events_by_id in sample.values():
        events = [s for s in summary["sentences"] if s["kind"] == "event"]
        assert 3 <= len(events) <= 5, story["id"]
        dates = [events_by_id[e["event"]]["date"] for e in events]
        # told in date order; a date known only to its year or month comes after the days
        # told within it ("2024" after "2024-03-18"), never before them
        assert all(not later.startswith(earlier) for i, earlier in enumerate(dates)
                   for later in dates[i + 1:] if len(earlier) < len(later)), (story["id"], dates)
        assert [d[:10] for d in dates if len(d) >= 10] == sorted(d[:10] for d in dates if len(d) >= 10)
        for note in summary["citations"]:
            assert note["article"] in story["articles"], (story["id"], note)
            text = articles[note["article"]].text
            span = text[note["char_start"]:note["char_end"]]
            if n_quote(summary, note["n"]):  # a quote's note gives that article's wording
                assert " ".join(note["sentence"].lower().split()[:3]) in _squash(span).lower(), note
            else:
                assert span.strip() and _squash(span) in note["sentence"], note
                assert note["sentence"] in _squash(text), note
            checked += 1
        for sentence in events:  # each citation is one of the told event's own evidence records
            sources = {(x["article"], x["char_start"], x["char_end"]): x
                       for x in events_by_id[sentence["event"]]["sources"]}
            assert sentence["cites"], sentence
            for n in sentence["cites"]:
                note = summary["citations"][n - 1]
                source = sources[(note["article"], note["char_start"], note["char_end"])]
                assert note["sentence"] == _squash(source["sentence"])
    assert checked >= 20


def test_cli_story_command_prints_the_summary(sample_db, sample):
    from storyline.cli import app

    story, _, _, _ = _story_with(sample, DEFENCE)
    runner = CliRunner()
    text = runner.invoke(app, ["story", story["id"], "--db", sample_db])
    assert text.exit_code == 0, text.output
    assert "On 18 March 2024, Oleg Stavrin dismissed Pavel Orin [" in text.output
    assert "The Meridian Post, article mp-2024-03-18-karsk-defence-minister, chars" in text.output
    as_json = runner.invoke(app, ["story", story["id"], "--db", sample_db, "--format", "json"])
    assert json.loads(as_json.output)["sentences"][0]["kind"] == "lead"
    md = runner.invoke(app, ["story", story["id"], "--db", sample_db, "-f", "md"])
    assert "## Summary" in md.output and "## Dated events" in md.output
    missing = runner.invoke(app, ["story", "no-such-story", "--db", sample_db])
    assert missing.exit_code == 1


def test_api_story_bundle_has_the_summary(sample_db, sample):
    from fastapi.testclient import TestClient

    from storyline.serve import create_app

    story, summary, _, _ = _story_with(sample, TRAWLER)
    with TestClient(create_app(sample_db)) as client:
        body = client.get(f"/api/stories/{story['id']}").json()
        page = client.get(f"/stories/{story['id']}").text
    assert body["summary"] == summary
    assert "story" in body and "timeline" in body  # the bundle's other keys stay
    assert page.index('id="summary"') < page.index('id="timeline"')
    first = summary["citations"][0]
    assert (f'href="/articles/{first["article"]}?hl_start={first["char_start"]}'
            f'&amp;hl_end={first["char_end"]}#evidence"') in page


def test_bare_events_wavering_texts_and_unnamed_outlets_are_left_out():
    bare = {**PLAN, "id": "ev4", "date": "2024-05-05", "modality": "happened", "type": "CONSULT",
            "summary": "Tomas Hald meets", "actors": [{"name": "Tomas Hald", "role": "source", "code": None}]}
    wavering = {**MEETING, "conflicts": [{"field": "date", "values": [
        {"value": "2024-05-06", "articles": ["a1"], "outlets": []},
        {"value": "2024-05-07", "articles": ["a1", "a2"], "outlets": []}]}]}
    long_quote = {**QUOTE, "text": "Our doors are open to every trader. We will not close them again, "
                                   "whatever happens at the border"}
    unnamed = {"a1": {"id": "a1", "outlet": None}, "a2": {"id": "a2", "outlet": None}}
    summary = summarize_story(INVENTED_STORY, [bare, wavering], [long_quote], unnamed)
    texts = [s["text"] for s in summary["sentences"]]
    assert texts[0].startswith("“Brel visits Ostrava”: 2 articles, 6–7 May 2024")  # no outlet named
    assert not any("Tomas Hald met" in t for t in texts)  # "Tomas Hald meets" alone says nothing
    assert not any(t.startswith("Outlets differ") for t in texts)  # a1 is on both sides
    assert texts[-1] == "Tomas Hald said: “Our doors are open to every trader …”"


def test_background_events_rank_after_the_storys_own():
    articles = {a: {"id": a, "outlet": o} for a, o in (("a1", "Daily A"), ("a2", "Daily B"), ("a3", "Daily C"))}

    def event(eid, date, summary, type_, sources):
        actors = [{"name": n, "role": r} for n, r in (("Norland", "source"), ("Estmark", "target"))]
        return {"id": eid, "date": date, "date_range": None, "summary": summary, "type": type_,
                "modality": "happened", "actors": actors,
                "sources": [{"article": a, "sentence": "x", "char_start": 0, "char_end": 1} for a in sources]}

    war = event("e1", "2019-05", "Norland attacks Estmark", "ASSAULT", ["a1", "a2", "a3"])  # recalled by all three
    talks = event("e2", "2024-03-12", "Norland meets Estmark in Kaldera", "CONSULT", ["a1"])
    story = {"id": "s", "title": "Talks", "articles": ["a1", "a2", "a3"], "first": "2024-03-11",
             "last": "2024-03-13", "entities": ["Norland", "Estmark"]}
    one = summarize_story(story, [war, talks], [], articles, max_events=1)
    assert [s["event"] for s in one["sentences"] if s["kind"] == "event"] == ["e2"]
    # with room for both, the background is told too, in date order
    two = summarize_story(story, [war, talks], [], articles, max_events=2)
    assert [s["event"] for s in two["sentences"] if s["kind"] == "event"] == ["e1", "e2"]
    assert "In May 2019, Norland attacked Estmark" in two["text"]


def test_one_fact_merged_twice_is_told_once():
    # two merged records of one meeting (same type, day and a shared actor): the account
    # tells the one that scores higher and keeps the room for another fact
    talks = {**MEETING, "id": "ev5", "summary": "Anya Brel holds talks with Tomas Hald",
             "sources": [_source("a2", "Northern Courier", "Brel held talks with Hald.", 300)],
             "conflicts": []}
    summary = summarize_story(INVENTED_STORY, [MEETING, talks, PLAN], [], INVENTED_ARTICLES)
    events = [s["event"] for s in summary["sentences"] if s["kind"] == "event"]
    assert events == ["ev1", "ev2"]


def test_background_reads_the_end_of_an_events_date_range():
    from storyline.report.story_summary import is_background
    # "in 2019" narrowed to its first quarter ended six weeks before the story's first article;
    # the year alone (to 31 December) did not
    spring = {"date": "2019", "date_range": ["2019-01-01", "2019-03-31"]}
    assert is_background(spring, "2019-05-15")
    assert not is_background({"date": "2019", "date_range": None}, "2019-05-15")
    assert not is_background({"date": "2019-05-01", "date_range": None}, "2019-05-15")
    assert not is_background(spring, None)


def test_an_article_with_no_outlet_is_told_as_an_unnamed_source():
    from storyline.report.story_summary import lead_sentence
    articles = {"a1": {"outlet": "Daily Meridian"}, "a2": {"outlet": "Northern Courier"},
                "a3": {"outlet": None}}
    story = {"id": "s1", "title": "Brel visits Ostrava", "articles": ["a1", "a2", "a3"],
             "first": "2024-05-06", "last": "2024-05-07"}
    lead = lead_sentence(story, articles, [])
    assert lead.startswith("“Brel visits Ostrava”: 3 articles from 2 outlets and 1 unnamed source,")
    # every outlet named: no unnamed source is said
    articles["a3"]["outlet"] = "Evening Post"
    assert "3 articles from 3 outlets, " in lead_sentence(story, articles, [])


def test_a_long_quote_is_cut_where_a_phrase_ends():
    from storyline.report.story_summary import quote_sentence
    text = ("the ministers would discuss transit fees for the new pipeline, the reopening of "
            "two consulates in the border city, and preparations for a meeting between their "
            "presidents later in the year.")
    said = quote_sentence({"speaker": "Irena Dallo", "text": text, "kind": "indirect"})
    assert said == ("Irena Dallo said the ministers would discuss transit fees for the new "
                    "pipeline, the reopening of two consulates in the border city …")
    # with no comma to cut at, no word that opens a phrase is left hanging
    words = " ".join(["more"] * 27 + ["talks", "between", "the", "two", "leaders"])
    said = quote_sentence({"speaker": "Irena Dallo", "text": words, "kind": "direct"})
    assert said == "Irena Dallo said: “" + " ".join(["more"] * 27) + " talks …”"


def test_a_summary_set_after_its_date_lowers_an_opening_determiner():
    from storyline.report.story_summary import pick_events
    event = {**MEETING, "summary": "The two ministers meet Tomas Hald in Ostrava"}
    articles = {"a1": {"id": "a1", "outlet": "Daily Meridian"}, "a2": {"id": "a2", "outlet": "Evening Post"}}
    ((_, sentence),) = pick_events([event], set(), articles)
    assert sentence.endswith(", the two ministers met Tomas Hald in Ostrava")
    named = {**MEETING, "summary": "Anya Brel meets Tomas Hald in Ostrava"}
    ((_, sentence),) = pick_events([named], set(), articles)
    assert sentence.endswith(", Anya Brel met Tomas Hald in Ostrava")
