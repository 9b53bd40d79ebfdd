"""Word lists the quotes stage matches against: cue verbs, anonymous-source heads,
carrier (news outlet) names. Kept as plain data so they can be read and extended."""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

# Verbs that introduce speech or a stated position. Lemmas, as spaCy gives them.
SPEECH_VERBS = frozenset("""
say tell add state stress urge note insist warn announce declare explain remark reply respond
answer ask claim argue write tweet post comment emphasize emphasise reiterate repeat confirm deny
acknowledge admit concede vow pledge promise predict suggest report recall complain propose
describe call assert maintain contend observe point caution demand accuse criticize criticise
praise blast slam mock testify quip joke shout cry whisper mutter boast brag allege affirm
underline underscore highlight recount told inform agree disagree reveal disclose estimate
conclude counter retort lament proclaim signal hint indicate express
""".split())

# Verbs that introduce a quotation set in quote marks, though rarely a reported clause
# ("he continued, “…”", "the sign reads, “…”", "Trump barked").
QUOTE_VERBS = frozenset("""
continue read bark exclaim confess echo boom grouse interrupt yell lecture charge scream
holler snap gush muse thunder declare chime
""".split())

# Verbs whose complement clause is a stated belief or intention (indirect speech only).
BELIEF_VERBS = frozenset("""
believe think expect hope feel fear worry doubt know understand recognize recognise consider
want wish intend plan refuse decline seek vow offer
""".split())

# Cue verbs that may take a ``that``-less complement clause as content.
INDIRECT_VERBS = SPEECH_VERBS | BELIEF_VERBS

# Verbs that name a relay rather than a statement of the relayer's own ("X reported").
RELAY_VERBS = frozenset("report cite quote carry publish broadcast".split())

# Nouns that head a speech act in "said in a statement", "told an interview".
SPEECH_ACT_NOUNS = frozenset("""
statement interview release tweet post email letter speech briefing conference remarks
readout communique communiqué address op-ed column message video
""".split())

# Heads of source phrases that name an event or act, which cannot speak: "Mr Wang's visit
# signals that …" is the writer's reading of the visit, not words of Wang's (whose own
# words a speech-act noun carries: "Wang's statement said"). Lemmas and plural forms.
NON_SPEAKING_HEADS = frozenset("""
visit trip tour journey arrival departure stay talk talks meeting summit decision move step
choice action invasion attack war victory defeat absence presence silence appearance
attendance refusal
""".split())

# Heads of source phrases that leave the speaker unnamed.
ANONYMOUS_HEADS = frozenset("""
source sources official officials person people insider insiders aide aides diplomat diplomats
someone individual individuals analyst analysts observer observers expert experts
""".split())

# Anonymous only when plural or indefinite ("officials said", "an official said").
ROLE_LIKE_HEADS = frozenset("""
official diplomat aide analyst observer expert individual insider
""".split())

# Heads of source phrases that are media reports, not speakers.
CARRIER_HEADS = frozenset("""
report reports readout newspaper newspapers agency media outlet outlets broadcaster television
tv channel wire daily paper magazine journal tabloid website site station
""".split())

# Names of news organisations that relay statements (matched case-insensitively).
CARRIER_NAMES = (
    "Xinhua", "AFP", "Agence France-Presse", "Reuters", "Associated Press", "AP", "TASS", "RIA Novosti",
    "RIA", "Interfax", "Sputnik", "RT", "CCTV", "CGTN", "Global Times", "People's Daily",
    "China Daily", "Wall Street Journal", "WSJ", "New York Times", "Washington Post", "Financial Times",
    "Bloomberg", "BBC", "CNN", "Fox News", "NBC", "CBS", "ABC News", "Politico", "The Guardian",
    "Kyodo", "Yonhap", "KCNA", "Al Jazeera", "Der Spiegel", "Le Monde", "Nikkei", "South China Morning Post",
    "Axios", "NPR", "Izvestia", "Kommersant", "Ukrinform", "IRNA", "Anadolu", "Dawn", "NHK",
    "state media", "state television", "state TV", "news agency",
)

# Outlet names too general to identify an outlet on their own.
GENERIC_CARRIERS = frozenset(["state media", "state television", "state TV", "news agency"])

# Pronouns that refer back to an earlier speaker.
PRONOUNS = frozenset("he she they we i his her him them it".split())


def _derived_cues(min_count: int = 3, min_ratio: float = 0.2) -> dict:
    """Cue lemmas derived from PolNeAR train counts (data/cue_lemmas.tsv, written by
    bench/polnear_lexicon.py): {pos: frozenset(lemma)} for lemmas that headed a gold cue
    at least ``min_count`` times and in at least ``min_ratio`` of their occurrences."""
    found = {"VERB": set(), "NOUN": set()}
    path = Path(__file__).resolve().parent / "data" / "cue_lemmas.tsv"
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or not line.strip():
            continue
        lemma, pos, as_cue, occurrences = line.split("\t")
        count, seen = int(as_cue), int(occurrences)
        if pos in found and count >= min_count and count >= min_ratio * seen:
            found[pos].add(lemma)
    return {pos: frozenset(lemmas) for pos, lemmas in found.items()}


_DERIVED = _derived_cues()
# Verbs that, in news text, usually attribute a stance, belief or perception to their
# subject ("backs", "criticized", "showed"), from counts, beyond the hand-written lists.
# Verbs below the count threshold that still attribute when the stage finds them with
# a subject and an object: counted over PolNeAR train articles 0-600, 44 % ("see") to
# 85 % ("publish") of such finds were gold cues, and the gain held on articles 600-840.
STRUCTURAL_ATTITUDE_VERBS = frozenset("see release issue compare publish".split())
ATTITUDE_VERBS = (_DERIVED["VERB"] | STRUCTURAL_ATTITUDE_VERBS) - SPEECH_VERBS - BELIEF_VERBS
# Nouns that usually head an attribution ("his criticism of", "her support for").
CUE_NOUNS = _DERIVED["NOUN"]

# The hand-written verb lemmas, for mending the lemmatiser's misses (the counted
# ATTITUDE_VERBS hold its mistakes too: "hop" was counted for "hoping").
_CUE_VERBS = INDIRECT_VERBS | QUOTE_VERBS
_SUFFIXES = (("ing", ("", "e")), ("ed", ("", "e")), ("es", ("",)), ("s", ("",)))


def verb_lemma(token) -> str:
    """A verb's lemma (lower case), mended where the small model's lemmatiser turns an
    inflected cue into another word ("hoping" -> "hop", PolNeAR train 0-400: 13 gold
    cues never offered): a word form that, stripped of its ending, is a cue lemma.

    token (Token): any token; only verbs are mended.
    """
    if token.pos_ not in {"VERB", "AUX"}:
        return token.lemma_.lower()
    return _mended(token.lower_, token.lemma_)


@lru_cache(maxsize=4096)
def _mended(word: str, lemma: str) -> str:
    """The cue lemma of an inflected ``word`` the lemmatiser read as ``lemma``."""
    lemma = lemma.lower()
    if lemma in _CUE_VERBS:
        return lemma
    for suffix, endings in _SUFFIXES:
        if not word.endswith(suffix) or len(word) <= len(suffix) + 2:
            continue
        stem = word[:-len(suffix)]
        for ending in endings:
            if stem + ending in _CUE_VERBS:
                return stem + ending
        if stem[-1] == stem[-2] and stem[:-1] in _CUE_VERBS:  # "planned" -> "plan"
            return stem[:-1]
    return lemma
