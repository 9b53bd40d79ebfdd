"""Report, CLI and API defects found on new news: an entity's mentions and quotes from
articles that write its name another way, lookup by a name variant, a story listing one
entity under several names, a participants-only event in the GDELT export, evidence
sentences ending in a paragraph break. Invented text throughout; stores built by hand
so the expected records are written out here, on every backend (``store`` fixture)."""
from __future__ import annotations

import csv
import io
import json

from fastapi.testclient import TestClient
from typer.testing import CliRunner

from storyline.cli import app
from storyline.model import (
    Article,
    Dossier,
    Entity,
    Mention,
    MergedEvent,
    MergedQuote,
    Story,
)
from storyline.report.entity import entity_report
from storyline.report.entity_lookup import (
    MIDDLE,
    SAME,
    SURNAME,
    SURNAME_ASKED,
    find_entity,
    name_fit,
)
from storyline.report.export import (
    export_timeline,
    gdelt_actors,
    gdelt_rows,
    plover_records,
)
from storyline.serve import create_app
from storyline.store import open_store

# two outlets write one minister's name two ways; the second also names his deputy
TEXT_A = ("Interior Minister Pedro Alvarado Rios said the coast road was open again.\n\n"
          "Alvarado Rios added that fuel would reach Tumbes by Friday.")
TEXT_B = ("Pedro Alvarado told reporters that the bridge at Zarumilla had fallen.\n\n"
          "He said repairs would take a month, and his deputy Lucia Mendez agreed.")


def mention(text: str, surface: str, canonical: str, type_: str = "PERSON", kind: str = "name",
            nth: int = 0) -> Mention:
    start = -1
    for _ in range(nth + 1):
        start = text.index(surface, start + 1)
    return Mention(start=start, end=start + len(surface), text=surface, type=type_,
                   canonical=canonical, kind=kind, entity_type="PERSON")


def minister_articles() -> list[Article]:
    """The two articles with their article-level canonical names, as the entity stage
    leaves them before linking: "Pedro Alvarado Rios" in one, "Pedro Alvarado" in the other."""
    a = Article(id="wa1", text=TEXT_A, outlet="Tumbes Herald", story="sw1", mentions=[
        mention(TEXT_A, "Pedro Alvarado Rios", "Pedro Alvarado Rios"),
        mention(TEXT_A, "Alvarado Rios", "Pedro Alvarado Rios", nth=1),
        mention(TEXT_A, "Tumbes", "Tumbes", "GPE")])
    b = Article(id="wa2", text=TEXT_B, outlet="Coast Wire", story="sw1", mentions=[
        mention(TEXT_B, "Pedro Alvarado", "Pedro Alvarado"),
        mention(TEXT_B, "He", "Pedro Alvarado", "PRON", "pronoun"),
        mention(TEXT_B, "his deputy", "Lucia Mendez", "NOM", "nominal"),
        mention(TEXT_B, "Lucia Mendez", "Lucia Mendez")])
    return [a, b]


def minister_dossier() -> Dossier:
    entities = [
        Entity(id="pedro", name="Pedro Alvarado Rios", type="PERSON", mentions=4, articles=["wa1", "wa2"],
               aliases=["Alvarado Rios", "Pedro Alvarado", "Pedro Alvarado Rios"]),
        Entity(id="lucia", name="Lucia Mendez", type="PERSON", mentions=1, articles=["wa2"],
               aliases=["Lucia Mendez"]),
        Entity(id="tumbes", name="Tumbes", type="GPE", mentions=1, articles=["wa1"], aliases=["Tumbes"]),
    ]
    quotes = [
        MergedQuote(id="q1", speaker="Pedro Alvarado Rios", speaker_code=None, text="the coast road was open again",
                    variants=[], sources=[{"article": "wa1", "outlet": "Tumbes Herald", "char_start": 51,
                                           "char_end": 73}]),
        MergedQuote(id="q2", speaker="Pedro Alvarado", speaker_code=None, text="repairs would take a month",
                    variants=[], sources=[{"article": "wa2", "outlet": "Coast Wire", "char_start": 80,
                                           "char_end": 106}]),
        MergedQuote(id="q3", speaker="Lucia Mendez", speaker_code=None, text="agreed", variants=[],
                    sources=[{"article": "wa2", "outlet": "Coast Wire", "char_start": 136, "char_end": 142}]),
    ]
    # the story lists each linked entity once, as the fuse stage stores it
    # (tests/test_story_entities_linked.py)
    story = Story(id="sw1", title="Coast road reopens", articles=["wa1", "wa2"],
                  entities=["Pedro Alvarado Rios", "Tumbes", "Lucia Mendez"])
    return Dossier(entities=entities, quotes=quotes, stories=[story])


def filled(store):
    for article in minister_articles():
        store.add_article(article)
    store.save_dossier(minister_dossier())
    return store


