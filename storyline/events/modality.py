"""Modality and tense of an event trigger, read off the dependency parse.

modality: happened | planned | reported | denied | uncertain. It is decided from
the trigger's own auxiliaries, negation and adverbs, and from the verbs that
control it ("is going to receive", "refused to condemn", "is expected to meet").
When several cues apply the strongest wins: denied, uncertain, planned, reported.
"""
from __future__ import annotations

from typing import Optional

# controlling verbs/adjectives whose complement has not happened (yet)
PLANNING_HEADS = {"plan", "intend", "set", "schedule", "prepare", "due", "aim", "hope",
                  "want", "seek", "wish", "decide", "ready", "willing", "prepared", "go",
                  "agree", "promise", "pledge", "vow", "offer", "invite", "invitation",
                  "plan", "intention", "bid", "proposal", "eager", "keen", "determined",
                  "resolve", "threaten", "urge", "ask", "call", "expect_active", "look",
                  # weighing a step (CAMEO 014, "consider policy option") has not taken it
                  "consider", "weigh", "mull", "contemplate", "study",
                  # what is demanded has not been done: "demanded that the rebels release them"
                  "demand", "request", "require", "propose", "recommend",
                  # what a party is pressed to do is not yet done: "lobbied lawmakers to reopen"
                  "lobby", "petition", "encourage", "press", "implore", "beg", "advise"}
# nouns of purpose whose "of" complement is the intended act ("no intention of withdrawing")
INTENT_NOUNS = {"intention", "plan", "desire", "wish", "interest", "hope", "aim", "thought",
                "prospect"}
# what a gerund subject is called when it is still to be done ("restoring ties is one of
# his priorities", "Reopening the border is the goal")
GOAL_NOUNS = INTENT_NOUNS | {"priority", "goal", "objective", "target", "task", "ambition",
                             "mission", "focus", "agenda", "dream", "challenge", "aspiration"}
UNCERTAIN_HEADS = {"expect", "likely", "possible", "unlikely", "may", "might", "could",
                   "rumor", "rumour", "speculate",
                   # what someone should or needs to do has not been done ("needs to withdraw")
                   "need", "should", "must", "ought",
                   # a right or power to act is no act yet ("reserves the right to reject it")
                   "right", "power", "authority", "option",
                   # a chance or an attempt to act is not the act ("a final chance to appeal
                   # to voters", "an attempt to allow judges ..."); a bid is a plan
                   "chance", "opportunity", "attempt", "effort"}
# words that take an act as their topic through a preposition, with the act not told as
# done: "opponents of allowing refugees", "bent on attacking", "talking about banning"
TOPIC_HEADS = {"opponent", "opposition", "critic", "proponent", "advocate", "supporter",
               "champion", "bent", "intent", "talk", "idea", "possibility", "prospect", "risk",
               "danger", "threat", "fear",
               # verbs whose gerund object is an act only talked of ("discusses shooting agents")
               "discuss", "consider", "contemplate", "mention", "debate", "weigh", "envision",
               "imagine", "fantasize", "joke"}
# adverbs that hedge what is told: "would probably vote for him"
HEDGING_ADVERBS = {"probably", "possibly", "perhaps", "maybe", "conceivably"}
# what one is let do is permitted, not told as done ("the law allows police to detain")
PERMITTING_HEADS = {"allow", "permit", "let", "enable", "authorize", "authorise", "entitle",
                    "empower"}
UNCERTAIN_HEADS |= PERMITTING_HEADS
DENYING_HEADS = {"refuse", "decline", "fail", "deny", "reject", "avoid", "unable",
                 # "CNN's unwillingness to back down": the nouns of not doing
                 "unwillingness", "refusal", "failure", "reluctance", "inability", "unwilling",
                 "reluctant"}
# verbs whose "from"-gerund did not take place: "prevented pirates from attacking a ship"
PREVENTING_HEADS = {"prevent", "stop", "keep", "bar", "block", "deter", "prohibit", "ban",
                    "dissuade", "discourage", "restrain", "hinder", "save", "spare"}
# verbs and nouns of charging someone: what one "is accused of" doing is alleged, not told
# as fact ("is accused of leveraging the aid", "allegations of a pressure campaign")
ACCUSING_HEADS = {"accuse", "suspect", "allegation", "accusation", "suspicion", "charge",
                  "allege", "indict"}
# nouns of a charge whose clause is what is alleged
ACCUSING_NOUNS = {"allegation", "accusation", "suspicion", "charge", "claim", "rumor", "rumour"}
# verbs whose "into"-gerund may not follow: "pressured Ukraine into investigating"
INDUCING_HEADS = {"pressure", "force", "coerce", "push", "bully", "trick", "lure", "goad",
                  "blackmail", "intimidate", "talk", "drag", "press", "manipulate"}
