"""Two entity rules no other test noticed breaking: a union of states ("European", "the EU")
is never the country an article is about, and a deputy's office is shared (its title names
no one, whoever the knowledge base lists in it). Every sentence here is invented."""
import datetime as dt

from storyline.entities import annotate_entities
from storyline.entities.find import Found
from storyline.entities.home_country import country_context
from storyline.entities.kb import load_kb
from storyline.model import Article


def found(text: str, type_: str, start: int) -> Found:
    return Found(start=start, end=start + len(text), text=text, type=type_)


def test_a_union_named_most_is_not_the_home_country():
    kb = load_kb()
    # "European" four times (NORP, the EU's code), Kenya once: the union lends no country,
    # so the one country named is the article's, and the union's sentence names none
    names = [found("European", "NORP", 10 * n) for n in range(4)] + [found("Kenya", "GPE", 100)]
    home, by_sentence = country_context(names, kb, sentence_of=lambda offset: offset // 50)
    assert home == "KEN"
    assert by_sentence == {2: {"KEN"}}


def test_a_deputy_title_names_no_one_the_knowledge_base_lists(tmp_path):
    listed = tmp_path / "deputies.csv"
    listed.write_text("name,country,office,start,end\n"
                      "Otieno Barasa Wekesa,KEN,deputy_foreign_minister,2019-01-01,2024-12-31\n",
                      encoding="utf-8")
    kb = load_kb((listed,))
    day = dt.date(2022, 6, 1)
    assert kb.holders(["deputy_foreign_minister"], "KEN", day, day)[0].name == "Otieno Barasa Wekesa"
    assert kb.resolve_role(["deputy_foreign_minister"], "KEN", day, day) is None
    text = "The Kenyan deputy foreign minister visited traders in Mombasa on Tuesday."
    article = annotate_entities(Article(id="d1", text=text, published="2022-06-01"), kb)
    role = next(m for m in article.mentions if "deputy foreign minister" in m.text)
    assert role.kind == "role" and role.canonical != "Otieno Barasa Wekesa"
