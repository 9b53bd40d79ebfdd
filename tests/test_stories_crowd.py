"""Story clustering in crowded days: closeness in time raises two reports less where many
reports naming the same people came out those days (a campaign fortnight holds several
occasions of the same people; fuse/story_time.crowd_damped)."""
from datetime import date
from itertools import product

import pytest
from test_stories import SPEECH_1, SPEECH_2, _article

from storyline.fuse.stories import cluster_stories
from storyline.fuse.story_time import CROWD, comparable_counts, crowd_damped

_SYLLABLES = ["".join(p) for p in product("bdfgklmnprstvz", "aeiou")]


def _gibberish(n: int, words: int = 14) -> str:
    """A text of ``words`` made-up words no other call with another ``n`` shares."""
    picks = [_SYLLABLES[i % 70] + _SYLLABLES[i // 70 % 70] + _SYLLABLES[i // 4900 % 70]
             for i in range(n * words, (n + 1) * words)]
    return " ".join(picks) + "."


def _crowded_feed(fillers: int, far: int = 400) -> list:
    """Two outlets' reports of one speech a day apart, ``fillers`` reports on other matters
    within the same days, and ``far`` unrelated articles of the years before, 5 days apart. No article's names were read
    (no entities stage), so any of them may name the senator: all are comparable."""
    feed = [_article("r1", SPEECH_1, "2024-03-05"), _article("r2", SPEECH_2, "2024-03-06")]
    feed += [_article(f"f{n}", _gibberish(n), f"2024-03-0{4 + n % 4}") for n in range(fillers)]
    start = date(2018, 1, 1).toordinal()
    feed += [_article(f"o{k}", _gibberish(200 + k), date.fromordinal(start + 5 * k).isoformat()) for k in range(far)]
    return feed


def test_closeness_still_joins_one_speechs_reports_when_few_reports_came_out_those_days():
    feed = _crowded_feed(fillers=4)
    cluster_stories(feed, threshold=0.13)
    assert feed[0].story == feed[1].story
    assert len({a.story for a in feed}) == len(feed) - 1


def test_closeness_alone_joins_nothing_in_days_crowded_with_comparable_reports():
    # 151 other reports (any may name her) came out within three days of the speech: closeness
    # no longer tells which of them report one occasion, so the two reports, which share few
    # words (0.12), stay apart; the rarity of their closeness alone (152 of 552 articles) would
    # still raise them to 0.20
    feed = _crowded_feed(fillers=150)
    cluster_stories(feed, threshold=0.13)
    assert feed[0].story != feed[1].story
    assert len({a.story for a in feed}) == len(feed)


def _days(**offsets):
    return {i: date(2024, 3, 1).fromordinal(date(2024, 3, 1).toordinal() + o) if o is not None else None
            for i, o in offsets.items()}


def test_comparable_counts_count_the_reports_within_three_days_naming_a_party_alike():
    days = _days(a=0, b=1, c=3, d=4, e=-3, u=None, **{f"x{k}": 2 for k in range(12)})
    named = {"a": frozenset({"okafor"}), "b": frozenset({"okafor", "dunmore"}), "c": frozenset({"dunmore"}),
             "d": frozenset({"okafor"}), "e": frozenset({"okafor"}),
             **{f"x{k}": frozenset({"pellham"}) for k in range(12)}}
    # a: 15 others within 3 days (b, c, e, x0-x11; d lies 4 days off), of which b and e name
    # Okafor; c names Dunmore only
    assert comparable_counts(days, named, ["a", "u"]) == {"a": 2}
    named["x0"] = frozenset({"okafor", "pellham"})
    del named["x1"]  # its names were never read: it may name her
    assert comparable_counts(days, named, ["a"]) == {"a": 4}
    assert comparable_counts(days, named, ["d"]) == {"d": 3}  # b, x0, x1 of its 14 others
    # a window of at most CROWD others is not read name by name: it cannot be crowded
    assert CROWD == 12
    assert comparable_counts(_days(p=0, q=1), {"p": frozenset({"okafor"}), "q": frozenset()}, ["p"]) == {"p": 1}
    assert comparable_counts(days, None, ["a"]) == {"a": 15}


def test_crowd_damped_scales_the_raise_alone_by_the_crowd_over_the_larger_count():
    days = _days(a=0, b=0, c=40, d=41, **{f"x{k}": 1 for k in range(22)})
    named = {i: frozenset({"okafor"}) for i in days}
    plain = {("a", "b"): 0.10, ("c", "d"): 0.10, ("a", "x0"): 0.05}
    raised = {("a", "b"): 0.20, ("c", "d"): 0.18, ("a", "x0"): 0.05}
    out = crowd_damped(plain, raised, days, named)
    assert out[("a", "b")] == pytest.approx(0.10 + 0.10 * 12 / 23)  # 23 others name her those days
    assert out[("c", "d")] == 0.18  # one other within days: the raise stands
    assert out[("a", "x0")] == 0.05  # not raised: nothing to scale
    assert raised[("a", "b")] == 0.20  # the input is not changed


def test_placing_a_report_in_crowded_days_keeps_it_apart_as_a_full_clustering_does():
    from storyline.fuse import place_new_articles
    feed = _crowded_feed(fillers=150)
    late = feed.pop(1)
    cluster_stories(feed, threshold=0.13)
    feed.append(late)
    place_new_articles(feed, 0.13, {})  # the crowd is counted over the earlier articles too
    assert late.story != feed[0].story
    assert len({a.story for a in feed}) == len(feed)
