"""Scale: the Ray engine against the local one, incremental merging against a full one,
and `storyline watch` over local feed files (no network)."""
from __future__ import annotations

import json
import os
import random
from pathlib import Path

import pytest
import ray
from typer.testing import CliRunner

from storyline.cli import app
from storyline.config import ARTICLE_STAGES, Config
from storyline.data import sample_paths
from storyline.engine import make_engine
from storyline.fuse import fuse_articles
from storyline.fuse.events import merge_events
from storyline.fuse.quotes import merge_quotes
from storyline.ingest import read_inputs
from storyline.ingest_service import ingest_paths, refuse
from storyline.model import Article
from storyline.pipeline import Pipeline, register_stage
from storyline.store import open_store

pytestmark = pytest.mark.slow
runner = CliRunner()
MARKER = "TRIP-THE-TEST-STAGE"


@register_stage("trip_on_marker")
def make_trip_stage(config):
    """A stage (for these tests) that fails on any article whose text holds MARKER."""
    def trip(article):
        if MARKER in article.text:
            raise RuntimeError("tripped on purpose")
        return article
    return trip


@register_stage("die_on_marker")
def make_die_stage(config):
    """A stage (for the Ray tests only) whose process dies at once on an article holding
    MARKER, as a worker killed for memory or by a crash in native code would."""
    def die(article):
        if MARKER in article.text:
            os._exit(1)
        return article
    return die


# ---- the Ray engine ------------------------------------------------------------------


@pytest.fixture(scope="module")
def ray_cluster():
    """A local Ray of 2 CPUs whose workers can import this module (for trip_on_marker)."""
    ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False,
             runtime_env={"env_vars": {"PYTHONPATH": str(Path(__file__).resolve().parent)}})
    yield
    ray.shutdown()


def _stored(db: str) -> tuple[list[dict], dict]:
    """(every stored article with its layers, the merged dossier) of the store at ``db``."""
    with open_store(db) as store:
        return [a.to_dict() for a in store.load_articles()], store.load_dossier().to_dict()


def test_ray_engine_gives_the_same_articles_and_dossier_as_the_local_engine(ray_cluster, tmp_path):
    paths = [str(p) for p in sample_paths()]  # the whole sample corpus, every input format
    config = Config(jobs=1, batch_size=3)  # several Ray tasks, not one
    for name in ("local", "ray"):
        with open_store(str(tmp_path / f"{name}.db")) as store, make_engine(name, jobs=1) as engine:
            summary = ingest_paths(paths, store, config, engine=engine)
        assert (summary.ingested, summary.failed) == (16, 0), summary.errors  # 7 records + 9 files
    (local, local_dossier), (distributed, ray_dossier) = (_stored(str(tmp_path / f"{name}.db"))
                                                          for name in ("local", "ray"))
    assert [a["id"] for a in local] == [a["id"] for a in distributed]
    assert local == distributed
    assert any(a["events"] for a in distributed) and all(a["sentences"] for a in distributed)
    # what the corpus-level merge made of them: the same records, in the same order
    for kind in ("articles", "entities", "timeline", "quotes", "stories"):
        assert ray_dossier[kind] == local_dossier[kind], kind
    # by reading the sample (its README): four stories, and events and quotes merged across outlets
    assert len(ray_dossier["stories"]) == 4
    assert any(len({s["article"] for s in e["sources"]}) > 1 for e in ray_dossier["timeline"])
    assert any(len(q["sources"]) > 1 for q in ray_dossier["quotes"])


def test_a_failing_article_in_a_ray_batch_is_reported_with_file_and_line(ray_cluster, tmp_path):
    feed = tmp_path / "batch.jsonl"
    records = [
        {"id": "ok-1", "text": "Norland and Estmark signed a fishing accord in Kaldera on Monday."},
        {"id": "bad-2", "text": f"The ministers met again on Tuesday. {MARKER}"},
        {"id": "ok-3", "text": "Estmark's parliament approved the accord on Friday."},
    ]
    feed.write_text("\n".join(json.dumps(r) for r in records) + "\n", encoding="utf-8")
    config = Config(jobs=1, batch_size=8, stages=ARTICLE_STAGES + ["trip_on_marker"])
    messages = {}
    for name in ("local", "ray"):
        with open_store(str(tmp_path / f"{name}.db")) as store, make_engine(name, jobs=1) as engine:
            summary = ingest_paths([str(feed)], store, config, engine=engine)
            stored = sorted(a.id for a in store.load_articles())
            recorded = store.errors()
        assert (summary.ingested, summary.failed) == (2, 1)
        assert stored == ["ok-1", "ok-3"]
        (error,) = summary.errors
        assert (error.path, error.line, error.code) == (str(feed), 2, "E010")
        assert [(r["path"], r["line"], r["code"]) for r in recorded] == [(str(feed), 2, "E010")]
        messages[name] = str(error)
    assert messages["ray"] == messages["local"]
    assert messages["ray"] == f"{feed}:2: E010 processing failed: RuntimeError: tripped on purpose"


