"""Story clustering: articles about one event group together; another event opens a new story."""
from collections import Counter
from pathlib import Path

import pytest

from storyline.fuse.stories import (
    average_link, cluster_stories, headline, lead_spans, near_duplicate_leaders, pair_similarities, tfidf_vectors,
)
from storyline.model import Article, Furniture, Mention


def _article(aid, text, published=None, names=(), story=None):
    mentions = [Mention(start=0, end=1, text=n, type="PERSON", canonical=n) for n in names]
    return Article(id=aid, text=text, published=published, mentions=mentions, story=story)


QUAKE_1 = ("A magnitude 6.8 earthquake struck the coastal province of Velmar early on Monday, "
           "collapsing buildings in the port city and killing at least forty people, rescuers said.")
QUAKE_2 = ("Rescuers in Velmar searched collapsed buildings after Monday's earthquake, which killed "
           "dozens of people in the port city; the magnitude 6.8 quake also damaged the harbour.")
TRADE_1 = ("The finance ministers of Ostrava and Lindmark signed a trade agreement cutting tariffs on "
           "grain and steel, ending two years of negotiations over customs quotas.")
TRADE_2 = ("Ostrava and Lindmark ended their long dispute over customs quotas: the finance ministers "
           "signed an agreement that lowers tariffs on steel and grain.")


def test_same_event_joins_one_story_and_other_event_opens_another():
    arts = [_article("q1", QUAKE_1, "2024-03-04"), _article("t1", TRADE_1, "2024-03-05"),
            _article("q2", QUAKE_2, "2024-03-05"), _article("t2", TRADE_2, "2024-03-06")]
    stories = cluster_stories(arts, threshold=0.18)
    by_id = {a.id: a.story for a in arts}
    assert by_id["q1"] == by_id["q2"]
    assert by_id["t1"] == by_id["t2"]
    assert by_id["q1"] != by_id["t1"]
    assert len(stories) == 2
    quake = next(s for s in stories if "q1" in s.articles)
    assert (quake.first, quake.last) == ("2024-03-04", "2024-03-05")


def test_existing_assignment_is_kept_and_new_article_joins_it():
    old = _article("q1", QUAKE_1, "2024-03-04", story="s-old")
    new = _article("q2", QUAKE_2, "2024-03-05")
    cluster_stories([old, new], threshold=0.18)
    assert old.story == "s-old"
    assert new.story == "s-old"


def test_exact_duplicate_sits_in_its_originals_story():
    a = _article("q1", QUAKE_1, "2024-03-04")
    dup = _article("dup", QUAKE_1, "2024-03-04")
    dup.duplicate_of = "q1"
    stories = cluster_stories([a, dup], threshold=0.18)
    assert dup.story == a.story
    assert stories[0].articles == ["q1"]  # a duplicate is not a second article of the story


def test_colliding_ids_are_made_unique_stably():
    from storyline.fuse import unique_ids
    from storyline.model import Entity, MergedEvent

    same = [Entity(id="john-smith-1", name="John Smith", type="PERSON", mentions=5, articles=["a1"]),
            Entity(id="john-smith-1", name="John Smith", type="PERSON", mentions=2, articles=["b7"])]
    ids = [e.id for e in unique_ids(same)]
    assert ids[0] == "john-smith-1" and ids[1].startswith("john-smith-1-") and len(set(ids)) == 2
    twice = [Entity(id="x", name="X", type="ORG", articles=["a1"]) for _ in range(3)]
    assert len({e.id for e in unique_ids(twice)}) == 3
    event = dict(date=None, date_range=None, type="CONSULT", cameo="040", modality="happened", summary="",
                 actors=[], location=None)
    events = [MergedEvent(id="ev1", sources=[{"article": "a"}], **event),
              MergedEvent(id="ev1", sources=[{"article": "b"}], **event)]
    again = [MergedEvent(id="ev1", sources=[{"article": "a"}], **event),
             MergedEvent(id="ev1", sources=[{"article": "b"}], **event)]
    assert [e.id for e in unique_ids(events)] == [e.id for e in unique_ids(again)]  # stable


