"""The bundled, invented sample corpus: its files parse, its manifest matches it, and it ingests."""
from __future__ import annotations

import json
import re
from datetime import datetime
from html.parser import HTMLParser
from pathlib import Path

import pytest

from storyline.data import SAMPLE_DIR, sample_paths

JSONL_FIELDS = {"id", "title", "outlet", "url", "published", "text"}
# hand-written from the pages' <head>
HTML_EXPECTED = {
    "harbordailywire-belozar-talks.html": ("Harbor Daily Wire", "2024-03-14"),
    "globalledger-belozar-summit.html": ("Global Ledger", "2024-03-15"),
    "northgatetimes-trawler-envoy.html": ("Northgate Times", "2024-04-04"),
    "coastlinegazette-ilma-data.html": ("Coastline Gazette", "2024-02-21"),
    "globalledger-orin-dismissal.html": ("Global Ledger", "2024-03-19"),
}
TXT_FILES = {
    "northgate-belozar-talks.txt", "lindholm-crew-families.txt",
    "ilma-farmers-explainer.txt", "karsk-new-defence-chief.txt",
}
JSONL_IDS = {
    "mp-2024-03-11-petrovan-belozar", "cg-2024-03-15-karsk-veloria-thaw",
    "mp-2024-04-02-trawler-detained", "gl-2024-02-19-ilma-river-row",
    "nt-2024-02-27-ilma-accord-signed", "mp-2024-03-18-karsk-defence-minister",
    "hdw-2024-04-09-crew-freed",
}


def _words(text: str) -> int:
    return len(text.split())


