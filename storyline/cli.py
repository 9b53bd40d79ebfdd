"""The command line: a thin layer over the library (ingest_service, store, report)."""
from __future__ import annotations

import json
import sys
import tempfile
from contextlib import nullcontext
from pathlib import Path
from typing import Callable, List, NoReturn, Optional

import typer
from rich.console import Console
from rich.markup import escape

from .config import DEFAULT_DB, Config
from .report import coverage, entity_key, render
from .report.formats import FORMATS, choices

EXIT_OK, EXIT_USAGE, EXIT_FAILED, EXIT_STORE = 0, 1, 2, 3
EXIT_CODES = """Exit codes: 0 all inputs ingested (duplicates and unchanged count as success);
1 bad usage or the database could not be opened; 2 at least one input failed (each failure is
reported with its file, line and reason, and every other input was still ingested); 3 the
database failed during the run (connection lost and no reconnect, locked by another writer past
the wait, disk full): the run stopped, every article stored before is whole, and running the same
command again finishes the job."""

app = typer.Typer(
    help="storyline: news articles in; one dated, sourced record of events, entities, quotes and stories out.\n\n"
         "Example: storyline demo",
    no_args_is_help=True, add_completion=False, rich_markup_mode=None,
)
err = Console(stderr=True, soft_wrap=True)  # never wrap file paths in messages


def _error(text: str) -> None:
    """Print ``error: text`` to stderr; the text is escaped, so a '[parquet]' or a path
    with brackets in it is printed as written, not read as Rich markup."""
    err.print("[red]error:[/red] " + escape(str(text)), highlight=False)


def _refuse(text: str) -> NoReturn:
    """Print ``error: text`` and exit 1 (bad usage: nothing was done)."""
    _error(text)
    raise typer.Exit(EXIT_USAGE)


def _warning(text: str) -> None:
    err.print("[yellow]warning:[/yellow] " + escape(str(text)), highlight=False)

READ_EXIT_CODES = "Exit codes: 0 printed; 1 bad usage ({}) or the database could not be opened."

DbOption = typer.Option(DEFAULT_DB, "--db", help="SQLite file, or a postgresql:// URL")
FormatOption = typer.Option("table", "--format", "-f", help="table | json | csv")


def _open(db: str, must_exist: bool = False):
    """The store at ``db`` (str: a path or URL), or exit 1 saying why not; must_exist (bool): a
    read-only command refuses a SQLite file that is not there rather than create it (a typo)."""
    from .store import open_store

    if must_exist:
        _require_database(db)
    try:
        return open_store(db)
    except Exception as exc:  # noqa: BLE001 - shown to the user, exit 1
        reason = str(exc)  # the store's reason names the path already
        _refuse(reason if db in reason else f"cannot open database {db!r}: {reason}")


def _require_database(db: str) -> None:
    """Exit 1 when ``db`` names a SQLite file (a path or ``sqlite:///path``) that is not there."""
    path = db[len("sqlite:///"):] if db.startswith("sqlite:///") else db
    if db.startswith(("postgresql://", "postgres://")) or path in ("", ":memory:") or Path(path).exists():
        return
    _refuse(f"no database at {path!r}; ingest articles into it first: storyline ingest FILES --db {db}")


def _emit(records: list, kind: str, fmt: str) -> None:
    try:
        text = render(records, kind, fmt)
    except ValueError as exc:
        _refuse(f"{exc}")
    sys.stdout.write(text if text.endswith("\n") else text + "\n")


def _check_story(store, story: Optional[str]) -> None:
    """Exit 1 when ``--story`` names no stored story, rather than printing an empty answer."""
    if story is not None and store.story(story) is None:
        _refuse(f"no story with id {story!r} (see: storyline stories)")


def _check_dates(**options: Optional[str]) -> None:
    """Exit 1 on an option's value that is no date (``date_from="2024-13"``), or a --from
    after the --to, rather than failing later; options: option name (less "--") -> value."""
    from .store.rows import date_bounds

    for option, value in options.items():
        day = value.split("T")[0] if option == "published" and value else value  # a time may follow
        if day is not None and date_bounds(day)[0] is None:
            _refuse(f"--{option.replace('date_', '')} {value!r} is not a date: use YYYY, YYYY-MM or YYYY-MM-DD")
    first, last = options.get("date_from"), options.get("date_to")
    if first and last and date_bounds(first)[0] > date_bounds(last)[1]:
        _refuse(f"--from {first} is after --to {last}")


