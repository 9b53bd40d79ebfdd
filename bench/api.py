"""API latency at scale, on a 2,000-article store: list endpoints, detail endpoints and pages.

    python bench/api.py [--copies 125] [--runs 20] [--fresh]   # PostgreSQL too when STORYLINE_TEST_PG is set

The store: the bundled sample corpus (16 invented articles) ingested once through the real
pipeline, then its articles and fused records copied ``--copies`` times under new ids
(articles, stories, merged events, quotes, entities), so 125 copies hold 2,000 articles with
proportionate fused tables. The SQLite store is kept in bench/out/api-<copies>.db and reused
(``--fresh`` builds it again). Timed through FastAPI's TestClient (no network):

- before: the former implementation: the whole fused corpus read (``load_dossier`` and every
  article summary: the web view's snapshot), then filtered in Python; "cold" when its 2 s
  snapshot cache had expired (every request after a pause, or after an ingest), "cached"
  within it; neither includes HTTP or page rendering;
- after:  the endpoint or page as it is now, reading only what it shows in SQL, each request
  cold (nothing is cached), HTTP and rendering included. An entity's lists and the index are
  paged (``serve.api.PAGE_SIZE`` records of each list; the former answer is cut to that page).

Prints the median milliseconds per request and whether the JSON answers are equal (the former
answer given what the endpoints add since: date sources, a story's summary, the stories' latest-first
order; ``same_answer``); then
article search: the former scan of every text against the full-text index.
"""
from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # run from a checkout without install

from fastapi.testclient import TestClient  # noqa: E402

from storyline.config import Config  # noqa: E402
from storyline.data import sample_paths  # noqa: E402
from storyline.ingest_service import ingest_paths  # noqa: E402
from storyline.model import Dossier, Entity, MergedEvent, MergedQuote, Story  # noqa: E402
from storyline.report.dating import with_date_sources  # noqa: E402
from storyline.serve import bundles, create_app, queries  # noqa: E402
from storyline.serve.api import PAGE_SIZE  # noqa: E402
from storyline.store import open_store  # noqa: E402


def copied(record: dict, k: int) -> dict:
    """A fused record of copy ``k``: its own id, story, article and entity references renamed."""
    out = dict(record, id=f"{record['id']}~{k}")
    for field in ("story", "event"):
        if out.get(field):
            out[field] = f"{out[field]}~{k}"
    for field in ("articles", "entities"):
        if isinstance(out.get(field), list):
            out[field] = [f"{a}~{k}" for a in out[field]]
    for field in ("sources", "variants"):
        if isinstance(out.get(field), list):
            out[field] = [dict(s, article=f"{s['article']}~{k}") if s.get("article") else s
                          for s in out[field]]
    return out


def build_store(url: str, copies: int) -> None:
    """Fill ``url`` with ``copies`` renamed copies of the ingested sample corpus."""
    with tempfile.TemporaryDirectory() as tmp:
        with open_store(str(Path(tmp) / "sample.db")) as sample:
            ingest_paths([str(p) for p in sample_paths()], sample, Config())
            articles, dossier = list(sample.load_articles()), sample.load_dossier()
    kinds = (("entities", Entity), ("timeline", MergedEvent), ("quotes", MergedQuote), ("stories", Story))
    made = {kind: [] for kind, _ in kinds}
    summaries = []
    with open_store(url) as store:
        for k in range(copies):
            for article in articles:
                clone = type(article).from_dict(article.to_dict())
                clone.id, clone.story = f"{article.id}~{k}", f"{article.story}~{k}" if article.story else None
                store.add_article(clone)
            for kind, cls in kinds:
                made[kind] += [cls.from_dict(copied(r.to_dict(), k)) for r in getattr(dossier, kind)]
            summaries += [copied(a, k) for a in dossier.articles]
        store.save_dossier(Dossier(articles=summaries, **made))


def snapshot(store) -> dict:
    """The former web view's snapshot: every fused record and article summary, as dicts."""
    dossier = store.load_dossier()
    summaries = list(store.article_summaries())
    snap = {kind: [r.to_dict() for r in getattr(dossier, kind)]
            for kind in ("entities", "timeline", "quotes", "stories")}
    snap.update(articles=summaries, by_article={a["id"]: a for a in summaries})
    return snap


def old_timeline(snap: dict, params: dict) -> dict:
    """/api/timeline before it paged in SQL: the snapshot filtered and sliced in Python."""
    story = next((s for s in snap["stories"] if s["id"] == params.get("story")), None)
    events = queries.filter_timeline(snap["timeline"], story=story, date_from=params.get("from"))
    return {"total": len(events), "timeline": queries.paginate(events, params["limit"], 0)}


