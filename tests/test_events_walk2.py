"""Events from a second analyst's walk (a disputed election, a seized ship, a summit):
what an "if" clause names is no event, harm held out on a condition is a threat, an act
said to be a must is a demand by whoever said so, and whom it is asked of; a deal made at a meeting is with the one met; a
summit's members and a joint statement's issuers are its parties; a vessel boarded by armed
men is seized.

Every sentence is invented; expected values are written by hand from reading it.
"""
import pytest

from event_support import at, dated_annotator, kinds, roles


@pytest.fixture(scope="module")
def run():
    return dated_annotator("w2", published="2024-05-14")



def test_a_conditional_harm_is_a_threat_and_its_condition_no_event(run):
    article = run("The defence minister said Oslandia would strike back if the hostages "
                  "were not freed.")
    # no release, however coded: the release is what the threat hangs on
    assert not [e for e in article.events if e.trigger.text == "freed"]
    threat = at(article, "strike")
    assert (threat.type, threat.cameo, threat.modality) == ("THREATEN", "138", "happened")
    assert ("Oslandia", "source") in roles(threat)


def test_a_threat_is_aimed_at_the_doer_of_its_condition(run):
    article = run("Varnia will attack the border posts unless Tesh withdraws its troops.")
    assert not [e for e in article.events if e.trigger.text == "withdraws"]
    threat = at(article, "attack")
    assert threat.type == "THREATEN"
    assert ("Varnia", "source") in roles(threat)
    # a warning that holds out harm on a condition is one threat, not two
    events = run("Oslandia warned it would impose sanctions if the deal went ahead.").events
    assert [e.type for e in events] == ["THREATEN"]
    threat = at(run("Oslandia warned Tesh it would retaliate if the crew were not released."),
                "warned")
    assert (threat.cameo, threat.summary) == ("138", "Oslandia threatens to retaliate against Tesh")


def test_a_harm_with_no_condition_or_negated_is_no_threat(run):
    # a plan with no condition stays the act planned
    plan = at(run("Varnia will bomb the rebel camps on Friday."), "bomb")
    assert plan.type == "ASSAULT"
    # an assurance is no threat
    events = run("Varnia would not attack unless it was attacked first.").events
    assert not [e for e in events if e.type == "THREATEN"]


def test_an_act_said_to_be_a_must_is_a_demand_by_the_speaker(run):
    article = run("The port authority chief welcomed the step but said the cargo must also "
                  "be returned.")
    demand = at(article, "returned")
    # a return asked for is a demand that the other side yield (CAMEO 105)
    assert (demand.type, demand.cameo, demand.modality) == ("REQUEST", "105", "happened")
    assert any(role == "source" and "chief" in text for text, role in roles(demand))
    assert not [e for e in article.events if e.type == "RETREAT"]


def test_a_demand_is_aimed_at_whoever_must_act(run):
    demand = at(run("Minister Ana Kovac said Tesh must release the fishermen."), "release")
    assert demand.type == "REQUEST"
    assert ("Ana Kovac", "source") in roles(demand)
    assert ("Tesh", "target") in roles(demand)
    assert demand.summary == "Ana Kovac demands that Tesh release the fishermen"


def test_an_agreement_reached_at_a_meeting_is_with_the_one_met(run):
    article = run("On Friday Prime Minister Ana Kovac met President Ivo Brandt and agreed to "
                  "open a ferry line between their ports.")
    deal = at(article, "agreed")
    assert deal.type == "AGREE"
    assert ("Ana Kovac", "source") in roles(deal)
    assert any(text == "Ivo Brandt" for text, _role in roles(deal))
    assert deal.summary == "Ana Kovac agrees with Ivo Brandt to open a ferry line"


def test_a_summit_held_has_the_members_its_noun_names(run):
    summit = at(run("A summit of five presidents was held in Varn on Sunday."), "held")
    assert summit.type == "CONSULT"
    assert ("five presidents", "participant") in roles(summit)


def test_a_joint_statement_is_cooperation_and_one_sides_statement_no_event(run):
    joint = at(run("Oslandia and Tesh issued a joint communique on Friday."), "issued")
    assert (joint.type, joint.cameo) == ("SUPPORT", "050")
    assert {("Oslandia", "source"), ("Tesh", "source")} <= roles(joint)
    assert run("Oslandia issued a statement on Friday.").events == []


def test_a_vessel_boarded_by_armed_men_is_seized_by_passengers_not(run):
    seizure = at(run("Marines boarded the trawler off Varn on Sunday."), "boarded")
    assert (seizure.type, seizure.cameo) == ("COERCE", "171")
    assert seizure.summary == "Marines board the trawler"
    assert run("Tourists boarded the ferry in Varn on Sunday.").events == []
