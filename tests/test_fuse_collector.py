"""The merge spares the cyclic collector the objects alive before it (fuse.collector_spared)."""
import gc

from storyline.fuse import collector_spared


def test_objects_alive_on_entry_are_frozen_inside_and_released_after():
    held = [{"mention": i} for i in range(1000)]  # containers alive before the merge
    assert gc.get_freeze_count() == 0
    with collector_spared():
        assert gc.get_freeze_count() >= len(held)
    assert gc.get_freeze_count() == 0


def test_a_callers_own_freeze_is_left_in_place():
    gc.freeze()
    try:
        before = gc.get_freeze_count()
        with collector_spared():
            pass
        assert gc.get_freeze_count() == before  # not unfrozen by the merge
    finally:
        gc.unfreeze()


def test_decorated_entry_point_runs_frozen_and_returns_its_value():
    @collector_spared()
    def merge():
        return gc.get_freeze_count()

    assert merge() > 0
    assert gc.get_freeze_count() == 0


def test_joined_bags_adds_as_counters_do_in_the_same_key_order():
    from collections import Counter

    from storyline.fuse.story_features import joined_bags

    whole = Counter({"summit": 2, "ent:Wang Yi": 3.0, "num:2023": 1})
    days, names = Counter({"day:2023-03-21": 1}), Counter({"name:Wang Yi": 1, "summit": 1})
    joined = joined_bags(whole, days, names, Counter())
    assert list(joined.items()) == [("summit", 3), ("ent:Wang Yi", 3.0), ("num:2023", 1),
                                    ("day:2023-03-21", 1), ("name:Wang Yi", 1)]
    assert whole == Counter({"summit": 2, "ent:Wang Yi": 3.0, "num:2023": 1})  # inputs untouched
    assert dict(joined_bags(Counter({"a": 1}), Counter({"a": -1, "b": 2}))) == {"b": 2}
