"""The command line end to end, on both storage backends: ingest, idempotence, bad input, exports."""
from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from storyline.cli import app
from storyline.data import sample_paths

runner = CliRunner()

WIRE = ("Officials from Norland and Estmark met in the port of Kaldera on Tuesday to discuss fishing quotas, "
        "the Norland foreign ministry said. \"We found common ground,\" said Norland's fisheries minister Ida Brenn.")


def invoke(*args):
    result = runner.invoke(app, [str(a) for a in args])
    return result


def as_json(*args):
    result = invoke(*args, "--format", "json")
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def test_sample_corpus_ingests_and_every_fact_points_at_its_evidence(store_url):
    result = invoke("ingest", *sample_paths(), "--db", store_url, "--jobs", "1", "--quiet")
    assert result.exit_code == 0, result.output
    articles = as_json("articles", "--db", store_url)
    assert len(articles) == 16  # 7 JSONL records, 5 HTML pages, 4 text files (EXPECTED.md)
    by_id = {a["id"]: a for a in articles}
    assert by_id["mp-2024-03-11-petrovan-belozar"]["outlet"] == "The Meridian Post"
    assert by_id["mp-2024-03-11-petrovan-belozar"]["published"] == "2024-03-11"
    html = next(a for a in articles if a["path"].endswith("harbordailywire-belozar-talks.html"))
    assert html["outlet"] == "Harbor Daily Wire" and html["published"] == "2024-03-14"
    assert all(a["story"] for a in articles)
    from storyline.store import open_store

    with open_store(store_url) as store:
        texts = {a.id: a.text for a in store.load_articles()}
    timeline = as_json("timeline", "--db", store_url)
    assert timeline, "the sample corpus has events"
    for event in timeline:
        for source in event["sources"]:
            text = texts[source["article"]]
            span = text[source["char_start"]:source["char_end"]]
            assert span and span.strip() in text  # offsets index the stored text
    # date order by the first day each event may fall on: its range's start, else the first
    # day its date covers ("2024-03" starts 2024-03-01); undated last
    starts = [e["date_range"][0] if e.get("date_range") else
              (e["date"] + "-01-01")[:10] if len(e["date"]) == 4 else (e["date"] + "-01")[:10]
              for e in timeline if e["date"]]
    assert starts == sorted(starts) and all(e["date"] for e in timeline[:len(starts)])
    stories = as_json("stories", "--db", store_url)
    assert sorted(i for s in stories for i in s["articles"]) == sorted(by_id)
    # every dated event says where its date came from; "accused Veloria on Monday" is in the text
    assert all((e["date_source"] in ("timex", "sentence", "narrative", "publication")) == bool(e["date"])
               for e in timeline)
    monday = next(e for e in timeline if any("Aldera accused Veloria on Monday" in s["sentence"]
                                             for s in e["sources"]))
    assert (monday["date"], monday["date_source"]) == ("2024-02-19", "timex")
    exported = json.loads(invoke("export", "--to", "json", "--db", store_url).stdout)
    assert {e["id"]: e["date_source"] for e in exported} == {e["id"]: e["date_source"] for e in timeline}

    # one entity whatever the spelling; its report lists mentions with their evidence sentences
    report = json.loads(invoke("entity", "Alexander Petrovan", "--db", store_url, "--format", "json").stdout)
    assert report["entity"]["name"] == "Aleksandr Petrovan"
    assert {"Aleksandr Petrovan", "Alexander Petrovan"} <= set(report["entity"]["aliases"])
    for mention in report["mentions"]:
        assert texts[mention["article"]][mention["char_start"]:mention["char_end"]] == mention["text"]
    coverage = json.loads(invoke("compare", "--db", store_url, "--format", "json").stdout)
    assert {"The Meridian Post", "Harbor Daily Wire", "Coastline Gazette"} <= set(coverage["outlets"])
    assert set(coverage["single_outlet"]) <= {f["id"] for f in coverage["facts"]}

    again = invoke("ingest", *sample_paths(), "--db", store_url, "--jobs", "1")
    assert again.exit_code == 0
    assert "ingested 0" in again.stderr and "unchanged 16" in again.stderr
    assert as_json("articles", "--db", store_url) == articles
    assert as_json("timeline", "--db", store_url) == timeline


