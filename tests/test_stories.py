"""Story clustering: articles about one event group together; another event opens a new story."""
from storyline.fuse.stories import cluster_stories
from storyline.model import Article, Mention


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