def _jsonl_records() -> list[dict]:
    lines = (SAMPLE_DIR / "wire.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


class _HeadReader(HTMLParser):
    """Collects <meta property/name> contents, the canonical link, the title and <article> text."""

    def __init__(self):
        super().__init__()
        self.meta, self.canonical, self.title = {}, None, ""
        self._in_title = self._in_article = False
        self.article_text = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "meta" and "content" in attrs:
            self.meta[attrs.get("property") or attrs.get("name")] = attrs["content"]
        elif tag == "link" and attrs.get("rel") == "canonical":
            self.canonical = attrs.get("href")
        self._in_title |= tag == "title"
        self._in_article |= tag == "article"

    def handle_endtag(self, tag):
        if tag == "title":
            self._in_title = False
        if tag == "article":
            self._in_article = False

    def handle_data(self, data):
        if self._in_title:
            self.title += data
        if self._in_article:
            self.article_text.append(data)


def _read_head(name: str) -> _HeadReader:
    reader = _HeadReader()
    reader.feed((SAMPLE_DIR / name).read_text(encoding="utf-8"))
    return reader


# ---- the files themselves -------------------------------------------------------------


def test_sample_paths_lists_every_article_file():
    names = {p.name for p in sample_paths()}
    assert names == {"wire.jsonl"} | set(HTML_EXPECTED) | TXT_FILES
    assert all(p.is_absolute() and p.is_file() for p in sample_paths())


def test_jsonl_lines_are_valid_records():
    records = _jsonl_records()
    assert {r["id"] for r in records} == JSONL_IDS
    for record in records:
        assert set(record) == JSONL_FIELDS, record["id"]
        assert all(isinstance(record[f], str) and record[f].strip() for f in JSONL_FIELDS)
        assert datetime.fromisoformat(record["published"].replace("Z", "+00:00")).year == 2024
        assert record["url"].startswith("https://") and ".example/" in record["url"]
        assert 150 <= _words(record["text"]) <= 500, record["id"]


@pytest.mark.parametrize("name", sorted(HTML_EXPECTED))
def test_html_pages_have_their_metadata(name):
    outlet, day = HTML_EXPECTED[name]
    head = _read_head(name)
    assert head.meta["og:site_name"] == outlet
    assert head.meta["article:published_time"].startswith(day)
    assert head.canonical and head.canonical == head.meta["og:url"]
    assert head.title.endswith(f"| {outlet}")
    assert 150 <= _words(" ".join(head.article_text)) <= 500


@pytest.mark.parametrize("name", sorted(TXT_FILES))
def test_text_files_have_furniture_and_no_metadata(name):
    text = (SAMPLE_DIR / name).read_text(encoding="utf-8")
    lines = [line for line in text.splitlines() if line.strip()]
    assert not lines[0].endswith("."), "first line is a bare headline"
    furniture = re.compile(r"^(\d+ hours? ago|Updated \d+h ago|Last Updated: .+|(Image|Photo): .+)$")
    assert any(furniture.match(line) for line in lines[:4])
    assert not re.search(r"\b(og:|published_time|https?://)", text)
    assert 150 <= _words(text) <= 500


def test_relative_dates_and_furniture_from_the_brief_are_present():
    northgate = (SAMPLE_DIR / "northgate-belozar-talks.txt").read_text(encoding="utf-8")
    lindholm = (SAMPLE_DIR / "lindholm-crew-families.txt").read_text(encoding="utf-8")
    assert "3 hours ago" in northgate and "Image: Lumen Press" in northgate
    assert "Last Updated: 14 Mar 2024" in northgate and "next week" in northgate
    assert "(left)" in northgate and "(right)" in northgate  # the photo caption
    assert "on Tuesday" in lindholm and "last month on March 3" in lindholm


# ---- the manifest matches the texts ----------------------------------------------------


def _article_texts() -> dict:
    """Article key (JSONL id or file name) -> its text, read without storyline code."""
    texts = {r["id"]: r["text"] for r in _jsonl_records()}
    for name in HTML_EXPECTED:
        texts[name] = " ".join(_read_head(name).article_text)
    for name in TXT_FILES:
        texts[name] = (SAMPLE_DIR / name).read_text(encoding="utf-8")
    return texts


def test_expected_manifest_lists_every_article():
    manifest = (SAMPLE_DIR / "EXPECTED.md").read_text(encoding="utf-8")
    rows = re.findall(r"^\| ([a-z0-9.-]+) \| (jsonl|html|txt) \|", manifest, flags=re.M)
    assert len(rows) == 16
    assert {key for key, _ in rows} == JSONL_IDS | set(HTML_EXPECTED) | TXT_FILES


def test_quote_variants_in_manifest_are_in_the_texts():
    texts = _article_texts()
    variants = {
        "harbordailywire-belozar-talks.html": "Our two nations have chosen dialogue over distance",
        "northgate-belozar-talks.txt": "Our two countries have chosen dialogue rather than distance",
        "cg-2024-03-15-karsk-veloria-thaw": "We have chosen dialogue, not distance, between our two nations",
    }
    for key, quote in variants.items():
        assert quote in texts[key], key
    assert "Alexander Petrovan" in texts["northgate-belozar-talks.txt"]
    assert "Aleksandr Petrovan" in texts["harbordailywire-belozar-talks.html"]
    assert "Dmitry Valen" in texts["northgate-belozar-talks.txt"]


def test_conflicts_in_manifest_are_in_the_texts():
    texts = _article_texts()
    assert "on Wednesday, March 13" in texts["cg-2024-03-15-karsk-veloria-thaw"]
    assert "met in Belozar on Thursday" in texts["harbordailywire-belozar-talks.html"]
    assert "signed four agreements" in texts["harbordailywire-belozar-talks.html"]
    assert "signed three agreements" in texts["northgate-belozar-talks.txt"]
    assert "14 crew members" in texts["lindholm-crew-families.txt"]
    assert "12 crew members" in texts["mp-2024-04-02-trawler-detained"]
    assert "will meet his Karskian counterpart" in texts["mp-2024-03-11-petrovan-belozar"]


# ---- ingest (storyline.ingest.read_inputs) ---------------------------------------------


@pytest.fixture(scope="module")
def read_back():
    """(articles, error strings) from one read_inputs pass over the sample corpus."""
    from storyline.ingest import read_inputs
    from storyline.model import Article

    items = list(read_inputs([str(p) for p in sample_paths()]))
    return [i for i in items if isinstance(i, Article)], [str(i) for i in items if not isinstance(i, Article)]


@pytest.fixture(scope="module")
def ingested(read_back):
    return read_back[0]


def test_every_article_ingests_without_errors(read_back):
    articles, errors = read_back
    assert errors == []
    assert len(articles) == 16
    assert len({a.id for a in articles}) == 16
    assert all(a.duplicate_of is None for a in articles)


def test_ingested_jsonl_keeps_ids_metadata_and_exact_text(ingested):
    by_id = {a.id: a for a in ingested}
    for record in _jsonl_records():
        article = by_id[record["id"]]
        assert article.text == record["text"]  # evidence offsets index this exact string
        assert (article.outlet, article.title, article.url) == (record["outlet"], record["title"], record["url"])
        assert article.published.startswith(record["published"][:10])


def test_ingested_html_has_outlet_date_url_and_body(ingested):
    by_file = {Path(a.path).name: a for a in ingested if a.path and a.path.endswith(".html")}
    assert set(by_file) == set(HTML_EXPECTED)
    for name, (outlet, day) in HTML_EXPECTED.items():
        article = by_file[name]
        assert article.outlet == outlet
        assert article.published == day and article.published_source == "metadata"
        assert article.url == _read_head(name).canonical
        assert "Most read" not in article.text and "All rights reserved" not in article.text
    assert "dialogue over distance" in by_file["harbordailywire-belozar-talks.html"].text


def test_ingested_text_files_have_no_outlet_and_keep_the_body(ingested):
    by_file = {Path(a.path).name: a for a in ingested if a.path and a.path.endswith(".txt")}
    assert set(by_file) == TXT_FILES
    assert all(a.outlet is None for a in by_file.values())
    assert "signed three agreements" in by_file["northgate-belozar-talks.txt"].text


# ---- the benchmark corpus builder's text helpers (bench/corpus.py) ----------------------


@pytest.fixture(scope="module")
def bench_corpus():
    import importlib.util

    path = Path(__file__).resolve().parents[1] / "bench" / "corpus.py"
    spec = importlib.util.spec_from_file_location("bench_corpus", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_detokenize_rebuilds_a_sentence(bench_corpus):
    tokens = ["He", "said", "``", "no", "''", ",", "did", "n't", "he", "?"]
    assert bench_corpus.detokenize(tokens) == 'He said "no", didn\'t he?'
    tokens = ["The", "anti", "-", "piracy", "unit", "(", "INS", ")", "left", "at", "1", ":", "00", "."]
    assert bench_corpus.detokenize(tokens) == "The anti-piracy unit (INS) left at 1:00."


def test_cut_to_length_keeps_consecutive_runs_of_400_to_900_words(bench_corpus):
    paras = [f"p{i} " + "word " * 299 for i in range(5)]  # five paragraphs of 300 words
    runs = bench_corpus.cut_to_length(paras)
    assert [[p.split()[0] for p in run] for run in runs] == [["p0", "p1", "p2"], ["p3", "p4"]]
    assert bench_corpus.cut_to_length(["word " * 399]) == []  # too short alone


def test_looks_english(bench_corpus):
    english = "The minister said on Monday that the talks with the delegation of the neighbours were useful. " * 6
    danish = "Forstærket håb om erstatning løfter aktien, og selskabet venter nye fly til foråret i år. " * 6
    assert bench_corpus.looks_english(english) and not bench_corpus.looks_english(danish)
