"""Reading inputs: text, HTML, JSON lines, JSON, feeds, stdin; ids; duplicates."""
import io
import re
import sys
from pathlib import Path

import pytest

from storyline.errors import IngestError
from storyline.ingest import read_inputs
from storyline.ingest.dedupe import (NearDuplicateIndex, link_near_duplicates, shingles,
                                     signature_bytes)
from storyline.ingest.published import normalise_published
from storyline.model import Article

SEEDS = Path(__file__).resolve().parents[2] / "shared" / "seeds"


def articles_of(paths):
    items = list(read_inputs([str(p) for p in paths]))
    errors = [i for i in items if isinstance(i, IngestError)]
    assert errors == [], [str(e) for e in errors]
    return items


# ---- plain text --------------------------------------------------------------------


def test_seed_folder_reads_every_article_with_stable_ids():
    first = articles_of([SEEDS])
    second = articles_of([SEEDS])
    assert len(first) == 5
    assert [a.id for a in first] == [a.id for a in second]
    assert all(re.fullmatch(r"[0-9a-f]{16}", a.id) for a in first)
    assert len({a.id for a in first}) == 5
    assert [Path(a.path).name for a in first] == sorted(p.name for p in SEEDS.glob("*.txt"))
    for article in first:
        assert article.text == (SEEDS / Path(article.path).name).read_text(encoding="utf-8")
        assert article.content_hash and article.warnings == []


def test_seed_titles_are_the_headline_lines():
    by_name = {Path(a.path).name[:3]: a for a in articles_of([SEEDS])}
    # the headline lines, by their position in each file (read by hand; the text is not copied here)
    lines = {k: [ln.strip() for ln in (SEEDS / Path(a.path).name).read_text(encoding="utf-8").split("\n")
                 if ln.strip()] for k, a in by_name.items()}
    assert by_name["001"].title == lines["001"][2]
    assert by_name["003"].title == lines["003"][1]
    # these start straight with a body sentence
    assert by_name["000"].title is None
    assert by_name["002"].title is None
    assert by_name["004"].title is None


def test_text_title_first_short_line(tmp_path):
    (tmp_path / "a.txt").write_text("Kremlin confirms talks\n\nPutin will meet Wang Yi on Wednesday.\n")
    (tmp_path / "b.txt").write_text("Putin will meet Wang Yi on Wednesday.\nThe Kremlin said so.\n")
    a, b = articles_of([tmp_path / "a.txt", tmp_path / "b.txt"])
    assert a.title == "Kremlin confirms talks"
    assert b.title is None


def test_crlf_text_is_normalised(tmp_path):
    (tmp_path / "win.txt").write_bytes(b"Talks end\r\n\r\nThe talks ended on Friday.\r\n")
    (article,) = articles_of([tmp_path / "win.txt"])
    assert article.text == "Talks end\n\nThe talks ended on Friday.\n"
    assert article.title == "Talks end"


def test_glob_and_recursive_folder(tmp_path):
    (tmp_path / "sub" / "deeper").mkdir(parents=True)
    (tmp_path / "sub" / "deeper" / "x.txt").write_text("Lavrov met Wang Yi on Tuesday in Moscow.")
    (tmp_path / "sub" / "y.txt").write_text("Putin met Wang Yi on Wednesday in Moscow.")
    (tmp_path / ".hidden").mkdir()
    (tmp_path / ".hidden" / "z.txt").write_text("Not to be read at all, it is hidden.")
    walked = articles_of([tmp_path])
    assert sorted(Path(a.path).name for a in walked) == ["x.txt", "y.txt"]
    globbed = articles_of([str(tmp_path / "**" / "x.txt")])
    assert [Path(a.path).name for a in globbed] == ["x.txt"]
    # the same file named twice is read once
    assert len(articles_of([tmp_path / "sub" / "y.txt", tmp_path / "sub"])) == 2


# ---- HTML --------------------------------------------------------------------------

PAGE = """<!DOCTYPE html><html><head><title>Wang Yi meets Putin | The Example Times</title>
<meta property="og:site_name" content="The Example Times">
<meta property="og:title" content="Wang Yi meets Putin in Moscow">
{canonical}
<meta property="article:published_time" content="2023-02-22T14:03:00Z">
<meta property="article:modified_time" content="2023-02-24T09:00:00Z">
</head><body>
<nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport section</a></nav>
<article><h1>Wang Yi meets Putin in Moscow</h1>
<p>China's top diplomat Wang Yi met Russian President Vladimir Putin in the Kremlin on Wednesday, the two sides said.</p>
<p>The meeting came two days before the first anniversary of Russia's invasion of Ukraine, and followed talks with Sergei Lavrov.</p>
<p>"Our relations are developing dynamically," Putin told his guest, according to a Kremlin readout published after the talks.</p>
</article>
<footer>Copyright 2024 The Example Times. All rights reserved. Privacy policy.</footer>
</body></html>"""


