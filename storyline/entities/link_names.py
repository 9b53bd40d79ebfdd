"""Cross-article joins by name: the same folded name or KB person corpus-wide, spelling
variants, and within one story full names, nicknames, partial and middle names, roles
named only by office, and shorter runs of organisation and place names (see ``link.py``
for the whole list). Each function unions keys of a :class:`~.link_keys.Sets`.
"""
from __future__ import annotations

from collections import defaultdict

from .kb import KnowledgeBase
from .link_keys import Sets
from .names import (RUN_TYPES, clean_surface, fold, given_name_gender, head_runs, same_folded_name,
                    strip_titles, translit)
from .resolve import company_stem

NON_PERSON = ("ORG", "GPE", "NORP", "LOC", "FAC", "PRODUCT")  # PRODUCT: a vessel the text names so


def _name_form(text: str) -> str:
    """Folded name of a mention's surface, titles, possessive and a leading participle
    stripped (see ``_person_words``)."""
    return " ".join(_person_words(strip_titles(text)))


def _person_words(name: str) -> list:
    """The folded words of a person's name less a leading capitalised participle the
    recogniser took in at a sentence's start ("Having Okafor", "Stunning Mensah"):
    a word of six letters or more ending in "ing" that is no known first name."""
    words = name.split()
    if len(words) >= 2 and len(words[0]) >= 6 and words[0].lower().endswith("ing") \
            and not given_name_gender(words[0]):
        words = words[1:]
    return fold(" ".join(words)).split()


def person_forms(keys: list, local: dict, role_of) -> dict:
    """{key: set of folded full names (two words or more)} for the PERSON keys: the
    canonical name and every name mention's surface."""
    forms = {}
    for k in keys:
        if k[2] != "PERSON" or local.nominal(k):
            continue  # "Grammys host" is no person's name
        found = set()
        if not role_of(k[1]):
            found.add(" ".join(_person_words(k[1])))
        found |= {_name_form(m.text) for m in local[k] if m.kind == "name"}
        forms[k] = {f for f in found if len(f.split()) >= 2}
    return forms


def join_corpus_wide(local: dict, kb: KnowledgeBase, sets: Sets) -> None:
    """Same folded canonical name (people apart from non-people), same KB person, and
    spelling variants of full names, blocked by (word count, initial, surname prefix)."""
    by_name, by_person, blocks = defaultdict(list), defaultdict(list), defaultdict(set)
    for key in local:
        sets.find(key)
        if local.nominal(key):
            continue  # "the police" of two stories are two forces (but see below)
        by_name[(fold(key[1]), key[2] == "PERSON")].append(key)
    known = {}  # folded person name → KB person or None
    for (name, is_person), keys in by_name.items():
        sets.union_all(keys)
        if not is_person:
            continue
        known[name] = person = kb.person_keys.get(name)
        if person is not None:
            by_person[id(person)].append(keys[0])
        toks = name.split()
        if len(toks) >= 2:  # variants share initials and the surname's first and last letters
            # blocked on transliteration keys: "Dzhumabaev" / "Jumabayev", "Ghasemi" / "Qasemi"
            first, last = translit(toks[0]), translit(toks[-1])
            blocks[(len(toks), first[:1], last[:1], last[-1:])].add(name)
    for keys in by_person.values():
        sets.union_all(keys)
    for (name, is_person), keys in by_name.items():
        # a full name typed a person in one article and a body or place in another
        # ("Jane Doe", "Oakvale Creamery") is one entity: outlets do not give a person
        # and a body the same name of two words or more
        if is_person and len(name.split()) >= 2 and (name, False) in by_name:
            sets.union(keys[0], by_name[(name, False)][0])
    for key in local:  # "the Indian navy" writes a name another article capitalises
        if len(key[1].split()) >= 2 and local.nominal(key):
            named = by_name.get((fold(key[1]), False)) or by_name.get((fold(key[1]), True))
            if named:
                sets.union(key, named[0])
    for names in blocks.values():
        names = sorted(names)
        split = {n: n.split() for n in names}
        for i, a in enumerate(names):
            for b in names[i + 1:]:
                if abs(len(split[a][-1]) - len(split[b][-1])) > 2 or (known[a] and known[b]):
                    continue
                if same_folded_name(split[a], split[b]):
                    sets.union(by_name[(a, True)][0], by_name[(b, True)][0])


