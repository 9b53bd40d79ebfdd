"""Walk-3 entity causes: offices of countries the knowledge base lacks, transliterated
surname endings, places read from the words around them, outlets after an outlet noun,
bare plurals and ministries of other portfolios. Every sentence here is invented."""
from functools import partial

from entity_support import by_name, mention
from entity_support import story_article as _story_article

from storyline.entities import link_entities
from storyline.entities.names import same_name
from storyline.entities.new_countries import country_cues

story_article = partial(_story_article, published="2026-02-10")


def role_at(article, surface):
    """The role mention written as ``surface`` (its country's name is a mention inside it)."""
    at = article.text.index(surface)
    found = [m for m in article.mentions if m.start == at and m.kind == "role"]
    assert len(found) == 1, [(m.text, m.kind) for m in article.mentions]
    return found[0]


# -- "Drava's foreign minister": an office of an unknown country ---------------------

def test_an_unknown_countrys_president_is_the_president_the_article_names():
    a = story_article("a1", "The Tellurian delegation arrived late. Tellur's president said "
                            "the treaty could reopen the border crossings. President Anselm "
                            "Garo later greeted the returning crew at the harbour.")
    assert role_at(a, "Tellur's president").canonical == "Anselm Garo"
    assert mention(a, "Tellur's").entity_type == "GPE"  # the country stays a mention


def test_an_unknown_countrys_minister_joins_the_holder_another_article_names():
    a1 = story_article("a1", "The Dravan foreign minister, Mehmet Okal, said the talks on the "
                             "fishing grounds would resume in Dravaport.")
    a2 = story_article("a2", "Dravan trawlers stayed in port. \"We will not give up the fishing "
                             "grounds,\" Drava's foreign minister said at the quay.")
    ents = link_entities([a1, a2])
    assert role_at(a2, "Drava's foreign minister").canonical == "Mehmet Okal"
    assert by_name(ents, "Mehmet Okal").articles == ["a1", "a2"]


def test_another_unknown_countrys_minister_is_not_joined():
    a1 = story_article("a1", "The Dravan foreign minister, Mehmet Okal, said the talks on the "
                             "fishing grounds would resume in Dravaport.")
    a2 = story_article("a2", "Kelvorian trawlers stayed in port. Kelvor's foreign minister said "
                             "the fishing grounds were closed to Dravan boats.")
    link_entities([a1, a2])
    assert role_at(a2, "Kelvor's foreign minister").canonical != "Mehmet Okal"


# -- transliterated surname endings ------------------------------------------------

def test_off_and_ov_endings_with_i_and_y_given_names_are_one_name():
    assert same_name("Yuri Lebedeff", "Yury Lebedev")
    assert same_name("Ilia Sokoloff", "Ilya Sokolov")
    assert same_name("Anton Vasnetsow", "Anton Vasnetsov")


def test_other_first_names_or_surnames_stay_apart():
    assert not same_name("Pavel Sokolov", "Petr Sokolov")
    assert not same_name("Kim Jong Un", "Kim Yo Jong")
    assert not same_name("Yuri Lebedeff", "Yuri Lebedinsky")


def test_a_transliterated_name_joins_across_the_story():
    a1 = story_article("a1", "The chemist Yuri Lebedeff was moved to a military airfield, "
                             "local media reported.")
    a2 = story_article("a2", "The chemist Yury Lebedev boarded a flight home an hour later.")
    ents = link_entities([a1, a2])
    assert mention(a1, "Yuri Lebedeff").canonical == mention(a2, "Yury Lebedev").canonical
    assert len([e for e in ents if e.type == "PERSON"]) == 1


# -- places read from the words around a name ---------------------------------------

def test_a_name_in_northern_x_with_a_prime_minister_is_a_place():
    a1 = story_article("a1", "Floods in northern Quessany cut off four villages on Monday.")
    a2 = story_article("a2", "Quessany's prime minister, Ruth Alvestad, visited the villages "
                             "on Tuesday.")
    link_entities([a1, a2])
    assert mention(a2, "Quessany").entity_type == "GPE"
    assert mention(a1, "Quessany").entity_type == "GPE"


