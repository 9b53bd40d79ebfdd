"""Words of business news that look like political acts: finding only, over spaCy tokens.

A company "charges customers more", "beats forecasts", "meets customer demand",
"releases a laptop" or "warns that losses could rise": none of these accuses,
assaults, concedes, frees anyone or threatens. :mod:`storyline.events.senses` asks
these before a verb is coded; :mod:`storyline.events.extract` asks
:func:`frees_no_one` and :func:`agreement_not_made` of its findings.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from .actors import FIRMS, is_agentive
from .arguments import objects_of

if TYPE_CHECKING:
    from .extract import Finding

# what is owed and paid back, not given: "paid down its debt", "paid the fine"
DEBTS = {"debt", "loan", "bill", "mortgage", "bond", "interest", "fine", "tax", "arrears",
         "creditor", "lender", "dividend", "premium", "rent", "installment", "instalment"}
# what befalls a body, not what it sets out to do: "prevent the government from shutting down"
FAILURES = {"shut", "collapse", "default", "fail", "fall", "crash", "close", "sink", "go",
            "run", "break", "lose", "slide", "slip", "stall", "founder", "fold", "expire", "lapse"}
# what is charged when "charge" asks a price: sums, fees, rates
PRICE_WORDS = {"cost", "fee", "price", "rate", "premium", "amount", "money", "sum", "tax",
               "commission", "interest", "toll", "fare", "dollar", "cent", "penny", "pound",
               "euro", "yen", "percent", "%", "charge", "surcharge", "levy", "extra", "more",
               "less"}
# who pays a price: "charging customers in the UK more"
PAYERS = {"customer", "consumer", "user", "client", "buyer", "passenger", "shopper",
          "subscriber", "patient", "tenant", "borrower", "motorist", "driver", "viewer",
          "reader", "listener", "household", "business"}
# figures a company beats or meets: forecasts, profits, records
FIGURES = {"prediction", "forecast", "estimate", "expectation", "projection", "profit",
           "earnings", "revenue", "sale", "loss", "record", "target", "goal", "figure",
           "result", "average", "market", "index", "benchmark", "consensus", "guidance",
           "demand", "deadline", "requirement", "standard", "need", "quota", "odds"}
# the held who can be freed besides named people and agents: "released 20 captives"
CAPTIVES = {"captive", "inmate", "man", "woman", "child", "boy", "girl", "national",
            "dissident", "convict", "migrant", "refugee", "body", "remains", "priest", "nun",
            "monk", "bishop", "pastor", "missionary", "pilot", "tourist", "engineer", "doctor",
            "nurse", "teacher", "student", "businessman", "businesswoman", "farmer", "villager",
            "civilian", "photographer", "employee", "passenger", "traveler", "traveller",
            "volunteer", "contractor", "driver", "son", "daughter", "wife", "husband", "mother",
            "father", "brother", "sister", "family", "relative", "baby", "teenager", "youth",
            "mayor", "critic", "blogger", "lawyer", "writer", "poet", "artist", "singer",
            "actor", "player", "athlete", "scientist", "researcher", "professor", "scholar",
            "cleric", "sheikh", "imam", "rabbi", "fighter", "militant", "rebel", "crewman"}
# endings of nouns for people: "journalist", "Christian", "migrant", "detainee"
PEOPLE_ENDINGS = ("ist", "ian", "ant", "ee")
HELD_PRONOUNS = {"him", "her", "them", "us", "me", "you", "whom", "who", "he", "she", "they"}
# verbs that keep, break or redo an agreement already made: "violates the 1991 agreement",
# "re-negotiate their agreement", "the cancellation of the Magna deal"
KEPT_OR_BROKEN = {"violate", "breach", "break", "replace", "renegotiate", "negotiate",
                  "cancel", "scrap", "terminate", "end", "abandon", "honour", "honor", "uphold",
                  "respect", "implement", "extend", "review", "revise", "amend", "include",
                  "remain", "cover", "govern", "allow", "bar", "define", "require", "say",
                  "stipulate", "cancellation", "violation", "breach", "term", "collapse",
                  "support", "oppose", "criticize", "criticise", "favour", "favor"}


# a business's own sites: a company that shuts them down restructures, it coerces no one
BUSINESS_SITES = {"dealership", "plant", "factory", "store", "shop", "branch", "outlet", "mill",
                  "mine", "line", "site", "operation", "facility", "division", "unit", "brand",
                  "restaurant", "office", "warehouse", "refinery", "smelter", "showroom"}
# who runs them: firms, and the business groups that own several
SITE_OWNERS = FIRMS | {"group"}


def _compared_objects(verb) -> list:
    """Objects of a verb (:func:`~storyline.events.arguments.objects_of`), or of its
    conjoined verb when it has none ("meet or even surpass all of its targets"), "all/some
    of X" read as X: what a figure is compared with."""
    found = objects_of(verb)
    if not found:
        found = [g for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB"
                 for g in c.children if g.dep_ == "dobj"]
    out = []
    for obj in found:
        of = [g for p in obj.children if p.dep_ == "prep" and p.lower_ == "of"
              for g in p.children if g.dep_ == "pobj"]
        out.extend(of if obj.pos_ in ("DET", "PRON", "NUM") and of else [obj])
    return out