def test_bad_file_is_reported_and_the_rest_is_ingested(store_url, tmp_path):
    (tmp_path / "good.txt").write_text(WIRE, encoding="utf-8")
    (tmp_path / "empty.txt").write_bytes(b"")
    good_line = json.dumps({"id": "a", "text": WIRE})
    (tmp_path / "broken.jsonl").write_text(good_line + '\n{"id": "b", "text": \n', encoding="utf-8")
    result = invoke("ingest", tmp_path, "--db", store_url, "--jobs", "1")
    assert result.exit_code == 2
    assert "empty.txt: E001" in result.stderr
    assert "broken.jsonl:2: E004" in result.stderr
    assert "failed 2" in result.stderr
    ids = {a["id"] for a in as_json("articles", "--db", store_url)}
    assert "a" in ids and len(ids) == 2  # good.txt and line 1 of broken.jsonl
    errors = as_json("errors", "--db", store_url)
    assert {(e["code"], e["line"]) for e in errors} == {("E001", None), ("E004", 2)}


def test_exact_copy_under_another_name_is_recorded_as_duplicate(store_url, tmp_path):
    # two outlets' records of one wire text: same normalised text, different given ids
    (tmp_path / "a.jsonl").write_text(json.dumps({"id": "wire-1", "text": WIRE, "outlet": "A"}) + "\n")
    (tmp_path / "b.jsonl").write_text(json.dumps({"id": "copy-9", "text": WIRE.replace(" ", "  ")}) + "\n")
    result = invoke("ingest", tmp_path, "--db", store_url, "--jobs", "1")
    assert result.exit_code == 0, result.output
    assert "duplicates 1" in result.stderr
    rows = as_json("articles", "--db", store_url)
    assert len(rows) == 2
    original = next(r for r in rows if r["duplicate_of"] is None)
    copy = next(r for r in rows if r["duplicate_of"] is not None)
    assert (original["id"], copy["id"], copy["duplicate_of"]) == ("wire-1", "copy-9", "wire-1")
    stories = as_json("stories", "--db", store_url)
    assert [s["articles"] for s in stories] == [[original["id"]]]


def test_help_documents_exit_codes():
    result = invoke("ingest", "--help")
    assert result.exit_code == 0
    assert "Exit codes" in result.stdout and "2 at least one input failed" in result.stdout
    export = invoke("export", "--help").stdout
    assert "Exit codes" in export and "61" in export and "planned, denied or uncertain" in export
    timeline = " ".join(invoke("timeline", "--help").stdout.split())
    assert "date_source" in timeline and "publication" in timeline


def test_messages_print_brackets_as_written(tmp_path):
    # Rich would read "[draft]" as markup and drop it from the message
    result = invoke("ingest", tmp_path / "[draft] notes.txt", "--db", tmp_path / "t.db", "-q")
    assert result.exit_code == 2
    assert "[draft] notes.txt" in result.stderr


@pytest.mark.parametrize("fmt", ["csv", "md", "table"])
def test_timeline_formats_render(tmp_path, fmt):
    db = tmp_path / "t.db"
    (tmp_path / "a.txt").write_text(WIRE, encoding="utf-8")
    assert invoke("ingest", tmp_path / "a.txt", "--db", db, "--jobs", "1", "-q").exit_code == 0
    result = invoke("timeline", "--db", db, "--format", fmt)
    assert result.exit_code == 0, result.output
    if fmt == "csv":
        assert result.stdout.splitlines()[0].startswith("id,date")
    elif fmt == "md":
        assert result.stdout.startswith("# Timeline") and "[^1]:" in result.stdout
    else:
        assert "timeline (" in result.stdout


