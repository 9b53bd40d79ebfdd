"""The web API and pages over a real SQLite store filled by hand.

The corpus is invented here: three outlets report one meeting of two ministers
(one gives another date: a conflict), one plans a summit, one carries a denial,
and a hostile article whose every field holds markup. Expected values are written
by hand from these texts.
"""
from __future__ import annotations

import re

import pytest
from fastapi.testclient import TestClient

from storyline.model import (Actor, Article, Dossier, Entity, Event, Mention, MergedEvent,
                             MergedQuote, Quote, Span, Story, Timex)
from storyline.serve import create_app
from storyline.serve.layout import highlight_segments, radius, timeline_layout
from storyline.serve.queries import date_bounds, event_interval
from storyline.store import open_store

CONTRACT_ARTICLE = {"id", "path", "title", "outlet", "url", "published", "published_source",
                    "published_evidence", "story", "chars", "lang", "duplicate_of"}
CONTRACT_ENTITY = {"id", "name", "type", "aliases", "code", "mentions", "articles"}
CONTRACT_EVENT = {"id", "date", "date_range", "type", "cameo", "modality", "summary", "actors",
                  "location", "sources", "conflicts"}
CONTRACT_SOURCE = {"article", "outlet", "sentence", "char_start", "char_end", "date_text"}
CONTRACT_QUOTE = {"id", "speaker", "speaker_code", "text", "variants", "sources", "event"}
CONTRACT_STORY = {"id", "title", "articles", "first", "last", "entities"}

TEXT_A1 = ("Velorian Foreign Minister Anya Brel met her Kestrian counterpart Tomas Hald in Ostrava "
           "on Monday. \"Our nations stand together,\" Brel said. The two ministers will hold a "
           "summit next month.")
TEXT_A2 = ("Anya Brel held talks with Tomas Hald on March 4. \"We stand side by side,\" Brel told "
           "reporters. Hald denied that troops had been moved to the border.")
TEXT_A3 = "The meeting between Brel and Hald took place on March 3, officials said."
HOSTILE = "<script>window.__xss=1</script>"
HOSTILE_IMG = "<img src=x onerror=\"window.__xss=2\">"
TEXT_A4 = (f"Protesters gathered. {HOSTILE} A banner read {HOSTILE_IMG} and \"{HOSTILE}\" was "
           "chanted by the crowd.")


def span(text: str, needle: str, nth: int = 0) -> Span:
    """The Span of the nth occurrence of ``needle`` in ``text`` (input building only)."""
    at = -1
    for _ in range(nth + 1):
        at = text.index(needle, at + 1)
    return Span(at, at + len(needle), needle)


def source(article: str, outlet: str, text: str, sentence: str, date_text=None) -> dict:
    s = span(text, sentence)
    return {"article": article, "outlet": outlet, "sentence": sentence, "char_start": s.start,
            "char_end": s.end, "date_text": date_text}


def build_articles() -> list[Article]:
    a1 = Article(id="a1", text=TEXT_A1, title="Ministers meet in Ostrava", outlet="Daily Meridian",
                 published="2024-03-05", published_source="metadata", path="a1.txt", story="s1")
    brel, hald = span(TEXT_A1, "Anya Brel"), span(TEXT_A1, "Tomas Hald")
    a1.sentences = [[0, TEXT_A1.index("\"Our")], [TEXT_A1.index("\"Our"), TEXT_A1.index("The two")],
                    [TEXT_A1.index("The two"), len(TEXT_A1)]]
    a1.mentions = [Mention(brel.start, brel.end, brel.text, "PERSON", canonical="Anya Brel", code="VELGOV"),
                   Mention(hald.start, hald.end, hald.text, "PERSON", canonical="Tomas Hald", code="KESGOV")]
    monday = span(TEXT_A1, "on Monday")
    a1.timexes = [Timex(monday.start, monday.end, monday.text, value="2024-03-04")]
    sent = Span(a1.sentences[0][0], a1.sentences[0][1], TEXT_A1[a1.sentences[0][0]:a1.sentences[0][1]])
    a1.events = [Event(article="a1", trigger=span(TEXT_A1, "met"), sentence=sent, type="CONSULT",
                       actors=[Actor(brel.start, brel.end, brel.text, "source", "Anya Brel", "VELGOV")],
                       date="2024-03-04", date_source="timex")]
    a1.quotes = [Quote(article="a1", content=span(TEXT_A1, "Our nations stand together,"),
                       source=span(TEXT_A1, "Brel", 1), speaker="Anya Brel", speaker_code="VELGOV")]
    a2 = Article(id="a2", text=TEXT_A2, title="Brel and Hald hold talks", outlet="Northern Courier",
                 published="2024-03-05", path="a2.txt", story="s1")
    a3 = Article(id="a3", text=TEXT_A3, title=None, outlet="Harbor Post", published="2024-03-06",
                 path="a3.txt", story="s1")
    a4 = Article(id="a4", text=TEXT_A4, title=f"{HOSTILE}Crowd", outlet="Evil <b>Outlet</b>",
                 published="2024-02-01", path="a4.txt", story="s2", url="javascript:alert(1)")
    bad = span(TEXT_A4, HOSTILE)
    a4.mentions = [Mention(bad.start, bad.end, bad.text, "ORG", canonical=HOSTILE_IMG)]
    a4.quotes = [Quote(article="a4", content=span(TEXT_A4, HOSTILE, 1), speaker=HOSTILE_IMG)]
    return [a1, a2, a3, a4]


