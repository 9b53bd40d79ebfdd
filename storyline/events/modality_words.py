"""The words that decide an event's modality: the heads, auxiliaries, adverbs and nouns
:mod:`storyline.events.modality` reads above and around a trigger ("is going to", "refused
to", "reportedly", "no doubt that")."""
from __future__ import annotations

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
                  "lobby", "petition", "encourage", "press", "implore", "beg", "advise",
                  # "we welcome partners to come to Beijing": an invitation, not a visit
                  "welcome"}
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
                   "chance", "opportunity", "attempt", "effort",
                   # "rescuers were trying to reach the villages", "a race to reach them":
                   # the aim, not yet reached
                   "try", "race", "struggle", "scramble",
                   # an obligation a rule text lays down (see RULE_TEXTS)
                   "require_rule"}
# words that take an act as their topic through a preposition, with the act not told as
# done: "opponents of allowing refugees", "bent on attacking", "talking about banning"
TOPIC_HEADS = {"opponent", "opposition", "critic", "proponent", "advocate", "supporter",
               "champion", "bent", "intent", "talk", "idea", "notion", "concept", "possibility",
               "prospect", "risk",
               "danger", "threat", "fear",
               # verbs whose gerund object is an act only talked of ("discusses shooting agents")
               "discuss", "consider", "contemplate", "mention", "debate", "weigh", "envision",
               "imagine", "fantasize", "joke"}
# adverbs that hedge what is told: "would probably vote for him"
HEDGING_ADVERBS = {"probably", "possibly", "perhaps", "maybe", "conceivably"}
# what makes an event noun one that may come: "a possible battle", "an imminent clash",
# "any request by the union"
POSSIBLE_MODIFIERS = {"possible", "potential", "imminent", "eventual", "prospective",
                      "hypothetical", "likely"}
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
# verbs whose object (not subject) does what the complement says: "invited Xi to visit";
# also looked for when the parser hung the "to" clause elsewhere ("urging Egypt to halt ...")
OBJECT_CONTROL = {"invite", "urge", "ask", "call", "press", "persuade", "allow", "encourage",
                  "tell", "force", "order", "pressure", "push", "help", "permit", "require",
                  "lobby", "petition", "advise", "instruct", "direct", "implore", "beg",
                  "welcome"}
# verbs that bring about another's act ("getting Congress to disapprove the rules"): the act
# is as real as the getting, so their "to" clause takes their modality, whatever its parse
CAUSING_HEADS = {"get", "make", "cause", "persuade", "convince", "force", "compel"}
# texts that lay down rules: what they require is an obligation, not an order carried out
# ("Section 7, which required agencies to consult scientists")
RULE_TEXTS = {"law", "act", "rule", "section", "article", "regulation", "provision", "statute",
              "constitution", "treaty", "convention", "clause", "code", "ordinance", "directive",
              "charter", "protocol", "bill", "policy", "mandate", "guideline", "measure"}
REQUIRING_VERBS = {"require", "oblige", "obligate", "compel", "mandate"}
# subjects that say no one did it: "No country has recognized ...", "nobody met them"
NO_ONE = {"nobody", "none", "no-one"}
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
# what "according to" names when it tells terms laid down, not someone's word
STIPULATIONS = {"agreement", "plan", "deal", "law", "rule", "schedule", "treaty", "accord",
                "constitution", "programme", "program", "timetable", "proposal", "term",
                "contract", "budget", "regulation", "guideline", "order", "decree", "policy"}
REPORT_NOUNS = {"report", "media", "source", "newspaper", "paper", "outlet", "rumor",
                "rumour", "tabloid", "insider", "leak"}
REPORTING_VERBS = {"say", "report", "suggest", "claim", "tell", "state", "add", "write",
                   "quote", "cite", "allege", "announce", "confirm", "indicate", "note"}
# passive verbs of hearsay whose "to" complement is told on unnamed others' word: "advisers
# are said to be urging him", "is believed to have met", "is rumoured to be planning"
HEARSAY_PASSIVES = {"say", "report", "believe", "think", "rumor", "rumour", "understand",
                    "claim", "allege", "reckon", "presume"}

# verbs whose "that" clause in the bare (subjunctive) form says what must be done:
# "insisted that the union agree", "demanded that he resign"
MANDATING_VERBS = {"insist", "demand", "require", "ask", "urge", "recommend", "propose",
                   "suggest", "request", "order", "stipulate", "move", "press", "call"}
# verbs whose "that" clause tells what someone hopes or foresees another will do
WISHING_VERBS = {"hope", "wish", "want", "expect", "predict", "forecast", "anticipate", "fear",
                 "doubt", "bet", "guess", "believe", "think", "suspect", "trust"}
# every head word above whose "-e" the small model may cut ("hope", "argue", "decline")
E_HEADS = {w for w in PLANNING_HEADS | UNCERTAIN_HEADS | WISHING_VERBS | DENYING_HEADS
           | PREVENTING_HEADS | ACCUSING_HEADS | MANDATING_VERBS if w.endswith("e")}