def test_an_article_that_kills_its_ray_worker_fails_alone(ray_cluster, tmp_path):
    feed = tmp_path / "deadly.jsonl"
    records = [
        {"id": "ok-1", "text": "Norland and Estmark signed a fishing accord in Kaldera on Monday."},
        {"id": "bad-2", "text": f"The ministers met again on Tuesday. {MARKER}"},
        {"id": "ok-3", "text": "Estmark's parliament approved the accord on Friday."},
    ]
    feed.write_text("\n".join(json.dumps(r) for r in records) + "\n", encoding="utf-8")
    config = Config(jobs=1, batch_size=8, stages=ARTICLE_STAGES + ["die_on_marker"])
    with open_store(str(tmp_path / "ray.db")) as store, make_engine("ray", jobs=1) as engine:
        summary = ingest_paths([str(feed)], store, config, engine=engine)
        stored = sorted(a.id for a in store.load_articles())
    # the batch's worker died; each article ran again alone, so only the deadly one failed
    assert (summary.ingested, summary.failed) == (2, 1)
    assert stored == ["ok-1", "ok-3"]
    (error,) = summary.errors
    assert (error.path, error.line, error.code) == (str(feed), 2, "E010")


def test_unknown_engine_is_a_usage_error(tmp_path):
    result = runner.invoke(app, ["ingest", str(tmp_path), "--engine", "spark", "--db", str(tmp_path / "x.db")])
    assert result.exit_code == 1
    assert "unknown engine 'spark'" in result.output


# ---- incremental merging -------------------------------------------------------------


@pytest.fixture(scope="module")
def annotated_sample() -> list[Article]:
    """The sample corpus annotated once, in publication order (undated last)."""
    config = Config(jobs=1)
    items = [a for a in read_inputs([str(p) for p in sample_paths()], config) if isinstance(a, Article)]
    articles = list(Pipeline(config).pipe(items, jobs=1))
    return sorted(articles, key=lambda a: (a.published is None, a.published or ""))


def _ingest_in_parts(parts: list, db: str, incremental: bool = True) -> dict:
    """Store each part's articles, then merge as ``ingest`` does after each run."""
    with open_store(db) as store:
        for part in parts:
            for article in part:
                assert store.add_article(Article.from_dict(article.to_dict()))
            refuse(store, Config(jobs=1), [a.id for a in part] if incremental else None)
        return store.load_dossier().to_dict()


def _comparable(dossier: dict) -> dict:
    return {kind: sorted(json.dumps(r, sort_keys=True) for r in dossier[kind])
            for kind in ("articles", "entities", "timeline", "quotes", "stories")}


def test_a_later_ingest_links_near_duplicates_and_merges_what_a_stopped_run_left(tmp_path, store_url):
    wire = ("Norland and Estmark signed a fishing accord in Kaldera on Monday after two years of "
            "talks over the northern banks. The accord sets catch limits for both fleets and "
            "opens a joint patrol. Ministers from both sides called it a fair deal for the coast.")
    (tmp_path / "wire.txt").write_text(wire, encoding="utf-8")
    # a reprint with its last word changed: not an exact duplicate, a near one
    (tmp_path / "reprint.txt").write_text(wire.replace("the coast.", "the coastline."), encoding="utf-8")
    config = Config(jobs=1)
    with open_store(store_url) as store:
        first = ingest_paths([str(tmp_path / "wire.txt")], store, config)
        second = ingest_paths([str(tmp_path / "reprint.txt")], store, config)
        assert (first.ingested, second.ingested, second.near_duplicates) == (1, 1, 1)
        (original,) = [a for a in store.load_articles() if a.path.endswith("wire.txt")]
        (reprint,) = [a for a in store.load_articles() if a.path.endswith("reprint.txt")]
        assert reprint.near_duplicates == [original.id]
        # an article stored by a run that stopped before merging has no story yet
        store.add_article(Article(id="stopped-1", text="Estmark's parliament approved the accord."))
        assert store.unmerged_article_ids() == ["stopped-1"]
        nothing_new = ingest_paths([str(tmp_path / "wire.txt")], store, config)
        assert (nothing_new.ingested, nothing_new.unchanged) == (0, 1)
        assert store.unmerged_article_ids() == []
        assert any("stopped-1" in s["articles"] for s in store.stories())


