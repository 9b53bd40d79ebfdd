"""One-line event summaries: "Wang Yi meets Vladimir Putin in Moscow"."""
from __future__ import annotations

from ..model import Event

TRAILING_PREPS = {"with", "to", "on", "about", "against", "for", "from", "of", "in",
                  "into", "between", "by", "at", "near"}
IRREGULAR_3SG = {"have": "has", "be": "is", "do": "does", "go": "goes"}
# modifiers kept in a theme phrase ("Russia's invasion", "improved coordination")
THEME_MODIFIERS = {"det", "amod", "compound", "poss", "nummod", "nmod", "case", "quantmod"}
THEME_PREPS = {"of", "to", "on", "against", "with", "for"}
MAX_THEME_WORDS = 8
QUOTE_MARKS = str.maketrans("", "", "\"“”«»")


def _left_start(token) -> int:
    """Index of the first word of a noun with its modifiers."""
    return min([token.i] + [c.left_edge.i for c in token.children
                            if c.dep_ in THEME_MODIFIERS and c.i < token.i])


def theme_text(token) -> str:
    """A short noun phrase for an event's theme: the noun with its modifiers and one
    prepositional complement ("Russia's invasion of Ukraine", "an end to hostilities");
    clauses are left out and the phrase is at most eight words."""
    start = _left_start(token)
    if token.doc[start].tag_ in ("WDT", "WP", "WP$"):
        return ""  # "support what techniques": a question names no object
    if token.i - start >= MAX_THEME_WORDS:
        start = token.i
    end = token.i
    for prep in token.children:
        if prep.dep_ == "prep" and prep.lower_ in THEME_PREPS and prep.i == token.i + 1:
            objs = [c for c in prep.children if c.dep_ == "pobj"]
            if objs and objs[0].i - start < MAX_THEME_WORDS:
                end = objs[0].i
            break
    text = " ".join(token.doc[start:end + 1].text.split())  # furniture and line breaks go
    # a quote opened inside the phrase may close outside it: quote marks say nothing here
    return text.translate(QUOTE_MARKS).strip(" ,;:")


def clause_text(verb) -> str:
    """A short "that" clause for what a demand or claim names: "that Syrian forces
    withdraw" for "demanded that Syrian forces withdraw by the end of the month";
    "" when the clause has no subject of its own. verb (spaCy Token): the clause's verb."""
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subjects or subjects[0].tag_ in ("WDT", "WP", "WP$"):
        return ""
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass", "neg") and c.i < verb.i]
    words = [theme_text(subjects[0]), *(a.text for a in auxes), verb.text]
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if objects:
        words.append(theme_text(objects[0]))
    text = " ".join(w for w in words if w)
    return "that " + text if len(text.split()) <= MAX_THEME_WORDS + 2 else ""


def third_person(verb: str) -> str:
    """'meet' -> 'meets', 'fly' -> 'flies', 'hold' -> 'holds' (present, 3rd person singular)."""
    if verb in IRREGULAR_3SG:
        return IRREGULAR_3SG[verb]
    if verb.endswith(("s", "sh", "ch", "x", "z", "o")):
        return verb + "es"
    if verb.endswith("y") and len(verb) > 1 and verb[-2] not in "aeiou":
        return verb[:-1] + "ies"
    return verb + "s"


def _names(actors: list) -> str:
    names = []
    for actor in actors:
        name = actor.canonical or actor.text
        if name and name not in names:
            names.append(name)
    if len(names) <= 1:
        return "".join(names)
    return ", ".join(names[:-1]) + " and " + names[-1]


# cues of an obligation rather than a possibility ("should withdraw", "needs to withdraw")
OBLIGATION_CUES = {"should", "must", "ought", "need"}


def predicate(phrase: str, modality: str, plural: bool, cue: str | None = None) -> str:
    """The phrase inflected for the event's modality ("meets", "to meet", "does not meet");
    ``cue`` is the word that decided it ("should" is said as such, not as "may")."""
    words = phrase.split()
    if not words:
        return phrase
    if modality == "planned":
        return "to " + phrase
    if modality == "uncertain":
        return ("should " if cue in OBLIGATION_CUES else "may ") + phrase
    if modality == "denied":
        return ("do not " if plural else "does not ") + phrase
    head = words[0] if plural else third_person(words[0])
    verb = " ".join([head, *words[1:]])
    return "reportedly " + verb if modality == "reported" else verb


def with_theme(phrase: str, theme) -> tuple:
    """(phrase, object text) when an event with no target acts on a thing: "condemn" +
    ("", "the invasion") -> "condemn the invasion"; "call for" + ("for", "talks").

    theme (tuple | None): (preposition or "", phrase text) from the events stage.
    """
    if not theme or not theme[1]:
        return phrase, ""
    prep, text = theme
    words = phrase.split()
    if prep and words and words[-1] == prep:
        return phrase, text
    if len(words) == 1:  # a bare verb: "urge improved coordination", "warn of a war"
        return phrase, f"{prep} {text}".strip()
    if not prep and len(words) == 2 and words[-1] in TRAILING_PREPS:
        return words[0], text  # "withdraw from" + its object: "withdraw its troops"
    return phrase, ""


