"""People named only by role across a story's articles, and the countries of places the
text sets in one. Every sentence here is invented."""
from functools import partial

import pytest
from entity_support import by_name, mention
from entity_support import story_article as _story_article

from storyline.entities import link_entities
from storyline.entities.capitals import placed_in
from storyline.entities.kb import load_kb
from storyline.entities.link_keys import RoleParser


@pytest.fixture(scope="module")
def kb():
    return load_kb()


story_article = partial(_story_article, published="2025-04-14")


# -- a role written bare in one article, bound to a name in another ------------------

def test_a_bare_role_joins_the_one_person_the_story_names_with_it():
    a1 = story_article("a1", "Rescuers reached the flooded valley on Sunday.\n\nThe interior "
                             "minister said on Monday that 12 bodies had been found. He said "
                             "the road would reopen.")
    a2 = story_article("a2", "The flood toll rose to 20.\n\nInterior Minister Tomas Vela Rojas "
                             "said the army would clear the road by Friday.")
    ents = link_entities([a1, a2])
    assert mention(a1, "The interior minister").canonical == "Tomas Vela Rojas"
    assert mention(a1, "He").canonical == "Tomas Vela Rojas"
    assert by_name(ents, "Tomas Vela Rojas").articles == ["a1", "a2"]


def test_a_known_office_written_bare_joins_its_named_holder_in_the_story():
    a1 = story_article("a1", "The foreign minister told reporters that the border would stay open.")
    a2 = story_article("a2", "Foreign Minister Ines Marlow said the border would stay open.")
    link_entities([a1, a2])
    assert mention(a1, "The foreign minister").canonical == "Ines Marlow"


def test_two_holders_of_the_office_in_the_story_leave_the_bare_role_alone():
    a1 = story_article("a1", "Interior Minister Tomas Vela resigned on Monday after the prison riot.")
    a2 = story_article("a2", "Interior Minister Rosa Quispe was sworn in on Wednesday after the "
                             "prison riot.")
    a3 = story_article("a3", "The interior minister said the prison riot would be investigated.")
    ents = link_entities([a1, a2, a3])
    assert mention(a3, "The interior minister").canonical not in ("Tomas Vela", "Rosa Quispe")
    assert by_name(ents, "Tomas Vela").articles == ["a1"]
    assert by_name(ents, "Rosa Quispe").articles == ["a2"]


def test_another_story_holder_is_not_taken():
    a1 = story_article("a1", "Interior Minister Tomas Vela Rojas visited the dam.", story="s1")
    a2 = story_article("a2", "The interior minister said the election would go ahead.", story="s2")
    link_entities([a1, a2])
    assert mention(a2, "The interior minister").canonical != "Tomas Vela Rojas"


def test_a_former_holder_joins_only_a_person_named_as_former_holder():
    a1 = story_article("a1", "Former mines minister Joseph Mwale Banda appeared in court on Friday.")
    a2 = story_article("a2", "The trial of Zambia's former mines minister opened on Monday. The "
                             "former minister denied all four charges.")
    a3 = story_article("a3", "Mines Minister Ruth Chanda visited the copper belt on Monday.")
    ents = link_entities([a1, a2, a3])
    assert mention(a2, "Zambia's former mines minister").canonical == "Joseph Mwale Banda"
    assert mention(a2, "The former minister").canonical == "Joseph Mwale Banda"
    assert by_name(ents, "Joseph Mwale Banda").articles == ["a1", "a2"]
    assert by_name(ents, "Ruth Chanda").articles == ["a3"]  # the sitting minister is someone else


def test_a_current_role_never_takes_a_former_holder():
    a1 = story_article("a1", "Former interior minister Pablo Ortiz Vega was charged on Friday.")
    a2 = story_article("a2", "The interior minister said the charges were a matter for the courts.")
    link_entities([a1, a2])
    assert mention(a2, "The interior minister").canonical != "Pablo Ortiz Vega"


def test_the_former_minister_is_the_past_holder_the_article_names():
    a = story_article("a1", "A witness said that former works minister Peter Zulu Mwansa had "
                            "ordered him to sign.\n\nThe former minister denied it. Works Minister "
                            "Grace Tembo said the contract was under review.")
    assert mention(a, "The former minister").canonical == "Peter Zulu Mwansa"
    assert mention(a, "Grace Tembo").canonical == "Grace Tembo"