def test_export_gdelt_and_plover(tmp_path):
    db = tmp_path / "t.db"
    # dated, so its undated events take the publication day GDELT's SQLDATE needs
    record = {"id": "w1", "text": WIRE, "published": "2025-06-03"}
    (tmp_path / "a.jsonl").write_text(json.dumps(record) + "\n", encoding="utf-8")
    assert invoke("ingest", tmp_path / "a.jsonl", "--db", db, "--jobs", "1", "-q").exit_code == 0
    tsv = invoke("export", "--to", "gdelt", "--db", db)
    assert tsv.exit_code == 0
    header, *rows = tsv.stdout.splitlines()
    assert header.split("\t")[:2] == ["GLOBALEVENTID", "SQLDATE"] and rows
    # GDELT's own schema reads it: 61 columns in every row, an integer event id
    assert {len(line.split("\t")) for line in [header, *rows]} == {61}
    assert all(row.split("\t")[0].isdigit() for row in rows)
    plover = invoke("export", "--to", "plover", "--db", db)
    assert json.loads(plover.stdout)[0]["event_type"] and json.loads(plover.stdout)[0]["event"]
    bad = invoke("export", "--to", "xml", "--db", db)
    assert bad.exit_code == 1 and "unknown export format" in bad.stderr


def test_a_failing_merge_is_reported_and_the_articles_stay(tmp_path, monkeypatch):
    import storyline.fuse as fuse

    def broken(articles, config):
        raise RuntimeError("merge blew up")

    monkeypatch.setattr(fuse, "fuse_articles", broken)  # a fault injected into our own stage
    (tmp_path / "a.txt").write_text(WIRE, encoding="utf-8")
    db = tmp_path / "t.db"
    result = invoke("ingest", tmp_path / "a.txt", "--db", db, "--jobs", "1")
    assert result.exit_code == 2
    assert "E012" in result.stderr and "merge blew up" in result.stderr
    assert len(as_json("articles", "--db", db)) == 1


def test_an_unknown_story_or_format_is_an_error(tmp_path):
    db = tmp_path / "t.db"
    (tmp_path / "a.txt").write_text(WIRE, encoding="utf-8")
    assert invoke("ingest", tmp_path / "a.txt", "--db", db, "--jobs", "1", "-q").exit_code == 0
    for command in ("timeline", "quotes", "compare"):
        result = invoke(command, "--story", "s-nope", "--db", db)
        assert result.exit_code == 1 and "no story with id 's-nope'" in result.stderr, command
    result = invoke("compare", "--format", "csv", "--db", db)
    assert result.exit_code == 1 and "use table or json" in result.stderr


def test_story_checks_its_format_first_like_the_other_commands(tmp_path):
    db = tmp_path / "t.db"
    (tmp_path / "a.txt").write_text(WIRE, encoding="utf-8")
    assert invoke("ingest", tmp_path / "a.txt", "--db", db, "--jobs", "1", "-q").exit_code == 0
    result = invoke("story", "s-nope", "--format", "pdf", "--db", db)
    assert result.exit_code == 1 and "unknown format 'pdf': use text, json or md" in result.stderr
    assert "Exit codes: 0 printed; 1" in " ".join(invoke("story", "--help").stdout.split())
    listing = invoke("articles", "--format", "md", "--db", db)
    assert listing.exit_code == 1 and "unknown format 'md': use table, json or csv" in listing.stderr


def test_reading_a_database_that_is_not_there_is_an_error_and_creates_nothing(tmp_path):
    missing = tmp_path / "nwes.db"  # a mistyped --db
    for command in (["stories"], ["timeline"], ["entity", "Ida Brenn"], ["story", "s1"], ["compare"],
                    ["export", "--to", "csv"], ["serve"]):
        result = invoke(*command, "--db", missing)
        assert result.exit_code == 1, command
        assert f"no database at '{missing}'" in result.stderr and "storyline ingest" in result.stderr
    assert not missing.exists()
    # a folder that is not there is named once, not twice
    nested = invoke("ingest", tmp_path / "a.txt", "--db", tmp_path / "no" / "t.db", "-q")
    assert nested.exit_code == 1 and nested.stderr.count(str(tmp_path / "no" / "t.db")) == 1


