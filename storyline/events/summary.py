"""One-line event summaries: "Wang Yi meets Vladimir Putin in Moscow"."""
from __future__ import annotations

import re

from ..model import Event
from ..verbs import merge_bases, past_participle, past_tense, third_person

TRAILING_PREPS = {"with", "to", "on", "about", "against", "for", "from", "of", "in",
                  "into", "between", "by", "at", "near"}
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
    text = _sentence_case_dropped(token.doc[start], text)
    # a quote opened inside the phrase may close outside it: quote marks say nothing here
    return text.translate(QUOTE_MARKS).strip(" ,;:")


def indefinite_phrase(noun) -> str:
    """An event noun (spaCy Token) with its describing words, said as one of its kind: "a
    video meeting" for "during the video meeting", "a high-profile visit" for "his
    high-profile visit", "talks" for "the talks"; its owner and determiner left out."""
    kept = [c for c in noun.children if c.dep_ in ("amod", "compound") and c.i < noun.i
            and not c.ent_type_ and c.pos_ in ("ADJ", "NOUN", "VERB")]
    start = min([noun.i] + [c.left_edge.i for c in kept])
    words = [t.text for t in noun.doc[start:noun.i + 1] if not t.is_space]
    if len(words) > 4:
        words = [noun.text]
    text = " ".join(words).lower() if not any(w[:1].isupper() for w in words[:-1]) \
        else " ".join(words)
    if noun.tag_ in ("NNS", "NNPS"):
        return text
    return ("an " if text[:1].lower() in "aeiou" else "a ") + text


def _sentence_case_dropped(first, text: str) -> str:
    """``text`` with its first word lowered when that word (spaCy Token) is a pronoun or
    determiner capitalised only for opening a sentence or quote ("That is ...", "This
    choice"): inside a summary it stands mid-sentence. Names and "I" keep their capital."""
    if first.pos_ in ("PRON", "DET") and not first.ent_type_ and first.text != "I" \
            and first.text[:1].isupper() and not first.text.isupper():
        return text[:1].lower() + text[1:]
    return text


def charge_text(verb) -> str:
    """What someone is accused of, said after the one accused ("of fishing illegally",
    "of helping the rebels"): the "of" + -ing phrase of a charging verb (spaCy Token),
    its object and manner kept, its places and times left out; "" when there is none."""
    # the parser may hang the phrase on the one accused ("the vessel of fishing")
    holders = [verb, *(c for c in verb.children if c.dep_ == "dobj")]
    for prep in (c for h in holders for c in h.children):
        if prep.dep_ != "prep" or prep.lower_ not in ("of", "with"):
            continue
        done = [c for c in prep.children if c.dep_ in ("pcomp", "pobj")
                and (c.tag_ == "VBG" or (c.tag_ == "NN" and c.lower_.endswith("ing")))]
        if not done and prep.head.i == verb.i:
            # "accused Veloria of unpaid fees", "charged him with murder": a named wrong; an
            # "of" hung on the one accused ("the head of the agency") is part of its name
            wrongs = [c for c in prep.children if c.dep_ == "pobj" and c.pos_ == "NOUN"]
            text = theme_text(wrongs[0]) if wrongs else ""
            return f"{prep.lower_} {text}" if text else ""
        if not done:
            continue
        words = [done[0].text]
        for child in done[0].children:
            if child.dep_ == "dobj":
                words.append(theme_text(child))
            elif child.dep_ in ("advmod", "prt") and child.i > done[0].i:
                words.append(child.text)
        text = " ".join(w for w in words if w)
        return f"{prep.lower_} {text}" if len(text.split()) <= MAX_THEME_WORDS else ""
    return ""


GERUND_PREPS = {"on", "to", "for", "about", "against", "from", "in", "at"}


def gerund_text(verb) -> str:
    """What a verb (spaCy Token) is set on when that is an -ing clause after a preposition
    ("insisted on urging peace" -> "on urging peace"): the preposition, the gerund, its
    particle and object; "" when there is none or it runs long."""
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ not in GERUND_PREPS:
            continue
        done = [c for c in prep.children if c.dep_ == "pcomp" and c.tag_ == "VBG"]
        if not done or (any(c.dep_ in ("ccomp", "xcomp", "pcomp") for c in done[0].children)
                        and not any(c.dep_ == "dobj" for c in done[0].children)):
            continue  # "resign for saying ...": the gerund's clause would be cut short
        words = [prep.lower_, done[0].text]
        words += [c.text for c in done[0].children if c.dep_ == "prt"]
        words += [theme_text(c) for c in done[0].children if c.dep_ == "dobj"][:1]
        text = " ".join(w for w in words if w)
        return text if len(text.split()) <= MAX_THEME_WORDS else ""
    return ""


