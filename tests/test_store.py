"""Storage: SQLite and PostgreSQL, one behaviour (every test runs on both backends)."""
from __future__ import annotations

import sqlite3
import threading
import uuid
from pathlib import Path

import pytest

from storyline.errors import IngestError, StoreError
from storyline.model import (Actor, Article, Dossier, Entity, Event, Furniture, MergedEvent,
                             MergedQuote, Mention, Quote, Span, Story, Timex)
from storyline.store import open_store, rows, schema
from storyline.store.sqlite import SQLiteStore

SEEDS = Path(__file__).resolve().parents[2] / "shared" / "seeds"

TEXT = ("Lavrov met Wang Yi in Moscow on Wednesday.\n"
        "“We are strong partners,” Wang said — après the talks.\n")
# offsets by hand:  Lavrov 0-6, met 7-10, Wang Yi 11-18, Moscow 22-28, Wednesday 32-41,
# sentence 1: 0-42; sentence 2: 43-97; quote content 44-67; Wang (speaker) 69-73; said 74-78


def rich_article(article_id: str = "a1") -> Article:
    """An article with every layer and every optional field set to a non-default value."""
    return Article(
        id=article_id, text=TEXT, title="Lavrov and Wang", outlet="Example Times",
        url="https://example.org/a1", path="/in/a1.txt", published="2023-02-22",
        published_source="metadata", published_evidence={"source": "meta", "confidence": 0.9},
        lang="en", meta={"section": "world", "tags": ["russia", "china"], "n": 3},
        content_hash="h-" + article_id, near_duplicates=["b7"], story="s1",
        warnings=["W001 not valid UTF-8; decoded as cp1252"],
        body=[[0, 98]], furniture=[Furniture(98, 98, "", "other")],
        sentences=[[0, 42], [43, 97]],
        timexes=[Timex(32, 41, "Wednesday", value="2023-02-22", granularity="day",
                       range=["2023-02-22", "2023-02-22"], anchor="publication",
                       confidence=0.75, sentence=0, tense="past")],
        mentions=[Mention(0, 6, "Lavrov", "PERSON", canonical="Sergey Lavrov", code="RUSGOV",
                          sentence=0, entity_type="PERSON"),
                  Mention(11, 18, "Wang Yi", "PERSON", canonical="Wang Yi", code="CHNGOV",
                          sentence=0),
                  Mention(69, 73, "Wang", "PERSON", canonical="Wang Yi", kind="name", sentence=1)],
        events=[Event(article=article_id, trigger=Span(7, 10, "met"),
                      sentence=Span(0, 42, TEXT[0:42]), type="CONSULT", mode="meet", cameo="040",
                      goldstein=1.0, modality="happened",
                      actors=[Actor(0, 6, "Lavrov", "source", "Sergey Lavrov", "RUSGOV"),
                              Actor(11, 18, "Wang Yi", "target", "Wang Yi", "CHNGOV")],
                      location=Span(22, 28, "Moscow"), location_name="Moscow",
                      date="2023-02-22", date_range=["2023-02-22", "2023-02-22"],
                      date_text="Wednesday", date_source="timex", date_confidence=0.4,
                      summary="Lavrov met Wang Yi")],
        quotes=[Quote(article=article_id, content=Span(44, 67, TEXT[44:67]), kind="direct",
                      source=Span(69, 73, "Wang"), cue=Span(74, 78, "said"), speaker="Wang Yi",
                      speaker_code="CHNGOV", anonymous=True, carrier="Xinhua", sentence=1,
                      group="g1")],
    )


def test_hand_offsets_are_right():
    # guards the fixture itself: the spans above must cut the words they name
    assert TEXT[0:6] == "Lavrov" and TEXT[7:10] == "met" and TEXT[11:18] == "Wang Yi"
    assert TEXT[22:28] == "Moscow" and TEXT[32:41] == "Wednesday"
    assert TEXT[44:67] == "We are strong partners," and TEXT[69:73] == "Wang"
    assert TEXT[74:78] == "said" and len(TEXT) == 98


