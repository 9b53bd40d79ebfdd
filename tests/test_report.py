"""Reports: the Markdown dossier cites every source; exports keep ids and codes."""
import csv
import io
import json

from storyline.report import coverage, render
from storyline.report.compare_text import coverage_text
from storyline.report.dating import event_date_source
from storyline.report.export import GDELT_COLUMNS, gdelt_rows, plover_records
from storyline.report.formats import to_table

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
    # a plan is listed apart from what happened, under its own heading
    assert md.index("## Dated events") < md.index("Ana Ruiz meets") < md.index("## Planned or expected")
    assert md.index("## Planned or expected") < md.index("Velmar to sign accord")
    assert "outlets disagree on date" in md and "Harbor Post" in md


def test_json_and_csv_round_trip_fields():
    assert json.loads(render(EVENTS, "timeline", "json"))[0]["sources"][1]["outlet"] == "Harbor Post"
    rows = list(csv.DictReader(io.StringIO(render(EVENTS, "timeline", "csv"))))
    assert rows[0]["id"] == "e1" and json.loads(rows[0]["actors"])[0]["code"] == "ESPGOV"


def test_gdelt_rows_carry_codes_counts_and_source():
    row = gdelt_rows(EVENTS, {"a1": "https://daily.example/ruiz"})[0]
    assert row["SQLDATE"] == 20240502
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


UNDATED_DEED = {"id": "e3", "date": None, "date_range": None, "type": "REJECT", "cameo": "120", "goldstein": -4.0,
                "modality": "happened", "summary": "Tomas Berg rejects the offer", "location": None, "actors": [],
                "sources": [{"article": "a3", "outlet": None, "sentence": "Berg rejected\nthe offer.",
                             "char_start": 5, "char_end": 13, "date_text": None}], "conflicts": []}


def test_markdown_says_where_each_date_came_from_and_keeps_footnotes_on_one_line():
    events = [{**EVENTS[0], "date_source": "timex"}, {**EVENTS[1], "date": "2024-06", "date_source": "publication"},
              UNDATED_DEED]
    md = render(events, "timeline", "md")
    assert "**2024-05-02** (in the text)" in md
    assert "**2024-06** (publication day)" in md and "read by tense" in md
    assert md.index("## Planned or expected") < md.index("Velmar to sign accord") < md.index(
        "## Events with no known date") < md.index("Tomas Berg rejects the offer")
    # the sentence's line break would end the footnote: it is printed on one line
    assert "“Berg rejected the offer.”" in md


def test_markdown_names_an_article_of_no_known_outlet_in_a_conflict():
    event = {**EVENTS[0], "sources": EVENTS[0]["sources"] + [
        {"article": "a9", "outlet": None, "sentence": "They met on Friday.", "char_start": 0, "char_end": 4,
         "date_text": "on Friday"}],
        "conflicts": [{"field": "date", "values": [
            {"value": "2024-05-02", "outlets": ["Daily Star"], "articles": ["a1"]},
            {"value": "2024-05-03", "outlets": ["Harbor Post"], "articles": ["a2", "a9"]}]}]}
    md = render([event], "timeline", "md")
    assert "2024-05-03 (Harbor Post, `a9`)" in md


# one conflict of three kinds of value, read by every view: a count as the outlets wrote it,
# participants as names, and an article of no known outlet (a9) among the sayers
WAVERING = {**EVENTS[0], "sources": EVENTS[0]["sources"] + [
    {"article": "a9", "outlet": None, "sentence": "They signed four deals.", "char_start": 0, "char_end": 4,
     "date_text": None}],
    "conflicts": [
        {"field": "count", "noun": "deal", "values": [
            {"value": 3, "text": "three deals", "outlets": ["Daily Star"], "articles": ["a1"]},
            {"value": 4, "text": "four deals", "outlets": ["Harbor Post"], "articles": ["a2", "a9"]}]},
        {"field": "participants", "values": [
            {"value": ["ana ruiz", "tomas berg"], "outlets": ["Daily Star"], "articles": ["a1"]},
            {"value": ["ana ruiz", "lena sato", "tomas berg"], "outlets": ["Harbor Post"], "articles": ["a2"]}]}]}
SAID_COUNT = "three deals (Daily Star); four deals (Harbor Post, {})"
SAID_PARTIES = "ana ruiz and tomas berg (Daily Star); ana ruiz, lena sato and tomas berg (Harbor Post)"


