"""The knowledge base: countries (names, demonyms, capitals, seats of power), offices and
their holders with date ranges, organisations with fixed codes.

Data lives in ``entities/data/*.yaml``; users add office holders with YAML (same shape as
``officeholders.yaml``: a ``people`` list) or CSV (``name,country,office,start,end,aliases``, optional ``gender`` m|f,
aliases separated by ``;``) files named in ``Config.kb_files``.
"""
from __future__ import annotations

import csv
import datetime as dt
import re
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from pathlib import Path
from typing import Optional

import yaml

from ..errors import ConfigError
from .names import fold

DATA = Path(__file__).parent / "data"
# the plausible range of an undated article: the KB covers 2015 onward
DEFAULT_RANGE = (dt.date(2015, 1, 1), dt.date.today())


@dataclass(frozen=True)
class Position:
    office: str
    country: str
    start: Optional[dt.date]
    end: Optional[dt.date]

    def overlaps(self, lo: dt.date, hi: dt.date) -> bool:
        return (self.start is None or self.start <= hi) and (self.end is None or self.end >= lo)


@dataclass
class Person:
    name: str
    country: str
    aliases: list = field(default_factory=list)
    positions: list = field(default_factory=list)  # [Position]
    code: Optional[str] = None  # fixed code, when no position gives one
    gender: Optional[str] = None  # "m" | "f": lets he/she find the person


def as_date(value, upper: bool = False) -> Optional[dt.date]:
    """A date from a YAML/CSV value or a partial ISO string ("2023", "2023-02");
    ``upper`` gives the last day a partial value covers."""
    if value in (None, ""):
        return None
    if isinstance(value, dt.date):
        return value
    parts = str(value).strip().split("-")
    try:
        year = int(parts[0])
        month = int(parts[1]) if len(parts) > 1 else (12 if upper else 1)
        if len(parts) > 2:
            return dt.date(year, month, int(parts[2][:2]))
    except (ValueError, IndexError):
        return None
    if not upper:
        return dt.date(year, month, 1)
    nxt = dt.date(year + (month == 12), month % 12 + 1, 1)
    return nxt - dt.timedelta(days=1)


def _acronym_keys(names: list) -> set:
    """Folded keys every KB form of which is an acronym ("UN", "U.N."; not "Fed")."""
    acronym, word = set(), set()
    for name in names:
        letters = name.replace(".", "").replace(" ", "")
        is_acronym = letters.isalpha() and letters.isupper() and len(letters) <= 6
        (acronym if is_acronym else word).add(fold(name))
    return acronym - word


def date_range(published: Optional[str]) -> tuple:
    """The (lo, hi) dates an article's publication date covers, or the KB's default range."""
    lo, hi = as_date(published), as_date(published, upper=True)
    return (lo, hi) if lo and hi else DEFAULT_RANGE