# Two earthquakes of one country, two weeks apart: same kind of event, same vocabulary
# (magnitude, rescuers, homes, Velmar), told apart by place, size and toll.
ARLEN_1 = ("A magnitude 5.9 earthquake struck near the mountain town of Arlen in northern Velmar on "
           "Sunday, killing three people and damaging about 200 homes, the emergency ministry said. "
           "Rescuers searched the rubble of a collapsed school in Arlen overnight. Velmar's interior "
           "minister said tents had been sent to families whose homes were damaged.")
ARLEN_2 = ("Three people died when a 5.9 magnitude quake shook the town of Arlen in the northern "
           "mountains of Velmar on Sunday. About 200 homes were damaged and a school collapsed, "
           "rescuers said, and families spent the night in tents sent by the interior ministry.")
ARLEN_3 = ("Families in Arlen, the northern Velmar town hit by Sunday's magnitude 5.9 earthquake, "
           "were still sleeping in tents on Tuesday while engineers checked the 200 damaged homes "
           "and the collapsed school.")
DESSA_1 = ("A powerful magnitude 7.1 earthquake hit the southern port city of Dessa in Velmar on "
           "Thursday, killing at least 60 people and flattening apartment blocks near the harbour. "
           "Rescuers pulled survivors from the rubble as a tsunami warning was issued for the coast "
           "and later lifted, the emergency ministry said.")
DESSA_2 = ("At least 60 people were killed in Dessa when a 7.1 magnitude quake struck Velmar's "
           "southern coast on Thursday. Apartment blocks near the port collapsed, a brief tsunami "
           "warning was lifted, and rescuers worked through the night in the rubble.")


def test_two_same_kind_events_kept_apart_and_each_events_reports_joined():
    arts = [_article("arlen-1", ARLEN_1, "2024-02-04", ["Arlen", "Velmar"]),
            _article("arlen-2", ARLEN_2, "2024-02-04", ["Arlen", "Velmar"]),
            _article("arlen-3", ARLEN_3, "2024-02-06", ["Arlen", "Velmar"]),
            _article("dessa-1", DESSA_1, "2024-02-15", ["Dessa", "Velmar"]),
            _article("dessa-2", DESSA_2, "2024-02-15", ["Dessa", "Velmar"]),
            # the corpus also holds another story, as a news corpus does
            _article("t1", TRADE_1, "2024-02-05"), _article("t2", TRADE_2, "2024-02-06")]
    stories = cluster_stories(arts, threshold=0.18)
    assert [s.articles for s in stories] == [["arlen-1", "arlen-2", "arlen-3"], ["t1", "t2"],
                                             ["dessa-1", "dessa-2"]]
    assert [(s.first, s.last) for s in stories] == [("2024-02-04", "2024-02-06"), ("2024-02-05", "2024-02-06"),
                                                    ("2024-02-15", "2024-02-15")]


# One week, the same two countries and people: a foreign ministers' meeting, then a
# defence minister replaced, whose reports recall the meeting in their background.
MEET_1 = ("Ostravan Foreign Minister Ilse Varga and her Lindmark counterpart Jonas Brekke met in "
          "Kelby on Monday and agreed to reopen their embassies after five years. They signed three "
          "agreements on consular services and border trade. President Karl Dorn of Ostrava is "
          "expected to visit Lindmark for a summit next month.")
MEET_2 = ("Ostrava and Lindmark will reopen their embassies, their foreign ministers said after talks "
          "in Kelby on Monday. Ilse Varga and Jonas Brekke signed agreements on border trade and "
          "consular services and prepared a summit of the two presidents next month.")
MEET_3 = ("The talks in Kelby between Ilse Varga and Jonas Brekke ended a five-year freeze: the two "
          "foreign ministers agreed to reopen embassies and signed three agreements. Karl Dorn will "
          "travel to Lindmark for a summit next month.")
SACK_1 = ("Ostrava's President Karl Dorn dismissed his defence minister, Piet Lund, on Monday and "
          "named the air force commander, Mila Sorn, to replace him. Lund had held the post for six "
          "years. The reshuffle came a week after Ilse Varga and Jonas Brekke met in Kelby and agreed "
          "to reopen embassies, before Dorn's summit in Lindmark next month.")
SACK_2 = ("Mila Sorn, commander of the air force, was sworn in as Ostrava's defence minister on "
          "Wednesday, two days after President Karl Dorn dismissed Piet Lund. Sorn promised to "
          "modernise the army. Dorn travels to Lindmark next month for a summit prepared by the "
          "foreign ministers in Kelby.")


