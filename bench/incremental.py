"""Incremental merging: time to ingest a few new articles into a large store.

    python bench/incremental.py --articles 2000 --new 20 [--jobs 2] [--store base.db]

The benchmark corpus (bench/corpus.py) is built with ``articles + new`` texts; the first
``articles`` are ingested once into a base SQLite store (cached as
bench/out/incremental-<articles>.db, or given with ``--store``; building it is the long part),
whose merged records are then made again by this code (a full merge, timed and printed).
Then the last ``new`` articles are ingested into two copies of that store, through
``storyline.ingest_service.ingest_paths`` (the code behind ``storyline ingest``):

- full:        ``merge_all=True``, every stored article merged again (what each ingest did before);
- incremental: the default, only the stories the new articles touch merged again.

Both copies must end with the same merged records (stories, timeline, quotes, entities); the
script says whether they do, and how many article bodies each run parsed again to re-date
articles whose publication date the corpus inferred (none, where the store's dating records
hold what an earlier merge made of them). The last line is
``full_s=… incremental_s=… speedup=… same=… incremental_parses=…``.
"""
from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # run from a checkout without install
sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import OUT_DIR, build_corpus  # noqa: E402

from storyline.config import Config  # noqa: E402
from storyline.ingest_service import ingest_paths, refuse  # noqa: E402
from storyline.store import open_store  # noqa: E402
from storyline.time.redate import parse_count  # noqa: E402


def split_corpus(articles: int, new: int) -> tuple[Path, Path]:
    """(base.jsonl, new.jsonl) under bench/out, from a corpus of ``articles + new`` texts."""
    whole = OUT_DIR / f"incremental-corpus-{articles + new}.jsonl"
    if not whole.exists():
        OUT_DIR.mkdir(parents=True, exist_ok=True)
        build_corpus(articles + new, path=whole)
    lines = whole.read_text(encoding="utf-8").splitlines(keepends=True)
    base, fresh = OUT_DIR / f"incremental-base-{articles}.jsonl", OUT_DIR / f"incremental-new-{new}.jsonl"
    base.write_text("".join(lines[:articles]), encoding="utf-8")
    fresh.write_text("".join(lines[articles:articles + new]), encoding="utf-8")
    return base, fresh


def copy_sqlite(source: str, target: str) -> None:
    """A consistent copy of a SQLite store (its WAL included) via the backup API."""
    import sqlite3

    with sqlite3.connect(source) as src, sqlite3.connect(target) as dst:
        src.backup(dst)


def timed_ingest(base_db: str, new_file: Path, workdir: Path, merge_all: bool, jobs: int) -> tuple:
    """Ingest ``new_file`` into a copy of ``base_db``: (seconds, split, dossier, re-dating parses)."""
    db = str(workdir / ("full.db" if merge_all else "incremental.db"))
    copy_sqlite(base_db, db)
    stored, parses = [0.0, 0.0], parse_count()  # wall and CPU clocks at the last article stored
    start = time.perf_counter()
    with open_store(db) as store:
        summary = ingest_paths([str(new_file)], store, Config(jobs=jobs), jobs=jobs, merge_all=merge_all,
                               progress=lambda _item: stored.__setitem__(
                                   slice(0, 2), [time.perf_counter(), time.process_time()]))
        seconds = time.perf_counter() - start
        # the merge's CPU time: steadier than wall time on a machine others share
        merge_cpu = time.process_time() - stored[1]
        dossier = store.load_dossier().to_dict()
    for error in summary.errors[:5]:
        print(f"# error: {error}", file=sys.stderr)
    parses = parse_count() - parses
    split = (f"read+annotate+store {stored[0] - start:.1f} s, merge+save {start + seconds - stored[0]:.1f} s "
             f"(CPU {merge_cpu:.1f} s), re-dating parses {parses}")
    return seconds, f"ingested {summary.ingested}, {split}", dossier, parses


def warm_up() -> None:
    """Load the model and every stage's resources first, so neither timing includes start-up."""
    from storyline.pipeline import Pipeline

    import storyline.ingest.dedupe  # noqa: F401  (datasketch/scipy import)

    pipeline = Pipeline(Config(jobs=1))
    pipeline.fuse(list(pipeline.pipe(["The ministers met in the capital on Tuesday. \"We agreed,\" "
                                      "the minister said."], jobs=1)))


def comparable(dossier: dict) -> dict:
    return {kind: sorted(json.dumps(r, sort_keys=True) for r in dossier[kind])
            for kind in ("articles", "entities", "timeline", "quotes", "stories")}


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description="ingest a few articles into a large store: full vs incremental merge")
    parser.add_argument("--articles", type=int, default=2000, help="articles in the base store")
    parser.add_argument("--new", type=int, default=20, help="articles ingested into it")
    parser.add_argument("--jobs", type=int, default=1, help="worker processes for the per-article stages")
    parser.add_argument("--store", help="an existing base store (SQLite) instead of building one")
    parser.add_argument("--new-file", help="a JSON-lines file of the new articles (with --store)")
    args = parser.parse_args(argv)
    base_jsonl, new_file = split_corpus(args.articles, args.new) if not args.new_file else (None, Path(args.new_file))
    base_db = args.store or str(OUT_DIR / f"incremental-{args.articles}.db")
    if not Path(base_db).exists():
        print(f"# building the base store {base_db} from {base_jsonl} (once; slow)", file=sys.stderr)
        with open_store(base_db) as store:
            ingest_paths([str(base_jsonl)], store, Config(jobs=args.jobs), jobs=args.jobs)
    with open_store(base_db) as store:
        count = store.count_articles()
    print(f"# base store: {count} articles ({base_db}); new: {new_file}; jobs={args.jobs}")
    warm_up()
    with tempfile.TemporaryDirectory(prefix="storyline-incremental-") as tmp:
        # the base's merged records as this code makes them, so both runs start from the same
        current = str(Path(tmp) / "base-now.db")
        copy_sqlite(base_db, current)
        start = time.perf_counter()
        parses = parse_count()
        with open_store(current) as store:
            refuse(store, Config(jobs=args.jobs))
        print(f"# full merge of the base store alone: {time.perf_counter() - start:.1f} s "
              f"(re-dating parses {parse_count() - parses})")
        full_s, full_split, full, _ = timed_ingest(current, new_file, Path(tmp), True, args.jobs)
        inc_s, inc_split, inc, inc_parses = timed_ingest(current, new_file, Path(tmp), False, args.jobs)
    same = comparable(full) == comparable(inc)
    differing = [k for k, v in comparable(full).items() if v != comparable(inc)[k]]
    print(f"# full merge (before):   {full_s:.1f} s ({full_split})")
    print(f"# incremental (after):   {inc_s:.1f} s ({inc_split})")
    print(f"# same merged records: {same}{'' if same else ' (differ: ' + ', '.join(differing) + ')'}")
    print(f"full_s={full_s:.1f} incremental_s={inc_s:.1f} speedup={full_s / inc_s:.2f} same={same} "
          f"incremental_parses={inc_parses}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