class KnowledgeBase:
    """Lookups over countries, offices and people. Build with :func:`load_kb`."""

    def __init__(self, countries: list, offices: dict, leaders: dict, people: list, orgs: list):
        self.countries = {c["code"]: c for c in countries}
        self.offices = offices
        self.leaders = leaders
        self.people = people
        self.orgs = orgs
        self.country_words = {}  # folded word → ISO code (names, demonyms)
        self.capitals = {}  # folded capital → ISO code
        self.seats = {}  # folded seat → (ISO code, sector)
        for c in countries:
            for word in c.get("names", []) + c.get("demonyms", []):
                self.country_words[fold(word)] = c["code"]
            for cap in [c.get("capital")] + c.get("capital_variants", []):
                if cap:
                    self.capitals[fold(cap)] = c["code"]
            for seat, sector in (c.get("seats") or {}).items():
                self.seats[fold(seat)] = (c["code"], sector)
        self.person_keys = {}
        for p in people:
            for n in [p.name] + p.aliases:
                self.person_keys[fold(n)] = p
        self.org_keys = {fold(n): o for o in orgs for n in [o["name"]] + o.get("aliases", [])}
        self.acronyms = _acronym_keys([n for c in countries for n in c.get("names", [])]
                                      + [n for o in orgs for n in [o["name"]] + o.get("aliases", [])])
        self.title_offices = {}  # folded title → [office]
        # folded titles that are a role only right before a name ("Justice Ruth Nkandu")
        self.name_titles = {fold(t) for spec in offices.values() for t in spec.get("name_titles", [])}
        for office, spec in offices.items():
            for title in spec.get("titles", []) + spec.get("name_titles", []):
                listed = self.title_offices.setdefault(fold(title), [])
                if office not in listed:  # "attorney general", "attorney-general": one key
                    listed.append(office)

    @cached_property
    def full_names_by_last(self) -> dict:
        """{last word: [(full name of a person (two words or more), its last word split at
        spaces only)]}, the last word split at spaces and hyphens ("Jong-Un" of "Kim
        Jong-Un" is "Un"): the index the recall of names written as the KB spells them
        reads (``recall.kb_full_names``). Built on first use, once per knowledge base."""
        names: dict = {}
        for person in self.people:
            for n in [person.name] + person.aliases:
                if len(n.split()) >= 2:
                    last = [w for w in re.split(r"[\s\-]+", n) if w][-1]
                    names.setdefault(last, []).append((n, n.split()[-1]))
        return names

    def lower_acronym(self, surface: str) -> bool:
        """True when ``surface`` (str) is known only as an acronym ("UN", "U.N.") but is not
        written in capitals: a lower-case "un" or "us" is a word, never the acronym. The key
        is folded here, never taken from a caller (``fold`` keeps what it folded, so a caller
        that folded ``surface`` already pays a cache look-up)."""
        return fold(surface) in self.acronyms and not all(c.isupper() for c in surface if c.isalpha())

    def knows_place_or_body(self, key: str) -> bool:
        """Whether ``key`` (str, folded) is a country word, capital, seat or organisation
        of the knowledge base: a name that keeps its own entry however it is written."""
        return key in self.country_words or key in self.capitals or key in self.seats \
            or key in self.org_keys

    def country_of(self, word: str) -> Optional[str]:
        """ISO code for a country name, demonym, capital or seat ("Chinese", "Beijing's")."""
        key = fold(word)  # once: a capital's name ("Beijing's") is looked up under several keys
        if self.lower_acronym(word):
            return None
        key = key[:-2] if key.endswith(" s") else key
        for key in (key, key.removesuffix("s") if key.endswith("s") else key):
            if key in self.country_words:
                return self.country_words[key]
            if key in self.capitals:
                return self.capitals[key]
            if key in self.seats:
                return self.seats[key][0]
        return None

    @cached_property
    def regions(self) -> dict:
        """{folded name: ISO code} of the states and provinces of ``data/regions.yaml``
        ("Texas" → USA), read on first use."""
        data = yaml.safe_load((DATA / "regions.yaml").read_text(encoding="utf-8"))
        return {fold(name): code for code, names in data.items() for name in names}

    def knows_country_or_region(self, name: str) -> bool:
        """Whether ``name`` (str) is a country or a state or province the knowledge base
        knows ("Ohio", "Texas", "Quebec")."""
        return fold(name) in self.regions or self.country_of(name) is not None

    def country_name(self, code: str) -> str:
        c = self.countries.get(code)
        return c["names"][0] if c else code

    def demonym(self, code: str) -> str:
        c = self.countries.get(code)
        return (c.get("demonyms") or c["names"])[0] if c else code

    def person(self, name: str) -> Optional[Person]:
        return self.person_keys.get(fold(name))

    def offices_for_title(self, title: str, country: Optional[str]) -> list[str]:
        """Offices a title names ("top diplomat" → top_diplomat or foreign_minister; a
        portfolio minister's, "Interior Minister" → minister:interior)."""
        key = fold(title)
        if key == "leader" and country:
            return [self.leaders[country]] if country in self.leaders else []
        offices = list(self.title_offices.get(key, []))
        if not offices:  # a portfolio minister: "Interior Minister", "minister of mines"
            from .roles import portfolio_office  # roles reads this module: imported late

            offices = [office] if (office := portfolio_office(title)) else []
        if "president" in offices and country == "EUR":
            offices = ["commission_president"]
        return offices

    def sector(self, office: str) -> str:
        """CAMEO sector of ``office`` (str): a deputy's is the office's ("deputy_police_chief"
        → COP); an office the table lacks (a portfolio minister, "minister:mines") GOV."""
        return self.offices.get(office.removeprefix("deputy_"), {}).get("sector", "GOV")

    def is_shared(self, office: str) -> bool:
        """Whether several people hold ``office`` at once, so its title names no one: a
        deputy's office is (most offices have several deputies)."""
        return office.startswith("deputy_") or bool(self.offices.get(office, {}).get("shared"))

    def holders(self, offices: list, country: Optional[str], lo: dt.date, hi: dt.date) -> list:
        """People who held one of ``offices`` for ``country`` at some time in [lo, hi]."""
        found = []
        for p in self.people:
            if any(pos.office in offices and (country is None or pos.country == country)
                   and pos.overlaps(lo, hi) for pos in p.positions):
                found.append(p)
        return found

    def resolve_role(self, offices: list, country: Optional[str], lo: dt.date, hi: dt.date):
        """The one person a role names over [lo, hi], or None when none or several could.
        When several offices fit the title, the first office with a holder decides."""
        if country is None:
            return None
        for office in offices:
            if self.is_shared(office):
                continue
            people = self.holders([office], country, lo, hi)
            if len(people) == 1:
                return people[0]
            if people:
                return None
        return None

    def person_code(self, person: Person, lo: dt.date, hi: dt.date) -> Optional[str]:
        """Actor code of a known person over [lo, hi]: country+sector of the position held
        then (one code only), ``<ISO>ELI`` for a former office holder, else the fixed code."""
        codes = {pos.country + self.sector(pos.office)
                 for pos in person.positions if pos.overlaps(lo, hi)}
        if len(codes) == 1:
            return codes.pop()
        if codes:
            return None
        if any(p.end and p.end < lo for p in person.positions):
            return person.country + "ELI"
        return person.code


