"""Story clustering, one occasion's coverage fed alone: its reports, all published within days
(so closeness in time tells nothing), tell the same days ("on Tuesday", "March 4")."""
from collections import Counter

import pytest
from test_stories import SPEECH_1, _article, _speech_feed

from storyline.fuse.stories import cluster_stories, pair_similarities, tfidf_vectors


def _told(article, *values):
    """``article`` with timexes resolving to ``values`` (as the time stage would set them)."""
    from storyline.model import Timex
    article.timexes = [Timex(start=0, end=1, text="Tuesday", value=v) for v in values]
    return article


def _one_day_feed(day_1, day_2):
    feed = _speech_feed("2024-03-05", "2024-03-05", others_day="2024-03-05")
    _told(feed[0], day_1)
    _told(feed[1], day_2)
    return feed


def test_two_reports_of_one_day_feed_telling_the_same_day_join():
    # every article published the same day (closeness in time says nothing), but both
    # reports tell the speech's day ("on Tuesday" in one, "March 4" in the other)
    feed = _one_day_feed("2024-03-04", "2024-03-04T19:00")
    cluster_stories(feed, threshold=0.13)
    assert feed[0].story == feed[1].story
    assert len({a.story for a in feed}) == 6  # the unrelated articles stay alone
    # other days told: nothing in common, as without days
    apart = _one_day_feed("2024-03-04", "2024-03-02")
    cluster_stories(apart, threshold=0.13)
    assert apart[0].story != apart[1].story


def test_days_told_far_from_publication_or_the_publication_day_itself_join_nothing():
    far = _one_day_feed("2001-09-11", "2001-09-11")  # background both recall
    cluster_stories(far, threshold=0.13)
    assert far[0].story != far[1].story
    own = _one_day_feed("2024-03-05", "2024-03-05")  # "today": every article of the day has it
    cluster_stories(own, threshold=0.13)
    assert own[0].story != own[1].story


def test_told_days_need_an_own_publication_date():
    from storyline.fuse.story_features import told_days
    article = _told(_article("a", SPEECH_1, "2024-03-05T08:00"), "2024-03-04", "2024-03-04", "2024-03-05",
                    "2024-03-09", "2024-W10", "PAST_REF", None, "2024-02-30")
    assert told_days(article) == Counter({"day:2024-03-04": 1})  # 03-09 lies 4 days off
    inferred = _told(_article("b", SPEECH_1, "2024-03-05"), "2024-03-04")
    inferred.published_source = "inferred"  # re-resolved whenever the inferred date changes
    assert told_days(inferred) == Counter()
    assert told_days(_told(_article("c", SPEECH_1), "2024-03-04")) == Counter()


def test_days_told_raise_as_rare_closeness_would_never_on_top_of_it():
    from storyline.fuse.stories import days_told_raised
    plain = {("a", "b"): 0.08, ("a", "c"): 0.08, ("b", "c"): 0.05}
    timed = {("a", "b"): 0.08, ("a", "c"): 0.14, ("b", "c"): 0.05}
    told = {"a": {"day:x": 1.0}, "b": {"day:x": 0.6, "day:y": 0.8}, "c": {"day:x": 1.0}}
    raised = days_told_raised(plain, timed, told)
    assert raised[("a", "b")] == pytest.approx(0.08 * 1.6)
    assert raised[("a", "c")] == pytest.approx(0.16)  # 0.08 x 2, not 0.14 x 2
    assert raised[("b", "c")] == pytest.approx(0.05 * 1.6)
    assert timed[("a", "b")] == 0.08  # the input is not changed


def test_told_days_are_kept_in_the_bags_but_not_in_the_words_event_merging_reads():
    from storyline.fuse.story_features import FEATURES_VERSION, feature_bags, stored_words
    article = _told(_article("a", SPEECH_1, "2024-03-05"), "2024-03-04")
    whole, lead = feature_bags(article)
    assert whole["day:2024-03-04"] == 1 and "day:2024-03-04" not in lead
    assert not any(f.startswith("day:") for f in stored_words((whole, lead), article)[0])
    assert FEATURES_VERSION >= 3  # bags kept before days were told are made again
    feed = _one_day_feed("2024-03-04", "2024-03-04")
    other_days = _one_day_feed("2024-03-01", "2024-03-02")
    assert pair_similarities(feed) == pytest.approx(pair_similarities(other_days))


def test_placing_a_new_report_joins_it_by_the_days_told_as_a_full_clustering_does():
    from storyline.fuse import place_new_articles
    feed = _one_day_feed("2024-03-04", "2024-03-04")
    late = feed.pop(1)
    cluster_stories(feed, threshold=0.13)
    feed.append(late)
    place_new_articles(feed, 0.13, {})
    assert late.story == feed[0].story
    assert len({a.story for a in feed}) == 6