def build_dossier(articles: list[Article]) -> Dossier:
    summaries = []
    for a in articles:
        summaries.append({"id": a.id, "path": a.path, "title": a.title, "outlet": a.outlet,
                          "url": a.url, "published": a.published,
                          "published_source": a.published_source,
                          "published_evidence": a.published_evidence, "story": a.story,
                          "chars": len(a.text), "duplicate_of": None})
    brel_hald = [{"name": "Anya Brel", "role": "source", "code": "VELGOV"},
                 {"name": "Tomas Hald", "role": "target", "code": "KESGOV"}]
    meeting_conflict = {"field": "date", "values": [
        {"value": "2024-03-04", "articles": ["a1", "a2"], "outlets": ["Daily Meridian", "Northern Courier"]},
        {"value": "2024-03-03", "articles": ["a3"], "outlets": ["Harbor Post"]}]}
    timeline = [
        MergedEvent(id="ev1", date="2024-03-04", date_range=None, type="CONSULT", cameo="040",
                    modality="happened", summary="Anya Brel met Tomas Hald in Ostrava",
                    actors=brel_hald, location="Ostrava", story="s1", conflicts=[meeting_conflict],
                    date_confidence=0.92,
                    sources=[source("a1", "Daily Meridian", TEXT_A1, TEXT_A1.split(" \"")[0], "on Monday"),
                             source("a2", "Northern Courier", TEXT_A2, TEXT_A2.split(" \"")[0], "on March 4"),
                             source("a3", "Harbor Post", TEXT_A3, TEXT_A3, "on March 3")]),
        MergedEvent(id="ev2", date="2024-04", date_range=["2024-04-01", "2024-04-30"], type="CONSULT",
                    cameo="036", modality="planned", summary="Brel and Hald to hold a summit",
                    actors=[dict(a, role="participant") for a in brel_hald], location=None, story="s1",
                    sources=[source("a1", "Daily Meridian", TEXT_A1,
                                    "The two ministers will hold a summit next month.", "next month")]),
        MergedEvent(id="ev3", date=None, date_range=None, type="REJECT", cameo="130", modality="denied",
                    summary="Hald denied moving troops", story="s1", location=None,
                    actors=[{"name": "Tomas Hald", "role": "source", "code": "KESGOV"}],
                    sources=[source("a2", "Northern Courier", TEXT_A2,
                                    "Hald denied that troops had been moved to the border.")]),
        MergedEvent(id="ev4", date="2024-02-01", date_range=None, type="PROTEST", cameo="140",
                    modality="happened", summary=f"{HOSTILE} protest", story="s2", location=HOSTILE_IMG,
                    actors=[{"name": HOSTILE_IMG, "role": "source", "code": None}],
                    sources=[source("a4", "Evil <b>Outlet</b>", TEXT_A4, "Protesters gathered.")]),
    ]
    quotes = [
        MergedQuote(id="q1", speaker="Anya Brel", speaker_code="VELGOV", text="Our nations stand together",
                    variants=[{"text": "Our nations stand together", "article": "a1"},
                              {"text": "We stand side by side", "article": "a2"}],
                    sources=[{"article": "a1", "outlet": "Daily Meridian",
                              **_offsets(TEXT_A1, "Our nations stand together")},
                             {"article": "a2", "outlet": "Northern Courier",
                              **_offsets(TEXT_A2, "We stand side by side")}],
                    event="ev1", story="s1"),
        MergedQuote(id="q2", speaker=HOSTILE_IMG, speaker_code=None, text=HOSTILE,
                    variants=[{"text": HOSTILE, "article": "a4"}],
                    sources=[{"article": "a4", "outlet": "Evil <b>Outlet</b>", **_offsets(TEXT_A4, HOSTILE)}],
                    story="s2"),
    ]
    entities = [
        Entity(id="e1", name="Anya Brel", type="PERSON", aliases=["Brel", "Velorian Foreign Minister"],
               code="VELGOV", mentions=5, articles=["a1", "a2", "a3"]),
        Entity(id="e2", name="Tomas Hald", type="PERSON", aliases=["Hald"], code="KESGOV", mentions=4,
               articles=["a1", "a2", "a3"]),
        Entity(id="e3", name=HOSTILE_IMG, type="ORG", aliases=[HOSTILE], mentions=1, articles=["a4"]),
    ]
    stories = [Story(id="s1", title="Brel and Hald meet in Ostrava", articles=["a1", "a2", "a3"],
                     first="2024-03-04", last="2024-04-30", entities=["e1", "e2"]),
               Story(id="s2", title=f"{HOSTILE} Protest", articles=["a4"], first="2024-02-01",
                     last="2024-02-01", entities=["e3"])]
    return Dossier(articles=summaries, entities=entities, timeline=timeline, quotes=quotes, stories=stories)


def _offsets(text: str, needle: str) -> dict:
    at = text.index(needle)
    return {"char_start": at, "char_end": at + len(needle)}


def filled_store(url: str, articles: list, dossier):
    """A fresh store at ``url`` holding ``articles`` and ``dossier`` (the caller closes it)."""
    store = open_store(url)
    for article in articles:
        assert store.add_article(article)
    store.save_dossier(dossier)
    return store


def fill_store(db_path: str) -> None:
    """Save the invented corpus into a fresh store at ``db_path``."""
    articles = build_articles()
    filled_store(db_path, articles, build_dossier(articles)).close()


@pytest.fixture(scope="module")
def db_path(tmp_path_factory):
    path = str(tmp_path_factory.mktemp("web") / "web.db")
    fill_store(path)
    return path


@pytest.fixture(scope="module")
def client(db_path):
    with TestClient(create_app(db_path)) as c:
        yield c


def ids(records) -> list:
    return [r["id"] for r in records]


# ---- JSON API ------------------------------------------------------------------------


def test_articles_list_has_contract_shape_and_pages(client):
    body = client.get("/api/articles").json()
    assert body["total"] == 4
    assert ids(body["articles"]) == ["a1", "a2", "a3", "a4"]
    assert all(set(a) == CONTRACT_ARTICLE for a in body["articles"])
    assert body["articles"][0]["chars"] == len(TEXT_A1)
    page = client.get("/api/articles", params={"limit": 2, "offset": 1}).json()
    assert ids(page["articles"]) == ["a2", "a3"] and page["total"] == 4
    assert ids(client.get("/api/articles", params={"story": "s2"}).json()["articles"]) == ["a4"]


def test_article_detail_carries_text_and_layers(client):
    body = client.get("/api/articles/a1").json()
    assert body["text"] == TEXT_A1
    brel = body["mentions"][0]
    assert TEXT_A1[brel["start"]:brel["end"]] == "Anya Brel"
    assert body["events"][0]["trigger"]["text"] == "met"
    assert body["timexes"][0]["value"] == "2024-03-04"
    assert TEXT_A1[body["quotes"][0]["content"]["start"]:body["quotes"][0]["content"]["end"]] \
        == "Our nations stand together,"
    assert client.get("/api/articles/nope").status_code == 404


