"""Merging and summary text from a third analyst's walk (a prisoner exchange, a protest
crackdown, a dam breach): a count the latest report says was revised is an update, not
outlets disagreeing, nor is a plan put off to a later day; a group named by its nationality
("Tarvian negotiators") acts for its country; summaries say no internal keys (a group
number, a capital a generic noun had only for opening its sentence), a count conflict says
the noun as written, and a "what it called X" object names X.

Every sentence is invented; expected values are written by hand from reading it.
"""
import pytest

from event_support import at, dated_annotator
from storyline.events.summary import shown_name
from storyline.fuse.event_conflicts import count_conflicts
from storyline.fuse.event_match import country_atom, national_group, parties
from storyline.fuse.events import merge_events
from storyline.model import Actor, Article, Event, Span
from storyline.report.conflicts import conflict_line
from storyline.report.markdown import timeline_markdown
from storyline.report.story_summary import conflict_sentence, counted_what


def toll(article, number, sentence):
    """A mention of a flood that killed ``number`` people, as the events stage sets it."""
    trigger = "killed"
    at_ = sentence.index(trigger)
    return Event(article=article, trigger=Span(at_, at_ + len(trigger), trigger),
                 sentence=Span(0, len(sentence), sentence), type="ASSAULT", cameo="190",
                 actors=[Actor(start=0, end=9, text="The flood", role="source",
                               canonical="The flood")],
                 quantities=[["people", number, f"{number} people"]])


def articles(*rows):
    return {aid: Article(id=aid, text="x", outlet=outlet, published=day)
            for aid, outlet, day in rows}


TOLL_ARTICLES = articles(("a", "Harbour Post", "2025-06-02T08:00:00+00:00"),
                         ("b", "Ridge Times", "2025-06-03T09:00:00+00:00"),
                         ("c", "Lowland Wire", "2025-06-04T10:00:00+00:00"))


def test_a_count_revised_by_the_latest_report_is_a_history_not_a_conflict():
    cluster = [toll("a", 5, "The flood killed 5 people in Orrin, officials said."),
               toll("b", 8, "The flood killed 8 people, the mayor said."),
               toll("c", 11, "The number of people killed by the flood has risen to 11 "
                             "people, the agency said.")]
    [found] = count_conflicts(cluster, TOLL_ARTICLES)
    assert found["revised"] is True and found["latest"] == 11
    assert [v["value"] for v in found["values"]] == [5, 8, 11]  # as published
    assert [v["outlets"] for v in found["values"]] == [["Harbour Post"], ["Ridge Times"],
                                                       ["Lowland Wire"]]
    line = conflict_line(found)
    assert line == ("count revised: 5 people (Harbour Post) → 8 people (Ridge Times) → "
                    "11 people (Lowland Wire)")
    # a revision is no outlets differing: the story summary says nothing of it
    assert conflict_sentence({"summary": "The flood kills 11 people"}, found, {}) is None


def test_counts_with_no_revision_said_are_outlets_disagreeing():
    cluster = [toll("a", 5, "The flood killed 5 people in Orrin, officials said."),
               toll("c", 11, "The flood killed 11 people, the agency said.")]
    [found] = count_conflicts(cluster, TOLL_ARTICLES)
    assert "revised" not in found
    assert [v["value"] for v in found["values"]] == [5, 11]


def test_a_revision_an_earlier_report_already_gave_or_a_later_one_denies_is_a_conflict():
    # the revising report is not the latest: a later outlet still says 8
    cluster = [toll("a", 5, "The flood killed 5 people in Orrin, officials said."),
               toll("b", 11, "The toll has risen to 11 people after the flood killed more."),
               toll("c", 8, "The flood killed 8 people, the mayor said.")]
    [found] = count_conflicts(cluster, TOLL_ARTICLES)
    assert "revised" not in found


def test_the_markdown_timeline_shows_a_revision_without_a_warning():
    event = {"date": "2025-06-01", "summary": "The flood kills 11 people", "type": "ASSAULT",
             "modality": "happened", "sources": [],
             "conflicts": [{"field": "count", "noun": "people", "revised": True, "latest": 11,
                            "values": [{"value": 5, "text": "5 people", "outlets": ["A"]},
                                       {"value": 11, "text": "11 people", "outlets": ["B"]}]}]}
    text = timeline_markdown([event])
    assert "  - count revised: 5 people (A) → 11 people (B)" in text
    assert "⚠" not in text


def test_a_count_conflict_says_the_noun_as_the_outlets_wrote_it():
    people = {"field": "count", "noun": "people",
              "values": [{"value": 40, "text": "40 people"}, {"value": 60, "text": "60 people"}]}
    assert counted_what(people) == "the number of people"
    children = {"field": "count", "noun": "child",
                "values": [{"value": 1, "text": "one child"}, {"value": 3, "text": "three children"}]}
    assert counted_what(children) == "the number of children"
    crew = {"field": "count", "noun": "crew member",
            "values": [{"value": 9, "text": "9 crew members"}, {"value": 7, "text": "7 crew members"}]}
    assert counted_what(crew) == "the number of crew members"
    assert counted_what({"field": "duration", "noun": "talk", "values": []}) == \
        "how long the talk lasted"


