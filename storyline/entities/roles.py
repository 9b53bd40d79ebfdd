"""Finding role mentions: people named by office ("the Russian president", "China's top
diplomat", "Kremlin spokesman", "the head of Russia's Security Council", "Peru's interior
minister", "the minister of mines and minerals development"), and the apposition that
binds a role to a name ("top Chinese diplomat Wang Yi", "Ana Ruiz, the head of Spain's
Security Council").

A portfolio minister needs no list of ministries: one or more policy-area words joined by
"and" before "minister"/"secretary", or after "minister of/for", make the office; with a
country word before it, any capitalised words do ("Kenyan Blue Economy Minister").
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

from spacy.lang.en.stop_words import STOP_WORDS

from .find import ORG_LAST_WORDS, ROLE_ADJECTIVES, Found
from .kb import KnowledgeBase
from .names import fold
from ..patterns import trie_regex

# bodies whose head is an office holder: "the head of Russia's Security Council"
BODY_OFFICES = {
    "security council": "security_council_secretary",
    "central foreign affairs commission": "top_diplomat",
    "foreign ministry": "foreign_minister", "ministry of foreign affairs": "foreign_minister",
    "defence ministry": "defence_minister", "defense ministry": "defence_minister",
    "ministry of defence": "defence_minister", "ministry of defense": "defence_minister",
    "presidential office": "head_of_presidential_office",
    "central bank": "central_bank_governor", "army": "chief_of_general_staff",
    "armed forces": "military_chief", "police": "police_chief", "national police": "police_chief",
    "supreme court": "chief_justice", "judiciary": "chief_justice",
}
# bodies whose "secretary" or "director" is someone else ("the secretary of the Army" is a
# civilian minister, "a director of the central bank" a board member): head or chief only
_HEADED_ONLY = {"central bank", "army", "armed forces", "police", "national police", "supreme court",
                "judiciary"}
BODY_COUNTRY = {"central foreign affairs commission": "CHN"}
_POSS = r"(?:'s|’s)?"
# the office whose aide a role is: "the president's spokesman" is the presidency's (a
# state's), so the title counts as a role as "the spokesman" does
_OFFICE_OWNER = r"[Tt]he\s+(?:president|prime\s+minister|government|presidency)(?:'s|’s)"
_DET = r"(?:(?P<det>[Tt]he|[Aa]n?|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)\s+)?"

# policy areas a ministry or a cabinet secretary's department covers; a run of them, joined
# by "and", commas or spaces, names one portfolio ("industry and trade", "mines and
# minerals development"). Common nouns only, so a portfolio never eats a person's name.
PORTFOLIO_WORDS = frozenset("""
    interior home internal trade industry industries commerce commercial health finance finances
    economy economic economics treasury budget revenue justice law legal constitutional mines
    mining minerals mineral agriculture agricultural food farming fisheries fishing livestock
    lands land education schools higher energy power electricity oil petroleum gas hydrocarbons
    transport transportation roads railways aviation works public infrastructure housing urban
    development planning labour labor employment environment environmental climate forests
    forestry water resources natural tourism culture cultural arts heritage sport sports youth
    women gender family children social welfare information communications technology digital
    science research innovation telecommunications media broadcasting security immigration
    migration citizenship religious local government regional rural investment enterprise
    business cooperatives disaster emergency emergencies relief humanitarian irrigation veterans
    wildlife integration east african community cooperation international statistics taxation
    customs logistics maritime ports shipping construction privatisation privatization pensions
    sanitation medical services service administration affairs foreign defence defense
""".split())
# spellings of one portfolio, so "home minister" and "interior minister" are one office
_SAME_PORTFOLIO = {"home": "interior", "internal": "interior", "labor": "labour", "mining": "mines",
                   "treasury": "finance", "finances": "finance", "defense": "defence"}
_NOT_PORTFOLIO = {"and", "of", "for", "the", "affairs", "&"}


def _alternation(words, fold_case: bool = False) -> str:
    """A regex for any of ``words``, preferring the longest, written as a character trie
    (:func:`storyline.patterns.trie_regex`): with some 300 country names a plain
    alternation made role finding the slowest part of the stage."""
    return trie_regex(words, fold_case)


def _portfolio_patterns(country: str) -> tuple:
    """(titled, before, after) regexes of a portfolio minister: "<country> <Capitalised
    Words> Minister", "<country> <words> minister", "minister of/for <words>"."""
    word = rf"(?i:{_alternation(PORTFOLIO_WORDS, fold_case=True)})(?![\w\-])"
    run = rf"{word}(?:(?:\s*,\s*|\s+(?:and|&)\s+|\s+){word}){{0,5}}"
    adj = rf"(?P<adj>(?:(?i:{ROLE_ADJECTIVES}|cabinet)\s+)*)"  # Kenya's "Cabinet Secretary for Trade"
    head = r"(?P<title>(?i:minister|secretary))(?![\w\-])"
    before = re.compile(rf"\b{_DET}(?:{country}\s+)?{adj}(?P<portfolio>{run})\s+{head}")
    after = re.compile(rf"\b{_DET}(?:{country}\s+)?{adj}{head}\s+(?:of|for)\s+(?:the\s+)?"
                       rf"(?P<portfolio>{run})")
    cap = r"[A-Z][a-z]+(?![\w\-])"
    titled = re.compile(rf"\b{_DET}{country}\s+{adj}(?P<portfolio>{cap}(?:\s+(?:and|&)\s+{cap}|"
                        rf"\s+{cap}){{0,3}})\s+(?P<title>Minister)(?![\w\-])")
    return titled, before, after  # the titled run first: it holds the others


