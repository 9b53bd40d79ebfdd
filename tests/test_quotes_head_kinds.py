"""What a source head names (storyline/quotes/head_kinds.py), and what that does to the
speaker of a later pronoun."""
from __future__ import annotations

import pytest

from storyline.model import Article
from storyline.quotes.head_kinds import noun_kind


@pytest.fixture(scope="module")
def speakers_of():
    from storyline.pipeline import Pipeline

    pipeline = Pipeline()

    def run(text):
        dossier = pipeline.process([Article(id="h1", text=text, published="2023-02-20")]).to_dict()
        return {q["text"]: q["speaker"] for q in dossier["quotes"]}

    return run


@pytest.mark.parametrize("lemma", ["economist", "historian", "spokesman", "chairperson", "marxist", "pacifist",
                                   "civilian", "finalist", "cyclist", "jurist", "narcissist"])
def test_an_agent_ending_after_a_stem_names_a_person(lemma):
    assert noun_kind(lemma) == "person"


@pytest.mark.parametrize("lemma", ["list", "wrist", "heist", "checklist", "playlist", "median",
                                   "ottoman", "zeitgeist", "backfist"])
def test_a_look_alike_of_an_agent_noun_is_a_thing(lemma):
    assert noun_kind(lemma) == "thing"


@pytest.mark.parametrize("lemma", ["human", "superhuman", "oman", "insist", "coexist", "amphibian"])
def test_other_look_alikes_are_not_known_as_persons(lemma):
    assert noun_kind(lemma) is None


@pytest.mark.parametrize("lemma", ["campaign", "camp", "caucus", "delegation"])
def test_political_groups_are_groups(lemma):
    assert noun_kind(lemma) == "group"


def test_he_does_not_go_on_with_a_phrase_headed_by_a_look_alike(speakers_of):
    # "checklist" ends like "journalist", but the "he" who keeps the promise is Mark Hale
    speakers = speakers_of("Mark Hale and Susan Brody met voters in Iowa on Monday.\n\n"
                           "The Hale checklist says \"every farmer gets a visit.\" "
                           "\"We will keep that promise,\" he said.")
    assert speakers["We will keep that promise"] == "Mark Hale"


def test_they_goes_on_with_a_campaign_as_speaker(speakers_of):
    speakers = speakers_of("Hillary Clinton spoke in Ohio on Monday.\n\n"
                           "\"We will win this state,\" the Clinton campaign said in a statement.\n\n"
                           "\"Ohio is ours,\" they added.")
    assert speakers == {"We will win this state": "Clinton campaign", "Ohio is ours": "Clinton campaign"}