def test_a_region_a_flights_end_and_an_airport_are_cues_of_a_place():
    assert country_cues("Floods in northern Quessany cut off four villages.", "Quessany",
                        False) == {"region": 2}
    assert country_cues("He boarded a flight to Tarvosk.", "Tarvosk", False) == {"region": 2}
    assert country_cues("Crowds waited at Tarvosk airport.", "Tarvosk", False) == {"region": 2}
    assert country_cues("Malvek's office said he was in Tarvosk.", "Malvek", False) == {}


def test_a_flights_end_is_a_place():
    a1 = story_article("a1", "The freed engineer boarded a flight to Tarvosk on Sunday.")
    a2 = story_article("a2", "Crowds gathered at Tarvosk airport to greet the freed engineer.")
    link_entities([a1, a2])
    assert mention(a1, "Tarvosk").entity_type == "GPE"


def test_a_persons_possessive_office_is_not_a_place():
    a = story_article("a1", "Dorin Malvek said he would not resign. Malvek's office said "
                            "the minister would speak on Friday.")
    link_entities([a])
    assert mention(a, "Malvek", nth=1).entity_type == "PERSON"


def test_a_name_before_river_is_a_place():
    a = story_article("a1", "The barrage on the Telk river burst early on Tuesday, flooding "
                            "the town of Ashbury.")
    assert mention(a, "Telk").type == "LOC"


# -- outlets named after an outlet noun ------------------------------------------

def test_an_agency_acronym_after_news_agency_is_an_organisation():
    a = story_article("a1", "Police held 60 people overnight, state news agency TELKA "
                            "reported on Tuesday.")
    m = mention(a, "TELKA")
    assert (m.type, m.kind) == ("ORG", "name")


def test_an_acronym_after_broadcaster_is_an_organisation():
    a = story_article("a1", "The toll rose to nine, the broadcaster MORSA said on Friday.")
    assert mention(a, "MORSA").type == "ORG"


# -- bare plurals and portfolios -----------------------------------------------------

def test_a_bare_plural_is_not_the_counted_group():
    a = story_article("a1", "About 2,000 residents were moved from Tarnby overnight, the "
                            "ministry said. Residents had warned for years about the levee.")
    link_entities([a])
    assert mention(a, "Residents").canonical != mention(a, "About 2,000 residents").canonical


def test_ministries_of_other_portfolios_never_join():
    a1 = story_article("a1", "Police detained 40 people, the Interior Ministry said.")
    a2 = story_article("a2", "The detentions drew criticism abroad. Its foreign ministry "
                             "rejected the criticism on Friday.")
    link_entities([a1, a2])
    assert "nterior" not in (mention(a2, "Its foreign ministry").canonical or "")


def test_a_ministry_of_the_same_portfolio_still_joins():
    a1 = story_article("a1", "Police detained 40 people, the Interior Ministry said.")
    a2 = story_article("a2", "The detentions drew criticism abroad. The interior ministry "
                             "defended the police on Friday.")
    link_entities([a1, a2])
    assert mention(a2, "The interior ministry").canonical == mention(a1, "the Interior Ministry").canonical


def test_a_quote_of_an_unknown_countrys_minister_shows_the_linked_name():
    from storyline.fuse.quotes import merge_quotes
    from storyline.model import Article
    from storyline.pipeline import Pipeline

    texts = ["The Dravan foreign minister, Mehmet Okal, said the talks on the fishing grounds "
             "would resume in Dravaport.",
             "Dravan trawlers stayed in port. \"We will not give up the fishing grounds,\" "
             "Drava's foreign minister said at the quay."]
    articles = list(Pipeline().pipe([Article(id=f"o{n}", text=t, outlet=f"Outlet {n}", story="s1",
                                             published="2026-02-1{n}".format(n=n))
                                     for n, t in enumerate(texts, 1)], jobs=1))
    link_entities(articles)
    [quote] = [q for q in merge_quotes(articles) if "give up" in q.text]
    assert quote.speaker == "Mehmet Okal"