def test_a_later_event_among_the_same_actors_opens_its_own_story():
    people = ["Ilse Varga", "Jonas Brekke", "Karl Dorn", "Ostrava", "Lindmark", "Kelby"]
    arts = [_article("meet-1", MEET_1, "2024-05-06", people),
            _article("meet-2", MEET_2, "2024-05-06", people),
            _article("meet-3", MEET_3, "2024-05-07", people),
            _article("sack-1", SACK_1, "2024-05-13", ["Karl Dorn", "Piet Lund", "Mila Sorn", "Ostrava",
                                                      "Ilse Varga", "Jonas Brekke", "Kelby", "Lindmark"]),
            _article("sack-2", SACK_2, "2024-05-15", ["Mila Sorn", "Ostrava", "Karl Dorn", "Piet Lund",
                                                      "Lindmark", "Kelby"])]
    stories = cluster_stories(arts, threshold=0.18)
    assert [s.articles for s in stories] == [["meet-1", "meet-2", "meet-3"], ["sack-1", "sack-2"]]


def test_average_link_does_not_chain():
    # a-b and b-c are close, a-c unrelated: single link would make one chain of three
    sims = {("a", "b"): 0.9, ("b", "c"): 0.8}
    groups = average_link(["a", "b", "c"], sims, threshold=0.5)
    assert groups["a"] == groups["b"] != groups["c"]  # {a,b}-c averages (0 + 0.8) / 2 = 0.4
    assert len(set(average_link(["a", "b", "c"], sims, threshold=0.3).values())) == 1


def test_a_weak_link_between_two_tight_stories_does_not_merge_them():
    # a1-a2 and b1-b2 are near-identical reports and pair up first; a1-b1 alone links
    # the two stories: {a}-{b} averages (0.8 + 0 + 0 + 0) / 4 = 0.2, above the
    # threshold but under COHESION (0.4) times their inner similarity (0.85)
    sims = {("a1", "a2"): 0.85, ("b1", "b2"): 0.9, ("a1", "b1"): 0.8}
    groups = average_link(["a1", "a2", "b1", "b2"], sims, threshold=0.15)
    assert groups["a1"] == groups["a2"] and groups["b1"] == groups["b2"]
    assert groups["a1"] != groups["b1"]


def test_near_duplicate_copies_follow_their_original():
    wire = _article("w1", QUAKE_1, "2024-03-04")
    copy = _article("w2", QUAKE_1 + " Copyright Velmar Press.", "2024-03-04")
    copy.near_duplicates = ["w1"]
    report = _article("q2", QUAKE_2, "2024-03-05")
    assert near_duplicate_leaders([wire, copy, report]) == {"w2": "w1"}
    stories = cluster_stories([wire, copy, report], threshold=0.18)
    assert [s.articles for s in stories] == [["w1", "w2", "q2"]]


def test_two_earlier_stories_never_merge_but_take_in_new_articles():
    sims = {("a", "b"): 0.9, ("a", "c"): 0.7, ("b", "c"): 0.7}
    groups = average_link(["a", "b", "c"], sims, threshold=0.2, fixed={"a": "s1", "b": "s2"})
    assert groups["a"] != groups["b"]
    assert groups["c"] in (groups["a"], groups["b"])
    old = [_article("q1", QUAKE_1, "2024-03-04", story="s-one"), _article("q2", QUAKE_2, "2024-03-05", story="s-two")]
    cluster_stories(old, threshold=0.18)
    assert [a.story for a in old] == ["s-one", "s-two"]


def test_features_in_one_article_only_are_dropped_but_count_in_the_length():
    vecs = tfidf_vectors({"a": Counter({"quake": 2, "arlen": 1}), "b": Counter({"quake": 1, "dessa": 3})})
    assert set(vecs["a"]) == {"quake"} and set(vecs["b"]) == {"quake"}
    # by hand: n = 2; idf(quake) = ln(3/3) + 1 = 1, idf(arlen) = idf(dessa) = ln(3/2) + 1 = 1.405465
    # a: quake (1 + ln 2) * 1 = 1.693147, arlen 1.405465 -> length 2.200472
    # b: quake 1, dessa (1 + ln 3) * 1.405465 = 2.949525 -> length 3.114434
    assert vecs["a"]["quake"] == pytest.approx(1.693147 / 2.200472, abs=1e-5)
    assert vecs["b"]["quake"] == pytest.approx(1 / 3.114434, abs=1e-5)


