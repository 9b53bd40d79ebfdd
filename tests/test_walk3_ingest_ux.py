"""Walk-3 ingest and UX defects: the outlet line of a plain-text header set off by blank
lines, role names looked up as entities, GDELT rows without a day, and what ``annotate``
prints. Invented text."""
from __future__ import annotations

import pytest

from storyline.clean import classify_lines, find_outlet, find_title


def _header(middle: str) -> str:
    return f"Ferry fares rise on the Brindle line\n\n{middle}\n\nFerry fares rose by a tenth on Monday, the operator said.\n"


@pytest.mark.parametrize("outlet", ["Brindle Valley News", "Harwick Radio", "The Corran Post", "Lowmoor Daily Echo",
                                    "Times of Tarvela"])
def test_outlet_line_between_blank_lines_is_the_outlet(outlet):
    text = _header(outlet)
    assert (find_title(text), find_outlet(text)) == ("Ferry fares rise on the Brindle line", outlet)
    assert [k for _s, _e, k in classify_lines(text)] == ["headline", "credit", None]


@pytest.mark.parametrize("middle", [
    "Tomas Reyel",             # an author's name without "By": not an outlet
    "By Tomas Reyel",          # a byline
    "Breaking News",           # a label made of outlet words only
    "Fares Rise In May News",  # a title-case subhead: a preposition inside
    "Sport",                   # one word that is no wire agency
    "Staff Writer",            # a staff line
    "News Desk",               # outlet and staff words only
    "Post Office Closures Anger Villagers",  # a title-case deck an outlet word opens, not ends
])
def test_other_lines_under_the_headline_are_no_outlet(middle):
    assert find_outlet(_header(middle)) is None


def test_first_sentence_is_never_the_outlet():
    text = "Ferry fares rise\n\nBrindle Valley News reported the rise on Monday.\n\nFares rose by a tenth."
    assert find_outlet(text) is None
    assert find_title(text) == "Ferry fares rise"


# -- U-1: a role asked for as an entity lists the people who hold it ----------------------

from typer.testing import CliRunner  # noqa: E402

from storyline.cli import app  # noqa: E402
from storyline.report.export import gdelt_day  # noqa: E402

FARES = ("Bus fares to rise in Corrin\n\n"
         "Transport Minister Cato Velin said on Monday that bus fares in Corrin would rise in May. "
         "Commuter groups objected.\n\n"
         "The deputy transport minister, Lene Osk, said the rise was modest. "
         "The transport minister will meet the groups on Friday.\n")


def _cli(*args):
    return CliRunner().invoke(app, [str(a) for a in args])


def test_a_role_asked_as_an_entity_lists_its_holders(tmp_path, store_url):
    (tmp_path / "fares.txt").write_text(FARES, encoding="utf-8")
    assert _cli("ingest", tmp_path / "fares.txt", "--db", store_url, "--jobs", "1", "-q").exit_code == 0
    for asked in ("transport minister", "the Transport Minister"):
        result = _cli("entity", asked, "--db", store_url)
        assert result.exit_code == 1  # a role names no entity surely: a refusal, with the candidates
        assert "did you mean: Cato Velin (" in result.stderr and "Lene Osk" not in result.stderr
    deputy = _cli("entity", "deputy transport minister", "--db", store_url)
    assert "did you mean: Lene Osk (" in deputy.stderr and "Cato Velin" not in deputy.stderr
    assert "did you mean" not in _cli("entity", "finance minister", "--db", store_url).stderr


# -- U-3: GDELT's SQLDATE is a day --------------------------------------------------------

def _event(date, *articles):
    return {"id": "ev_1", "date": date, "sources": [{"article": a} for a in articles]}


def test_gdelt_day_takes_a_publication_day_within_the_event_date():
    published = {"early": "2025-06-02", "late": "2025-06-20", "july": "2025-07-01", "coarse": "2025-06",
                 "none": None}
    assert gdelt_day(_event("2025-05-30", "early"), published) == "2025-05-30"  # its own day first
    assert gdelt_day(_event("2025-06", "late", "early", "july"), published) == "2025-06-02"
    assert gdelt_day(_event(None, "july", "late"), published) == "2025-06-20"  # undated: earliest day
    assert gdelt_day(_event("2024", "early"), published) is None  # reported later: no day in 2024
    assert gdelt_day(_event(None, "coarse", "none"), published) is None  # no publication day


def test_gdelt_export_leaves_out_what_has_no_day_and_says_so(tmp_path):
    db = tmp_path / "t.db"
    dated = "Ferry strike ends in Corrin\n\nDock workers in Corrin ended their strike on 4 June 2025, the union said.\n"
    undated = "Ferry strike ends in Corrin\n\nDock workers in Corrin ended their strike, the union said.\n"
    (tmp_path / "a.txt").write_text(undated, encoding="utf-8")
    assert _cli("ingest", tmp_path / "a.txt", "--db", db, "--jobs", "1", "-q").exit_code == 0
    result = _cli("export", "--to", "gdelt", "--db", db)
    assert result.exit_code == 0 and len(result.stdout.splitlines()) == 1  # the header only
    assert "events left out of the gdelt export: no day" in result.stderr
    (tmp_path / "b.txt").write_text(dated, encoding="utf-8")
    assert _cli("ingest", tmp_path / "b.txt", "--db", tmp_path / "u.db", "--jobs", "1", "-q").exit_code == 0
    _header, *rows = _cli("export", "--to", "gdelt", "--db", tmp_path / "u.db").stdout.splitlines()
    assert rows and all(row.split("\t")[1] == "20250604" for row in rows)


# -- U-5: annotate says the title and outlet ----------------------------------------------

def test_annotate_prints_title_and_outlet(tmp_path):
    import json

    (tmp_path / "a.txt").write_text(_header("Brindle Valley News"), encoding="utf-8")
    result = _cli("annotate", tmp_path / "a.txt")
    assert result.exit_code == 0
    out = json.loads(result.stdout)
    assert (out["title"], out["outlet"]) == ("Ferry fares rise on the Brindle line", "Brindle Valley News")
