"""Events on unseen articles (sample J's causes, fixed in general form): hearsay, views,
deportation and refuge, rule texts, lists of powers, kinds wished for, subjects naming no
one, trades, sums given, the electorate's backing.

Every sentence is invented; expected values are written by hand from reading it.
"""
import pytest

from event_support import at, dated_annotator, roles


@pytest.fixture(scope="module")
def run():
    return dated_annotator("u")


def test_a_hearsay_passive_is_reported(run):
    event = at(run("Some advisers are said to be urging the governor to resign."), "urging")
    assert (event.type, event.modality) == ("REQUEST", "reported")
    assert at(run("The minister is believed to have met the rebels."), "met").modality == "reported"
    # asked to meet: a request, not hearsay
    assert at(run("The minister was asked to meet the rebels."), "meet").modality == "planned"


def test_agreeing_with_an_opinion_or_a_fact_is_a_view(run):
    assert run("Former President Tam Orrin agreed with the analysis.").events == []
    assert run("The analyst agreed that the shift was a matter of geography.").events == []
    assert run("The paper published an editorial that endorses this view.").events == []
    # agreeing on what is to be done, or endorsing a person, stays an act
    event = at(run("Veloria and Karsk agreed that troops would withdraw by March."), "agreed")
    assert (event.type, event.cameo) == ("AGREE", "030")
    event = at(run("Veloria endorsed Tam Orrin for president."), "endorsed")
    assert (event.type, event.cameo) == ("SUPPORT", "051")


def test_people_returned_are_sent_back_not_travelling(run):
    event = at(run("The Karsk government returned the prisoners to Veloria."), "returned")
    assert (event.type, event.cameo) == ("RETREAT", "084")
    event = at(run("Veloria returned the migrants to Turkey."), "returned")
    assert (event.type, event.cameo) == ("COERCE", "174")
    assert ("the migrants", "target") in roles(event)
    # one's own return is still a trip
    event = at(run("Tam Orrin returned to Veloria on Monday."), "returned")
    assert (event.type, event.cameo) == ("CONSULT", "042")


def test_taking_in_refugees_is_refuge_given(run):
    # an act only floated as a notion is not told as done
    event = at(run("Jeb Bush floated the notion of admitting Christian refugees from Syria."), "admitting")
    assert (event.cameo, event.modality) == ("075", "uncertain")
    event = at(run("Let the United Nations advise other countries to accept the refugees."), "accept")
    assert (event.type, event.cameo, event.modality) == ("AID", "075", "planned")
    assert roles(event) == {("other countries", "source"), ("the refugees", "target")}


def test_a_subject_that_names_no_one_denies_the_act(run):
    event = at(run("No country has recognized Veloria."), "recognized")
    assert event.modality == "denied"
    assert roles(event) == {("Veloria", "target")}
    event = at(run("None of them will come out and support Tam Orrin."), "support")
    assert event.modality == "denied"
    # "no one but X" names X as the one who did it
    event = at(run("Other ideas need ground troops, which no candidate but Tam Orrin has championed."),
               "championed")
    assert event.modality == "happened"
    assert ("Tam Orrin", "source") in roles(event)
    assert "no candidate" not in {a.text for a in event.actors}


def test_verbs_joined_before_one_object_share_it(run):
    article = run("Veloria will expel or deport the migrants.")
    event = at(article, "expel")
    assert (event.trigger.text, event.cameo, event.modality) == ("expel", "174", "planned")


def test_what_a_rule_text_requires_is_an_obligation(run):
    event = at(run("The law required federal agencies to consult with scientists."), "consult")
    assert event.modality == "uncertain"
    assert roles(event) == {("federal agencies", "source"), ("scientists", "target")}
    # a person's requirement is an order, still to be carried out
    assert at(run("The president required the ministers to meet the rebels."), "meet").modality == "planned"


def test_a_list_of_powers_after_a_colon_tells_no_act(run):
    article = run("The bank was given new powers: to advise the government, to lend its own "
                  "money to agencies, and to finance private enterprise.")
    assert at(article, "lend").modality == "uncertain"
    assert at(article, "finance").modality == "uncertain"


def test_a_kind_wished_for_is_not_done(run):
    article = run("The climate needs such a policy, supported by the White House and ratified by Congress.")
    assert at(article, "supported").modality == "uncertain"
    assert at(article, "ratified").modality == "uncertain"
    article = run("The law was supported by the White House and ratified by Congress.")
    assert at(article, "ratified").modality == "happened"


def test_an_act_got_done_takes_the_modality_of_the_getting(run):
    event = at(run("Another strategy that has been talked about - getting Congress to disapprove "
                   "the rules - carries political risks."), "disapprove")
    assert event.modality == "uncertain"


