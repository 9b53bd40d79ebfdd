"""The clean stage: page furniture apart from body text.

Scraped and pasted articles carry lines that are not the story: photo credits
("Image: AP"), captions ("Sergei Lavrov (right) and Wang Yi"), relative timestamps
("20 minutes ago"), date lines ("Last Updated:", "Published: 12 March 2023"),
bare headlines and subheads, and labels ("Advertisement", "Read more"). The stage
finds them line by line and records each as a
:class:`~storyline.model.Furniture` span; one span may be part of a line: the wire
dateline that opens the first paragraph ("BELOZAR — The foreign ministers ...",
"WASHINGTON (Reuters) - ..."), so that sentence 1 starts at "The". The body is
everything else. The text itself is never altered, so every
offset stays an offset into ``Article.text``.

It errs towards the body: a line that ends like a sentence is never taken for a
headline or caption; only explicit patterns (credits, labels, dates) can make such
a line furniture.
"""
from __future__ import annotations

import re
from typing import Optional

from .config import Config
from .errors import W, warning
from .language import ENGLISH, declared_language, detect_language, language_name
from .model import Article, Furniture, trimmed
from .pipeline import register_stage

MAX_HEADLINE_WORDS = 20
MAX_HEADLINE_CHARS = 160
MAX_CAPTION_WORDS = 60

_I = re.IGNORECASE
_MONTHS = ("jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|june|"
           "july|august|september|october|november|december")
_DAYS = "mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|monday|tuesday|wednesday|thursday|friday|saturday|sunday"
# words that may appear in a line that is nothing but a date and time
_DATE_WORDS = re.compile(
    rf"^(?:\d+(?:st|nd|rd|th|am|pm)?|{_MONTHS}|{_DAYS}|am|pm|a\.m|p\.m|at|on|of|the|and|last|updated|published|"
    r"posted|modified|gmt|utc|bst|cet|cest|est|edt|et|pt|pst|pdt|ist|jst|msk|hkt|sgt|aest|z|"
    r"ago|h|hrs?|hours?|mins?|minutes?|secs?|seconds?|days?|weeks?|months?|years?|today|yesterday|just|now)$", _I)
_DATE_ANCHOR = re.compile(
    rf"\b(?:{_MONTHS}|{_DAYS}|today|yesterday|ago)\b|\d{{1,4}}[-/.]\d{{1,2}}[-/.]\d{{1,4}}|\d{{1,2}}[:.]\d{{2}}", _I)

_TIMESTAMP = re.compile(
    r"^(?:(?:updated|posted|published|edited)\s*:?\s*)?(?:(?:\d+|an?|one)\s*(?:s|secs?|seconds?|m|mins?|"
    r"minutes?|h|hrs?|hours?|d|days?|w|wks?|weeks?|mo|mos|months?|y|yrs?|years?)\s+ago|just now|"
    r"moments? ago|yesterday|today)\.?$", _I)
_DATELINE = re.compile(
    r"^(?:last\s+updated|first\s+published|originally\s+published|published|updated|posted|"
    r"last\s+modified|modified|date|created)(?:\s+(?:on|at))?\s*:?\s*(?P<rest>.*)$", _I)
# the wire agencies a dateline names: "(AP)", "(Reuters)"
_WIRES = r"(?:AP|AFP|Reuters|REUTERS|Xinhua|UPI|dpa|DPA|TASS|IANS|PTI|ANI|Bloomberg|CNN)"
# the source a dateline names in brackets: a wire agency, or any outlet's capitalised name
# ("LIMA (Pacific Ledger) -"); kept as the group "source"
_DATELINE_SOURCE = rf"(?P<source>{_WIRES}|[A-Z][\w&.'\u2019]*(?:\s+(?:of\s+|the\s+)?[A-Z][\w&.'\u2019]*){{0,4}})"
# a wire dateline on its own line: "NAIROBI, Kenya (AP) _", "JOHANNESBURG, August 7 (Xinhua) --"
_AGENCY_DATELINE = re.compile(
    rf"^[A-Z][A-Z.'\u2019 -]+(?:,\s*[A-Z][\w.'\u2019 -]*)*(?:,?\s*(?:{_MONTHS})\.?\s+\d{{1,2}})?"
    rf"\s*\({_DATELINE_SOURCE}\)\s*(?:--|_|-|\u2013|\u2014)?\s*$")
