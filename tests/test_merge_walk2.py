"""Merged-event defects a second analyst's walk found, each on invented text: a bilateral
held beside a summit merged into the summit, and an act merged with its answer (the same
two countries the other way round)."""
from storyline.fuse.events import merge_events
from storyline.model import Actor, Article, Event, Span


def actor(name, role, code):
    return Actor(start=0, end=len(name), text=name, role=role, canonical=name, code=code)


def event(aid, sentence, trigger, actors, date, cameo="040", ptype="CONSULT",
          modality="happened", start=0):
    at = sentence.index(trigger)
    return Event(article=aid, trigger=Span(start + at, start + at + len(trigger), trigger),
                 sentence=Span(start, start + len(sentence), sentence), type=ptype, cameo=cameo,
                 modality=modality, actors=list(actors), date=date,
                 date_source="timex" if date else "none")


def article(aid, events, published):
    return Article(id=aid, text="x" * 400, outlet=aid.upper(), story="s1",
                   published=published, events=events)


FOUR = [("Ostria", "OST"), ("Velmar", "VLM"), ("Karsk", "KRS"), ("Doravia", "DOR")]


def _summit(date="2031-03-10"):
    text = "The leaders of Ostria, Velmar, Karsk and Doravia will meet in Tarvik on Monday."
    return event("a1", text, "meet", [actor(n, "source", c) for n, c in FOUR], date,
                 modality="planned")


def _pair(aid, text, trigger, date, start=0, modality="happened"):
    return event(aid, text, trigger, [actor("Ivo Sander", "source", "KRSGOV"),
                                      actor("Lena Moro", "target", "DORGOV")],
                 date, modality=modality, start=start)


def _sources(merged):
    return sorted(sorted(s["article"] for s in m.sources) for m in merged)


def test_bilateral_on_the_summits_second_day_is_its_own_event():
    plan = _pair("a1", "Karsk's Ivo Sander is due to meet Lena Moro of Doravia on Tuesday.",
                 "meet", "2031-03-11", start=100, modality="planned")
    met = _pair("b1", "Ivo Sander and Lena Moro met on Tuesday in Tarvik.", "met",
                "2031-03-11")
    corpus = [article("a1", [_summit(), plan], "2031-03-09"), article("b1", [met], "2031-03-11")]
    merged = merge_events(corpus, learned=False)
    assert _sources(merged) == [["a1"], ["a1", "b1"]]
    summit = next(m for m in merged if len(m.actors) == 4)
    assert summit.date == "2031-03-10"
    with_learned = merge_events(corpus)
    assert _sources(with_learned) == [["a1"], ["a1", "b1"]]


def test_sidelines_meeting_the_same_day_is_its_own_event():
    met = _pair("b1", "Ivo Sander met Lena Moro on the sidelines of the Tarvik summit on Monday.",
                "met", "2031-03-10")
    corpus = [article("a1", [_summit()], "2031-03-09"), article("b1", [met], "2031-03-10")]
    assert _sources(merge_events(corpus, learned=False)) == [["a1"], ["b1"]]


def test_summit_told_in_part_the_same_day_still_merges():
    # two of the four leaders named, same day, no word setting their meeting aside:
    # one summit told in part
    met = event("b1", "Karsk and Doravia met in Tarvik on Monday with their neighbours.", "met",
                [actor("Karsk", "source", "KRS"), actor("Doravia", "target", "DOR")],
                "2031-03-10")
    corpus = [article("a1", [_summit()], "2031-03-09"), article("b1", [met], "2031-03-10")]
    assert _sources(merge_events(corpus, learned=False)) == [["a1", "b1"]]


def _trade(aid, text, trigger, source, target, date):
    return event(aid, text, trigger, [actor(source[0], "source", source[1]),
                                      actor(target[0], "target", target[1])],
                 date, cameo="163", ptype="COERCE")


def test_act_and_its_answer_with_roles_swapped_stay_apart():
    velmar, karsk = ("Velmar", "VLM"), ("Karsk", "KRS")
    duties = _trade("a1", "Velmar raised duties on goods from Karsk on Friday.", "raised duties",
                    velmar, karsk, "2031-05-02")
    halt = _trade("b1", "Karsk halted imports from Velmar on Friday.", "halted imports",
                  karsk, velmar, "2031-05-02")
    again = _trade("c1", "Velmar imposed duties on Karsk's goods on Friday.", "imposed duties",
                   velmar, karsk, "2031-05-02")
    corpus = [article("a1", [duties], "2031-05-03"), article("b1", [halt], "2031-05-03"),
              article("c1", [again], "2031-05-03")]
    for learned in (False, True):
        assert _sources(merge_events(corpus, learned=learned)) == [["a1", "c1"], ["b1"]]


def test_meeting_told_either_way_round_still_merges():
    a = _pair("a1", "Ivo Sander met Lena Moro on Monday.", "met", "2031-03-10")
    b = event("b1", "Lena Moro met Ivo Sander on Monday.", "met",
              [actor("Lena Moro", "source", "DORGOV"), actor("Ivo Sander", "target", "KRSGOV")],
              "2031-03-10")
    corpus = [article("a1", [a], "2031-03-11"), article("b1", [b], "2031-03-11")]
    assert _sources(merge_events(corpus, learned=False)) == [["a1", "b1"]]


def _threat(aid, text, trigger, date, date_range=None, source="timex"):
    e = event(aid, text, trigger, [actor("Velmar", "source", "VLM")], date, cameo="130",
              ptype="THREATEN")
    e.date_range, e.date_source = date_range, source
    return e


def test_day_inside_the_week_another_outlet_gives_is_one_event():
    # "last week" (2031-W19: May 5-11) and "on Thursday" (May 8) of that week
    week = _threat("a1", "Last week Velmar threatened to close the strait.", "threatened",
                   "2031-05", ["2031-05-05", "2031-05-11"])
    day = _threat("b1", "Velmar threatened on Thursday to close the strait.", "threatened",
                  "2031-05-08")
    corpus = [article("a1", [week], "2031-05-15"), article("b1", [day], "2031-05-09")]
    assert _sources(merge_events(corpus, learned=False)) == [["a1", "b1"]]


def test_day_outside_the_week_stays_apart():
    week = _threat("a1", "Last week Velmar threatened to close the strait.", "threatened",
                   "2031-05", ["2031-05-05", "2031-05-11"])
    day = _threat("b1", "Velmar threatened on May 20 to close the strait.", "threatened",
                  "2031-05-20")
    corpus = [article("a1", [week], "2031-05-15"), article("b1", [day], "2031-05-21")]
    assert _sources(merge_events(corpus, learned=False)) == [["a1"], ["b1"]]
