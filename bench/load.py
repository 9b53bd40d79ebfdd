"""Load on the real server: N concurrent clients over a mix of API endpoints and pages.

    python bench/load.py [--copies 125] [--seconds 10] [--clients 1,8,32] [--no-writer]
    # PostgreSQL too when STORYLINE_TEST_PG is set

The store is bench/api.py's: the sample corpus ingested once and copied to ~2,000 articles
(bench/out/api-<copies>.db, built when missing). ``storyline serve`` runs it in a subprocess
(uvicorn, one process, as a user starts it); each client is a thread with its own keep-alive
http.client connection, requesting the mix in turn for ``--seconds`` per level. Printed per
level: requests/s, p50/p95/p99 latency and errors (any status but 200/204, or a broken
connection), then, as the baseline, the same for /favicon.ico alone (no database, no
template: what the server and the clients cost by themselves). Last, unless --no-writer, the
mix again at the highest level while another process writes to the store (an article added
and deleted in a loop, each a transaction), which is where SQLite's locking would show.
The clients share the machine's cores with the server, so the figures are a floor.
"""
from __future__ import annotations

import argparse
import http.client
import multiprocessing
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from pathlib import Path
from urllib.parse import quote

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # run from a checkout without install
sys.path.insert(0, str(Path(__file__).resolve().parent))

from api import build_store, cached_store  # noqa: E402

from storyline.store import open_store  # noqa: E402


