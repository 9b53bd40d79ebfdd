"""Events on unseen articles (sample M's causes, fixed in general form): attacks made of
words (hammered with insults, an attack that says something or aims at a record), attacks
pressed on, ranks in a poll, backing rallied, suicides, reassurances, efforts "fought",
police arriving on a scene, firms' battles over a company, event nouns that may come
("an imminent clash", "any request"), "kept doing", a modal shared by a copula's
conjunct, views agreed on or endorsed.

Every sentence is invented; expected values are written by hand from reading it.
"""
import pytest

from event_support import at, dated_annotator, kinds, roles


@pytest.fixture(scope="module")
def run():
    return dated_annotator("m")



def test_hammered_with_insults_is_criticism(run):
    event = at(run("The mayor, who has hammered Tam Orrin with insults for weeks, spoke on Friday."),
               "hammered")
    assert event.type == "ACCUSE"
    assert ("Tam Orrin", "target") in roles(event)
    # hammered with shells is an attack
    text = "Karsk troops hammered the border town with shells on Friday."
    assert at(run(text), "hammered").type == "ASSAULT"


def test_an_attack_noun_of_words_is_criticism(run):
    event = at(run("Senator Lia Varn kept pressing her attack that Tam Orrin is not fit to govern."),
               "attack")
    assert (event.type, event.modality) == ("ACCUSE", "happened")
    assert at(run("The Varn campaign rejected Mr. Orrin's attack on her record on Friday."),
              "attack").type == "ACCUSE"
    # an attack on a town is a blow
    assert at(run("The rebels' attack on the border town on Friday left the bridge in ruins."),
              "attack").type == "ASSAULT"


def test_an_attack_pressed_on_asks_no_one(run):
    text = "Senator Lia Varn pressed her case against the new tax on Friday."
    assert "REQUEST" not in [t for _, t in kinds(run(text))]
    # pressing a state to act is a request
    event = at(run("The envoy pressed Karsk to release the sailors on Friday."), "pressed")
    assert event.type == "REQUEST"


def test_a_rank_in_a_poll_is_no_occupation(run):
    assert kinds(run("Lia Varn and Tam Orrin occupied a third tier in the poll.")) == []
    event = at(run("Karsk troops occupied the airport on Friday."), "occupied")
    assert event.type == "ASSAULT"


def test_backing_rallied_is_no_protest(run):
    text = "Orrin led among farmers, whose support Ms. Varn rallied to win the Velda primary."
    assert "rallied" not in [w for w, _ in kinds(run(text))]
    assert kinds(run("Ms. Varn rallied the backing of rural voters on Friday.")) == []
    # support rallied for someone backs them
    event = at(run("Exiled Velorian leaders rallied support for the jailed editor."), "rallied")
    assert event.type == "SUPPORT"


def test_killing_oneself_harms_no_other(run):
    assert "killed" not in [w for w, _ in kinds(run("The gunman killed himself on Friday."))]
    assert at(run("The gunman killed two guards on Friday."), "killed").type == "ASSAULT"


def test_an_assurance_of_a_fact_promises_nothing(run):
    assert kinds(run("The governor assured the pupils that they were a strong team.")) == []
    # an assurance of what will be done is a promise
    event = at(run("The governor assured the union that the plant would not close."), "assured")
    assert event.type == "AGREE"


def test_fighting_to_do_something_is_an_effort(run):
    assert kinds(run("Relatives of the girl are fighting to keep her in Velda.")) == []
    # armed doers fight whatever they fight for
    assert at(run("Rebels fought to hold the town on Friday."), "fought").type == "ASSAULT"


def test_arriving_on_the_scene_is_no_visit(run):
    text = "Arriving on the scene, police found the driver on Friday."
    assert "Arriving" not in [w for w, _ in kinds(run(text))]


def test_firms_battling_over_a_company_fight_no_one(run):
    text = ("Halvard Corp. wants to buy 15% of Nordmark PLC, its first move in a battle "
            "against Brennet Inc. for control of the carmaker.")
    assert "battle" not in [w for w, _ in kinds(run(text))]
    # armed groups' clashes stay clashes
    text = "The clash between the Karsk army and the rebels killed ten people on Friday."
    assert at(run(text), "clash").type == "ASSAULT"


@pytest.mark.parametrize("text, trigger", [
    ("Traders bet on an imminent clash between the Karsk army and the rebels.", "clash"),
    ("The mayor is open to any request by the union for a meeting.", "request"),
])
def test_an_event_noun_that_may_come_has_not_happened(run, text, trigger):
    assert at(run(text), trigger).modality == "uncertain"


def test_kept_doing_goes_on(run):
    event = at(run("The governor kept calling for a new vote on Friday."), "calling")
    assert event.modality == "happened"
    # kept from doing is prevented
    event = at(run("The mayor kept the union from striking on Friday."), "striking")
    assert event.modality == "denied"


def test_a_copula_shares_its_modal_with_a_conjoined_verb(run):
    event = at(run("Velda must be strong and attack the rebels' camps."), "attack")
    assert event.modality == "uncertain"
    # a copula's own "not" binds it alone
    event = at(run("The army was not ready, and attacked the town on Friday."), "attacked")
    assert event.modality == "happened"


def test_views_agreed_on_or_endorsed_are_no_pact(run):
    assert kinds(run("Many people at her events agreed with Ms. Varn on the issue.")) == []
    assert kinds(run("She rejected labels, a sentiment endorsed by the 5,000 people in the hall.")) == []
    # terms agreed on stay an agreement
    text = "Karsk agreed with Velda on a ceasefire on Friday."
    assert [w for w, _ in kinds(run(text)) if w.startswith("agreed")]