def test_timeline_is_date_sorted_with_undated_last(client):
    body = client.get("/api/timeline").json()
    assert ids(body["timeline"]) == ["ev4", "ev1", "ev2", "ev3"]
    assert all(CONTRACT_EVENT <= set(e) for e in body["timeline"])
    assert all(set(s) == CONTRACT_SOURCE for e in body["timeline"] for s in e["sources"])
    assert body["timeline"][1]["conflicts"][0]["field"] == "date"
    # where each date came from: a1's mention of the meeting carries its own "on Monday"
    assert body["timeline"][1]["date_source"] == "timex"
    assert body["timeline"][3]["date_source"] is None  # undated
    # how sure each date is, kept by the merge; right after date_source, as the contract lists it
    assert body["timeline"][1]["date_confidence"] == 0.92
    assert [body["timeline"][i]["date_confidence"] for i in (0, 3)] == [None, None]  # not kept / undated
    keys = list(body["timeline"][1])
    assert keys.index("date_confidence") == keys.index("date_source") + 1


@pytest.mark.parametrize("params, expected", [
    ({"story": "s1"}, ["ev1", "ev2", "ev3"]),
    ({"entity": "e2"}, ["ev1", "ev2", "ev3"]),       # by entity id
    ({"entity": "Brel"}, ["ev1", "ev2"]),            # by alias
    ({"entity": "anya brel"}, ["ev1", "ev2"]),       # by name, any case
    ({"from": "2024-03", "to": "2024-03"}, ["ev1"]),
    ({"from": "2024-04-15"}, ["ev2"]),               # inside the summit's month range
    ({"to": "2024-03-03"}, ["ev4"]),
    ({"story": "s1", "from": "2024-01-01"}, ["ev1", "ev2"]),  # undated drops out of a date filter
    ({"limit": 2, "offset": 1}, ["ev1", "ev2"]),
    ({"limit": 0}, []),
])
def test_timeline_filters(client, params, expected):
    body = client.get("/api/timeline", params=params).json()
    assert ids(body["timeline"]) == expected


def test_timeline_pagination_reports_total(client):
    body = client.get("/api/timeline", params={"limit": 1, "offset": 3}).json()
    assert body["total"] == 4 and ids(body["timeline"]) == ["ev3"]
    assert client.get("/api/timeline", params={"from": "March"}).status_code == 422
    assert client.get("/api/timeline", params={"limit": -1}).status_code == 422
    assert client.get("/api/timeline", params={"story": "nope"}).status_code == 404


def test_entities_and_entity_detail(client):
    body = client.get("/api/entities").json()
    assert ids(body["entities"]) == ["e1", "e2", "e3"]
    assert all(set(e) == CONTRACT_ENTITY for e in body["entities"])
    assert ids(client.get("/api/entities", params={"q": "hald"}).json()["entities"]) == ["e2"]
    detail = client.get("/api/entities/e1").json()
    assert detail["entity"]["code"] == "VELGOV"
    assert ids(detail["timeline"]) == ["ev1", "ev2"]
    assert ids(detail["quotes"]) == ["q1"]
    assert ids(detail["articles"]) == ["a1", "a2", "a3"]
    assert client.get("/api/entities/e9").status_code == 404
    # a name, or a spelling variant of one, finds the entity too
    assert client.get("/api/entities/Anya Brel").json()["entity"]["id"] == "e1"
    assert client.get("/api/entities/ANYA-BREL").json()["entity"]["id"] == "e1"
    assert ids(client.get("/api/timeline", params={"entity": "anya-brel"}).json()["timeline"]) == ["ev1", "ev2"]


def test_quotes(client):
    body = client.get("/api/quotes", params={"story": "s1"}).json()
    assert ids(body["quotes"]) == ["q1"]
    quote = body["quotes"][0]
    assert CONTRACT_QUOTE <= set(quote)
    assert [v["text"] for v in quote["variants"]] == ["Our nations stand together", "We stand side by side"]
    src = quote["sources"][1]
    assert TEXT_A2[src["char_start"]:src["char_end"]] == "We stand side by side"
    assert ids(client.get("/api/quotes", params={"speaker": "e1"}).json()["quotes"]) == ["q1"]


def test_stories_and_story_bundle(client):
    body = client.get("/api/stories").json()
    assert ids(body["stories"]) == ["s1", "s2"]
    assert all(set(s) == CONTRACT_STORY for s in body["stories"])
    story = client.get("/api/stories/s1").json()
    assert ids(story["timeline"]) == ["ev1", "ev2", "ev3"]
    assert ids(story["articles"]) == ["a1", "a2", "a3"]
    assert ids(story["entities"]) == ["e1", "e2"]
    nodes = {n["id"]: n["name"] for n in story["network"]["nodes"]}
    assert sorted(nodes.values()) == ["Anya Brel", "Tomas Hald"]
    (edge,) = story["network"]["edges"]
    assert edge["weight"] == 2 and edge["events"] == ["ev1", "ev2"]
    assert client.get("/api/stories/s9").status_code == 404


def test_compare_lists_outlets_single_outlet_facts_and_conflicts(client):
    body = client.get("/api/compare", params={"story": "s1"}).json()
    assert body["outlets"] == ["Daily Meridian", "Northern Courier", "Harbor Post"]
    facts = {f["id"]: f for f in body["facts"]}
    assert facts["ev1"]["outlets"] == ["Daily Meridian", "Northern Courier", "Harbor Post"]
    assert facts["ev1"]["conflict_outlets"] == ["Harbor Post"]
    assert body["conflicts"] == ["ev1"]
    assert body["single_outlet"] == ["ev2", "ev3"]
    assert facts["q1"]["kind"] == "quote" and facts["q1"]["outlets"] == ["Daily Meridian", "Northern Courier"]
    assert len(client.get("/api/compare").json()["facts"]) == 6


def test_search_finds_entities_and_text_with_offsets(client):
    body = client.get("/api/search", params={"q": "ostrava"}).json()
    assert ids(body["articles"]) == ["a1"]
    hit = body["articles"][0]
    assert TEXT_A1[hit["char_start"]:hit["char_end"]] == "Ostrava"
    assert ids(client.get("/api/search", params={"q": "brel"}).json()["entities"]) == ["e1"]
    assert ids(client.get("/api/search", params={"q": "troops"}).json()["articles"]) == ["a2"]
    assert client.get("/api/search").status_code == 422