# verbs whose object (not subject) does what the complement says: "invited Xi to visit"
OBJECT_CONTROL = {"invite", "urge", "ask", "call", "press", "persuade", "allow", "encourage",
                  "tell", "force", "order", "pressure", "push", "help", "permit", "require",
                  "lobby", "petition"}
# verbs whose object is told what to do, looked for when the parser hung the "to" clause
# elsewhere ("urging Egypt to halt ..."): the same, and verbs the parser rarely misattaches
OBJECT_CONTROLLERS = OBJECT_CONTROL | {"implore", "beg", "instruct", "direct", "advise"}
NEGATIONS = {"not", "n't", "never", "no"}
# nouns of doubt whose negation asserts the clause they govern ("no doubt that ...")
DOUBT_NOUNS = {"doubt", "question", "dispute", "denying"}
CONDITIONAL_MARKS = {"if", "unless", "whether"}
# nouns whose "that" clause is a claim: denying the claim denies the clause's event
CLAIM_NOUNS = {"report", "claim", "allegation", "suggestion", "rumor", "rumour", "speculation",
               "accusation", "assertion", "story"}
# "should withdraw", "must release": an obligation, not an act (no modality of its own here)
UNCERTAIN_AUX = {"might", "may", "could", "can", "should", "must", "ought"}
FUTURE_AUX = {"will", "shall", "'ll", "would", "wo"}
REPORTED_ADVERBS = {"reportedly", "allegedly", "purportedly", "supposedly", "apparently"}
REPORT_NOUNS = {"report", "media", "source", "newspaper", "paper", "outlet", "rumor",
                "rumour", "tabloid", "insider", "leak"}
REPORTING_VERBS = {"say", "report", "suggest", "claim", "tell", "state", "add", "write",
                   "quote", "cite", "allege", "announce", "confirm", "indicate", "note"}


def controller_chain(token) -> list:
    """The verbs/adjectives/nouns that control ``token`` through open complements:
    "receive" in "is going to receive" -> [going]; "visit" in "invitation to visit" -> [invitation]."""
    chain = []
    current = token
    while current.head.i != current.i:
        head = current.head
        if current.dep_ == "pcomp" and head.lower_ == "of" and head.head.lemma_.lower() in INTENT_NOUNS:
            chain.append(head.head)  # "had no intention of withdrawing": the noun controls it
            current = head.head
            continue
        if current.dep_ in ("pcomp", "pobj") and head.lower_ in ("of", "with") and \
                head.head.lemma_.lower() in ACCUSING_HEADS:
            chain.append(head.head)  # "accused of leveraging", "charged with obstructing"
            current = head.head
            continue
        if current.dep_ == "pcomp" and current.tag_ == "VBG" and head.dep_ == "prep" and \
                head.lower_ in ("of", "about", "on", "over") and head.head.lemma_.lower() in TOPIC_HEADS:
            chain.append(head.head)  # "opponents of allowing refugees": a topic, not a deed
            break
        if current.dep_ in ("dobj", "conj") and current.tag_ == "VBG" and head.lemma_.lower() in TOPIC_HEADS:
            chain.append(head)  # "discusses burying guns and shooting agents"
            break
        if current.dep_ == "pcomp" and head.lower_ == "into" and \
                head.head.lemma_.lower() in INDUCING_HEADS:
            chain.append(head.head)  # "pressured Ukraine into investigating"
            current = head.head
            continue
        if current.dep_ in ("relcl", "acl", "ccomp") and current.pos_ in ("VERB", "AUX") and \
                head.lemma_.lower() in ACCUSING_NOUNS:
            chain.append(head)  # "the allegations he abused his daughter"
            current = head
            continue
        if current.dep_ == "acl" and head.lemma_.lower() in DOUBT_NOUNS and _has_negation(head):
            break  # "there is no doubt that they attacked": asserted as plainly as if said
        controller = misattached_controller(current)
        if controller is not None:
            chain.append(controller)  # "urging Egypt to halt", parsed as a clause of "sent"
            current = controller
            continue
        if current.dep_ == "pcomp" and head.lower_ == "from" and \
                head.head.lemma_.lower() in PREVENTING_HEADS:
            chain.append(head.head)  # "prevented pirates from attacking": the verb controls it
            current = head.head
            continue
        infinitive = any(c.tag_ == "TO" for c in current.children)
        if current.dep_ == "acomp" and current.pos_ == "ADJ" and chain and chain[-1] is current:
            chain.append(head)  # "should be able to be sued": the copula carries the "should"
            current = head
            continue
        if current.dep_ not in ("xcomp", "acl", "ccomp") and not (
                current.dep_ in ("advcl", "relcl") and infinitive):
            break  # only open complements and "to"-purpose clauses pass modality down
        if current.dep_ == "ccomp" and head.lemma_.lower() not in \
                DENYING_HEADS | PLANNING_HEADS | CLAIM_NOUNS and not (
                    infinitive and head.lemma_.lower() in PERMITTING_HEADS):
            break
        if current.dep_ == "acl" and head.pos_ not in ("NOUN", "PROPN", "ADJ"):
            break
        chain.append(head)
        current = head
        if head.lemma_.lower() in CLAIM_NOUNS and head.dep_ in ("dobj", "pobj") \
                and head.head.pos_ == "VERB":
            # "denied reports that the two sides had discussed ...": the verb over the claim decides
            current = head.head if head.dep_ == "dobj" else head.head.head
            chain.append(current)
    # "is set to meet" / "is ready to help": the adjective or participle heads an xcomp
    return chain


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
    if obj.dep_ == "dobj" and verb.i != token.head.i and verb.lemma_.lower() in OBJECT_CONTROLLERS \
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


