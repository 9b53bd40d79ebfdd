"""`storyline annotate`: every layer of one article, offsets into the input exactly as given."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from storyline import annotate
from storyline.cli import app

SEEDS = Path(__file__).resolve().parents[2] / "shared" / "seeds"

NON_ASCII = (
    "Ministers Zoë Åkerlund and Łukasz Wróblewski met in Kraków on Tuesday.\n"
    "“Our relations are ‘solid’,” Åkerlund told reporters — adding that talks would resume in März.\n"
    "Image: Ørsted Press\n"
    "Wróblewski said the two sides would sign an accord next week."
)


def spans(layers: dict):
    """Every (start, end, text) span in an annotate output."""
    for key in ("timexes", "entities"):
        for item in layers[key]:
            yield item["start"], item["end"], item["text"]
    for event in layers["events"]:
        yield event["trigger"]["start"], event["trigger"]["end"], event["trigger"]["text"]
        for actor in event["actors"]:
            yield actor["start"], actor["end"], actor["text"]
        if event["location"]:
            yield event["location"]["start"], event["location"]["end"], event["location"]["text"]
    for quote in layers["quotes"]:
        for part in ("source", "cue", "content"):
            if quote[part]:
                yield quote[part]["start"], quote[part]["end"], quote[part]["text"]


def assert_round_trip(text: str, layers: dict) -> int:
    count = 0
    for start, end, span_text in spans(layers):
        assert text[start:end] == span_text, (start, end, span_text)
        count += 1
    for sentence in layers["sentences"]:
        assert 0 <= sentence["start"] < sentence["end"] <= len(text)
    return count


@pytest.mark.parametrize("seed", sorted(SEEDS.glob("*.txt")), ids=lambda p: p.name[:3])
def test_offsets_round_trip_on_real_articles(seed):
    text = seed.read_text(encoding="utf-8")
    layers = annotate(text, published="2023-03-01")
    assert assert_round_trip(text, layers) > 20
    assert layers["entities"] and layers["events"] and layers["timexes"]


def test_furniture_is_not_annotated_and_offsets_still_index_the_input():
    layers = annotate(NON_ASCII, published="2024-05-07")
    assert_round_trip(NON_ASCII, layers)
    credit = NON_ASCII.index("Image: Ørsted Press")
    assert not any(credit <= s["start"] < credit + 19 for s in layers["sentences"])
    names = {e["canonical"] for e in layers["entities"]}
    assert "Łukasz Wróblewski" in names and any(n.endswith("Zoë Åkerlund") for n in names)
    tuesday = next(t for t in layers["timexes"] if t["text"].endswith("Tuesday"))
    assert tuesday["value"] == "2024-05-07"  # published on a Tuesday: "met on Tuesday" is that day
    assert any(q["content"]["text"].startswith("Our relations are ‘solid’") for q in layers["quotes"])


def test_jsonl_gives_one_line_per_record_with_its_own_published(tmp_path):
    path = tmp_path / "two.jsonl"
    records = [
        {"id": "r1", "published": "2024-01-10", "text": "The ministers met in Oslo on Monday, officials said."},
        {"id": "r2", "published": "2024-02-02", "text": "The ministers will meet in Oslo on Monday, officials said."},
    ]
    path.write_text("\n".join(json.dumps(r) for r in records) + "\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["annotate", str(path)])
    assert result.exit_code == 0, result.output
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert [(x["id"], x["published"]) for x in lines] == [("r1", "2024-01-10"), ("r2", "2024-02-02")]
    monday = [next(t["value"] for t in x["timexes"] if "Monday" in t["text"]) for x in lines]
    # 2024-01-10 is a Wednesday: "met on Monday" is the 8th; 2024-02-02 a Friday: "will meet on Monday" the 5th
    assert monday == ["2024-01-08", "2024-02-05"]


def test_stdin_and_published_option():
    text = "Officials in Lima said the summit took place on Friday."
    result = CliRunner().invoke(app, ["annotate", "-", "--published", "2024-03-12"], input=text)
    assert result.exit_code == 0, result.output
    out = json.loads(result.stdout)
    assert out["published"] == "2024-03-12" and out["published_source"] == "metadata"
    assert_round_trip(text, out)


TWO_OUTLETS = [
    ("Ukrainian envoy Dmitri Kovalenko arrived in Vienna on Tuesday for talks on grain exports.\n\n"
     "Kovalenko met Austrian officials and said the talks were useful."),
    ("Dmitry Kovalenko, Ukraine's envoy for grain exports, held talks in Vienna on Tuesday.\n\n"
     "\"We will not give in,\" Kovalenko said, \"and we will keep talking.\""),
]


@pytest.fixture(scope="module")
def corpus_layers():
    from storyline.annotate import annotate_corpus

    return annotate_corpus(TWO_OUTLETS)


def test_annotate_corpus_links_one_person_spelled_two_ways(corpus_layers):
    first, second = corpus_layers
    for text, layers in zip(TWO_OUTLETS, corpus_layers):
        assert_round_trip(text, layers)
    people = [(e["text"], e["canonical"], e["entity"]) for layers in corpus_layers
              for e in layers["entities"] if e["text"].endswith("Kovalenko")]
    # within each article the name is as that outlet spells it ...
    assert [p[:2] for p in people] == [
        ("Dmitri Kovalenko", "Dmitri Kovalenko"), ("Kovalenko", "Dmitri Kovalenko"),
        ("Dmitry Kovalenko", "Dmitry Kovalenko"), ("Kovalenko", "Dmitry Kovalenko")]
    # ... and across the corpus all four mentions are one entity, in one story
    assert len({p[2] for p in people}) == 1 and people[0][2] in {"Dmitri Kovalenko", "Dmitry Kovalenko"}
    assert first["story"] and first["story"] == second["story"]
    vienna = {e["entity"] for layers in corpus_layers for e in layers["entities"] if e["text"] == "Vienna"}
    assert vienna == {"Vienna"}


def test_split_quote_parts_share_one_group(corpus_layers):
    first, second = corpus_layers
    parts = [q for q in second["quotes"] if q["kind"] == "direct"]
    assert [q["content"]["text"] for q in parts] == ["We will not give in", "and we will keep talking."]
    assert parts[0]["group"] is not None and parts[0]["group"] == parts[1]["group"]
    said = next(q for q in first["quotes"] if q["content"]["text"] == "the talks were useful")
    assert said["group"] is None  # a quote in one piece has no group


def test_published_evidence_points_into_the_text():
    text = "Published: 3 March 2021\n\nThe ministers met in Oslo on Monday, officials said."
    layers = annotate(text)
    assert (layers["published"], layers["published_source"]) == ("2021-03-03", "text")
    evidence = layers["published_evidence"]
    assert text[evidence["start"]:evidence["end"]] == "Published: 3 March 2021"
    monday = next(t for t in layers["timexes"] if t["text"].endswith("Monday"))
    assert monday["value"] == "2021-03-01"  # 2021-03-03 was a Wednesday


def test_annotate_path_runs_only_the_stages_asked_for(tmp_path):
    from storyline.annotate import annotate_path

    path = tmp_path / "one.txt"
    path.write_text("The ministers met in Oslo on Monday, officials said.\n", encoding="utf-8")
    (out,) = annotate_path(str(path), published="2024-01-10", stages=["clean", "time"])
    assert [(t["text"], t["value"]) for t in out["timexes"]] == [("Monday", "2024-01-08")]
    assert out["entities"] == [] and out["quotes"] == [] and out["events"] == []


def test_coding_is_the_main_event_of_the_text_as_one_record():
    met = annotate("The foreign ministers of Norland and Estmark met in Oslo on Monday.")
    assert met["coding"]["type"] == "CONSULT" and met["coding"]["trigger"]["text"] == "met"
    refused = annotate("Estmark refused to sign the fisheries agreement with Norland.")
    assert refused["coding"]["type"] == "REJECT"
    assert annotate("The weather was mild.")["coding"] is None


def test_entity_mentions_say_their_kind():
    from storyline.annotate import annotate
    text = "Admiral Lena Vask said the navy had rescued the sailors near Harwick. She thanked the crew."
    found = {(e["text"], e["kind"]) for e in annotate(text, published="2024-05-02")["entities"]}
    assert {("Lena Vask", "name"), ("the sailors", "nominal"), ("She", "pronoun"),
            ("the crew", "nominal")} <= found


def test_annotate_corpus_gives_the_dates_the_corpus_stages_set():
    from storyline.annotate import annotate_corpus
    from storyline.model import Article

    dated = Article(id="dated", published="2024-03-14", published_source="metadata",  # a Thursday
                    text="Ukrainian envoy Dmitri Kovalenko met Austrian Chancellor Petra Lind in Vienna on "
                         "Tuesday for talks on grain exports.")
    undated = Article(id="undated", text="Dmitry Kovalenko met Petra Lind in Vienna on Tuesday, officials said.")
    _, out = annotate_corpus([dated, undated])
    # no date of its own: the other outlet's report of the same meeting dates it
    assert out["published_source"] == "inferred" and "2024-03-12" <= out["published"] <= "2024-03-14"
    assert [(t["text"], t["value"]) for t in out["timexes"]] == [("Tuesday", "2024-03-12")]
    assert out["events"] and out["events"][0]["date"] == "2024-03-12"
