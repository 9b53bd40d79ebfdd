"""He or she that takes up a person the article names only by a common noun ("A man
suspected of the shooting at the firm from which he was fired was arrested"): the
pronouns ``coref.resolve_pronouns`` left, once the article's nominal entities are known.
"""
from __future__ import annotations

from .coref import SUBJECT_DEPS, Layout, resolve_pronouns
from .find import Found
from .nominals import written_plural
from .noun_lexicon import noun_class
from .resolve import Cluster

# person nouns that name several in the singular form: no he or she takes them up
COLLECTIVE = {"people", "police", "staff", "crew", "personnel", "family", "public", "couple",
              "team", "squad", "audience", "crowd"}
FEMALE, MALE = noun_class("FEMALE"), noun_class("MALE")  # read once, not per article


def resolve_to_nominals(pronouns: list[Found], nominal: list[Cluster], sentence_of, doc,
                        layout: Layout) -> None:
    """He or she that no named person or role could take (``pronouns``, list[Found])
    takes a person the article has named only by a common noun in the singular, the
    subject of a clause of the pronoun's own sentence ("A man suspected of the shooting
    at the firm from which he was fired was arrested", "A 59-year-old woman died after a
    car struck her"): ``nominal`` (list[Cluster]), the article's nominal entities;
    ``sentence_of`` and ``doc`` as ``resolve_pronouns`` takes them. The noun's gender
    must fit ("woman" is no "he"); a plural or a group noun ("three people", "police")
    takes no he or she, nor does an object ("a prosecutor" whom "the star fooled" is no
    antecedent of "her own lawyer")."""
    candidates = []
    for c in nominal:
        found = [m for m in c.mentions if m.kind == "nominal"]
        if c.type != "PERSON" or not found or any(written_plural(m) or m.head in COLLECTIVE
                                                  for m in found):
            continue
        if not any(m.dep in SUBJECT_DEPS for m in found):
            continue
        heads = {m.head for m in found}
        genders = {"f" for h in heads if h in FEMALE} | {"m" for h in heads if h in MALE}
        if len(genders) > 1:
            continue
        c.gender = c.gender or next(iter(genders), None)
        candidates.append(c)
    if candidates:
        resolve_pronouns(pronouns, candidates, sentence_of, doc, layout, reach=0)