# the same dateline opening the story's first paragraph: "BELOZAR — The foreign ...",
# "WASHINGTON (Reuters) - ...": a place in capitals, maybe a source, then a dash
_INLINE_DATELINE = re.compile(
    r"[A-Z][A-Z.'\u2019 -]*[A-Z](?:,\s*[A-Z][\w.'\u2019 ]{1,30}?)?"
    rf"(?:\s*\(\s*{_DATELINE_SOURCE}\s*\))?"
    r"\s*(?:--|\u2014|\u2013|_|-)(?=\s+[A-Z\"\u201c])")
_CREDIT = re.compile(
    r"^[(\[]?\s*(?:image|images|photo|photos|photograph|picture|pic|credits?|video|illustration|"
    r"graphic|file\s+photo|photo\s+credit|image\s+credit|image\s+source|photo\s+illustration|"
    r"source|courtesy)\s*(?::|/|\||by\b|-|\u2013|\u2014)\s*[^.!?]{1,80}[)\]]?\.?$", _I)
_AGENCY = (r"(?:AP|AFP|Reuters|REUTERS|Getty Images|Getty|EPA|EPA-EFE|Xinhua|TASS|Sputnik|"
           r"Bloomberg|PA|PA Media|Shutterstock|Anadolu|Pool|Kremlin|Handout|IANS|PTI|ANI)")
_AGENCY_LINE = re.compile(rf"^{_AGENCY}(?:\s+(?:Photo|via\s+Getty\s+Images|Images))?(?:\s*[/|]\s*[^.!?]{{0,60}})?$")
_NAME = r"[A-Z][\w'\u2019.-]*(?:\s+[A-Z][\w'\u2019.-]*){0,3}"
_CREDIT_WORD = r"(?:photo|image|picture|credit|photograph|pic)s?"
_CREDIT_TAILS = (
    # "(Photo: Reuters)", "| Image by Jane Doe"
    re.compile(rf"[(\[|]\s*{_CREDIT_WORD}\s*(?::|/|by\b)\s*[^.!?()]{{1,60}}[)\]]?\.?$", _I),
    # "... on Wednesday. Photo: Reuters"
    re.compile(rf"\s{_CREDIT_WORD}\s*[:/]\s*[A-Z][^.!?()]{{0,60}}\.?$", _I),
    # "(AP Photo/Alexander Zemlianichenko)", "Reuters/Kim Kyung-Hoon": a name after the slash, nothing more
    re.compile(rf"\s[(\[]?{_AGENCY}(?:\s+Photo)?\s*/\s*{_NAME}[)\]]?\.?$"),
    re.compile(rf"\s[(\[]?{_AGENCY}\s+(?:Photo|via Getty Images)[)\]]?\.?$"),
)
_POSITION = re.compile(
    r"\((?:left|right|centre|center|second\s+(?:left|right|from\s+(?:left|right))|l|r|c|front|back|"
    r"top|bottom|pictured|in\s+picture|file|file\s+photo|top\s+left|top\s+right|bottom\s+left|"
    r"bottom\s+right|l-r|r-l|from\s+left)\)", _I)
_LABELS = {
    "advertisement", "advertisements", "ad", "sponsored", "sponsored content", "read more", "more",
    "share", "share this", "share this article", "share this story", "share article", "related",
    "related articles", "related stories", "related content", "related news", "recommended",
    "most read", "most popular", "trending", "trending now", "also read", "see also", "skip to content",
    "skip advertisement", "continue reading", "story continues below", "story continues below advertisement",
    "article continues below", "comments", "comment", "print", "email", "copy link", "listen",
    "listen to this article", "subscribe", "sign up", "newsletter", "watch", "video", "photos", "gallery",
    "topics", "tags", "top stories", "latest news", "you may also like", "don't miss", "editor's picks",
    "follow", "facebook", "twitter", "whatsapp", "linkedin", "telegram", "x", "reddit", "menu", "search",
}
_LABEL_PREFIX = re.compile(
    r"^(?:read\s+more|also\s+read|related|see\s+also|watch|listen|tags|topics|filed\s+under|"
    r"recommended|more\s+on\s+this\s+story)\s*[:|\u2014\u2013-]|^(?:follow\s+(?:us|@|\w+\s+on)|sign\s+up\s+(?:for|to)|"
    r"subscribe\s+to\s+(?:our|the)|click\s+here\s+to|download\s+(?:the|our)\s+app|join\s+our|"
    r"share\s+(?:this|on|via)|\d+\s+min(?:ute)?s?\s+read\b)", _I)
