"""An incremental merge gives the quotes a full merge gives: a story whose quotes are merged
again because another story's article renamed its speaker reads its articles' dates (timexes)
as a full merge does, and a story whose statements now match otherwise, since entity linking
over the whole corpus tied a role to another name, has its quotes merged again."""
from __future__ import annotations

import json

import pytest

from storyline.config import Config
from storyline.fuse import _stories_matched_otherwise
from storyline.fuse.quotes import merge_quotes
from storyline.ingest_service import refuse
from storyline.model import Article, Mention, Quote, Span
from storyline.pipeline import Pipeline
from storyline.store import open_store

# a meeting on Tuesday 2024-03-12 (published Sunday 17th); the quote was said on Saturday,
# four days later, so the meeting is not where it was said
MEETING = ("Norland Prime Minister Lindqvist met Velorian President Anna Petrovan in Kessel on Tuesday.\n"
           "\"The talks were very productive and we agreed on a new rail loan,\" Lindqvist said on Saturday.")
FLOODS = "Floods cut the main road to Marrow on Monday, officials in Estra said."
# another story, which gives Lindqvist his full name: his quote is merged again
FACTORY = ("Brannor will build a battery factory in Ostvik, the carmaker said on Wednesday, adding 2,000 "
           "jobs by 2027. Shares of the company rose 3 percent in Kessel trading. Tarvo Lindqvist's "
           "government had offered subsidies for battery plants last year.")
CONFIG = Config(jobs=1)


@pytest.fixture(scope="module")
def annotated() -> dict:
    given = [Article(id="a", text=MEETING, published="2024-03-17", published_source="metadata"),
             Article(id="b", text=FLOODS, published="2024-03-20", published_source="metadata"),
             Article(id="c", text=FACTORY, published="2024-03-21", published_source="metadata")]
    return {a.id: a for a in Pipeline(CONFIG).pipe(given, jobs=1)}


def _merged(url: str, annotated: dict, batches: list) -> dict:
    """The stored quotes after ingesting ``batches`` (lists of ids) one merge each."""
    with open_store(url) as store:
        for ids in batches:
            for article_id in ids:
                store.add_article(Article.from_dict(annotated[article_id].to_dict()))
            refuse(store, CONFIG, ids)
        return store.load_dossier().to_dict()


def test_a_quote_merged_again_reads_the_day_it_was_said(annotated, store_url, tmp_path):
    once = _merged(str(tmp_path / "once.db"), annotated, [["a", "b", "c"]])
    parts = _merged(store_url, annotated, [["a", "b"], ["c"]])
    assert {e["name"] for e in parts["entities"] if "a" in e["articles"] and "c" in e["articles"]} \
        >= {"Tarvo Lindqvist"}  # the later article renamed the speaker: his story's quotes re-merged
    quote = next(q for q in parts["quotes"] if q["text"].startswith("The talks were very productive"))
    assert quote["event"] is None  # said on Saturday, not at Tuesday's meeting
    assert sorted(json.dumps(q, sort_keys=True) for q in parts["quotes"]) == \
        sorted(json.dumps(q, sort_keys=True) for q in once["quotes"])


# one article: Trump's partial quote and a role's full one, the same words
POST = 'Trump said Ginsburg\'s "mind is shot." The presumptive nominee wrote: "Her mind is shot - resign!"'


def _post(nominee_linked_to: str) -> Article:
    """The article with its layers by hand; the role's mention linked as a merge linked it."""
    def span(text: str, after: int = 0) -> Span:
        start = POST.index(text, after)
        return Span(start, start + len(text), text)

    trump, nominee = span("Trump"), span("presumptive nominee")
    mentions = [Mention(trump.start, trump.end, "Trump", "PERSON", canonical="Donald Trump",
                        kind="name", entity_type="PERSON"),
                Mention(nominee.start, nominee.end, "presumptive nominee", "PERSON",
                        canonical=nominee_linked_to, kind="nominal", entity_type="PERSON")]
    quotes = [Quote("post", span("mind is shot."), kind="partial", source=trump, cue=span("said"),
                    speaker="Donald Trump"),
              Quote("post", span("Her mind is shot - resign!"), kind="direct",
                    source=span("The presumptive nominee"), cue=span("wrote"), speaker="presumptive nominee")]
    return Article(id="post", text=POST, published="2016-07-13", story="s1",
                   sentences=[[0, 38], [39, len(POST)]], mentions=mentions, quotes=quotes)


def test_a_role_linked_otherwise_has_its_story_quotes_merged_again():
    linked = merge_quotes([_post("Donald Trump")])
    assert [q.speaker for q in linked] == ["Donald Trump"]  # the role is Trump: one statement
    assert len(merge_quotes([_post("presumptive nominee")])) == 2  # the role alone: two
    # a later merge's linking left the role unlinked: the kept quote no longer holds
    assert _stories_matched_otherwise([_post("presumptive nominee")], linked) == {"s1"}
    assert _stories_matched_otherwise([_post("Donald Trump")], linked) == set()
