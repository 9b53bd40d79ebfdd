"""Modality and tense of an event trigger, read off the dependency parse.

modality: happened | planned | reported | denied | uncertain. It is decided from
the trigger's own auxiliaries, negation and adverbs, and from the verbs that
control it ("is going to receive", "refused to condemn", "is expected to meet").
When several cues apply the strongest wins: denied, uncertain, planned, reported.
"""
from __future__ import annotations

from typing import Optional

from .modality_cues import (directed, goes_on, hearsay_passive, kind_not_one, listing_noun, no_one_did,
                            reason_denied, rule_doer, scheduled_forecast,
                            unnamed_source)
from .modality_words import (ACCUSING_HEADS, ACCUSING_NOUNS, CAUSING_HEADS, CLAIM_NOUNS, CONDITIONAL_MARKS,
                             DENYING_HEADS, DOUBT_NOUNS, E_HEADS, FUTURE_AUX, GOAL_NOUNS,
                             HEDGING_ADVERBS, INDUCING_HEADS, INTENT_NOUNS, MANDATING_VERBS, NEGATIONS,
                             OBJECT_CONTROL, PERMITTING_HEADS, PLANNING_HEADS, PREVENTING_HEADS,
                             REPORTED_ADVERBS, REPORTING_VERBS, REPORT_NOUNS, REQUIRING_VERBS,
                             TOPIC_HEADS, UNCERTAIN_AUX, UNCERTAIN_HEADS, WISHING_VERBS)


def controller_chain(token) -> list:
    """The verbs/adjectives/nouns that control ``token`` through open complements:
    "receive" in "is going to receive" -> [going]; "visit" in "invitation to visit" -> [invitation]."""
    chain = []
    current = token
    while current.head.i != current.i:
        marked = _controller_by_word(current)
        if marked is not None:
            controller, climbs = marked
            if controller is not None:
                chain.append(controller)
            if not climbs:
                break
            current = controller
            continue
        steps = _open_complement_steps(current, chain)
        if not steps:
            break
        chain.extend(steps)
        current = steps[-1]
    return chain


def _controller_by_word(current):
    """The word whose meaning makes it control ``current`` (spaCy Token), whatever the link:
    (controller, climbs), climbs telling whether the chain goes on above the controller;
    (None, False) where nothing above counts; None when no such word governs it."""
    head, above = current.head, current.head.head
    if current.dep_ == "pcomp" and head.lower_ == "of" and above.lemma_.lower() in INTENT_NOUNS:
        return above, True  # "had no intention of withdrawing": the noun controls it
    if current.dep_ in ("pcomp", "pobj") and head.lower_ in ("of", "with") and \
            above.lemma_.lower() in ACCUSING_HEADS:
        return above, True  # "accused of leveraging", "charged with obstructing"
    if current.dep_ == "pcomp" and current.tag_ == "VBG" and head.dep_ == "prep" and \
            head.lower_ in ("of", "about", "on", "over") and above.lemma_.lower() in TOPIC_HEADS:
        return above, False  # "opponents of allowing refugees": a topic, not a deed
    if current.dep_ in ("dobj", "conj") and current.tag_ == "VBG" and head.lemma_.lower() in TOPIC_HEADS:
        return head, False  # "discusses burying guns and shooting agents"
    if current.dep_ == "pcomp" and head.lower_ == "into" and above.lemma_.lower() in INDUCING_HEADS:
        return above, True  # "pressured Ukraine into investigating"
    if current.dep_ in ("relcl", "acl", "ccomp") and current.pos_ in ("VERB", "AUX") and \
            head.lemma_.lower() in ACCUSING_NOUNS:
        return head, True  # "the allegations he abused his daughter"
    if current.dep_ == "acl" and head.lemma_.lower() in DOUBT_NOUNS and _has_negation(head):
        return None, False  # "there is no doubt that they attacked": asserted as plainly as if said
    controller = misattached_controller(current)
    if controller is not None:
        return controller, True  # "urging Egypt to halt", parsed as a clause of "sent"
    listed = listing_noun(current)
    if listed is not None:
        return listed, True  # "new powers: to advise the government, to lend ..."
    if current.dep_ == "pcomp" and head.lower_ == "from" and above.lemma_.lower() in PREVENTING_HEADS:
        return above, True  # "prevented pirates from attacking": the verb controls it
    return None


