"""API latency at scale: ``GET /api/timeline?limit=50`` on a 2,000-article store.

    python bench/api.py [--copies 125] [--runs 20]   # PostgreSQL too when STORYLINE_TEST_PG is set

The store: the bundled sample corpus (16 invented articles) ingested once through the real
pipeline, then its articles and fused records copied ``--copies`` times under new ids
(articles, stories, merged events, quotes, entities), so 125 copies hold 2,000 articles with
proportionate fused tables. Timed through FastAPI's TestClient (no network):

- before: the former endpoint: every fused record read (``load_dossier``), filtered and
  sliced in Python; "cold" when its 2 s snapshot cache has expired, "cached" within it;
- after:  the endpoint as it is now, the filters, order and page in SQL.

Prints the median milliseconds per request of each, for an unfiltered page and a filtered one;
then article search: the former scan of every text against the full-text index.
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
from storyline.serve import create_app, queries  # noqa: E402
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


def old_timeline(access, params: dict) -> dict:
    """The endpoint before this change: the whole snapshot, filtered and paged in Python."""
    snap = access.snapshot()
    story = snap.story(params["story"]) if params.get("story") else None
    events = queries.filter_timeline(snap.timeline, story=story, date_from=params.get("from"))
    return {"total": len(events), "timeline": queries.paginate(events, params["limit"], 0)}


def median_ms(call, runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        call()
        times.append(time.perf_counter() - start)
    return 1000 * statistics.median(times)


def measure(url: str, runs: int) -> None:
    with open_store(url) as store:
        story = store.stories()[0]["id"]
        n_articles, n_events = store.count_articles(), store.count_timeline()
    backend = url.split("://")[0] if "://" in url else "sqlite"
    print(f"{backend}: {n_articles} articles, {n_events} merged events")
    with TestClient(create_app(url)) as client:
        access = client.app.state.access
        for label, params in (("unfiltered", {"limit": 50}),
                              ("story+from", {"limit": 50, "story": story, "from": "2024"})):
            new = client.get("/api/timeline", params=params).json()
            old = old_timeline(access, params)
            same = new["total"] == old["total"] and new["timeline"] == old["timeline"]

            def cold():
                access.invalidate()
                old_timeline(access, params)

            before_cold = median_ms(cold, max(3, runs // 4))
            before_cached = median_ms(lambda: old_timeline(access, params), runs)
            after = median_ms(lambda: client.get("/api/timeline", params=params), runs)
            store = access.store()
            direct = median_ms(lambda: store.page_timeline(
                None, params.get("story"), params.get("from"), None, params["limit"], 0), runs)
            print(f"  /api/timeline {label:<11} before: {before_cold:8.1f} ms cold, "
                  f"{before_cached:6.2f} ms cached (no HTTP)   after (SQL): {after:6.2f} ms, "
                  f"{direct:6.2f} ms without HTTP   same={same}")
        search_before = median_ms(lambda: queries.search_text(
            ((a.to_dict(), a.text) for a in access.store().load_articles(layers=())), "trawler"),
            max(3, runs // 4))
        search_after = median_ms(lambda: client.get("/api/search", params={"q": "trawler"}), runs)
        print(f"  /api/search q='trawler'  before (scan): {search_before:8.1f} ms   "
              f"after (full-text): {search_after:6.2f} ms")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--copies", type=int, default=125)
    parser.add_argument("--runs", type=int, default=20)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        url = str(Path(tmp) / "api.db")
        start = time.perf_counter()
        build_store(url, args.copies)
        print(f"built the store in {time.perf_counter() - start:.1f} s")
        measure(url, args.runs)
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
