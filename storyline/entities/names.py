"""Name strings: title stripping, a folding key for spelling variants, and name matching.

The folding key makes transliteration variants of one name equal without a list of
pairs: accents dropped, hyphens as spaces, and a few spelling alternations that
romanisations of Slavic and Korean names differ on (Sergei/Sergey, Nikolai/Nikolay,
Dmitry/Dmitri, Zelensky/Zelenskyy/Zelenskiy, Umerov/Umierov, Kim Jong Un/Kim Jong-un).
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import Optional

from rapidfuzz import fuzz

# words that may precede a name and are not part of it
HONORIFICS = {
    "mr", "mrs", "ms", "miss", "dr", "prof", "sir", "dame", "lord", "lady", "madam",
    "comrade", "chairman", "president", "premier", "chancellor", "minister", "secretary",
    "general", "gen", "col", "colonel", "adm", "admiral", "sen", "senator", "rep",
    "governor", "gov", "mayor", "king", "queen", "prince", "princess", "pope", "ayatollah",
    "sheikh", "judge", "justice", "ambassador", "spokesman", "spokeswoman", "spokesperson",
    "foreign", "defence", "defense", "prime", "vice", "deputy", "state", "councillor",
    "councilor", "marshal", "lieutenant", "lt", "sgt", "captain", "capt", "rev", "father",
}

_PUNCT = re.compile(r"[.'’`\"]")
_SPACE = re.compile(r"[\s\-‐‑–]+")


def strip_accents(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


@lru_cache(maxsize=262144)
def clean_surface(text: str) -> str:
    """Trim white space, a leading "the", and a trailing possessive 's from a mention."""
    text = " ".join(text.split())
    text = re.sub(r"(?:'s|’s|'|’)$", "", text)
    text = re.sub(r"^(?:the|The)\s+", "", text)
    # a dateline's dash ("NEW YORK -") or a list's bar is punctuation around the name
    return text.strip(" ,;:-–—|/•·*")


@lru_cache(maxsize=262144)
def strip_titles(name: str) -> str:
    """``"Mr. Putin"`` → ``"Putin"``; ``"Russian President Vladimir Putin"`` keeps what the NER
    gave after the title words. Never strips the last word."""
    name = clean_surface(name)
    words = name.split()
    while len(words) > 1 and _PUNCT.sub("", words[0]).lower() in HONORIFICS:
        words = words[1:]
    return " ".join(words)


_YE = re.compile(r"^ye")  # Yevgeny / Evgeny
_VOWEL_Y = re.compile(r"([aeou])y$")  # Sergey / Sergei, Nikolay / Nikolai
_CONSONANT_Y = re.compile(r"([^aeiou])y$")  # Dmitry / Dmitri
_DOUBLED = re.compile(r"(.)\1")  # doubled letters


def _fold_word(word: str) -> str:
    w = _YE.sub("e", word)
    w = w.replace("yy", "y").replace("ii", "i").replace("iy", "i").replace("ie", "e")
    w = _VOWEL_Y.sub(r"\1i", w)
    w = _CONSONANT_Y.sub(r"\1i", w)
    return _DOUBLED.sub(r"\1", w)


@lru_cache(maxsize=262144)
def fold(name: str) -> str:
    """Folding key of a name: equal keys mean spelling variants of one name."""
    text = strip_accents(name).lower()
    text = _PUNCT.sub("", text)
    words = [w for w in _SPACE.split(text) if w]
    return " ".join(_fold_word(w) for w in words)


def name_tokens(name: str) -> list[str]:
    return fold(name).split()


def is_partial_of(short: str, full: str) -> bool:
    """True when ``short`` is a part of the full name ``full`` (surname, given name or
    a contiguous run of its words): "Wang" of "Wang Yi", "Putin" of "Vladimir Putin".
    Korean/Chinese three-part names need the whole name ("Kim" alone matches nothing
    with two other parts shared by several people, so callers check uniqueness)."""
    s, f = name_tokens(short), name_tokens(full)
    if not s or len(s) >= len(f):
        return False
    for i in range(len(f) - len(s) + 1):
        if f[i:i + len(s)] == s:
            return True
    return False


def same_name(a: str, b: str, threshold: float = 90.0) -> bool:
    """Two full names are spelling variants of one name: equal folding keys, or the same
    number of words with every word pair close (rapidfuzz ratio ≥ ``threshold``)."""
    return same_folded_name(name_tokens(a), name_tokens(b), threshold)