def test_every_view_words_a_conflict_alike():
    from storyline.serve.pages import describe_conflict
    summaries = {"a1": {"outlet": "Daily Star"}, "a2": {"outlet": "Harbor Post"},
                 "a9": {"outlet": None, "title": "Deals signed"}}
    md = render([WAVERING], "timeline", "md")
    # the Markdown dossier names a9 by its id, as its footnotes do
    assert "  - ⚠ outlets disagree on count: " + SAID_COUNT.format("`a9`") + "\n" in md
    assert "  - ⚠ outlets disagree on participants: " + SAID_PARTIES + "\n" in md
    # the web page and the comparison name it by its title, as the outlet columns do
    web = [describe_conflict(c, WAVERING, summaries) for c in WAVERING["conflicts"]]
    assert web == ["count: " + SAID_COUNT.format("[Deals signed]"), "participants: " + SAID_PARTIES]
    report = coverage([WAVERING], [], summaries)
    text = coverage_text(report)
    assert "    count: " + SAID_COUNT.format("[Deals signed]") + "\n" in text
    assert "    participants: " + SAID_PARTIES + "\n" in text
    named = report["facts"][0]["conflicts"][0]["values"]
    assert [v["names"] for v in named] == [["Daily Star"], ["Harbor Post", "[Deals signed]"]]


def test_an_article_of_no_known_outlet_is_flagged_in_its_own_column():
    # a9 (no outlet) gives the minority date with Harbor Post: its column disagrees too
    event = {**WAVERING, "conflicts": [{"field": "date", "values": [
        {"value": "2024-05-02", "outlets": ["Daily Star"], "articles": ["a1", "a3", "a4"]},
        {"value": "2024-05-03", "outlets": ["Harbor Post"], "articles": ["a2", "a9"]},
        {"value": "2024-05-04", "outlets": ["Harbor Post"], "articles": ["a2"]}]}],
        "sources": WAVERING["sources"] + [{**WAVERING["sources"][0], "article": a} for a in ("a3", "a4")]}
    summaries = {"a9": {"outlet": None, "title": "Deals signed"}}
    fact = coverage([event], [], summaries)["facts"][0]
    assert "[Deals signed]" in fact["outlets"]
    assert fact["conflict_outlets"] == ["Harbor Post", "[Deals signed]"]


def test_event_date_source_takes_the_strongest_mention_with_the_merged_date():
    event = {"date": "2024-05-02", "sources": [{"article": "a1", "char_start": 0}, {"article": "a2", "char_start": 10},
                                               {"article": "a3", "char_start": 7}]}
    mentions = {"a1": {0: ("2024-05-02", "publication")}, "a2": {10: ("2024-05-02", "sentence")},
                "a3": {7: ("2024-05-03", "timex")}}  # a3's own date lost the vote: not how this one is known
    assert event_date_source(event, mentions) == "sentence"
    assert event_date_source({**event, "date": "2024-05"}, {"a1": {0: ("2024-05-02", "timex")}}) == "timex"
    # a source citing a whole sentence: the mention whose trigger lies inside it
    spanned = {"date": "2024-05-02", "sources": [{"article": "a1", "char_start": 0, "char_end": 30}]}
    assert event_date_source(spanned, {"a1": {12: ("2024-05-02", "narrative"), 40: ("2024-05-02", "timex")}}) \
        == "narrative"
    assert event_date_source({**event, "date": None}, mentions) is None


def test_gdelt_rows_follow_the_codebook_and_leave_out_what_did_not_happen():
    assert len(GDELT_COLUMNS) == 61  # GDELT 2.0 event table
    assert GDELT_COLUMNS[:7] == ["GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
                                 "Actor1Code", "Actor1Name"]
    assert GDELT_COLUMNS[26:30] == ["EventCode", "EventBaseCode", "EventRootCode", "QuadClass"]
    assert GDELT_COLUMNS[-2:] == ["DATEADDED", "SOURCEURL"]
    month_only = {**EVENTS[0], "id": "ev_00000000001f", "date": "2024-05"}
    rows = gdelt_rows([EVENTS[0], EVENTS[1], month_only], {}, {"a1": "2024-05-09"})
    assert len(rows) == 2  # the planned accord has no place in a table of what happened
    assert all(list(r) == GDELT_COLUMNS for r in rows)
    assert (rows[0]["SQLDATE"], rows[0]["MonthYear"], rows[0]["Year"]) == (20240502, 202405, 2024)
    assert rows[0]["FractionDate"] == round(2024 + 122 / 365, 4)  # 2 May is day 123 of 2024
    # a month-only event is dated by its article's publication day in that month
    assert (rows[1]["GLOBALEVENTID"], rows[1]["SQLDATE"], rows[1]["MonthYear"]) == (31, 20240509, 202405)
    assert isinstance(rows[0]["GLOBALEVENTID"], int)
    assert (rows[0]["Actor1Code"], rows[0]["Actor1Name"]) == ("ESPGOV", "Ana Ruiz")