@pytest.mark.parametrize("cut", [4, 8, 11, 14])
def test_ingesting_in_publication_order_a_then_b_equals_a_and_b_at_once(annotated_sample, tmp_path,
                                                                       store_url, cut):
    at_once = _ingest_in_parts([annotated_sample], str(tmp_path / "once.db"))
    in_two = _ingest_in_parts([annotated_sample[:cut], annotated_sample[cut:]], store_url)
    assert _comparable(in_two) == _comparable(at_once)
    story_of = {a: s["id"] for s in in_two["stories"] for a in s["articles"]}
    # by reading the sample: four stories (the Ilma river row, the Belozar talks, Karsk's
    # defence ministry, the detained trawler crew)
    assert len(in_two["stories"]) == 4
    assert story_of["gl-2024-02-19-ilma-river-row"] == story_of["nt-2024-02-27-ilma-accord-signed"]
    assert story_of["mp-2024-03-11-petrovan-belozar"] == story_of["cg-2024-03-15-karsk-veloria-thaw"]
    assert story_of["mp-2024-04-02-trawler-detained"] == story_of["hdw-2024-04-09-crew-freed"]
    assert story_of["mp-2024-03-18-karsk-defence-minister"] != story_of["mp-2024-03-11-petrovan-belozar"]


def test_incremental_merge_equals_a_full_merge_of_the_same_store(annotated_sample, tmp_path,
                                                                store_url):
    # not in publication order: later articles first, so new ones join old stories and open new ones
    first = [a for i, a in enumerate(annotated_sample) if i % 3 == 2]
    second = [a for i, a in enumerate(annotated_sample) if i % 3 != 2]
    # the incremental merge on each backend (it reads and writes only what changed)
    incremental = _ingest_in_parts([first, second], store_url)
    full = _ingest_in_parts([first, second], str(tmp_path / "full.db"), incremental=False)
    assert _comparable(incremental) == _comparable(full)
    assert {a for s in incremental["stories"] for a in s["articles"]} == {a.id for a in annotated_sample}


def _copies(articles: list) -> list:
    return [Article.from_dict(a.to_dict()) for a in articles]


def test_fusing_the_same_articles_in_any_order_gives_one_dossier(annotated_sample):
    found = []
    for seed in range(4):
        shuffled = _copies(annotated_sample)
        random.Random(seed).shuffle(shuffled)
        found.append(_comparable(fuse_articles(shuffled, Config(jobs=1)).to_dict()))
    assert all(other == found[0] for other in found[1:])


def test_quotes_events_and_entities_merge_alike_in_any_order(annotated_sample):
    articles = _copies(annotated_sample)
    timeline = fuse_articles(articles, Config(jobs=1)).timeline  # sets each article's story
    quotes = [q.to_dict() for q in merge_quotes(articles, timeline)]
    events = [e.to_dict() for e in merge_events(articles)]
    # by reading the sample: one statement is reported by two outlets
    assert any(len({s["article"] for s in q["sources"]}) > 1 for q in quotes)
    for seed in range(4):
        shuffled = _copies(articles)
        random.Random(seed).shuffle(shuffled)
        assert [q.to_dict() for q in merge_quotes(shuffled, timeline)] == quotes
        assert [e.to_dict() for e in merge_events(shuffled)] == events
    # entity linking itself reads articles in order (a surname joins the first full name met):
    # fuse_articles gives it one order, which the test above covers


# ---- watch ---------------------------------------------------------------------------

ITEM = """<item><title>{title}</title><link>https://news.example/{n}</link>
<pubDate>{day} Mar 2024 09:00:00 GMT</pubDate><description>{text}</description></item>"""
ITEMS = [
    ("Norland and Estmark agree fishing quotas", "11",
     "Norland and Estmark agreed new fishing quotas in Kaldera on Monday, officials said."),
    ("Estmark parliament backs quota deal", "12",
     "Estmark's parliament approved the fishing quota deal with Norland on Tuesday."),
    ("Norland fishermen welcome deal", "13",
     "Fishermen in northern Norland welcomed the quota deal on Wednesday, their union said."),
]


def _write_feed(path: Path, items: list) -> None:
    body = "".join(ITEM.format(title=t, n=n, day=d, text=x) for n, (t, d, x) in enumerate(items))
    path.write_text(f'<?xml version="1.0"?><rss version="2.0"><channel><title>Harbor Wire</title>'
                    f"{body}</channel></rss>", encoding="utf-8")


