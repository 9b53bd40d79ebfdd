"""Events on unseen articles (sample L's causes, fixed in general form): participles used
as adjectives, a poll's shares of a group, "to blame", "confirm or deny", debts paid,
securities downgraded, topics discussed, deeds one is told to do, "no reason why ... not",
things released through a pronoun, portraits captured.

Every sentence is invented; expected values are written by hand from reading it.
"""
import pytest

from event_support import at, dated_annotator, kinds, roles


@pytest.fixture(scope="module")
def run():
    return dated_annotator("l")



def test_a_hyphen_compound_participle_is_an_adjective(run):
    assert kinds(run("Family members are introduced - and often star-struck.")) == []
    # a verb of force with an object is still an attack
    assert at(run("Karsk troops struck the border town on Monday."), "struck").type == "ASSAULT"


def test_a_participle_describing_a_thing_is_no_act(run):
    text = "The Velorian parliament cut back the ritual because it is demanding and time-consuming."
    assert kinds(run(text)) == []
    # "it" for a country doing something keeps the act
    assert at(run("Karsk said it is retaliating."), "retaliating").type == "ASSAULT"


def test_shares_of_a_group_in_a_poll_back_no_one(run):
    text = "Nearly 60 percent of Velorians who said they had backed Tam Orrin now support Lia Varn."
    assert kinds(run(text)) == []
    assert kinds(run("Most Karsk voters oppose the treaty, a new poll found.")) == []
    # a party backing a candidate is support
    event = at(run("The Velorian Unity Party backed Tam Orrin on Monday."), "backed")
    assert event.type == "SUPPORT"


def test_who_is_to_blame_is_the_one_blamed(run):
    event = at(run("Analysts say the Veloria government is not to blame for the shortage."), "blame")
    assert (event.type, event.modality) == ("ACCUSE", "denied")
    assert ("government", "target") in roles(event)
    assert not any(role == "source" for _, role in roles(event))


def test_confirming_or_denying_nothing_is_no_rejection(run):
    assert kinds(run("The minister declined to confirm or deny reports that talks had begun.")) == []
    assert kinds(run("Karsk would neither confirm nor deny that its troops had crossed the border.")) == []
    event = at(run("Karsk denied Veloria's request for talks."), "denied")
    assert event.type == "REJECT"


def test_a_debt_paid_is_no_aid(run):
    assert kinds(run("Veloria paid off its loans to the bank last year.")) == []


def test_securities_downgraded_are_no_sanction(run):
    assert kinds(run("Last week, a rating agency downgraded Karsk Bank's bonds.")) == []
    event = at(run("Karsk downgraded its ties with Veloria."), "downgraded")
    assert (event.type, event.cameo) == ("SANCTION", "161")
    assert ("Veloria", "target") in roles(event)


def test_a_topic_discussed_by_no_one_is_no_consultation(run):
    article = run("Orrin urged the minister to hold firm in discussing the Karsk Trade Council.")
    assert kinds(article) == [("urged", "REQUEST")]
    assert at(run("The ministers discussed trade in Varn on Monday."), "discussed").type == "CONSULT"


def test_what_one_is_told_to_do_is_planned(run):
    text = "The paper's editorial told the governor to leave his resort and visit the flooded towns."
    event = at(run(text), "visit")
    assert (event.type, event.modality) == ("CONSULT", "planned")
    assert at(run("The general ordered the troops to withdraw from Varn."), "withdraw").modality == "planned"
    # a deed told as done stays done
    assert at(run("Orrin told reporters he visited Karsk in May."), "visited").modality == "happened"


def test_no_reason_why_not_argues_for_the_deed(run):
    text = "There's no reason why Karsk should not meet Veloria's envoy, Orrin said."
    assert at(run(text), "meet").modality == "uncertain"
    assert at(run("Karsk should not meet Veloria's envoy, Orrin said."), "meet").modality == "denied"


def test_papers_released_through_a_pronoun_free_no_one(run):
    text = "Reporters pressed Orrin on his taxes, insisting that he should release them before the vote."
    assert kinds(run(text)) == [("pressed", "REQUEST")]


def test_a_portrait_captured_is_no_capture(run):
    assert kinds(run("Guests line up for a portrait, captured by the official palace photographer.")) == []


def test_parties_hosted_in_a_relative_clause_are_no_meeting(run):
    text = ("Tam Orrin and his wife worked a photo line at each of the holiday parties he hosted "
            "in 2019.")
    assert kinds(run(text)) == []
    # a summit hosted, told the same way, is still hosting a meeting
    event = at(run("The summit Orrin hosted in May ended without a deal."), "hosted")
    assert (event.type, event.cameo) == ("CONSULT", "043")


def test_keeping_a_body_from_failing_coerces_no_one(run):
    text = ("If the two spoke about the budget deal needed to prevent the government from "
            "shutting down, neither side would say so.")
    assert kinds(run(text)) == []
    event = at(run("Karsk police prevented the refugees from entering the country."), "prevented")
    assert event.type == "COERCE"
    assert ("the refugees", "target") in roles(event)


def test_a_relative_clause_takes_no_date_of_the_main_clause(run):
    article = run("Late this afternoon, Orrin met agents who conducted the inquiry into the Karsk bank.")
    assert at(article, "met").date == "2023-03-22"
    assert at(article, "conducted").date is None
    # a time phrase inside the clause is its own
    article = run("On Monday, Orrin met Varn, who arrived in Karsk on Sunday.")
    assert at(article, "arrived").date == "2023-03-19"


def test_a_present_perfect_takes_no_date_of_another_clause(run):
    text = "Since Karsk Holdings bought the bank in February, it has agreed to sell two of its units."
    assert at(run(text), "agreed").date is None


def test_guests_invited_to_a_party_are_no_talks(run):
    assert kinds(run("The Karsk government invited 300 guests to a party.")) == []
    event = at(run("Orrin invited Varn to talks in Karsk."), "invited")
    assert (event.type, event.cameo) == ("AGREE", "036")