def test_two_unrelated_articles_sharing_a_few_words_stay_apart():
    # in a mixed feed most articles have no partner: the few words two of them share must
    # not make them one story just because nothing else in the corpus is shared
    harvest = _article("h", "Farmers in the Tovan valley began the grape harvest on Monday, the regional "
                            "agriculture office said. Cooler nights delayed ripening by two weeks, and growers "
                            "expect a smaller but sweeter crop. Pickers arrived from three neighbouring provinces.",
                       "2024-09-02")
    transit = _article("t", "The city council of Marrow approved a new tram line on Monday, the transport "
                            "office said. Construction of the eleven stations starts next spring, and the line "
                            "should carry forty thousand riders a day. Bus routes will be redrawn around it.",
                       "2024-09-02")
    stories = cluster_stories([harvest, transit], threshold=0.13)
    assert len(stories) == 2 and harvest.story != transit.story


def test_lead_skips_web_addresses_and_page_furniture():
    text = ("http://www.example.com/2024/05/quake-story\nQuake hits Arlen\n"
            "A quake hit Arlen on Sunday. Three people died. Rescuers came.")
    art = Article(id="x", text=text, body=[[0, 42], [60, 122]],
                  furniture=[Furniture(start=43, end=59, text="Quake hits Arlen", kind="headline")],
                  sentences=[[0, 42], [60, 88], [89, 107], [108, 122]])
    assert [text[a:b] for a, b in lead_spans(art)] == ["A quake hit Arlen on Sunday.", "Three people died."]
    assert headline(art) == "Quake hits Arlen"


def test_reports_far_apart_in_time_count_half():
    near = [_article("q1", QUAKE_1, "2024-03-04"), _article("q2", QUAKE_2, "2024-03-05"),
            _article("t1", TRADE_1, "2024-03-05"), _article("t2", TRADE_2, "2024-03-05")]
    far = [_article("q1", QUAKE_1, "2024-03-04"), _article("q2", QUAKE_2, "2024-07-05"),
           _article("t1", TRADE_1, "2024-03-05"), _article("t2", TRADE_2, "2024-03-05")]
    assert pair_similarities(far)[("q1", "q2")] == pytest.approx(pair_similarities(near)[("q1", "q2")] / 2)


# ---- the bundled sample corpus: four stories, by EXPECTED.md --------------------------------

SAMPLE_STORIES = [  # written by hand from storyline/data/sample/EXPECTED.md
    {"mp-2024-03-11-petrovan-belozar", "harbordailywire-belozar-talks.html", "northgate-belozar-talks.txt",
     "cg-2024-03-15-karsk-veloria-thaw", "globalledger-belozar-summit.html"},
    {"mp-2024-04-02-trawler-detained", "lindholm-crew-families.txt", "northgatetimes-trawler-envoy.html",
     "hdw-2024-04-09-crew-freed"},
    {"gl-2024-02-19-ilma-river-row", "coastlinegazette-ilma-data.html", "nt-2024-02-27-ilma-accord-signed",
     "ilma-farmers-explainer.txt"},
    {"mp-2024-03-18-karsk-defence-minister", "globalledger-orin-dismissal.html", "karsk-new-defence-chief.txt"},
]


@pytest.fixture(scope="module")
def sample_articles():
    from storyline import Config, Pipeline
    from storyline.data import sample_paths
    from storyline.ingest import read_inputs

    articles = list(read_inputs([str(p) for p in sample_paths()]))
    return list(Pipeline(Config(stages=["clean", "nlp", "entities"])).pipe(articles, jobs=1))


def test_sample_corpus_gives_its_four_stories(sample_articles):
    def key(article):  # JSONL records by id, files by name
        name = Path(article.path or "").name
        return article.id if name.startswith("wire.jsonl") or not name else name

    for article in sample_articles:
        article.story = None
    stories = cluster_stories(sample_articles, threshold=0.18)
    by_id = {a.id: key(a) for a in sample_articles}
    found = [{by_id[i] for i in s.articles} for s in stories]
    assert sorted(found, key=sorted) == sorted(SAMPLE_STORIES, key=sorted)


def _knit(names: list, inner: float) -> dict:
    return {(a, b): inner for i, a in enumerate(names) for b in names[i + 1:]}