def test_watch_once_ingests_what_is_new_in_a_feed(tmp_path):
    feed, db = tmp_path / "wire.rss", str(tmp_path / "w.db")
    _write_feed(feed, ITEMS[:2])
    first = runner.invoke(app, ["watch", str(feed), "--once", "--db", db, "-j", "1"])
    assert first.exit_code == 0, first.output
    assert "ingested 2, duplicates 0, unchanged 0" in first.output
    _write_feed(feed, ITEMS)  # the feed gains one item
    second = runner.invoke(app, ["watch", str(feed), "--once", "--db", db, "-j", "1"])
    assert second.exit_code == 0, second.output
    assert "ingested 1, duplicates 0, unchanged 2" in second.output
    with open_store(db) as store:
        summaries = store.article_summaries()
        stories = store.stories()
    assert sorted(a["title"] for a in summaries) == sorted(t for t, _d, _x in ITEMS)
    # every article, the one the second pass added included, was merged into exactly one story
    assert sorted(a for s in stories for a in s["articles"]) == sorted(a["id"] for a in summaries)
    assert all(a["story"] for a in summaries)


def test_watch_reads_a_file_again_only_when_it_changed(tmp_path):
    from storyline.engine.watch import Watcher

    feed = tmp_path / "wire.rss"
    _write_feed(feed, ITEMS[:1])
    with open_store(str(tmp_path / "w.db")) as store:
        watcher = Watcher([str(tmp_path)], store, Config(jobs=1))
        assert [a.title for a in watcher.changed_items()] == [ITEMS[0][0]]
        assert list(watcher.changed_items()) == []  # unchanged: not even read
        _write_feed(feed, ITEMS[:2])
        assert [a.title for a in watcher.changed_items()] == [ITEMS[0][0], ITEMS[1][0]]


def test_watch_reports_a_missing_source_and_exits_2_with_once(tmp_path):
    result = runner.invoke(app, ["watch", str(tmp_path / "nope.rss"), "--once", "--db", str(tmp_path / "w.db")])
    assert result.exit_code == 2
    assert "E011" in result.output


# ---- incremental entity linking: new articles against what the store holds -----------

FULL_NAME = ("Norland's foreign minister Marek Halvorsen met Estmark's trade envoy in Kaldera on "
             "Monday to discuss the fishing accord. Halvorsen said the talks on catch limits were useful.\n")
SURNAME_ONLY = ("Halvorsen returned to Kaldera on Friday to sign the fishing accord with Estmark. "
                "The accord sets catch limits for both fleets.\n")
OTHER_NAME = ("Mark Hale opened a new harbour school in Brenna on Saturday. Hale told pupils that "
              "the sea would feed the town for another century.\n")


def _ingest_one_by_one(store, texts: list, tmp_path: Path, configs: list) -> tuple:
    """Ingest each text (its own file) with its config, merging incrementally after each;
    then (the incremental dossier, the dossier a full merge of the same store gives)."""
    for n, (text, config) in enumerate(zip(texts, configs)):
        path = tmp_path / f"part{n}.txt"
        path.write_text(text, encoding="utf-8")
        assert ingest_paths([str(path)], store, config).ingested == 1
    incremental = store.load_dossier().to_dict()
    refuse(store, configs[-1])  # no new ids: every article merged again
    return incremental, store.load_dossier().to_dict()


def _entity(dossier: dict, name: str) -> dict:
    (found,) = [e for e in dossier["entities"] if e["name"] == name]
    return found


def test_a_surname_in_a_new_article_links_the_full_name_stored_earlier(tmp_path, store_url):
    config = Config(jobs=1)
    with open_store(store_url) as store:
        incremental, full = _ingest_one_by_one(store, [FULL_NAME, SURNAME_ONLY], tmp_path,
                                               [config, config])
    assert _comparable(incremental) == _comparable(full)
    person = _entity(incremental, "Marek Halvorsen")
    assert len(person["articles"]) == 2  # "Halvorsen" of the second article is him
    assert {"Halvorsen", "Marek Halvorsen"} <= set(person["aliases"])
    assert not [e for e in incremental["entities"] if e["name"] == "Halvorsen"]


def test_a_knowledge_base_file_added_between_ingests_relinks_stored_articles(tmp_path, store_url):
    kb = tmp_path / "people.yaml"
    kb.write_text("people:\n  - name: Marek Halvorsen\n    country: Norland\n"
                  "    aliases: [Mark Hale]\n", encoding="utf-8")
    with_kb = Config(jobs=1, kb_files=[str(kb)])
    with open_store(store_url) as store:
        # "Mark Hale" stored and merged without the file, as nobody else; the file read
        # at the next ingest must relink that stored article, not only the new one
        incremental, full = _ingest_one_by_one(store, [OTHER_NAME, FULL_NAME], tmp_path,
                                               [Config(jobs=1), with_kb])
    assert _comparable(incremental) == _comparable(full)
    person = _entity(incremental, "Marek Halvorsen")  # the file makes Hale an alias of him
    assert len(person["articles"]) == 2
    assert {"Mark Hale", "Marek Halvorsen", "Halvorsen"} <= set(person["aliases"])
    assert not [e for e in incremental["entities"] if e["name"] == "Mark Hale"]