@lru_cache(maxsize=4)
def _patterns(kb: KnowledgeBase) -> tuple:
    countries = set()
    for c in kb.countries.values():
        countries.update(c.get("names", []) + c.get("demonyms", []))
        countries.update([c.get("capital") or ""] + c.get("capital_variants", []))
        countries.update(k for k in (c.get("seats") or {}) if not k.startswith("the "))
    countries.discard("")
    titles = {t for spec in kb.offices.values()
              for t in spec.get("titles", []) + spec.get("name_titles", [])} | {"leader"}
    country = rf"(?P<country>{_alternation(countries)}){_POSS}"
    role = re.compile(
        rf"\b(?:(?P<det>{_OFFICE_OWNER}|[Tt]he|[Aa]n?|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)\s+)?"
        rf"(?:{country}\s+)?"
        rf"(?P<adj>(?:(?i:{ROLE_ADJECTIVES})\s+)*)"
        rf"(?:(?P<country2>{_alternation(countries)})\s+)?"
        rf"(?P<title>(?i:{_alternation(titles, fold_case=True)}))(?![\w\-])"
        rf"(?:\s+of\s+(?:the\s+)?(?P<country3>{_alternation(countries)})(?![\w\-]))?")
    body = re.compile(
        rf"\b(?:(?P<det>[Tt]he)\s+)?(?:{country}\s+)?"
        rf"(?P<title>(?i:head|chief|director|secretary|chairman))\s+of\s+(?:the\s+)?"
        rf"(?:(?i:office)\s+of\s+the\s+)?(?:(?P<country2>{_alternation(countries)}){_POSS}\s+)?"
        rf"(?P<body>(?i:{_alternation(BODY_OFFICES, fold_case=True)}))\b")
    return (role, body) + _portfolio_patterns(country)


def _country(kb: KnowledgeBase, m: re.Match) -> Optional[str]:
    for group in ("country", "country2", "country3"):  # "Peru's", "Peruvian", "of Peru"
        word = m.group(group) if group in m.re.groupindex else None
        if word:
            return kb.country_of(word)
    return None


def _start(m: re.Match) -> int:
    """Where a role match begins as a mention: at "the", else at its first country, rank,
    portfolio or title word ("his deputy" is no part of "his")."""
    if (m.group("det") or "").lower() == "the":
        return m.start("det")
    groups = [g for g in ("country", "adj", "country2", "portfolio", "title") if g in m.re.groupindex]
    return min(m.start(g) for g in groups if m.group(g))


def _role(text: str, m: re.Match, kb: KnowledgeBase, offices: list, title: str) -> Found:
    """The role mention of match ``m`` with ``offices`` (list[str]) and ``title`` (str,
    folded); "deputy" makes each office its deputy's ("deputy_foreign_minister"), which the
    knowledge base gives no holder, so a deputy never takes the minister's name."""
    det = (m.group("det") or "").lower()
    adjectives = (m.group("adj") or "").lower().split()
    if "deputy" in adjectives:
        offices, title = [f"deputy_{o}" for o in offices], f"deputy {title}"
    start = _start(m)
    return Found(start, m.end(), text[start:m.end()], "ROLE", "role", country=_country(kb, m),
                 offices=offices, definite=det not in ("a", "an"),
                 former=bool({"former", "then", "outgoing"} & set(adjectives)), title=title)


def _titled(text: str, m: re.Match, country: Optional[str]) -> bool:
    """Whether a title match may be a role: with a country, a determiner, a capital letter
    (a title before a name: "President Putin") or a capitalised word after it."""
    before_name = text[m.end():m.end() + 3].strip()[:1].isupper()
    return bool(country or m.group("det") or m.group("title")[0].isupper() or before_name)


