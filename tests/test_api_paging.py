"""Paged detail views on both backends: an entity's events, quotes and articles, and the index.

The corpus is invented here: seven one-line articles d1..d7, each its own story t1..t7
(t_i's last day 2024-01-0i, so latest first is t7..t1); one much-named person, Mira Sand,
acts in seven events (m1..m6 dated 2024-01-01..06, m7 undated and storyless, cited by d7),
saved out of date order, and speaks five quotes k1..k5; Olek Varn has one event (v1, story
t7). Expected pages are written by hand from these records.
"""
from __future__ import annotations

import re

import pytest
from fastapi.testclient import TestClient

from storyline.model import Article, Dossier, Entity, MergedEvent, MergedQuote, Story
from storyline.serve import create_app
from storyline.store import open_store

TEXTS = {f"d{i}": f"Mira Sand spoke in Town {i} on January {i}." for i in range(1, 8)}
SAND = [{"name": "Mira Sand", "role": "source", "code": "SNDGOV"}]
SAVED_EVENTS = ["m5", "m2", "m7", "m1", "m4", "m3", "m6"]  # the store's order, not the dates'


def sentence_source(article: str) -> dict:
    return {"article": article, "outlet": f"Outlet {article[1]}", "sentence": TEXTS[article],
            "char_start": 0, "char_end": len(TEXTS[article]), "date_text": None}


def event(eid: str) -> MergedEvent:
    i = eid[1]
    dated = eid != "m7"
    return MergedEvent(id=eid, date=f"2024-01-0{i}" if dated else None, date_range=None,
                       type="CONSULT", cameo="040", modality="happened", summary=f"Sand spoke in Town {i}",
                       actors=SAND, location=f"Town {i}", sources=[sentence_source(f"d{i}")],
                       story=f"t{i}" if dated else None)


def busy_corpus() -> tuple[list, Dossier]:
    articles = [Article(id=a, text=t, title=f"Sand in Town {a[1]}", outlet=f"Outlet {a[1]}",
                        published=f"2024-01-0{a[1]}", path=f"{a}.txt", story=f"t{a[1]}")
                for a, t in TEXTS.items()]
    summaries = [{"id": a.id, "path": a.path, "title": a.title, "outlet": a.outlet, "url": None,
                  "published": a.published, "published_source": None, "story": a.story,
                  "chars": len(a.text), "duplicate_of": None} for a in articles]
    timeline = [event(e) for e in SAVED_EVENTS]
    timeline.append(MergedEvent(id="v1", date="2024-01-07", date_range=None, type="CONSULT", cameo="040",
                                modality="happened", summary="Varn met voters", location=None,
                                actors=[{"name": "Olek Varn", "role": "source", "code": None}],
                                sources=[sentence_source("d7")], story="t7"))
    quotes = [MergedQuote(id=f"k{i}", speaker="Mira Sand", speaker_code="SNDGOV", text=f"Words {i}",
                          variants=[{"text": f"Words {i}", "article": f"d{i}"}],
                          sources=[{"article": f"d{i}", "outlet": f"Outlet {i}", "char_start": 0,
                                    "char_end": 9}], story=f"t{i}") for i in range(1, 6)]
    entities = [Entity(id="p1", name="Mira Sand", type="PERSON", aliases=["Sand"], code="SNDGOV",
                       mentions=7, articles=["d3", "d1", "d2", "d4", "d5", "d6", "d7"]),
                Entity(id="p2", name="Olek Varn", type="PERSON", aliases=[], mentions=1, articles=["d7"])]
    stories = [Story(id=f"t{i}", title=f"Town {i} story", articles=[f"d{i}"], first=f"2024-01-0{i}",
                     last=f"2024-01-0{i}", entities=["p1"]) for i in range(1, 8)]
    return articles, Dossier(articles=summaries, entities=entities, timeline=timeline, quotes=quotes,
                             stories=stories)


@pytest.fixture
def client(store_url):
    articles, dossier = busy_corpus()
    with open_store(store_url) as store:
        for article in articles:
            assert store.add_article(article)
        store.save_dossier(dossier)
    with TestClient(create_app(store_url)) as c:
        yield c


def ids(records) -> list:
    return [r["id"] for r in records]


def entity_page(client, key: str, **params) -> dict:
    response = client.get(f"/api/entities/{key}", params=params)
    assert response.status_code == 200, response.text
    return response.json()