def test_article_round_trip(store):
    article = rich_article()
    assert store.add_article(article) is True
    [loaded] = list(store.load_articles())
    assert loaded.to_dict() == article.to_dict()
    assert store.article("a1").to_dict() == article.to_dict()
    assert store.article("nope") is None
    assert store.has_article("a1") and not store.has_article("a2")
    assert store.count_articles() == 1
    assert store.find_by_hash("h-a1") == "a1" and store.find_by_hash("h-zz") is None
    assert store.article_summaries() == [{
        "id": "a1", "path": "/in/a1.txt", "title": "Lavrov and Wang", "outlet": "Example Times",
        "url": "https://example.org/a1", "published": "2023-02-22",
        "published_source": "metadata", "published_evidence": {"source": "meta", "confidence": 0.9},
        "story": "s1", "chars": 98, "lang": "en", "duplicate_of": None}]


def test_minimal_article_round_trip(store):
    article = Article(id="bare", text="x")
    store.add_article(article)
    assert store.article("bare").to_dict() == article.to_dict()


def test_insertion_order_and_id_subsets(store):
    for article_id in ["z", "a", "m"]:
        store.add_article(Article(id=article_id, text=f"text of {article_id}"))
    assert [a.id for a in store.load_articles()] == ["z", "a", "m"]
    assert [a.id for a in store.load_articles(["m", "z", "missing"])] == ["z", "m"]
    assert [s["id"] for s in store.article_summaries()] == ["z", "a", "m"]


def test_seed_articles_keep_their_text_and_offsets(store):
    paths = sorted(SEEDS.glob("*.txt"))
    assert len(paths) == 5
    for path in paths:
        text = path.read_text("utf-8")
        start = text.index("Wang")
        store.add_article(Article(id=path.stem, text=text, path=str(path),
                                  mentions=[Mention(start, start + 4, "Wang", "PERSON")]))
    for path, loaded in zip(paths, store.load_articles()):
        assert loaded.text == path.read_text("utf-8")
        mention = loaded.mentions[0]
        assert loaded.text[mention.start:mention.end] == "Wang"
    assert store.count_articles() == 5


def test_fields_without_a_column_travel_in_extra():
    # a field added to the model later has no column yet; it must still come back
    item = {"start": 3, "end": 8, "text": "Putin", "type": "PERSON", "future_field": [1, "x"]}
    row = rows.layer_row("mentions", "a1", 0, item)
    columns = ["article_id", "idx", *rows.layer_columns("mentions")]
    loaded = rows.layer_item("mentions", dict(zip(columns, row)))
    assert loaded["future_field"] == [1, "x"] and loaded["text"] == "Putin"
    assert loaded["canonical"] is None


def test_an_event_owned_by_another_article_keeps_its_owner(store):
    article = rich_article("a9")
    article.events[0].article = "elsewhere"
    store.add_article(article)
    assert store.article("a9").events[0].article == "elsewhere"


def test_re_adding_an_id_changes_nothing(store):
    assert store.add_article(rich_article()) is True
    changed = rich_article()
    changed.title = "another title"
    changed.mentions = changed.mentions[:1]
    assert store.add_article(changed) is False
    assert store.count_articles() == 1
    loaded = store.article("a1")
    assert loaded.title == "Lavrov and Wang"
    assert len(loaded.mentions) == 3


def test_replace_and_delete(store):
    store.add_article(rich_article())
    store.add_signature("a1", b"sig")
    newer = rich_article()
    newer.title, newer.mentions, newer.events = "re-annotated", newer.mentions[:1], []
    store.replace_article(newer)
    loaded = store.article("a1")
    assert loaded.title == "re-annotated" and len(loaded.mentions) == 1 and loaded.events == []
    assert loaded.to_dict() == newer.to_dict()
    broken = rich_article()
    broken.timexes.append(Timex(-1, 2, "bad"))  # violates the offset check
    with pytest.raises(StoreError):
        store.replace_article(broken)
    assert store.article("a1").to_dict() == newer.to_dict()  # the failed replace undid itself
    assert store.delete_article("a1") is True
    assert store.delete_article("a1") is False
    assert store.count_articles() == 0 and list(store.signatures()) == []
    # the layers went with the article: the same id can be stored afresh
    assert store.add_article(rich_article()) is True
    assert len(store.article("a1").mentions) == 3