def old_story(snap: dict, story_id: str) -> dict:
    """/api/stories/{id} (and the story page's data) before: filtered from the snapshot."""
    story = next(s for s in snap["stories"] if s["id"] == story_id)
    timeline = queries.filter_timeline(snap["timeline"], story=story)
    quotes = [q for q in snap["quotes"] if queries.in_story(q, story)]
    known = set().union(*(queries.entity_names(e) for e in snap["entities"]))
    return {"story": story,
            "articles": [snap["by_article"][a] for a in story["articles"] if a in snap["by_article"]],
            "entities": [e for key in story.get("entities") or []
                         if (e := queries.find_entity(snap["entities"], str(key)))],
            "timeline": timeline, "quotes": quotes, "network": queries.network(timeline, known or None),
            "compare": queries.compare(timeline, quotes, snap["by_article"])}


def old_entity(snap: dict, entity_id: str, offset: int = 0) -> dict:
    """/api/entities/{id} (and the entity page's data) before, cut to the page now answered
    (``PAGE_SIZE`` records of each list from ``offset``: the former answer gave them all)."""
    entity = next(e for e in snap["entities"] if e["id"] == entity_id)
    names = queries.entity_names(entity)
    timeline = queries.filter_timeline(snap["timeline"], names=names)
    quotes = [q for q in snap["quotes"] if str(q.get("speaker") or "").casefold() in names]
    articles = [snap["by_article"][a] for a in entity["articles"] if a in snap["by_article"]]
    return {"entity": entity, **{k: queries.paginate(v, PAGE_SIZE, offset) for k, v in
                                 (("timeline", timeline), ("quotes", quotes), ("articles", articles))}}


def old_compare(snap: dict, story_id: str) -> dict:
    story = next(s for s in snap["stories"] if s["id"] == story_id)
    return queries.compare(queries.filter_timeline(snap["timeline"], story=story),
                           [q for q in snap["quotes"] if queries.in_story(q, story)], snap["by_article"])


def old_index(snap: dict) -> dict:
    """The index page's data before: each story's events counted over the whole timeline."""
    return {s["id"]: sum(queries.in_story(e, s) for e in snap["timeline"]) for s in snap["stories"]}


def latest_first(stories: list) -> list:
    """Stories in the order the lists promise (latest ``last`` first, ties by id, undated last)."""
    return sorted(sorted(stories, key=lambda s: s["id"]), key=lambda s: s.get("last") or "", reverse=True)


def same_answer(store, new: dict, expected, compared: str) -> bool:
    """Whether the endpoint's JSON equals the former answer, once the former one is given what
    the endpoints add on top of stored records: each event's date source (``with_date_sources``)
    and sections added since (a story bundle's ``summary``), which the former code never made."""
    if isinstance(expected, dict) and isinstance(expected.get("timeline"), list):
        expected = dict(expected, timeline=with_date_sources(store, expected["timeline"]))
    if compared == "all":
        return {k: v for k, v in new.items() if k in expected} == expected
    return new[compared] == (expected[compared] if isinstance(expected, dict) else expected)


