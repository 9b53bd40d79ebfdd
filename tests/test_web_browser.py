"""The pages in a real browser: Playwright (sync API) driving Debian's Chromium.

Never ``playwright install``: the browser is /usr/bin/chromium (``.ci/chromium.sh``).
The server runs with uvicorn on 127.0.0.1 in a thread; every request that would
leave 127.0.0.1 is aborted and counted (the pages must work offline).
Screenshots go to test-artifacts/.
"""
from __future__ import annotations

import shutil
import socket
import threading
import time
from pathlib import Path

import pytest
from missing import unavailable

from test_api import HOSTILE, HOSTILE_IMG, TEXT_A4, fill_store

pytestmark = pytest.mark.browser

CHROMIUM = "/usr/bin/chromium"
ARTIFACTS = Path(__file__).resolve().parents[1] / "test-artifacts"
LAUNCH_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
               "--disable-background-networking", "--disable-component-update", "--disable-sync"]


def _need_chromium() -> None:
    if Path(CHROMIUM).exists() or shutil.which(CHROMIUM):
        return
    why = f"{CHROMIUM} is missing: run `bash .ci/chromium.sh` (installs Debian's chromium)"
    unavailable(why)


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class Served:
    """uvicorn serving ``app`` on 127.0.0.1 in a daemon thread."""

    def __init__(self, app):
        import uvicorn

        self.port = _free_port()
        config = uvicorn.Config(app, host="127.0.0.1", port=self.port, log_level="warning")
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, daemon=True)

    def __enter__(self):
        self.thread.start()
        deadline = time.monotonic() + 20
        while not self.server.started:
            if time.monotonic() > deadline or not self.thread.is_alive():
                raise RuntimeError("uvicorn did not start")
            time.sleep(0.05)
        return f"http://127.0.0.1:{self.port}"

    def __exit__(self, *exc):
        self.server.should_exit = True
        self.thread.join(timeout=10)


@pytest.fixture(scope="module")
def base_url(tmp_path_factory):
    _need_chromium()
    from storyline.serve import create_app

    path = str(tmp_path_factory.mktemp("browser") / "web.db")
    fill_store(path)
    with Served(create_app(path)) as url:
        yield url


@pytest.fixture(scope="module")
def browser():
    _need_chromium()
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=LAUNCH_ARGS)
        yield chromium
        chromium.close()


class Watched:
    """A page that records dialogs, CSP complaints, page errors and off-host requests."""

    def __init__(self, browser):
        self.context = browser.new_context(viewport={"width": 1200, "height": 900})
        self.page = self.context.new_page()
        self.dialogs, self.console, self.errors, self.outside = [], [], [], []
        self.page.on("dialog", lambda d: (self.dialogs.append(d.message), d.dismiss()))
        self.page.on("console", lambda m: self.console.append(m.text))
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.context.route("**/*", self._only_local)

    def _only_local(self, route):
        if route.request.url.startswith("http://127.0.0.1:"):
            route.continue_()
        else:
            self.outside.append(route.request.url)
            route.abort()

    def clean(self) -> bool:
        csp = [m for m in self.console if "Content Security Policy" in m]
        assert not csp, csp
        assert not self.errors, self.errors
        assert not self.dialogs, self.dialogs
        assert not self.outside, self.outside
        return True

    def shot(self, name: str) -> None:
        ARTIFACTS.mkdir(exist_ok=True)
        self.page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)


@pytest.fixture
def watched(browser):
    page = Watched(browser)
    yield page
    page.context.close()


def test_story_timeline_shows_events_and_click_shows_sources(watched, base_url):
    page = watched.page
    page.goto(f"{base_url}/stories/s1")
    events = page.locator("svg#timeline g.tl-event")
    assert events.count() == 3
    assert page.locator("#event-0").is_hidden()
    watched.shot("story-timeline")
    events.nth(0).click()  # the meeting, reported by three outlets
    detail = page.locator("#event-0")
    detail.wait_for(state="visible")
    outlets = detail.locator(".source .outlet").all_text_contents()
    assert outlets == ["Daily Meridian", "Northern Courier", "Harbor Post"]
    assert "took place on March 3" in detail.locator(".sentence").nth(2).text_content()
    assert "date: 2024-03-04" in detail.locator(".conflicts").text_content()
    assert page.locator("#event-1").is_hidden()
    assert "selected" in events.nth(0).get_attribute("class")
    watched.shot("story-event-clicked")
    events.nth(1).click()  # clicking another event swaps the panel
    page.locator("#event-1").wait_for(state="visible")
    assert detail.is_hidden()
    assert watched.clean()


