"""Ingest and clean defects found on new news: a plain-text header's outlet (under the
headline, or in the dateline's brackets) and title, and a one-paragraph article full of
names and titles read as a foreign language and so left without sentences. Invented text."""
from __future__ import annotations

import pytest

from storyline.annotate import annotate
from storyline.clean import (
    classify_lines,
    find_furniture,
    find_outlet,
    find_title,
    reads_as_name,
)
from storyline.config import Config
from storyline.ingest import read_inputs
from storyline.language import detect_language

HEADER = ("Flood barrier plan approved in Mwanza\n"
          "Lakeside Gazette\n"
          "3 April 2025\n\n"
          "MWANZA - The regional council approved a flood barrier on the lake shore on Wednesday.\n\n"
          "Work is due to start in June.")


def kinds(text: str) -> list:
    return [(text[s:e], k) for s, e, k in classify_lines(text)]


def test_headline_outlet_date_header_gives_title_and_outlet():
    assert find_title(HEADER) == "Flood barrier plan approved in Mwanza"
    assert find_outlet(HEADER) == "Lakeside Gazette"
    assert kinds(HEADER)[:3] == [("Flood barrier plan approved in Mwanza", "headline"),
                                 ("Lakeside Gazette", "credit"), ("3 April 2025", "dateline")]
    # the outlet line above a byline, with the outlet's name joined by "of"
    byline = "Dock strike ends after nine days\nThe Voice of Mombasa\nBy Amina Said\n\nDockers went back to work."
    assert (find_title(byline), find_outlet(byline)) == ("Dock strike ends after nine days", "The Voice of Mombasa")


def test_a_dateline_names_its_source_in_brackets():
    text = "Peru port reopens\n\nPAITA (Andean Courier) - The port of Paita reopened on Monday.\n\nShips queued."
    assert find_outlet(text) == "Andean Courier"
    assert find_title(text) == "Peru port reopens"
    wire = "NAIROBI, Kenya (Reuters) - Kenya's central bank held its main rate on Tuesday."
    assert find_outlet(wire) == "Reuters"
    # the dateline is furniture: the first sentence starts at "The"
    assert [f.text for f in find_furniture(text) if f.kind == "dateline"] == ["PAITA (Andean Courier) -"]


@pytest.mark.parametrize("text", [
    # a kicker above the headline, no date under the name-like line
    "Analysis\nWhy the Arusha talks stalled\n\nThe talks stalled over cooking oil.",
    # a headline and its date only
    "Kenya-Uganda rail talks open in Tororo\n13 May 2025\n\nTalks opened on Monday.",
    # a subhead in title case under the headline, then the body
    "Rail deal signed\nNew Line To Open In 2027\n\nThe deal was signed in Tororo.",
    # an outlet named only in a sentence of the story
    "Rail deal signed\n\nThe deal was signed, the Lakeside Gazette reported on Tuesday.",
])
def test_no_outlet_is_invented(text):
    assert find_outlet(text) is None


def test_reads_as_name():
    assert reads_as_name("Lakeside Gazette") and reads_as_name("The Times of Malawi") and reads_as_name("Reuters")
    assert not reads_as_name("Analysis")  # one word: only a wire agency's name
    assert not reads_as_name("Talks stall over oil")
    assert not reads_as_name("Lakeside Gazette, Mwanza.")


def test_plain_text_file_is_ingested_with_its_header(tmp_path):
    path = tmp_path / "gazette.txt"
    path.write_text(HEADER, encoding="utf-8")
    (article,) = list(read_inputs([str(path)], Config()))
    assert (article.title, article.outlet) == ("Flood barrier plan approved in Mwanza", "Lakeside Gazette")


# one sentence, most of its words names and titles
TITLED = ("Ugandan Energy Minister Ruth Nankabirwa Ssentamu met Congolese Mines and Hydrocarbons "
          "Minister Kizito Pakabomba in Kampala on Friday.")


def test_names_and_titles_do_not_make_a_text_foreign():
    assert detect_language(TITLED)[0] == "en"
    assert detect_language(TITLED + " " + TITLED.replace("Friday", "Saturday"))[0] == "en"
    # other languages are still told, German with its capitalised nouns too
    assert detect_language("Die Regierung hat am Montag neue Regeln für die Einfuhr von Getreide "
                           "beschlossen, sagte der Minister in Berlin.")[0] == "de"
    assert detect_language("El ministro del Interior, Pedro Alvarado, dijo el lunes que la carretera "
                           "de la costa estaba abierta de nuevo.")[0] == "es"


def test_a_one_sentence_article_of_titles_keeps_its_sentence():
    layers = annotate(TITLED, published="2025-05-09")
    assert layers["sentences"] == [{"start": 0, "end": len(TITLED)}]
    names = {e["text"] for e in layers["entities"] if e["kind"] == "name"}
    assert "Kampala" in names and any("Pakabomba" in n for n in names)
    assert [t["value"] for t in layers["timexes"]] == ["2025-05-09"]


def test_a_line_of_titles_ending_in_a_period_is_body_not_headline():
    assert [k for _, k in kinds(TITLED)] == [None]
    assert kinds("Energy talks open in Kampala\n\n" + TITLED) == [
        ("Energy talks open in Kampala", "headline"), (TITLED, None)]


def test_a_short_foreign_sentence_full_of_names_is_still_told_by_its_language():
    # a few lower-case words with no English among them: the capitalised names prove nothing,
    # so the language model decides (German capitalises nouns; a headline may be all title case)
    from storyline.language import detect_language
    assert detect_language("Die Kanzlerin Petra Lindqvist traf am Montag den Präsidenten Otto Varga in Wien.")[0] == "de"
    assert detect_language("Presidente Ana Ruiz Recebe Primeiro-Ministro Da Índia Em Brasília Para Discutir Comércio")[0] != "en"
    assert detect_language("Karskian Trade Minister Ivo Lenn met Orvian Industry and Trade Minister Ada Mole in Tarn "
                           "on Monday.") == ("en", "default")