def test_a_shown_name_drops_the_group_number_and_a_sentence_opening_capital():
    group = Actor(start=0, end=12, text="trade unions", role="source",
                  canonical="trade unions (2)")
    assert shown_name(group) == "trade unions"
    generic = Actor(start=0, end=15, text="nearly 90 people", role="target", canonical="People")
    assert shown_name(generic) == "people"
    # a name is a name however written ("the Kavel Dam"), and a capital the text keeps stays
    named = Actor(start=0, end=13, text="The Kavel Dam", role="source", canonical="The Kavel Dam")
    assert shown_name(named) == "The Kavel Dam"
    police = Actor(start=0, end=6, text="Police", role="source", canonical="Police")
    assert shown_name(police) == "Police"


@pytest.fixture(scope="module")
def run():
    return dated_annotator("w3", published="2025-06-06")


def test_summaries_name_groups_without_their_number(run):
    # the second indefinite "farm unions" is another group to entity linking: "farm unions (2)"
    article = run("Governor Ana Pell said on Friday she would hold talks with farm unions and "
                  "student groups next week. The general strike called by farm unions went "
                  "ahead on Friday, closing markets.")
    strike = at(article, "called")
    assert [a.canonical for a in strike.actors] == ["farm unions (2)"]
    assert strike.summary == "farm unions call a strike"


def test_what_it_called_names_the_thing_criticised(run):
    article = run("The Lorvan bar association on Friday condemned what it called the "
                  "unlawful detention of three lawyers by border guards.")
    event = at(article, "condemned")
    assert "that it called" not in event.summary
    assert event.summary.endswith("the unlawful detention of three lawyers")
    described = run("The Lorvan bar association condemned what the court described as a "
                    "fair hearing.")
    assert at(described, "condemned").summary.endswith("condemns a fair hearing")
    # a "what" clause that gives no name says nothing a summary can repeat
    plain = run("The Lorvan bar association on Friday condemned what the guards told the lawyers.")
    assert at(plain, "condemned").summary == "Lorvan bar association condemns"


# ---- a plan put off, a group named by its country ----

def _mention(aid, modality, day, sentence, trigger, actors, ptype="COOPERATE", cameo="0861"):
    at_ = sentence.index(trigger)
    return Event(article=aid, trigger=Span(at_, at_ + len(trigger), trigger),
                 sentence=Span(0, len(sentence), sentence), type=ptype, cameo=cameo,
                 modality=modality, actors=[Actor(start=0, end=len(n), text=n, role=r, canonical=n)
                                            for n, r in actors],
                 date=day, date_source="timex" if day else "none", summary=sentence)


def _article(aid, outlet, day, events):
    return Article(id=aid, text="x" * 400, outlet=outlet, story="s1", published=day,
                   events=events)


SIDES = [("Tarvia", "source"), ("Osmund", "source")]


def handover(cue_sentence):
    plan = _mention("p", "planned", "2025-04-03",
                    "The exchange between Tarvia and Osmund is due to take place on Thursday.",
                    "exchange", SIDES)
    off = _mention("d", "denied", "2025-04-03", cue_sentence, "exchange", SIDES)
    done = _mention("h", "happened", "2025-04-05",
                    "Tarvia and Osmund exchanged prisoners on Saturday.", "exchanged", SIDES)
    return merge_events([_article("p", "Post", "2025-04-01", [plan]),
                         _article("d", "Daily", "2025-04-03T20:00:00", [off]),
                         _article("h", "Herald", "2025-04-05T18:00:00", [done])], learned=True)


def test_a_plan_put_off_joins_what_happened_later_and_keeps_both_days():
    merged = handover("The exchange between Tarvia and Osmund did not go ahead on Thursday.")
    assert len(merged) == 1
    [event] = merged
    assert (event.date, event.modality) == ("2025-04-05", "happened")
    assert sorted(s["article"] for s in event.sources) == ["d", "h", "p"]
    [moved] = event.conflicts
    assert moved["postponed"] is True
    assert [(v["value"], v["outlets"]) for v in moved["values"]] == [
        ("2025-04-03", ["Post", "Daily"]), ("2025-04-05", ["Herald"])]
    assert conflict_line(moved) == "date postponed: 2025-04-03 (Post, Daily) → 2025-04-05 (Herald)"


def test_a_plan_no_outlet_says_was_put_off_stays_its_own_event():
    # "was cancelled on Thursday": what happened on Saturday may be another act
    merged = handover("The exchange between Tarvia and Osmund was cancelled on Thursday.")
    assert sorted(e.date for e in merged) == ["2025-04-03", "2025-04-05"]