def _open_complement_steps(current, chain: list) -> list:
    """The words to add to ``chain`` (list[Token], the controllers found so far) above
    ``current`` (spaCy Token) when it is an open complement or a "to"-purpose clause, which
    pass their head's modality down; the last is where the chain climbs on. [] where the
    chain ends."""
    head = current.head
    infinitive = any(c.tag_ == "TO" for c in current.children)
    if current.dep_ == "acomp" and current.pos_ == "ADJ" and chain and chain[-1] is current:
        return [head]  # "should be able to be sued": the copula carries the "should"
    if current.dep_ not in ("xcomp", "acl", "ccomp") and not (
            current.dep_ in ("advcl", "relcl") and infinitive):
        return []  # only open complements and "to"-purpose clauses pass modality down
    if current.dep_ == "ccomp" and head.lemma_.lower() not in \
            DENYING_HEADS | PLANNING_HEADS | CLAIM_NOUNS and not (
                infinitive and head.lemma_.lower() in PERMITTING_HEADS | CAUSING_HEADS):
        return []
    if current.dep_ == "acl" and head.pos_ not in ("NOUN", "PROPN", "ADJ"):
        return []
    if head.lemma_.lower() in CLAIM_NOUNS and head.dep_ in ("dobj", "pobj") \
            and head.head.pos_ == "VERB":
        # "denied reports that the two sides had discussed ...": the verb over the claim decides
        return [head, head.head if head.dep_ == "dobj" else head.head.head]
    # "is set to meet" / "is ready to help": the adjective or participle heads an xcomp
    return [head]


def misattached_controller(token):
    """The verb that tells someone to do ``token`` when the parser hung the "to" clause
    elsewhere: in "sent a letter urging Egypt to halt its harassment" the small model makes
    "halt" a purpose clause of "sent", though it follows "urging Egypt". Returns the
    object-control verb whose object ends right before the clause's "to", or None."""
    if token.dep_ != "advcl" or not any(c.tag_ == "TO" for c in token.children):
        return None
    first = token.left_edge
    doc = token.doc
    i = first.i - 1
    while i >= 0 and doc[i].is_punct:
        i -= 1
    if i < 0:
        return None
    obj = doc[i]
    while obj.dep_ in ("compound", "flat") and obj.head.i > obj.i:
        obj = obj.head
    verb = obj.head
    if obj.dep_ == "dobj" and verb.i != token.head.i and verb.lemma_.lower() in OBJECT_CONTROL \
            and verb.i < token.i and not any(c.dep_ in ("xcomp", "ccomp") for c in verb.children):
        return verb
    return None


def _aux_lemmas(token) -> set:
    # a contracted modal is read by its lemma ("she'd be" -> would); "'d" for "had" is no modal
    return {c.lemma_.lower() if c.tag_ == "MD" and c.lower_.startswith("'") else c.lower_
            for c in token.children if c.dep_ in ("aux", "auxpass")}


def _has_negation(token) -> bool:
    return any((c.dep_ == "neg" or (c.lower_ in NEGATIONS and c.dep_ in ("advmod", "det")))
               and not _whether_or_not(c) for c in token.children)


def _mandated(token) -> bool:
    """Whether a verb (spaCy Token) is the subjunctive of a demand: a bare-form clause with
    its own subject and no auxiliary under a verb of demanding, an act asked for, not done."""
    # the small tagger reads "that the union agree" as a present tense (VBP); after a past
    # "insisted" a present clause is the subjunctive all the same
    bare = token.tag_ == "VB" or (token.tag_ == "VBP" and token.head.tag_ == "VBD")
    return (token.dep_ == "ccomp" and bare
            and head_lemma(token.head) in MANDATING_VERBS
            and any(c.dep_ == "nsubj" for c in token.children)
            and not any(c.dep_ in ("aux", "auxpass") for c in token.children))


def _would_be_subject(token) -> bool:
    """Whether a gerund (spaCy Token) is the subject of a "would"/"could" clause, an act
    weighed, not done ("Attacking Iran would be a mistake", "loaning GM money would have
    been doing exactly that"); the parser may hang it as a clause of a subjectless verb."""
    head = token.head
    if token.tag_ != "VBG" or head.i == token.i or token.i > head.i:
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass", "aux", "mark") for c in token.children):
        return False
    hypothetical = any(c.dep_ == "aux" and c.lower_ in ("would", "could", "might")
                       for c in head.children)
    as_subject = token.dep_ == "csubj" or (
        token.dep_ == "advcl" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in head.children))
    return hypothetical and as_subject


