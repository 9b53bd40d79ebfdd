"""Gaps the round-8 review found in the tests of this round's entity and event rules: each
test here fails when the rule it names is switched off (checked on a scratch copy).

Every sentence is invented; expected values are written by hand from reading it.
"""
import pytest

from storyline.config import Config
from storyline.entities import annotate_entities, link_entities
from storyline.model import Article
from storyline.pipeline import Pipeline


@pytest.fixture(scope="module")
def run():
    pipeline = Pipeline(Config(jobs=1))

    def annotate(text: str) -> Article:
        (article,) = pipeline.pipe([Article(id="r", text=text, published="2023-03-22",
                                            published_source="metadata")], jobs=1)
        return article
    return annotate


def story_article(id_, text, story="s1"):
    return annotate_entities(Article(id=id_, text=text, story=story, published="2023-03-22"))


def canonicals(article, surface):
    """The canonical names of the mentions of ``article`` written exactly ``surface``."""
    return {m.canonical for m in article.mentions if m.text == surface}


# ---- events: stances.endorses_a_view (STANCE_CHECKS "endorse", "support", "back", "embrace")


def test_backing_or_endorsing_an_opinion_is_no_support(run):
    # the round's own test ("an editorial that endorses this view") yields no event even
    # with the check off; these do, so they pin the check
    assert run("Lavrov backed the analysis.").events == []
    assert run("Mayor Ruiz endorsed the view.").events == []
    assert run("Moscow embraced Beijing's interpretation of the treaty.").events == []
    # backing a person stays support given
    (event,) = run("Lavrov backed Wang Yi.").events
    assert (event.type, event.cameo) == ("SUPPORT", "051")


# ---- entities: "the administration" across articles and between presidents ----------


def test_the_administration_of_another_article_is_no_agency_named_administration():
    # link_nominals._host_nouns leaves a name's head out of the hosts when it is a
    # GOVERNMENT noun: across articles "the administration" never joins such an agency
    a1 = story_article("a1", "The Federal Highway Administration approved the road plan on "
                             "Monday. The Federal Highway Administration said work starts soon.")
    a2 = story_article("a2", "The administration said on Monday it would fund the road. "
                             "The administration gave no figures.")
    link_entities([a1, a2])
    assert canonicals(a2, "The administration") == {"administration"}


def test_two_presidents_administrations_stay_apart():
    # nominals.modifiers: a capitalised word before "administration" is its owner
    b1 = story_article("b1", "The Bush administration approved the sanctions in 2005. Critics "
                             "said the Bush administration acted alone.")
    b2 = story_article("b2", "The Obama administration lifted the sanctions in 2015. The Obama "
                             "administration said it was time.")
    link_entities([b1, b2])
    assert canonicals(b1, "administration") == {"Bush administration"}
    assert canonicals(b2, "administration") == {"Obama administration"}
