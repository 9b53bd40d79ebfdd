"""Story clustering, one occasion's coverage fed alone: its reports, all published within days
(so closeness in time tells nothing), tell the same days ("on Tuesday", "March 4")."""
from collections import Counter

import pytest
from test_stories import SPEECH_1, _article, _speech_feed

from storyline.fuse.stories import cluster_stories, pair_similarities


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
