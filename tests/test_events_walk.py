"""Events in new domains an analyst walked through (disaster relief, tariff talks, a trial):
harm done by a quake or a disease is no assault, trade measures are coded alike and aimed
at the goods' country, a denial of a claim is one event, "is expected to ... on Friday" is a
plan, "according to farmers" is hearsay, a wish or an attempt is no deed done, relief flights
are aid, court releases and testimony are coded, and evidence sentences keep no paragraph break.

Every sentence is invented; expected values are written by hand from reading it.
"""
import pytest

from event_support import at, dated_annotator, kinds, roles


@pytest.fixture(scope="module")
def run():
    return dated_annotator("w", published="2024-09-10")



def test_a_quake_that_kills_is_no_assault(run):
    text = ("Relief teams arrived in Iquique on Friday, two days after an earthquake that "
            "shook northern Chile on Wednesday killed at least 30 people.")
    assert not [e for e in run(text).events if e.type == "ASSAULT"]
    assert kinds(run("Malaria has killed 300 people in the province this year.")) == []
    # gunmen are someone: their killing is an assault
    event = at(run("Gunmen killed 12 villagers near Iquique on Monday."), "killed")
    assert event.type == "ASSAULT"


def test_a_hazard_cutting_off_towns_is_no_sanction(run):
    assert kinds(run("Landslides have cut off villages in the north.")) == []
    # the army is someone: what it cuts off is a sanction
    event = at(run("The army has cut off supplies to the rebel villages."), "cut")
    assert event.type == "SANCTION"


def test_tariffs_raised_imposed_or_cut_are_coded_with_their_target(run):
    raised = at(run("Ghana raised duties on Togolese cement to 30 percent."), "raised")
    assert (raised.type, raised.cameo) == ("COERCE", "163")
    assert ("Ghana", "source") in roles(raised)
    assert [a.role for a in raised.actors if a.canonical == "Togo"] == ["target"]
    imposed = at(run("Ghana imposed a 30 percent tariff on Togolese cement."), "imposed")
    assert [a.role for a in imposed.actors if a.canonical == "Togo"] == ["target"]
    cut = at(run("Ghana cut its duty on Togolese cement to 5 percent."), "cut")
    assert (cut.type, cut.cameo) == ("RETREAT", "085")


def test_halting_or_banning_imports_is_one_code_aimed_at_the_supplier(run):
    suspended = at(run("Togo suspended imports of Ghanaian poultry."), "suspended")
    banned = at(run("Togo banned imports of Ghanaian poultry."), "banned")
    for event in (suspended, banned):
        assert (event.type, event.cameo) == ("COERCE", "163")
        assert [a.role for a in event.actors if a.canonical == "Ghana"] == ["target"]
        assert "ties" not in event.summary
    assert suspended.summary == "Togo halts imports from Ghana"


def test_denying_a_deal_is_one_denied_event(run):
    article = run("Ghana's government denied that it had agreed to drop a levy on Togolese cement.")
    assert [(e.type, e.modality) for e in article.events] == [("AGREE", "denied")]
    # with no event in the clause, the denial itself is kept
    event = at(run("The minister denied that the funds had been stolen."), "denied")
    assert event.type == "REJECT"


def test_expected_on_a_named_day_is_planned(run):
    event = at(run("Ghana and Togo are expected to sign a trade accord on Friday."), "sign")
    assert (event.modality, event.date) == ("planned", "2024-09-13")
    # a forecast with no day set, or a guess of observers, stays uncertain
    event = at(run("Ghana and Togo are expected to sign a trade accord."), "sign")
    assert event.modality == "uncertain"
    event = at(run("The president is widely expected to attend the summit on Friday."), "attend")
    assert event.modality == "uncertain"


def test_according_to_someone_is_reported(run):
    text = "According to farmers, Togo halted imports of Ghanaian poultry last week."
    assert at(run(text), "halted").modality == "reported"
    # terms laid down by an accord are no hearsay
    text = "According to the accord, Togo will lift its ban on Ghanaian poultry."
    assert at(run(text), "lift").modality == "planned"


def test_an_attempt_or_a_wish_is_not_done(run):
    text = "Officials said firefighters were still trying to reach the stranded hamlets."
    assert all(e.modality != "happened" for e in run(text).events)
    assert all(e.modality != "happened" for e in run("Togo wants a fair trade deal with Ghana.").events)
    signed = at(run("Togo signed a trade deal with Ghana on Monday."), "signed")
    assert signed.modality == "happened"


def test_relief_flights_are_aid(run):
    event = at(run("The first Red Cross relief flights landed in Iquique on Friday."), "flights")
    assert (event.type, event.cameo, event.modality) == ("AID", "073", "happened")
    assert ("Red Cross", "source") in roles(event)


def test_court_releases_and_testimony_are_coded(run):
    acquitted = at(run("The court acquitted the former governor on Monday."), "acquitted")
    assert (acquitted.type, acquitted.cameo) == ("RETREAT", "0841")
    assert ("the former governor", "target") in roles(acquitted)
    bail = at(run("The judge granted bail to the former governor."), "granted")
    assert bail.cameo == "0841"
    testimony = at(run("A former aide testified against the governor."), "testified")
    assert (testimony.type, testimony.cameo) == ("ACCUSE", "112")
    assert ("the governor", "target") in roles(testimony)


def test_the_evidence_sentence_keeps_no_paragraph_break(run):
    text = "Ghana imposed a tariff on Togolese cement.\n\nTalks resume on Monday."
    event = at(run(text), "imposed")
    assert event.sentence.text == "Ghana imposed a tariff on Togolese cement."
    assert text[event.sentence.start:event.sentence.end] == event.sentence.text


def test_asked_to_leave_a_job_is_no_expulsion(run):
    article = run("The editor was asked to leave the newspaper in March.")
    assert not [e for e in article.events if e.type == "SANCTION"]
    event = at(run("Ghana ordered the envoy to leave."), "ordered")
    assert (event.type, event.cameo) == ("SANCTION", "166")


def test_what_a_law_would_allow_is_no_concession(run):
    text = "Ghana's parliament passed the bill on Monday. It would allow the president to seek a third term."
    assert not [e for e in run(text).events if e.type == "CONCEDE"]
    # a country saying it would allow something concedes it
    assert at(run("Ghana said it would allow the ships to dock."), "allow").type == "CONCEDE"


def test_a_private_persons_sightseeing_is_no_visit(run):
    assert kinds(run("Ana Ruiz, a nurse from Lima, visited the cathedral on Sunday.")) == []
    event = at(run("Sergei Lavrov, Russia's foreign minister, visited Beijing on Monday."), "visited")
    assert event.type == "CONSULT"


def test_a_trial_of_someone_is_legal_action_against_them(run):
    event = at(run("The trial of Kofi Mensah opened in the Accra High Court on Monday."), "trial")
    assert (event.type, event.cameo, event.modality) == ("COERCE", "173", "happened")
    assert ("Kofi Mensah", "target") in roles(event)
    # the owner of "his trial" is the one tried
    event = at(run("Mensah was driven to his trial for fraud on Monday."), "trial")
    assert [a.role for a in event.actors] == ["target"]
    # a trial set for a day, or put off, is still to come
    event = at(run("The judge set the trial of Kofi Mensah for October 16."), "trial")
    assert event.modality == "planned"
    event = at(run("The court postponed the trial of Kofi Mensah to November."), "trial")
    assert event.modality == "planned"
    # a test is no court case
    assert kinds(run("The firm began a clinical trial of the vaccine in Accra.")) == []
    assert kinds(run("The firm began a trial of the new vaccine in Accra.")) == []