def test_entity_report_lists_mentions_and_quotes_of_every_spelling(store):
    report = entity_report(filled(store), "Pedro Alvarado Rios")
    assert report["entity"]["id"] == "pedro"
    # both articles' mentions, "He" included (linking counts it), the deputy's nominal not
    assert [(m["article"], m["char_start"], m["text"]) for m in report["mentions"]] == [
        ("wa1", 18, "Pedro Alvarado Rios"), ("wa1", 75, "Alvarado Rios"),
        ("wa2", 0, "Pedro Alvarado"), ("wa2", 72, "He")]
    assert len(report["mentions"]) == report["entity"]["mentions"]
    assert [m["sentence"] for m in report["mentions"]][1] == \
        "Alvarado Rios added that fuel would reach Tumbes by Friday."
    assert [q["id"] for q in report["quotes"]] == ["q1", "q2"]


def test_other_entities_keep_their_own_mentions(store):
    report = entity_report(filled(store), "Lucia Mendez")
    assert [(m["article"], m["text"]) for m in report["mentions"]] == [("wa2", "Lucia Mendez")]
    assert [q["id"] for q in report["quotes"]] == ["q3"]


def test_name_fit_reads_variants_middle_names_and_surnames():
    assert name_fit(["hamad", "kombo"], ["hamadi", "kombo"]) == SAME
    assert name_fit(["hamad", "kombo"], ["hamadi", "juma", "kombo"]) == MIDDLE
    assert name_fit(["brian", "otieno"], ["otieno"]) == SURNAME
    assert name_fit(["otieno"], ["brian", "otieno"]) == SURNAME_ASKED
    assert name_fit(["kim", "jong", "il"], ["kim", "jong", "un"]) is None
    assert name_fit(["pedro", "rios"], ["maria", "rios"]) is None


def test_a_variant_finds_its_entity_and_an_ambiguous_one_lists_candidates(store):
    store.save_dossier(Dossier(entities=[
        Entity(id="kombo", name="Hamadi Kombo", type="PERSON", aliases=["Hamadi Juma Kombo", "Hamadi Kombo"]),
        Entity(id="njo1", name="Joseph Kamau Njoroge", type="PERSON", aliases=["Joseph Kamau Njoroge"]),
        Entity(id="njo2", name="Joseph Wanjiku Njoroge", type="PERSON", aliases=["Joseph Wanjiku Njoroge"]),
        Entity(id="otieno", name="Otieno", type="PERSON", aliases=["Otieno"]),
        Entity(id="kim", name="Kim Jong Un", type="PERSON", aliases=["Kim Jong Un"])]))
    assert find_entity(store, "Hamad Juma Kombo")[0]["id"] == "kombo"  # a spelling variant
    assert find_entity(store, "Hamadi Kombo")[0]["id"] == "kombo"  # an alias
    assert find_entity(store, "Hamad Kombo")[0]["id"] == "kombo"  # variant less the middle name
    entity, candidates = find_entity(store, "Joseph Njoroge")  # fits two people alike
    assert entity is None and [e["id"] for e in candidates] == ["njo1", "njo2"]
    entity, candidates = find_entity(store, "Brian Otieno")  # only the surname is known
    assert entity is None and [e["id"] for e in candidates] == ["otieno"]
    assert find_entity(store, "Kombo")[0]["id"] == "kombo"  # the one person of that surname
    assert find_entity(store, "Njoroge") == (None, find_entity(store, "Joseph Njoroge")[1])
    assert find_entity(store, "Kim Jong Il") == (None, [])
    assert find_entity(store, "Grace Kombo") == (None, [])  # another first name: another person


def test_cli_entity_refusal_names_the_candidates(tmp_path):
    db = str(tmp_path / "w.db")
    with open_store(db) as store:
        filled(store)
    runner = CliRunner()
    found = runner.invoke(app, ["entity", "Pedro Alvarado", "--db", db, "--format", "json"])
    assert found.exit_code == 0 and json.loads(found.stdout)["entity"]["id"] == "pedro"
    variant = runner.invoke(app, ["entity", "Pedro Alvarrado Rios", "--db", db, "--format", "json"])
    assert variant.exit_code == 0 and len(json.loads(variant.stdout)["mentions"]) == 4
    assert json.loads(runner.invoke(app, ["entity", "Mendez", "--db", db, "--format", "json"]).stdout
                      )["entity"]["id"] == "lucia"
    assert runner.invoke(app, ["entity", "Jorge Mendez", "--db", db]).exit_code == 1
    with open_store(db) as store:
        store.save_dossier(Dossier(entities=[Entity(id="otieno", name="Otieno", type="PERSON", aliases=["Otieno"])]))
    refused = runner.invoke(app, ["entity", "Brian Otieno", "--db", db])
    assert refused.exit_code == 1
    assert "no entity named 'Brian Otieno'; did you mean: Otieno (otieno)" in " ".join(refused.output.split())