# words before a title that make its holder someone else than the office holder:
# "permanent secretary for health" is a civil servant, "shadow minister" in opposition,
# "civil defence chief" heads an emergency agency, "party chief" a party
_NOT_OFFICE = {"permanent", "principal", "assistant", "parliamentary", "shadow",
               "private", "executive", "general", "press", "party", "civil"}


def _other_office(text: str, m: re.Match) -> bool:
    """Whether the word right before a role match with no determiner or country of its own
    makes it another office (``_NOT_OFFICE``: "Civil defence chief Carlos Medina")."""
    if m.group("det") or m.group("country"):
        return False
    word = text[max(0, m.start() - 20):m.start()].split()[-1:]
    under = m.group("title").lower().startswith("secretary")  # "Under Secretary of State"
    return bool(word) and (word[0].lower() in _NOT_OFFICE or under and word[0].lower() == "under")


def _portfolio(words: str) -> tuple[str, str]:
    """(office key, title words) of a portfolio run ("Industry and Trade" →
    ("industry+trade", "industry and trade")): the key sorts the policy words, so "trade
    and industry" is the same office, and respells synonyms ("home" → "interior")."""
    lowered = words.lower().replace("&", " and ").replace(",", " ").split()
    key = sorted({_SAME_PORTFOLIO.get(w, w) for w in lowered if w not in _NOT_PORTFOLIO})
    title = " ".join(w for w in lowered if w not in ("the", "of", "for"))
    return "+".join(key) or "affairs", title


def portfolio_key(words: str) -> str:
    """The office key of a run of policy-area words (str: "home affairs" → "interior")."""
    return _portfolio(words)[0]


def portfolio_office(title: str) -> Optional[str]:
    """The office of a portfolio minister's title written alone (str: "Interior Minister",
    "minister for mines and energy" → "minister:interior", "minister:energy+mines"), or
    None: the knowledge base asks it of titles its table lacks."""
    words = title.lower().replace(",", " ").split()
    if len(words) >= 3 and words[0] in ("minister", "secretary") and words[1] in ("of", "for"):
        words = words[2:] + words[:1]
    if len(words) < 2 or words[-1] not in ("minister", "secretary") \
            or not all(w in PORTFOLIO_WORDS or w in _NOT_PORTFOLIO for w in words[:-1]) \
            or all(w in _NOT_PORTFOLIO for w in words[:-1]):
        return None
    return f"minister:{_portfolio(' '.join(words[:-1]))[0]}"


_HEAD = re.compile(r"(?i)\b(?:minister|secretary)\b")


def _near_heads(text: str, pattern: re.Pattern):
    """The matches of a portfolio ``pattern`` that hold a "minister"/"secretary" of
    ``text``, searched only in a window around each such word: tried at every word of a
    long article, the optional country and rank words of the patterns cost more than all
    other role finding."""
    seen = set()
    for head in _HEAD.finditer(text):
        lo, hi = max(0, head.start() - 160), min(len(text), head.end() + 160)
        for m in pattern.finditer(text, lo, hi):
            if m.start() <= head.start() and head.end() <= m.end() and m.span() not in seen:
                seen.add(m.span())
                yield m


def _portfolio_roles(text: str, kb: KnowledgeBase, patterns: tuple, taken: list) -> list:
    """Portfolio ministers in ``text``: a known title ("foreign affairs minister", "prime
    minister") keeps its office; any other portfolio makes ``minister:<key>``."""
    found = []
    for pattern in patterns:
        for m in _near_heads(text, pattern):
            if any(s < m.end() and m.start() < e for s, e in taken):
                continue
            if _other_office(text, m) or m.group("portfolio").split()[0].lower() in _NOT_OFFICE:
                continue  # "the Kuwaiti Assistant Foreign Minister"
            country = _country(kb, m)
            if not _titled(text, m, country):
                continue
            key, words = _portfolio(m.group("portfolio"))
            head = m.group("title").lower()
            title = f"{words} {head}"
            offices = (kb.offices_for_title(title, country)
                       or kb.offices_for_title(f"{key} minister", country) or [f"minister:{key}"])
            found.append(_role(text, m, kb, offices, title))
            taken.append((m.start(), m.end()))
    return found