def test_a_failing_layer_leaves_no_trace(store):
    broken = rich_article("bad")
    broken.mentions.append(Mention(10, 4, "backwards", "PERSON"))  # end before start
    with pytest.raises(StoreError, match="'bad'"):
        store.add_article(broken)
    assert not store.has_article("bad")
    assert store.count_articles() == 0
    assert list(store.load_articles()) == []
    # nothing half-written blocks a later, valid write of the same id
    assert store.add_article(rich_article("bad")) is True
    assert len(store.article("bad").mentions) == 3


def test_migrations_run_once_and_record_their_version(store_url):
    with open_store(store_url) as first:
        assert first.schema_version() == 5
        first.add_article(Article(id="keep", text="kept across opens"))
    with open_store(store_url) as second:  # opening again must neither fail nor reset
        assert second.schema_version() == 5
        assert second.article("keep").text == "kept across opens"
        versions = second._query("SELECT version, name FROM schema_version ORDER BY version")
        index_names = ("SELECT name FROM sqlite_master WHERE type = 'index'" if second.dialect == "sqlite"
                       else "SELECT indexname AS name FROM pg_indexes")
        assert "quotes_merged_speaker_folded" in {r["name"] for r in second._query(index_names)}
    assert versions == [{"version": 1, "name": "initial"}, {"version": 2, "name": "story_features"},
                        {"version": 3, "name": "quote_speaker_index"}, {"version": 4, "name": "entity_folds"},
                        {"version": 5, "name": "article_dating"}]


def test_a_new_migration_is_applied_once(store_url, tmp_path, monkeypatch):
    open_store(store_url).close()
    newer = tmp_path / "migrations"
    newer.mkdir()
    for path in schema.MIGRATIONS_DIR.glob("*.sql"):
        (newer / path.name).write_text(path.read_text("utf-8"), "utf-8")
    # not idempotent on purpose: running it twice would fail on the duplicate column
    (newer / "0006_article_note.sql").write_text(
        "-- a later step\nALTER TABLE articles ADD COLUMN note TEXT;\n", "utf-8")
    monkeypatch.setattr(schema, "MIGRATIONS_DIR", newer)
    for _ in range(2):
        with open_store(store_url) as store:
            assert store.schema_version() == 6
            assert store._query("SELECT note FROM articles") == []


def test_split_and_adapt_statements():
    sql = "-- heading\nCREATE TABLE a (x {JSON}); -- trailing\n\nCREATE INDEX i ON a (x);\n"
    statements = schema.split_statements(sql)
    assert statements == ["CREATE TABLE a (x {JSON})", "CREATE INDEX i ON a (x)"]
    assert schema.adapt(statements[0], {"JSON": "JSONB"}) == "CREATE TABLE a (x JSONB)"
    with pytest.raises(KeyError):
        schema.adapt("CREATE TABLE b (y {BLOB})", {"JSON": "TEXT"})


def test_signatures_and_errors(store):
    store.add_signature("a1", b"\x00\x01\xff")
    store.add_signature("a2", b"\x02")
    store.add_signature("a1", b"\x09")  # a newer signature replaces the old one
    assert sorted(store.signatures()) == [("a1", b"\x09"), ("a2", b"\x02")]
    store.record_error(IngestError(path="in/bad.jsonl", code="E004", message="malformed JSON",
                                   line=3))
    store.record_error(IngestError(path="in/empty.txt", code="E001", message="file is empty"))
    found = store.errors()
    assert [(e["path"], e["line"], e["code"], e["message"]) for e in found] == [
        ("in/bad.jsonl", 3, "E004", "malformed JSON"), ("in/empty.txt", None, "E001", "file is empty")]
    assert all(e["at"].startswith("20") for e in found)