def _person_from_row(row: dict) -> Person:
    country = row.get("country")
    if not row.get("name") or not country:
        raise ConfigError(f"knowledge-base row needs a name and a country: {row!r}")
    positions = [Position(p["office"], p.get("country", country), as_date(p.get("start")),
                          as_date(p.get("end"), upper=True))
                 for p in row.get("positions") or []]
    aliases = row.get("aliases") or []
    if isinstance(aliases, str):
        aliases = [a.strip() for a in aliases.split(";") if a.strip()]
    gender = (row.get("gender") or "").strip().lower()[:1] or None
    return Person(row["name"], country, list(aliases), positions, row.get("code"),
                  gender if gender in ("m", "f") else None)


def _read_user_file(path: Path) -> list:
    """People rows from a user YAML (``people:`` list) or CSV file."""
    if not path.exists():
        raise ConfigError(f"knowledge-base file not found: {path}")
    if path.suffix.lower() == ".csv":
        with open(path, newline="", encoding="utf-8") as fh:
            rows = []
            for r in csv.DictReader(fh):
                rows.append({"name": r.get("name"), "country": r.get("country"),
                             "aliases": r.get("aliases") or "", "code": r.get("code") or None,
                             "gender": r.get("gender") or None,
                             "positions": [{"office": r["office"], "start": r.get("start"),
                                            "end": r.get("end")}] if r.get("office") else []})
            return rows
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    return data.get("people", []) if isinstance(data, dict) else data


def load_kb(extra_files: tuple = ()) -> KnowledgeBase:
    """The built-in knowledge base plus user files (paths, YAML or CSV), loaded once."""
    # one cache key for load_kb() and load_kb(()), so the stage and linking share one load
    return _load_kb(tuple(str(p) for p in extra_files))


@lru_cache(maxsize=8)
def _load_kb(extra_files: tuple) -> KnowledgeBase:
    countries = yaml.safe_load((DATA / "countries.yaml").read_text(encoding="utf-8"))
    holders = yaml.safe_load((DATA / "officeholders.yaml").read_text(encoding="utf-8"))
    orgs = yaml.safe_load((DATA / "orgs.yaml").read_text(encoding="utf-8"))
    rows = list(holders["people"])
    for extra in extra_files:
        rows.extend(_read_user_file(Path(extra)))
    people = {}
    for row in rows:
        person = _person_from_row(row)
        known = people.get(fold(person.name))
        if known:  # a user row for a known person adds positions and aliases
            known.positions.extend(person.positions)
            known.aliases.extend(a for a in person.aliases if a not in known.aliases)
            known.gender = known.gender or person.gender
        else:
            people[fold(person.name)] = person
    return KnowledgeBase(countries, holders["offices"], holders["leaders"],
                         list(people.values()), orgs)