# "By Jane Smith and Ivan Petrov", "By Anna Lee, Reuters": capitalised names only
_BYLINE = re.compile(r"^(?:[Bb]y|BY|[Ww]ritten\s+by|[Ww]ords\s+by)\s+[A-Z][\w.'\u2019-]*"
                     r"(?:[\s,]+(?:and\s+)?[A-Z][\w.'\u2019-]*){0,7}"
                     r"(?:\s*[|,\u2014-]\s*[A-Z][\w .&-]{0,40})?$")
_REPORTING = re.compile(r"^\(?\s*(?:reporting|additional\s+reporting|writing|editing)\s+by\b.{0,200}\)?\.?$", _I)
_SENTENCE_END = re.compile(r"[.!?;:,\u2026]$")
# a sentence ending inside the line ('"... for president." - Jane Doe'): prose, not a headline
_INNER_SENTENCE_END = re.compile(r"(\w*)[.!?][\"'\u201d\u2019)]*\s+\S")
_ABBREVIATIONS = {"mr", "mrs", "ms", "dr", "st", "sen", "rep", "gov", "gen", "lt", "col", "sgt", "capt",
                  "jr", "sr", "prof", "no", "vs", "v", "inc", "corp", "co", "ltd", "mt", "ft", "pres"}
_TRAILING_CLOSERS = "\"'\u201d\u2019)]\u00bb "
_FUNCTION_WORDS = {"a", "an", "the", "and", "or", "but", "of", "to", "in", "on", "for", "with", "that",
                   "which", "who", "as", "at", "by", "from", "is", "was", "are", "were", "be", "his", "her"}


def line_spans(text: str) -> list:
    """``[start, end]`` of every non-blank line, trimmed of surrounding white space."""
    spans, pos = [], 0
    for raw in text.split("\n"):
        span = trimmed(text, pos, pos + len(raw))
        pos += len(raw) + 1
        if span:
            spans.append(span)
    return spans


def ends_like_sentence(line: str) -> bool:
    """True when the line ends with sentence punctuation (closing quotes and brackets aside)."""
    return bool(_SENTENCE_END.search(line.rstrip(_TRAILING_CLOSERS)))


def is_date_only(text: str) -> bool:
    """True when ``text`` holds a date or time and nothing else ("Wed 22 Feb 2023, 10:31 GMT").

    A bare number ("5", list numbering) is not a date: a month or day name, a relative
    word, a numeric date (22/02/2023) or a clock time (10:31) must be there.
    """
    if len(text) > 80:  # date lines are short; this keeps long paragraphs cheap
        return False
    words = re.findall(r"[^\W_]+", text)
    return (bool(words) and bool(_DATE_ANCHOR.search(text))
            and all(_DATE_WORDS.match(w) for w in words))


def classify_pattern(line: str) -> Optional[str]:
    """The furniture kind an explicit pattern gives this line, or None.

    line (str): one line, trimmed.
    """
    if len(line) > 600:  # a long paragraph is never furniture; skip the patterns
        return None
    bare = line.strip("*#|-\u2013\u2014\u2022 \t").rstrip(":\u00bb>")
    lower = bare.lower().strip()
    if not lower or re.fullmatch(r"\d{1,3}\.?", lower):
        return "other"  # rules, bullets, separators, list numbers
    if lower in _LABELS:
        return "label"
    if _TIMESTAMP.match(bare):
        return "timestamp"
    dateline = _DATELINE.match(bare)
    rest = dateline.group("rest").strip() if dateline else ""
    if dateline and (not rest or is_date_only(rest) or re.fullmatch(r"(?:19|20)\d\d", rest)):
        return "dateline"
    if is_date_only(bare) or _AGENCY_DATELINE.match(bare):
        return "dateline"
    if ((_CREDIT.match(line) and len(line.split()) <= 12) or _AGENCY_LINE.match(bare)
            or _REPORTING.match(line) or _BYLINE.match(bare)):
        return "credit"
    if _LABEL_PREFIX.match(bare) and len(bare.split()) <= 25:
        return "label"
    words = line.split()
    if len(words) <= MAX_CAPTION_WORDS and (any(t.search(line) for t in _CREDIT_TAILS) or
                                            (_POSITION.search(line) and not ends_like_sentence(line))):
        return "caption"
    return None