def gerund_predicate(token):
    """The word a subject gerund (spaCy Token) is said to be ("restoring ties is one of his
    priorities" -> "one", "Reopening the border is vital" -> "vital"), or None: such a gerund
    names an act talked about, not one done."""
    head = token.head
    if token.tag_ != "VBG" or token.dep_ != "csubj" or head.lemma_ != "be":
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass", "aux") for c in token.children):
        return None
    return next((c for c in head.children if c.dep_ in ("attr", "acomp")), None)


def _gerund_of_a_general_claim(token) -> bool:
    """Whether a subject gerund (spaCy Token) names an act a present-tense claim is about,
    with no doer of its own: "not voting for him does not mean voting for her", "meeting
    them sends a signal". A past verb tells of a deed ("meeting them angered Karsk")."""
    head = token.head
    if token.tag_ != "VBG" or token.dep_ != "csubj" or head.lemma_ == "be":
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass", "poss") for c in token.children):
        return False
    tenses = [head.tag_, *(c.tag_ for c in head.children if c.dep_ == "aux")]
    return any(t in ("VBZ", "VBP", "MD") for t in tenses)


def _wished_for(token) -> bool:
    """Whether a verb (spaCy Token) is another party's act that someone hopes for or
    foresees ("is hoping that the union will support the plan", "predicted that his
    company would meet its targets"): a clause with its own subject under such a verb."""
    if token.dep_ != "ccomp" or head_lemma(token.head) not in WISHING_VERBS:
        return False
    return any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children)


def head_lemma(token) -> str:
    """A controlling word's lemma (spaCy Token), mended where the small model cut a
    verb's final "e" ("hopes", "hoping" -> "hop"): the "-e" form when it is a head we know."""
    lemma = token.lemma_.lower()
    if lemma + "e" in E_HEADS and token.lower_.startswith(lemma):
        return lemma + "e"
    return lemma


def open_condition(token) -> bool:
    """Whether a trigger (spaCy Token) heads a clause left open: "if"/"unless"/"whether"
    marks it, or a "whether or not" bears on it even where the parser hung "whether"
    elsewhere or took the verb for a noun ("Whether or not Russia attacks Ukraine")."""
    return any((c.dep_ == "mark" and c.lower_ in CONDITIONAL_MARKS) or _whether_or_not(c)
               for c in token.children)


def _whether_or_not(token) -> bool:
    """Whether a "not" ends "whether or not": it asks, it does not deny."""
    doc = token.doc
    return token.lower_ == "not" and token.i >= 2 and doc[token.i - 1].lower_ == "or" \
        and doc[token.i - 2].lower_ == "whether"


def _shared_conjunct_head(token):
    """The first verb of "will meet on Friday and sign a deal" for "sign": a verb joined to
    another with no subject or auxiliary of its own shares that verb's modality; else None."""
    if token.dep_ != "conj":
        return None
    # "was not in a crisis, and urged ...": a copula's "not" is its own, but its modal is
    # shared ("must be strong and fight")
    if token.head.pos_ != "VERB" and not (token.head.pos_ == "AUX" and any(
            c.dep_ == "aux" and c.tag_ == "MD" for c in token.head.children)):
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "neg", "mark") for c in token.children):
        return None
    return token.head


def _for_subject_infinitive(token) -> bool:
    """Whether a verb is a "for X to do" clause ("calls for the government to stand down",
    "time for Russia to withdraw"): what someone wants done, not what was done."""
    children = list(token.children)
    return any(c.dep_ == "mark" and c.lower_ == "for" for c in children) and \
        any(c.tag_ == "TO" for c in children)


def _alternative(token):
    """(modality, tense, cue) of an act named as the road not taken, or None: "rather than
    attacking" / "instead of meeting" (denied), "works better than attacking" (uncertain)."""
    head = token.head
    if token.dep_ not in ("pcomp", "pobj") or head.i == token.i:
        return None
    doc = token.doc
    if head.lower_ == "than":
        if head.i > 0 and doc[head.i - 1].lower_ == "rather":
            return "denied", "past", "rather than"
        return "uncertain", "future", "than"
    if head.lower_ == "of" and head.i > 0 and doc[head.i - 1].lower_ == "instead":
        return "denied", "past", "instead of"
    return None


