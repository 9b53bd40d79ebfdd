"""Events from a third analyst's walk (a prisoner swap, a protest crackdown, a dam breach):
a promise told through "said it would" is a planned event, a trip's purpose is only
intended, an open question tells nothing, captives held or swapped are the ones acted
on, a failed dam is no actor, and a clause opened by "after" keeps its own subject.

Every sentence is invented; expected values are written by hand from reading it.
"""
import pytest

from event_support import at, dated_annotator, roles


@pytest.fixture(scope="module")
def run():
    return dated_annotator("w3", published="2025-11-18")


def test_a_sum_given_in_dollars_is_aid_planned_when_promised(run):
    article = run("The Halden Fund said on Monday it would give $5 million to help fishermen.")
    aid = at(article, "give")
    assert (aid.type, aid.cameo, aid.modality) == ("AID", "071", "planned")
    assert ("Halden Fund", "source") in {(a.canonical, a.role) for a in aid.actors}
    # a payment for goods or work is no aid, in dollars or not
    assert not run("The collector Ivo Klaw paid $80 for the photographs.").events


def test_opening_a_dialogue_is_a_planned_meeting(run):
    article = run("Chancellor Ruta Selm said she would open a dialogue with the dock unions "
                  "next week.")
    talks = at(article, "open")
    assert (talks.type, talks.cameo, talks.modality) == ("CONSULT", "046", "planned")
    assert ("the dock unions", "target") in roles(talks)


def test_captives_held_or_swapped_are_the_ones_acted_on(run):
    held = at(run("Police held 45 protesters overnight in Varrow."), "held")
    assert (held.type, held.cameo) == ("COERCE", "173")
    assert ("45 protesters", "target") in roles(held)
    swapped = at(run("Three hostages were swapped at the Osk crossing on Sunday."), "swapped")
    assert (swapped.cameo, swapped.modality) == ("0841", "happened")
    assert ("Three hostages", "target") in roles(swapped)


def test_holding_a_meeting_or_rally_stays_what_it_was(run):
    talks = at(run("The rebels held talks with the army in Varrow."), "held")
    assert talks.type == "CONSULT"
    rally = at(run("The farmers' union held a rally in Varrow."), "held")
    assert rally.type == "PROTEST"


def test_leaving_office_is_a_resignation(run):
    event = at(run("The harbour minister, Ola Brek, left office on Friday."), "left")
    assert (event.type, event.cameo) == ("CONCEDE", "080")
    assert not event.location  # no trip: "office" is no destination


def test_ordering_the_release_of_prisoners_frees_them_and_of_papers_nothing(run):
    event = at(run("Governor Eli Brant ordered the release of 30 prisoners."), "ordered")
    assert (event.cameo, event.type) == ("0841", "RETREAT")
    assert ("30 prisoners", "target") in roles(event)
    assert ("Eli Brant", "source") in {(a.canonical, a.role) for a in event.actors}
    assert not run("The judge ordered the release of the documents.").events


def test_a_trips_purpose_is_only_intended(run):
    article = run("The envoy Ivar Lund travelled to Osk to meet President Tove Harm.")
    meeting = at(article, "meet")
    assert meeting.modality == "planned"
    assert at(article, "travelled").modality == "happened"


def test_an_open_question_tells_no_event(run):
    assert not run("The mediator did not say how many hostages would be released.").events
    assert not run("It was unclear whether the rebels would release the hostages.").events
    # a question answered in the telling keeps its act
    told = at(run("Minister Ivar Lund explained how the rebels released the hostages."), "released")
    assert told.modality == "happened"


def test_a_chosen_way_is_no_act(run):
    article = run("Two old rivals have chosen talking over fighting, Mayor Tove Harm said.")
    assert not [e for e in article.events if e.trigger.text == "talking"]
    assert not run("The rebels opted for negotiating with the army.").events


def test_a_failed_dam_is_no_actor(run):
    article = run("The Orne Dam on the Velk river burst on Tuesday, sending a wall of water "
                  "through Ashmere and killing five people.")
    assert not article.events
    # a dam broken by someone keeps its doers
    blast = run("Rebels blew up the Orne Dam, killing five people.")
    assert ("Rebels", "source") in roles(at(blast, "killing"))


def test_a_clause_opened_by_after_keeps_its_own_subject(run):
    # the small parser reads "after" as a preposition and hangs the minister on it
    article = run("President Marta Olven said on Friday she would open a round of talks with "
                  "farmers and student unions next Monday, a day after her interior minister, "
                  "Pavel Dorn, resigned over the handling of the strikes.")
    resigned = at(article, "resigned")
    sources = {a.canonical for a in resigned.actors if a.role == "source"}
    assert sources and "Marta Olven" not in sources
