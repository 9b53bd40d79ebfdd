"""Store throughput: articles written and read per second, and timeline query latency.

    python bench/store.py [--articles 500] [--events 2000]
    # SQLite; PostgreSQL too when STORYLINE_TEST_PG is set

Articles are the five seed texts (read at run time) repeated under new ids, each with a
mention layer of every capitalised word and one event per sentence, so the layer tables
carry realistic row counts. The baseline is writing and reading the same records as
JSON lines (``to_dict`` + ``json``), the store's cheapest alternative.

An incremental merge's save (``save_changes``: a few merged events new or changed) is timed
against replacing every merged record (``save_dossier``).
"""
from __future__ import annotations

import argparse
import json
import os
import re
import sys
import tempfile
import time
import uuid
from dataclasses import replace
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from storyline.model import Article, Dossier, Event, MergedEvent, Mention, Span  # noqa: E402
from storyline.store import open_store  # noqa: E402

SEEDS = Path(__file__).resolve().parents[2] / "shared" / "seeds"
N_ARTICLES = 500
N_EVENTS = 2000
N_CHANGED = 20  # events an incremental merge adds, and events it changes


def make_articles(n: int) -> list[Article]:
    texts = [p.read_text("utf-8") for p in sorted(SEEDS.glob("*.txt"))]
    articles = []
    for i in range(n):
        text = texts[i % len(texts)]
        sentences = [[m.start(), m.end()] for m in re.finditer(r"[^\n.]+[.\n]?", text)]
        mentions = [Mention(m.start(), m.end(), m.group(), "PROPN", sentence=None)
                    for m in re.finditer(r"\b[A-Z][a-z]+\b", text)]
        events = [Event(article=f"b{i}", trigger=Span(s, s + 1, text[s]),
                        sentence=Span(s, e, text[s:e]), type="CONSULT") for s, e in sentences[:10]]
        articles.append(Article(id=f"b{i}", text=text, sentences=sentences, mentions=mentions,
                                events=events, meta={"n": i}))
    return articles


def make_dossier(n: int, n_articles: int = N_ARTICLES) -> Dossier:
    events = [MergedEvent(f"e{i}", f"2023-{1 + i % 12:02d}-{1 + i % 28:02d}" if i % 7 else None,
                          None, "CONSULT", "040", "happened", f"event {i}",
                          [{"name": f"Actor {i % 50}", "role": "source", "code": "CHNGOV"}],
                          None, [{"article": f"b{i % n_articles}"}]) for i in range(n)]
    return Dossier(timeline=events)


def timed(fn) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def bench_store(url: str, articles: list, dossier: Dossier) -> dict:
    with open_store(url) as store:
        write = timed(lambda: [store.add_article(a) for a in articles])
        read = timed(lambda: list(store.load_articles()))
        store.save_dossier(dossier)
        query = timed(lambda: [store.timeline(entity="Actor 7", date_from="2023-03",
                                              date_to="2023-06", limit=50) for _ in range(20)])
        # an incremental merge: a few events new or changed, every later one a place on
        previous, changed = store.load_dossier(), few_changes(dossier)
        diff = timed(lambda: store.save_changes(previous, changed))
        whole = timed(lambda: store.save_dossier(dossier))
    return {"events": len(dossier.timeline), "write": len(articles) / write, "read": len(articles) / read,
            "query_ms": query / 20 * 1e3,
            "save_changes_ms": diff * 1e3, "save_dossier_ms": whole * 1e3}


def few_changes(dossier: Dossier, n: int = N_CHANGED) -> Dossier:
    """``dossier`` with ``n`` events added at the front and ``n`` others given a new summary."""
    fresh = [MergedEvent(f"new{i}", "2023-01-01", None, "CONSULT", "040", "happened", "new",
                         [], None, [{"article": "b0"}]) for i in range(n)]
    timeline = [replace(e, summary=e.summary + " (changed)") if i % (len(dossier.timeline) // n) == 0
                else e for i, e in enumerate(dossier.timeline)]
    return replace(dossier, timeline=fresh + timeline)


def bench_jsonl(path: Path, articles: list) -> dict:
    def write():
        with path.open("w", encoding="utf-8") as fh:
            for a in articles:
                fh.write(json.dumps(a.to_dict(), ensure_ascii=False) + "\n")

    def read():
        with path.open(encoding="utf-8") as fh:
            return [Article.from_dict(json.loads(line)) for line in fh]

    return {"write": len(articles) / timed(write), "read": len(articles) / timed(read)}


def _saves(res: dict) -> str:
    return (f"                 {N_CHANGED} new + {N_CHANGED} changed of {res['events']} events: "
            f"save_changes {res['save_changes_ms']:.0f} ms (baseline: save_dossier, all "
            f"replaced, {res['save_dossier_ms']:.0f} ms)")


def pg_database(server: str):
    import psycopg

    name = "storyline_bench_" + uuid.uuid4().hex[:12]
    with psycopg.connect(server, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    return name, urlunsplit(urlsplit(server)._replace(path="/" + name))


def parse_args(argv=None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=N_ARTICLES, help="articles written and read")
    parser.add_argument("--events", type=int, default=N_EVENTS,
                        help=f"merged events saved (at least {N_CHANGED}, the events changed)")
    args = parser.parse_args(argv)
    if args.articles < 1 or args.events < N_CHANGED:
        parser.error(f"--articles must be at least 1 and --events at least {N_CHANGED}")
    return args


def main() -> None:
    args = parse_args()
    articles, dossier = make_articles(args.articles), make_dossier(args.events, args.articles)
    layer_rows = sum(len(a.mentions) + len(a.events) for a in articles)
    print(f"{args.articles} articles ({layer_rows} layer rows), {args.events} merged events")
    with tempfile.TemporaryDirectory() as tmp:
        base = bench_jsonl(Path(tmp) / "a.jsonl", articles)
        print(f"baseline JSONL : write {base['write']:8.0f} art/s  read {base['read']:8.0f} art/s")
        res = bench_store(str(Path(tmp) / "b.db"), articles, dossier)
        print(f"SQLite (WAL)   : write {res['write']:8.0f} art/s  read {res['read']:8.0f} art/s  "
              f"timeline query {res['query_ms']:.2f} ms")
        print(_saves(res))
    server = os.environ.get("STORYLINE_TEST_PG")
    if not server:
        print("PostgreSQL     : skipped (set STORYLINE_TEST_PG, see .ci/postgres.sh)")
        return
    import psycopg

    name, url = pg_database(server)
    try:
        res = bench_store(url, articles, dossier)
        print(f"PostgreSQL     : write {res['write']:8.0f} art/s  read {res['read']:8.0f} art/s  "
              f"timeline query {res['query_ms']:.2f} ms")
        print(_saves(res))
    finally:
        with psycopg.connect(server, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


if __name__ == "__main__":
    main()