def test_html_body_title_outlet_url_date(tmp_path):
    canonical = '<link rel="canonical" href="https://www.example-times.com/world/wang-putin">'
    (tmp_path / "page.html").write_text(PAGE.format(canonical=canonical), encoding="utf-8")
    (article,) = articles_of([tmp_path / "page.html"])
    assert article.title == "Wang Yi meets Putin in Moscow"
    assert article.outlet == "The Example Times"
    assert article.url == "https://www.example-times.com/world/wang-putin"
    assert article.published == "2023-02-22"  # the original date, not the update
    assert article.published_source == "metadata"
    assert "Wang Yi met Russian President Vladimir Putin in the Kremlin on Wednesday" in article.text
    assert "Putin told his guest" in article.text
    assert "Sport section" not in article.text and "Privacy policy" not in article.text


def test_html_outlet_falls_back_to_domain_and_no_date_stays_none(tmp_path):
    page = PAGE.replace('<meta property="og:site_name" content="The Example Times">', "")
    page = re.sub(r'<meta property="article:\w+_time"[^>]*>', "", page)
    page = page.replace("Copyright 2024 ", "")
    page = page.format(canonical='<meta property="og:url" content="https://news.example.org/a/1">')
    (tmp_path / "bare.htm").write_text(page, encoding="utf-8")
    (article,) = articles_of([tmp_path / "bare.htm"])
    assert article.outlet == "news.example.org"
    assert article.url == "https://news.example.org/a/1"
    assert article.published is None and article.published_source is None


def test_html_copyright_year_is_not_a_publication_date(tmp_path):
    page = re.sub(r'<meta property="article:\w+_time"[^>]*>', "", PAGE).format(canonical="")
    (tmp_path / "a.html").write_text(page, encoding="utf-8")  # only "Copyright 2024" in the footer
    dated = page.replace("<article>", '<article><p class="date">February 21, 2023</p>')
    (tmp_path / "b.html").write_text(dated, encoding="utf-8")
    undated, with_date = articles_of([tmp_path / "a.html", tmp_path / "b.html"])
    assert undated.published is None and undated.published_evidence is None
    assert with_date.published == "2023-02-21"


# ---- JSON lines / JSON ---------------------------------------------------------------


def test_jsonl_fields_meta_and_line_paths(tmp_path):
    path = tmp_path / "batch.jsonl"
    path.write_text(
        '{"id": "tass-1", "text": "Putin met Wang Yi.", "title": "Talks", "url": "https://t.example/1", '
        '"source": "TASS", "published": "2023-02-22T10:31:00+03:00", "lang": "en", "tags": ["china"]}\n'
        '\n'
        '{"body": "Lavrov met Wang Yi on Tuesday.", "outlet": "DW", "published": "22 February 2023"}\n',
        encoding="utf-8")
    first, second = articles_of([path])
    assert first.id == "tass-1"
    assert (first.title, first.outlet, first.url) == ("Talks", "TASS", "https://t.example/1")
    assert first.published == "2023-02-22" and first.published_source == "metadata"
    assert first.meta == {"lang": "en", "tags": ["china"], "published_given": "2023-02-22T10:31:00+03:00"}
    assert first.path == f"{path}#L1"
    assert second.path == f"{path}#L3"
    assert second.text == "Lavrov met Wang Yi on Tuesday." and second.outlet == "DW"
    assert second.published == "2023-02-22"
    assert re.fullmatch(r"[0-9a-f]{16}", second.id)


def test_json_list_and_wrapped_list(tmp_path):
    (tmp_path / "list.json").write_text(
        '[{"id": "a", "content": "First story text."}, {"id": "b", "text": "Second story text."}]')
    (tmp_path / "wrapped.json").write_text('{"articles": [{"id": "c", "text": "Third story text."}]}')
    (tmp_path / "one.json").write_text('{"id": "d", "text": "Fourth story text."}')
    items = articles_of([tmp_path / "list.json", tmp_path / "wrapped.json", tmp_path / "one.json"])
    assert [(a.id, a.text) for a in items] == [
        ("a", "First story text."), ("b", "Second story text."), ("c", "Third story text."),
        ("d", "Fourth story text.")]
    assert items[1].path.endswith("list.json#item2")