def _has_inner_sentence_end(line: str) -> bool:
    """True when a sentence ends inside the line (abbreviations and initials aside)."""
    for match in _INNER_SENTENCE_END.finditer(line):
        word = match.group(1)
        if len(word) <= 1 or word.lower() in _ABBREVIATIONS or (word.isupper() and len(word) <= 3):
            continue  # "J. Smith", "Mr. Putin", "U.S. envoy"
        return True
    return False


def headline_like(line: str) -> bool:
    """A short line that does not read as part of a sentence: a headline, subhead or kicker.

    line (str): one line, trimmed.
    """
    words = line.split()
    if not 1 <= len(words) <= MAX_HEADLINE_WORDS or len(line) > MAX_HEADLINE_CHARS:
        return False
    if ends_like_sentence(line) or _has_inner_sentence_end(line):
        return False
    first = line.lstrip("\"'\u201c\u2018([")[:1]
    if not (first.isupper() or first.isdigit()):
        return False
    # a line cut off mid-sentence ("... talks with the") is prose, not a headline
    return words[-1].lower().strip("\"'\u201d\u2019") not in _FUNCTION_WORDS


def _is_name_list(line: str) -> bool:
    """Keyword or name pairs under a photo ("China-Russia Xi-Putin"): capitalised X-Y compounds only."""
    words = line.split()
    if not 2 <= len(words) <= 5 or ends_like_sentence(line):
        return False
    pairs = [w for w in words if re.fullmatch(r"[A-Z][\w'\u2019]*(?:[-/&][A-Z][\w'\u2019]*)+", w)]
    return 2 * len(pairs) >= len(words) and all(w[:1].isupper() for w in words)


def _prose_continuations(text: str, spans: list, lines: list) -> set:
    """Indexes of lines run on from or into a neighbour (hard-wrapped prose): never headlines."""
    prose = set()
    for i in range(len(spans) - 1):
        adjacent = text.count("\n", spans[i][1], spans[i + 1][0]) == 1
        if adjacent and (lines[i + 1][:1].islower() or lines[i + 1][:1] in ",;)"):
            prose.update((i, i + 1))
    return prose


def _same_line(a: str, b: str) -> bool:
    return " ".join(a.lower().split()).strip(" .") == " ".join(b.lower().split()).strip(" .")


def classify_lines(text: str, title: Optional[str] = None) -> list:
    """``[(start, end, kind or None)]`` for every non-blank line; None means body.

    text (str): the article text.
    title (str | None): the known title; a line repeating it is a headline.
    """
    spans = line_spans(text)
    if len(spans) < 2:  # one paragraph: nothing to tell apart, all body
        return [(s, e, None) for s, e in spans]
    lines = [text[s:e] for s, e in spans]
    prose = _prose_continuations(text, spans, lines)
    kinds = []
    for i, line in enumerate(lines):
        kind = classify_pattern(line)
        if kind is None and i not in prose:
            if title and _same_line(line, title):
                kind = "headline"
            elif _is_name_list(line):
                kind = "caption"
            elif headline_like(line) or (i == 0 and _opening_headline(line)):
                kind = "headline"
        kinds.append(kind)
    for i in range(1, len(kinds)):
        if kinds[i] == "headline" and kinds[i - 1] == "credit":
            kinds[i] = "caption"  # the line under "Photo: …" describes the photo
    for i in _outlet_lines(lines, kinds):
        kinds[i] = "credit"  # the publisher's name under the headline, not a second headline
    if all(k is not None for k in kinds):
        # nothing left for the body: short unpunctuated lines are then the story itself
        kinds = [None if k in ("headline", "caption") else k for k in kinds]
    return [(s, e, k) for (s, e), k in zip(spans, kinds)]


# words an outlet's name may hold uncapitalised ("The Times of India", "Sol de la Tarde")
_NAME_JOINERS = {"of", "the", "and", "&", "de", "la", "el", "le", "du", "des", "da", "do", "for", "on"}


def reads_as_name(line: str) -> bool:
    """Whether a short line reads as the name of an outlet ("Capital Post", "The Times of
    India"): two to six words, each capitalised or a joining word, nothing that ends or
    breaks a sentence; one word only when it is a wire agency ("Reuters")."""
    words = line.split()
    if not 1 <= len(words) <= 6 or not words[0][:1].isupper() or re.search(r"[.!?;:,\u2026\u2014\u2013|]$|[:;|]", line):
        return False
    if len(words) == 1:
        return bool(re.fullmatch(_WIRES, words[0]))
    return all(w[:1].isupper() or w[:1].isdigit() or w.lower() in _NAME_JOINERS for w in words)