def join_name_variants(local: dict, kb: KnowledgeBase, sets: Sets) -> None:
    """Organisation and place names of two words or more written two ways join corpus-wide:
    with and without "the" ("The Associated Press"), British or American ("Treatment
    Centre" / "Treatment Center"), or one word spelt otherwise ("Motion Pictures"),
    each word as close as ``same_folded_name`` asks of a person's, unless that word is a
    country's. Blocked by word count and first and last initials; two names the knowledge
    base lists apart stay apart."""
    by_name, blocks = defaultdict(list), defaultdict(set)
    for key in local:
        if key[2] == "PERSON" or local.nominal(key):
            continue
        words = [_us_spelling(w) for w in fold(key[1]).split()]
        words = words[1:] if words[:1] == ["the"] else words
        if len(words) >= 2:
            name = " ".join(words)
            by_name[name].append(key)
            blocks[(len(words), words[0][:1], words[-1][:1])].add(name)
    for keys in by_name.values():
        sets.union_all(keys)
    for names in blocks.values():
        names = sorted(names)
        for i, a in enumerate(names):
            for b in names[i + 1:]:
                if kb.knows_place_or_body(a) and kb.knows_place_or_body(b):
                    continue
                if same_folded_name(a.split(), b.split()) and not _other_country(a, b, kb):
                    sets.union(by_name[a][0], by_name[b][0])


def _other_country(a: str, b: str, kb: KnowledgeBase) -> bool:
    """Whether two folded names differ in a word that names a country ("ford australia" /
    "ford austria"): close spellings of two countries are two bodies."""
    return any(x != y and (kb.country_of(x) or kb.country_of(y)) for x, y in zip(a.split(), b.split()))


def join_company_names(local: dict, sets: Sets) -> None:
    """A company written by its family word alone ("Ford") or with a legal form ("Ford
    Motor Company", "Ford Motors Co.", see ``company_stem``) is one organisation across the
    corpus; with any other word ("Ford Australia") it is another."""
    by_stem = defaultdict(list)
    for key in local:
        if key[2] == "ORG" and not local.nominal(key):
            stem = company_stem(key[1]) or (fold(key[1]) if len(key[1].split()) == 1 else "")
            if stem:
                by_stem[stem].append(key)
    for keys in by_stem.values():
        if any(len(k[1].split()) > 1 for k in keys):  # one-word names alone: already joined
            sets.union_all(keys)


def _us_spelling(word: str) -> str:
    """"center" of "centre", "theater" of "theatre": the one spelling pair that names of
    places and bodies differ by between outlets."""
    if len(word) > 4 and word.endswith("re") and word[-3] not in "aeiou":
        return word[:-2] + "er"
    return word


def _roots_by_form(forms: dict, sets: Sets) -> dict:
    """{folded full name: set of union-find roots that have it as a name form}."""
    index = defaultdict(set)
    for k, fs in forms.items():
        for f in fs:
            index[f].add(sets.find(k))
    return index


def join_shared_and_contained(forms: dict, sets: Sets) -> None:
    """Keys sharing a full-name form join; a longer form that contains the forms of
    exactly one other entity as a run of words joins it."""
    index = defaultdict(list)
    for k, fs in forms.items():
        for f in fs:
            index[f].append(k)
    for keys in index.values():
        sets.union_all(keys)
    for k, fs in forms.items():
        inner = set()
        for f in fs:
            toks = f.split()
            for size in range(2, len(toks)):
                for i in range(len(toks) - size + 1):
                    for other in index.get(" ".join(toks[i:i + size]), ()):
                        inner.add(sets.find(other))
        inner.discard(sets.find(k))
        if len(inner) == 1:
            sets.union(k, inner.pop())


def _is_short_form(a: str, b: str) -> bool:
    """"mo" of "maurice", "alex" of "alexander": same initial, one a prefix of the
    other or at most three letters long; or a contraction that keeps the long name's first
    three letters and its last two or more, dropping at least two between ("nikos" of
    "nikolaos"; "marta" is no form of "martina")."""
    if a == b or a[:1] != b[:1]:
        return False
    short, long_ = sorted((a, b), key=len)
    if long_.startswith(short) or len(short) <= 3:
        return True
    return len(long_) - len(short) >= 2 and any(
        short == long_[:i] + long_[len(long_) - len(short) + i:]
        for i in range(3, len(short) - 1))


