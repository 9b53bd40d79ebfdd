"""Bad input gives a clear per-file error with a stable code; the rest is still ingested."""
import time
import tracemalloc

from storyline.config import Config
from storyline.errors import IngestError
from storyline.ingest import read_inputs
from storyline.model import Article

GOOD = "Wang Yi met Vladimir Putin in Moscow on Wednesday.\nThey discussed Ukraine.\n"


def split(items):
    items = list(items)
    return ([i for i in items if isinstance(i, Article)], [i for i in items if isinstance(i, IngestError)])


def write_good(tmp_path):
    (tmp_path / "good.txt").write_text(GOOD, encoding="utf-8")


def test_empty_file(tmp_path):
    write_good(tmp_path)
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "blank.txt").write_bytes(b"  \n\n \t\n")
    articles, errors = split(read_inputs([str(tmp_path)]))
    assert [a.text for a in articles] == [GOOD]
    assert sorted((e.path.rsplit("/", 1)[-1], e.code) for e in errors) == [
        ("blank.txt", "E001"), ("empty.txt", "E001")]


def test_binary_file(tmp_path):
    write_good(tmp_path)
    (tmp_path / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4)
    (tmp_path / "controls.txt").write_bytes(bytes([1, 2, 3, 4, 5, 6, 7, 8]) * 100 + b"some words")
    articles, errors = split(read_inputs([str(tmp_path)]))
    assert len(articles) == 1
    assert sorted(e.code for e in errors) == ["E002", "E002"]
    assert "binary" in errors[0].message


def test_undecodable_bytes_fall_back_with_warning(tmp_path):
    # cp1252: 0x92 is a right single quote, 0x93/0x94 curly double quotes; not valid UTF-8
    (tmp_path / "cp1252.txt").write_bytes(b"China\x92s top diplomat said \x93no\x94 to the plan.\nMore text here.")
    articles, errors = split(read_inputs([str(tmp_path / "cp1252.txt")]))
    assert errors == []
    assert articles[0].text == "China\u2019s top diplomat said \u201cno\u201d to the plan.\nMore text here."
    assert articles[0].warnings[0].startswith("W001")
    assert "cp1252" in articles[0].warnings[0]


def test_latin1_only_bytes_still_ingested(tmp_path):
    # 0x81 is undefined in cp1252, so only latin-1 can decode this
    (tmp_path / "odd.txt").write_bytes(b"Caf\xe9 talks \x81 ended.\nSecond line.")
    articles, errors = split(read_inputs([str(tmp_path / "odd.txt")]))
    assert errors == [] and articles[0].text.startswith("Caf\u00e9 talks")
    assert "latin-1" in articles[0].warnings[0]


def test_too_large_refused_fast_without_reading(tmp_path):
    big = tmp_path / "huge.txt"
    with open(big, "wb") as fh:
        fh.truncate(100 * 1024 * 1024)  # sparse: 100 MB on paper, nothing on disk
    write_good(tmp_path)
    started = time.perf_counter()
    tracemalloc.start()
    articles, errors = split(read_inputs([str(tmp_path)], Config(max_bytes=50 * 1024 * 1024)))
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert time.perf_counter() - started < 2.0
    assert peak < 5 * 1024 * 1024  # refused from its size: never read into memory
    assert [e.code for e in errors] == ["E003"]
    assert str(50 * 1024 * 1024) in errors[0].message
    assert len(articles) == 1


def test_malformed_json_line_reports_its_line(tmp_path):
    lines = [
        '{"id": "a1", "text": "Putin met Wang Yi on Wednesday."}',
        '',
        '{"id": "a2", "text": "broken line" ',
        '{"id": "a3", "title": "no text field"}',
        '[1, 2, 3]',
        '{"id": "a4", "text": "Lavrov met Wang Yi on Tuesday."}',
    ]
    (tmp_path / "batch.jsonl").write_text("\n".join(lines), encoding="utf-8")
    articles, errors = split(read_inputs([str(tmp_path / "batch.jsonl")]))
    assert [a.id for a in articles] == ["a1", "a4"]
    assert [(e.line, e.code) for e in errors] == [(3, "E004"), (4, "E005"), (5, "E004")]
    assert str(errors[0]).startswith(str(tmp_path / "batch.jsonl") + ":3: E004")


def test_malformed_json_document(tmp_path):
    (tmp_path / "list.json").write_text('[{"id": "x", "text": "A sentence here."},\n  {"id": ', encoding="utf-8")
    articles, errors = split(read_inputs([str(tmp_path / "list.json")]))
    assert articles == []
    assert [(e.code, e.line) for e in errors] == [("E004", 2)]