def clause_text(verb) -> str:
    """A short "that" clause for what a demand or claim names: "that Syrian forces
    withdraw" for "demanded that Syrian forces withdraw by the end of the month";
    "" when the clause has no subject of its own. verb (spaCy Token): the clause's verb."""
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subjects or subjects[0].tag_ in ("WDT", "WP", "WP$"):
        return ""
    if _free_relative(verb):
        return named_thing(verb)
    if verb.pos_ == "ADJ" and not any(c.dep_ in ("mark", "cop", "aux") for c in verb.children):
        return ""  # "visited Ukraine unannounced": an object and how, no clause
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass", "neg") and c.i < verb.i]
    words = [theme_text(subjects[0]), *(a.text for a in auxes), verb.text]
    words.append(complement_text(verb))
    text = " ".join(w for w in words if w)
    if len(text.split()) > MAX_THEME_WORDS + 2:
        return ""
    # "denied that aid had been diverted" may be parsed with "that" as the subject's
    # determiner: the clause already opens with it ("said That choice ...", capitalised,
    # opens a sentence of its own, whose "That" is a determiner)
    first = verb.doc[_left_start(subjects[0])]
    return text if first.text == "that" and first.i == verb.head.i + 1 else "that " + text


# verbs that name what their object is ("what it called a raid", "what he described as a
# purge"): the name given is the thing acted on
NAMING_VERBS = {"call", "describe", "term", "label", "dub", "brand", "characterize",
                "characterise"}
WH_TAGS = ("WDT", "WP", "WP$")


def _free_relative(verb) -> bool:
    """Whether a clause (its verb, spaCy Token) is a "what" clause standing for a thing
    ("criticised what it called ...", "condemned what the minister did"): its object is a
    wh-word, hung on the clause or, as the parser often does, on the verb above it."""
    own = [c for c in verb.children if c.dep_ in ("dobj", "attr", "dative") and c.tag_ in WH_TAGS]
    above = [c for c in verb.head.children if c.dep_ == "dobj" and c.tag_ in WH_TAGS
             and c.i < verb.i] if verb.head is not verb else []
    return bool(own or above)


def named_thing(verb) -> str:
    """What a "what" clause (its verb, spaCy Token) names when the clause gives a name to
    it ("what it called the disproportionate use of force" -> "the disproportionate use of
    force", "what it described as a raid" -> "a raid"); "" otherwise ("what he did"
    names nothing a summary can say)."""
    if verb.lemma_.lower() not in NAMING_VERBS:
        return ""
    for child in verb.children:
        if child.dep_ in ("oprd", "attr", "dobj") and child.tag_ not in WH_TAGS and \
                child.pos_ in ("NOUN", "PROPN"):
            return theme_text(child)
        if child.dep_ == "prep" and child.lower_ == "as":
            objs = [g for g in child.children if g.dep_ == "pobj" and g.pos_ in ("NOUN", "PROPN")]
            if objs:
                return theme_text(objs[0])
    return ""


