"""Story clustering's vector arithmetic, made faster without changing what it gives:
pair dot products in numpy (story_vectors.pair_dots), TF-IDF weights built in C
(story_vectors.tfidf_vectors) and the bag split in one pass (story_features.split_bags).
Expected values are worked out by hand."""
import math
from collections import Counter

import pytest

from storyline.fuse.stories import cluster_stories, tfidf_vectors
from storyline.fuse.story_features import split_bags
from storyline.fuse.story_vectors import pair_dots


def test_pair_dots_are_dot_products_over_shared_features():
    vectors = {"a": {"x": 0.5, "y": 0.5}, "b": {"y": 0.2, "z": 0.9}, "c": {"w": 1.0}, "d": {}}
    dots = pair_dots(vectors, [("a", "b"), ("a", "c"), ("b", "c"), ("c", "d"), ("a", "d")])
    assert dots == pytest.approx([0.1, 0.0, 0.0, 0.0, 0.0])
    assert dots[1:] == [0.0, 0.0, 0.0, 0.0]  # nothing shared: exactly nothing
    assert pair_dots(vectors, []) == []


def test_pair_dots_keep_the_order_of_pairs_sharing_a_second_article():
    vectors = {"a": {"x": 1.0}, "b": {"x": 2.0, "y": 1.0}, "c": {"y": 3.0}, "e": {"x": 0.5, "y": 0.25}}
    assert pair_dots(vectors, [("c", "e"), ("a", "e"), ("b", "e"), ("a", "b"), ("b", "c")]) == [
        0.75, 0.5, 1.25, 2.0, 3.0]


def test_a_pair_dot_sums_its_first_vector_features_in_order_whatever_else_is_scored():
    # 0.1 + 0.2 + 0.3 is 0.6000000000000001 left to right, 0.3 + 0.2 + 0.1 is 0.6: the sum runs
    # over the first vector's features in its own order, so a pair scores the same in every
    # process and in a merge of any other articles
    first, second = {"p": 0.1, "q": 0.2, "r": 0.3}, {"r": 1.0, "q": 1.0, "p": 1.0}
    assert pair_dots({"a": first, "b": second}, [("a", "b"), ("b", "a")]) == [0.6000000000000001, 0.6]
    more = {"z": {"p": 0.4}, "a": first, "y": {"r": 0.7, "s": 0.1}, "b": second}
    assert pair_dots(more, [("z", "y"), ("y", "b"), ("a", "b"), ("z", "b")]) == [0.0, 0.7, 0.6000000000000001, 0.4]


def test_tfidf_vectors_weigh_counts_and_drop_features_of_one_article():
    bags = {"a": Counter({"x": 1, "y": 1, "z": 0}), "b": {"x": 1, "y": 4, "w": 2}, "c": {}}
    vectors = tfidf_vectors(bags)
    # n = 3; idf: x, y in two of three -> log(4/3) + 1; w in one -> log(2) + 1 (it counts in
    # b's length, then is left out); z (count 0) weighs nothing but is counted as held
    two, one = math.log(4 / 3) + 1, math.log(2) + 1
    assert vectors["a"] == pytest.approx({"x": 1 / math.sqrt(2), "y": 1 / math.sqrt(2)})
    b = [two, (1 + math.log(4)) * two, (1 + math.log(2)) * one]
    norm = math.sqrt(sum(v * v for v in b))
    assert vectors["b"] == pytest.approx({"x": b[0] / norm, "y": b[1] / norm})
    assert list(vectors["b"]) == ["x", "y"] and vectors["c"] == {}


def test_split_bags_sets_quotes_days_names_and_language_apart():
    bag = Counter({"talks": 2, "q:we will not give up ground": 1, "ent:wang yi": 3.0, "day:2023-02-21": 1,
                   "name:wang yi": 1, "lang:de": 1, "num:2023": 1})
    words, runs, told, names, langs = split_bags({"a": bag, "b": {"plain": 1}})
    assert list(words["a"].items()) == [("talks", 2), ("ent:wang yi", 3.0), ("num:2023", 1)]
    assert runs == {"a": frozenset({"q:we will not give up ground"}), "b": frozenset()}
    assert told["a"] == Counter({"day:2023-02-21": 1}) and names["a"] == Counter({"name:wang yi": 1})
    assert langs["a"] == Counter({"lang:de": 1}) and langs["b"] == Counter()
    assert words["b"] == {"plain": 1}


def test_cluster_stories_still_groups_reports_of_one_event():
    from storyline.model import Article

    def article(aid, text):
        return Article(id=aid, text=text, published="2024-03-05", body=[[0, len(text)]])

    feed = [article("a1", "Flood waters swept through Valdora town; rescuers pulled twelve villagers from roofs."),
            article("a2", "Rescuers in Valdora pulled twelve villagers from roofs as flood waters swept the town."),
            article("b1", "The central bank of Norland raised interest rates by half a point to curb inflation."),
            article("b2", "Norland's central bank lifted interest rates half a point, citing stubborn inflation.")]
    cluster_stories(feed)
    assert feed[0].story == feed[1].story and feed[2].story == feed[3].story
    assert feed[0].story != feed[2].story