def test_openapi_and_offline_docs(client):
    spec = client.get("/openapi.json").json()
    for path in ("/api/articles", "/api/timeline", "/api/entities", "/api/quotes", "/api/stories",
                 "/api/compare", "/api/search"):
        assert path in spec["paths"]
    assert "post" not in spec["paths"]["/api/articles"]  # read-only app
    docs = client.get("/docs")
    assert docs.status_code == 200
    assert 'src="/static/app.js"' in docs.text
    assert "http://" not in docs.text and "https://" not in docs.text  # nothing from a CDN
    assert client.get("/redoc").status_code == 404


# ---- writing needs a token -----------------------------------------------------------


def test_post_is_absent_without_token(client):
    response = client.post("/api/articles", json={"articles": [{"text": "x"}]})
    assert response.status_code == 405


def test_post_requires_the_bearer_token(db_path):
    payload = {"articles": [{"text": "Tomas Hald visited Ostrava on Friday.", "outlet": "Test Wire"}]}
    with TestClient(create_app(db_path, token="s3cret")) as c:
        assert c.post("/api/articles", json=payload).status_code == 401
        wrong = c.post("/api/articles", json=payload, headers={"Authorization": "Bearer nope"})
        assert wrong.status_code == 403
        assert c.post("/api/articles", json={"articles": []},
                      headers={"Authorization": "Bearer s3cret"}).status_code == 422
        assert "post" in c.get("/openapi.json").json()["paths"]["/api/articles"]


# ---- pages -----------------------------------------------------------------------------


def test_every_response_has_a_strict_csp(client):
    for url in ("/", "/stories/s1", "/articles/a1", "/api/timeline", "/docs"):
        csp = client.get(url).headers["content-security-policy"]
        assert "script-src 'self'" in csp and "unsafe-inline" not in csp and "default-src 'none'" in csp
    assert client.get("/").headers["x-content-type-options"] == "nosniff"


def test_story_page_draws_the_timeline(client):
    html = client.get("/stories/s1").text
    assert html.count('class="tl-event ') == 3
    planned = re.search(r'<g class="tl-event m-planned" data-index="1".*?</g>', html, re.S).group(0)
    assert 'class="dot hollow m-planned"' in planned and 'stroke-dasharray="4 3"' in planned
    assert 'class="uncertainty"' in planned  # a month-long date range shows as a bar
    happened = re.search(r'<g class="tl-event m-happened" data-index="0".*?</g>', html, re.S).group(0)
    assert 'class="dot filled m-happened"' in happened and "uncertainty" not in happened
    denied = re.search(r'<g class="tl-event m-denied" data-index="2".*?</g>', html, re.S).group(0)
    assert 'class="cross"' in denied
    assert html.count('class="event-detail"') == 3
    assert 'class="cell yes conflict"' in html  # Harbor Post's other date
    assert "We stand side by side" in html  # a quote variant
    assert 'id="network"' in html
    assert '<span class="date-source" title="where the date came from, how sure it is">' \
        '(in the text, very likely)</span>' in html
    # the conflict names who says what: 4 March by two outlets, 3 March by Harbor Post
    assert "date: 2024-03-04 (Daily Meridian, Northern Courier); 2024-03-03 (Harbor Post)" in html


def test_event_sources_show_each_sentence_once_and_name_unknown_outlets_by_title():
    from storyline.serve.pages import describe_conflict, source_groups

    said = "Brel met Hald and signed a pact."
    sources = [{"article": "a7", "outlet": None, "sentence": said, "char_start": 5, "char_end": 8, "date_text": None},
               {"article": "a7", "outlet": None, "sentence": said, "char_start": 20, "char_end": 26,
                "date_text": None},
               {"article": "a1", "outlet": "Daily Meridian", "sentence": "They met.", "char_start": 0,
                "char_end": 9, "date_text": "on Monday"}]
    groups = source_groups(sources, {"a7": {"id": "a7", "title": "Pact signed", "outlet": None}})
    assert [(g["outlet"], g["spans"]) for g in groups] == [("[Pact signed]", [[5, 8], [20, 26]]),
                                                           ("Daily Meridian", [[0, 9]])]
    conflict = {"field": "count", "values": [{"value": 2, "articles": ["a1"], "outlets": ["Daily Meridian"]},
                                             {"value": 3, "articles": ["a7"], "outlets": []}]}
    event = {"sources": sources}
    assert describe_conflict(conflict, event, {"a7": {"title": "Pact signed"}}) == \
        "count: 2 (Daily Meridian); 3 ([Pact signed])"


def test_story_list_and_missing_pages(client):
    html = client.get("/").text
    assert 'href="/stories/s1">Brel and Hald meet in Ostrava</a>' in html
    assert client.get("/stories/zzz").status_code == 404
    assert client.get("/articles/zzz").status_code == 404
    assert client.get("/entities/zzz").status_code == 404


def test_article_page_highlights_facts_at_their_spans(client):
    html = client.get("/articles/a1").text
    assert re.search(r'<mark class="hl k-entity"[^>]*title="PERSON: Anya Brel \(VELGOV\)">Anya Brel</mark>', html)
    assert re.search(r'<mark class="hl k-event"[^>]*>met</mark>', html)
    assert re.search(r'<mark class="hl k-timex"[^>]*>on Monday</mark>', html)
    assert re.search(r'<mark class="hl k-quote"[^>]*>Our nations stand together,</mark>', html)
    linked = client.get("/articles/a1", params={"hl_start": 0, "hl_end": 9}).text
    assert re.search(r'<mark class="hl k-evidence"[^>]*id="evidence">Velorian </mark>', linked)


def test_entity_and_search_pages(client):
    html = client.get("/entities/e1").text
    assert "VELGOV" in html and "Anya Brel met Tomas Hald in Ostrava" in html
    found = client.get("/search", params={"q": "Hald"}).text
    assert 'href="/entities/e2">Tomas Hald</a>' in found


@pytest.mark.parametrize("url", ["/articles/a4", "/stories/s2", "/entities/e3", "/", "/search?q=script",
                                 "/search?q=%3Cscript%3Ewindow.__xss%3D1%3C%2Fscript%3E"])
def test_hostile_text_is_escaped_in_pages(client, url):
    html = client.get(url).text
    assert "<script>window.__xss" not in html
    assert "<img src=x" not in html
    assert "<b>Outlet</b>" not in html
    assert 'href="javascript:' not in html
    assert "&lt;script&gt;window.__xss" in html or "&lt;img src=x" in html or "Evil &lt;b&gt;" in html