def median_ms(call, runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        call()
        times.append(time.perf_counter() - start)
    return 1000 * statistics.median(times)


def cases(store, snap: dict) -> list:
    """(label, URL, params, the former answer from a snapshot, the new answer without HTTP,
    what JSON to compare: "all", one key, or None for a page)."""
    story = store.stories()[0]["id"]
    article = snap["stories"][0]["articles"][0]
    top = max(snap["entities"], key=lambda e: e.get("mentions") or 0)  # named in every copy
    typical = snap["entities"][len(snap["entities"]) // 2]
    story_rec, top_rec, typical_rec = (store.story(story), store.entity(top["id"]),
                                       store.entity(typical["id"]))
    story_from = {"limit": 50, "story": story, "from": "2024"}
    return [
        ("/api/timeline (limit 50)", "/api/timeline", {"limit": 50},
         lambda s: old_timeline(s, {"limit": 50}), lambda st: st.page_timeline(None, limit=50), "timeline"),
        ("/api/timeline story+from", "/api/timeline", story_from,
         lambda s: old_timeline(s, story_from),
         lambda st: st.page_timeline(None, story, "2024", None, 50), "timeline"),
        ("/api/stories (limit 100)", "/api/stories", {},
         lambda s: latest_first(s["stories"])[:100], lambda st: st.page_stories(100), "stories"),
        ("/api/stories/{id}", f"/api/stories/{story}", {}, lambda s: old_story(s, story),
         lambda st: bundles.story_bundle(st, story_rec), "all"),
        ("/api/compare?story=", "/api/compare", {"story": story},
         lambda s: old_compare(s, story), lambda st: bundles.coverage(st, story), "all"),
        (f"/api/entities/{{id}} ({typical['name'][:12]})", f"/api/entities/{typical['id']}", {},
         lambda s: old_entity(s, typical["id"]),
         lambda st: bundles.entity_bundle(st, typical_rec, PAGE_SIZE), "all"),
        (f"/api/entities/{{id}} ({top['name'][:12]})", f"/api/entities/{top['id']}", {},
         lambda s: old_entity(s, top["id"]), lambda st: bundles.entity_bundle(st, top_rec, PAGE_SIZE), "all"),
        ("/api/entities/{id} top, offset 500", f"/api/entities/{top['id']}",
         {"offset": 500}, lambda s: old_entity(s, top["id"], 500),
         lambda st: bundles.entity_bundle(st, top_rec, PAGE_SIZE, 500), "all"),
        ("page /", "/", {}, old_index, lambda st: bundles.index_context(st, PAGE_SIZE), None),
        ("page / offset 1000", "/", {"offset": 1000}, old_index,
         lambda st: bundles.index_context(st, PAGE_SIZE, 1000), None),
        ("page /stories/{id}", f"/stories/{story}", {}, lambda s: old_story(s, story),
         lambda st: bundles.story_view(st, story_rec), None),
        (f"page /entities/{{id}} ({typical['name'][:12]})", f"/entities/{typical['id']}", {},
         lambda s: old_entity(s, typical["id"]), lambda st: bundles.entity_view(st, typical_rec, PAGE_SIZE), None),
        (f"page /entities/{{id}} ({top['name'][:12]})", f"/entities/{top['id']}", {},
         lambda s: old_entity(s, top["id"]), lambda st: bundles.entity_view(st, top_rec, PAGE_SIZE), None),
        ("page /articles/{id}", f"/articles/{article}", {}, lambda s: None,
         lambda st: st.article(article), None),
    ]


def measure(url: str, runs: int) -> None:
    with open_store(url) as store:
        n_articles, n_events = store.count_articles(), store.count_timeline()
        snap = snapshot(store)
        found = cases(store, snap)
    backend = url.split("://")[0] if "://" in url else "sqlite"
    print(f"{backend}: {n_articles} articles, {n_events} merged events, {len(snap['entities'])} "
          f"entities, {len(snap['quotes'])} quotes, {len(snap['stories'])} stories")
    print("  (ms, median; before = whole snapshot read, then filtered; after = SQL reads of what is shown)")
    with TestClient(create_app(url)) as client:
        store = client.app.state.access.store()
        cold_runs = max(3, runs // 4)
        for label, path, params, old, direct, compared in found:
            response = client.get(path, params=params)
            assert response.status_code == 200, (path, response.status_code)
            same = ""
            if compared:
                same = f"  same={same_answer(store, response.json(), old(snap), compared)}"
            before_cold = median_ms(lambda: old(snapshot(store)), cold_runs)
            before_cached = median_ms(lambda: old(snap), runs)
            after = median_ms(lambda: client.get(path, params=params), runs)
            after_direct = median_ms(lambda: direct(store), runs)
            print(f"  {label:<34} before: {before_cold:7.0f} cold, {before_cached:7.2f} cached   "
                  f"after: {after:7.2f} HTTP, {after_direct:7.2f} no HTTP{same}")
        search_before = median_ms(lambda: queries.search_text(
            ((a.to_dict(), a.text) for a in store.load_articles(layers=())), "trawler"), cold_runs)
        search_after = median_ms(lambda: client.get("/api/search", params={"q": "trawler"}), runs)
        print(f"  /api/search q='trawler'            before (scan): {search_before:7.1f}"
              f"   after (full-text): {search_after:6.2f} HTTP")


def cached_store(copies: int, fresh: bool) -> str:
    """The SQLite bench store under bench/out, built when missing (or when ``fresh``)."""
    path = Path(__file__).resolve().parent / "out" / f"api-{copies}.db"
    if fresh or not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        for stale in path.parent.glob(path.name + "*"):
            stale.unlink()
        start = time.perf_counter()
        building = path.with_name(path.name + ".building")
        build_store(str(building), copies)
        building.rename(path)
        print(f"built {path} in {time.perf_counter() - start:.1f} s")
    return str(path)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--copies", type=int, default=125)
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument("--fresh", action="store_true", help="build the store again")
    args = parser.parse_args()
    measure(cached_store(args.copies, args.fresh), args.runs)
    server = os.environ.get("STORYLINE_TEST_PG")
    if server:
        import psycopg

        name = "storyline_bench_" + uuid.uuid4().hex[:12]
        with psycopg.connect(server, autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
        pg = server.rsplit("/", 1)[0] + "/" + name
        try:
            build_store(pg, args.copies)
            measure(pg, args.runs)
        finally:
            with psycopg.connect(server, autocommit=True) as conn:
                conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


if __name__ == "__main__":
    main()