# participles that do not end in "-ed" (or whose "-ed" form doubles a letter)
IRREGULAR_PARTICIPLES = {
    "swear": "sworn", "give": "given", "send": "sent", "hold": "held", "take": "taken",
    "seize": "seized", "shoot": "shot", "hit": "hit", "beat": "beaten", "steal": "stolen",
    "bring": "brought", "hide": "hidden", "sell": "sold", "buy": "bought", "fight": "fought",
    "strike": "struck", "keep": "kept", "lead": "led", "leave": "left", "find": "found",
    "tell": "told", "see": "seen", "put": "put", "set": "set", "cut": "cut", "bar": "barred",
    "ban": "banned", "stop": "stopped", "grant": "granted", "drive": "driven", "write": "written",
    "break": "broken", "freeze": "frozen", "choose": "chosen", "meet": "met", "pay": "paid",
    "build": "built", "lose": "lost", "win": "won", "throw": "thrown", "sink": "sunk",
    "withdraw": "withdrawn", "overthrow": "overthrown", "forbid": "forbidden", "do": "done",
    "make": "made", "arrest": "arrested", "kill": "killed", "wound": "wounded",
}
# auxiliaries of the passive per modality: (singular, plural), said before the participle
PASSIVE_AUX = {"happened": ("is", "are"), "reported": ("is reportedly", "are reportedly"),
               "denied": ("is not", "are not"), "planned": ("to be", "to be")}


def participle(verb: str, said: str = "") -> str:
    """'detain' -> 'detained', 'release' -> 'released', 'swear' -> 'sworn'.

    said (str): the trigger as written; taken when it is already an "-ed" form of ``verb``
    ("stopped"), since doubling a final consonant cannot be told from spelling alone.
    """
    said = said.lower()
    if verb in IRREGULAR_PARTICIPLES:
        return IRREGULAR_PARTICIPLES[verb]
    if said.endswith("ed") and said[:3] == verb[:3]:
        return said
    if verb.endswith("e"):
        return verb + "d"
    if verb.endswith("y") and len(verb) > 1 and verb[-2] not in "aeiou":
        return verb[:-1] + "ied"
    return verb + "ed"


def _plural_actors(actors: list) -> bool:
    """Whether the named receivers read as plural: several, or one group named by a
    common noun in the plural ("12 crew members"; a name such as "Thomas" is capitalised)."""
    if len(actors) > 1:
        return True
    words = (actors[0].canonical or actors[0].text).split() if actors else []
    last = words[-1] if words else ""
    if not last.islower():
        return False
    return last.endswith(("men", "people", "children")) or (
        last.endswith("s") and not last.endswith(("ss", "us", "'s")))


def passive(event: Event, phrase: str, targets: list, cue: str | None = None) -> str:
    """Summary of an event that names only who it was done to, said in the passive:
    "Henrik Salve is injured", "crew to be released", "12 crew members are detained".

    phrase (str): the base-form verb phrase ("injure", "release from", "be sworn in as").
    targets (list[Actor]): who the event was done to (at least one).
    """
    words = phrase.split()
    if words and words[0] == "be":  # "be sworn in as": already a passive, its role left out
        words = words[1:]
        # "as" names the role given; "in" of "sworn in" is a particle and stays
        while len(words) > 1 and words[-1] in (TRAILING_PREPS | {"as"}) - {"in", "on"}:
            words.pop()
    elif len(words) == 1:
        words = [participle(words[0], event.trigger.text)]
    else:
        # "restore ties with X", "withdraw from X": the target is no object of the verb,
        # so it cannot be the passive's subject
        return ""
    if not words:
        return ""
    plural = _plural_actors(targets)
    if event.modality == "uncertain":
        aux = ("should" if cue in OBLIGATION_CUES else "may") + " be"
    else:
        aux = PASSIVE_AUX.get(event.modality, PASSIVE_AUX["happened"])[plural]
    parts = [_names(targets), aux, *words]
    if event.location_name and event.location_name not in _names(targets):
        parts.append("in " + event.location_name)
    return " ".join(p for p in parts if p).strip()


def summarize(event: Event, phrase: str, plural: bool = False, theme=None,
              second_object: str | None = None, cue: str | None = None) -> str:
    """Summary of ``event`` from its actors, location and base-form ``phrase``.

    plural (bool): the source is grammatically plural ("the two sides").
    theme (tuple | None): (preposition or "", text) of the thing acted on, said when the
        event has no target ("China does not condemn the invasion").
    second_object (str | None): the thing given when the target is who receives it,
        said after the target ("China offers Moscow a lifeline").
    cue (str | None): the word that decided the modality ("should", "will").
    """
    sources = [a for a in event.actors if a.role == "source"]
    targets = [a for a in event.actors if a.role in ("target", "participant")]
    if not sources and targets and all(a.role == "participant" for a in targets):
        # "talks between A and B" with no one named as holding them: the parties are
        # its doers ("A and B hold talks"), not the guests of an unnamed host
        sources, targets = targets, []
    if not sources and targets:
        said = passive(event, phrase, targets, cue)
        if said:
            return said
    subject = _names(sources)
    obj = _names(targets)
    if not obj:
        phrase, obj = with_theme(phrase, theme)
    words = phrase.split()
    if not obj and words and words[-1] in TRAILING_PREPS:
        phrase = " ".join(words[:-1])
    plural = plural or len(sources) > 1
    parts = [subject, predicate(phrase, event.modality, plural, cue), obj]
    if obj and second_object and len(phrase.split()) == 1:
        parts.append(second_object)
    if event.location_name and event.location_name not in (obj, subject):
        parts.append("in " + event.location_name)
    return " ".join(p for p in parts if p).strip()