# verbs whose "that" clause in the bare (subjunctive) form says what must be done:
# "insisted that the union agree", "demanded that he resign"
MANDATING_VERBS = {"insist", "demand", "require", "ask", "urge", "recommend", "propose",
                   "suggest", "request", "order", "stipulate", "move", "press", "call"}


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


# verbs whose "that" clause tells what someone hopes or foresees another will do
WISHING_VERBS = {"hope", "wish", "want", "expect", "predict", "forecast", "anticipate", "fear",
                 "doubt", "bet", "guess", "believe", "think", "suspect", "trust"}


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
    if lemma + "e" in _E_HEADS and token.lower_.startswith(lemma):
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
    if token.dep_ != "conj" or token.head.pos_ != "VERB":
        return None  # "was not in a crisis, and urged ...": a copula's "not" is its own
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
            if any(p.lemma_.lower() in REPORT_NOUNS for p in pobj):
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
    heads = [head_lemma(t) for t in chain]
    # "is expected to" (passive expect) is a forecast; "X expects to" is a plan
    if "expect" in heads:
        idx = heads.index("expect")
        if not any(c.dep_ == "auxpass" for c in chain[idx].children):
            heads[idx] = "expect_active"
    # "is going to sign" plans; "went to Paris to sign" tells a purpose that was carried out
    heads = [h if h != "go" or t.tag_ == "VBG" else "go_past" for h, t in zip(heads, chain)]
    # "if they do not withdraw": a condition, whatever its polarity, has not happened
    if any(open_condition(t) for t in scope):
        return "uncertain", "future", "if"  # "to defend it if it is attacked"
    if not chain and _would_be_subject(token):
        return "uncertain", "future", "would"  # "attacking Iran would be a mistake"
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
    if not chain and _mandated(token):
        return "uncertain", "future", head_lemma(token.head)
    if _wished_for(chain[-1] if chain else token):
        return "uncertain", "future", head_lemma((chain[-1] if chain else token).head)
    for t in scope:
        if _has_negation(t):
            return "denied", _tense(token, chain, auxes), "not"
    if any(h in ACCUSING_HEADS or h in ACCUSING_NOUNS for h in heads):
        return "reported", _tense(token, chain, auxes), "accused"
    if "would" in auxes and _hypothetical(chain[-1] if chain else token):
        return "uncertain", "future", "would"
    if any(_for_subject_infinitive(t) for t in scope):
        return "uncertain", "future", "for"  # "calls for Karamanlis to stand down"
    alternative = _alternative(scope[-1])
    if alternative is not None:
        return alternative
    for lemma in heads:
        if lemma in DENYING_HEADS or lemma in PREVENTING_HEADS:
            return "denied", _tense(token, chain, auxes), lemma
    for lemma in [*sorted(auxes & UNCERTAIN_AUX), *heads]:
        if lemma in UNCERTAIN_AUX or lemma in UNCERTAIN_HEADS or (
                lemma in TOPIC_HEADS and chain and lemma == head_lemma(chain[-1])):
            return "uncertain", "future", lemma
    # before its verb ("would probably vote"); one after it hedges an aside ("vowed to
    # remain in the fight, and perhaps until July")
    hedge = next((c.lower_ for t in scope for c in t.children
                  if c.dep_ == "advmod" and c.lower_ in HEDGING_ADVERBS and c.i < t.i), None)
    if hedge is not None:
        return "uncertain", "future", hedge
    future = auxes & FUTURE_AUX
    if not future and (_future_date_present(chain[-1] if chain else token)
                       or _quoted_trip_present(chain[-1] if chain else token)):
        return "planned", "future", "next"
    if future or any(h in PLANNING_HEADS for h in heads):
        cue = sorted(future)[0] if future else next(h for h in heads if h in PLANNING_HEADS)
        return "planned", "future", cue
    if _reported(token, chain):
        return "reported", _tense(token, chain, auxes), "reportedly"
    return "happened", _tense(token, chain, auxes), None


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


# every head word above whose "-e" the small model may cut ("hope", "argue", "decline")
_E_HEADS = {w for w in PLANNING_HEADS | UNCERTAIN_HEADS | WISHING_VERBS | DENYING_HEADS
            | PREVENTING_HEADS | ACCUSING_HEADS | MANDATING_VERBS if w.endswith("e")}
