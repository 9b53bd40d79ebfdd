"""Events on unseen articles (sample K's causes, fixed in general form): commands urged,
pacts sealed, rallying to someone, figures that decline, pictures captured, voters who
turn up to vote.

Every sentence is invented; expected values are written by hand from reading it.
"""
import pytest

from event_support import at, dated_annotator


@pytest.fixture(scope="module")
def run():
    return dated_annotator("k")


def test_a_command_is_urged_not_done(run):
    event = at(run("Or support Tam Orrin, who will lead the opposition in the assembly."), "support")
    assert (event.type, event.modality) == ("SUPPORT", "uncertain")
    assert at(run("Release the prisoners now."), "Release").modality == "uncertain"
    # a statement with a subject stays what happened
    assert at(run("Veloria released the prisoners on Monday."), "released").modality == "happened"


def test_a_sealed_pact_is_signed_not_a_blockade(run):
    event = at(run("Veloria sealed a trade pact with Karsk last year."), "sealed")
    assert (event.type, event.cameo) == ("SUPPORT", "057")
    assert {(a.text, a.role) for a in event.actors} >= {("Veloria", "source")}
    # sealing a border still closes it
    event = at(run("The Karsk army sealed the border with Veloria."), "sealed")
    assert (event.type, event.cameo) == ("COERCE", "191")


def test_rallying_to_someone_is_support_not_a_protest(run):
    event = at(run("The party has not yet rallied to her call."), "rallied")
    assert (event.type, event.cameo, event.modality) == ("SUPPORT", "053", "denied")


def test_a_figure_that_declines_refuses_nothing(run):
    assert run("Turnout declined in almost every province, dropping 40 percent in Varn.").events == []
    assert run("Exports declined sharply last year.").events == []
    # a refusal keeps its object, or stands bare after a request
    event = at(run("The minister declined the invitation from Karsk."), "declined")
    assert (event.type, event.modality) == ("REJECT", "happened")
    assert at(run("Asked to meet the rebels, the minister declined."), "declined").type == "REJECT"


def test_a_captured_picture_is_no_seizure(run):
    article = run("A video captured by a bystander showed the crowd outside the embassy.")
    assert [e for e in article.events if e.trigger.text.startswith("captured")] == []
    # rebels taking a town or soldiers still seize them
    event = at(run("Rebels captured the town of Varn on Monday."), "captured")
    assert event.type == "ASSAULT"
    assert at(run("Rebels captured two soldiers near the border."), "captured").type == "ASSAULT"


def test_voters_who_turn_up_to_vote_are_no_party(run):
    article = run("Thousands of new voters showed up at the polls to vote for Tam Orrin.")
    assert [e for e in article.events if e.trigger.text.startswith("vote")] == []


def test_a_gerund_a_present_claim_is_about_is_not_done(run):
    event = at(run("The faction tells itself that not voting for Tam Orrin does not mean "
                   "backing Karsk."), "voting")
    assert event.modality == "uncertain"
    assert at(run("Meeting the rebels sends a signal to Karsk."), "Meeting").modality == "uncertain"
    # a past verb tells of a deed done
    assert at(run("Meeting the rebels angered Karsk."), "Meeting").modality == "happened"


def test_repeated_calls_and_a_described_trait_take_no_story_date(run):
    article = run("On Tuesday night Veloria won the vote in Varn. She contrasted her view with "
                  "Mr. Karsk's calls for tighter gun control, and courted activists who have "
                  "demanded that candidates act. She met Tam Orrin.")
    assert at(article, "calls").date is None
    assert at(article, "demanded").date is None
    # a step of the story keeps the day the story is on (Tuesday before 2023-03-22)
    assert at(article, "met").date == "2023-03-21"


def test_a_service_that_works_with_people_is_a_trade(run):
    article = run("Gunmen attacked a nonprofit center that works with individuals with disabilities.")
    assert [e for e in article.events if e.trigger.text.startswith("works")] == []
    assert at(article, "attacked").type == "ASSAULT"
    # working with a party stays cooperation
    event = at(run("Karsk works with the rebels in the north."), "works")
    assert (event.type, event.cameo) == ("COOPERATE", "060")


def test_what_would_not_follow_from_a_condition_is_unreal_not_denied(run):
    event = at(run("If Karsk were an enemy, he would not have met the envoy."), "met")
    assert event.modality == "uncertain"
    # a plain refusal stays denied
    assert at(run("Karsk did not meet the envoy."), "meet").modality == "denied"


def test_a_play_returned_is_no_release(run):
    assert run("Tam Orrin also returned three punts for touchdowns.").events == []
    event = at(run("Veloria returned two prisoners to Karsk."), "returned")
    assert (event.type, event.cameo) == ("RETREAT", "084")


def test_strength_or_voters_mustered_are_no_force(run):
    assert run("Voters mustered similar strength in 2012 to back him.").events == []
    assert run("The party mobilized voters in Varn.").events == []
    event = at(run("Karsk mobilized 20,000 troops on the border."), "mobilized")
    assert (event.type, event.cameo) == ("MOBILIZE", "154")


def test_a_condition_is_no_event_dated_or_not(run):
    article = run("Last month, Karsk suggested that Veloria should be punished if it attacked "
                  "the border posts.")
    # what a main clause hangs on is no event of its own (walk 2), dated or not
    assert not [e for e in article.events if e.trigger.text == "attacked"]
    events = run("If Veloria attacks on Friday, Karsk will respond.").events
    assert not [e for e in events if e.trigger.text == "attacks"]