def test_hostile_article_shows_its_text_literally(client):
    html = client.get("/articles/a4").text
    assert "&lt;script&gt;window.__xss=1&lt;/script&gt;" in html
    assert "&lt;img src=x onerror=&#34;window.__xss=2&#34;&gt;" in html
    assert client.get("/api/articles/a4").json()["text"] == TEXT_A4  # JSON keeps the exact text


# ---- layout helpers --------------------------------------------------------------------


def test_partial_dates_cover_their_days():
    assert [d.isoformat() for d in date_bounds("2024-02")] == ["2024-02-01", "2024-02-29"]
    assert [d.isoformat() for d in date_bounds("2023")] == ["2023-01-01", "2023-12-31"]
    assert date_bounds("2023-13") is None and date_bounds(None) is None
    interval = event_interval({"date": None, "date_range": ["2024-04-01", "2024-04-30"]})
    assert [d.isoformat() for d in interval] == ["2024-04-01", "2024-04-30"]


def test_highlight_segments_split_nested_spans():
    segments = highlight_segments("Anya Brel met Tomas", [
        {"start": 0, "end": 9, "kind": "entity", "label": "A"},
        {"start": 0, "end": 13, "kind": "quote", "label": "Q"},
        {"start": 10, "end": 13, "kind": "event", "label": "E"},
        {"start": 15, "end": 99, "kind": "entity", "label": "clamped"},
    ])
    assert [(s["text"], s["kinds"]) for s in segments] == [
        ("Anya Brel", ["entity", "quote"]), (" ", ["quote"]), ("met", ["event", "quote"]),
        (" T", []), ("omas", ["entity"])]


def test_timeline_layout_orders_and_sizes_events():
    events = build_dossier(build_articles()).timeline
    plot = timeline_layout([e.to_dict() for e in events])
    xs = {it["id"]: it["x"] for it in plot["marks"]}
    assert xs["ev4"] < xs["ev1"] < xs["ev2"] < xs["ev3"]  # undated at the far right
    assert [lane["type"] for lane in plot["lanes"]] == ["CONSULT", "PROTEST", "REJECT"]
    rs = {it["id"]: it["r"] for it in plot["marks"]}
    assert rs["ev1"] > rs["ev2"] == rs["ev3"]  # three outlets draw bigger than one
    assert radius(1) < radius(3)


@pytest.mark.slow
def test_post_with_token_ingests_through_the_pipeline(tmp_path):
    path = str(tmp_path / "ingest.db")
    fill_store(path)
    text = ("Kestrian Foreign Minister Tomas Hald visited Ostrava on Friday, the ministry said. "
            "He met Anya Brel there.")
    payload = {"articles": [{"id": "posted-1", "text": text, "outlet": "Test Wire",
                             "published": "2024-03-08", "title": "Hald in Ostrava"}]}
    with TestClient(create_app(path, token="s3cret")) as c:
        response = c.post("/api/articles", json=payload, headers={"Authorization": "Bearer s3cret"})
        assert response.status_code == 201, response.text
        assert response.json()["ingested"] == 1
        listed = c.get("/api/articles").json()
        assert "posted-1" in ids(listed["articles"]) and listed["total"] == 5
        stored = c.get("/api/articles/posted-1").json()
        assert stored["text"] == text and stored["outlet"] == "Test Wire"
        assert stored["sentences"]  # the pipeline ran on it
        again = c.post("/api/articles", json=payload, headers={"Authorization": "Bearer s3cret"})
        assert again.json()["unchanged"] == 1


def test_vague_dates_do_not_stretch_the_axis():
    events = [{"id": "a", "date": "2024-03-01", "type": "CONSULT", "sources": []},
              {"id": "b", "date": "2024-03-11", "type": "CONSULT", "sources": []},
              {"id": "c", "date": "2024", "date_range": ["2024-01-01", "2024-12-31"],
               "type": "AGREE", "modality": "planned", "sources": []}]
    plot = timeline_layout(events, width=960)
    xs = {m["id"]: m for m in plot["marks"]}
    # ten days take the whole plot width, not 10/366 of it
    assert xs["b"]["x"] - xs["a"]["x"] > 0.8 * (plot["plot_right"] - plot["plot_left"])
    assert xs["c"]["bar"] == [plot["plot_left"], plot["plot_right"]]  # clipped to the axis
    assert xs["c"]["filled"] is False and xs["c"]["dash"] == "4 3"


def test_network_keeps_known_actors_only():
    from storyline.serve.queries import network

    timeline = [{"id": "x", "type": "CONSULT", "actors": [
        {"name": "Anya Brel"}, {"name": "a move"}, {"name": "Tomas Hald"}]}]
    net = network(timeline, known={"anya brel", "tomas hald"})
    assert [n["name"] for n in net["nodes"]] == ["Anya Brel", "Tomas Hald"]
    assert len(network(timeline)["nodes"]) == 3  # without entities every actor is drawn


def test_far_background_events_go_to_a_gutter():
    events = [{"id": f"m{d}", "date": f"2024-03-{d:02d}", "type": "CONSULT", "sources": []}
              for d in range(1, 21, 2)]
    events.append({"id": "old", "date": "2021-06-01", "type": "ACCUSE", "sources": []})
    plot = timeline_layout(events, width=960)
    marks = {m["id"]: m for m in plot["marks"]}
    assert [g["label"] for g in plot["gutters"]] == ["earlier"]
    assert marks["old"]["x"] < plot["plot_left"] <= marks["m1"]["x"]
    # the March fortnight keeps most of the width instead of 3 years' worth of pixels
    assert marks["m19"]["x"] - marks["m1"]["x"] > 0.7 * (plot["plot_right"] - plot["plot_left"])


def test_tick_labels_keep_their_distance():
    for first, last in (("2024-03-01", "2024-03-05"), ("2024-01-01", "2024-04-30"),
                        ("2023-01-01", "2024-12-31"), ("1990-01-01", "2024-12-31")):
        events = [{"id": "a", "date": first, "type": "X", "sources": []},
                  {"id": "b", "date": last, "type": "X", "sources": []}]
        xs = [t["x"] for t in timeline_layout(events, width=960)["ticks"]]
        assert len(xs) >= 3, (first, last)
        assert min(b - a for a, b in zip(xs, xs[1:])) >= 50, (first, last)