def join_nicknames(forms: dict, sets: Sets) -> None:
    """Two-word names with the same surname and a short form of the first name join,
    when the surname names only those in the story."""
    by_surname = defaultdict(set)
    for fs in forms.values():
        for f in fs:
            toks = f.split()
            if len(toks) == 2:
                by_surname[toks[1]].add(toks[0])
    index = _roots_by_form(forms, sets)
    for surname, firsts in by_surname.items():
        if len(firsts) < 2:
            continue
        firsts = sorted(firsts, key=len, reverse=True)
        for i, a in enumerate(firsts):
            matches = [b for b in firsts if b != a and _is_short_form(a, b)]
            if len(matches) == 1 and sum(_is_short_form(matches[0], c) for c in firsts) == 1:
                for ra in index[f"{a} {surname}"]:
                    for rb in index[f"{matches[0]} {surname}"]:
                        sets.union(ra, rb)


def join_partials(keys: list, forms: dict, kb: KnowledgeBase, sets: Sets) -> None:
    """A one-word person name, or a name NER typed as a place or organisation that is
    not in the knowledge base, joins the one person whose full name holds it, unless its
    article names an organisation that begins with it ("Ford" of an article that writes
    "Ford Motor Co." is the company, not "William Clay Ford Jr.")."""
    index = _roots_by_form(forms, sets)
    by_word = defaultdict(set)
    for form, roots in index.items():
        for word in form.split():
            by_word[word] |= roots
    families = {(k[0], fold(k[1]).split()[0]) for k in keys
                if k[2] == "ORG" and len(fold(k[1]).split()) >= 2}
    for k in keys:
        key = fold(k[1])
        if k[2] in NON_PERSON and (kb.knows_place_or_body(key) or (k[0], key) in families):
            continue
        if k[2] != "PERSON" and k[2] not in NON_PERSON:
            continue
        words = _person_words(k[1]) if k[2] == "PERSON" else key.split()
        key = " ".join(words)
        roots = index.get(key, set()) if len(words) >= 2 else by_word.get(key, set())
        roots = {sets.find(r) for r in roots}
        if len(roots) == 1 and (k[2] != "PERSON" or len(words) == 1):
            sets.union(k, roots.pop())


def join_middle_names(forms: dict, sets: Sets) -> None:
    """"Mark Heller" joins "Mark Jay Heller" when only one longer name of the story has
    that first name and surname."""
    longer = defaultdict(set)
    for k, fs in forms.items():
        for f in fs:
            toks = f.split()
            if len(toks) >= 3:
                longer[(toks[0], toks[-1])].add(k)
    for k, fs in forms.items():
        for f in fs:
            toks = f.split()
            roots = {sets.find(o) for o in longer.get((toks[0], toks[-1]), ())} if len(toks) == 2 else ()
            if len(roots) == 1:
                sets.union(k, roots.pop())


def join_lone_surnames(local: dict, forms: dict, sets: Sets) -> None:
    """A surname alone ("Heller") that no full name of its own story holds joins the one
    person of the whole corpus whose full name ends with it (ECB+-style corpora split a
    story; a surname shared by two people of the corpus stays apart). ``forms``: the
    corpus's ``person_forms``, gathered story by story."""
    keys = [k for k in local if k[2] == "PERSON"]
    by_surname = defaultdict(set)
    with_full = set()
    for k, fs in forms.items():
        for f in fs:
            by_surname[f.split()[-1]].add(sets.find(k))
            with_full.add(sets.find(k))
    for k in keys:
        words = _person_words(k[1])
        if len(words) != 1 or sets.find(k) in with_full or local.nominal(k):
            continue
        roots = {sets.find(r) for r in by_surname.get(words[0], ())}
        if len(roots) == 1:
            sets.union(k, roots.pop())


def join_roles(keys: list, local: dict, role_of, sets: Sets) -> None:
    """A role-only entity joins the one person the story names with that office (by
    apposition or a title before the name, in any article): of the same country, or where
    one side writes no country ("the interior minister" / "Interior Minister Julio Ramos",
    "Zambia's former mines minister" / "former mines minister Charles Phiri"); a holder
    whose title gives no country has the country the story gives that person elsewhere
    (another title, an actor code), so Tanzania's trade minister never joins the Kenyan
    one. A past holder ("the former minister") joins only one named as a past holder. Two
    people of the story named with the office leave the role alone: it could be either."""
    people = [k for k in keys if k[2] == "PERSON"]
    holders = defaultdict(set)  # (office, former) → {(country, person root)}
    countries = defaultdict(set)  # person root → countries its titles and codes give
    for k in people:
        if role_of(k[1]):
            continue
        for m in local[k]:
            if m.code and m.kind == "name":
                countries[sets.find(k)].add(m.code[:3])
            surface = clean_surface(m.text) if m.kind == "role" else None
            parsed = role_of(surface) if surface else None
            if parsed:
                countries[sets.find(k)].add(parsed[0])
                for office in parsed[1]:
                    holders[(office, role_of.former(surface))].add((parsed[0], sets.find(k)))
    for k in people:
        parsed = role_of(k[1])
        if not parsed:
            continue
        country, former = parsed[0], role_of.former(k[1])
        named = set().union(*(holders.get((o, former), set()) for o in parsed[1]))
        roots = {sets.find(r) for c, r in named
                 if not country or (c or _one(countries[r] - {None}) or country) == country}
        if len(roots) == 1:
            sets.union(k, roots.pop())


