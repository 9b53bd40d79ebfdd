"""A stored story record lists each linked entity once, under the name linking gave it: two
outlets writing one minister's name two ways ("Halvard Brekke Osei", "Halvard Osei") give
one entry, whether both articles are merged at once or the second is ingested later, and a
story no new article touches takes the name a later article's linking gives its person.
Every backend (``store_url``); invented text throughout."""
from __future__ import annotations

import pytest

from storyline.config import Config
from storyline.ingest_service import refuse
from storyline.model import Article
from storyline.pipeline import Pipeline
from storyline.store import open_store

BRIDGE_A = ("Interior Minister Halvard Brekke Osei opened the new bridge over the Tamar river in Dorvik "
            "on Monday.\nBrekke Osei said traffic would cross the bridge from Friday, and that tolls "
            "would stay low.")
BRIDGE_B = ("Halvard Osei, the interior minister, opened a toll bridge over the Tamar river in Dorvik on "
            "Monday.\nOsei said the bridge had cost 40 million crowns and that traffic would cross it "
            "from Friday.")
# another story, naming the minister by his surname alone
FLOODS = "Floods closed the coast road near Harnes on Tuesday, and Osei promised repairs."
CONFIG = Config(jobs=1)


@pytest.fixture(scope="module")
def annotated() -> dict:
    given = [Article(id="a", text=BRIDGE_A, published="2024-05-06", published_source="metadata"),
             Article(id="b", text=BRIDGE_B, published="2024-05-06", published_source="metadata"),
             Article(id="c", text=FLOODS, published="2024-05-08", published_source="metadata")]
    return {a.id: a for a in Pipeline(CONFIG).pipe(given, jobs=1)}


def merged(url: str, annotated: dict, batches: list) -> dict:
    """The stored records after ingesting ``batches`` (lists of ids), one merge each."""
    with open_store(url) as store:
        for ids in batches:
            for article_id in ids:
                store.add_article(Article.from_dict(annotated[article_id].to_dict()))
            refuse(store, CONFIG, ids)
        return {"stories": store.stories(), "entities": store.entities()}


def minister(records: dict) -> dict:
    """The entity linking made of the minister: both spellings joined (what the tests need)."""
    (found,) = [e for e in records["entities"] if "Halvard Osei" in e["aliases"]]
    assert "Halvard Brekke Osei" in found["aliases"]
    return found


def story_of(records: dict, article: str) -> dict:
    return next(s for s in records["stories"] if article in s["articles"])


def named_osei(story: dict) -> list:
    return [name for name in story["entities"] if "Osei" in name]


@pytest.mark.parametrize("batches", [[["a", "b"]], [["a"], ["b"]]], ids=["full", "incremental"])
def test_a_story_lists_one_person_written_two_ways_once(annotated, store_url, batches):
    records = merged(store_url, annotated, batches)
    story = story_of(records, "a")
    assert story["articles"] == ["a", "b"]
    assert named_osei(story) == [minister(records)["name"]]
    assert len(set(story["entities"])) == len(story["entities"])


def test_an_untouched_story_takes_the_name_a_later_article_links(annotated, store_url, tmp_path):
    # the first merge links the flood story's "Osei" to "Halvard Osei"; the bridge article
    # ingested next names him in full, and linking renames him in every story
    parts = merged(store_url, annotated, [["b", "c"], ["a"]])
    once = merged(str(tmp_path / "once.db"), annotated, [["a", "b", "c"]])
    floods = story_of(parts, "c")
    assert floods["articles"] == ["c"]  # the bridge articles joined another story
    assert named_osei(floods) == [minister(parts)["name"]] != ["Osei"]
    # as a full merge lists them (story ids differ: a story keeps the id of its first article)
    assert {tuple(s["articles"]): s["entities"] for s in parts["stories"]} == \
        {tuple(s["articles"]): s["entities"] for s in once["stories"]}