def test_role_only_names_read_back_as_roles(kb):
    role_of = RoleParser(kb)
    assert role_of("interior minister") == (None, ["minister:interior"])
    assert role_of.former("interior minister") is False
    assert role_of("former Zambian mines minister") == ("ZMB", ["minister:mines"])
    assert role_of.former("former Zambian mines minister") is True
    assert role_of("Tomas Vela") is None


# -- places the text sets in a country ------------------------------------------------

def test_a_place_written_with_its_country_takes_the_country(kb):
    text = ("Talks opened in Mwanza, Tanzania, on Monday. Rescuers reached Yanque, in southern "
            "Peru, and Cabana, a village in southern Peru. Aid reached Pomata in Peru.")
    assert placed_in(text, text.index("Mwanza") + 6, kb) == "TZA"
    assert placed_in(text, text.index("Yanque") + 6, kb) == "PER"
    assert placed_in(text, text.index("Cabana") + 6, kb) == "PER"
    assert placed_in(text, text.index("Pomata") + 6, kb) == "PER"


def test_a_demonym_a_state_or_another_word_after_a_place_sets_no_country(kb):
    text = "In Kisumu, Kenyan police said. In Athens, Georgia, fans cheered. In Mwanza on Monday."
    assert placed_in(text, text.index("Kisumu") + 6, kb) is None
    assert placed_in(text, text.index("Athens") + 6, kb) is None
    assert placed_in(text, text.index("Mwanza") + 6, kb) is None


def test_a_town_set_in_a_country_in_one_article_has_its_code_across_the_story():
    a1 = story_article("a1", "Trade talks between Kenya and Tanzania will open in Mwanza, "
                             "Tanzania, next week.")
    a2 = story_article("a2", "The trade talks in Mwanza ended on Tuesday with a deal.")
    ents = link_entities([a1, a2])
    assert by_name(ents, "Mwanza").code == "TZA"
    assert mention(a2, "Mwanza").code == "TZA"


def test_a_guarded_city_takes_its_country_only_where_the_article_names_it():
    a1 = story_article("a1", "The aid convoy left Lima on Monday for the south of Peru.")
    a2 = story_article("a2", "Fans in Lima cheered the team on Saturday.", story="s2")
    link_entities([a1, a2])
    assert mention(a1, "Lima").code == "PER"
    assert mention(a2, "Lima").code is None


def test_a_title_without_country_keeps_the_country_the_story_gives_its_holder():
    a1 = story_article("a1", "Kenyan Trade Minister Wanjiku Otieno arrived in Mwanza on Monday.")
    a2 = story_article("a2", "Trade Minister Wanjiku Otieno said the talks had gone well.")
    a3 = story_article("a3", "Tanzania's trade minister said the levy on milk would stay.")
    ents = link_entities([a1, a2, a3])
    assert mention(a3, "Tanzania's trade minister").canonical != "Wanjiku Otieno"
    assert by_name(ents, "Wanjiku Otieno").articles == ["a1", "a2"]


# -- counted groups of different articles --------------------------------------------

def test_counts_an_order_of_magnitude_apart_are_two_groups():
    a1 = story_article("a1", "Relief convoys reached the hills on Friday, five days after a storm "
                             "killed at least 12 people.")
    a2 = story_article("a2", "Survivors of last week's storm are still waiting for shelter.\n\n"
                             "In 1998 a cyclone killed more than 300 people in the port city.")
    link_entities([a1, a2])
    assert mention(a1, "at least 12 people").canonical != mention(a2, "more than 300 people").canonical


def test_a_revised_toll_is_still_one_group():
    a1 = story_article("a1", "The storm killed at least 34 people on Sunday, officials said.")
    a2 = story_article("a2", "The storm killed at least 47 people, officials said on Tuesday.")
    a3 = story_article("a3", "The storm killed two people in the hills, police said.", story="s2")
    a4 = story_article("a4", "Police said the storm had killed seven people in the hills.", story="s2")
    link_entities([a1, a2, a3, a4])
    assert mention(a1, "at least 34 people").canonical == mention(a2, "at least 47 people").canonical
    assert mention(a3, "two people").canonical == mention(a4, "seven people").canonical