def test_plover_records_carry_the_plover_field_names():
    record = plover_records(EVENTS)[0]
    assert (record["date"], record["event"]) == ("2024-05-02", "CONSULT")
    assert record["source"] == [{"actorText": "Ana Ruiz", "code": "ESPGOV"}]
    assert record["target"] == [{"actorText": "Tomas Berg", "code": None}]
    assert record["text"] == "Ruiz met Berg on Thursday." and record["eventLoc"] == "Velmar"


def test_exports_and_table_carry_how_sure_each_date_is():
    from storyline.report.export import _PARQUET_FLOATS, TIMELINE_FIELDS

    sure = {**EVENTS[0], "date_source": "timex", "date_confidence": 0.9}
    assert plover_records([sure])[0]["date_confidence"] == 0.9
    assert "in the text, very likely" in to_table([sure], "timeline", width=220)
    # the parquet file's fixed schema (even with no events): a float column after date_source
    assert TIMELINE_FIELDS[-2:] == ("date_source", "date_confidence") and "date_confidence" in _PARQUET_FLOATS


def test_terminal_table_shows_date_origin_plans_apart_and_unattributed_quotes():
    events = [{**EVENTS[0], "date_source": "narrative"}, EVENTS[1], UNDATED_DEED]
    text = to_table(events, "timeline", width=200)
    assert "dated by" in text and "told around it" in text
    assert text.index("Ana Ruiz meets") < text.index("planned or expected (1)") < text.index("Velmar to sign")
    assert text.index("Velmar to sign") < text.index("no known date (1)") < text.index("Tomas Berg rejects")
    quotes = to_table([{"speaker": None, "text": "We will see.", "sources": [], "variants": []}], "quotes", width=120)
    assert "(unattributed)" in quotes
    articles = to_table([{"id": "x1", "published": "2023-02-22", "published_source": "inferred", "title": "T"}],
                        "articles", width=160)
    assert "2023-02-22 (inferred)" in articles
    untitled = to_table([{"id": "x2", "title": None, "path": "/data/seeds/004_db.txt"}], "articles", width=160)
    assert "(no title) 004_db.txt" in untitled


def test_coverage_text_numbers_outlet_columns_and_names_untitled_outlets_in_conflicts():
    summaries = {"a1": {"outlet": "Daily Star"}, "a2": {"outlet": None, "title": "Talks in Velmar"}}
    event = {**EVENTS[0], "sources": [{**EVENTS[0]["sources"][0]}, {**EVENTS[0]["sources"][1], "outlet": None}],
             "conflicts": [{"field": "date", "values": [
                 {"value": "2024-05-02", "outlets": ["Daily Star"], "articles": ["a1"]},
                 {"value": "2024-05-03", "outlets": [], "articles": ["a2"]}]}]}
    text = coverage_text(coverage([event], [], summaries))
    assert "   1  Daily Star" in text and "   2  [Talks in Velmar]" in text
    assert "\n   12\n" in text  # the column numbers over the marks
    assert "    date: 2024-05-02 (Daily Star); 2024-05-03 ([Talks in Velmar])\n" in text
    # no outlet and no title: the file it came from
    untitled = coverage([EVENTS[1]], [], {"a2": {"outlet": None, "title": None, "path": "in/003_x.txt"}})
    assert untitled["outlets"] == ["Harbor Post"]  # the source's own outlet comes first
    assert coverage([{**EVENTS[1], "sources": [{**EVENTS[1]["sources"][0], "outlet": None}]}], [],
                    {"a2": {"outlet": None, "title": None, "path": "in/003_x.txt"}})["outlets"] == ["[003_x.txt]"]


