"""The story-wide name typing read once per article (entities/described.py ``cue_index``,
``story_cues``) and the country cues read once per article (entities/new_countries.py):
the fast readings give what the text says, the same as the per-name patterns. Invented
texts; expected values written by hand."""
import pytest

from storyline.entities.described import _text_cues, cue_index, said_in_story, story_cues
from storyline.entities.kb import load_kb
from storyline.entities.new_countries import article_cues, corpus_countries, guarded
from storyline.model import Article, Mention


@pytest.fixture(scope="module")
def kb():
    return load_kb()


# (text, name, the types the text says the name has)
CUES = [
    ("Floods hit the city of Hask on Monday.", "Hask", {"GPE"}),
    ("Ferries leave the port of the Hask daily.", "Hask", {"GPE"}),
    ("They landed on the island of Orin, officials said.", "Orin", {"LOC"}),
    ("Officials said Hask, a town in the north, flooded.", "Hask", {"GPE"}),
    ("He grew up in Hask, a small fishing village.", "Hask", {"GPE"}),
    ("Rain fell on Hask, a town.", "Hask", {"GPE"}),
    # the name goes on, or a word is joined to it: no cue
    ("Floods hit the city of Haskell on Monday.", "Hask", set()),
    ("The city of Hask-based firms grew.", "Hask", set()),
    ("Mid-Hask, a town in the north, flooded.", "Hask", set()),
    # the noun read is the last before the end: "meeting" types nothing
    ("He visited Hask, a town hall meeting.", "Hask", set()),
    # a name the text never describes
    ("Hask said on Monday that talks went well.", "Hask", set()),
    # both cues in one text, two kinds
    ("The city of Orin sank. Orin, an island off the coast, sank.", "Orin", {"GPE", "LOC"}),
    # names the look-up leaves to the patterns: short, lower case, holding a settlement noun
    ("Boats left the port of Ux, officials said.", "Ux", {"GPE"}),
    ("Crowds filled the town of Orin Town, a city in the west.", "Orin Town", {"GPE"}),
    ("Crowds filled the town of Foo town of Bar.", "Foo town", {"GPE"}),
    ("Crowds filled the city of hask, a town in the west.", "hask", {"GPE"}),
    # the patterns' matches never overlap: "island of" inside the first cue starts none
    ("Crowds filled the city of Foo island of Foo island.", "Foo island", {"GPE"}),
]


@pytest.mark.parametrize("text,name,expected", CUES)
def test_story_cues_read_what_the_text_says(text, name, expected):
    assert story_cues(cue_index(text), name) == expected
    assert _text_cues(text, name) == expected  # the per-name patterns agree


def test_cue_index_keys_places_by_the_names_first_and_last_characters():
    text, after_of, before_comma = cue_index("Floods hit the city of Hask. Orin, a town in the north.")
    assert after_of == {"Has": [(23, "city")]}
    assert before_comma == {"rin": [(33, "town")]}


def _mention(text, surface, type_, kind="name"):
    start = text.index(surface)
    return Mention(start=start, end=start + len(surface), text=surface, type=type_,
                   canonical=surface, kind=kind, entity_type=type_, code="XXXGOV" if type_ == "PERSON" else None)


def test_said_in_story_types_a_name_across_its_story():
    one = "Officials said Hask, a town in the north, flooded."
    two = "Hask was flooded again. Rescuers reached Hask on Monday."
    three = "Hask was flooded too."  # another story: left alone
    a = Article(id="a", text=one, story="s1", mentions=[_mention(one, "Hask", "PERSON")])
    b = Article(id="b", text=two, story="s1", mentions=[_mention(two, "Hask", "PERSON")])
    c = Article(id="c", text=three, story="s2", mentions=[_mention(three, "Hask", "PERSON")])
    said_in_story([a, b, c])
    assert [(m.entity_type, m.code) for m in a.mentions + b.mentions] == [("GPE", None), ("GPE", None)]
    assert (c.mentions[0].entity_type, c.mentions[0].code) == ("PERSON", "XXXGOV")


def test_guarded_names_parts_of_people_and_starts_of_bodies():
    others = [("John Smith", "PERSON"), ("Jordan Shipping Ltd", "ORG"), ("Veloria", "GPE")]
    assert guarded("Smith", others)       # part of a person's full name
    assert guarded("John", others)
    assert guarded("Jordan", others)      # begins a longer organisation's name
    assert not guarded("Veloria", others)
    assert not guarded("John Smith", others)  # the full name itself is no part of it
    assert not guarded("Shipping", others)


def test_article_cues_read_each_name_once(kb):
    text = ("Karsk's foreign ministry said on Monday that talks went well. Karsk will send "
            "envoys, and the ambassador to Karsk agreed. Smith's government fell; John Smith left.")
    names = [("Karsk", "PERSON"), ("Karsk", "ORG"), ("Karsk", "PERSON"), ("Smith", "PERSON"),
             ("John Smith", "PERSON")]
    candidates = {}
    cues = article_cues(text, names, kb, candidates=candidates)
    assert cues == {"Karsk": {"state": 2, "person": -1}}  # "Smith" is part of "John Smith"
    assert candidates[("Karsk", "PERSON")] is True and candidates[("John Smith", "PERSON")] is False
    # the answers kept serve the next article alike
    assert article_cues(text, names, kb, candidates=candidates) == cues


def test_corpus_countries_pool_cues_over_articles(kb):
    one = "Karsk's foreign ministry protested on Monday."
    two = "The Karskian officials met in the capital."
    a = Article(id="a", text=one, mentions=[_mention(one, "Karsk", "ORG")])
    b = Article(id="b", text=two, mentions=[_mention(two, "Karskian", "NORP")])
    assert corpus_countries([a, b], kb) == {"karsk": "Karsk", "karskian": "Karsk", "karskians": "Karsk"}