def _check_format(fmt: str, known: tuple) -> None:
    """Exit 1 naming the formats a command has, rather than printing another one."""
    if fmt not in known:
        _refuse(f"unknown format {fmt!r}: use {choices(known)}")


def _progress(quiet: bool):
    from rich.progress import BarColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    if quiet or not err.is_terminal:  # a bar in a log file is noise, and its end leaves a blank line
        return None, None
    progress = Progress(SpinnerColumn(), TextColumn("ingesting"), BarColumn(), TextColumn("{task.completed} done"),
                        TimeElapsedColumn(), console=err, transient=True)
    task = progress.add_task("ingest", total=None)
    return progress, (lambda _item: progress.advance(task))


def _engine(name: str, jobs: int, address: Optional[str]):
    """The named engine, or exit 1 saying why it cannot run (unknown name, Ray missing)."""
    from .engine import make_engine
    from .errors import ConfigError

    try:
        return make_engine(name, jobs=jobs, address=address)
    except ConfigError as exc:
        _refuse(f"{exc}")
    except Exception as exc:  # noqa: BLE001 - e.g. no Ray cluster at --address
        _refuse(f"cannot start the {name} engine: {type(exc).__name__}: {exc}")


def run_ingest(paths: List[str], db: str, jobs: int, quiet: bool, max_bytes: Optional[int] = None,
               engine: str = "local", address: Optional[str] = None, merge_all: bool = False) -> int:
    """Ingest ``paths`` into ``db``; print errors and a closing summary; return the exit code."""
    from .ingest_service import ingest_paths

    config = Config(jobs=jobs)
    if max_bytes:
        config.max_bytes = max_bytes
    store = _open(db)
    progress, tick = _progress(quiet)
    try:
        with _engine(engine, jobs, address) as runner, progress or nullcontext():
            summary = ingest_paths(paths, store, config, progress=tick, engine=runner, merge_all=merge_all)
    finally:
        store.close()
    _report(summary, quiet)
    return EXIT_STORE if summary.aborted else EXIT_FAILED if summary.failed else EXIT_OK


def _report(summary, quiet: bool) -> None:
    """Errors always; warnings and the closing count line unless ``quiet``."""
    for error in summary.errors:
        _error(f"{error}")
    if summary.aborted:
        _error(f"stopped: the database failed: {summary.aborted}; {summary.ingested} new articles were "
               "stored whole before it; run the same command again to finish")
    if not quiet:
        for warning in summary.warnings:
            _warning(warning)
        err.print(f"ingested {summary.ingested}, duplicates {summary.duplicates}, unchanged {summary.unchanged}, "
                  f"near-duplicates linked {summary.near_duplicates}, failed {summary.failed}", highlight=False)


EngineOption = typer.Option("local", "--engine", help="where the NLP stages run: local (this machine, "
                            "--jobs processes) or ray (Ray tasks; pip install 'storyline[distributed]')")
AddressOption = typer.Option(None, "--address", help="with --engine ray: the Ray cluster to join "
                             "(auto, ray://host:10001); default: start Ray here with --jobs CPUs")


@app.command(epilog=EXIT_CODES)
def ingest(
    paths: List[str] = typer.Argument(..., help="files, folders (recursive), globs, or - for stdin"),
    db: str = DbOption,
    jobs: int = typer.Option(0, "--jobs", "-j", help="worker processes for the NLP stages (0 = all cores)"),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="no progress bar, no summary"),
    max_bytes: Optional[int] = typer.Option(None, "--max-bytes", help="refuse inputs larger than this"),
    engine: str = EngineOption,
    address: Optional[str] = AddressOption,
    merge_all: bool = typer.Option(False, "--merge-all", help="merge every stored article again, not only "
                                   "the stories new articles touch (after upgrading storyline)"),
):
    """Read articles (.txt, .html, .jsonl/.json, RSS/Atom, stdin) and add them to the database.

    Only the stories the new articles join are merged again; the rest of the merged
    record is kept (--merge-all merges everything).

    Example: storyline ingest articles/ feed.xml --db news.db

    Example: storyline ingest big.jsonl --engine ray --address auto
    """
    raise typer.Exit(run_ingest(paths, db, jobs, quiet, max_bytes, engine, address, merge_all))


WATCH_EXIT_CODES = """Exit codes: 0 stopped with Ctrl-C, or (--once) every input ingested; 1 bad usage, the database
could not be opened or the engine could not start; 2 (--once) at least one input failed (each failure is
reported with its file or URL, line and reason; the rest was still ingested); 3 (--once) the database failed
during the pass (what was stored is whole; run again to finish). Without --once, failures are reported after
each pass and watching goes on."""