# words that put a date after the time of writing ("next week", "tomorrow")
FUTURE_DATE_WORDS = {"next", "tomorrow", "coming", "upcoming"}


def _future_date_present(token) -> bool:
    """Whether a present-tense verb is dated ahead ("are meeting up next week", "meet
    tomorrow"): an arrangement, not something that has happened."""
    present = token.tag_ in ("VBZ", "VBP") or (token.tag_ == "VBG" and any(
        c.dep_ == "aux" and c.tag_ in ("VBZ", "VBP") for c in token.children))
    if not present:
        return False
    dates = [c for c in token.children if c.ent_type_ == "DATE"]
    dates += [g for c in token.children if c.dep_ == "prep" for g in c.children
              if g.dep_ == "pobj" and g.ent_type_ == "DATE"]
    return any(w.lower_ in FUTURE_DATE_WORDS for d in dates for w in d.subtree)


# trips told in the simple present by a speaker are arranged ones ("The minister goes to
# Belozar with an open hand"), unless a habit is told ("goes there every year")
TRIP_VERBS = {"go", "travel", "fly", "head", "leave", "visit", "come", "return", "meet"}
HABIT_WORDS = {"every", "usually", "often", "always", "regularly", "sometimes", "each",
               "never", "annually", "weekly", "monthly", "yearly", "daily"}


def _quoted_trip_present(token) -> bool:
    """Whether ``token`` (spaCy Token) is a trip verb in the simple present inside quotation
    marks, with no past date and no habit word in its sentence."""
    if token.tag_ not in ("VBZ", "VBP") or token.lemma_.lower() not in TRIP_VERBS:
        return False
    before = token.doc.text[token.sent.start_char:token.idx]
    if (before.count('"') + before.count("\u201c") - before.count("\u201d")) % 2 == 0:
        return False  # not inside an open quotation
    return not any(t.lower_ in HABIT_WORDS or (t.ent_type_ == "DATE" and t.lower_ in (
        "yesterday", "last", "ago")) for t in token.sent)


