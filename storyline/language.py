"""Which language an article is written in, so that only English goes through English models.

The spaCy model, the date patterns and the event and quote lexicons read English. Run
over Portuguese they do harm, not nothing: "un" became the United Nations and Spanish
capitalised words people. So the clean stage names each article's language
(``Article.lang``, ISO 639-1, or py3langid's three-letter code where none exists) and the pipeline runs the language stages only over
articles in a language they read (:attr:`storyline.pipeline.StageInfo.languages`).
Other articles are still stored, deduplicated and grouped into stories; they carry
warning W003.

How: English news is full of a few function words ("the" alone is about one token in
sixteen), so a text where they are common is English without loading any model. Any
other text goes to py3langid (a naive Bayes identifier over byte n-grams for 97
languages that ships its own model; BSD). A text is called non-English only when it is
long enough to tell and the identifier is sure; otherwise the language the input
declared (a JSON ``lang``/``language`` field, ``<html lang>``) is kept, else English:
an English article wrongly skipped loses everything, a foreign one wrongly read loses
little more than it would anyway.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

ENGLISH = "en"
# words so frequent in English prose, and so rare as words of other languages, that
# their share tells English apart; "a", "in", "on", "die" etc. are left out (they are
# words of Spanish, Italian, German, ...)
ENGLISH_FUNCTION_WORDS = frozenset(
    "the of and to is that for with was said were has have from by this which who will "
    "would not are been its their they he she it".split())
ENGLISH_SHARE = 0.12  # news text: 0.2-0.3; French, Spanish, German: under 0.03
MIN_WORDS = 15  # fewer words than this cannot be told apart reliably
MIN_LETTERS = 60  # ... unless they hold this many letters (scripts without spaces)
SURE = 0.95  # the identifier's probability that a text is not English, for a foreign verdict
WORD = re.compile(r"[^\W\d_]+")
NAMES = {"ar": "Arabic", "de": "German", "es": "Spanish", "fr": "French", "hi": "Hindi",
         "it": "Italian", "ja": "Japanese", "ko": "Korean", "lt": "Lithuanian", "nl": "Dutch",
         "pl": "Polish", "pt": "Portuguese", "ru": "Russian", "sq": "Albanian", "tr": "Turkish",
         "uk": "Ukrainian", "zh": "Chinese"}


def language_name(code: str) -> str:
    """``"pt"`` -> ``"Portuguese"``; a code we have no name for is given back as is."""
    return NAMES.get(code, code)


def declared_language(value) -> Optional[str]:
    """The ISO 639-1 code in a declared language (``"pt-BR"``, ``"en_US"``, ``"FR"``), or None."""
    if not isinstance(value, str):
        return None
    code = re.split(r"[-_]", value.strip().lower(), maxsplit=1)[0]
    return code if len(code) == 2 and code.isalpha() else None


@lru_cache(maxsize=1)
def _identifier():
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def _enough(words: list) -> bool:
    """Whether ``words`` (list[str], lower-cased; names left out) are enough to tell a
    language by: MIN_WORDS of them, or MIN_LETTERS letters of scripts without case
    (Chinese, Japanese: written without spaces, so few and long "words")."""
    return len(words) >= MIN_WORDS or sum(len(w) for w in words if not w.islower()) >= MIN_LETTERS


def detect_language(text: str, declared: Optional[str] = None) -> tuple[str, str]:
    """``(code, how)``: the text's language and what told it.

    text (str): the article's text (its body, furniture left out, is best).
    declared (str | None): the language the input declared, if any.
    ``how`` is "words" (English function words), "identifier" (py3langid was sure),
    "declared" or "default".
    """
    sample = text[:4000]
    cased = WORD.findall(sample)
    words = [w.lower() for w in cased]
    # scripts written without spaces (Chinese, Japanese) make few "words" of many letters
    if len(words) >= MIN_WORDS or sum(map(len, words)) >= MIN_LETTERS:
        share = sum(w in ENGLISH_FUNCTION_WORDS for w in words) / len(words)
        if share >= ENGLISH_SHARE and len(words) >= MIN_WORDS:
            return ENGLISH, "words"
        # capitalised words (names and titles: "Kenyan Trade Minister Grace Wanjiru Mutua")
        # are no evidence of the language they stand in: a text made mostly of them must hold
        # enough other words to tell (words in capitals throughout are kept: a text set in
        # capitals is all such words; German capitalises its nouns, never most of its words)
        # — but only an English word among the few others makes it English by default: German
        # capitalises its nouns ("Der Bundeskanzler … traf am Montag …") and goes to the model
        plain = [w.lower() for w in cased if not (w[:1].isupper() and not w.isupper())]
        if 2 * len(plain) <= len(words) and not _enough(plain) \
                and any(w in ENGLISH_FUNCTION_WORDS for w in plain):
            return (declared, "declared") if declared else (ENGLISH, "default")
        if plain and sum(w in ENGLISH_FUNCTION_WORDS for w in plain) / len(plain) >= ENGLISH_SHARE \
                and len(plain) >= MIN_WORDS:
            return ENGLISH, "words"
        ranked = _identifier().rank(sample)
        not_english = 1.0 - next((p for code, p in ranked if code == ENGLISH), 0.0)
        # close languages (Bosnian, Croatian, Serbian) share the probability between them:
        # what has to be sure is that the text is not English, then the likeliest is named
        if ranked[0][0] != ENGLISH and not_english >= SURE:
            return ranked[0][0], "identifier"
    if declared:
        return declared, "declared"
    return ENGLISH, "default"