def test_two_halves_of_one_story_join_when_linked_as_closely_as_each_is_knit():
    # two groups of three reports naming one man, each knit at 0.2; every cross pair at
    # 0.115: under the threshold (0.13), but above 0.77 of it and 0.55 of each inner mean
    left, right = ["a1", "a2", "a3"], ["b1", "b2", "b3"]
    named = {i: frozenset({"ent:ivo marsh"}) for i in left + right}
    cross = {(a, b): 0.115 for a in left for b in right}
    sims = {**_knit(left, 0.2), **_knit(right, 0.2), **cross}
    assert len(set(average_link(left + right, sims, threshold=0.13, names=named).values())) == 1
    # no second pass without names, nor when no name is in most articles of both halves
    assert len(set(average_link(left + right, sims, threshold=0.13).values())) == 2
    other = {**named, **{i: frozenset({"ent:lena brask"}) for i in right}}
    assert len(set(average_link(left + right, sims, threshold=0.13, names=other).values())) == 2
    # the same link between two tight groups (inner 0.5) stays a weak link
    tight = {**_knit(left, 0.5), **_knit(right, 0.5), **cross}
    assert len(set(average_link(left + right, tight, threshold=0.13, names=named).values())) == 2


def test_the_second_pass_pulls_in_no_article_without_a_partner():
    # an article alone, or a pair, linked at 0.12 to a story of three stays apart
    story = ["a1", "a2", "a3"]
    named = {i: frozenset({"ent:ivo marsh"}) for i in story + ["z", "p1", "p2"]}
    sims = {**_knit(story, 0.2), **{(a, "z"): 0.12 for a in story},
            **{("p1", "p2"): 0.2}, **{(a, p): 0.12 for a in story for p in ("p1", "p2")}}
    groups = average_link(story + ["z", "p1", "p2"], sims, threshold=0.13, names=named)
    assert groups["z"] not in (groups["a1"], groups["p1"])
    assert groups["p1"] == groups["p2"] != groups["a1"]


def test_pair_similarities_use_entity_names_given_as_read_from_the_articles():
    from storyline.fuse.stories import entity_names
    arts = [_article("q1", QUAKE_1, names=["Ana Ruiz"]), _article("q2", QUAKE_2, names=["Ana Ruiz"]),
            _article("t1", TRADE_1, names=["Ana Ruiz"])]
    read = pair_similarities(arts)
    given = pair_similarities(arts, names={a.id: entity_names(a) for a in arts})
    assert given == read
    # names given are the ones counted: taking Ana Ruiz away from q2 lowers its link to q1
    fewer = pair_similarities(arts, names={"q1": entity_names(arts[0]), "q2": Counter(),
                                           "t1": entity_names(arts[2])})
    assert fewer[("q1", "q2")] < read[("q1", "q2")]


# ---- one occasion told by several outlets: reports published within days of each other ----

SPEECH_1 = ("Senator Maria Okafor told a town hall in Dunmore on Tuesday that she would vote against the "
            "harbour bill, calling the dredging plan a giveaway to shipping firms.")
SPEECH_2 = ("Speaking to supporters, the senator from Dunmore said the port measure would enrich a few "
            "companies and that she intends to oppose it when lawmakers return in April.")
UNRELATED = [  # one article a month or two apart, none near the speech
    ("o1", "The city council of Pellham approved a new budget for parks and libraries after a long debate.",
     "2024-01-10"),
    ("o2", "Flooding closed roads across the Tarrow valley as the river rose to its highest level in a decade.",
     "2024-05-20"),
    ("o3", "A museum in Keswood opened an exhibition of medieval maps lent by collectors from three countries.",
     "2024-07-02"),
    ("o4", "Shipping firms reported record cargo volumes at the port of Alvar, driven by grain exports.",
     "2024-09-15"),
    ("o5", "Voters in Brennick elected a new mayor after the incumbent stepped down over a bribery inquiry.",
     "2024-11-03"),
]


def _speech_feed(day_1, day_2, others_day=None):
    return [_article("r1", SPEECH_1, day_1), _article("r2", SPEECH_2, day_2)] + [
        _article(aid, text, others_day or day) for aid, text, day in UNRELATED]