def _bare_ones(found: list, named: set, kb: KnowledgeBase) -> list:
    """Roles kept of ``found`` (list[Found], sorted; ``named``: ids of those written before
    a name, "Judge Ruth Nkandu"): a title that alone names no one
    (``bare: false`` in the office table: "the minister", "the judge") is kept only where
    the text names that office elsewhere with a country, a portfolio or a name after it, and then takes
    the country and offices of the nearest such mention before it (else after it): "the
    minister" after "Peru's interior minister" is the interior minister."""
    def generic(f):
        return not f.country and all(kb.offices.get(o, {}).get("bare") is False for o in f.offices)

    kept = []
    for f in found:
        if not generic(f) or id(f) in named:
            kept.append(f)
            continue
        like = [g for g in found if g is not f and (not generic(g) or id(g) in named)
                and (set(g.offices) & set(f.offices) or ("minister" in f.offices and _is_minister(g)))]
        if not like:
            continue
        nearest = min(like, key=lambda g: (g.start > f.start, abs(g.start - f.start)))
        f.country, f.offices, f.title = nearest.country, list(nearest.offices), nearest.title
        f.former = f.former or nearest.former  # "former mines minister X ... the minister"
        kept.append(f)
    return kept


def _is_minister(role: Found) -> bool:
    return any(o.startswith("minister") or o.endswith("_minister") for o in role.offices)


def _longest_title(m: re.Match, kb: KnowledgeBase) -> str:
    """The title of a role match, taking in the rank word before it where the two are one
    title ("chief justice", not a chief "justice")."""
    title, ranks = m.group("title"), (m.group("adj") or "").split()
    if ranks and not m.group("country2") and fold(f"{ranks[-1]} {title}") in kb.title_offices:
        return f"{ranks[-1]} {title}"
    return title


def _before_name(text: str, end: int) -> bool:
    """Whether a title ending at ``end`` is written before a name ("Judge Ruth Nkandu"):
    a capitalised word follows that is no body's ("Justice Department") nor a function
    word ("Equal Justice Under Law")."""
    word = text[end:end + 30].split()[:1]
    key = word[0].strip(",.;:").lower() if word else ""
    return bool(word) and word[0][:1].isupper() and key not in ORG_LAST_WORDS and key not in STOP_WORDS


def find_roles(text: str, kb: KnowledgeBase) -> list[Found]:
    """Role mentions in ``text``. A bare title ("president") counts only with a country,
    a determiner or a capital letter (a title before a name: "President Putin")."""
    role_re, body_re, *portfolio_res = _patterns(kb)
    found = []
    for m in body_re.finditer(text):
        body = fold(m.group("body"))
        if m.group("body").lower() in _HEADED_ONLY and m.group("title").lower() not in ("head", "chief"):
            continue
        office = BODY_OFFICES.get(body) or BODY_OFFICES.get(m.group("body").lower())
        country = _country(kb, m) or BODY_COUNTRY.get(m.group("body").lower())
        found.append(Found(m.start(), m.end(), m.group(0), "ROLE", "role", country=country,
                           offices=[office], definite=bool(m.group("det") or m.group("country")),
                           title=f"head of the {m.group('body').lower()}"))
    taken = [(f.start, f.end) for f in found]
    found += _portfolio_roles(text, kb, portfolio_res, taken)
    for m in role_re.finditer(text):
        if any(s < m.end() and m.start() < e for s, e in taken):
            continue
        country = _country(kb, m)
        if not _titled(text, m, country) or _other_office(text, m):
            continue
        title = _longest_title(m, kb)
        if fold(title) in kb.name_titles and not _before_name(text, m.end()):
            continue  # "the justice system", "seek justice"
        offices = kb.offices_for_title(title, country)
        if offices:
            found.append(_role(text, m, kb, offices, " ".join(title.lower().split())))
    named = {id(f) for f in found if _before_name(text, f.end)}
    return _bare_ones(sorted(found, key=lambda f: f.start), named, kb)


_GAP_BEFORE_NAME = re.compile(r"^[ \t]*,?[ \t]*$")
_GAP_AFTER_NAME = re.compile(r"^[ \t]*,[ \t]*$")


def appositions(text: str, roles: list[Found], names: list[Found]) -> dict:
    """Role → name bindings by apposition: ``{id(role): name}`` for "ROLE NAME"
    ("Russian President Vladimir Putin") and "NAME, ROLE" ("Wang Yi, China's top diplomat")."""
    persons = sorted((n for n in names if n.type == "PERSON"), key=lambda n: n.start)
    bound = {}
    for role in roles:
        for name in persons:
            if 0 <= name.start - role.end <= 3 and _GAP_BEFORE_NAME.match(text[role.end:name.start]):
                bound[id(role)] = name
                break
            if 0 <= role.start - name.end <= 3 and _GAP_AFTER_NAME.match(text[name.end:role.start]):
                bound[id(role)] = name
                break
    return bound