def test_story_network_is_drawn_by_script(watched, base_url):
    page = watched.page
    page.goto(f"{base_url}/stories/s1")
    page.locator("svg#network .net-node").nth(1).wait_for()
    names = sorted(page.locator("svg#network .net-node text").all_text_contents())
    assert names == ["Anya Brel (VELGOV)", "Tomas Hald (KESGOV)"]
    assert page.locator("svg#network line.net-edge").count() == 1
    href = page.locator("svg#network a").first.get_attribute("href")
    assert href in ("/entities/e1", "/entities/e2")
    page.locator("svg#network").scroll_into_view_if_needed()
    watched.shot("story-network")
    assert watched.clean()


def test_hostile_article_renders_as_text(watched, base_url):
    page = watched.page
    page.goto(f"{base_url}/articles/a4")
    page.wait_for_load_state("load")
    assert page.evaluate("typeof window.__xss") == "undefined"
    shown = page.locator("#article-text").text_content()
    assert shown == TEXT_A4  # every character, markup included, shown as text
    assert page.locator("#article-text img, #article-text script").count() == 0
    assert HOSTILE in page.locator("h1").text_content()
    watched.shot("hostile-article")
    assert watched.clean()


def test_hostile_story_names_stay_text_in_script_drawn_network(watched, base_url):
    page = watched.page
    page.goto(f"{base_url}/stories/s2")
    page.locator("svg#network .net-node").first.wait_for()
    assert page.locator("svg#network .net-node text").first.text_content() == HOSTILE_IMG
    page.locator("svg#timeline g.tl-event").first.click()
    page.locator("#event-0").wait_for(state="visible")
    assert page.evaluate("typeof window.__xss") == "undefined"
    assert page.locator("main img, main script").count() == 0
    watched.shot("hostile-story")
    assert watched.clean()


def test_article_highlights_toggle_and_evidence_link(watched, base_url):
    page = watched.page
    page.goto(f"{base_url}/stories/s1")
    page.locator("svg#timeline g.tl-event").nth(0).click()
    page.locator("#event-0 .source a").nth(0).click()
    page.wait_for_url("**/articles/a1?*")
    evidence = page.locator("#article-text mark.k-evidence")
    assert "".join(evidence.all_text_contents()).startswith("Velorian Foreign Minister Anya Brel met")
    entity = page.locator("#article-text mark.k-entity").first
    assert entity.text_content() == "Anya Brel"
    shadow = entity.evaluate("e => getComputedStyle(e).boxShadow")
    assert shadow != "none"
    page.locator('#layers input[data-kind="entity"]').uncheck()
    assert entity.evaluate("e => getComputedStyle(e).boxShadow") == "none"
    watched.shot("article-highlights")
    assert watched.clean()


def test_docs_page_lists_endpoints_offline(watched, base_url):
    page = watched.page
    page.goto(f"{base_url}/docs")
    page.locator("#api-docs .endpoint").nth(6).wait_for()
    heads = page.locator("#api-docs .endpoint h3").all_text_contents()
    assert "GET /api/timeline" in heads and "GET /api/compare" in heads
    watched.shot("api-docs")
    assert watched.clean()


def test_search_box_finds_entity(watched, base_url):
    page = watched.page
    page.goto(f"{base_url}/")
    page.fill("header form.search input[name=q]", "Hald")
    page.press("header form.search input[name=q]", "Enter")
    page.wait_for_url("**/search?q=Hald")
    page.locator(".results-entities a", has_text="Tomas Hald").click()
    page.wait_for_url("**/entities/e2")
    assert "KESGOV" in page.locator("main").text_content()
    assert watched.clean()