def test_two_outlets_wording_one_speech_differently_join_when_published_a_day_apart():
    # the two reports share few words ("Dunmore", "senator" in one only): undated they stay apart
    undated = _speech_feed(None, None)
    cluster_stories(undated, threshold=0.13)
    assert undated[0].story != undated[1].story
    close = _speech_feed("2024-03-05", "2024-03-06")
    cluster_stories(close, threshold=0.13)
    assert close[0].story == close[1].story
    assert len({a.story for a in close}) == 6  # the unrelated articles stay alone
    weeks_apart = _speech_feed("2024-03-05", "2024-04-20")
    cluster_stories(weeks_apart, threshold=0.13)
    assert weeks_apart[0].story != weeks_apart[1].story


def test_closeness_in_time_adds_nothing_in_a_feed_of_one_day():
    # every article of the same day: that two came out together tells nothing
    one_day = _speech_feed("2024-03-05", "2024-03-05", others_day="2024-03-05")
    cluster_stories(one_day, threshold=0.13)
    assert one_day[0].story != one_day[1].story


def test_time_weighted_raises_close_pairs_by_the_rarity_of_their_closeness():
    from datetime import date

    from storyline.fuse.stories import time_weighted
    days = {"a": date(2024, 3, 4), "b": date(2024, 3, 5), "c": date(2024, 6, 1), "d": date(2024, 9, 1),
            "e": None}
    sims = {("a", "b"): 0.1, ("a", "c"): 0.2, ("a", "e"): 0.3}
    # a and b: 2 of the 4 dated articles lie within 3 days of each -> x (1 + 1.0 * (1 - 0.5))
    raised, knit = time_weighted(sims, days)
    assert raised == pytest.approx({("a", "b"): 0.15, ("a", "c"): 0.2, ("a", "e"): 0.3})
    # a and e: e has no date; knit takes it as close to a (2 of 4 near a) -> x (1 + 1.0 * (1 - 0.5))
    assert knit == pytest.approx({("a", "b"): 0.15, ("a", "c"): 0.2, ("a", "e"): 0.45})
    assert time_weighted(sims, days, boost=0.0) == (sims, sims)


def test_an_undated_report_joins_a_story_whose_dated_reports_were_raised_by_their_closeness():
    # r1 and r2 came out a day apart (their similarity raised); r3 has no date: its link is
    # weighed against how tightly r1 and r2 are knit as if it were of their days
    second = ("Speaking to supporters in Dunmore, Senator Okafor said the port measure would enrich a few "
              "companies and that she intends to vote against the harbour bill.")
    undated = ("Okafor will oppose the bill, her office in Dunmore confirmed, ahead of a vote expected when "
               "lawmakers return.")
    feed = [_article("r1", SPEECH_1, "2024-03-05"), _article("r2", second, "2024-03-06"),
            _article("r3", undated)] + [_article(aid, text, day) for aid, text, day in UNRELATED]
    cluster_stories(feed, threshold=0.13)
    assert feed[0].story == feed[1].story == feed[2].story
    assert len({a.story for a in feed}) == 6


def test_near_pairs_block_on_publication_days_unless_crowded():
    from datetime import date

    from storyline.fuse.stories import near_pairs
    days = {"a": date(2024, 3, 4), "b": date(2024, 3, 6), "c": date(2024, 3, 10), "d": None,
            "e": date(2024, 3, 12)}
    assert near_pairs(days, days) == {("a", "b"), ("c", "e")}
    assert near_pairs(days, ["a", "b", "c", "d"]) == {("a", "b")}  # e is not a candidate article
    assert near_pairs(days, days, new={"e"}) == {("c", "e")}
    # a: a, b within 3 days (2 > 1 allowed); c: c, e -> every stretch too crowded to block on
    assert near_pairs(days, days, max_block=1) == set()


def _mentioning(feed, names, kind):
    for article, name in zip(feed, names):  # the two speech reports
        article.mentions = [Mention(start=0, end=1, text=name, type="PERSON", canonical=name, kind=kind)]
    return feed


def test_closeness_in_time_raises_only_reports_naming_a_party_alike():
    # the speech reports a day apart (joined above, no entities read): joined when both name her
    named = _mentioning(_speech_feed("2024-03-05", "2024-03-06"), ["Maria Okafor"] * 2, "name")
    cluster_stories(named, threshold=0.13)
    assert named[0].story == named[1].story
    # apart when their entities were read and they name no party alike (roles name no one)
    roles = _mentioning(_speech_feed("2024-03-05", "2024-03-06"), ["senator", "lawmaker"], "role")
    cluster_stories(roles, threshold=0.13)
    assert roles[0].story != roles[1].story
    assert len({a.story for a in roles}) == 7