def sample_dossier() -> Dossier:
    def event(event_id, date, date_range, actors, sources, story=None):
        return MergedEvent(id=event_id, date=date, date_range=date_range, type="CONSULT",
                           cameo="040", modality="happened", summary=f"summary {event_id}",
                           actors=actors, location="Moscow", sources=sources, story=story)

    wang = {"name": "Wang Yi", "role": "source", "code": "CHNGOV"}
    lavrov = {"name": "Sergey Lavrov", "role": "target", "code": "RUSGOV"}
    putin = {"name": "Vladimir Putin", "role": "target", "code": "RUSGOV"}
    src = lambda a: {"article": a, "outlet": "O", "sentence": "s", "char_start": 0,  # noqa: E731
                     "char_end": 5, "date_text": None}
    return Dossier(
        articles=[{"id": "a1", "story": "s1"}, {"id": "a2", "story": "s2"}],
        entities=[Entity("e-wang", "Wang Yi", "PERSON", ["Mr Wang", "the top Chinese diplomat"],
                         "CHNGOV", 7, ["a1"]),
                  Entity("e-lavrov", "Sergey Lavrov", "PERSON", ["Sergei Lavrov"], "RUSGOV", 3,
                         ["a1", "a2"])],
        timeline=[event("ev-undated", None, None, [wang], [src("a1")], story="s1"),
                  event("ev-feb22", "2023-02-22", None, [wang, putin], [src("a1")], story="s1"),
                  event("ev-march", "2023-03", None, [lavrov], [src("a2")]),
                  event("ev-feb21", "2023-02-21", None, [wang, lavrov], [src("a1"), src("a2")]),
                  event("ev-spring", "2023", ["2023-03-20", "2023-03-22"], [putin], [src("a2")])],
        quotes=[MergedQuote("q1", "Wang Yi", "CHNGOV", "We are strong partners",
                            [{"text": "we are strong partners", "article": "a2"}],
                            [{"article": "a1", "outlet": "O", "char_start": 44, "char_end": 67}],
                            event="ev-feb22"),
                MergedQuote("q2", "Sergey Lavrov", "RUSGOV", "Relations are at a peak", [],
                            [{"article": "a2", "outlet": "P", "char_start": 1, "char_end": 9}])],
        stories=[Story("s1", "Wang Yi in Moscow", ["a1"], "2023-02-21", "2023-02-22", ["e-wang"]),
                 Story("s2", "Lavrov in March", ["a2"], "2023-03", "2023-03", ["e-lavrov"])],
    )


def test_dossier_round_trip_and_replacement(store):
    store.add_article(Article(id="a1", text="one"))
    store.add_article(Article(id="a2", text="two"))
    dossier = sample_dossier()
    store.save_dossier(dossier)
    loaded = store.load_dossier()
    for part in ("entities", "timeline", "quotes", "stories"):
        assert [r.to_dict() for r in getattr(loaded, part)] == \
            [r.to_dict() for r in getattr(dossier, part)]
    assert [(a["id"], a["story"]) for a in loaded.articles] == [("a1", "s1"), ("a2", "s2")]
    assert [e["name"] for e in store.entities()] == ["Wang Yi", "Sergey Lavrov"]
    assert store.entity("e-lavrov")["aliases"] == ["Sergei Lavrov"]
    assert store.entity("e-none") is None
    # listed latest first (s2 ends in March, s1 in February); load_dossier keeps saved order
    assert [s["title"] for s in store.stories()] == ["Lavrov in March", "Wang Yi in Moscow"]
    assert store.story("s2")["articles"] == ["a2"] and store.story("s9") is None
    assert [q["id"] for q in store.quotes()] == ["q1", "q2"]
    assert [q["id"] for q in store.quotes(story="s2")] == ["q2"]
    # a second save replaces everything fused before it
    store.save_dossier(Dossier(stories=[Story("s3", "Only story", ["a1"])]))
    again = store.load_dossier()
    assert (again.entities, again.timeline, again.quotes) == ([], [], [])
    assert [s.id for s in again.stories] == ["s3"]
    assert store.timeline() == [] and store.quotes(story="s2") == []