def test_next_page_links_walk_the_index_and_an_entity(watched, base_url):
    page = watched.page
    page.goto(f"{base_url}/?limit=1")  # stories latest first: s1 (to April 30), then s2
    assert page.locator("a.story-link").all_text_contents() == ["Brel and Hald meet in Ostrava"]
    assert page.locator(".page-count").first.text_content() == "1–1 of 2"
    page.locator("a.next-page").click()
    page.wait_for_url("**/?offset=1&limit=1")
    assert page.locator("a.story-link").all_text_contents() == [f"{HOSTILE} Protest"]
    assert page.locator("table.articles td:first-child a").all_text_contents() == ["Brel and Hald hold talks"]
    page.goto(f"{base_url}/?offset=3&limit=1")  # the last article (a4): no page after it
    assert page.locator("a.story-link").count() == 0 and page.locator("a.next-page").count() == 0
    page.locator("a.prev-page").click()
    page.wait_for_url("**/?offset=2&limit=1")
    page.goto(f"{base_url}/entities/e2?limit=2")  # Tomas Hald: ev1, ev2 dated, ev3 undated
    assert [t.strip() for t in page.locator(".entity-events .date").all_text_contents()] == ["2024-03-04", "2024-04"]
    page.locator("a.next-page").click()
    page.wait_for_url("**/entities/e2?offset=2&limit=2")
    assert "Hald denied moving troops" in page.locator(".entity-events").text_content()
    assert page.locator(".entity-events li").count() == 1 and page.locator("a.next-page").count() == 0
    watched.shot("entity-next-page")
    assert watched.clean()


@pytest.fixture(scope="module")
def sample_url(tmp_path_factory):
    """The bundled sample corpus ingested through the real pipeline, served."""
    _need_chromium()
    from storyline.config import Config
    from storyline.data import sample_paths
    from storyline.ingest_service import ingest_paths
    from storyline.serve import create_app
    from storyline.store import open_store

    path = str(tmp_path_factory.mktemp("sample") / "sample.db")
    with open_store(path) as store:
        summary = ingest_paths([str(p) for p in sample_paths()], store, Config())
    assert summary.ingested >= 10 and not summary.failed, summary.to_dict()
    with Served(create_app(path)) as url:
        yield url


@pytest.mark.slow
def test_sample_corpus_story_page_shows_events_and_sources(watched, sample_url):
    page = watched.page
    page.goto(f"{sample_url}/")
    stories = page.locator("a.story-link")
    assert stories.count() >= 2  # the corpus tells 3-4 stories
    # the story with the most events: read the counts the index shows
    metas = page.locator(".story-item .meta").all_text_contents()
    counts = [int(m.rsplit("·", 1)[1].split()[0]) for m in metas]
    stories.nth(counts.index(max(counts))).click()
    page.wait_for_url("**/stories/**")
    events = page.locator("svg#timeline g.tl-event")
    assert events.count() >= 3
    watched.shot("sample-story")
    events.nth(0).click()
    detail = page.locator(".event-detail:not([hidden])")
    detail.wait_for(state="visible")
    assert detail.locator(".source").count() >= 1
    assert detail.locator(".sentence").first.text_content().strip()
    page.locator("svg#network .net-node").first.wait_for()
    watched.shot("sample-story-clicked")
    assert watched.clean()


@pytest.mark.slow
def test_sample_story_page_shows_cited_summary_on_top(watched, sample_url):
    page = watched.page
    page.goto(f"{sample_url}/")
    page.get_by_text("Velorian foreign minister to visit Karsk").first.click()
    page.wait_for_url("**/stories/**")
    summary = page.locator("#summary")
    summary.wait_for(state="visible")
    assert summary.bounding_box()["y"] < page.locator("svg#timeline").bounding_box()["y"]
    text = summary.locator(".summary-text").text_content()
    # the foreign ministers met on Thursday 14 March; Coastline Gazette says 13 March (EXPECTED.md)
    assert "On 14 March 2024" in text and "Petrovan" in text and "Coastline Gazette 13 March 2024" in text
    cite = summary.locator("a.cite").first
    assert cite.text_content() == "[1]"
    watched.shot("sample-story-summary")
    cite.click()
    page.wait_for_url("**/articles/**#evidence")
    assert "".join(page.locator("#article-text mark.k-evidence").all_text_contents()).strip()
    assert watched.clean()