def test_one_footnote_per_cited_sentence_and_a_summary_keeps_its_numbers():
    said = "Ruiz met Berg on Thursday and signed a deal."
    cite = {"article": "a1", "outlet": "Daily Star", "sentence": said, "date_text": None}
    summary = {"sentences": [{"text": "Ruiz met Berg", "cites": [1, 2]}],
               "citations": [{**cite, "n": 1, "char_start": 5, "char_end": 8},
                             {**cite, "n": 2, "char_start": 30, "char_end": 36}]}
    events = [{**EVENTS[0], "conflicts": [], "sources": [{**cite, "char_start": 5, "char_end": 8}]},
              {**EVENTS[0], "id": "e9", "summary": "Ruiz and Berg sign a deal", "conflicts": [],
               "sources": [{**cite, "char_start": 30, "char_end": 36}, {**cite, "char_start": 40, "char_end": 44}]}]
    md = render(events, "timeline", "md") + "\n"
    assert md.count(said) == 1  # both facts cite one sentence: one footnote
    assert "chars 5–8, 30–36, 40–44" in md
    assert "Ruiz and Berg sign a deal *(CONSULT, happened)* — actors: Ana Ruiz (source), Tomas Berg (target) " \
           "— in Velmar [^1]\n" in md
    from storyline.report.markdown import timeline_markdown

    with_summary = timeline_markdown(events, "Talks", summary)
    assert "[^1]: Daily Star" in with_summary and "[^2]: Daily Star" in with_summary  # the summary's own numbers
    # a span the summary did not cite joins the first note of its sentence
    assert "chars 5–8, 40–44:" in with_summary and "chars 30–36:" in with_summary


def test_table_fits_the_terminal_and_empty_csv_keeps_the_contract_header(monkeypatch):
    import sys

    class Terminal(io.StringIO):
        def isatty(self):
            return True

    monkeypatch.setenv("COLUMNS", "80")  # what shutil.get_terminal_size reads first
    monkeypatch.setattr(sys, "stdout", Terminal())
    text = render(EVENTS, "timeline", "table")
    assert max(len(line) for line in text.splitlines()) <= 80
    header = render([], "timeline", "csv").splitlines()[0]
    assert header.startswith("id,date,date_range,type,cameo,modality,summary")


def test_gdelt_rows_break_the_cameo_actor_code_into_its_columns():
    un_event = {**EVENTS[0], "id": "e3", "actors": [
        {"name": "United Nations", "role": "source", "code": "IGOUNO"},
        {"name": "Russia", "role": "target", "code": "RUS"}]}
    first, un = gdelt_rows([EVENTS[0], un_event], {})
    # ESPGOV: Spain's government; the target has no code, so no columns of its own
    assert (first["Actor1CountryCode"], first["Actor1Type1Code"], first["Actor1KnownGroupCode"]) == (
        "ESP", "GOV", "")
    assert (first["Actor2Code"], first["Actor2CountryCode"]) == ("", "")
    assert (un["Actor1CountryCode"], un["Actor1Type1Code"], un["Actor1KnownGroupCode"]) == ("", "IGO", "UNO")
    assert (un["Actor2CountryCode"], un["Actor2Type1Code"]) == ("RUS", "")


def test_a_cameo_code_of_roles_alone_names_no_country():
    from storyline.report.export import gdelt_actor_parts

    # "police" of no known country: COP is a role, not a country code
    assert gdelt_actor_parts("COP") == {"Type1Code": "COP"}
    assert gdelt_actor_parts("CHNGOVMIL") == {"CountryCode": "CHN", "Type1Code": "GOV", "Type2Code": "MIL"}
    assert gdelt_actor_parts("UN") == {} and gdelt_actor_parts(None) == {}


def test_a_partial_quote_in_a_story_summary_keeps_its_marks():
    from storyline.report.story_summary import quote_sentence

    partial = {"speaker": "Wen Li", "kind": "partial", "text": "are as solid as a rock"}
    assert quote_sentence(partial) == "Wen Li said: “… are as solid as a rock”"
    whole = {"speaker": "Wen Li", "kind": "partial", "text": "A new chapter"}
    assert quote_sentence(whole) == "Wen Li said: “A new chapter”"


def test_a_table_cell_says_how_many_list_items_it_leaves_out():
    entity = {"name": "Ana Ruiz", "type": "PERSON", "code": None, "mentions": 9,
              "aliases": ["Ruiz", "Ms Ruiz", "Ms. Ruiz", "Ana Ruiz", "the minister", "Spain's minister",
                          "the foreign minister", "Madrid's envoy"]}
    table = to_table([entity], "entities", width=200)
    assert "(+2 more)" in table and "the foreign minister" not in table


def test_an_unknown_format_names_the_formats_of_its_kind():
    import pytest

    with pytest.raises(ValueError, match=r"unknown format 'md': use table, json or csv"):
        render([], "entities", "md")
    with pytest.raises(ValueError, match=r"unknown format 'xml': use table, json, csv or md"):
        render(EVENTS, "timeline", "xml")


def test_empty_views_say_there_is_nothing():
    assert render([], "timeline", "md") == "# Timeline\n\nNo events.\n"
    text = coverage_text(coverage([], [], {}))
    assert "Outlets (one column each below):\n  none" in text
    assert "not carried):\n  none\n" in text and "Conflicts: 0" in text
