"""The other party of a trade measure: whose goods a tariff or an import ban falls on.

"Tanzania imposed a 25 percent tariff on Kenyan milk", "Kenya suspended imports of Tanzanian
maize", "banned imports from Tanzania": the measure (CAMEO 163, or 085 when a tariff is cut)
is aimed at the country the goods come from, which the text names by a place or by the
goods' adjective, never as an object of the verb.
"""
from __future__ import annotations

# the codes of trade measures (lexicon.yaml verb_object_sets) and the nouns that carry them
TRADE_CODES = {"163", "085"}
TRADE_NOUNS = {"tariff", "duty", "levy", "surcharge", "import", "export", "shipment"}
# "a tariff on Kenyan milk", "imports of maize from Tanzania", "exports to Kenya"
ORIGIN_PREPS = {"on", "of", "from", "to", "against"}
COUNTRY_LABELS = {"GPE", "NORP"}


def _country_word(token, places: set):
    """``token`` when it names a country (a GPE, a place mention, a demonym), else its own
    demonym or country modifier ("Kenyan milk", "Tanzania's maize"); None when neither."""
    if token.ent_type_ in COUNTRY_LABELS or token.i in places:
        return token
    return next((c for c in token.children if c.dep_ in ("amod", "compound", "poss")
                 and (c.ent_type_ in COUNTRY_LABELS or c.i in places)), None)


def _origins(word, places: set, depth: int = 0) -> list:
    """Countries named by ``word``'s preposition objects, one level of "of" deeper ("a
    tariff on imports of Kenyan milk")."""
    found = []
    for prep in (c for c in word.children if c.dep_ == "prep" and c.lower_ in ORIGIN_PREPS):
        for obj in (g for g in prep.children if g.dep_ == "pobj"):
            country = _country_word(obj, places)
            if country is not None:
                found.append(country)
            elif depth == 0:
                found.extend(_origins(obj, places, depth + 1))
    return found


def trade_partners(finding, places: set) -> None:
    """Give a trade measure (extract.Finding) with no target the country its goods come
    from. places (set[int]): token indices of place mentions."""
    if finding.nominal or finding.targets or finding.sense.cameo not in TRADE_CODES:
        return
    verb = finding.trigger
    nouns = [t for t in [*finding.extra, *verb.children]
             if t.pos_ == "NOUN" and t.lemma_.lower() in TRADE_NOUNS]
    if not nouns:
        return
    sources = {s.i for s in finding.sources}
    for word in [*nouns, verb]:
        partners = [p for p in _origins(word, places) if p.i not in sources]
        if partners:
            finding.targets = partners[:1]
            return