# ---- the list endpoints' SQL against the Python filters they replaced -------------------
# Both backends (store_url). The Python functions of storyline.serve.queries are the
# endpoints' former implementation: the SQL path must give the same records in the same
# order, with the same totals, on the bundled sample corpus.


@pytest.fixture(scope="module")
def sample_db(tmp_path_factory):
    """The bundled sample corpus ingested once (SQLite), to be copied into each backend."""
    from storyline.config import Config
    from storyline.data import sample_paths
    from storyline.ingest_service import ingest_paths

    path = str(tmp_path_factory.mktemp("sample") / "sample.db")
    with open_store(path) as store:
        summary = ingest_paths([str(p) for p in sample_paths()], store, Config())
        assert summary.failed == 0
    return path


@pytest.fixture
def sample_store(sample_db, store_url):
    with open_store(sample_db) as source:
        articles, dossier = list(source.load_articles()), source.load_dossier()
    store = filled_store(store_url, articles, dossier)
    yield store
    store.close()


def old_timeline(snap: dict, names=None, story=None, date_from=None, date_to=None):
    from storyline.serve import queries as q

    found = next(s for s in snap["stories"] if s["id"] == story) if story else None
    return q.filter_timeline(snap["timeline"], names=names, story=found,
                             date_from=date_from, date_to=date_to)


def old_names(snap: dict, key: str) -> set:
    from storyline.serve import queries as q

    entity = q.find_entity(snap["entities"], key)
    return q.entity_names(entity) if entity else {key.casefold()}


def sample_snapshot(store) -> dict:
    dossier = store.load_dossier()
    return {"articles": store.article_summaries(),
            **{k: [r.to_dict() for r in getattr(dossier, k)]
               for k in ("entities", "timeline", "quotes", "stories")}}