@pytest.mark.parametrize("given, expected", [
    ("2023-02-22", "2023-02-22"),
    ("2023-02-22T23:59:00Z", "2023-02-22"),
    ("2023-02", "2023-02"),
    ("2023", "2023"),
    ("20230222", "2023-02-22"),
    ("Wed, 22 Feb 2023 10:31:00 GMT", "2023-02-22"),
    ("February 22, 2023", "2023-02-22"),
    ("March 2023", "2023-03"),
])
def test_published_normalised(given, expected):
    assert normalise_published(given) == (expected, None)


@pytest.mark.parametrize("given", ["yesterday", "last Wednesday", "2023-13-45", "soon"])
def test_published_unparseable_is_dropped_with_warning(given):
    value, problem = normalise_published(given)
    assert value is None and problem.startswith("W002")


# ---- feeds ---------------------------------------------------------------------------

RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Example Wire</title><link>https://wire.example.org</link>
<item><title>Xi to visit Moscow</title><link>https://wire.example.org/xi-moscow</link>
<pubDate>Fri, 17 Mar 2023 08:00:00 GMT</pubDate>
<description><![CDATA[<p>Chinese President Xi Jinping will visit Moscow next week, the Kremlin said.</p>
<p>He will hold talks with Vladimir Putin.</p>]]></description></item>
<item><title>Lavrov in Delhi</title><link>https://wire.example.org/lavrov</link>
<pubDate>Thu, 02 Mar 2023 12:00:00 GMT</pubDate>
<description>Sergei Lavrov arrived in New Delhi for G20 talks.</description></item>
</channel></rss>"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Atom Daily</title>
<entry><title>Wang Yi in Moscow</title><link href="https://atom.example.com/wang"/>
<id>urn:uuid:1</id><published>2023-02-21T09:00:00Z</published><updated>2023-02-23T09:00:00Z</updated>
<content type="html">&lt;p&gt;Wang Yi arrived in Moscow on Tuesday.&lt;/p&gt;&lt;p&gt;He met Lavrov.&lt;/p&gt;</content>
</entry></feed>"""


def test_rss_items(tmp_path):
    (tmp_path / "wire.rss").write_text(RSS, encoding="utf-8")
    first, second = articles_of([tmp_path / "wire.rss"])
    assert first.title == "Xi to visit Moscow" and first.outlet == "Example Wire"
    assert first.url == "https://wire.example.org/xi-moscow"
    assert first.published == "2023-03-17" and first.published_source == "metadata"
    assert first.text == ("Chinese President Xi Jinping will visit Moscow next week, the Kremlin said.\n\n"
                          "He will hold talks with Vladimir Putin.")
    assert first.path.endswith("wire.rss#item1") and second.path.endswith("wire.rss#item2")
    assert second.text == "Sergei Lavrov arrived in New Delhi for G20 talks."


def test_atom_feed_sniffed_without_feed_extension(tmp_path):
    (tmp_path / "daily").write_text(ATOM, encoding="utf-8")  # no extension: content decides
    (article,) = articles_of([tmp_path / "daily"])
    assert article.outlet == "Atom Daily" and article.title == "Wang Yi in Moscow"
    assert article.published == "2023-02-21"
    assert article.text == "Wang Yi arrived in Moscow on Tuesday.\n\nHe met Lavrov."
    assert article.meta["guid"] == "urn:uuid:1"


# ---- stdin ---------------------------------------------------------------------------


def fake_stdin(monkeypatch, data: bytes):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))


def test_stdin_plain_text(monkeypatch):
    fake_stdin(monkeypatch, b"Talks in Moscow\n\nWang Yi met Putin on Wednesday.\n")
    (article,) = [i for i in read_inputs(["-"])]
    assert article.text == "Talks in Moscow\n\nWang Yi met Putin on Wednesday.\n"
    assert article.title == "Talks in Moscow" and article.path == "-"


def test_stdin_json_lines(monkeypatch):
    fake_stdin(monkeypatch, b'{"id": "s1", "text": "One."}\n{"id": "s2", "text": "Two."}\n')
    items = list(read_inputs(["-"]))
    assert [(a.id, a.path) for a in items] == [("s1", "-#L1"), ("s2", "-#L2")]


# ---- duplicates ----------------------------------------------------------------------


def test_exact_duplicate_under_another_name(tmp_path):
    text = (SEEDS / "000_ecffc2442988fb8d.txt").read_text(encoding="utf-8")
    (tmp_path / "a.txt").write_text(text)
    (tmp_path / "b.txt").write_text(text.replace("\n", "\n\n"))  # same words, other spacing
    (tmp_path / "c.jsonl").write_text('{"id": "given-id", "text": %s}\n' % __import__("json").dumps(text))
    a, b, c = articles_of([tmp_path / "a.txt", tmp_path / "b.txt", tmp_path / "c.jsonl"])
    assert a.duplicate_of is None
    assert b.id == a.id and b.duplicate_of is None  # same id: the same article again, not a copy
    assert c.id == "given-id" and c.duplicate_of == a.id


def test_exact_duplicate_against_stored_hashes(tmp_path):
    (tmp_path / "a.txt").write_text("Putin met Wang Yi on Wednesday in Moscow.")
    (first,) = articles_of([tmp_path / "a.txt"])
    stored = {first.content_hash: "stored-id"}
    (again,) = list(read_inputs([str(tmp_path / "a.txt")], seen_hashes=stored))
    assert again.duplicate_of == "stored-id"


WIRE = ("Chinese President Xi Jinping will travel to Moscow next week for talks with Russian President "
        "Vladimir Putin, the Kremlin said on Friday, in a visit that comes as Beijing presents itself as a "
        "possible peacemaker in the war in Ukraine.\n"
        "The three-day state visit, from Monday to Wednesday, will include informal talks and a dinner, "
        "Kremlin spokesman Dmitry Peskov told reporters, adding that the two leaders would discuss a "
        "comprehensive partnership and strategic cooperation.\n"
        "China's foreign ministry confirmed the trip in a brief statement, saying Xi would pay a state visit "
        "at Putin's invitation and that the visit was one of friendship, cooperation and peace.\n"
        "Western governments have been sceptical of a Chinese peace plan published last month, which called "
        "for a ceasefire but did not demand that Russian troops leave Ukrainian territory.\n"
        "Officials in Kyiv said they had not been consulted about the agenda of the summit, and called on "
        "Beijing to use its influence over Moscow to press for a full withdrawal of Russian forces.\n"
        "Trade between the two neighbours reached a record last year as Russia sold more oil and gas to "
        "Chinese buyers after European customers cut their purchases in response to the invasion.\n"
        "Xi last visited Russia in 2019, and the two leaders declared a partnership with no limits shortly "
        "before Russian troops crossed into Ukraine in February of last year.\n"
        "The International Criminal Court issued an arrest warrant for Putin on Friday, accusing him of the "
        "war crime of illegally deporting hundreds of children from Ukraine.\n")


def test_near_duplicate_wire_story_republished():
    republished = ("Xi heads to Moscow for Putin summit\n" + WIRE.rsplit("The International", 1)[0]
                   + "Analysts said the visit would be closely watched in Washington and Kyiv.\n")
    unrelated = ("Heavy rain flooded parts of northern Italy on Tuesday, forcing thousands of people to leave "
                 "their homes as rivers burst their banks across the Emilia-Romagna region.\n" * 2)
    index = NearDuplicateIndex(threshold=0.8)
    index.add("wire", WIRE)
    index.add("rain", unrelated)
    assert index.query(republished) == ["wire"]
    assert index.query("Putin met Wang Yi in Moscow on Wednesday to discuss relations.") == []
    # signatures survive a trip through bytes (what the store keeps)
    restored = NearDuplicateIndex(threshold=0.8)
    restored.add_signature("wire", signature_bytes(WIRE))
    assert restored.query(republished) == ["wire"]
    assert len(signature_bytes(WIRE)) == 64 * 8


def test_link_near_duplicates_both_ways():
    a = Article(id="a", text=WIRE)
    b = Article(id="b", text="Xi heads to Moscow\n" + WIRE.replace("on Friday, in a visit", "on Friday in a visit"))
    c = Article(id="c", text="Heavy rain flooded parts of northern Italy on Tuesday, forcing thousands out.")
    link_near_duplicates([a, b, c], NearDuplicateIndex(0.8))
    assert a.near_duplicates == ["b"] and b.near_duplicates == ["a"] and c.near_duplicates == []


def test_shingles_are_word_five_grams_of_normalised_text():
    assert shingles("The  Kremlin SAID on Friday that") == {"the kremlin said on friday",
                                                            "kremlin said on friday that"}
    assert shingles("Too short") == {"too short"}