def test_html_without_article(tmp_path):
    (tmp_path / "nav.html").write_text(
        "<html><head><title>Home</title></head><body><nav><a href='/'>Home</a> <a href='/a'>About</a>"
        "</nav><footer>Contact</footer></body></html>", encoding="utf-8")
    articles, errors = split(read_inputs([str(tmp_path / "nav.html")]))
    assert articles == [] and [e.code for e in errors] == ["E006"]


def test_unknown_extension_and_no_extension(tmp_path):
    write_good(tmp_path)
    (tmp_path / "notes.docx").write_text("Some words that are not a known kind.", encoding="utf-8")
    (tmp_path / "README").write_text("Some words without an extension.", encoding="utf-8")
    named = [str(tmp_path / "notes.docx"), str(tmp_path / "README"), str(tmp_path / "good.txt")]
    articles, errors = split(read_inputs(named))
    assert len(articles) == 1
    found = sorted((e.path.rsplit("/", 1)[-1], e.code) for e in errors)
    assert found == [("README", "E007"), ("notes.docx", "E007")]
    assert ".docx" in next(e.message for e in errors if e.path.endswith(".docx"))


def test_folder_walk_takes_only_known_types(tmp_path):
    write_good(tmp_path)
    (tmp_path / "README.md").write_text("About this folder.", encoding="utf-8")
    articles, errors = split(read_inputs([str(tmp_path)]))
    assert len(articles) == 1 and errors == []


def test_missing_path_and_empty_glob(tmp_path):
    write_good(tmp_path)
    items = list(read_inputs([str(tmp_path / "nope.txt"), str(tmp_path / "*.jsonl"), str(tmp_path / "good.txt")]))
    articles, errors = split(items)
    assert [e.code for e in errors] == ["E011", "E011"]
    assert len(articles) == 1


def test_malformed_feed(tmp_path):
    (tmp_path / "feed.rss").write_text("<rss><channel><title>X</title></channel></rss>", encoding="utf-8")
    articles, errors = split(read_inputs([str(tmp_path / "feed.rss")]))
    assert articles == [] and [e.code for e in errors] == ["E009"]


def test_broken_symlink_is_missing(tmp_path):
    write_good(tmp_path)
    (tmp_path / "gone.txt").symlink_to(tmp_path / "deleted.txt")
    articles, errors = split(read_inputs([str(tmp_path)]))
    assert [(e.path.rsplit("/", 1)[-1], e.code) for e in errors] == [("gone.txt", "E011")]
    assert len(articles) == 1


def test_utf16_with_bom_is_text_not_binary(tmp_path):
    (tmp_path / "wide.txt").write_bytes("Wang Yi met Putin.\nThey talked.".encode("utf-16"))
    articles, errors = split(read_inputs([str(tmp_path / "wide.txt")]))
    assert errors == [] and articles[0].text == "Wang Yi met Putin.\nThey talked."


def test_empty_stdin(monkeypatch):
    import io
    import sys

    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b""), encoding="utf-8"))
    articles, errors = split(read_inputs(["-"]))
    assert articles == [] and [(e.path, e.code) for e in errors] == [("-", "E001")]


BLOCK_PAGE = ("<html><head><title>{title}</title></head><body><div><p>{body}</p>"
              "<p>Reference number 0x5f3a-77 for your support request.</p></div></body></html>")


def test_bot_check_and_error_pages_are_not_articles(tmp_path):
    # what a crawler saves when a site turns it away: short, and saying so in its title or body
    (tmp_path / "wall.html").write_text(BLOCK_PAGE.format(
        title="", body="Request unsuccessful. Your visit was flagged as automated traffic."), encoding="utf-8")
    (tmp_path / "gone.html").write_text(BLOCK_PAGE.format(
        title="404 Not Found", body="The address you followed leads nowhere on this site any more."),
        encoding="utf-8")
    write_good(tmp_path)
    articles, errors = split(read_inputs([str(tmp_path)]))
    assert len(articles) == 1
    found = sorted((e.path.rsplit("/", 1)[-1], e.code) for e in errors)
    assert found == [("gone.html", "E013"), ("wall.html", "E013")]
    wall = next(e for e in errors if e.path.endswith("wall.html"))
    assert "request unsuccessful" in wall.message.lower() and "not an article" in wall.message


def test_a_long_article_that_mentions_access_denied_is_kept(tmp_path):
    paragraph = ("The regional court heard on Tuesday that the ministry's archive had stayed closed to the "
                 "inspectors for eleven months, and that every written request met the same two words: "
                 "access denied. Lawyers for the inspectors said the refusals broke the transparency law. ")
    (tmp_path / "story.html").write_text(BLOCK_PAGE.format(
        title="Court hears archive dispute", body=paragraph * 3), encoding="utf-8")
    articles, errors = split(read_inputs([str(tmp_path / "story.html")]))
    assert errors == [] and len(articles) == 1 and "access denied" in articles[0].text