def test_stories_are_listed_latest_first_ties_by_id_undated_last(store):
    # saved in an order that is neither date nor id order, as fuse may save them
    saved = [Story("s-old", "old", [], "2023-01-02", "2023-01-10"),
             Story("s-undated", "undated", []),
             Story("sa", "tie a", [], "2023-04-01", "2023-05-02"),
             Story("s-month", "month only", [], "2023-05", "2023-05"),
             Story("s-new", "new", [], "2024-01-30", "2024-02-01"),
             Story("s-b", "tie b", [], "2023-05-02", "2023-05-02"),
             Story("s-blank", "blank date", [], "", "")]
    store.save_dossier(Dossier(stories=saved))
    # by hand: 2024-02-01; two on 2023-05-02 by id in byte order ("-" before "a", whatever
    # the server's locale); the bare month after its days; 2023-01-10; then the undated by id
    expected = ["s-new", "s-b", "sa", "s-month", "s-old", "s-blank", "s-undated"]
    assert [s["id"] for s in store.stories()] == expected
    assert store.page_stories(None, 0) == (7, store.stories())
    assert [s["id"] for s in store.page_stories(2, 1)[1]] == ["s-b", "sa"]
    assert [s["id"] for s in store.page_stories(None, 5)[1]] == ["s-blank", "s-undated"]
    assert [s.id for s in store.load_dossier().stories] == [s.id for s in saved]