def charges_a_price(verb) -> bool:
    """Whether "charge" (spaCy Token) asks a price rather than accuses: no "with" charge,
    and a sum, fee or payer as its object, a "for" what is paid, or "more"/"less"
    ("Apple charging customers 10 % more", "cannot charge the Air Force for costs")."""
    children = list(verb.children)
    if any(c.dep_ == "prep" and c.lower_ == "with" for c in children):
        return False  # "charged with murder"
    for child in children:
        if child.dep_ in ("dobj", "dative", "npadvmod", "advmod", "attr") and (
                child.ent_type_ in ("MONEY", "PERCENT") or child.lemma_.lower() in PRICE_WORDS
                or child.lemma_.lower() in PAYERS):
            return True
        if child.dep_ == "prep" and child.lower_ == "for":
            return True  # "charge the Air Force for associated costs"
    return False


def beats_a_figure(verb) -> bool:
    """Whether "beat" (spaCy Token) tops a figure or a record rather than strikes: its
    objects are forecasts, results or sums ("beat predictions", "beat last year's profit
    of $ 11 billion"), not anyone ("beat a shopkeeper to death")."""
    objects = _compared_objects(verb)
    return bool(objects) and all(o.lemma_.lower() in FIGURES or o.ent_type_ in ("MONEY", "PERCENT")
                                 for o in objects)


def meets_a_figure(verb) -> bool:
    """Whether "meet" (spaCy Token) reaches a figure, not a party: targets, forecasts, or
    the market's demand ("meet customer demand", "meet additional demand for routes") as
    against someone's demands ("refused to meet the demands")."""
    for obj in _compared_objects(verb):
        lemma = obj.lemma_.lower()
        if lemma == "demand":
            # the market's demand has no article or owner; a party's demands have one
            if obj.tag_ == "NN" and not any(c.dep_ in ("det", "poss") for c in obj.children):
                return True
        elif lemma in FIGURES:
            return True
    return False


def repays_a_debt(verb) -> bool:
    """Whether "pay" (spaCy Token) settles what is owed ("paid down $5 billion of the loan",
    "paid off its debts", "paid back the lenders", "pays the fine"): a debt repaid, no aid
    given."""
    if any(c.dep_ in ("prt", "advmod") and c.lower_ in ("down", "off", "back") for c in verb.children):
        return True
    things = list(objects_of(verb))
    things += [g for t in list(things) for p in t.children if p.dep_ == "prep" and p.lower_ == "of"
               for g in p.children if g.dep_ == "pobj"]  # "$5 billion of a bridge loan"
    return any(t.lemma_.lower() in DEBTS for t in things)


def spares_a_failure(verb) -> bool:
    """Whether "prevent"/"stop" (spaCy Token) keeps someone from a failure that would befall
    it ("the deal needed to prevent the government from shutting down", "kept the bank from
    collapsing"): a rescue, no one coerced. "prevented refugees from entering" stays."""
    return any(c.dep_ == "prep" and c.lower_ == "from" and any(
        g.dep_ == "pcomp" and g.lemma_.lower() in FAILURES for g in c.children)
        for c in verb.children)


def _held_someone(token, persons: set) -> bool:
    """Whether a released object can be someone held: a person, people, a body."""
    if token.i in persons or token.ent_type_ in ("PERSON", "NORP"):
        return True
    if token.pos_ == "PRON":
        return token.lower_ in HELD_PRONOUNS
    if token.pos_ == "NUM" or token.lemma_.lower() in CAPTIVES:
        return True
    if token.pos_ == "NOUN" and token.lemma_.lower().endswith(PEOPLE_ENDINGS):
        return True
    return token.pos_ == "NOUN" and is_agentive(token)