@app.command(epilog=WATCH_EXIT_CODES)
def watch(
    sources: List[str] = typer.Argument(..., help="RSS/Atom feed files or http(s) URLs, folders, globs"),
    db: str = DbOption,
    every: float = typer.Option(60.0, "--every", min=1.0, help="seconds between passes"),
    once: bool = typer.Option(False, "--once", help="one pass, then exit (for cron and tests)"),
    jobs: int = typer.Option(1, "--jobs", "-j", help="worker processes for the NLP stages (0 = all cores)"),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="only errors"),
    engine: str = EngineOption,
    address: Optional[str] = AddressOption,
):
    """Poll feeds and folders; ingest each new article as it appears; stop with Ctrl-C (or SIGTERM).

    Files are read again only when they change; URLs are fetched with ETag/Last-Modified,
    and articles already stored are skipped.

    Example: storyline watch https://example.org/world.rss inbox/ --every 300 --db news.db
    """
    import signal

    from .engine.watch import Watcher, watch as watch_sources

    config = Config(jobs=jobs)
    store = _open(db)
    failed, aborted = [0], [False]

    def after_pass(summary) -> None:
        failed[0] += summary.failed
        aborted[0] = aborted[0] or bool(summary.aborted)  # watching goes on: the next pass retries
        _report(summary, quiet or not (summary.ingested or summary.duplicates or summary.failed))

    def stop(_signum, _frame):
        raise KeyboardInterrupt  # a service manager's SIGTERM stops it like Ctrl-C

    previous = signal.signal(signal.SIGTERM, stop)
    try:
        with _engine(engine, jobs, address) as runner:
            watcher = Watcher(list(sources), store, config, engine=runner)
            watch_sources(watcher, every, once=once, on_poll=after_pass)
    except KeyboardInterrupt:
        err.print("stopped", highlight=False)
        raise typer.Exit(EXIT_OK)
    finally:
        signal.signal(signal.SIGTERM, previous)
        store.close()
    if once and aborted[0]:
        raise typer.Exit(EXIT_STORE)
    raise typer.Exit(EXIT_FAILED if once and failed[0] else EXIT_OK)


def _listing(name: str, read: Callable, doc: str) -> None:
    """Register a command that prints the records ``read(store)`` gives, as ``name`` records
    (table, json or csv); doc (str): its help, with an example."""
    def command(db: str = DbOption, fmt: str = FormatOption):
        with _open(db, must_exist=True) as store:
            _emit(read(store), name, fmt)

    command.__doc__ = doc
    app.command(name, epilog=READ_EXIT_CODES.format("an unknown format"))(command)


_listing("articles", lambda store: store.article_summaries(),
         "List stored articles.\n\nExample: storyline articles --format json")


@app.command(epilog=READ_EXIT_CODES.format("an unknown format, story id or date; an unknown "
                                         "--entity name only warns"))
def timeline(
    db: str = DbOption,
    entity: Optional[str] = typer.Option(None, "--entity", help="only events with this actor (any alias)"),
    story: Optional[str] = typer.Option(None, "--story", help="only events of this story id"),
    date_from: Optional[str] = typer.Option(None, "--from", help="first date, YYYY[-MM[-DD]]"),
    date_to: Optional[str] = typer.Option(None, "--to", help="last date, YYYY[-MM[-DD]]"),
    fmt: str = typer.Option("table", "--format", "-f", help="table | json | csv | md"),
):
    """Merged events in date order; what is planned or expected, and events with no known
    date, are listed apart (table, md). Each dated event says where its date came from
    (json/csv field date_source, table column "dated by"): timex = written beside the event
    ("in the text"), sentence = elsewhere in its sentence, narrative = the day the article's
    lead gave or the sentences before it told, publication = the publication day, read by tense (the least sure). How sure
    each date is: json/csv field date_confidence (0-1; surer when outlets agree, less when
    they disagree), in words after the origin ("very likely", "likely", "uncertain").

    Example: storyline timeline --entity "Wang Yi" --from 2023-02 --format md
    (with --story and --format md the story's cited summary comes first)
    """
    from .report.dating import with_date_sources

    _check_dates(date_from=date_from, date_to=date_to)
    with _open(db, must_exist=True) as store:
        _check_story(store, story)
        events = store.timeline(entity=entity and entity_key(store, entity), story=story, date_from=date_from, date_to=date_to)
        if entity and not events and store.entity_id_for(entity) is None:
            _warning(f"no entity named {entity!r} (see: storyline entities)")  # a typo, not a quiet entity
        events = with_date_sources(store, events)
        record = store.story(story) if story and fmt == "md" else None
        if record is not None:
            from .report.markdown import timeline_markdown
            from .report.story_summary import stored_story_summary

            summary = stored_story_summary(store, record)
            sys.stdout.write(timeline_markdown(events, record.get("title") or story, summary))
            return
    _emit(events, "timeline", fmt)