def _one(values: set):
    """The one member of ``values``, else None (none, or several)."""
    return next(iter(values)) if len(values) == 1 else None


def join_name_runs(keys: list, local: dict, kb: KnowledgeBase, sets: Sets) -> None:
    """An organisation, building or place name that is a shorter run of another's words
    keeping its head ("Sox", "Red Sox" of "Boston Red Sox"; "Academy" of "Academy of
    Motion Picture Arts") joins it when one entity of the story has such a longer name.
    Names the knowledge base knows (countries, capitals, seats, organisations: "Security
    Council" is not "Russian Security Council") stay apart. Runs are taken from every
    name the entity is written with ("Revolutionary Guards" of the Islamic Revolutionary
    Guard Corps), and a group name that is no nationality ("the Guards", typed NORP) may
    be the shorter one."""
    named = [k for k in keys if not local.nominal(k) and (k[2] in RUN_TYPES or (
        k[2] == "NORP" and fold(clean_surface(k[1])) not in kb.country_words))]
    words_of = {k: fold(clean_surface(k[1])).split() for k in named}
    by_run = defaultdict(list)
    for k in named:
        if k[2] == "NORP":
            continue
        written = {" ".join(words_of[k])} | {fold(clean_surface(m.text)) for m in local[k]
                                             if m.kind == "name"}
        for run in {r for form in written for r in head_runs(form.split())} - written:
            by_run[run].append(k)
    for k in sorted(named, key=lambda k: -len(words_of[k])):
        key = " ".join(words_of[k])
        if key not in by_run or kb.knows_place_or_body(key):
            continue
        roots = {sets.find(o) for o in by_run[key]} - {sets.find(k)}
        if len(roots) == 1:
            sets.union(k, roots.pop())


def join_types_in_story(keys: list, local: dict, forms: dict, sets: Sets) -> None:
    """One word the NER types a person in one article and an organisation or place in
    another of the story ("Tolvik") is one entity: its person and non-person keys join,
    unless something marks the person reading as another entity: a title ("Mr Ford"), a
    known first name, or being part of a longer person's name of the story ("Ford" of
    "William Clay Ford Jr." may be the family, not Ford Motor Co.; ``join_partials``
    decides those). Longer names join corpus-wide (``join_corpus_wide``). ``forms``: the
    story's ``person_forms``."""
    people, bodies = defaultdict(list), defaultdict(list)
    for k in keys:
        if local.nominal(k):
            continue
        if k[2] == "PERSON":
            people[fold(k[1])].append(k)
        elif k[2] in NON_PERSON and k[2] != "NORP":
            bodies[fold(k[1])].append(k)
    words_of_forms = {w for fs in forms.values() for f in fs for w in f.split()}
    for name in people.keys() & bodies.keys():
        if len(name.split()) >= 2 or name in words_of_forms or _marked_person(people[name], local):
            continue
        sets.union_all(people[name] + bodies[name])


def _marked_person(keys: list, local: dict) -> bool:
    """Whether a one-word name is written with a title, or is a known first name."""
    for k in keys:
        if given_name_gender(strip_titles(k[1])):
            return True
        if any(m.kind == "name" and strip_titles(m.text) != clean_surface(m.text) for m in local[k]):
            return True
    return False


def join_demonym_names(keys: list, forms: dict, kb: KnowledgeBase, sets: Sets) -> None:
    """A name the NER typed a body or place that is one person's full name of the story
    after nationality or country words ("Ghanaian Kwame Mensah") is that person."""
    index = _roots_by_form(forms, sets)
    for k in keys:
        if k[2] not in NON_PERSON:
            continue
        words = clean_surface(k[1]).split()
        for i in range(1, len(words) - 1):
            if not all(kb.country_of(w) for w in words[:i]):
                break
            roots = {sets.find(r) for r in index.get(fold(" ".join(words[i:])), ())}
            if len(roots) == 1:
                sets.union(k, roots.pop())
                break