def _reported(token, chain: list) -> bool:
    for t in [token, *chain]:
        if any(c.lower_ in REPORTED_ADVERBS for c in t.children):
            return True
    if any(hearsay_passive(t) for t in chain):
        return True  # "advisers are said to be urging the governor"
    top = chain[-1] if chain else token
    # "a report said (that) X met Y", "media reports have suggested ..."
    head = top.head if top.dep_ in ("ccomp", "parataxis") else None
    if head is not None and head.lemma_.lower() in REPORTING_VERBS:
        subjects = [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")]
        if any(s.lemma_.lower() in REPORT_NOUNS for s in subjects):
            return True
        if any(c.lower_ in REPORTED_ADVERBS for c in head.children):
            return True
    sent = token.sent
    for t in sent:
        # "according to reports/sources/media"
        if t.lower_ == "according" and t.i + 2 < sent.end:
            pobj = [c for c in t.doc[t.i + 1].children if c.dep_ == "pobj"]
            # "according to traders": on unnamed others' word; a named source ("according
            # to the agency KNA") attributes as "said" does; "according to the plan" stipulates
            if any(p.lemma_.lower() in REPORT_NOUNS or unnamed_source(p) for p in pobj):
                return True
    return False


def modality_and_tense(token, chain: Optional[list] = None) -> tuple:
    """(modality, tense, cue) of the event whose trigger is ``token`` (a spaCy Token).

    chain (list[Token] | None): controllers from :func:`controller_chain`.
    cue (str | None): the word that decided a non-"happened" modality.
    """
    chain = controller_chain(token) if chain is None else chain
    first = _shared_conjunct_head(token)
    if first is not None and not chain:
        found = modality_and_tense(first)
        # a "not" on the first verb may bind it alone ("did not stop, and left"); one
        # above it binds both ("has no plans to address the conference or meet Sanders")
        if found[0] != "happened" and not (found[0] == "denied" and _has_negation(first)):
            return found
    scope = [token, *chain]
    auxes = set().union(*(_aux_lemmas(t) for t in scope))
    heads = _controller_lemmas(chain)
    # the strongest cue wins: an unreal clause, then a denial or doubt, then a hedge or a plan
    return (_unreal(token, chain, scope)
            or _denied_or_doubted(token, chain, scope, auxes, heads)
            or _hedged_planned_or_told(token, chain, scope, auxes, heads))


def _controller_lemmas(chain: list) -> list:
    """The head lemmas of ``chain`` (list[Token]), with the senses modality tells apart
    renamed: "expect_active" and "go_past"."""
    heads = [head_lemma(t) for t in chain]
    # what a rule text requires is an obligation ("the Act required agencies to consult")
    heads = [h if h not in REQUIRING_VERBS or not rule_doer(t) else "require_rule"
             for h, t in zip(heads, chain)]
    # "is expected to" (passive expect) is a forecast; "X expects to" is a plan
    if "expect" in heads:
        idx = heads.index("expect")
        if not any(c.dep_ == "auxpass" for c in chain[idx].children):
            heads[idx] = "expect_active"
    # "kept pressing his attack" goes on doing it; "kept them from voting" prevents
    heads = [h if h != "keep" or not goes_on(t) else "keep_on" for h, t in zip(heads, chain)]
    # "is going to sign" plans; "went to Paris to sign" tells a purpose that was carried out
    return [h if h != "go" or t.tag_ == "VBG" else "go_past" for h, t in zip(heads, chain)]



def _unreal(token, chain: list, scope: list):
    """(modality, tense, cue) of a trigger (spaCy Token) in a clause that tells no fact: a
    condition, a subject of "would", an aim, a demand or a wish; None otherwise. chain
    (list[Token]): its controllers; scope: the trigger and its controllers."""
    # "if they do not withdraw": a condition, whatever its polarity, has not happened
    if any(open_condition(t) for t in scope):
        return "uncertain", "future", "if"  # "to defend it if it is attacked"
    if not chain and _would_be_subject(token):
        return "uncertain", "future", "would"  # "attacking Iran would be a mistake"
    if _imperative(chain[-1] if chain else token):
        return "uncertain", "future", "imperative"  # "Or support Paul Ryan": urged, not done
    if kind_not_one(token):
        return "uncertain", "future", "such"
    goal = gerund_predicate(token) if not chain else None
    if goal is not None:
        # "restoring ties is one of his priorities": an aim; "reopening it is vital": a view
        named = {goal.lemma_.lower(), *(o.lemma_.lower() for p in goal.children
                                        if p.dep_ == "prep" and p.lower_ == "of"
                                        for o in p.children if o.dep_ == "pobj")}
        if named & GOAL_NOUNS:
            return "planned", "future", goal.lemma_.lower()
        if goal.head.tag_ in ("VBZ", "VBP"):
            return "uncertain", "future", goal.head.lower_
    if not chain and _gerund_of_a_general_claim(token):
        return "uncertain", "future", token.head.lemma_.lower()
    if not chain and _mandated(token):
        return "uncertain", "future", head_lemma(token.head)
    if _wished_for(chain[-1] if chain else token):
        return "uncertain", "future", head_lemma((chain[-1] if chain else token).head)
    return None


def _denied_or_doubted(token, chain: list, scope: list, auxes: set, heads: list):
    """(modality, tense, cue) of a trigger (spaCy Token) negated, refused, prevented, alleged,
    hypothetical or offered as one choice of several; None otherwise. auxes: the
    auxiliary lemmas over the scope; heads: :func:`_controller_lemmas` of chain."""
    # "if he were a bigot he wouldn't have allowed it": what would follow from a condition is
    # unreal, whatever its polarity
    if "would" in auxes and _hypothetical(chain[-1] if chain else token):
        return "uncertain", "future", "would"
    if any(reason_denied(t) for t in scope):
        return "uncertain", "future", "no reason"  # "no reason why they should not share"
    for t in scope:
        if _has_negation(t):
            return "denied", _tense(token, chain, auxes), "not"
    # a conjunct borrows the subject of the clause it joins only when it has none of its own:
    # "no one objected, and Russia signed" denies nothing Russia did
    borrows = token.dep_ == "conj" and not any(
        c.dep_ in ("nsubj", "nsubjpass", "expl") for c in token.children)
    if no_one_did([*scope, token.head] if borrows else scope):
        return "denied", _tense(token, chain, auxes), "no"
    if any(h in ACCUSING_HEADS or h in ACCUSING_NOUNS for h in heads):
        return "reported", _tense(token, chain, auxes), "accused"
    if any(_for_subject_infinitive(t) for t in scope):
        return "uncertain", "future", "for"  # "calls for Karamanlis to stand down"
    alternative = _alternative(scope[-1])
    if alternative is not None:
        return alternative
    for lemma in heads:
        if lemma in DENYING_HEADS or lemma in PREVENTING_HEADS:
            return "denied", _tense(token, chain, auxes), lemma
    return None


def _hedged_planned_or_told(token, chain: list, scope: list, auxes: set, heads: list) -> tuple:
    """(modality, tense, cue) of a trigger (spaCy Token) that is neither unreal nor denied:
    uncertain under a modal, a doubting head or a hedge; planned when in the future;
    reported on others' word; else happened. Arguments as :func:`_denied_or_doubted`."""
    top = chain[-1] if chain else token
    if not auxes & UNCERTAIN_AUX and scheduled_forecast(token, heads):
        return "planned", "future", "expected"  # "are expected to sign on Wednesday"
    for lemma in [*sorted(auxes & UNCERTAIN_AUX), *heads]:
        if lemma in UNCERTAIN_AUX or lemma in UNCERTAIN_HEADS or (
                lemma in TOPIC_HEADS and chain and lemma == head_lemma(top)):
            return "uncertain", "future", lemma
    # before its verb ("would probably vote"); one after it hedges an aside ("vowed to
    # remain in the fight, and perhaps until July")
    hedge = next((c.lower_ for t in scope for c in t.children
                  if c.dep_ == "advmod" and c.lower_ in HEDGING_ADVERBS and c.i < t.i), None)
    if hedge is not None:
        return "uncertain", "future", hedge
    future = auxes & FUTURE_AUX
    if not future and (_future_date_present(top) or _quoted_trip_present(top)):
        return "planned", "future", "next"
    if future or any(h in PLANNING_HEADS for h in heads):
        cue = sorted(future)[0] if future else next(h for h in heads if h in PLANNING_HEADS)
        return "planned", "future", cue
    if directed(token, chain):
        return "planned", "future", "told"  # "told the governor to visit": not yet done
    if _reported(token, chain):
        return "reported", _tense(token, chain, auxes), "reportedly"
    return "happened", _tense(token, chain, auxes), None


def _imperative(token) -> bool:
    """Whether a verb (spaCy Token) heads a command: the bare form at the top of its
    sentence with no subject and no auxiliary ("Or support Paul Ryan.", "Release them now").
    What a writer or speaker urges has not happened."""
    return token.dep_ == "ROOT" and token.tag_ == "VB" and not any(
        c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj", "aux", "auxpass") for c in token.children)


def _hypothetical(token) -> bool:
    """Whether a "would" verb tells what would follow from something: its subject is an
    act ("moving forward would destroy the institution") or it has an "if" clause."""
    for child in token.children:
        if child.dep_ == "csubj" or (child.dep_ in ("nsubj", "nsubjpass") and child.tag_ == "VBG"):
            return True
        if child.dep_ == "advcl" and any(g.dep_ == "mark" and g.lower_ in ("if", "unless")
                                         for g in child.children):
            return True
    # "should not confirm a nominee who would restrict ...": what someone would do, told
    # under a modal or a negation, describes a possibility
    gov = token.head.head if token.dep_ == "relcl" else None
    return gov is not None and gov.pos_ in ("VERB", "AUX") and (
        _has_negation(gov) or bool(_aux_lemmas(gov) & UNCERTAIN_AUX))


def _tense(token, chain: list, auxes: set) -> str:
    if auxes & FUTURE_AUX:
        return "future"
    top = chain[-1] if chain else token
    tags = {top.tag_} | {c.tag_ for c in top.children if c.dep_ in ("aux", "auxpass")}
    if tags & {"VBD"} or (top.tag_ == "VBN" and "have" in {c.lemma_ for c in top.children}):
        return "past"
    if top.tag_ in ("VBZ", "VBP", "VBG") or tags & {"VBZ", "VBP"}:
        return "present"
    if top.tag_ == "VBN":
        return "past"
    return "past" if top.pos_ in ("NOUN", "PROPN") else "present"