def complement_text(verb) -> str:
    """What completes a clause's verb (spaCy Token) in a short summary: its object ("had
    used force"), else what a copula or linking verb says of the subject ("was under
    investigation", "was responsible", "remained a member"); "" when neither is there."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if objects:
        return theme_text(objects[0])
    said = [c for c in verb.children if c.dep_ in ("attr", "acomp", "oprd") and c.i > verb.i]
    if said:
        return theme_text(said[0]) if said[0].pos_ in ("NOUN", "PROPN") else said[0].text
    if verb.lemma_.lower() == "be":
        for prep in verb.children:
            objs = [g for g in prep.children if g.dep_ == "pobj"]
            if prep.dep_ == "prep" and prep.i > verb.i and objs:
                return f"{prep.text} {theme_text(objs[0])}"
    return ""


# nouns that stand for the clause they follow: "..., something farmers had demanded",
# "..., a move Beijing opposed"
REFERRING_NOUNS = {"something", "move", "step", "thing"}
# nouns a relative clause tells the time, place, manner or cause of, not what is acted on
NO_OBJECT_HEADS = {"day", "date", "time", "year", "month", "week", "night", "morning",
                   "evening", "moment", "hour", "season", "way", "manner", "reason", "place",
                   "extent", "point", "degree", "sense"}


def infinitive_text(trigger) -> str:
    """What a pledge or plan (its verb, spaCy Token) is to do when that is no event of its
    own ("promised to speed up deliveries of equipment"): "to" + the verb, its particle and
    its object or complement; "" when it has no such "to" clause or the clause is cut short."""
    done = [c for c in trigger.children if c.dep_ == "xcomp"
            and any(g.tag_ == "TO" for g in c.children)]
    if not done:
        return ""
    verb = done[0]
    said = complement_text(verb)
    # a bare verb reads whole only when nothing hangs on it ("refused to resign"); "to have",
    # "to know" or "to focus" without what follows are cut short
    if not said and any(c.dep_ not in ("aux", "auxpass", "neg", "advmod", "prt")
                        for c in verb.children):
        return ""
    if not said and verb.lemma_.lower() in ("be", "have", "make", "do", "get", "take"):
        return ""
    words = ["to", *(c.lower_ for c in verb.children if c.dep_ in ("auxpass", "neg")), verb.lower_]
    words += [c.lower_ for c in verb.children if c.dep_ == "prt"]
    return " ".join(w for w in [*words, said] if w)


def full_clause(verb) -> bool:
    """Whether a clause (its verb, spaCy Token) reads whole in a summary: a named subject,
    not a pronoun standing for someone told of earlier, and an object or complement."""
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    return verb.pos_ in ("VERB", "AUX") and bool(subjects) and subjects[0].pos_ != "PRON" \
        and bool(complement_text(verb))


def gap_object(verb):
    """The noun a relative clause's verb (spaCy Token) acts on when the clause leaves its
    object out ("the contracts [that] it signed" -> contracts), or None: the clause has an
    object or a complement of its own, or its subject is the relative word ("the man who
    signed"), so the noun is its doer."""
    head = verb.head
    if verb.dep_ != "relcl" or (head.pos_ not in ("NOUN", "PROPN")
                                and head.lower_ not in REFERRING_NOUNS) or \
            head.ent_type_ in ("DATE", "TIME") or head.lemma_.lower() in NO_OBJECT_HEADS:
        return None  # "the day he resigned", "the way he spoke": when or how, not what
    if any(c.dep_ in ("dobj", "ccomp", "xcomp", "nsubjpass", "dative") or (
            c.dep_ == "prep" and not any(g.dep_ == "pobj" for g in c.children))
            for c in verb.children):
        return None  # an object of its own, or one left after a preposition ("spoken to")
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if not subjects or subjects[0].tag_ in ("WDT", "WP", "WP$") or subjects[0].lower_ == "that":
        return None
    return verb.head


# the number entity linking adds to tell apart two groups one noun names ("opposition
# parties (2)"): a key, not words of the text
GROUP_NUMBER = re.compile(r"\s\(\d+\)$")


def shown_name(actor) -> str:
    """The name a summary says for an actor: its canonical name less a group number
    ("opposition parties (2)" -> "opposition parties"), and a common noun capitalised only
    because one mention opened a sentence ("People ...") lowered where the actor's own
    words write it so ("about 200 people"); else the written text."""
    name = GROUP_NUMBER.sub("", actor.canonical or "") or actor.text
    written = actor.text or ""
    if name[:1].isupper() and name[1:] == name[1:].lower() and re.search(
            r"(?<!\w)" + re.escape(name.lower()) + r"(?!\w)", written):
        name = name.lower()
    return name


def _names(actors: list, inside: bool = False) -> str:
    """The actors' names joined ("A, B and C"); ``inside`` (bool): they stand after the verb,
    where a "The" written at a sentence's start is lowered."""
    names = []
    for actor in actors:
        name = shown_name(actor)
        written = (actor.text or "").lower()
        if name[:1].islower() and written == "the " + name.lower():
            # "accuses the vessel": a common noun keeps its article, as written at the front
            name = ("the " if inside else actor.text[:4]) + name
        elif inside and name[:1].islower() and written in (f"a {name.lower()}",
                                                           f"an {name.lower()}"):
            name = written.split()[0] + " " + name  # "visits a field hospital", one of its kind
        elif inside and name.startswith("The ") and name[4:5].islower():
            name = "the " + name[4:]  # "The fishermen", named so at a sentence's start
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
    if prep and len(words) == 2 and words[-1] in TRAILING_PREPS and \
            not set(text.lower().split()) & (NO_OBJECT_HEADS | {"eve"}):
        # "agree with" + ("on", "a path"): "agree on a path"; "on the eve of" is a time
        return words[0], f"{prep} {text}"
    if not prep and len(words) >= 3 and words[-2] == "to" and words[-1] not in TRAILING_PREPS:
        return phrase, text  # "agree to oppose" + "the Cold War mentality"
    return phrase, ""


# auxiliaries of the passive per modality: (singular, plural), said before the participle
PASSIVE_AUX = {"happened": ("is", "are"), "reported": ("is reportedly", "are reportedly"),
               "denied": ("is not", "are not"), "planned": ("to be", "to be")}


def _plural_actors(actors: list) -> bool:
    """Whether the named receivers read as plural: several, or one group named by a
    common noun in the plural ("12 crew members"; a name such as "Thomas" is capitalised)."""
    if len(actors) > 1:
        return True
    words = shown_name(actors[0]).split() if actors else []
    last = words[-1] if words else ""
    if not last.islower():
        return False
    return last.endswith(("men", "people", "children")) or (
        last.endswith("s") and not last.endswith(("ss", "us", "'s")))


def passive(event: Event, phrase: str, targets: list, cue: str | None = None,
            place: str | None = None) -> str:
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
        words = [past_participle(words[0], event.trigger.text)]
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
    place = place or event.location_name
    if place and _bare(place) not in _names(targets):
        parts.append("in " + place)
    return " ".join(p for p in parts if p).strip()


def _doerless(event: Event, phrase: str, targets: list, place: str | None = None) -> str:
    """Summary of an event told by a noun ("the war on Ukraine") with no named doer, whose
    phrase has no passive ("wage war on"): the noun and the receivers ("war on Ukraine"),
    never a verb left without its subject; "" for a bare verb (which has a passive) or a
    verb and its preposition ("withdraw from")."""
    words = phrase.split()
    if len(words) < 2 or words[1] in TRAILING_PREPS:
        return ""  # a bare verb, or a verb and its preposition ("withdraw from"): no noun
    if words[-1] not in TRAILING_PREPS:
        words.append("with" if event.type == "CONSULT" else "against")
    told = DOERLESS_MODALITY.get(event.modality, [])
    noun = words[1:]
    if told and noun[0] in ("a", "an", "the"):
        # "a possible deal with X", "no deal with X": the word goes after the article,
        # which every such word (consonant first) makes "a"; "no" takes none
        noun = noun[1:] if told == ["no"] else ["a" if noun[0] == "an" else noun[0], *noun[1:]]
        head = [*told, *noun] if told == ["no"] else [noun[0], *told, *noun[1:]]
    else:
        head = [*told, *noun]
    parts = [*head, _names(targets, inside=True)]
    if place and _bare(place) not in parts[-1]:
        parts.append("in " + place)
    return " ".join(parts)


# how a doerless event's modality is said before its noun ("a planned war on X")
DOERLESS_MODALITY = {"planned": ["planned"], "uncertain": ["possible"], "denied": ["no"],
                     "reported": ["reported"]}


def own_words(event: Event, phrase: str, noun: str | None = None) -> str:
    """``phrase`` (the base-form phrase of the event's kind, "reopen the border with") with
    its stock object replaced by the object the trigger's own words name ("reopen the road
    with" for "would reopen the road"): a kind's phrase names one typical thing, and
    another one it also covers must not be said in its place. Only for a verb trigger
    whose first word is that phrase's verb and that holds more words (its object); else
    ``phrase`` as given, as it is when it names the trigger's own noun and no receiver
    lies inside the trigger's words. noun (str | None): set for a nominal trigger."""
    told = event.trigger.text.translate(QUOTE_MARKS).split()
    words = phrase.split()
    tail = words[-1:] if words and words[-1] in TRAILING_PREPS else []
    if noun or len(told) < 2 or len(told) > MAX_THEME_WORDS + 1 or \
            len(words) - len(tail) < 2 or not _inflects(told[0].lower(), words[0]):
        return phrase
    head = told[-1].lower()
    same = [i for i, w in enumerate(words[1:], 1) if w in (head, head.rstrip("s"), head + "s")]
    inside = any(a.role != "source" and event.trigger.start <= a.start < event.trigger.end
                 for a in event.actors)
    if same and not inside:
        return phrase  # the stock noun is the one the text names ("signed four agreements")
    # the phrase goes on after its noun when the trigger ends on that noun ("send supplies
    # to" for "sent 40 volunteers and 12 tonnes of supplies"); else only its preposition
    return " ".join([words[0], *told[1:], *(words[same[-1] + 1:] if same else tail)])


def _inflects(word: str, base: str) -> bool:
    """Whether ``word`` (lower case) is a form of the verb ``base`` ("sent" of "send")."""
    stem = base[:-1] if base.endswith("e") else base
    return word in (base, third_person(base), past_tense(base), past_participle(base, word),
                    stem + "ing", base + "ing") or base in merge_bases().get(word, ())


UNNAMED = "an unnamed party"
# the verb a meeting noun is said with when it names no other party, by PLOVER mode
LIGHT_VERBS = {"visit": "make", "phone": "make"}


def summarize(event: Event, phrase: str, plural: bool = False, theme=None,
              second_object: str | None = None, cue: str | None = None,
              place: str | None = None, noun: str | None = None) -> str:
    """Summary of ``event`` from its actors, location and base-form ``phrase``.

    plural (bool): the source is grammatically plural ("the two sides").
    theme (tuple | None): (preposition or "", text) of the thing acted on, said when the
        event has no target ("China does not condemn the invasion").
    second_object (str | None): the thing given when the target is who receives it,
        said after the target ("China offers Moscow a lifeline").
    cue (str | None): the word that decided the modality ("should", "will").
    place (str | None): the place as said ("the Karskian capital"); by default the
        event's location_name.
    noun (str | None): a nominal trigger's phrase ("a video meeting"), said with a light
        verb when a meeting or visit names no one met or visited ("Putin holds a video
        meeting", not "Putin meets").
    """
    place = place or event.location_name
    sources = [a for a in event.actors if a.role == "source"]
    targets = [a for a in event.actors if a.role in ("target", "participant")]
    said = own_words(event, phrase, noun)
    if said != phrase:
        # a party inside the words that say the act is what is acted on ("sent 40
        # volunteers and 12 tonnes of supplies"), told by those words, not its receiver
        phrase = said
        targets = [a for a in targets if not event.trigger.start <= a.start < event.trigger.end]
    if not sources and targets and all(a.role == "participant" for a in targets):
        # "talks between A and B" with no one named as holding them: the parties are
        # its doers ("A and B hold talks"), not the guests of an unnamed host
        sources, targets = targets, []
    if not sources and targets:
        said = passive(event, phrase, targets, cue, place) or (
            _doerless(event, phrase, targets, place) if noun else "")
        if said:
            return said
    # with no doer named and no passive to say it by, the verb still gets a subject
    subject = _names(sources) or (UNNAMED if targets else "")
    obj = _names(targets, inside=True)
    if "{obj}" in phrase:  # the one asked stands inside a demand ("demands that Tesh free ...")
        phrase, obj = phrase.replace("{obj}", obj or "someone"), ""
    elif not obj:
        phrase, obj = with_theme(phrase, theme)
    words = phrase.split()
    if not obj and words and words[-1] in TRAILING_PREPS:
        phrase = " ".join(words[:-1])
    plural = plural or len(sources) > 1
    if not obj and noun and event.type == "CONSULT" and len(phrase.split()) == 1 and (
            event.mode == "visit" or not (plural or subject[:1].islower())):
        # "the two leaders meet", "the commission meets" (a body sits) read whole;
        # "Putin meets" and "Wang visits" do not
        phrase = f"{LIGHT_VERBS.get(event.mode, 'hold')} {noun}"
    parts = [subject, predicate(phrase, event.modality, plural, cue), obj]
    if obj and second_object and len(phrase.split()) == 1:
        parts.append(second_object)
    if place and obj and _bare(place) == _bare(obj):
        parts[2] = place if len(place) > len(obj) else obj  # "visit every military district"
    elif place and _bare(place) != _bare(subject):
        parts.append("in " + place)
    return " ".join(p for p in parts if p).strip()


PLACE_WORDS = {"the", "a", "an", "every", "each", "his", "her", "its", "their", "our"}


def _bare(name: str) -> str:
    """``name`` without a leading determiner ("the zone" and "zone" are one place)."""
    first, _, rest = name.partition(" ")
    return rest if rest and first.lower() in PLACE_WORDS else name