def mix(url: str) -> list[str]:
    """The requested paths: list endpoints (first and deep pages), details, search, pages."""
    with open_store(url) as store:
        stories = store.stories()
        story = stories[len(stories) // 2]["id"]
        article = stories[len(stories) // 2]["articles"][0]
        entities = store.entities()
        entity = entities[len(entities) // 2]["id"]
        n = store.count_articles()
    s, a, e = quote(story, safe=""), quote(article, safe=""), quote(entity, safe="")
    return [
        "/api/timeline?limit=50", f"/api/timeline?limit=50&offset={n}", f"/api/timeline?story={s}",
        "/api/stories?limit=100", f"/api/stories/{s}", f"/api/compare?story={s}",
        "/api/entities?limit=50", f"/api/entities/{e}", "/api/quotes?limit=50",
        f"/api/articles?limit=50&offset={n // 2}", f"/api/articles/{a}", "/api/search?q=trawler",
        "/", f"/stories/{s}", f"/articles/{a}", f"/entities/{e}",
    ]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def start_server(url: str, port: int) -> subprocess.Popen:
    """``storyline serve`` in a subprocess, once it answers."""
    exe = str(Path(sys.executable).with_name("storyline"))
    command = [exe] if Path(exe).exists() else [sys.executable, "-c", "from storyline.cli import main; main()"]
    server = subprocess.Popen([*command, "serve", "--db", url, "--port", str(port)],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=2)
            conn.request("GET", "/favicon.ico")
            if conn.getresponse().status == 204:
                return server
        except OSError:
            time.sleep(0.2)
    server.kill()
    raise SystemExit("the server did not start")


def client(port: int, paths: list, start: int, until: float, out: list) -> None:
    """Request ``paths`` in turn (from ``start``) until ``until``; append (ms, ok, path)."""
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
    i = start
    while time.monotonic() < until:
        path = paths[i % len(paths)]
        i += 1
        begin = time.perf_counter()
        try:
            conn.request("GET", path)
            response = conn.getresponse()
            response.read()
            ok = response.status in (200, 204)
        except (OSError, http.client.HTTPException):
            ok = False
            conn.close()
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
        out.append((1000 * (time.perf_counter() - begin), ok, path))
    conn.close()


def percentile(values: list, q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))] if ordered else float("nan")


def run_level(port: int, paths: list, clients: int, seconds: float) -> dict:
    out: list = []
    until = time.monotonic() + seconds
    threads = [threading.Thread(target=client, args=(port, paths, k * 3, until, out))
               for k in range(clients)]
    begin = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    elapsed = time.perf_counter() - begin
    ms = [m for m, _, _ in out]
    failed = sorted({p for _, ok, p in out if not ok})
    by_path: dict = {}
    for m, _, p in out:
        by_path.setdefault(p, []).append(m)
    slowest = sorted(((percentile(v, 0.5), p) for p, v in by_path.items()), reverse=True)[:3]
    return {"n": len(out), "rps": len(out) / elapsed, "p50": percentile(ms, 0.50),
            "p95": percentile(ms, 0.95), "p99": percentile(ms, 0.99),
            "errors": sum(not ok for _, ok, _ in out), "failed": failed, "slowest": slowest}


def show(label: str, clients: int, r: dict) -> None:
    print(f"  {label:<22} {clients:>3} clients  {r['rps']:8.1f} req/s  p50 {r['p50']:7.1f} ms  "
          f"p95 {r['p95']:7.1f} ms  p99 {r['p99']:7.1f} ms  errors {r['errors']}/{r['n']}"
          + (f"  failing: {', '.join(r['failed'][:4])}" if r["failed"] else ""))


def writer(url: str, stop, done) -> None:
    """Another process writing: an article added, then deleted, each its own transaction."""
    with open_store(url) as store:
        model = next(iter(store.load_articles()))
        while not stop.is_set():
            clone = type(model).from_dict(model.to_dict())
            clone.id = "load-writer-" + uuid.uuid4().hex[:8]
            store.add_article(clone)
            store.delete_article(clone.id)
            done.value += 2


def measure(url: str, levels: list, seconds: float, with_writer: bool) -> None:
    paths = mix(url)
    port = free_port()
    server = start_server(url, port)
    try:
        for path in paths:  # warm: the first search builds the full-text index
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=120)
            conn.request("GET", path)
            assert conn.getresponse().status == 200, path
            conn.close()
        with open_store(url) as store:
            n = store.count_articles()
        backend = url.split("://")[0] if "://" in url else "sqlite"
        print(f"{backend}: {n} articles; {len(paths)} paths in the mix; {seconds:g} s per level")
        for clients in levels:
            result = run_level(port, paths, clients, seconds)
            show("mix", clients, result)
            if clients == 1:  # where the time goes, without queueing
                print("    slowest (p50): " + ", ".join(f"{p} {m:.0f} ms" for m, p in result["slowest"]))
            show("baseline /favicon.ico", clients, run_level(port, ["/favicon.ico"], clients, seconds))
        if with_writer:
            spawn = multiprocessing.get_context("spawn")
            stop, done = spawn.Event(), spawn.Value("i", 0)
            proc = spawn.Process(target=writer, args=(url, stop, done))
            proc.start()
            try:
                # a spawned process takes seconds to import storyline: measure only once it writes
                deadline = time.monotonic() + 120
                while done.value == 0 and proc.is_alive() and time.monotonic() < deadline:
                    time.sleep(0.05)
                before = done.value
                show("mix + a writer", levels[-1], run_level(port, paths, levels[-1], seconds))
                during = done.value - before
            finally:
                stop.set()
                proc.join(30)
            print(f"  (the writer committed {during} transactions meanwhile; exit code {proc.exitcode})")
    finally:
        server.terminate()
        server.wait(10)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--copies", type=int, default=125)
    parser.add_argument("--seconds", type=float, default=10.0)
    parser.add_argument("--clients", default="1,8,32")
    parser.add_argument("--no-writer", action="store_true")
    args = parser.parse_args()
    levels = [int(c) for c in args.clients.split(",")]
    cached = cached_store(args.copies, False)
    with tempfile.TemporaryDirectory() as tmp:  # a copy: the writer must not touch the cache
        db = str(Path(tmp) / "load.db")
        shutil.copy(cached, db)
        measure(db, levels, args.seconds, not args.no_writer)
    server = os.environ.get("STORYLINE_TEST_PG")
    if server:
        import psycopg

        name = "storyline_load_" + uuid.uuid4().hex[:12]
        with psycopg.connect(server, autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
        try:
            pg = server.rsplit("/", 1)[0] + "/" + name
            build_store(pg, args.copies)
            measure(pg, levels, args.seconds, not args.no_writer)
        finally:
            with psycopg.connect(server, autocommit=True) as conn:
                conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


if __name__ == "__main__":
    main()