def test_entity_lists_come_in_pages_with_totals(client):
    first = entity_page(client, "p1", limit=3)
    assert set(first) == {"entity", "timeline", "quotes", "articles", "limit", "offset", "totals"}
    assert first["entity"]["id"] == "p1"
    assert (first["limit"], first["offset"]) == (3, 0)
    assert first["totals"] == {"timeline": 7, "quotes": 5, "articles": 7}
    assert ids(first["timeline"]) == ["m1", "m2", "m3"]  # by date, not saved order
    assert ids(first["quotes"]) == ["k1", "k2", "k3"]
    assert ids(first["articles"]) == ["d3", "d1", "d2"]  # the entity's own order
    second = entity_page(client, "Sand", limit=3, offset=3)  # by alias, same paging
    assert ids(second["timeline"]) == ["m4", "m5", "m6"] and ids(second["quotes"]) == ["k4", "k5"]
    assert ids(second["articles"]) == ["d4", "d5", "d6"]
    last = entity_page(client, "p1", limit=3, offset=6)
    assert ids(last["timeline"]) == ["m7"] and last["quotes"] == [] and ids(last["articles"]) == ["d7"]
    assert last["totals"] == {"timeline": 7, "quotes": 5, "articles": 7}
    beyond = entity_page(client, "p1", limit=3, offset=40)
    assert beyond["timeline"] == beyond["quotes"] == beyond["articles"] == []
    assert beyond["totals"]["timeline"] == 7


def test_entity_default_page_and_contract_records(client):
    whole = entity_page(client, "Mira Sand")
    assert (whole["limit"], whole["offset"]) == (50, 0)
    assert ids(whole["timeline"]) == ["m1", "m2", "m3", "m4", "m5", "m6", "m7"]
    assert whole["timeline"][0]["sources"][0] == sentence_source("d1")
    assert whole["timeline"][0]["actors"] == SAND and whole["quotes"][4]["text"] == "Words 5"
    varn = entity_page(client, "p2", limit=1)
    assert ids(varn["timeline"]) == ["v1"] and varn["totals"] == {"timeline": 1, "quotes": 0, "articles": 1}
    assert client.get("/api/entities/p1", params={"limit": 1001}).status_code == 422
    assert client.get("/api/entities/p1", params={"offset": -1}).status_code == 422
    assert client.get("/api/entities/nobody", params={"limit": 2}).status_code == 404
    described = client.get("/openapi.json").json()["paths"]["/api/entities/{entity_id}"]["get"]
    assert {p["name"] for p in described["parameters"]} >= {"limit", "offset"}
    assert "totals" in described["description"]


def test_index_pages_stories_and_articles_with_links(client):
    html = client.get("/", params={"limit": 3}).text
    assert re.findall(r'class="story-link" href="/stories/([^"]+)"', html) == ["t7", "t6", "t5"]
    assert re.findall(r'<td><a href="/articles/([^"]+)"', html) == ["d1", "d2", "d3"]
    # t7 counts v1 (its own) and m7 (storyless, cited by d7, a t7 article)
    assert re.search(r"Town 7 story</a>\s*<span class=\"meta\">[^<]*· 2 events", html)
    assert re.search(r"Town 6 story</a>\s*<span class=\"meta\">[^<]*· 1 event<", html)
    # an article's story is named though that story is on another page of stories
    assert '<a href="/stories/t1">Town 1 story</a>' in html
    assert "1–3 of 7" in html
    assert 'class="next-page" rel="next" href="?offset=3&amp;limit=3"' in html
    assert "prev-page" not in html
    last = client.get("/", params={"limit": 3, "offset": 6}).text
    assert re.findall(r'class="story-link" href="/stories/([^"]+)"', last) == ["t1"]
    assert re.findall(r'<td><a href="/articles/([^"]+)"', last) == ["d7"]
    assert "7–7 of 7" in last and "next-page" not in last
    assert 'class="prev-page" rel="prev" href="?offset=3&amp;limit=3"' in last
    default = client.get("/").text  # everything fits the default page: no links
    assert len(re.findall(r'class="story-link"', default)) == 7
    assert "next-page" not in default and "prev-page" not in default
    assert client.get("/", params={"limit": 0}).status_code == 422


def test_entity_page_shows_one_page_and_links_the_next(client):
    html = client.get("/entities/p1", params={"limit": 2}).text
    assert re.findall(r"Sand spoke in Town (\d)", html) == ["1", "2"]
    assert re.findall(r"<blockquote>Words (\d)</blockquote>", html) == ["1", "2"]
    assert "1–2 of 7" in html and "1–2 of 5" in html
    assert 'class="next-page" rel="next" href="?offset=2&amp;limit=2"' in html
    page4 = client.get("/entities/p1", params={"limit": 2, "offset": 6}).text
    assert re.findall(r"Sand spoke in Town (\d)", page4) == ["7"]
    assert "<blockquote>" not in page4 and "next-page" not in page4