# Three reports of one invented meeting, worded differently, sharing its rare names (no dictionary
# holds them) and a few words common in any news ("president", "government", "talks"); undated,
# as a user's five pasted reports of one meeting would be.
MEETING = [
    ("r1", "Varlamova and Quillfeather meet in Tarnovo",
     "Foreign Minister Ksenia Varlamova met her counterpart Tomas Quillfeather in Tarnovo on Thursday, and the "
     "two governments said they would reopen the border crossing closed since the flood. Officials described the "
     "talks as frank. Schoolchildren from both banks sang at a ceremony near the ruined footbridge. The "
     "president's office said a new trade committee would meet every spring, while farmers along the river hope "
     "the crossing will carry their cattle to markets again."),
    ("r2", "Border crossing to reopen, ministers say",
     "Quillfeather, speaking after three hours of talks with Varlamova, told reporters in Tarnovo that the first "
     "lorries could pass within weeks. The government said the agreement still needs a vote in parliament, where "
     "the opposition has called it a giveaway. Smugglers who thrived during the closure may lose a lucrative trade "
     "in fuel and cigarettes, police warned. Customs staff would return to the bridge before the harvest, "
     "according to a statement released by the president. Truckers queued at depots hoping for quicker routes, "
     "and a dairy cooperative welcomed cheaper feed imports from across the valley."),
    ("r3", "Tarnovo talks end a long freeze",
     "The meeting in Tarnovo between Varlamova and Quillfeather was the first visit by a foreign minister in six "
     "years. Analysts said the thaw owed much to the flood, which cut the only rail link and left villages "
     "dependent on aid. Ferry operators fear losing passengers, and a regional airline postponed plans for extra "
     "flights until the timetable is settled. Officials from both governments said the president would host a "
     "summit in the autumn if the reopening goes smoothly."),
]
CABINET = ("u1", "President names new cabinet",
           "The president named a new government on Friday after weeks of talks, and officials said the cabinet "
           "would meet on Monday to agree a budget. The foreign minister kept her post, while the finance ministry "
           "went to a former central bank governor who promised lower taxes for small firms.")


def _meeting(*extra):
    from storyline.model import Article
    return [Article(id=i, title=t, text=x) for i, t, x in MEETING + list(extra)]


def test_one_meetings_reports_fed_alone_join_by_the_rare_names_they_share():
    # on the feed's own counts every word all three share weighs least, the names as little as
    # "president"; news in general says the names are rare (r2 stayed out, linked 0.125 on average)
    feed = _meeting()
    cluster_stories(feed, threshold=0.13)
    assert len({a.story for a in feed}) == 1
    # a report of another event sharing only words common in news stays out
    feed = _meeting(CABINET)
    cluster_stories(feed, threshold=0.13)
    assert feed[3].story != feed[0].story
    assert len({a.story for a in feed[:3]}) == 1


def test_placing_a_meetings_last_report_joins_it_as_a_full_clustering_does():
    from storyline.fuse import place_new_articles
    feed = _meeting()
    late = feed.pop(1)
    cluster_stories(feed, threshold=0.13)
    feed.append(late)
    place_new_articles(feed, 0.13, {})
    assert late.story == feed[0].story == feed[1].story


def test_background_share_knows_common_news_words_from_rare_names():
    from storyline.fuse.story_features import background_share
    assert background_share("president") > 0.05  # in a good share of 600-word articles
    assert background_share("quillfeather") < 1e-3  # no list holds it
    assert background_share("ent:tomas quillfeather") < 1e-3 < background_share("ent:china")
    assert background_share("president", 50) < background_share("president", 600)  # a lead is short
    assert background_share("num:2016") is None and background_share("day:2024-03-04") is None


def test_a_rare_name_outweighs_a_common_word_held_by_the_same_articles_fading_as_the_corpus_grows():
    from math import log

    from storyline.fuse.stories import smoothed_idf
    bags = {a: Counter({"president": 1, "quillfeather": 1, a + "word": 1}) for a in ("a", "b", "c")}
    plain, background = tfidf_vectors(bags), tfidf_vectors(bags, tokens=600)
    assert plain["a"]["quillfeather"] == pytest.approx(plain["a"]["president"])
    # idf log(9 / 4) + 1 = 1.81 against log(9 / (4 + 5 x 0.155)) + 1 = 1.63 ("president" is in
    # about 15 % of 600-word texts): 1.11 times
    assert background["a"]["quillfeather"] > 1.08 * background["a"]["president"]
    assert smoothed_idf(5, 5, 0.0) == pytest.approx(log(11 / 6) + 1)  # five of 5 + 5 reference articles
    assert smoothed_idf(5, 5, None) == pytest.approx(1.0)  # no background: the corpus rate stands
    # 2,000 articles: the corpus's own idf, within 1 %
    assert smoothed_idf(400, 2000, 0.15) == pytest.approx(log(2001 / 401) + 1, rel=0.01)
    assert smoothed_idf(3, 2000, 0.0) == pytest.approx(log(2001 / 4) + 1, rel=0.01)