def test_api_story_and_entity_routes_use_the_linked_entity(tmp_path):
    db = str(tmp_path / "w.db")
    with open_store(db) as store:
        filled(store)
    with TestClient(create_app(db)) as client:
        ids = [e["id"] for e in client.get("/api/stories/sw1").json()["entities"]]
        assert ids == ["pedro", "tumbes", "lucia"]
        listed = client.get("/api/stories").json()["stories"][0]["entities"]
        assert listed == ["Pedro Alvarado Rios", "Tumbes", "Lucia Mendez"]
        assert client.get("/api/entities/Pedro Alvarrado").json()["entity"]["id"] == "pedro"
        assert client.get("/api/entities/Mendez").json()["entity"]["id"] == "lucia"
        missing = client.get("/api/entities/Jorge Mendez")
        assert missing.status_code == 404 and "did you mean" not in missing.json()["detail"]


TALKS = MergedEvent(
    id="ev_00aa", date="2025-05-12", date_range=None, type="CONSULT", cameo="043", modality="happened",
    summary="Kenya and Tanzania hold talks",
    actors=[{"name": "Kenya", "role": "participant", "code": "KEN"},
            {"name": "Tanzania", "role": "participant", "code": "TZA"}],
    location="Arusha",
    sources=[{"article": "wa1", "outlet": "Lake Post", "char_start": 28, "char_end": 37,
              "sentence": "Kenya and Tanzania held talks in Arusha on Monday.", "date_text": "Monday"}],
    goldstein=2.8)


def test_gdelt_fills_both_actors_from_participants():
    (row,) = gdelt_rows([TALKS.to_dict()], {})
    assert (row["Actor1Name"], row["Actor1Code"], row["Actor2Name"], row["Actor2Code"]) == \
        ("Kenya", "KEN", "Tanzania", "TZA")
    assert (row["Actor1CountryCode"], row["Actor2CountryCode"]) == ("KEN", "TZA")
    visit = {"actors": [{"name": "Uganda", "role": "source"}, {"name": "Kenya", "role": "participant"},
                        {"name": "Rwanda", "role": "target"}]}
    assert [a["name"] for a in gdelt_actors(visit)] == ["Uganda", "Rwanda"]
    guest = {"actors": [{"name": "Uganda", "role": "source"}, {"name": "Kenya", "role": "participant"}]}
    assert [a["name"] for a in gdelt_actors(guest)] == ["Uganda", "Kenya"]


def test_exports_carry_the_evidence_sentence_and_keep_its_offsets(store, tmp_path):
    # the events stage trims the sentence at source (test_events_walk); exports copy it as stored
    store.add_article(minister_articles()[0])
    store.save_dossier(Dossier(timeline=[TALKS]))
    sentence = "Kenya and Tanzania held talks in Arusha on Monday."
    out = tmp_path / "t.json"
    export_timeline(store, "json", out)
    (source,) = json.loads(out.read_text("utf-8"))[0]["sources"]
    assert source["sentence"] == sentence
    assert (source["char_start"], source["char_end"]) == (28, 37)  # the trigger's, unchanged
    export_timeline(store, "csv", out)
    (row,) = csv.DictReader(io.StringIO(out.read_text("utf-8")))
    assert sentence in row.get("sources", "")
    export_timeline(store, "plover", out)
    (record,) = json.loads(out.read_text("utf-8"))
    assert record["sources"][0]["sentence"] == sentence and record["text"] == sentence
    assert plover_records([TALKS.to_dict()])[0]["target"] == [{"actorText": "Kenya", "code": "KEN"},
                                                               {"actorText": "Tanzania", "code": "TZA"}]


def test_timeline_filters_take_a_variant_of_the_name(tmp_path):
    db = str(tmp_path / "w.db")
    road = MergedEvent(id="ev_00bb", date="2025-03-12", date_range=None, type="AID", cameo="070",
                       modality="happened", summary="Pedro Alvarado Rios sends fuel to Tumbes",
                       actors=[{"name": "Pedro Alvarado Rios", "role": "source", "code": None}],
                       location="Tumbes", sources=[])
    with open_store(db) as store:
        filled(store)
        dossier = minister_dossier()
        dossier.timeline = [road]
        store.save_dossier(dossier)
    found = CliRunner().invoke(app, ["timeline", "--entity", "Pedro Alvarad Rios", "--db", db, "--format", "json"])
    assert [e["id"] for e in json.loads(found.stdout)] == ["ev_00bb"]
    with TestClient(create_app(db)) as client:
        assert client.get("/api/timeline", params={"entity": "Pedro Alvarad Rios"}).json()["total"] == 1
        spoken = client.get("/api/quotes", params={"speaker": "Pedro Alvarad Rios"}).json()["quotes"]
        assert [q["id"] for q in spoken] == ["q1", "q2"]  # both of his names speak