def test_money_paid_in_exchange_is_a_trade_and_a_sum_for_support_is_aid(run):
    assert run("The law forced credit unions to hand over their cash in exchange for bonds.").events == []
    event = at(run("Veloria gave Karsk 5 million dollars in aid."), "gave")
    assert (event.type, event.cameo) == ("AID", "071")
    event = at(run("Tam Orrin welcomed the EU's financial contribution to support Turkey and refugee "
                   "communities in Turkey."), "support")
    assert (event.type, event.cameo, event.modality) == ("AID", "071", "happened")


def test_a_business_setting_up_shop_is_no_agreement(run):
    assert run("Corporations were willing to set up shop there.").events == []
    event = at(run("Veloria and Karsk set up a joint commission."), "set")
    assert (event.type, event.cameo) == ("AGREE", "030")


def test_the_electorate_backing_a_candidate_is_no_act(run):
    assert run("Voters prefer to back a winner.").events == []
    assert run("African-Americans started supporting him with their vote.").events == []
    assert run("Obama was just as popular in October, when black voters were backing Clinton.").events == []
    # people named by where they are, not as voters, still back or refuse someone
    event = at(run("Trump suggested that the people in the room would not support him."), "support")
    assert (event.type, event.modality) == ("SUPPORT", "denied")
    event = at(run("Republican leaders are backing Trump."), "backing")
    assert (event.type, event.cameo) == ("SUPPORT", "051")
    assert ("Republican leaders", "source") in roles(event)


def test_a_club_dealing_with_a_player_is_no_political_act(run):
    assert run("The Angels have made an eight-year offer to free agent first baseman Tam Orrin.").events == []
    assert run("On Friday, outfielder Tam Orrin signed a three-year contract with the Phillies.").events == []
    # a player arrested is still coerced, and an offer between states still an offer
    event = at(run("Police arrested the quarterback Tam Orrin on Monday."), "arrested")
    assert (event.type, event.cameo) == ("COERCE", "173")
    event = at(run("Veloria made an offer to Karsk."), "made an offer")
    assert (event.type, event.cameo) == ("AGREE", "030")


# review of round 10 (issue 5): each sentence below failed before its fix

def test_a_joined_clause_with_its_own_subject_is_not_denied_by_the_first(run):
    event = at(run("No one objected, and Veloria signed the treaty with Karsk."), "signed")
    assert event.modality == "happened"
    assert ("Veloria", "source") in roles(event)
    event = at(run("Nobody protested and the army shelled the village."), "shelled")
    assert (event.type, event.modality) == ("ASSAULT", "happened")
    # a conjunct that shares the "no one" subject is still denied
    assert at(run("No country objected and signed the treaty with Karsk."), "signed").modality == "denied"


def test_a_hunger_striker_is_no_player(run):
    event = at(run("The hunger striker rejected the ministry's offer."), "rejected")
    assert (event.type, event.cameo) == ("REJECT", "125")
    assert ("The hunger striker", "source") in roles(event)


def test_a_company_set_up_together_is_an_agreement(run):
    event = at(run("Veloria and Karsk set up a joint company in Marenza."), "set")
    assert (event.type, event.cameo) == ("AGREE", "030")
    assert {("Veloria", "source"), ("Karsk", "source")} <= roles(event)
    event = at(run("Veloria set up a company with Karsk."), "set")
    assert (event.type, event.cameo) == ("AGREE", "030")
    # one firm settling its own business still agrees nothing
    assert run("The carmaker set up a company in Marenza.").events == []


def test_people_accepted_in_the_passive_keep_their_target(run):
    event = at(run("The refugees were accepted by Veloria."), "accepted")
    assert (event.type, event.cameo) == ("AID", "075")
    assert roles(event) == {("Veloria", "source"), ("The refugees", "target")}


def test_a_plea_after_a_reported_perfect_belongs_to_the_teller(run):
    text = ("The Marenza Chamber of Commerce said farmers had lost millions in sales since the "
            "border closed, and urged both governments to reopen the crossing.")
    event = at(run(text), "urged")
    assert (event.type, event.cameo) == ("REQUEST", "100")
    assert roles(event) == {("The Marenza Chamber of Commerce", "source"), ("both governments", "target")}
    event = at(run("The ministry says prices have risen, and urges Karsk to cut tariffs."), "urges")
    assert ("The ministry", "source") in roles(event)
    # with no comma and a shared "had", the reported doers still do the second act
    event = at(run("Officials said the troops had crossed the border and attacked the village."), "attacked")
    assert ("the troops", "source") in roles(event)