def test_sql_pages_equal_the_python_filters_on_the_sample(sample_store):
    from storyline.serve import queries as q

    snap = sample_snapshot(sample_store)
    assert len(snap["timeline"]) > 20 and len(snap["stories"]) >= 2  # a corpus worth filtering
    top = max(snap["entities"], key=lambda e: e["mentions"] or 0)
    alias = (top["aliases"] or [top["name"]])[-1]
    story = snap["stories"][0]["id"]
    dated = sorted(e["date"] for e in snap["timeline"] if e["date"])
    month = dated[len(dated) // 2][:7]
    cases = [{}, {"story": story}, {"names": top["id"]}, {"names": alias.upper()},
             {"date_from": month}, {"date_to": month}, {"date_from": dated[0][:4], "date_to": month},
             {"story": story, "names": top["id"], "date_from": dated[0][:4]},
             {"names": "nobody at all"}]
    for case in cases:
        key = case.pop("names", None)
        names = old_names(snap, key) if key else None
        expected = old_timeline(snap, names, **case)
        sql_names = sample_store.entity_key_names(key) if key else None
        for limit, offset in ((None, 0), (5, 3)):
            total, page = sample_store.page_timeline(sql_names, limit=limit, offset=offset, **case)
            assert total == len(expected), (key, case)
            assert page == q.paginate(expected, limit, offset), (key, case, limit, offset)
    for story_id in [s["id"] for s in snap["stories"]] + [None]:
        for outlet in {a["outlet"] for a in snap["articles"]} | {None}:
            expected = [a for a in snap["articles"] if (story_id is None or a["story"] == story_id)
                        and (outlet is None or a["outlet"] == outlet)]
            assert sample_store.page_articles(story_id, outlet, 2, 1) == (len(expected), expected[1:3])
    for story_id in [s["id"] for s in snap["stories"]] + [None]:
        found = next((s for s in snap["stories"] if s["id"] == story_id), None)
        for key in (None, top["id"], alias):
            names = old_names(snap, key) if key else None
            expected = [x for x in snap["quotes"] if (found is None or q.in_story(x, found))
                        and (names is None or str(x.get("speaker") or "").casefold() in names)]
            sql_names = sample_store.entity_key_names(key) if key else None
            assert sample_store.page_quotes(story_id, sql_names) == (len(expected), expected)
    for kind in (None, "PERSON", "GPE"):
        for text in (None, top["name"][:3].lower(), alias):
            items = (q.search_entities(snap["entities"], text, len(snap["entities"])) if text
                     else snap["entities"])
            expected = [e for e in items if kind is None or e["type"] == kind]
            assert sample_store.page_entities(kind, text, 4, 0) == (len(expected), expected[:4])


def test_search_uses_the_full_text_index_on_both_backends(store_url):
    fill_store(store_url)
    with open_store(store_url) as store:
        hits = store.search_articles("Tomas Hald")
        assert [s["id"] for s, _ in hits] == ["a1", "a2"]  # in insertion order
        assert hits[0][0]["outlet"] == "Daily Meridian" and hits[1][1] == TEXT_A2
        assert [s["id"] for s, _ in store.search_articles("ostrav")] == ["a1"]  # last word a prefix
        assert [s["id"] for s, _ in store.search_articles("crowd")] == ["a4"]  # title and text
        assert store.search_articles("Hald Tomas") == []  # a phrase, not a bag of words
        assert store.search_articles("Ostrava", limit=0) == []
        # an article added after the index was made is found (kept in step by the store)
        store.add_article(Article(id="a5", text="A late report from Ostrava harbour.", title="Late"))
        assert sorted(s["id"] for s, _ in store.search_articles("ostrava")) == ["a1", "a5"]
        store.delete_article("a5")
        assert [s["id"] for s, _ in store.search_articles("ostrava")] == ["a1"]
        if "postgres" not in store_url:
            assert store._query("SELECT COUNT(*) AS n FROM articles_fts")[0]["n"] == 4


def test_search_falls_back_to_a_scan_without_full_text(db_path):
    with open_store(db_path) as store:
        store._full_text = False  # as on a SQLite built without FTS5
        assert [s["id"] for s, _ in store.search_articles("stand togeth")] == ["a1"]
        assert [s["id"] for s, _ in store.search_articles("100%")] == []
        assert [s["id"] for s, text in store.search_articles("HALD")] == ["a1", "a2", "a3"]


def test_api_search_reports_offsets_from_the_index(client):
    body = client.get("/api/search", params={"q": "Tomas Hald"}).json()
    hits = {h["id"]: h for h in body["articles"]}
    assert set(hits) == {"a1", "a2"}
    assert TEXT_A2[hits["a2"]["char_start"]:hits["a2"]["char_end"]] == "Tomas Hald"
    assert hits["a1"]["hits"] == 1 and hits["a1"]["outlet"] == "Daily Meridian"
    assert client.get("/api/search", params={"q": "   "}).json()["articles"] == []


def test_search_query_strings_and_patterns():
    from storyline.store import queries as sq

    assert sq.search_tokens("Wang Yi's  visit!") == ["wang", "yi", "s", "visit"]
    assert sq.fts5_query(["tomas", "hald"]) == '"tomas hald" *'
    assert sq.tsquery(["tomas", "hald"]) == "tomas <-> hald:*"
    assert sq.like_pattern("100%_a\\b") == "%100\\%\\_a\\\\b%"


def test_list_endpoints_answer_from_sql_with_404_and_blank_queries(client):
    assert client.get("/api/quotes", params={"story": "nope"}).status_code == 404
    assert client.get("/api/quotes", params={"speaker": "hald"}).json()["total"] == 0
    body = client.get("/api/articles", params={"story": "s1", "limit": 1, "offset": 1}).json()
    assert (body["total"], ids(body["articles"])) == (3, ["a2"])
    assert ids(client.get("/api/articles", params={"outlet": "Harbor Post"}).json()["articles"]) == ["a3"]
    people = client.get("/api/entities", params={"type": "PERSON", "q": "a"}).json()["entities"]
    assert ids(people) == ["e1", "e2"]
    assert client.get("/api/entities", params={"q": "  "}).json()["total"] == 0
    assert ids(client.get("/api/timeline", params={"entity": "BREL"}).json()["timeline"]) == ["ev1", "ev2"]
    later = client.get("/api/timeline", params={"from": "2024-03-05", "to": "2024-04"}).json()
    assert ids(later["timeline"]) == ["ev2"]


# ---- the story, entity, compare and index views read only what they show ------------------
# ``old_*`` below are the former snapshot-based implementations (every fused record loaded,
# then filtered with storyline.serve.queries); the SQL-backed views must give the same answers
# on both backends. The sample is varied first so every path is taken: half the events and
# quotes lose their own story field (then they belong by their source articles), and a second
# entity shares the top entity's name (a name lookup must still pick the same one).


@pytest.fixture
def varied_sample_store(sample_db, store_url):
    from storyline.model import Entity

    with open_store(sample_db) as source:
        articles, dossier = list(source.load_articles()), source.load_dossier()
    for records in (dossier.timeline, dossier.quotes):
        for i, record in enumerate(records):
            if i % 2:
                record.story = None
    top = max(dossier.entities, key=lambda e: e.mentions or 0)
    dossier.entities.append(Entity(id="twin-of-top", name=top.name, type="ORG", aliases=[],
                                   mentions=1, articles=top.articles[:1]))
    store = filled_store(store_url, articles, dossier)
    yield store
    store.close()


def old_by_article(snap: dict) -> dict:
    return {a["id"]: a for a in snap["articles"]}


def old_story_bundle(snap: dict, story: dict) -> dict:
    from storyline.serve import queries as q

    timeline = q.filter_timeline(snap["timeline"], story=story)
    quotes = [x for x in snap["quotes"] if q.in_story(x, story)]
    by_article = old_by_article(snap)
    known = set().union(*(q.entity_names(e) for e in snap["entities"]))
    return {"story": story,
            "articles": [by_article[a] for a in story.get("articles") or [] if a in by_article],
            "entities": [e for key in story.get("entities") or []
                         if (e := q.find_entity(snap["entities"], str(key)))],
            "timeline": timeline, "quotes": quotes,
            "network": q.network(timeline, known or None),
            "compare": q.compare(timeline, quotes, by_article)}


def old_entity_bundle(snap: dict, entity: dict) -> dict:
    from storyline.serve import queries as q

    names = q.entity_names(entity)
    by_article = old_by_article(snap)
    timeline = q.filter_timeline(snap["timeline"], names=names)
    quotes = [x for x in snap["quotes"] if str(x.get("speaker") or "").casefold() in names]
    return {"entity": entity, "timeline": timeline, "quotes": quotes,
            "articles": [by_article[a] for a in entity.get("articles") or [] if a in by_article],
            "limit": None, "offset": 0,  # the whole entity: one page of every record
            "totals": {"timeline": len(timeline), "quotes": len(quotes),
                       "articles": len(entity.get("articles") or [])}}


def undated_origin(part: dict) -> dict:
    """A view's JSON without each event's date_source (the views add it to events of stores
    merged before the merge stored it; where dates came from is tested on its own)."""
    return {**part, "timeline": [{k: v for k, v in e.items() if k != "date_source"}
                                 for e in part["timeline"]]}


def test_story_and_entity_views_equal_the_snapshot_answers(varied_sample_store):
    from storyline.serve import bundles

    store = varied_sample_store
    snap = sample_snapshot(store)
    old_ids = {e["name"]: e["id"] for e in snap["entities"]}  # what the pages linked by
    assert any(not e.get("story") for e in snap["timeline"]) and len(snap["stories"]) >= 2
    linked = 0
    for story in snap["stories"]:
        view = bundles.story_view(store, story)
        assert undated_origin(bundles.json_part(view)) == undated_origin(old_story_bundle(snap, story)), story["id"]
        assert view["entities"], story["id"]  # the story's entity names were found
        named = {a["name"] for e in view["timeline"] for a in e["actors"]} | \
                {x["speaker"] for x in view["quotes"] if x["speaker"]}
        assert {n: view["entity_ids"].get(n) for n in named} == {n: old_ids.get(n) for n in named}
        linked += len(view["entity_ids"])
        for article in bundles.referenced_articles(view["timeline"] + view["quotes"]):
            assert view["by_article"][article] == old_by_article(snap)[article]
        assert bundles.coverage(store, story["id"]) == old_story_bundle(snap, story)["compare"]
    assert linked > 0
    stories = {s["id"]: s for s in snap["stories"]}
    for entity in snap["entities"]:
        view = bundles.entity_view(store, entity)
        assert undated_origin(bundles.json_part(view)) == undated_origin(old_entity_bundle(snap, entity)), entity["id"]
        assert view["stories"] == {e["story"]: stories[e["story"]]
                                   for e in view["timeline"] if e.get("story") in stories}
    from storyline.serve import queries as q

    everything = q.compare(q.sort_timeline(snap["timeline"]), snap["quotes"], old_by_article(snap))
    assert bundles.coverage(store) == everything and len(everything["facts"]) > 20


def test_index_and_story_list_equal_the_snapshot_answers(varied_sample_store):
    from storyline.serve import bundles
    from storyline.serve import queries as q

    store = varied_sample_store
    snap = sample_snapshot(store)
    context = bundles.index_context(store)
    counts = {s["id"]: sum(q.in_story(e, s) for e in snap["timeline"]) for s in snap["stories"]}
    assert context["event_counts"] == counts and sum(counts.values()) >= len(snap["timeline"])
    # the lists order stories latest first, ties by id (load_dossier keeps fuse's order)
    latest_first = sorted(sorted(snap["stories"], key=lambda s: s["id"]),
                          key=lambda s: s["last"] or "", reverse=True)
    assert latest_first != snap["stories"]  # the sample tells apart the two orders
    assert context["stories"] == latest_first and context["articles"] == snap["articles"]
    assert context["loose"] == [a for a in snap["articles"] if not a.get("story")]
    assert store.page_stories(None, 0) == (len(snap["stories"]), latest_first)
    assert store.page_stories(1, 1) == (len(snap["stories"]), latest_first[1:2])
    for article in store.load_articles(layers=("mentions",)):
        names = [m.canonical or m.text for m in article.mentions]
        found = bundles.entity_ids(store, names)
        old = {e["name"]: e["id"] for e in snap["entities"]}
        assert found == {n: old[n] for n in names if n in old}


def test_an_event_without_a_story_counts_in_each_story_of_its_sources(store_url):
    articles = build_articles()
    dossier = build_dossier(articles)
    ev3 = dossier.timeline[2]
    ev3.story = None  # now placed by its sources: a2 (story s1) and a4 (story s2)
    ev3.sources = ev3.sources + [source("a4", "Evil <b>Outlet</b>", TEXT_A4, "Protesters gathered.")]
    dossier.quotes[1].story = None  # q2's source a4 is in s2
    with open_store(store_url) as store:
        for article in articles:
            store.add_article(article)
        store.save_dossier(dossier)
        assert store.story_event_counts() == {"s1": 3, "s2": 2}
        from storyline.serve import bundles

        s2 = bundles.story_bundle(store, store.story("s2"))
        assert ids(s2["timeline"]) == ["ev4", "ev3"] and ids(s2["quotes"]) == ["q2"]
        assert ids(s2["articles"]) == ["a4"] and ids(s2["entities"]) == ["e3"]
        # the network draws only actors that name an entity: here the hostile name and Hald
        assert sorted(n["name"] for n in s2["network"]["nodes"]) == [HOSTILE_IMG, "Tomas Hald"]
        assert s2["compare"]["outlets"] == ["Evil <b>Outlet</b>", "Northern Courier"]
        hald = bundles.entity_view(store, store.entity("e2"))
        assert ids(hald["timeline"]) == ["ev1", "ev2", "ev3"]
        assert sorted(hald["stories"]) == ["s1"]  # ev3 has no story of its own
        assert store.entity_ids_named(["Tomas Hald", "Hald", "nobody"]) == {"Tomas Hald": "e2"}
        assert store.summaries_by_id(["a3", "zz"])["a3"]["outlet"] == "Harbor Post"
        assert list(store.summaries_by_id(["a3", "zz"])) == ["a3"]


def test_api_and_index_list_stories_latest_first_on_each_backend(store_url):
    # saved oldest first, with a tie and an undated story; expected order written by hand
    saved = [Story("s-mar", "March talks", [], "2024-03-01", "2024-03-09"),
             Story("s-none", "Undated notes", []),
             Story("s-jun-b", "June summit B", [], "2024-06-01", "2024-06-12"),
             Story("s-jun-a", "June summit A", [], "2024-05-20", "2024-06-12"),
             Story("s-jan", "January visit", [], "2024-01-05", "2024-04-02")]
    filled_store(store_url, [], Dossier(stories=saved)).close()
    expected = ["s-jun-a", "s-jun-b", "s-jan", "s-mar", "s-none"]
    with TestClient(create_app(store_url)) as c:
        assert ids(c.get("/api/stories").json()["stories"]) == expected
        assert ids(c.get("/api/stories", params={"limit": 2, "offset": 2}).json()["stories"]) == \
            ["s-jan", "s-mar"]
        html = c.get("/").text
    shown = re.findall(r'class="story-link" href="/stories/([^"]+)"', html)
    assert shown == expected


def test_story_and_entity_pages_need_no_snapshot(client):
    from storyline.serve.source import StoreAccess

    assert not hasattr(StoreAccess, "snapshot")  # every page reads only what it shows
    assert ids(client.get("/api/stories", params={"limit": 1, "offset": 1}).json()["stories"]) == ["s2"]
    assert client.get("/api/stories").json()["total"] == 2
    html = client.get("/").text
    assert re.search(r"Brel and Hald meet in Ostrava</a>\s*<span class=\"meta\">[^<]*· 3 events", html)
    assert client.get("/api/compare", params={"story": "nope"}).status_code == 404
    page = client.get("/articles/a1").text
    assert 'href="/entities/e1">Anya Brel</a>' in page and 'href="/stories/s1"' in page
    story = client.get("/stories/s1").text
    assert 'href="/entities/e2">Tomas Hald</a>' in story
    assert client.get("/entities/e2").text.count('href="/stories/s1"') == 3


def test_a_view_reads_one_committed_state_while_the_corpus_is_refused(store_url):
    from storyline.serve import bundles

    fill_store(store_url)
    articles = build_articles()
    refused = build_dossier(articles)
    refused.timeline = refused.timeline[:1]  # a re-fuse that keeps only the meeting
    with open_store(store_url) as reader, open_store(store_url) as writer:
        with reader.reading():
            assert reader.page_timeline(None, "s1")[0] == 3
            writer.save_dossier(refused)  # commits while the reader is mid-page
            assert reader.page_timeline(None, "s1")[0] == 3  # still the state it began with
            assert reader.story_event_counts() == {"s1": 3, "s2": 1}
        assert ids(bundles.story_bundle(reader, reader.story("s1"))["timeline"]) == ["ev1"]
        assert reader.story_event_counts() == {"s1": 1}