_listing("entities", lambda store: store.entities(), "People, organisations and places: canonical name, "
         "every alias seen, type, actor code, mentions.\n\nExample: storyline entities --format json")


@app.command(epilog=READ_EXIT_CODES.format("an unknown format, or a name that fits no entity or several: the candidates are listed"))
def entity(name: str = typer.Argument(..., help="a name or alias; spelling variants are found too"), db: str = DbOption,
           fmt: str = typer.Option("table", "--format", "-f", help="table | json")):
    """One entity: its aliases, its mentions with evidence sentences, its events and quotes.

    Example: storyline entity "Sergey Lavrov"
    """
    from .report.entity import entity_report, unknown_entity

    _check_format(fmt, ("table", "json"))
    with _open(db, must_exist=True) as store:
        report = entity_report(store, name)
        if report is None:  # naming the entities it may mean, for the user to pick one
            _refuse(unknown_entity(store, name))
    if fmt == "json":
        sys.stdout.write(json.dumps(report, ensure_ascii=False, indent=2) + "\n")
    else:
        from .report.entity import entity_text

        sys.stdout.write(entity_text(report))


@app.command(epilog=READ_EXIT_CODES.format("an unknown format or story id"))
def quotes(db: str = DbOption, story: Optional[str] = typer.Option(None, "--story", help="only quotes of this "
                                                                       "story id (see: storyline stories)"),
           fmt: str = FormatOption):
    """Quotes merged across outlets, with their variants.

    Example: storyline quotes --story s1234567890 --format json
    """
    with _open(db, must_exist=True) as store:
        _check_story(store, story)
        _emit(store.quotes(story=story), "quotes", fmt)


_listing("stories", lambda store: store.stories(),
         "Stories: groups of articles about one thing, latest first (by the newest article's date, "
         "\"last\"; ties by id; undated stories at the end).\n\nExample: storyline stories --format json")


@app.command(epilog=READ_EXIT_CODES.format("an unknown format or story id"))
def story(story_id: str = typer.Argument(..., help="a story id (see: storyline stories)"), db: str = DbOption,
          fmt: str = typer.Option("text", "--format", "-f", help="text | json | md")):
    """One story's cited summary: what it is about, its main events in date order, its most
    carried quote and what outlets disagree on; md adds its timeline with shared footnotes.

    Example: storyline story s1234567890 --format md
    """
    from .report.markdown import timeline_markdown
    from .report.story_summary import stored_story_summary, summary_text

    _check_format(fmt, ("text", "json", "md"))
    with _open(db, must_exist=True) as store:
        record = store.story(story_id)
        if record is None:
            _refuse(f"no story with id {story_id!r}")
        events = store.timeline(story=story_id)
        summary = stored_story_summary(store, record, events)
    if fmt == "json":
        sys.stdout.write(json.dumps(summary, ensure_ascii=False, indent=2) + "\n")
    elif fmt == "md":
        sys.stdout.write(timeline_markdown(events, record.get("title") or story_id, summary))
    else:
        sys.stdout.write(summary_text(summary))


_listing("errors", lambda store: store.errors(),
         "Inputs that failed to ingest, with file, line, code and reason.\n\nExample: storyline errors")


@app.command(epilog=READ_EXIT_CODES.format("an unknown format or story id"))
def compare(db: str = DbOption, story: Optional[str] = typer.Option(None, "--story", help="only this story's "
                                                                       "facts (see: storyline stories)"),
            fmt: str = typer.Option("table", "--format", "-f", help="table | json")):
    """Which outlets carry each merged fact; single-outlet facts; where outlets conflict.

    Example: storyline compare --story s1234567890 --format json
    """
    _check_format(fmt, ("table", "json"))
    with _open(db, must_exist=True) as store:
        _check_story(store, story)
        summaries = {a["id"]: a for a in store.article_summaries()}
        report = coverage(store.timeline(story=story), store.quotes(story=story), summaries)
    if fmt == "json":
        sys.stdout.write(json.dumps(report, ensure_ascii=False, indent=2) + "\n")
        return
    from .report.compare_text import coverage_text

    sys.stdout.write(coverage_text(report))


@app.command(epilog="Exit codes: 0 written; 1 unknown format, parquet without pyarrow or --out, "
                     "an --out file that cannot be written, or the database could not be opened.")