def test_a_group_named_by_its_country_acts_for_that_country():
    assert national_group("Tarvian negotiators") == country_atom("Tarvia")
    assert national_group("Italian troops") == "ITA"
    # one body is a party of its own, not any group of its country
    for other in ("Opposition parties", "Riot police", "Human rights office", "Tarvia",
                  "Tarvian Airlines", "Tarvian government", "Italian police",
                  "European countries"):
        assert national_group(other) is None
    party = parties(_mention("a", "happened", None, "Tarvian negotiators asked for more.",
                             "asked", [("Tarvian negotiators", "source")]))
    assert (party.people, party.countries) == (frozenset(), frozenset({country_atom("Tarvia")}))


def test_a_request_by_a_country_and_by_its_negotiators_is_one_event():
    ask = "Tarvian negotiators asked at the last minute for another detainee to be included."
    also = "The handover was postponed after Tarvia asked for a seventh detainee."
    a = _mention("a", "happened", None, ask, "asked", [("Tarvian negotiators", "source")],
                 "REQUEST", "020")
    b = _mention("b", "reported", None, also, "asked",
                 [("Tarvia", "source"), ("seventh detainee", "target")], "REQUEST", "020")
    merged = merge_events([_article("a", "Post", "2025-04-04", [a]),
                           _article("b", "Herald", "2025-04-05", [b])], learned=True)
    assert len(merged) == 1 and len(merged[0].sources) == 2


def test_residents_and_people_are_one_count_of_an_event():
    def evacuated(article, noun, number):
        sentence = f"About {number} {noun} were evacuated from Orrin."
        event = toll(article, number, sentence.replace("evacuated", "killed"))
        event.quantities = [[noun.rstrip("s") if noun != "people" else "people", number,
                             f"{number} {noun}"]]
        return event
    [found] = count_conflicts([evacuated("a", "residents", 3000), evacuated("b", "people", 3500)],
                              TOLL_ARTICLES)
    assert found["noun"] == "people"
    assert [(v["value"], v["text"]) for v in found["values"]] == [(3000, "3000 residents"),
                                                                  (3500, "3500 people")]
    # "children" are a part of those counted, not another count of them
    assert count_conflicts([evacuated("a", "children", 30), evacuated("b", "people", 350)],
                           TOLL_ARTICLES) == []


def test_a_revising_report_may_repeat_the_number_it_replaces():
    cluster = [toll("a", 5, "The flood killed 5 people in Orrin, officials said."),
               toll("c", 11, "The toll rose to 11 people, up from 5 people, after the flood "
                             "killed more.")]
    cluster[1].quantities.append(["people", 5, "5 people"])
    [found] = count_conflicts(cluster, TOLL_ARTICLES)
    assert found["revised"] is True and found["latest"] == 11
    assert [(v["value"], v["articles"]) for v in found["values"]] == [(5, ["a", "c"]), (11, ["c"])]
    # a toll revised down: the number it replaces goes before it, whatever their size
    down = [toll("a", 5, "The flood killed 5 people in Orrin, officials said."),
            toll("c", 9, "The toll was revised down to 9 people from 12 people, after the flood "
                         "killed fewer than first feared.")]
    down[1].quantities.append(["people", 12, "12 people"])
    [found] = count_conflicts(down, TOLL_ARTICLES)
    assert [v["value"] for v in found["values"]] == [5, 12, 9] and found["latest"] == 9


def test_an_act_told_with_no_doer_joins_the_same_act_named_by_another_outlet():
    # what the events stage makes of "A curfew imposed on the capital ... remains in force"
    # once it keeps agentless happenings: same word, same day, no party to compare
    named = _mention("a", "happened", "2025-05-06", "Lorvan authorities imposed a night-time "
                     "curfew on the capital on Tuesday after police cleared the square.",
                     "imposed", [("Lorvan authorities", "source")], "COERCE", "172")
    bare = _mention("b", "happened", "2025-05-06", "A curfew imposed on the capital on "
                    "Tuesday night remains in force.", "imposed", [], "COERCE", "172")
    other = _mention("c", "happened", "2025-05-06", "Police detained 40 people when they "
                     "cleared the square on Tuesday.", "detained", [("Police", "source")],
                     "COERCE", "173")
    merged = merge_events([_article("a", "A", "2025-05-06", [named]),
                           _article("b", "B", "2025-05-08", [bare]),
                           _article("c", "C", "2025-05-09", [other])], learned=True)
    assert sorted(sorted(s["article"] for s in e.sources) for e in merged) == [["a", "b"], ["c"]]


def test_a_count_conflict_sentence_says_the_count_is_in_the_event():
    conflict = {"field": "count", "noun": "people",
                "values": [{"value": 40, "text": "40 people", "articles": ["a"], "outlets": ["A"]},
                           {"value": 60, "text": "60 people", "articles": ["b"], "outlets": ["B"]}]}
    text, _ = conflict_sentence({"summary": "Police detain people", "sources": []}, conflict, {})
    assert text == "Outlets differ on the number of people in “Police detain people”: A says " \
                   "40 people; B 60 people"


def test_one_reports_own_revision_updates_no_other_outlet():
    alone = toll("c", 11, "The toll rose to 11 people, up from 5 people, after the flood killed more.")
    alone.quantities.append(["people", 5, "5 people"])
    assert count_conflicts([alone], TOLL_ARTICLES) == []