@pytest.mark.parametrize("names, kind, joined", [(["Maria Okafor"] * 2, "name", True),
                                                 (["senator", "lawmaker"], "role", False)])
def test_placing_a_new_report_reads_its_names_as_a_full_clustering_does(names, kind, joined):
    from storyline.fuse import place_new_articles
    feed = _mentioning(_speech_feed("2024-03-05", "2024-03-06"), names, kind)
    second = feed.pop(1)
    cluster_stories(feed, threshold=0.13)
    place_new_articles(feed + [second], 0.13, {})
    assert (second.story == feed[0].story) is joined

def test_time_weighted_gates_what_joins_by_a_shared_name_but_knits_every_close_pair():
    from datetime import date

    from storyline.fuse.stories import days_told_raised, share_a_name, time_weighted
    days = {"a": date(2024, 3, 4), "b": date(2024, 3, 5), "c": date(2024, 3, 6), "d": date(2024, 9, 1),
            "e": date(2024, 12, 1)}
    sims = {("a", "b"): 0.1, ("a", "c"): 0.1, ("b", "c"): 0.1}
    named = {"a": frozenset({"name:ivo marsh"}), "b": frozenset({"name:ivo marsh", "name:keldon"}),
             "c": frozenset({"name:keldon"})}
    # 3 of the 5 dated articles lie within 3 days of each -> x (1 + 1.0 * (1 - 0.6))
    raised, knit = time_weighted(sims, days, named=named)
    assert raised == pytest.approx({("a", "b"): 0.14, ("a", "c"): 0.1, ("b", "c"): 0.14})
    assert knit == pytest.approx({("a", "b"): 0.14, ("a", "c"): 0.14, ("b", "c"): 0.14})
    # c's names never read (no entities stage): raised as before; no names given: all raised
    assert share_a_name({"a": named["a"]}, "a", "c") and share_a_name(None, "a", "c")
    assert not share_a_name({"a": named["a"], "c": frozenset()}, "a", "c")
    assert time_weighted(sims, days)[0] == pytest.approx(knit)
    # days told raise no pair that names no party alike either
    told = {i: {"day:2024-03-03": 1.0} for i in "abc"}
    assert days_told_raised(sims, sims, told, named=named) == pytest.approx(
        {("a", "b"): 0.2, ("a", "c"): 0.1, ("b", "c"): 0.2})


def test_proper_names_are_kept_in_the_bags_not_in_the_words():
    from storyline.fuse.story_features import FEATURES_VERSION, feature_bags, proper_names, stored_words
    article = _article("a", SPEECH_1, "2024-03-05", names=["Maria Okafor"])
    article.mentions.append(Mention(start=2, end=3, text="the senator", type="PERSON", canonical="senator",
                                    kind="role"))
    assert proper_names(article) == Counter({"name:maria okafor": 1})  # the role names no one
    whole, lead = feature_bags(article)
    assert whole["name:maria okafor"] == 1 and "name:maria okafor" not in lead
    assert not any(f.startswith("name:") for f in stored_words((whole, lead), article)[0])
    assert FEATURES_VERSION >= 4  # bags kept before names were read are made again


# ---- quoted words: two outlets quoting one statement alike report one occasion -------------

WATER_A = ("Governor Imara Voss of Keldon toured the shrinking Altmoor reservoir on Tuesday, where engineers "
           "showed gauges at their lowest mark since records began and farmers asked for drought subsidies. "
           "Irrigation quotas for orchards and vineyards will be cut by a third from July. \u201cWe will never "
           "sell the northern water rights to any foreign buyer, whatever they offer,\u201d she told reporters.")
_WATER_B = ("Opposition lawmakers in the capital scoffed at what they described as electioneering, "
            "pointing to polls that show the incumbent trailing her rival among suburban voters by eight "
            "points. Aides hinted at a ballot initiative before the autumn election. {}")
