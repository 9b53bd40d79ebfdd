"""Reports: the Markdown dossier cites every source; exports keep ids and codes."""
import csv
import io
import json

from storyline.report import coverage, render
from storyline.report.export import gdelt_rows, plover_records

EVENTS = [
    {"id": "e1", "date": "2024-05-02", "date_range": None, "type": "CONSULT", "cameo": "043", "goldstein": 2.8,
     "modality": "happened", "summary": "Ana Ruiz meets Tomas Berg in Velmar", "location": "Velmar",
     "actors": [{"name": "Ana Ruiz", "role": "source", "code": "ESPGOV"},
                {"name": "Tomas Berg", "role": "target", "code": None}],
     "sources": [{"article": "a1", "outlet": "Daily Star", "sentence": "Ruiz met Berg on Thursday.",
                  "char_start": 0, "char_end": 26, "date_text": "on Thursday"},
                 {"article": "a2", "outlet": "Harbor Post", "sentence": "The two met in Velmar.",
                  "char_start": 10, "char_end": 32, "date_text": None}],
     "conflicts": [{"field": "date", "values": [{"value": "2024-05-02", "outlets": ["Daily Star"], "articles": ["a1"]},
                                                {"value": "2024-05-03", "outlets": ["Harbor Post"], "articles": ["a2"]}]}]},
    {"id": "e2", "date": None, "date_range": None, "type": "AGREE", "cameo": "057", "goldstein": 8.0,
     "modality": "planned", "summary": "Velmar to sign accord", "location": None, "actors": [],
     "sources": [{"article": "a2", "outlet": "Harbor Post", "sentence": "An accord will follow.",
                  "char_start": 40, "char_end": 62, "date_text": None}], "conflicts": []},
]


def test_markdown_has_a_footnote_per_source_and_lists_undated_apart():
    md = render(EVENTS, "timeline", "md")
    assert md.count("[^1]:") == 1 and md.count("[^3]:") == 1 and "[^4]" not in md
    assert "Ruiz met Berg on Thursday." in md
    assert md.index("Events with no known date") < md.index("Velmar to sign accord")
    assert "outlets disagree on date" in md and "Harbor Post" in md


def test_json_and_csv_round_trip_fields():
    assert json.loads(render(EVENTS, "timeline", "json"))[0]["sources"][1]["outlet"] == "Harbor Post"
    rows = list(csv.DictReader(io.StringIO(render(EVENTS, "timeline", "csv"))))
    assert rows[0]["id"] == "e1" and json.loads(rows[0]["actors"])[0]["code"] == "ESPGOV"


def test_gdelt_rows_carry_codes_counts_and_source():
    row = gdelt_rows(EVENTS, {"a1": "https://daily.example/ruiz"})[0]
    assert row["SQLDATE"] == "20240502"
    assert (row["EventCode"], row["EventRootCode"], row["QuadClass"]) == ("043", "04", 1)
    assert (row["NumMentions"], row["NumSources"]) == (2, 2)
    assert row["SOURCEURL"] == "https://daily.example/ruiz"
    assert plover_records(EVENTS)[0]["source_actor"] == "Ana Ruiz"


def test_coverage_separates_single_outlet_facts_and_conflicts():
    report = coverage(EVENTS, [], {"a1": {"outlet": "Daily Star"}, "a2": {"outlet": "Harbor Post"}})
    assert sorted(report["outlets"]) == ["Daily Star", "Harbor Post"]
    assert report["single_outlet"] == ["e2"]
    assert report["conflicts"] == ["e1"]
    facts = {f["id"]: f for f in report["facts"]}
    assert facts["e1"]["outlets"] == ["Daily Star", "Harbor Post"]