# the words outlets' names end with ("Lakeside Gazette", "Northwind Radio", "Kestrel News")
# or open before "of" ("Times of Malawi")
_OUTLET_WORDS = {
    "news", "radio", "tv", "television", "times", "post", "herald", "gazette", "tribune", "journal",
    "bulletin", "courier", "chronicle", "daily", "weekly", "press", "agency", "wire", "review", "observer",
    "telegraph", "guardian", "mail", "express", "standard", "star", "globe", "ledger", "register",
    "dispatch", "examiner", "mirror", "monitor", "sentinel", "messenger", "echo", "network",
    "broadcasting", "channel", "media", "magazine", "inquirer", "enquirer", "voice",
}
# words of a section heading, a label or a staff line made with the same words ("Breaking
# News", "World News", "Staff Writer", "News Desk"): a line of only these and outlet words names no outlet
_SECTION_WORDS = {
    "breaking", "latest", "top", "world", "local", "business", "sport", "sports", "national",
    "international", "politics", "live", "more", "related", "key", "opinion", "analysis", "economy",
    "health", "science", "tech", "technology", "culture", "entertainment", "staff", "desk", "team",
    "editor", "editors", "editorial", "correspondent", "special", "our", "bureau", "the", "and", "&", "of",
}
# words that make a title-case line a headline or subhead ("New Line To Open In 2027"), never a name
_NOT_IN_NAMES = {"to", "in", "on", "at", "for", "with", "after", "over", "as", "is", "are", "was",
                 "were", "by", "from", "into", "amid", "says", "said", "will", "not", "how", "why"}


def _outlet_name(line: str) -> bool:
    """Whether a line standing alone between the headline and the body names the outlet
    ("Kestrel News", "The Times of Malawi"): a name (:func:`reads_as_name`) of at most five
    words that ends with a word outlets' names end with (or has it before "of"), holds a
    word of its own, and no preposition or verb.

    Without a date or byline under it the name alone must tell: a bare "Jane Doe" may be
    the author, "Breaking News" a label, "Talks Resume In Geneva" or "Post Office Closures
    Anger Villagers" a subhead."""
    words = [w.strip("'\u2019").lower() for w in line.split()]
    ends = words[-1] in _OUTLET_WORDS or any(
        w in _OUTLET_WORDS and nxt == "of" for w, nxt in zip(words, words[1:]))
    return (reads_as_name(line) and len(words) <= 5 and ends and not _NOT_IN_NAMES.intersection(words[1:])
            and any(w not in _OUTLET_WORDS and w not in _SECTION_WORDS for w in words))


def _outlet_lines(lines: list, kinds: list) -> list:
    """Indexes of the header line naming the outlet: a line read as a headline, right under
    the headline with no body line before it, that reads as a name (:func:`reads_as_name`)
    in the header shape "headline / outlet / date or byline", or names an outlet by itself
    (:func:`_outlet_name`) in the shape "headline / outlet / body". At most one."""
    for i in range(1, len(lines) - 1):
        if any(k is None for k in kinds[:i]):
            break  # the body has begun: no header any more
        if kinds[i] != "headline" or kinds[i - 1] != "headline":
            continue
        if kinds[i + 1] in ("dateline", "credit") and reads_as_name(lines[i]):
            return [i]
        if kinds[i + 1] is None and _outlet_name(lines[i]):
            return [i]
    return []


def find_outlet(text: str, classified: Optional[list] = None) -> Optional[str]:
    """The outlet an article given as plain text names in its header, or None: the outlet
    line of the shape "headline / outlet / date or byline" (:func:`_outlet_lines`), else the
    source a dateline names in brackets ("LIMA (Pacific Ledger) - …", "(Reuters)"). Never
    read from a sentence of the story.

    text (str): the article text. classified (list | None): :func:`classify_lines` of it.
    """
    classified = classify_lines(text) if classified is None else classified
    opening = len(text)  # where the first body line ends: the header and its dateline lie before
    for start, end, kind in classified:
        if kind is None:
            opening = end
            break
        if kind == "credit" and classify_pattern(text[start:end]) is None:
            return text[start:end]  # a header line only _outlet_lines makes a credit
    for item in _furniture(text, classified):
        if item.kind != "dateline" or item.start > opening:
            continue
        match = _AGENCY_DATELINE.match(item.text) or _INLINE_DATELINE.match(text, item.start)
        if match and match.group("source") and not _a_place(match.group("source")):
            return match.group("source")
    return None