def frees_no_one(finding: Finding, persons: set) -> bool:
    """Whether "release" (a verb :class:`Finding`) puts out a product or a work rather than
    frees someone: what is released is known and none of it is a person or people ("Apple
    released the program", "the new Commodore, which will be released")."""
    trigger = finding.trigger
    if finding.nominal or finding.sense.type != "RETREAT":
        return False
    if finding.sense.key == "order release":  # "ordered the release of the documents"
        named = [o for t in finding.extra for p in t.children if p.dep_ == "prep" and p.lower_ == "of"
                 for o in p.children if o.dep_ == "pobj"]
        return not any(_held_someone(t, persons) for t in named)  # "ordered periodic releases"
    if trigger.lemma_.lower() != "release":
        return False
    named = [c for c in trigger.children if c.dep_ in ("dobj", "nsubjpass")]
    if any(c.lower_ == "which" for c in named):
        return True  # "which will be released": a thing, whatever the name before it
    released = list(finding.targets) + named  # "Soltan, who was released": "who" tells
    return bool(released) and not any(_held_someone(t, persons) for t in released)


def agreement_not_made(finding: Finding) -> bool:
    """Whether a nominal agreement (a "deal", "agreement" :class:`Finding` coded as signing
    one) is told as already in being rather than made here: owned by a pronoun ("their
    agreement"), or kept, broken, redone or described ("violates the 1991 agreement", "the
    agreement would remain", "the cancellation of the Magna deal", "the deal includes")."""
    noun = finding.trigger
    if not finding.nominal or finding.sense.cameo != "057":
        return False
    if any(c.dep_ == "poss" and c.pos_ == "PRON" for c in noun.children):
        return True
    head = noun.head
    if noun.dep_ == "pobj" and head.dep_ == "prep":
        head = head.head  # "the cancellation of the deal", "in line with the agreement"
    return head.i != noun.i and head.lemma_.lower().replace("-", "") in KEPT_OR_BROKEN


def closes_own_sites(verb) -> bool:
    """Whether "shut/close down" (spaCy Token) is a firm closing its own sites ("GM will not
    name the dealerships that it intends to shut down", "the carmaker closed down two
    plants"): a business site closed by a company or by "it", no coercion of anyone."""
    clause = verb.head if verb.dep_ == "xcomp" else verb
    owner = clause.head if clause.dep_ == "relcl" and clause.head.pos_ == "NOUN" else None
    # "the dealerships that it intends to shut down": "that" stands for the dealerships
    sites = [owner if o.lower_ in ("that", "which") and owner is not None else o
             for o in _compared_objects(verb)] or ([owner] if owner is not None else [])
    if not sites or not all(s.lemma_.lower() in BUSINESS_SITES for s in sites):
        return False
    doers = [c for c in verb.children if c.dep_ == "nsubj"] or [
        c for c in verb.head.children if c.dep_ == "nsubj" and verb.dep_ == "xcomp"]
    return all(d.lower_ in ("it", "they", "we") or d.ent_type_ == "ORG"
               or d.lemma_.lower() in SITE_OWNERS for d in doers)


# sums given: a "contribution to support" them gives money, whatever verb names the end
SUMS_GIVEN = {"contribution", "fund", "funding", "money", "grant", "loan", "payment", "package",
              "donation", "financing", "budget", "cash", "subsidy", "credit"}


def traded(finding: Finding) -> bool:
    """Whether money handed over (an economic aid :class:`Finding`, CAMEO 071) is paid for
    something ("hand over their cash in exchange for i.o.u.s"): a trade, no aid."""
    if finding.sense.cameo != "071":
        return False
    return any(c.dep_ == "prep" and c.lower_ == "in" and any(
        g.lemma_.lower() in ("exchange", "return") for g in c.children if g.dep_ == "pobj")
        for c in finding.trigger.children)


def funded_support(finding: Finding) -> bool:
    """Whether "support"/"help" (a :class:`Finding`) names what a sum is for ("the EU's
    financial contribution to support Turkey", "funding to help refugees"): the sum is
    economic aid, not praise or endorsement."""
    verb = finding.trigger
    if verb.lemma_.lower() not in ("support", "help", "assist", "back") or finding.sense.cameo == "071":
        return False
    given = verb.head if verb.dep_ in ("acl", "relcl", "advcl") else None
    return given is not None and given.pos_ == "NOUN" and given.lemma_.lower() in SUMS_GIVEN \
        and any(c.tag_ == "TO" for c in verb.children)