@pytest.fixture
def punctuation_blind_pg():
    """A fresh PostgreSQL database whose default collation ignores punctuation (ICU
    "shifted", as many locales order text): "sa" sorts before "s-b" there, unlike in SQLite."""
    import psycopg
    from conftest import _pg_server, _with_database  # the store_url fixture's own helpers

    server, name = _pg_server(), "storyline_test_icu_" + uuid.uuid4().hex[:12]
    with psycopg.connect(server, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}" TEMPLATE template0 LOCALE_PROVIDER icu '
                     "ICU_LOCALE 'en-US-u-ka-shifted' LOCALE 'C.UTF-8'")
    try:
        yield _with_database(server, name)
    finally:
        with psycopg.connect(server, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def test_story_ties_are_in_byte_order_whatever_the_database_collation(punctuation_blind_pg):
    with open_store(punctuation_blind_pg) as store:
        store.save_dossier(Dossier(stories=[Story("sa", "a", [], "2023-05-02", "2023-05-02"),
                                            Story("s-b", "b", [], "2023-05-02", "2023-05-02")]))
        assert store._query("SELECT 1 AS x WHERE 'sa' < 's-b'")  # the collation is in force
        assert [s["id"] for s in store.stories()] == ["s-b", "sa"]  # as SQLite lists them
        assert [s["id"] for s in store.page_stories()[1]] == ["s-b", "sa"]


def test_unmerged_articles_are_those_without_a_story(store):
    for article_id in ("a1", "a2", "a3"):
        store.add_article(Article(id=article_id, text=article_id * 3))
    assert store.unmerged_article_ids() == ["a1", "a2", "a3"]
    store.save_dossier(sample_dossier())  # places a1 in s1 and a2 in s2
    assert store.unmerged_article_ids() == ["a3"]


def ids(events):
    return [e["id"] for e in events]


def test_timeline_order_and_filters(store):
    store.save_dossier(sample_dossier())
    assert ids(store.timeline()) == ["ev-feb21", "ev-feb22", "ev-march", "ev-spring",
                                     "ev-undated"]
    first = store.timeline()[0]
    assert set(first) >= {"id", "date", "date_range", "type", "cameo", "modality", "summary",
                          "actors", "location", "sources", "conflicts"}
    # entity: by id, by name, by alias (any case), by actor code, by a bare actor name
    assert ids(store.timeline(entity="e-wang")) == ["ev-feb21", "ev-feb22", "ev-undated"]
    assert ids(store.timeline(entity="the top chinese diplomat")) == \
        ["ev-feb21", "ev-feb22", "ev-undated"]
    assert ids(store.timeline(entity="Sergei Lavrov")) == ["ev-feb21", "ev-march"]
    assert ids(store.timeline(entity="RUSGOV")) == ["ev-feb21", "ev-feb22", "ev-march",
                                                    "ev-spring"]
    assert ids(store.timeline(entity="Vladimir Putin")) == ["ev-feb22", "ev-spring"]
    assert store.timeline(entity="Nobody") == []
    # story: placed there by fuse, or sourced from one of its articles
    assert ids(store.timeline(story="s1")) == ["ev-feb21", "ev-feb22", "ev-undated"]
    assert ids(store.timeline(story="s2")) == ["ev-feb21", "ev-march", "ev-spring"]
    # dates: overlap with the period; partial dates cover their whole month or year
    assert ids(store.timeline(date_from="2023-02-22")) == ["ev-feb22", "ev-march", "ev-spring"]
    assert ids(store.timeline(date_to="2023-02-21")) == ["ev-feb21"]
    assert ids(store.timeline(date_from="2023-03-21", date_to="2023-03-21")) == \
        ["ev-march", "ev-spring"]
    assert ids(store.timeline(date_from="2023-02", date_to="2023-02")) == ["ev-feb21", "ev-feb22"]
    assert store.timeline(date_from="2024") == []
    assert ids(store.timeline(entity="e-wang", date_from="2023-02-22")) == ["ev-feb22"]
    # paging
    assert ids(store.timeline(limit=2)) == ["ev-feb21", "ev-feb22"]
    assert ids(store.timeline(limit=2, offset=3)) == ["ev-spring", "ev-undated"]
    assert ids(store.timeline(offset=4)) == ["ev-undated"]
    assert store.count_timeline() == 5 and store.count_timeline(entity="RUSGOV") == 4
    with pytest.raises(ValueError, match="not a date"):
        store.timeline(date_from="last week")


def test_threads_share_one_store(store):
    def add_many(worker):
        for i in range(15):
            store.add_article(Article(id=f"w{worker}-{i}", text=f"article {i} of {worker}",
                                      mentions=[Mention(0, 7, "article", "OTHER")]))

    threads = [threading.Thread(target=add_many, args=(w,)) for w in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert store.count_articles() == 60
    assert all(len(a.mentions) == 1 for a in store.load_articles())


def test_sqlite_uses_wal_and_foreign_keys(tmp_path):
    path = tmp_path / "wal.db"
    with SQLiteStore(str(path)) as store:
        assert store._query("PRAGMA foreign_keys")[0]["foreign_keys"] == 1
        store.add_article(Article(id="a", text="t"))
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    conn.close()
    with open_store(f"sqlite:///{path}") as same:
        assert same.has_article("a")


def test_unopenable_stores_say_why(tmp_path):
    with pytest.raises(StoreError, match="does not exist"):
        open_store(str(tmp_path / "no" / "such" / "dir" / "x.db"))
    with pytest.raises(StoreError) as info:
        open_store("postgresql://someone:s3cret@127.0.0.1:1/nowhere?connect_timeout=2")
    assert "s3cret" not in str(info.value) and "cannot open the store" in str(info.value)


# ---- the incremental merge's store methods ---------------------------------------------


def test_save_changes_leaves_the_store_as_a_full_save_would(store):
    for article_id in ("a1", "a2", "a3"):
        store.add_article(Article(id=article_id, text="text of " + article_id))
    store.save_dossier(sample_dossier())
    previous = store.load_dossier()
    after = sample_dossier()
    putin = {"name": "Vladimir Putin", "role": "target", "code": "RUSGOV"}
    src3 = {"article": "a3", "outlet": "Q", "sentence": "s", "char_start": 2, "char_end": 8,
            "date_text": None}
    changed = after.timeline[1]  # ev-feb22 loses Putin and gains a source
    changed.actors = [{"name": "Wang Yi", "role": "source", "code": "CHNGOV"}]
    changed.sources = changed.sources + [src3]
    added = MergedEvent(id="ev-new", date="2023-02-20", date_range=None, type="CONSULT",
                        cameo="040", modality="happened", summary="new", actors=[putin],
                        location=None, sources=[src3], story="s3")
    # ev-march gone, the new event first, the others moved one place on
    after.timeline = [added] + [e for e in after.timeline if e.id != "ev-march"]
    after.quotes = after.quotes[::-1]
    after.stories = after.stories + [Story("s3", "New story", ["a3"], "2023-02-20", "2023-02-20")]
    after.articles = [{"id": "a1", "story": "s1"}, {"id": "a2", "story": "s2"},
                      {"id": "a3", "story": "s3"}]
    store.save_changes(previous, after)
    loaded = store.load_dossier()
    for part in ("entities", "timeline", "quotes", "stories"):
        assert [r.to_dict() for r in getattr(loaded, part)] == \
            [r.to_dict() for r in getattr(after, part)]
    assert [(a["id"], a["story"]) for a in loaded.articles] == [("a1", "s1"), ("a2", "s2"),
                                                                ("a3", "s3")]
    # the side tables the filters read follow: Putin left ev-feb22, ev-march is gone
    assert ids(store.timeline(entity="Vladimir Putin")) == ["ev-new", "ev-spring"]
    assert ids(store.timeline(entity="e-lavrov")) == ["ev-feb21"]
    assert ids(store.timeline(story="s3")) == ["ev-new", "ev-feb22"]  # by date
    assert store.count_timeline() == 5
    assert [q["id"] for q in store.quotes()] == ["q2", "q1"]
    assert store.story("s3")["articles"] == ["a3"]


def test_a_dated_event_is_stored_with_how_sure_its_date_is(store):
    """An event kept without date_confidence gets it when stored: its date's words read
    again ("Wednesday" of a thing that happened: the one before, 0.9) times a written
    date's 0.78 (0.702); a confidence the event has is kept as it is."""
    article = rich_article("a1")
    article.events[0].date_confidence = None
    store.add_article(article)
    store.add_article(rich_article("a2"))
    lean = {a.id: a for a in store.load_articles(layers=("events",))}
    assert lean["a1"].timexes == []  # read without the timex, yet sure as it says
    assert [lean[i].events[0].date_confidence for i in ("a1", "a2")] == [0.7, 0.4]


def test_load_articles_reads_only_the_named_layers_and_fill_layers_adds_the_rest(store):
    store.add_article(rich_article("a1"))
    store.add_article(rich_article("a2"))
    lean = list(store.load_articles(layers=("mentions", "events")))
    assert [a.id for a in lean] == ["a1", "a2"]
    assert [len(a.mentions) for a in lean] == [3, 3] and [len(a.events) for a in lean] == [1, 1]
    assert all(a.quotes == [] and a.timexes == [] for a in lean)
    assert lean[0].text == TEXT  # the article row itself is whole
    store.fill_layers([lean[1]], ("quotes", "timexes"))
    assert lean[0].quotes == [] and lean[1].to_dict() == rich_article("a2").to_dict()
    with pytest.raises(ValueError):
        list(store.load_articles(layers=("mentions; DROP TABLE articles",)))


def test_story_features_are_kept_replaced_and_go_with_their_article(store):
    from collections import Counter

    store.add_article(Article(id="a1", text="one"))
    store.add_article(Article(id="a2", text="two"))
    store.save_story_features({"a1": (Counter({"ent:wang yi": 3.0, "talks": 2}), Counter({"talks": 1})),
                               "a2": (Counter({"num:2023": 1}), Counter())})
    assert store.story_features() == {"a1": ({"ent:wang yi": 3.0, "talks": 2}, {"talks": 1}),
                                      "a2": ({"num:2023": 1}, {})}
    # the key order survives the round trip (clustering breaks ties between features by it)
    assert list(store.story_features()["a1"][0]) == ["ent:wang yi", "talks"]
    store.save_story_features({"a2": (Counter({"moscow": 1}), Counter({"moscow": 1}))})
    assert store.story_features()["a2"] == ({"moscow": 1}, {"moscow": 1})
    store.delete_article("a1")
    assert list(store.story_features()) == ["a2"]
    store.clear_story_features()
    assert store.story_features() == {}


def test_story_features_made_by_other_feature_code_are_none(store):
    from collections import Counter

    store.add_article(Article(id="a1", text="one"))
    store.add_article(Article(id="a2", text="two"))
    store.save_story_features({"a1": (Counter({"talks": 2}), Counter()), "a2": (Counter({"moscow": 1}), Counter())})
    assert store.story_features() == {"a1": ({"talks": 2}, {}), "a2": ({"moscow": 1}, {})}
    # one bag as a store before bag versions kept it (no mark): none of them serves
    with store._transaction("age one bag"):
        store._execute("UPDATE story_features SET whole = ? WHERE article_id = ?", ('{"talks": 2}', "a1"))
    assert store.story_features() is None


def _dating(own=None, published="2023-02-22", evidence_article="b", event_date="2023-02-22") -> dict:
    return {"own": {"published": own, "published_source": "text" if own else None, "published_evidence": None},
            "date": {"published": published, "published_source": "inferred",
                     "published_evidence": {"article": evidence_article, "text": "Wednesday"}},
            "key": f"k-{published}-{evidence_article}",
            "timexes": [{"start": 32, "end": 41, "text": "Wednesday", "value": published}],
            "events": [[7, event_date, None, "Wednesday", "timex"]]}


def test_dating_records_are_saved_with_the_merge_changed_alone_and_go_with_their_article(store):
    for i in ("a1", "a2", "a3"):
        store.add_article(Article(id=i, text="x " + i))
    first = {"a1": _dating(), "a2": _dating(own="2023")}
    summaries = [{"id": "a1", "published": "2023-02-22", "published_source": "inferred",
                  "published_evidence": {"article": "b", "text": "Wednesday"}}]
    store.save_dossier(Dossier(articles=summaries), dating=first)
    assert store.datings() == first
    assert store.article("a1").published == "2023-02-22"
    assert store.article("a1").published_source == "inferred"
    # an incremental save: a2 gone, a3 new, a1 changed; a dossier without records keeps them
    second = {"a1": _dating(published="2023-02-23", evidence_article="c"), "a3": _dating()}
    previous = store.load_dossier()
    store.save_changes(previous, store.load_dossier(), dating=second, kept=store.datings())
    assert store.datings() == second
    store.save_dossier(store.load_dossier())
    assert store.datings() == second
    # an inferred date gone: the article's own date (here none) is written back
    undated = [{"id": "a1", "published": None, "published_source": None, "published_evidence": None}]
    store.save_changes(store.load_dossier(), Dossier(articles=undated), dating={"a3": _dating()},
                       kept=store.datings())
    assert (store.article("a1").published, store.article("a1").published_source) == (None, None)
    assert list(store.datings()) == ["a3"]
    store.delete_article("a3")
    assert store.datings() == {}


def test_an_entity_is_found_by_id_name_or_a_spelling_variant(store):
    people = [Entity(id="e1", name="Kim Yo Jong", type="PERSON", aliases=["Kim Yo Jong"]),
              Entity(id="e2", name="Kim Jong Un", type="PERSON", aliases=["Kim Jong Un", "Kim"]),
              Entity(id="e3", name="Jean-Yves Le Drian", type="PERSON", aliases=["Le Drian"]),
              Entity(id="e4", name="Sergei Lavrov", type="PERSON", aliases=["Lavrov"])]
    store.save_dossier(Dossier(entities=people))
    assert store.entity_id_for("e3") == "e3"
    assert store.entity_id_for("Kim Jong-Un") == "e2"
    assert store.entity_id_for("KIM JONG UN") == "e2"
    assert store.entity_id_for("lavrov") == "e4"
    assert store.entity_id_for("Jean Yves Le Drian") == "e3"
    assert store.entity_id_for("Sergey Lavrov") == "e4"
    assert store.entity_id_for("Kim Jong-Il") is None  # folding never reaches another person
    assert store.entity_id_for("  ") is None
    # filters by a variant match the entity's own names
    assert "sergei lavrov" in store.entity_key_names("Sergey Lavrov")
