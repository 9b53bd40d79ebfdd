"""Fuzzing: no input crashes reading or annotation, and every offset indexes the input."""
from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from storyline import annotate
from storyline.errors import IngestError
from storyline.ingest import read_inputs
from storyline.model import Article

WORDS = ["Minister", "Anna", "Berg", "met", "will", "meet", "on", "Tuesday", "in", "Oslo", "said", "“", "”", '"',
         "'", "‘", "’", "«", "»", "\n", "\n\n", ",", ".", "March", "3", "2024", "last", "next", "week", "Image:",
         "AP", "20 minutes ago", "Mr", "the", "president", "told", "reporters", "according to", "Zoë", "北京",
         "(", ")", "—", "\t", "did", "not", "condemn", "\u00a0", "é", "\r\n"]

texts = st.lists(st.sampled_from(WORDS), min_size=1, max_size=60).map(" ".join) | st.text(max_size=300)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=texts, published=st.one_of(st.none(), st.dates().map(lambda d: d.isoformat())))
def test_annotate_never_crashes_and_offsets_round_trip(text, published):
    layers = annotate(text, published=published)
    for key in ("timexes", "entities"):
        for item in layers[key]:
            assert text[item["start"]:item["end"]] == item["text"]
    for event in layers["events"]:
        assert text[event["trigger"]["start"]:event["trigger"]["end"]] == event["trigger"]["text"]
        for actor in event["actors"]:
            assert text[actor["start"]:actor["end"]] == actor["text"]
    for quote in layers["quotes"]:
        for part in ("source", "cue", "content"):
            if quote[part]:
                assert text[quote[part]["start"]:quote[part]["end"]] == quote[part]["text"]


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.binary(max_size=2000), suffix=st.sampled_from([".txt", ".html", ".jsonl", ".json", ".xml", ".md"]))
def test_reading_any_bytes_gives_articles_or_clear_errors(tmp_path_factory, data, suffix):
    path = tmp_path_factory.mktemp("fuzz") / f"input{suffix}"
    path.write_bytes(data)
    for item in read_inputs([str(path)]):
        assert isinstance(item, (Article, IngestError))
        if isinstance(item, IngestError):
            assert item.code.startswith("E") and item.message and str(path) in item.path
        else:
            assert item.text.strip() and item.id