def export(to: str = typer.Option("json", "--to", help="json (the contract timeline) | csv (one row per event, "
                                  "lists as JSON text) | parquet (needs --out) | gdelt (GDELT 2.0 event table, "
                                  "61 tab-separated columns with a header; only events that happened, each on a day) | plover "
                                  "(PLOVER records: date, event, mode, source, target, text…)"),
           out: Optional[Path] = typer.Option(None, "--out", "-o", help="file to write (default stdout)"),
           db: str = DbOption):
    """Export the merged timeline.

    Example: storyline export --to gdelt -o events.tsv

    GDELT has no way to say an event was planned, denied or uncertain, so --to gdelt leaves
    those out (their count is printed to stderr); every other format keeps them with their modality.
    GDELT's SQLDATE is a day: an event known only to the month or year, or undated, takes the
    earliest publication day of its articles within that month or year (as GDELT dates events
    by the article); one that has none is left out and counted on stderr too.
    """
    from .report.export import export_timeline

    with _open(db, must_exist=True) as store:
        try:
            left_out = export_timeline(store, to, out)
        except (ValueError, OSError) as exc:  # OSError: no such folder, a folder given, no permission
            _refuse(f"cannot write {str(out)!r}: {exc.strerror or exc}" if isinstance(exc, OSError) else f"{exc}")
    for why, count in left_out.items():
        err.print(f"note: {count} events left out of the {to} export: {why}", highlight=False)


@app.command()
def annotate(
    path: str = typer.Argument("-", help="a file (.txt, .html, .jsonl) or - for stdin"),
    published: Optional[str] = typer.Option(None, "--published", help="publication date, YYYY-MM-DD "
                                            "(overrides the file's own)"),
    fmt: str = typer.Option("json", "--format", "-f", help="json"),
):
    """Every layer the pipeline finds in one article, with character offsets; nothing is stored.

    Example: storyline annotate article.txt --published 2023-02-22

    The output opens with the article's title and outlet, then its publication date and
    where that came from ("published_source"): --published or the file's metadata
    ("metadata"), else a date the text itself gives ("text"), else null. Each article is
    read alone: `storyline ingest` may also date an undated article from the others of its
    story ("inferred"), which annotate cannot.

    Each article's warnings (W003: another language, its English layers left empty) are in
    its output's "warnings" and printed to stderr.
    """
    from .annotate import annotate_path

    _check_format(fmt, ("json",))
    _check_dates(published=published)
    code = 0
    for line in annotate_path(path, published=published):
        if "error" in line:
            _error(f"{line['error']}")
            code = EXIT_FAILED
            continue
        for text in line.get("warnings") or ():  # a skipped article must not look empty for no reason
            _warning(f"{line['id']}: {text}")
        sys.stdout.write(json.dumps(line, ensure_ascii=False) + "\n")
    raise typer.Exit(code)


@app.command()
def serve(db: str = DbOption, host: str = typer.Option("127.0.0.1", "--host", help="address to listen on "
                                                     "(0.0.0.0: every interface)"),
          port: int = typer.Option(8000, "--port", help="port to listen on"),
          token: Optional[str] = typer.Option(None, "--token", envvar="STORYLINE_TOKEN",
                                              help="enables POST /api/articles, which then requires it")):
    """Web view and JSON API.

    Example: storyline serve --db news.db --port 8000

    Without --token nothing can be added, so the database must exist already.
    """
    from .serve import run

    if token is None:
        _require_database(db)
    run(db, host=host, port=port, token=token)


@app.command()
def demo(db: Optional[str] = typer.Option(None, "--db", help="keep the demo database here (default: temporary)"),
         fmt: str = typer.Option("table", "--format", "-f", help="table | json | csv | md"),
         quiet: bool = typer.Option(False, "--quiet", "-q", help="the timeline only: no progress, summary or stories")):
    """Ingest the bundled sample corpus into a temporary database and print its timeline.

    Example: storyline demo --format md
    """
    from .data import sample_paths
    from .report.dating import with_date_sources

    _check_format(fmt, FORMATS)  # before the ingest, which takes a while
    with tempfile.TemporaryDirectory() as tmp:
        target = db or str(Path(tmp) / "demo.db")
        code = run_ingest([str(p) for p in sample_paths()], target, 0, quiet)
        with _open(target) as store:
            if not quiet:
                _emit(store.stories(), "stories", "table")
            _emit(with_date_sources(store, store.timeline()), "timeline", fmt)
    raise typer.Exit(code)


def main() -> None:  # pragma: no cover - console entry
    app()