def test_a_timeline_for_an_unknown_entity_warns(tmp_path):
    db = tmp_path / "t.db"
    (tmp_path / "a.txt").write_text(WIRE, encoding="utf-8")
    assert invoke("ingest", tmp_path / "a.txt", "--db", db, "--jobs", "1", "-q").exit_code == 0
    result = invoke("timeline", "--entity", "Ida Brennn", "--format", "json", "--db", db)
    assert result.exit_code == 0 and json.loads(result.stdout) == []
    assert "no entity named 'Ida Brennn'" in result.stderr
    known = invoke("timeline", "--entity", "Ida Brenn", "--format", "json", "--db", db)
    assert "no entity named" not in known.stderr


def test_an_entity_named_only_in_a_headline_shows_the_headline(tmp_path):
    db = tmp_path / "t.db"
    (tmp_path / "h.txt").write_text("Mark Hale rebuffs tariff plan\n\nSenator Mark Hale met farmers in "
                                    "Ames, Iowa, on Monday. Hale said the plan would hurt them.\n",
                                    encoding="utf-8")
    assert invoke("ingest", tmp_path / "h.txt", "--db", db, "--jobs", "1", "-q").exit_code == 0
    report = as_json("entity", "Mark Hale", "--db", db)
    by_start = {m["char_start"]: m["sentence"] for m in report["mentions"]}
    assert by_start[0] == "Mark Hale rebuffs tariff plan"  # the headline is no sentence
    assert by_start[39] == "Senator Mark Hale met farmers in Ames, Iowa, on Monday."


def test_odd_options_are_refused_with_a_reason_not_a_traceback(tmp_path):
    db = tmp_path / "t.db"
    (tmp_path / "a.txt").write_text(WIRE, encoding="utf-8")
    ingested = invoke("ingest", tmp_path / "a.txt", "--db", db, "--jobs", "1")
    assert ingested.exit_code == 0 and ingested.stderr.startswith("ingested 1,")  # no blank line from a bar
    cases = {("timeline", "--from", "2024-13"): "--from '2024-13' is not a date",
             ("timeline", "--from", "2024-04", "--to", "2024-03"): "--from 2024-04 is after --to 2024-03",
             ("export", "--to", "csv", "-o", tmp_path / "no" / "x.csv"): "No such file or directory",
             ("export", "--to", "json", "-o", tmp_path): "Is a directory"}
    for args, message in cases.items():
        result = invoke(*args, "--db", db)
        assert result.exit_code == 1 and message in result.stderr, args
        assert result.exception is None or isinstance(result.exception, SystemExit), args
    for args, message in {("--published", "2024-02-30"): "--published '2024-02-30' is not a date",
                          ("--format", "table"): "unknown format 'table': use json"}.items():
        result = invoke("annotate", tmp_path / "a.txt", *args)
        assert result.exit_code == 1 and message in result.stderr and not result.stdout, args


def test_demo_refuses_an_unknown_format_before_ingesting_the_sample(tmp_path):
    # the sample's ingest takes a while: a typo in --format must not cost it, nor leave a database
    db = tmp_path / "demo.db"
    result = invoke("demo", "--db", db, "--format", "xml", "--quiet")
    assert result.exit_code == 1 and "unknown format 'xml': use table, json, csv or md" in result.stderr
    assert not db.exists()


def test_annotate_says_why_an_article_in_another_language_has_no_layers(tmp_path):
    # an article the English stages skip must not come out empty with no word of why
    (tmp_path / "de.txt").write_text("Die Ministerin traf am Montag ihren Amtskollegen in der Hauptstadt, um über die "
                                     "Lage an der Grenze und die künftige Zusammenarbeit beider Länder zu sprechen.\n")
    result = invoke("annotate", tmp_path / "de.txt", "--published", "2025-05-05")
    assert result.exit_code == 0, result.output
    (line,) = [json.loads(text) for text in result.stdout.splitlines()]
    assert line["events"] == [] and [w[:4] for w in line["warnings"]] == ["W003"]
    assert "W003" in result.stderr and "German" in result.stderr
    (tmp_path / "en.txt").write_text(WIRE + "\n")
    english = invoke("annotate", tmp_path / "en.txt", "--published", "2025-05-05")
    assert json.loads(english.stdout)["warnings"] == [] and "warning" not in english.stderr