def test_placing_new_reports_reads_an_earlier_story_as_tightly_knit_as_a_full_merge_does():
    from itertools import combinations

    from storyline.fuse.stories import KnitScores, average_link
    old, new = ["o1", "o2", "o3"], ["n1", "n2", "n3"]
    linked = {(o, n): 0.105 for o in old for n in new}  # over the second pass's 0.77 x 0.13
    linked.update({p: 0.5 for p in combinations(new, 2)})
    tight = {p: 0.5 for p in combinations(old, 2)}  # the earlier story, knit at 0.5
    names = {i: frozenset({"ent:varlamova"}) for i in old + new}
    fixed = {o: "s-old" for o in old}
    full = average_link(old + new, {**linked, **tight}, 0.13, fixed, names)
    asked = []

    def among(items):
        asked.append(sorted(items))
        return sum(tight.get(p, 0.0) for p in combinations(sorted(items), 2))

    # placing: only pairs holding a new report are scored; the earlier ones are asked for
    placed = average_link(old + new, linked, 0.13, fixed, names, KnitScores(linked, among))
    assert placed == full
    assert len({placed[i] for i in new}) == 1 and placed["n1"] != placed["o1"]  # 0.105 < 0.55 x 0.5
    assert asked == [old]


def _three_leads(shared_ab, shared_ac, extra=None):
    """Bags of three same-day reports a, b, c whose whole bags share nothing (so a pair's
    similarity is its lead cosine alone): a's lead holds the words b's holds and the words
    c's holds, each one of them alike in number and in how many articles hold them."""
    leads = {"a": Counter({**dict.fromkeys(shared_ab + shared_ac, 1), "aonly": 1}),
             "b": Counter({**dict.fromkeys(shared_ab, 1), "bonly": 1}),
             "c": Counter({**dict.fromkeys(shared_ac, 1), "conly": 1})}
    return {i: (Counter({i + "whole": 3, **(extra or {})}), leads[i]) for i in "abc"}


def test_lead_vectors_weigh_rare_names_above_common_news_words():
    from datetime import date

    from storyline.fuse.stories import story_similarities
    bags = _three_leads(["varlamova", "quillfeather", "tarnovo"], ["president", "government", "minister"])
    sims = story_similarities(bags, {i: date(2024, 3, 5) for i in "abc"})[0]
    # by the corpus alone both pairs share three words held by two of three leads: equal;
    # news in general says "president" is far commoner than "varlamova" (0.21 against 0.207)
    assert sims[("a", "b")] > 1.008 * sims[("a", "c")]


def test_a_feed_in_another_language_weighs_its_words_by_its_own_counts():
    from datetime import date

    from storyline.fuse.stories import story_similarities
    # German words: "regierung" is in no English list, "minister" and "international" are
    # common English words; in a German feed neither says anything of German news
    bags = _three_leads(["regierung", "kanzleramt", "bundestag"], ["minister", "international", "problem"],
                        extra={"lang:de": 1})
    sims = story_similarities(bags, {i: date(2024, 3, 5) for i in "abc"})[0]
    assert sims[("a", "b")] == pytest.approx(sims[("a", "c")], rel=1e-9)
    english = story_similarities(_three_leads(["regierung", "kanzleramt", "bundestag"],
                                              ["minister", "international", "problem"]),
                                 {i: date(2024, 3, 5) for i in "abc"})[0]
    assert english[("a", "b")] > 1.008 * english[("a", "c")]  # the same bags read as English


def test_an_articles_language_other_than_english_is_kept_in_its_bags_not_in_its_words():
    from storyline.fuse.story_features import feature_bags, stored_words
    from storyline.model import Article
    text = "Die Regierung in Berlin hat am Dienstag einen neuen Haushalt vorgelegt. Der Kanzler sprach."
    german = Article(id="de1", text=text, lang="de")
    whole, lead = feature_bags(german)
    assert whole["lang:de"] == 1 and "lang:de" not in lead
    assert "lang:de" not in stored_words((whole, lead), german)[0]
    assert "regierung" in stored_words((whole, lead), german)[0]
    for lang in ("en", None):  # English, or a language never read: the English prior applies
        assert not [f for f in feature_bags(Article(id="x", text=text, lang=lang))[0] if f.startswith("lang:")]