def same_folded_name(fa: list, fb: list, threshold: float = 90.0) -> bool:
    """:func:`same_name` over names already folded and split into words."""
    if not fa or not fb:
        return False
    if fa == fb:
        return True
    if len(fa) != len(fb) or len(fa) < 2:
        return False
    # the surname must agree closely, the other words too (Kim Jong Un ≠ Kim Yo Jong);
    # transliterations of one Cyrillic or Arabic spelling count as close (Aleksandr/Alexander)
    return all(_close(x, y, threshold) or _close(_translit(x), _translit(y), threshold)
               for x, y in zip(fa, fb))


# spellings that English, German and French transliterations of one name differ by:
# Cyrillic Дж as dzh/dj/j (Dzhumabaev / Jumabaev), Persian and Arabic ق and غ as q/gh/g
# (Qasemi / Ghasemi), х as kh/h, French ou for u, ph for f
_TRANSLIT = (("dzh", "j"), ("dj", "j"), ("ks", "x"), ("kh", "h"), ("gh", "g"), ("q", "g"),
             ("ck", "k"), ("ph", "f"), ("ou", "u"), ("yu", "iu"), ("ya", "ia"), ("yo", "io"),
             ("ye", "e"), ("oo", "u"))
_Y_BETWEEN_VOWELS = re.compile(r"(?<=[aeiou])y(?=[aeiou])")  # Jumabayev / Jumabaev
# Russian -ов/-ев written the old French or German way at a word's end: Korsunoff /
# Korsunov, Smirnow / Smirnov, Lebedeff / Lebedev (folding has made "ff" one "f")
_OFF_ENDING = re.compile(r"(?<=\w{3})([oe])[fw]$")


@lru_cache(maxsize=262144)
def translit(word: str) -> str:
    """Transliteration key of one folded name word (str): romanisations of one Cyrillic,
    Persian or Arabic spelling give one key ("dzhumabaev", "jumabayev" → "jumabaev")."""
    for a, b in _TRANSLIT:
        word = word.replace(a, b)
    word = _OFF_ENDING.sub(r"\1v", word)
    return _DOUBLED.sub(r"\1", _Y_BETWEEN_VOWELS.sub("", word))


_translit = translit


def _close(x: str, y: str, threshold: float) -> bool:
    return fuzz.ratio(x, y) >= threshold or (len(x) > 4 and fuzz.ratio(x, y) >= threshold - 10
                                             and x[0] == y[0] and x[-1] == y[-1])


@lru_cache(maxsize=1)
def _given_names():
    """The first-name dictionary of gender-guesser (about 40,000 names with their usual
    gender), loaded once on first use."""
    from gender_guesser.detector import Detector

    return Detector(case_sensitive=False)


def _given_name_answer(word: str) -> str:
    word = strip_accents(word).strip(".'’")
    if len(word) < 2 or not word.isalpha():
        return "unknown"
    return _given_names().get_gender(word)


def given_name_gender(word: str) -> Optional[str]:
    """"m" or "f" when ``word`` is a first name (nearly) always given to men or to women,
    else None ("Kim", "Lindsay", "Wang" stay None)."""
    return {"male": "m", "female": "f"}.get(_given_name_answer(word))


def is_given_name(word: str) -> bool:
    """``word`` is a known first name, mostly of one gender ("Mo", "Lindsay", "Jack");
    names common to both ("Red", "Wang") do not count, being too often other words."""
    return _given_name_answer(word) in ("male", "female", "mostly_male", "mostly_female")


# name types whose shorter forms keep their head ("Sox" / "Red Sox" / "Boston Red Sox");
# towns are left out: "Virginia" is not "West Virginia", nor "York" "New York"
RUN_TYPES = ("ORG", "FAC", "LOC")


def head_runs(words: list) -> list:
    """The shorter runs of a name's words (list[str], folded) that keep its head word,
    the last one or the one before "of": "red sox" and "sox" of "boston red sox",
    "academy" of "academy of motion picture arts"; never one that begins or ends with "of"."""
    head = words.index("of", 1) - 1 if "of" in words[1:] else len(words) - 1
    return [" ".join(words[i:j]) for i in range(head + 1) for j in range(head + 1, len(words) + 1)
            if j - i < len(words) and words[i] != "of" and words[j - 1] != "of"]