WATER_B = _WATER_B.format("\"We will never sell the northern water rights to any foreign buyer,\" Voss said.")
# the same report with the statement put in other words (no quoted run in common)
WATER_B_PARAPHRASED = _WATER_B.format("Voss vowed to keep the supply out of overseas hands.")
OTHERS = [("o1", "The central bank of Ostrava held interest rates steady, citing slowing inflation and "
                 "weak exports of machinery."),
          ("o2", "A ferry carrying two hundred passengers ran aground off the island of Pellin; coast guard "
                 "boats took everyone ashore."),
          ("o3", "The national football team of Lindmark named a new coach after a winless qualifying "
                 "campaign."),
          ("o4", "Researchers at the university of Dunmore reported a new vaccine trial for a tropical "
                 "fever, with results due next spring.")]


def test_quoted_runs_read_four_content_words_inside_any_quotation_marks():
    from storyline.fuse.story_features import quoted_runs
    text = ("She said \u201cthe harbour bill enriches few companies\u201d and then ''port workers deserve "
            "better pay'' before adding \"no comment\".")
    assert quoted_runs(text) == {
        "q:harbour bill enriches few companies",  # "the" is a stop word
        "q:port workers deserve better pay"}  # "no comment": too short
    assert quoted_runs("The harbour bill enriches few companies, she said.") == set()  # not quoted
    assert quoted_runs(text, run=4) == {
        "q:harbour bill enriches few", "q:bill enriches few companies",
        "q:port workers deserve better", "q:workers deserve better pay"}


def test_two_outlets_quoting_one_statement_alike_join_one_story():
    feed = [_article("a", WATER_A), _article("b", WATER_B)] + [_article(i, t) for i, t in OTHERS]
    cluster_stories(feed, threshold=0.13)
    assert feed[0].story == feed[1].story
    assert len({a.story for a in feed}) == 5
    # the same two reports without the quoted words in common: too little else is shared
    apart = [_article("a", WATER_A), _article("b", WATER_B_PARAPHRASED)] + [_article(i, t) for i, t in OTHERS]
    cluster_stories(apart, threshold=0.13)
    assert apart[0].story != apart[1].story


def test_quoted_runs_raise_what_joins_not_how_tightly_a_story_is_knit():
    from datetime import date

    from storyline.fuse.stories import QUOTE_LIFT, feature_bags, story_similarities
    feed = [_article("a", WATER_A), _article("b", WATER_B)] + [_article(i, t) for i, t in OTHERS]
    sims, knit = story_similarities({a.id: feature_bags(a) for a in feed}, {a.id: None for a in feed})
    assert sims[("a", "b")] == pytest.approx(knit.get(("a", "b"), 0.0) + QUOTE_LIFT)
    # dated weeks apart: a line quoted again later tells no one occasion
    days = {a.id: None for a in feed} | {"a": date(2024, 3, 1), "b": date(2024, 4, 10)}
    later, later_knit = story_similarities({a.id: feature_bags(a) for a in feed}, days)
    assert later.get(("a", "b"), 0.0) == pytest.approx(later_knit.get(("a", "b"), 0.0))
    # only the new article's pairs when placing one
    placed = set(story_similarities({a.id: feature_bags(a) for a in feed}, {a.id: None for a in feed},
                                    new={"b"})[0])
    assert ("a", "b") in placed and placed <= {p for p in sims if "b" in p}


def test_article_similarity_for_event_merging_ignores_quoted_runs():
    # pair_similarities (read by event merging) compares words only: taking the quotation
    # marks away (the words stay) changes nothing
    plain = [_article("a", WATER_A.replace("\u201c", "").replace("\u201d", "")),
             _article("b", WATER_B.replace('"', ""))] + [_article(i, t) for i, t in OTHERS]
    quoted = [_article("a", WATER_A), _article("b", WATER_B)] + [_article(i, t) for i, t in OTHERS]
    assert pair_similarities(quoted) == pytest.approx(pair_similarities(plain))
    assert pair_similarities(quoted)[("a", "b")] > 0


def test_placing_a_new_report_joins_it_by_quoted_words_as_a_full_clustering_does():
    from storyline.fuse import place_new_articles
    feed = [_article("a", WATER_A)] + [_article(i, t) for i, t in OTHERS]
    cluster_stories(feed, threshold=0.13)
    feed.append(_article("b", WATER_B))
    place_new_articles(feed, 0.13, {})
    assert feed[-1].story == feed[0].story
    assert len({a.story for a in feed}) == 5