def _a_place(name: str) -> bool:
    """Whether a dateline's bracketed name (str) is a country or region the knowledge base
    knows ("KYIV (Ukraine) -", "GAZA CITY (Gaza Strip) -"): where, not who reports."""
    from .entities.kb import load_kb  # here: only a dateline naming a source asks

    return load_kb().knows_country_or_region(name)


def _opening_headline(line: str) -> bool:
    """A first line in sentence case ("Karsk's new defence chief sworn in"): short, with no
    sentence punctuation at its end or inside it."""
    return (len(line.split()) <= MAX_HEADLINE_WORDS and len(line) <= MAX_HEADLINE_CHARS
            and not ends_like_sentence(line) and not _has_inner_sentence_end(line)
            and not line.rstrip().endswith((",", ";", ":")))


def find_furniture(text: str, title: Optional[str] = None) -> list:
    """The furniture lines of ``text`` as :class:`Furniture` records, in text order.

    text (str): the article text.
    title (str | None): the known title, if any.
    """
    return _furniture(text, classify_lines(text, title))


def _furniture(text: str, classified: list) -> list:
    """Furniture records of the classified lines, with the dateline that opens the first
    body line ("BELOZAR — ") as one of its own: a sentence starts after it."""
    found = [Furniture(s, e, text[s:e], k) for s, e, k in classified if k]
    first = next(((s, e) for s, e, k in classified if k is None), None)
    match = _INLINE_DATELINE.match(text, first[0], first[1]) if first else None
    if match and sum(c.isupper() for c in match.group(0)) >= 3 \
            and not any(c.islower() for c in re.split(r"[,(]", match.group(0))[0]):
        found.append(Furniture(match.start(), match.end(), match.group(0), "dateline"))
    return sorted(found, key=lambda f: f.start)


def title_from_lines(text: str, classified: list) -> Optional[str]:
    """The headline: the last headline-like line before the first body line, or None.

    Pages pasted as text put captions and kickers above the headline, and dates or
    timestamps below it.
    text (str): the article text.
    classified (list): :func:`classify_lines` output for it.
    """
    title = None
    for start, end, kind in classified:
        if kind is None:
            break
        if kind == "headline":
            title = text[start:end]
    return title


def find_title(text: str) -> Optional[str]:
    """The headline of an article given as plain text, or None.

    text (str): the article text.
    """
    return title_from_lines(text, classify_lines(text))


def body_regions(text: str, furniture: list) -> list:
    """``[[start, end]]`` of the text between furniture spans, trimmed, empty ones dropped.

    text (str): the article text.
    furniture (list[Furniture]): spans to leave out, in text order.
    """
    regions, pos = [], 0
    for item in sorted(furniture, key=lambda f: f.start) + [Furniture(len(text), len(text), "", "end")]:
        region = trimmed(text, pos, item.start)
        if region:
            regions.append(region)
        pos = max(pos, item.end)
    return regions


def clean_article(article: Article) -> Article:
    """Assign ``body``, ``furniture`` and, when missing, ``title`` (finding, then writing)."""
    text = article.text
    classified = classify_lines(text, article.title)
    title = article.title or title_from_lines(text, classified)
    furniture = _furniture(text, classified)
    article.title = title
    article.furniture = furniture
    article.body = body_regions(text, furniture)
    if article.lang is None:
        article.lang = article_language(article)
    return article


def article_language(article: Article) -> str:
    """The article's language from its body (furniture left out) and what its input declared;
    a language other than English is told to the user as warning W003."""
    declared = declared_language(article.meta.get("lang") or article.meta.get("language"))
    body = " ".join(article.text[start:end] for start, end in article.body or [[0, len(article.text)]])
    code, _how = detect_language(body, declared)
    if code != ENGLISH:
        article.warnings.append(warning(W.LANGUAGE, name=language_name(code), code=code))
    return code


@register_stage("clean", assigns=["Article.body", "Article.furniture", "Article.title", "Article.lang"])
def make_stage(config: Config):
    """The clean stage needs no settings; it is a plain function."""
    return clean_article
